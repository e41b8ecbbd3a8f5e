"""The store check started at launch (ui.main.start_store_check) and its use at login."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.errors import DomainError
from app.services import backup as backup_service
from app.services import demo, setup, users
from app.store import open_store
from local_db.backup import BackupInfo, default_backup_dir
from local_db.engine import StoreDamaged
from ui import startup
from ui.dialogs.damaged import DamagedStoreDialog
from ui.dialogs.login import LoginDialog
from ui.main import start_store_check
from ui.settings import Settings

from tests.conftest import ADMIN_PASSWORD


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


# --- the check deferred past the first page (auto-login) ---------------------------------


def _snapshot(path: Path) -> bytes:
    return path.read_bytes()


def _gate(release: threading.Event, damaged: bool) -> Callable[[], None]:
    """A launch check that finishes when `release` is set, failing if `damaged`."""

    def wait() -> None:
        assert release.wait(30)
        if damaged:
            raise StoreDamaged(Path("x"), "*** in database main *** Page 7: btreeInitPage() error")

    return wait


def test_pending_check_lets_reads_through_and_holds_writes(db_path: Path) -> None:
    release = threading.Event()
    ctx = open_store(db_path, pending_check=_gate(release, damaged=False))
    try:
        assert ctx.db.check_pending
        assert setup.is_initialized(ctx)  # reading does not wait
        written = threading.Event()

        def write() -> None:
            users.record_login(ctx, admin, ctx.clock.now())
            written.set()

        admin = users.verify_login(ctx, "admin", ADMIN_PASSWORD)
        assert admin is not None
        worker = threading.Thread(target=write)
        worker.start()
        assert not written.wait(0.3)  # the write waits for the check
        release.set()
        worker.join(30)
        assert written.is_set() and not ctx.db.check_pending
        info = users.get_user(ctx, admin.user_id)
        assert info.last_login_at is not None
    finally:
        ctx.db.dispose()


def test_failed_pending_check_refuses_every_write_and_leaves_the_file(db_path: Path) -> None:
    release = threading.Event()
    release.set()
    before = _snapshot(db_path)
    ctx = open_store(db_path, pending_check=_gate(release, damaged=True))
    try:
        admin = users.verify_login(ctx, "admin", ADMIN_PASSWORD)
        assert admin is not None
        for _ in range(2):  # refused again on a later write
            with pytest.raises(StoreDamaged):
                users.record_login(ctx, admin, ctx.clock.now())
        with pytest.raises(StoreDamaged):
            users.login(ctx, "admin", ADMIN_PASSWORD)
    finally:
        ctx.db.dispose()
    assert _snapshot(db_path) == before


def test_verify_login_writes_nothing_and_refuses_what_login_refuses(ctx: AppContext) -> None:
    assert users.verify_login(ctx, "admin", "wrong-password") is None
    assert users.verify_login(ctx, "nobody", ADMIN_PASSWORD) is None
    with pytest.raises(users.LoginFailed) as failed:  # verify_login counted no failure
        users.login(ctx, "admin", "wrong-password")
    assert failed.value.params == {"left": 4}
    actor = users.verify_login(ctx, " admin ", ADMIN_PASSWORD)
    assert actor is not None and actor == users.login(ctx, "admin", ADMIN_PASSWORD)
    assert users.get_user(ctx, actor.user_id).last_login_at is not None  # type: ignore[arg-type]


def _autologin_session(
    db_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch, wait: Callable[[], None]
) -> tuple[startup.Session, list[int]]:
    monkeypatch.setattr(demo, "DEMO_PASSWORD", ADMIN_PASSWORD)
    session = startup.Session(db_path, settings=settings, autologin=True, precheck=wait)
    exits: list[int] = []
    session.exit_app = exits.append
    return session, exits


def _logins(path: Path) -> int:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(
            con.execute("SELECT count(*) FROM audit_log WHERE action = 'user.login'").fetchone()[0]
        )
    finally:
        con.close()


def test_autologin_shows_the_dashboard_before_the_check_and_records_the_login_after(
    qtbot: QtBot, db_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    logins = _logins(db_path)
    session, exits = _autologin_session(db_path, settings, monkeypatch, _gate(release, False))
    with qtbot.waitSignal(session.dashboard_shown, timeout=20_000):
        assert session.start() is None
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert session.window.attached and session.ctx is not None and session.ctx.db.check_pending
    assert session.daily_backup is None  # no backup of an unchecked store
    release.set()
    qtbot.waitUntil(lambda: session.daily_backup is not None, timeout=20_000)
    assert isinstance(session.daily_backup, Path)
    assert _logins(db_path) == logins + 1 and exits == []
    session.close_store()


def test_autologin_on_a_store_failing_the_check_offers_the_restore_and_writes_nothing(
    qtbot: QtBot, db_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    before = _snapshot(db_path)
    asked: list[Path] = []
    monkeypatch.setattr(
        DamagedStoreDialog, "ask", classmethod(lambda cls, p, b: asked.append(p) or False)
    )
    session, exits = _autologin_session(db_path, settings, monkeypatch, _gate(release, True))
    with qtbot.waitSignal(session.dashboard_shown, timeout=20_000):
        assert session.start() is None
    release.set()
    qtbot.waitUntil(lambda: exits == [2], timeout=20_000)
    assert asked == [db_path] and session.window is None and session.ctx is None
    assert _snapshot(db_path) == before  # not one write: no login recorded, no backup


def test_login_dialog_shows_before_the_check_and_a_failed_check_leads_to_the_restore(
    qtbot: QtBot, db_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    before = _snapshot(db_path)
    seen: list[bool] = []

    def type_password(cls: type, ctx: AppContext, **_: str) -> Actor | None:
        seen.append(ctx.db.check_pending)  # on screen while the check still runs
        release.set()
        dlg = LoginDialog(ctx)
        qtbot.addWidget(dlg)
        dlg.username.setText("admin")
        dlg.password.setText(ADMIN_PASSWORD)
        dlg.try_login()  # logging in writes: waits for the check, which fails
        assert dlg.damaged is not None and dlg.actor is None
        raise dlg.damaged

    monkeypatch.setattr(LoginDialog, "ask", classmethod(type_password))
    asked: list[Path] = []
    monkeypatch.setattr(
        DamagedStoreDialog, "ask", classmethod(lambda cls, p, b: asked.append(p) or False)
    )
    session = startup.Session(db_path, settings=settings, precheck=_gate(release, True))
    assert session.start() == 2
    assert seen == [True] and asked == [db_path] and session.ctx is None
    assert _snapshot(db_path) == before


def test_no_backup_of_a_store_failing_the_pending_check(db_path: Path) -> None:
    release = threading.Event()
    release.set()
    ctx = open_store(db_path, pending_check=_gate(release, damaged=True))
    try:
        with pytest.raises(DomainError) as failed:
            backup_service.daily_backup_if_due(ctx)
        assert failed.value.code == "backup_failed"
        assert not default_backup_dir(db_path).exists() or not any(
            default_backup_dir(db_path).iterdir()
        )
    finally:
        ctx.db.dispose()
