"""Documents: one 行政处罚决定书 (embedded CJK font, seal, signed 一案一码 QR) rendered in
process, against LibreOffice converting an equivalent .docx to PDF in the same run; and a
50-page archive (卷宗) of such documents concatenated into one PDF.

Ours: fonts registered and one document rendered first (warm-up, as in a running app), then
RUNS renders, each with its own number (so each QR is signed and encoded afresh); median.
LibreOffice: the same text, seal and QR images in a .docx made with python-docx, converted by
`soffice --headless --convert-to pdf` with a private profile; one warm-up conversion (profile
creation), then LO_RUNS conversions; median. ratio = libreoffice / ours (higher is better).
Archive: render decisions until 50 pages, concatenate with pypdf, write one PDF; wall time.

When LibreOffice or python-docx is missing the benchmark says so and reports null figures
for it instead of a number (install: apt-get install libreoffice-writer-nogui; pip install
python-docx).
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

NAME = "documents"
DESCRIPTION = (
    "行政处罚决定书 with embedded font, seal and signed QR, warm median, vs LibreOffice "
    "converting an equivalent .docx (ratio = libreoffice / ours); 50-page archive time"
)

RUNS = 30
LO_RUNS = 5
ARCHIVE_PAGES = 50
LO_TIMEOUT_S = 180.0

TARGET_MS = 50.0
TARGET_RATIO = 20.0
TARGET_ARCHIVE_S = 1.5


def _number(i: int) -> str:
    return f"孝顺镇综执罚决字〔2026〕第{i}号"


def measure_ours() -> tuple[float, list[float], bytes]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.documents.decision import render_decision
    from app.documents.fonts import register_fonts
    from app.documents.sample import demo_seal_png, sample_decision

    t0 = time.perf_counter()
    register_fonts()
    font_ms = (time.perf_counter() - t0) * 1000
    key = Ed25519PrivateKey.generate()
    seal = demo_seal_png()
    base = sample_decision(None)
    first = render_decision(
        dataclasses.replace(base, number=_number(1)), seal_png=seal, signing_key=key
    )
    samples = []
    for i in range(RUNS):
        data = dataclasses.replace(base, number=_number(100 + i))
        t = time.perf_counter()
        render_decision(data, seal_png=seal, signing_key=key)
        samples.append((time.perf_counter() - t) * 1000)
    print(f"font registration (once per process): {font_ms:.0f} ms")
    return font_ms, samples, first.pdf


def measure_archive() -> tuple[float, int, int]:
    """Seconds to render decisions until ARCHIVE_PAGES pages and write them as one PDF."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from pypdf import PdfReader

    from app.documents.archive import concatenate
    from app.documents.decision import render_decision
    from app.documents.sample import demo_seal_png, sample_decision

    key = Ed25519PrivateKey.generate()
    seal = demo_seal_png()
    base = sample_decision(None)
    t0 = time.perf_counter()
    pdfs = []
    pages = 0
    while pages < ARCHIVE_PAGES:
        data = dataclasses.replace(base, number=_number(500 + len(pdfs)))
        pdfs.append(render_decision(data, seal_png=seal, signing_key=key).pdf)
        pages += 3  # the sample decision has three pages (checked below)
    archive = concatenate(pdfs, max_pages=ARCHIVE_PAGES)
    seconds = time.perf_counter() - t0
    count = len(PdfReader(io.BytesIO(archive)).pages)
    if count != ARCHIVE_PAGES:
        raise RuntimeError(f"archive has {count} pages, expected {ARCHIVE_PAGES}")
    return seconds, count, len(archive)


def build_docx(path: Path) -> None:
    """The sample decision as a .docx: same text, fonts by name, seal and QR pictures."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    from reportlab.platypus import Paragraph

    from app.documents.decision import decision_body
    from app.documents.qr import qr_png
    from app.documents.sample import demo_seal_png, sample_decision

    data = sample_decision(_number(1))
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)

    def para(text: str, size: float, *, align: Any = None, indent: bool = False) -> None:
        p = document.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(2 * size)
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.font.name = "WenQuanYi Micro Hei"
        run._element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Micro Hei")

    document.add_picture(io.BytesIO(qr_png("SD1." + "A" * 180 + "." + "B" * 86)), width=Mm(25))
    para(data.authority.name, 22, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("行政处罚决定书", 22, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(data.number or "", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for flowable in decision_body(data):
        if isinstance(flowable, Paragraph):
            para(flowable.getPlainText(), 16, indent=True)
    para(data.authority.name, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("2026年11月23日", 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    document.add_picture(io.BytesIO(demo_seal_png()), width=Mm(42))
    para(data.copies_note, 10.5)
    document.save(str(path))


def measure_libreoffice(work: Path) -> tuple[list[float] | None, str]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None, "LibreOffice not installed (apt-get install -y libreoffice-writer-nogui)"
    try:
        import docx  # noqa: F401
    except ImportError:
        return None, "python-docx not installed (pip install python-docx)"
    src = work / "decision.docx"
    build_docx(src)
    profile = (work / "lo-profile").as_uri()
    out_dir = work / "out"
    out_dir.mkdir()
    cmd = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out_dir),
        str(src),
    ]

    def convert() -> float:
        target = out_dir / "decision.pdf"
        target.unlink(missing_ok=True)
        t = time.perf_counter()
        proc = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=LO_TIMEOUT_S,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        ms = (time.perf_counter() - t) * 1000
        if proc.returncode != 0 or not target.exists():
            raise RuntimeError(
                f"soffice exited {proc.returncode}: {proc.stdout[-1000:]} {proc.stderr[-1000:]}"
            )
        return ms

    warm = convert()
    print(f"LibreOffice warm-up conversion (creates its profile): {warm:.0f} ms")
    samples = [convert() for _ in range(LO_RUNS)]
    version = subprocess.run(
        [soffice, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return samples, version


def run() -> dict[str, Any]:
    font_ms, ours, pdf = measure_ours()
    ours_ms = statistics.median(ours)
    print(
        f"ours: {RUNS} renders, median {ours_ms:.1f} ms (min {min(ours):.1f}, "
        f"max {max(ours):.1f}); {len(pdf) // 1024} KiB, embedded font subset, seal, QR"
    )
    archive_s, pages, size = measure_archive()
    print(f"archive: {pages} pages in one PDF ({size // 1024} KiB) in {archive_s:.2f} s")
    with tempfile.TemporaryDirectory(prefix="squaddesk-bench-docs-") as tmp:
        lo, lo_note = measure_libreoffice(Path(tmp))
    result: dict[str, Any] = {
        "name": NAME,
        "ms": round(ours_ms, 1),
        "libreoffice_ms": None,
        "ratio": None,
        "archive_50p_s": round(archive_s, 3),
        "ms_min": round(min(ours), 1),
        "ms_max": round(max(ours), 1),
        "runs": RUNS,
        "font_register_ms": round(font_ms, 1),
        "pdf_kib": len(pdf) // 1024,
        "archive_pages": pages,
        "targets": {"ms": TARGET_MS, "ratio": TARGET_RATIO, "archive_50p_s": TARGET_ARCHIVE_S},
    }
    if lo is None:
        print(f"LibreOffice baseline NOT measured: {lo_note}")
        result["libreoffice"] = f"not measured: {lo_note}"
    else:
        lo_ms = statistics.median(lo)
        print(f"LibreOffice ({lo_note}): {LO_RUNS} conversions, median {lo_ms:.0f} ms")
        result["libreoffice_ms"] = round(lo_ms, 1)
        result["ratio"] = round(lo_ms / ours_ms, 1)
        result["libreoffice"] = lo_note
        result["libreoffice_runs"] = LO_RUNS
    result["meets_targets"] = bool(
        ours_ms <= TARGET_MS
        and archive_s <= TARGET_ARCHIVE_S
        and result["ratio"] is not None
        and result["ratio"] >= TARGET_RATIO
    )
    return result
