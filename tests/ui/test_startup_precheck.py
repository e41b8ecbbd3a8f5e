"""The store check started at launch (ui.main.start_store_check) and its use at login."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.context import AppContext
from app.store import open_store
from local_db.backup import BackupInfo
from local_db.engine import StoreDamaged
from ui import startup
from ui.dialogs.damaged import DamagedStoreDialog
from ui.main import start_store_check


def test_no_check_without_a_store_file(tmp_path: Path) -> None:
    assert start_store_check(tmp_path / "absent.sqlite3") is None
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert start_store_check(empty) is None


def test_check_of_a_healthy_store_passes_and_the_store_opens(ctx: AppContext) -> None:
    path = ctx.db_path
    ctx.db.dispose()
    wait = start_store_check(path)
    assert wait is not None
    opened = startup.open_store_for_start(path, wait)
    assert opened is not None and opened.notice == ""
    opened.ctx.db.dispose()


def test_damage_found_by_the_launch_check_offers_the_backup_dialog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "squaddesk.sqlite3"
    path.write_bytes(b"garbage" * 100)
    wait = start_store_check(path)
    assert wait is not None
    with pytest.raises(StoreDamaged):
        wait()
    asked: list[BackupInfo | None] = []
    monkeypatch.setattr(
        DamagedStoreDialog, "ask", classmethod(lambda cls, p, b: asked.append(b) or False)
    )
    assert startup.open_store_for_start(path, start_store_check(path)) is None
    assert asked == [None]
    assert path.read_bytes() == b"garbage" * 100  # never opened for writing


def test_open_store_checked_skips_only_the_quick_check(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("CREATE TABLE not_ours (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreDamaged):  # still refused as not a SquadDesk store
        open_store(path, checked=True)
