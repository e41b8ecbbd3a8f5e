"""Opening the store (app/store.py): damaged or foreign files are refused without a single
byte changed; an older schema is backed up (verified) before it is migrated."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from app.context import AppContext
from app.errors import DomainError
from app.services import audit, setup, users
from app.store import open_store
from local_db import backup, migrate
from local_db.engine import Database, StoreDamaged, check_file
from tests.conftest import ADMIN_PASSWORD, FakeClock

ROOT = Path(__file__).resolve().parent.parent
BASE_REVISION = "0001"


def start_cli(db: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--db", str(db), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def run_many(calls: list[tuple[Path, tuple[str, ...]]]) -> list[tuple[int, str, str]]:
    """Run several CLI calls at once (each is a separate process); (returncode, out, err)."""
    procs = [start_cli(db, *args) for db, args in calls]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        results.append((p.returncode, out, err))
    return results


# --- damaged files -------------------------------------------------------------------------


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _page2_garbage(data: bytes) -> bytes:
    return data[:4096] + os.urandom(4096) + data[8192:]


def _page_zeroed(data: bytes) -> bytes:
    return data[: 3 * 4096] + bytes(4096) + data[4 * 4096 :]


def _header_only(data: bytes) -> bytes:
    return data[:100]


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "random": lambda d: os.urandom(len(d)),
    "text": lambda d: "这不是数据库文件，只是一段文字。\n".encode() * 200,
    "truncated": _truncated,
    "page2": _page2_garbage,
    "page4_zeroed": _page_zeroed,
    "header_only": _header_only,
}


@pytest.fixture
def healthy_bytes(db_path: Path) -> bytes:
    ctx = open_store(db_path, clock=FakeClock())
    users.login(ctx, "admin", ADMIN_PASSWORD)
    ctx.db.dispose()  # checkpoints the WAL into the main file
    assert not Path(str(db_path) + "-wal").exists()
    return db_path.read_bytes()


def _damaged(tmp_path: Path, healthy: bytes, kind: str) -> Path:
    path = tmp_path / f"{kind}.sqlite3"
    path.write_bytes(DAMAGE[kind](healthy))
    return path


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damaged_file_is_refused_and_left_unchanged(
    tmp_path: Path, healthy_bytes: bytes, kind: str
) -> None:
    path = _damaged(tmp_path, healthy_bytes, kind)
    before = path.read_bytes()
    with pytest.raises(StoreDamaged) as err:
        open_store(path)
    assert err.value.path == path and err.value.detail
    assert path.read_bytes() == before
    # no migration backup was made of it, and a second attempt says the same
    assert not (tmp_path / "backups").exists()
    with pytest.raises(StoreDamaged):
        open_store(path)
    assert path.read_bytes() == before
    with pytest.raises(StoreDamaged):
        check_file(path, full=True)


def test_empty_file_is_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    path.write_bytes(b"")
    ctx = open_store(path)
    try:
        assert migrate.current_revision(ctx.db.write_engine) == migrate.head_revision()
        assert not setup.is_initialized(ctx)
    finally:
        ctx.db.dispose()
    assert not (tmp_path / "backups").exists()


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        con.execute("INSERT INTO contacts (name) VALUES ('张三')")
    before = path.read_bytes()
    with pytest.raises(StoreDamaged) as err:
        open_store(path)
    assert "SquadDesk" in err.value.detail
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.db"]


def test_store_from_a_newer_squaddesk_is_refused_untouched(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as con, con:
        con.execute("UPDATE alembic_version SET version_num='zz99_future'")
    before = db_path.read_bytes()
    with pytest.raises(DomainError) as err:
        open_store(db_path)
    assert err.value.code == "store_too_new" and "zz99_future" in err.value.message
    assert "升级" in err.value.message
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def test_cli_on_damaged_files_says_so_in_chinese_without_traceback(
    tmp_path: Path, healthy_bytes: bytes
) -> None:
    calls: list[tuple[Path, tuple[str, ...]]] = []
    files: dict[Path, bytes] = {}
    commands: dict[str, tuple[str, ...]] = {
        "random": ("verify-audit",),
        "text": ("check",),
        "truncated": ("verify-audit",),
        "page2": ("backup", "--to", str(tmp_path / "out")),
    }
    for kind, args in commands.items():
        path = _damaged(tmp_path, healthy_bytes, kind)
        files[path] = path.read_bytes()
        calls.append((path, args))
    results = run_many(calls)
    for (path, args), (code, out, err) in zip(calls, results, strict=True):
        assert code != 0, (path.name, args, out)
        assert "Traceback" not in err and "Traceback" not in out, err
        assert "数据库文件已损坏或不是 SquadDesk 数据库" in err, (path.name, args, err)
        assert "restore" in err
    for path, data in files.items():
        assert path.read_bytes() == data
    assert not (tmp_path / "out").exists()


def test_cli_on_newer_store_and_foreign_file(tmp_path: Path, db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as con, con:
        con.execute("UPDATE alembic_version SET version_num='zz99_future'")
    foreign = tmp_path / "other.db"
    with closing(sqlite3.connect(foreign)) as con, con:
        con.execute("CREATE TABLE t (x)")
    (newer, _, err_newer), (other, _, err_other) = run_many(
        [(db_path, ("verify-audit",)), (foreign, ("verify-audit",))]
    )
    assert newer != 0 and "请升级 SquadDesk" in err_newer and "Traceback" not in err_newer
    assert other != 0 and "不是 SquadDesk 数据库" in err_other and "Traceback" not in err_other


# --- migrations -----------------------------------------------------------------------------


def _store_at_base_revision(path: Path) -> None:
    """A store created by an older SquadDesk: schema at the first migration, with data."""
    assert migrate.head_revision() != BASE_REVISION, "needs at least two migrations"
    db = Database(path)
    cfg = migrate.alembic_config()
    with db.write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, BASE_REVISION)
    ctx = AppContext(db, FakeClock())
    setup.initialize(
        ctx,
        township_name="孝顺镇",
        squad_name="孝顺镇综合行政执法队",
        doc_prefix="孝顺镇综执",
        admin_username="admin",
        admin_display_name="管理员",
        admin_password=ADMIN_PASSWORD,
    )
    users.login(ctx, "admin", ADMIN_PASSWORD)
    db.dispose()
    assert migrate.current_revision(Database(path).write_engine) == BASE_REVISION


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as con:
        tables = [
            n
            for (n,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def test_older_store_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _store_at_base_revision(path)
    old_state = _dump(path)
    clock = FakeClock()

    ctx = open_store(path, clock=clock)
    try:
        assert migrate.current_revision(ctx.db.write_engine) == migrate.head_revision()
        backups = backup.list_backups(backup.default_backup_dir(path))
        assert [b.reason for b in backups] == ["pre-migration"]
        saved = backups[0].path
        check_file(saved, full=True)
        assert _dump(saved) == old_state  # exactly the store as it was before the upgrade
        with closing(sqlite3.connect(saved)) as con:
            assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (BASE_REVISION,)
            ]
        # the data came through the upgrade
        assert setup.township(ctx) is not None and setup.township(ctx).name == "孝顺镇"  # type: ignore[union-attr]
        assert users.login(ctx, "admin", ADMIN_PASSWORD).username == "admin"
        report = audit.verify(ctx)
        assert report.ok and report.checked == 3
    finally:
        ctx.db.dispose()

    # opening again: already current, no second backup
    again = open_store(path, clock=clock)
    again.db.dispose()
    assert len(backup.list_backups(backup.default_backup_dir(path))) == 1


def test_no_migration_without_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _store_at_base_revision(path)
    (tmp_path / "backups").write_text("a file where the backup folder should be", encoding="utf-8")
    with pytest.raises(DomainError) as err:
        open_store(path)
    assert err.value.code == "premigration_backup_failed"
    assert migrate.current_revision(Database(path).write_engine) == BASE_REVISION


def test_current_store_opens_without_backup(db_path: Path) -> None:
    ctx = open_store(db_path)
    ctx.db.dispose()
    assert not (db_path.parent / "backups").exists()


def test_new_store_in_a_new_folder(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "squaddesk.sqlite3"
    ctx = open_store(path)
    try:
        assert migrate.current_revision(ctx.db.write_engine) == migrate.head_revision()
        with ctx.db.write_engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        ctx.db.dispose()
    assert not (path.parent / "backups").exists()
    shutil.rmtree(tmp_path / "a")


def test_older_store_is_not_migrated_before_a_pending_check_passes(tmp_path: Path) -> None:
    """The desktop app opens the store while its quick_check still runs: a store that needs
    migrating waits for the check, and one that fails it gets neither backup nor upgrade."""
    path = tmp_path / "old.sqlite3"
    _store_at_base_revision(path)
    before = path.read_bytes()
    waited: list[bool] = []

    def failing_check() -> None:
        waited.append(True)
        raise StoreDamaged(path, "Page 3: btreeInitPage() returns error code 11")

    with pytest.raises(StoreDamaged):
        open_store(path, pending_check=failing_check)
    assert waited == [True] and path.read_bytes() == before
    assert backup.list_backups(backup.default_backup_dir(path)) == []

    ctx = open_store(path, pending_check=lambda: waited.append(True))
    try:
        assert waited == [True, True] and not ctx.db.check_pending
        assert migrate.current_revision(ctx.db.write_engine) == migrate.head_revision()
    finally:
        ctx.db.dispose()
