"""Standard compliance (装备配备达标): holdings against the county standard, the gap report
data and its xlsx form. The PDF form comes from the documents module.

The counting (headcount assumptions, what is held) and the report types live in
app.reads.equipment, in plain SQL (the dashboard reads them at start-up without the ORM).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.context import AppContext
from app.reads import equipment as reads
from app.reads.equipment import ComplianceLine as ComplianceLine
from app.reads.equipment import ComplianceReport as ComplianceReport
from app.reads.equipment import compliance_of as compliance_of
from app.rules.equipment import EquipmentStandard, Headcount

if TYPE_CHECKING:
    from app.documents.equipment_pdf import LabelGrid


def headcount(ctx: AppContext, *, offices: int = 1) -> Headcount:
    """Counts from the staff register and user accounts (app.reads.equipment.headcount)."""
    with ctx.db.dbapi_read() as con:
        return reads.headcount(con, offices=offices)


def holdings_by_category(ctx: AppContext) -> dict[str, int]:
    """Items held per category code (consumables by quantity)."""
    with ctx.db.dbapi_read() as con:
        return reads.holdings_by_category(con)


def compliance(
    ctx: AppContext, *, offices: int = 1, std: EquipmentStandard | None = None
) -> ComplianceReport:
    """This squad's holdings against the standard in force in this store (or `std`)."""
    with ctx.db.dbapi_read() as con:
        return reads.compliance(con, offices=offices, std=std)


def write_compliance_xlsx(report: ComplianceReport, path: Path, *, township: str, on: str) -> None:
    """The gap report as an Excel workbook: full comparison sheet and a gaps-only sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "配备对照"
    h = report.headcount
    ws.append([f"{township}执法装备配备达标情况"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([f"标准版本：{report.standard_version}（{report.issued_by}）  统计日期：{on}"])
    ws.append(
        [
            (f"执法队员 {h.officers} 人，内勤 {h.clerks} 人，辅助执法人员 {h.auxiliaries} 人"
            f"（其中辅助队伍正副队长 {h.aux_leaders} 人），办公室 {h.offices} 间")
        ]
    )
    ws.append([])
    header = ["类别", "装备", "配备标准", "应配数量", "实有数量", "缺口", "结论"]
    ws.append(header)
    for cell in ws[5]:
        cell.font = Font(bold=True)
    red = PatternFill("solid", fgColor="FFC7CE")
    for line in report.lines:
        ws.append(
            [
                line.group,
                line.name,
                line.rule_text,
                line.required,
                line.held,
                line.shortfall,
                "达标" if line.ok else "未达标",
            ]
        )
        if not line.ok:
            for cell in ws[ws.max_row]:
                cell.fill = red
    ws.append([])
    ws.append(
        [
            (f"共 {len(report.lines)} 项，达标 {len(report.lines) - len(report.gaps)} 项，"
            f"未达标 {len(report.gaps)} 项。")
        ]
    )
    for col, width in zip("ABCDEFG", (12, 16, 30, 10, 10, 8, 10), strict=True):
        ws.column_dimensions[col].width = width
    gaps = wb.create_sheet("缺口清单")
    gaps.append(["类别", "装备", "配备标准", "应配数量", "实有数量", "缺口"])
    for cell in gaps[1]:
        cell.font = Font(bold=True)
    for line in report.gaps:
        gaps.append(
            [line.group, line.name, line.rule_text, line.required, line.held, line.shortfall]
        )
    for col, width in zip("ABCDEF", (12, 16, 30, 10, 10, 8), strict=True):
        gaps.column_dimensions[col].width = width
    for sheet in (ws, gaps):
        sheet.freeze_panes = sheet["A2"] if sheet is gaps else sheet["A6"]
        for row in sheet.iter_rows():
            for cell in row:
                cell.alignment = Alignment(vertical="center")
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def compliance_pdf(
    ctx: AppContext, *, offices: int = 1, report: ComplianceReport | None = None
) -> bytes:
    """The gap report as PDF bytes (computed now unless `report` is given)."""
    from app.documents.equipment_pdf import ComplianceReportData, render_compliance_report
    from app.services import setup

    town = setup.township(ctx)
    data = ComplianceReportData(
        report=report or compliance(ctx, offices=offices),
        township=town.name if town else "",
        squad=town.squad_name if town else "",
        on=ctx.clock.today(),
    )
    return render_compliance_report(data)


def write_compliance_pdf(data: bytes, path: Path) -> Path:
    """Write PDF bytes under a temporary name next to `path`, then move them into place."""
    import os
    import tempfile

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def labels_pdf(
    ctx: AppContext,
    ids: Sequence[str],
    grid: LabelGrid | None = None,
    *,
    skip: int = 0,
    outline: bool = False,
) -> bytes:
    """Label sheets (PDF bytes) for the items `ids`, in that order."""
    from app.documents.equipment_pdf import DEFAULT_LABEL_GRID, label_sheet_pdf
    from app.services.equipment import label_data

    return label_sheet_pdf(
        label_data(ctx, ids), grid or DEFAULT_LABEL_GRID, skip=skip, outline=outline
    )
