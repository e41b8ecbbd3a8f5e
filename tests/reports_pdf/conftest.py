"""Fixtures for the report PDFs: a small trained squad, a small equipment register, and
helpers that read PDFs back (pdfplumber text, pypdf fonts), rasterise pages (pdftoppm) and
decode QR codes (zxing-cpp)."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.context import Actor, AppContext
from app.rules.certificates import StaffKind, StaffPosition
from app.rules.training import AssessmentResult, OrganiserLevel, TrainingCategory, TrainingMode
from app.services import staff, training

YEAR = 2026


BINDING_MARGIN = 22 * 72 / 25.4  # the 装订线 furniture sits 14 mm from the left edge


def page_texts(pdf: bytes, *, skip_binding_line: bool = True) -> list[str]:
    """Text of each page (pdfplumber), spaces and line breaks removed; by default without the
    left margin, where the template's 装订线 characters would mix into the lines."""
    import pdfplumber

    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            if skip_binding_line:
                page = page.crop((BINDING_MARGIN, 0, page.width, page.height))
            out.append((page.extract_text() or "").replace(" ", "").replace("\n", ""))
    return out


def pdf_text(pdf: bytes, *, skip_binding_line: bool = True) -> str:
    """All text of the PDF (see page_texts)."""
    return "".join(page_texts(pdf, skip_binding_line=skip_binding_line))


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def assert_fonts_embedded(pdf: bytes, tmp_path: Path) -> None:
    """Every font is the bundled TrueType font, embedded (FontFile2); pdffonts agrees."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    fonts = {}
    for page in reader.pages:
        res = page["/Resources"].get_object()
        for ref in (res.get("/Font") or {}).values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts, "no fonts"
    for name, font in fonts.items():
        assert "WenQuanYiMicroHei" in name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
    assert b"/FontFile2" in pdf
    if shutil.which("pdffonts"):
        path = tmp_path / "fonts-check.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
        rows = out.stdout.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), out.stdout


def rasterise(pdf: bytes, tmp_path: Path, *, dpi: int = 200, page: int = 1) -> Path:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is not installed: scripts/test installs it")
    src = tmp_path / "render.pdf"
    src.write_bytes(pdf)
    out = tmp_path / f"render-p{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(src),
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return out.with_suffix(".png")


def decode_qr(png: Path) -> list[str]:
    import zxingcpp
    from PIL import Image

    with Image.open(png) as img:
        results = zxingcpp.read_barcodes(img.convert("L"))
    return [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]


# --- a small trained squad ------------------------------------------------------------------


@dataclass(frozen=True)
class TrainedSquad:
    leader: str
    good: str  # meets everything
    weak: str  # 4 学时 short, two failed assessments in a row
    auxiliary: str


def _officer(ctx: AppContext, admin: Actor, name: str, position: StaffPosition, cert: str) -> str:
    return staff.add_staff(
        ctx,
        admin,
        staff.StaffInput(
            name=name,
            kind=StaffKind.SWORN,
            position=position,
            gender="女" if name == "李娜" else "男",
            cert_number=cert,
            cert_issuer="杭州市萧山区人民政府",
            cert_issued_on=date(2022, 1, 1),
            cert_expires_on=date(2030, 12, 31),
        ),
    ).id


def add_training(
    ctx: AppContext,
    admin: Actor,
    people: list[str],
    title: str,
    *,
    start: date,
    level: OrganiserLevel = OrganiserLevel.OWN_UNIT,
    category: TrainingCategory = TrainingCategory.BUSINESS,
    mode: TrainingMode = TrainingMode.OFFLINE,
    days: int = 1,
    units: str = "4",
) -> None:
    training.record_event(
        ctx,
        admin,
        training.EventInput(
            title,
            level,
            category,
            mode,
            start,
            start + timedelta(days=days - 1),
            stated_units=units,
        ),
        people,
    )


@pytest.fixture
def trained(ctx: AppContext, admin: Actor) -> TrainedSquad:
    leader = _officer(ctx, admin, "张队长", StaffPosition.LEADER, "浙杭执33010001")
    good = _officer(ctx, admin, "李娜", StaffPosition.MEMBER, "浙杭执33010002")
    weak = _officer(ctx, admin, "王强", StaffPosition.MEMBER, "浙杭执33010003")
    aux = staff.add_staff(ctx, admin, staff.StaffInput(name="刘军", kind=StaffKind.AUXILIARY)).id
    add_training(
        ctx,
        admin,
        [good, weak],
        "全省行政执法人员网络培训：《行政处罚法》精讲",
        start=date(YEAR, 2, 20),
        level=OrganiserLevel.SUPERIOR,
        mode=TrainingMode.ONLINE,
        category=TrainingCategory.PUBLIC_LAW,
        units="40",
    )
    add_training(
        ctx,
        admin,
        [leader, good, weak],
        "县综合执法队伍能力提升集中轮训班",
        start=date(YEAR, 9, 9),
        level=OrganiserLevel.COUNTY,
        days=3,
        units="12.5",
    )
    add_training(
        ctx,
        admin,
        [leader, good, weak],
        "执法文书规范制作",
        start=date(YEAR, 4, 10),
        category=TrainingCategory.SKILLS,
        units="3.5",
    )
    add_training(ctx, admin, [good], "现场模拟执法演练", start=date(YEAR, 9, 25), units="4")
    add_training(
        ctx,
        admin,
        [leader, good, weak, aux],
        "春季队列体能训练",
        start=date(YEAR, 3, 27),
        category=TrainingCategory.PHYSICAL,
        days=2,
        units="4",
    )
    add_training(
        ctx,
        admin,
        [leader, good, weak, aux],
        "廉政警示教育：旁听职务犯罪庭审",
        start=date(YEAR, 11, 6),
        category=TrainingCategory.ETHICS,
        units="3",
    )
    training.record_assessment(ctx, admin, weak, YEAR - 1, AssessmentResult.FAIL, "办案超期")
    training.record_assessment(ctx, admin, weak, YEAR, AssessmentResult.FAIL)
    training.record_assessment(ctx, admin, good, YEAR - 1, AssessmentResult.EXCELLENT)
    return TrainedSquad(leader, good, weak, aux)
