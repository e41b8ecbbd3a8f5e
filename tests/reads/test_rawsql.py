"""local_db.rawsql without pathlib: file_uri gives what pathlib's as_uri() gives (Windows
drive paths too), and open_current opens a store whose folder name needs escaping; the
first page's reading process loads neither pathlib nor dataclasses."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from local_db import rawsql

ROOT = Path(__file__).resolve().parents[2]
AWKWARD = ["执法 队", "50%#1?", "a;b=c&d", "~user", "ä\u00a0ö"]


@pytest.mark.parametrize("name", AWKWARD)
def test_file_uri_matches_pathlib_on_posix(name: str) -> None:
    path = f"/home/办公室/{name}/store.sqlite3"
    assert rawsql.file_uri(path, windows=False) == PurePosixPath(path).as_uri()


@pytest.mark.parametrize("name", AWKWARD)
def test_file_uri_matches_pathlib_on_windows(name: str) -> None:
    path = f"C:\\Users\\办公室\\{name}\\store.sqlite3"
    assert rawsql.file_uri(path, windows=True) == PureWindowsPath(path).as_uri()


def test_open_current_reads_a_store_in_a_folder_that_needs_escaping(
    db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "执法 队 50%#1?"
    folder.mkdir()
    copy = folder / "store.sqlite3"
    shutil.copyfile(db_path, copy)
    con = rawsql.open_current(str(copy))
    try:
        assert con.execute("SELECT count(*) FROM user_account").fetchone()[0] >= 1
    finally:
        con.close()
    assert not (tmp_path / "执法 队 50%").exists()  # nothing made at a cut-off name


def test_open_current_does_not_create_a_missing_store(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    with pytest.raises(rawsql.NotCurrent):
        rawsql.open_current(missing)
    assert not missing.exists()


def test_the_reading_process_loads_neither_pathlib_nor_dataclasses() -> None:
    """The reading process starts on every auto-login: these two cost it ~15 and ~30 ms."""
    code = (
        "import sys\n"
        "from ui.first_page import main\n"
        "import app.services.dashboard, app.demo_accounts\n"
        "print(' '.join(m for m in ('pathlib', 'dataclasses', 'sqlalchemy') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", code], cwd=ROOT, capture_output=True, text=True,
        check=True, env={"PYTHONPATH": str(ROOT)},
    ).stdout.strip()
    assert out == "", f"loaded by the reading process: {out}"
