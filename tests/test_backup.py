"""Backups (local_db/backup.py, app/services/backup.py): verified copies, rotation, the daily
backup, restore that keeps the old file, and the command line."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.context import SYSTEM_ACTOR, Actor, AppContext
from app.errors import DomainError, PermissionDenied
from app.rules.certificates import StaffKind
from app.rules.roles import Role
from app.services import audit, staff, users
from app.services import backup as service
from app.store import open_store
from local_db import backup
from local_db.backup import KEEP_BACKUPS
from local_db.engine import StoreDamaged, check_file
from tests.conftest import FakeClock

ROOT = Path(__file__).resolve().parent.parent


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", str(db), *args],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def _tables(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as con:
        return [
            n
            for (n,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%fts%' ORDER BY name"
            )
        ]


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order."""
    with closing(sqlite3.connect(path)) as con:
        return {
            t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in _tables(path)
        }


def _add(ctx: AppContext, admin: Actor, name: str) -> str:
    return staff.add_staff(ctx, admin, staff.StaffInput(name=name, kind=StaffKind.AUXILIARY)).id


def _names(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as con:
        return {n for (n,) in con.execute("SELECT name FROM staff_member")}


def test_backup_is_verified_and_has_the_same_rows(
    ctx: AppContext, admin: Actor, tmp_path: Path
) -> None:
    for i in range(5):
        _add(ctx, admin, f"辅警{i}")
    path = service.backup_now(ctx, admin, dest_dir=tmp_path / "out")
    assert path.parent == tmp_path / "out" and path.exists()
    assert not list((tmp_path / "out").glob("*.partial"))
    check_file(path, full=True)
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert _dump(path) == _dump(ctx.db_path)
    assert "staff_member" in _tables(path) and len(_dump(path)["staff_member"]) == 5
    # the live store is still usable and the backup is independent of it
    _add(ctx, admin, "辅警5")
    assert "辅警5" in _names(ctx.db_path) and "辅警5" not in _names(path)


def test_backup_sees_uncheckpointed_wal_data(ctx: AppContext, admin: Actor, tmp_path: Path) -> None:
    _add(ctx, admin, "刚写入")
    assert Path(str(ctx.db_path) + "-wal").exists()
    path = service.backup_now(ctx, admin, dest_dir=tmp_path / "out")
    assert "刚写入" in _names(path)


def test_only_backup_managers_may_back_up(ctx: AppContext, admin: Actor, tmp_path: Path) -> None:
    users.create_user(
        ctx,
        admin,
        username="leader",
        display_name="队长",
        roles={Role.LEADER},
        password="start-pass-1",
    )
    leader = users.login(ctx, "leader", "start-pass-1")
    with pytest.raises(PermissionDenied):
        service.backup_now(ctx, leader, dest_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_rotation_keeps_the_newest_fourteen(
    ctx: AppContext, admin: Actor, clock: FakeClock
) -> None:
    assert KEEP_BACKUPS == 14
    taken = []
    for _ in range(KEEP_BACKUPS + 3):
        clock.advance(hours=7)
        taken.append(service.backup_now(ctx, admin))
    left = service.list_backups(ctx)
    assert [b.path for b in left] == list(reversed(taken))[:KEEP_BACKUPS]
    assert all(not p.exists() for p in taken[:3])
    assert len(list(service.backup_dir(ctx).iterdir())) == KEEP_BACKUPS


def test_rotate_ignores_foreign_files(tmp_path: Path, db_path: Path) -> None:
    dest = tmp_path / "b"
    start = datetime(2026, 1, 1, 8, 0)
    for i in range(16):
        backup.backup_to(db_path, dest, reason="manual", now=start + timedelta(days=i))
    (dest / "notes.txt").write_text("keep me", encoding="utf-8")
    (dest / "squaddesk-garbage.sqlite3").write_bytes(b"x")
    removed = backup.rotate(dest)
    assert sorted(p.name for p in removed) == sorted(
        f"squaddesk-{(start + timedelta(days=i)):%Y%m%d-%H%M%S-%f}-manual.sqlite3" for i in range(2)
    )
    assert (dest / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert (dest / "squaddesk-garbage.sqlite3").exists()


def test_list_is_newest_first_with_reasons(tmp_path: Path, db_path: Path) -> None:
    dest = tmp_path / "b"
    times = [datetime(2026, 3, d, 9, 30, 0, 250) for d in (5, 1, 9, 3)]
    reasons = ["daily", "manual", "pre-migration", "daily"]
    for t, r in zip(times, reasons, strict=True):
        backup.backup_to(db_path, dest, reason=r, now=t)
    listed = backup.list_backups(dest)
    assert [b.taken_at for b in listed] == sorted(times, reverse=True)
    assert [b.reason for b in listed] == ["pre-migration", "daily", "daily", "manual"]
    assert backup.list_backups(tmp_path / "missing") == []


def test_daily_backup_once_per_day(ctx: AppContext, clock: FakeClock) -> None:
    first = service.daily_backup_if_due(ctx)
    assert first is not None and first.exists() and first.name.endswith("-daily.sqlite3")
    clock.advance(hours=3)
    assert service.daily_backup_if_due(ctx) is None
    # the next calendar day (local time), however few hours later
    hours_to_midnight = 24 - clock.now().astimezone().hour
    clock.advance(hours=hours_to_midnight)
    second = service.daily_backup_if_due(ctx)
    assert second is not None and second != first
    assert service.daily_backup_if_due(ctx) is None
    clock.advance(days=1)
    assert service.daily_backup_if_due(ctx) is not None
    assert [b.reason for b in service.list_backups(ctx)] == ["daily"] * 3


def test_daily_backup_is_remembered_across_restarts(ctx: AppContext, clock: FakeClock) -> None:
    assert service.daily_backup_if_due(ctx) is not None
    ctx.db.dispose()
    again = open_store(ctx.db_path, clock=clock)
    try:
        assert service.daily_backup_if_due(again) is None
    finally:
        again.db.dispose()


# --- restore -------------------------------------------------------------------------------


def test_restore_replaces_db_and_keeps_the_old_file(
    ctx: AppContext, admin: Actor, clock: FakeClock
) -> None:
    _add(ctx, admin, "备份前")
    saved = service.backup_now(ctx, admin)
    clock.advance(minutes=5)
    _add(ctx, admin, "备份后")
    ctx.db.dispose()
    old_bytes = ctx.db_path.read_bytes()
    saved_dump = _dump(saved)

    aside = service.restore_into(ctx.db_path, saved, ctx)
    assert aside is not None and aside.exists() and aside != ctx.db_path
    assert aside.read_bytes() == old_bytes
    assert _dump(ctx.db_path) == saved_dump
    assert "备份后" in _names(aside)

    reopened = open_store(ctx.db_path, clock=clock)
    try:
        assert {s.name for s in staff.list_staff(reopened)} == {"备份前"}
        assert audit.verify(reopened).ok
        assert users.login(reopened, "admin", "admin-pass-1").username == "admin"
    finally:
        reopened.db.dispose()


def test_restore_while_store_open_keeps_wal_data_aside(ctx: AppContext, admin: Actor) -> None:
    saved = service.backup_now(ctx, admin)
    _add(ctx, admin, "未检查点")  # lives in the -wal file until the store closes
    aside = service.restore_into(ctx.db_path, saved, ctx)
    assert aside is not None
    assert "未检查点" in _names(aside)
    assert "未检查点" not in _names(ctx.db_path)


def _damaged_copies(good: Path, where: Path) -> dict[str, Path]:
    data = good.read_bytes()
    where.mkdir(exist_ok=True)
    out = {
        "truncated": data[: len(data) // 2],
        "page2": data[:4096] + os.urandom(4096) + data[8192:],
        "random": os.urandom(len(data)),
        "text": "这不是备份文件\n".encode() * 50,
        "empty": b"",
    }
    paths = {}
    for name, blob in out.items():
        p = where / f"squaddesk-{name}.sqlite3"
        p.write_bytes(blob)
        paths[name] = p
    paths["missing"] = where / "squaddesk-missing.sqlite3"
    foreign = where / "squaddesk-foreign.sqlite3"
    with closing(sqlite3.connect(foreign)) as con, con:
        con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        con.execute("INSERT INTO notes (body) VALUES ('another program')")
    paths["foreign"] = foreign
    return paths


@pytest.mark.parametrize(
    "kind", ["truncated", "page2", "random", "text", "empty", "missing", "foreign"]
)
def test_restore_refuses_a_damaged_backup_and_leaves_the_db_alone(
    ctx: AppContext, admin: Actor, tmp_path: Path, kind: str
) -> None:
    good = service.backup_now(ctx, admin)
    bad = _damaged_copies(good, tmp_path / "bad")[kind]
    bad_bytes = bad.read_bytes() if bad.exists() else None
    _add(ctx, admin, "现有数据")
    ctx.db.dispose()
    db_bytes = ctx.db_path.read_bytes()
    siblings = sorted(p.name for p in ctx.db_path.parent.iterdir())

    with pytest.raises(DomainError) as err:
        service.restore_into(ctx.db_path, bad, ctx)
    assert err.value.code == "backup_damaged"
    assert err.value.message.startswith("备份文件已损坏，不能用于恢复")
    assert ctx.db_path.read_bytes() == db_bytes
    assert sorted(p.name for p in ctx.db_path.parent.iterdir()) == siblings
    if bad_bytes is not None:
        assert bad.read_bytes() == bad_bytes
    reopened = open_store(ctx.db_path)
    try:
        assert "现有数据" in {s.name for s in staff.list_staff(reopened)}
    finally:
        reopened.db.dispose()


def test_backup_of_a_damaged_store_fails_cleanly(tmp_path: Path, db_path: Path) -> None:
    data = db_path.read_bytes()
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(data[:4096] + b"\xff" * 4096 + data[8192:])
    with pytest.raises((StoreDamaged, sqlite3.DatabaseError)):
        backup.backup_to(broken, tmp_path / "out", reason="manual", now=datetime(2026, 1, 1))
    assert list((tmp_path / "out").glob("*")) == []


# --- command line ---------------------------------------------------------------------------


def test_cli_backup_and_restore(db_path: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "外部备份"
    r = run_cli(db_path, "backup", "--to", str(out_dir))
    assert r.returncode == 0, r.stderr
    files = list(out_dir.glob("squaddesk-*-manual.sqlite3"))
    assert len(files) == 1 and str(files[0]) in r.stdout
    check_file(files[0], full=True)
    assert _dump(files[0]) == _dump(db_path)

    ctx = open_store(db_path)
    admin = users.login(ctx, "admin", "admin-pass-1")
    _add(ctx, admin, "恢复前写入")
    ctx.db.dispose()
    before = db_path.read_bytes()

    r = run_cli(db_path, "restore", str(files[0]))
    assert r.returncode == 0, r.stderr
    assert "已从" in r.stdout and "原数据库已另存为" in r.stdout
    assert "恢复前写入" not in _names(db_path)
    asides = [
        p
        for p in db_path.parent.iterdir()
        if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(asides) == 1 and asides[0].read_bytes() == before

    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(files[0].read_bytes()[:5000])
    current = db_path.read_bytes()
    r = run_cli(db_path, "restore", str(broken))
    assert r.returncode != 0
    assert "备份文件已损坏" in r.stderr and "Traceback" not in r.stderr
    assert db_path.read_bytes() == current


def test_system_actor_backs_up(ctx: AppContext, tmp_path: Path) -> None:
    path = service.backup_now(ctx, SYSTEM_ACTOR, dest_dir=tmp_path)
    assert shutil.disk_usage(tmp_path) and path.stat().st_size > 0
