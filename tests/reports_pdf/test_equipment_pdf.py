"""Equipment PDFs: label sheets (QR codes decode to the tags), the stock-taking report of a
closed session and the compliance gap report, read back."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from app.cli_equipment import add_equipment_commands
from app.context import Actor, AppContext
from app.documents.equipment_pdf import LabelGrid, label_pages, label_sheet_pdf
from app.errors import DomainError, ValidationError
from app.rules.certificates import StaffKind
from app.services import equipment as eq
from app.services import equipment_reports as er
from app.services import equipment_stocktake as st
from app.services import staff

from .conftest import (
    BINDING_MARGIN,
    assert_fonts_embedded,
    decode_qr,
    page_count,
    page_texts,
    pdf_text,
    rasterise,
)


@dataclass(frozen=True)
class Label:
    asset_tag: str
    name: str
    model: str
    township_label: str = "孝顺镇综合行政执法队"


def _labels(n: int) -> list[Label]:
    names = [
        "执法记录仪",
        "数码照相机",
        "防刺背心",
        "强光手电",
        "执法车（比亚迪秦PLUS DM-i 新能源）",
    ]
    return [
        Label(f"XS-ZB-2026-{i:05d}", names[i % len(names)], f"DSJ-{i:03d}") for i in range(1, n + 1)
    ]


def pypdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def test_label_sheet_qr_codes_decode_to_the_tags(tmp_path: Path) -> None:
    labels = _labels(30)
    pdf = label_sheet_pdf(labels)
    assert page_count(pdf) == 2 == label_pages(30)
    for page, expected in ((1, labels[:24]), (2, labels[24:])):
        found = decode_qr(rasterise(pdf, tmp_path, dpi=200, page=page))
        assert sorted(found) == sorted(x.asset_tag for x in expected)
    text = pypdf_text(pdf)  # pdfplumber is slow on pages full of QR modules
    for x in labels:
        assert x.asset_tag in text
    assert "执法记录仪" in text and "孝顺镇综合行政执法队" in text
    assert_fonts_embedded(pdf, tmp_path)
    assert label_sheet_pdf(labels) == pdf  # deterministic
    assert label_sheet_pdf(labels[:2]) != label_sheet_pdf(labels[1:3])


def test_custom_grid_skip_and_validation(tmp_path: Path) -> None:
    grid = LabelGrid(
        cols=2,
        rows=5,
        label_width_mm=100,
        label_height_mm=50,
        margin_left_mm=5,
        margin_top_mm=20,
        gap_x_mm=0,
        gap_y_mm=2,
    )
    labels = _labels(9)
    pdf = label_sheet_pdf(labels, grid, skip=3, outline=True)
    assert page_count(pdf) == 2  # 3 skipped + 9 = 12 positions on 10-label sheets
    first = decode_qr(rasterise(pdf, tmp_path, dpi=200, page=1))
    assert sorted(first) == sorted(x.asset_tag for x in labels[:7])
    with pytest.raises(ValidationError) as too_big:
        label_sheet_pdf(labels, LabelGrid(cols=3, rows=9))  # 9 × 37 mm > 297 mm
    assert "放不进" in too_big.value.message
    with pytest.raises(ValidationError):
        label_sheet_pdf(labels, LabelGrid(label_width_mm=20, label_height_mm=10))
    with pytest.raises(ValidationError):
        label_sheet_pdf(labels, skip=24)
    with pytest.raises(ValidationError):
        label_sheet_pdf([])


def test_labels_from_the_register(ctx: AppContext, admin: Actor, tmp_path: Path) -> None:
    items = [
        eq.register_item(
            ctx,
            admin,
            eq.ItemInput(
                category="body_camera",
                name="执法记录仪",
                model="DSJ-HIKV1",
                serial_no=f"HK{i}",
                location="装备室",
            ),
        )
        for i in range(3)
    ]
    pdf = er.labels_pdf(ctx, [x.id for x in items])
    assert sorted(decode_qr(rasterise(pdf, tmp_path))) == sorted(x.asset_tag for x in items)


# --- stock-taking report ----------------------------------------------------------------------


def _item(ctx: AppContext, admin: Actor, category: str, name: str, place: str, n: int) -> str:
    return eq.register_item(
        ctx,
        admin,
        eq.ItemInput(
            category=category, name=name, model="M-1", serial_no=f"{place}{n}", location=place
        ),
    ).asset_tag


def test_stocktake_report_of_a_closed_session(
    ctx: AppContext, admin: Actor, tmp_path: Path
) -> None:
    room = [_item(ctx, admin, "helmet", "执勤头盔", "装备室", i) for i in range(5)]
    garage = _item(ctx, admin, "torch", "强光手电", "值班室", 9)
    session = st.open_stocktake(ctx, admin, "2026年11月装备室盘点", location_scope="装备室")
    st.tick_items(ctx, admin, session.id, room[:3])
    st.scan_tag(ctx, admin, session.id, garage)  # wrong place
    st.scan_tag(ctx, admin, session.id, "XS-ZB-2019-00031")  # not in the register
    with pytest.raises(DomainError):
        st.stocktake_report_pdf(ctx, session.id)  # still open
    st.close_stocktake(ctx, admin, session.id)

    pdf = st.stocktake_report_pdf(ctx, session.id, counters=["王强", "李娜"])
    pages = page_texts(pdf)
    assert 1 <= len(pages) <= 3
    text = "".join(pages)
    for expected in (
        "孝顺镇综合行政执法队",
        "装备盘点对账报告",
        "2026年11月装备室盘点",
        "盘点范围装备室",
        "应盘数量5件",
        "实盘（扫描）5件",
        "账实相符3件",
        "一、未找到（盘亏）装备",
        room[3],
        room[4],
        "执勤头盔",
        "二、位置不符装备",
        garage,
        "值班室",
        "三、账外及状态不符装备",
        "XS-ZB-2019-00031",
        "台账中无此编号（账外）",
        "四、盘点结束时已作的台账变更",
        "未找到装备登记为“遗失”2",
        "位置不符装备更正存放地点1",
        "五、签字确认",
        "王强",
        "李娜",
        "监盘人",
    ):
        assert expected in text, expected
    assert_fonts_embedded(pdf, tmp_path)
    assert st.stocktake_report_pdf(ctx, session.id, counters=["王强", "李娜"]) == pdf
    # by default the people who opened and closed the session are printed as counters
    assert "管理员" in pdf_text(st.stocktake_report_pdf(ctx, session.id))


# --- compliance gap report --------------------------------------------------------------------


def _squad_with_kit(ctx: AppContext, admin: Actor) -> None:
    for i in range(5):
        staff.add_staff(
            ctx,
            admin,
            staff.StaffInput(
                name=f"队员{i}",
                kind=StaffKind.SWORN,
                cert_number=f"浙执{i:05d}",
                cert_expires_on=date(2030, 1, 1),
            ),
        )
    for i in range(6):
        _item(ctx, admin, "body_camera", "执法记录仪", "装备室", i)  # standard: 10


def test_compliance_pdf_marks_the_gaps(ctx: AppContext, admin: Actor, tmp_path: Path) -> None:
    import io

    import pdfplumber

    _squad_with_kit(ctx, admin)
    report = er.compliance(ctx)
    camera = next(x for x in report.lines if x.code == "body_camera")
    assert (camera.required, camera.held) == (10, 6)
    pdf = er.compliance_pdf(ctx, report=report)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        pages = [p.crop((BINDING_MARGIN, 0, p.width, p.height)) for p in doc.pages]
        text = "".join((p.extract_text() or "") for p in pages).replace(" ", "").replace("\n", "")
        words = [w for p in pages for w in p.extract_words(extra_attrs=["non_stroking_color"])]
    for expected in (
        "孝顺镇综合行政执法队",
        "执法装备配备达标情况报告",
        f"共{len(report.lines)}项",
        f"未达标{len(report.gaps)}项",
        "一、配备对照",
        "二、缺口清单",
        "执法记录仪",
        "未达标",
        "列入采购计划",
        "2026年11月23日",
    ):
        assert expected in text, expected
    assert_fonts_embedded(pdf, tmp_path)
    assert er.compliance_pdf(ctx, report=report) == pdf
    # short rows are printed in red
    red = {w["text"] for w in words if tuple(w["non_stroking_color"] or ()) == (0.78, 0.0, 0.0)}
    assert "执法记录仪" in red
    ok_names = {x.name for x in report.lines if x.ok}
    assert not (red & ok_names)


def _run(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", type=Path)
    add_equipment_commands(p.add_subparsers(dest="command", required=True))
    args = p.parse_args(argv)
    return int(args.func(args))


def test_cli_compliance_pdf(
    ctx: AppContext, admin: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _squad_with_kit(ctx, admin)
    db = ctx.db_path
    ctx.db.dispose()
    out = tmp_path / "out" / "缺口报告.pdf"
    assert _run(["--db", str(db), "equipment-compliance", "-o", str(out)]) == 0
    assert "未达标" in capsys.readouterr().out
    pdf = out.read_bytes()
    assert "执法装备配备达标情况报告" in pdf_text(pdf)
    assert page_count(pdf) >= 1
