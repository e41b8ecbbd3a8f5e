"""squaddesk-admin print / archive / verify-qr / disclosure / public-keys, run in-process
(the in-memory keyring of the tests) on a store with an issued case."""

from __future__ import annotations

import argparse
import io
import shutil
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli_documents import add_document_commands
from tests.documents.casebuild import issued_store_at
from tests.documents.conftest import decode_qr, pdf_text, rasterise


def run(db: Path, *argv: str, stdin: str = "") -> int:
    p = argparse.ArgumentParser(prog="squaddesk-admin")
    p.add_argument("--db", type=Path)
    sub = p.add_subparsers(dest="command", required=True)
    add_document_commands(sub)
    args = p.parse_args(["--db", str(db), *argv])
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        return int(args.func(args))
    finally:
        sys.stdin = old


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path, _, number = issued_store_at(tmp_path_factory.mktemp("cli"))
    return path, number


@pytest.fixture
def db(issued: tuple[Path, str], tmp_path: Path) -> Path:
    dest = tmp_path / "db.sqlite3"
    shutil.copyfile(issued[0], dest)
    return dest


def test_list_types(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "print", "--list-types") == 0
    out = capsys.readouterr().out
    assert "penalty_decision\tdecision\t行政处罚决定书" in out and out.count("\n") == 16


def test_print_issued_draft_and_issue(db: Path, issued: tuple[Path, str], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    number = issued[1]
    out = tmp_path / "d.pdf"
    assert run(db, "print", number, "行政处罚决定书", "-o", str(out)) == 0
    text = pdf_text(out.read_bytes()).replace(" ", "").replace("\n", "")
    assert "孝顺镇综执罚决字〔2026〕第1号" in text and "草稿" not in text
    [qr] = decode_qr(rasterise(out.read_bytes(), tmp_path))
    capsys.readouterr()
    assert run(db, "verify-qr", qr) == 0
    assert "真实有效" in capsys.readouterr().out
    assert run(db, "verify-qr", qr.replace(".", ".A", 1)[:-1]) == 1
    assert run(db, "verify-qr", "SD1.abc.def") == 1
    # not issued yet: a draft; then issued with a login
    hearing = tmp_path / "h.pdf"
    assert run(db, "print", number, "hearing", "-o", str(hearing)) == 0
    assert "草稿" in pdf_text(hearing.read_bytes())
    assert run(db, "print", number, "听证告知书", "-o", str(hearing), "--issue",
               "--user", "leader", stdin="case-pass-1\n") == 0
    assert "听告字〔2026〕第1号" in pdf_text(hearing.read_bytes()).replace(" ", "")


def test_archive_and_disclosure(db: Path, issued: tuple[Path, str], tmp_path: Path) -> None:
    number = issued[1]
    out = tmp_path / "a.pdf"
    assert run(db, "archive", number, "-o", str(out), "-q") == 0
    reader = PdfReader(out)
    assert len(reader.pages) > 8 and "卷内文件目录" in (reader.pages[1].extract_text() or "")
    xlsx = tmp_path / "g.xlsx"
    assert run(db, "disclosure", "-o", str(xlsx), "--year", "2026") == 0 and xlsx.exists()
    pdf = tmp_path / "g.pdf"
    assert run(db, "disclosure", "-o", str(pdf), "--case", number) == 0
    assert "吴建国" not in pdf_text(pdf.read_bytes())
