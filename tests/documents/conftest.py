"""Fixtures for document tests: actors by role, a demo seal, a fixed signing key, and
helpers that read PDFs back (pypdf), rasterise them (pdftoppm) and decode QR codes."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

import local_db.models_documents  # noqa: F401  - registers the document tables (see report)
from app.context import Actor
from app.documents.sample import demo_seal_png
from app.rules.roles import Role
from tests.cases.conftest import cases_template, cctx, squad  # noqa: F401 - case fixtures


def make_actor(admin: Actor, role: Role, name: str) -> Actor:
    return Actor(
        user_id=f"user-{name}",
        username=name,
        display_name=name,
        roles=frozenset({role}),
        township_id=admin.township_id,
    )


@pytest.fixture
def leader(admin: Actor) -> Actor:
    return make_actor(admin, Role.LEADER, "leader")


@pytest.fixture
def clerk(admin: Actor) -> Actor:
    return make_actor(admin, Role.CLERK, "clerk")


@pytest.fixture
def officer(admin: Actor) -> Actor:
    return make_actor(admin, Role.OFFICER, "officer")


@pytest.fixture(scope="session")
def seal_png() -> bytes:
    return demo_seal_png()


@pytest.fixture(scope="session")
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes(range(32)))


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def rasterise(pdf: bytes, tmp_path: Path, *, dpi: int = 200, page: int = 1) -> Path:
    """Page `page` of the PDF as a PNG file (pdftoppm)."""
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is not installed: scripts/test installs it")
    src = tmp_path / "doc.pdf"
    src.write_bytes(pdf)
    out = tmp_path / f"page{page}"
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
    """Texts of the QR codes found in the image (zxing-cpp)."""
    import zxingcpp
    from PIL import Image

    with Image.open(png) as img:
        results = zxingcpp.read_barcodes(img.convert("L"))
    return [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]
