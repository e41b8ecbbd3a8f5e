"""Standard compliance (装备配备达标): holdings against the county standard, the gap report
data and its xlsx form. The PDF form comes from the documents module.

Headcount assumptions (the staff register has no clerk or deputy positions yet):
- officers: active sworn staff members (every certificate colour counts: they still need kit);
- auxiliaries: active auxiliary staff members;
- auxiliary team leader and deputy: active auxiliaries whose position is 队负责人 (leader);
- clerks: active user accounts with the 内勤 role that are not linked to an active staff
  member (people in the staff register are already counted above);
- offices: 1 unless the caller says otherwise (printer and phone are per office).
Holdings: items 在库, 领用 or 维修 (a consumable line counts its quantity); 报废 and 遗失 do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select

from app.context import AppContext
from app.rules.certificates import StaffKind, StaffPosition
from app.rules.equipment import (
    HELD_STATUSES,
    EquipmentStandard,
    Headcount,
    RuleKind,
    required_count,
)
from app.rules.roles import Role, parse_roles
from app.services.equipment import standard as standard_in_force
from local_db.models import StaffMember, UserAccount
from local_db.models_equipment import EquipmentItem

if TYPE_CHECKING:
    from app.documents.equipment_pdf import LabelGrid


@dataclass(frozen=True)
class ComplianceLine:
    """One category of the standard: what is required, what is held, the gap."""

    code: str
    name: str
    group: str
    rule_text: str
    required: int
    held: int

    @property
    def shortfall(self) -> int:
        return max(0, self.required - self.held)

    @property
    def ok(self) -> bool:
        return self.held >= self.required


@dataclass(frozen=True)
class ComplianceReport:
    """Holdings against the standard."""

    standard_version: str
    issued_by: str
    headcount: Headcount
    lines: tuple[ComplianceLine, ...]

    @property
    def gaps(self) -> tuple[ComplianceLine, ...]:
        return tuple(line for line in self.lines if not line.ok)


def headcount(ctx: AppContext, *, offices: int = 1) -> Headcount:
    """Counts from the staff register and user accounts (see the module docstring)."""
    with ctx.db.read_session() as s:
        people = s.execute(
            select(StaffMember.kind, StaffMember.position, StaffMember.user_id).where(
                StaffMember.deleted.is_(False), StaffMember.active.is_(True)
            )
        ).all()
        users = s.execute(
            select(UserAccount.id, UserAccount.roles).where(
                UserAccount.deleted.is_(False), UserAccount.active.is_(True)
            )
        ).all()
    officers = sum(1 for k, _, _ in people if k == StaffKind.SWORN.value)
    aux = sum(1 for k, _, _ in people if k == StaffKind.AUXILIARY.value)
    aux_leaders = sum(
        1
        for k, p, _ in people
        if k == StaffKind.AUXILIARY.value and p == StaffPosition.LEADER.value
    )
    linked = {u for _, _, u in people if u}
    clerks = sum(
        1 for uid, roles in users if Role.CLERK in parse_roles(roles) and uid not in linked
    )
    return Headcount(
        officers=officers, clerks=clerks, auxiliaries=aux, aux_leaders=aux_leaders, offices=offices
    )


def holdings_by_category(ctx: AppContext) -> dict[str, int]:
    """Items held per category code (consumables by quantity)."""
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(
                EquipmentItem.category,
                func.sum(
                    case((EquipmentItem.consumable.is_(True), EquipmentItem.quantity), else_=1)
                ),
            )
            .where(
                EquipmentItem.deleted.is_(False),
                EquipmentItem.status.in_([st.value for st in HELD_STATUSES]),
            )
            .group_by(EquipmentItem.category)
        ).all()
    return {cat: int(n or 0) for cat, n in rows}


def compliance_of(
    std: EquipmentStandard, heads: Headcount, held: dict[str, int]
) -> ComplianceReport:
    """The comparison itself (pure: the maths is app.rules.equipment.required_count)."""
    lines = tuple(
        ComplianceLine(
            c.code,
            c.name,
            c.group,
            c.rule.describe(),
            required_count(c.rule, heads),
            held.get(c.code, 0),
        )
        for c in std.categories
        if c.rule.kind is not RuleKind.NONE
    )
    return ComplianceReport(std.version, std.issued_by, heads, lines)


def compliance(
    ctx: AppContext, *, offices: int = 1, std: EquipmentStandard | None = None
) -> ComplianceReport:
    """This squad's holdings against the standard in force in this store (or `std`)."""
    return compliance_of(
        std or standard_in_force(ctx), headcount(ctx, offices=offices), holdings_by_category(ctx)
    )


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
