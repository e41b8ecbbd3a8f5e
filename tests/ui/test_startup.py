"""Start-up: first-run wizard, login and lockout, forced password change, damaged store,
crash hook, logging, and the real process with --exit-when-shown."""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.context import SYSTEM_ACTOR, Actor, AppContext
from app.rules.roles import Role
from app.services import backup as backup_service
from app.services import demo, setup, users
from app.store import open_store
from local_db.backup import BackupInfo
from tests.conftest import ADMIN_PASSWORD, FakeClock
from ui import errors as ui_errors
from ui import startup
from ui.dialogs.damaged import DamagedStoreDialog
from ui.dialogs.login import ChangePasswordDialog, LoginDialog
from ui.dialogs.wizard import SetupWizard

ROOT = Path(__file__).resolve().parents[2]

# The offscreen platform warns when a top-level window is shown; nothing to fix in our code.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


# -- first-run wizard -----------------------------------------------------------------------
def _wizard(qtbot: QtBot, ctx: AppContext) -> SetupWizard:
    wiz = SetupWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    page = wiz.township_page
    page.township.setText("孝顺镇")
    assert page.squad.text() == "孝顺镇综合行政执法队"
    assert page.prefix.text() == "孝顺镇综执"
    wiz.next()
    assert wiz.currentPage() is wiz.admin_page
    return wiz


def _fill_admin(wiz: SetupWizard, password: str, again: str | None = None) -> None:
    p = wiz.admin_page
    p.username.setText("boss")
    p.display_name.setText("王队长")
    p.password.setText(password)
    p.confirm.setText(password if again is None else again)


def test_wizard_initialises_store_and_admin_can_log_in(qtbot: QtBot, empty_ctx: AppContext) -> None:
    wiz = _wizard(qtbot, empty_ctx)
    _fill_admin(wiz, "good-pass-1")
    with qtbot.waitSignal(wiz.accepted, timeout=3000):
        wiz.button(QWizard.WizardButton.FinishButton).click()
    assert setup.is_initialized(empty_ctx)
    town = setup.township(empty_ctx)
    assert town is not None and town.squad_name == "孝顺镇综合行政执法队"
    assert town.doc_prefix == "孝顺镇综执"
    actor = users.login(empty_ctx, "boss", "good-pass-1")
    assert actor.display_name == "王队长" and Role.ADMIN in actor.roles
    assert wiz.admin_username == "boss"


def test_wizard_keeps_hand_edited_squad_name(qtbot: QtBot, empty_ctx: AppContext) -> None:
    wiz = SetupWizard(empty_ctx)
    qtbot.addWidget(wiz)
    page = wiz.township_page
    page.township.setText("孝顺")
    page.squad.setText("孝顺镇执法中队")
    page.township.setText("孝顺镇")
    assert page.squad.text() == "孝顺镇执法中队"
    assert page.prefix.text() == "孝顺镇综执"


def test_wizard_shows_service_message_next_to_password(qtbot: QtBot, empty_ctx: AppContext) -> None:
    wiz = _wizard(qtbot, empty_ctx)
    _fill_admin(wiz, "short1")
    wiz.button(QWizard.WizardButton.FinishButton).click()
    error = wiz.admin_page.errors["password"]
    assert error.isVisible()
    assert error.text() == "密码至少需要 8 位。"
    assert not setup.is_initialized(empty_ctx)

    _fill_admin(wiz, "good-pass-1", again="good-pass-2")
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert wiz.admin_page.errors["confirm_password"].text() == "两次输入的密码不一致。"
    assert not wiz.admin_page.errors["password"].isVisible()
    assert not setup.is_initialized(empty_ctx)


def test_wizard_first_page_refuses_empty_township(qtbot: QtBot, empty_ctx: AppContext) -> None:
    wiz = SetupWizard(empty_ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    assert wiz.currentPage() is wiz.township_page
    assert wiz.township_page.errors["township_name"].text() == "请填写乡镇（街道）名称。"


# -- login ----------------------------------------------------------------------------------
def _login_dialog(qtbot: QtBot, ctx: AppContext, **kwargs: str) -> LoginDialog:
    dlg = LoginDialog(ctx, **kwargs)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _try(qtbot: QtBot, dlg: LoginDialog, username: str, password: str) -> None:
    dlg.username.setText(username)
    dlg.password.setText(password)
    qtbot.mouseClick(dlg.login_button, Qt.MouseButton.LeftButton)


def test_login_success(qtbot: QtBot, ctx: AppContext) -> None:
    dlg = _login_dialog(qtbot, ctx, hint="演示提示")
    assert dlg.hint_label.isVisible() and dlg.hint_label.text() == "演示提示"
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        _try(qtbot, dlg, "admin", ADMIN_PASSWORD)
    assert dlg.actor is not None and dlg.actor.username == "admin"


def test_login_lockout_after_five_failures(qtbot: QtBot, ctx: AppContext, clock: FakeClock) -> None:
    dlg = _login_dialog(qtbot, ctx)
    for left in (4, 3, 2, 1):
        _try(qtbot, dlg, "admin", "wrong-pass-1")
        assert dlg.message.text() == f"用户名或密码错误（再错 {left} 次将锁定账户）。"
        assert dlg.password.text() == ""
    _try(qtbot, dlg, "admin", "wrong-pass-1")
    assert dlg.message.text() == "密码错误次数过多，账户已锁定，请 5 分钟后再试。"
    _try(qtbot, dlg, "admin", ADMIN_PASSWORD)  # right password, still locked
    assert dlg.actor is None and dlg.isVisible()
    assert "账户已锁定" in dlg.message.text()
    clock.advance(minutes=5)
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        _try(qtbot, dlg, "admin", ADMIN_PASSWORD)
    assert dlg.actor is not None


def test_unknown_user_gets_the_same_message(qtbot: QtBot, ctx: AppContext) -> None:
    dlg = _login_dialog(qtbot, ctx)
    _try(qtbot, dlg, "nobody", "whatever-1")
    unknown = dlg.message.text()
    _try(qtbot, dlg, "admin", "whatever-1")
    # An unknown name is answered exactly like a real account's first wrong password.
    assert unknown == dlg.message.text() == "用户名或密码错误（再错 4 次将锁定账户）。"


def test_must_change_password_flow(
    qtbot: QtBot, ctx: AppContext, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    users.create_user(
        ctx,
        admin,
        username="lina",
        display_name="李娜",
        roles={Role.OFFICER},
        password="first-pass-1",
    )
    seen: list[ChangePasswordDialog] = []

    def fake_login(cls: type, c: AppContext, **_: str) -> Actor:
        return users.login(c, "lina", "first-pass-1")

    def fake_change(cls: type, c: AppContext, actor: Actor, *, forced: bool = False) -> bool:
        assert forced
        dlg = ChangePasswordDialog(c, actor, forced=True)
        qtbot.addWidget(dlg)
        dlg.show()
        seen.append(dlg)
        dlg.old_password.setText("first-pass-1")
        dlg.new_password.setText("first-pass-1")
        dlg.confirm_password.setText("first-pass-1")
        dlg.ok_button.click()
        assert dlg.new_error.text() == "新密码不能与原密码相同。"
        dlg.new_password.setText("mine-pass-2")
        dlg.confirm_password.setText("mine-pass-3")
        dlg.ok_button.click()
        assert dlg.confirm_error.text() == "两次输入的新密码不一致。"
        dlg.confirm_password.setText("mine-pass-2")
        with qtbot.waitSignal(dlg.accepted, timeout=3000):
            dlg.ok_button.click()
        return True

    monkeypatch.setattr(LoginDialog, "ask", classmethod(fake_login))
    monkeypatch.setattr(ChangePasswordDialog, "ask", classmethod(fake_change))
    actor = startup.authenticate(ctx)
    assert actor is not None and actor.username == "lina"
    assert len(seen) == 1
    assert actor.user_id is not None
    assert not users.get_user(ctx, actor.user_id).must_change_password
    assert users.login(ctx, "lina", "mine-pass-2").username == "lina"


def test_authenticate_runs_wizard_on_empty_store(
    ctx: AppContext, empty_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def fake_wizard(cls: type, c: AppContext) -> str:
        setup.initialize(
            c,
            township_name="孝顺镇",
            squad_name="孝顺镇综合行政执法队",
            doc_prefix="孝顺镇综执",
            admin_username="boss",
            admin_display_name="王队长",
            admin_password="good-pass-1",
        )
        calls.append("wizard")
        return "boss"

    def fake_login(cls: type, c: AppContext, *, hint: str = "", username: str = "") -> Actor:
        calls.append(f"login:{username}")
        return users.login(c, username, "good-pass-1")

    monkeypatch.setattr(SetupWizard, "ask", classmethod(fake_wizard))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(fake_login))
    actor = startup.authenticate(empty_ctx)
    assert actor is not None and actor.username == "boss"
    assert calls == ["wizard", "login:boss"]
    monkeypatch.setattr(SetupWizard, "ask", classmethod(lambda cls, c: None))
    assert startup.authenticate(open_store(empty_ctx.db_path.with_name("other.sqlite3"))) is None


# -- damaged store --------------------------------------------------------------------------
def test_damaged_store_is_restored_from_newest_backup(
    ctx: AppContext, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup_service.backup_now(ctx, admin)
    path = ctx.db_path
    ctx.db.dispose()
    garbage = b"this is not a database " * 400
    path.write_bytes(garbage)
    asked: list[tuple[Path, BackupInfo | None]] = []

    def answer_restore(cls: type, db_path: Path, backup: BackupInfo | None) -> bool:
        asked.append((db_path, backup))
        return True

    monkeypatch.setattr(DamagedStoreDialog, "ask", classmethod(answer_restore))
    opened = startup.open_store_for_start(path)
    assert opened is not None
    try:
        assert asked and asked[0][0] == path and asked[0][1] is not None
        assert setup.is_initialized(opened.ctx)
        assert users.login(opened.ctx, "admin", ADMIN_PASSWORD).username == "admin"
        main_aside = [
            p
            for p in path.parent.iterdir()
            if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
        ]
        assert len(main_aside) == 1
        assert main_aside[0].read_bytes() == garbage
        assert "备份恢复" in opened.notice and str(main_aside[0]) in opened.notice
    finally:
        opened.ctx.db.dispose()


def test_damaged_store_without_backup_quits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "squaddesk.sqlite3"
    path.write_bytes(b"garbage" * 100)
    asked: list[BackupInfo | None] = []
    monkeypatch.setattr(
        DamagedStoreDialog, "ask", classmethod(lambda cls, p, b: asked.append(b) or False)
    )
    assert startup.open_store_for_start(path) is None
    assert asked == [None]
    assert path.read_bytes() == b"garbage" * 100


def test_damaged_store_user_quits_keeps_file(
    ctx: AppContext, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup_service.backup_now(ctx, admin)
    path = ctx.db_path
    ctx.db.dispose()
    path.write_bytes(b"x" * 5000)
    monkeypatch.setattr(DamagedStoreDialog, "ask", classmethod(lambda cls, p, b: False))
    assert startup.open_store_for_start(path) is None
    assert path.read_bytes() == b"x" * 5000


# -- crash hook and logging -----------------------------------------------------------------
def test_excepthook_logs_and_shows_log_path(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_path = startup.configure_logging(tmp_path / "log")
    try:
        shown: list[tuple[str, Path | None]] = []
        monkeypatch.setattr(
            ui_errors.CrashDialog, "ask", classmethod(lambda cls, m, p: shown.append((m, p)))
        )
        ui_errors.install_excepthook(log_path)
        assert sys.excepthook is ui_errors.handle_uncaught
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        assert shown == [("程序遇到意外错误，当前操作未完成。已保存的数据不受影响。", log_path)]
        for h in logging.getLogger().handlers:
            h.flush()
        text = log_path.read_text(encoding="utf-8")
        assert "RuntimeError: boom in a slot" in text and "Traceback" in text
    finally:
        _drop_file_handlers()


def test_log_rotates_at_one_megabyte(tmp_path: Path) -> None:
    log_path = startup.configure_logging(tmp_path / "log")
    try:
        handlers = [
            h
            for h in logging.getLogger().handlers
            if isinstance(h, logging.handlers.RotatingFileHandler)
        ]
        assert len(handlers) == 1
        assert handlers[0].maxBytes == 1024 * 1024 and handlers[0].backupCount == 5
        assert Path(handlers[0].baseFilename) == log_path
    finally:
        _drop_file_handlers()


def test_login_never_logs_the_password(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    log_path = startup.configure_logging(tmp_path / "log")
    try:
        dlg = _login_dialog(qtbot, ctx)
        _try(qtbot, dlg, "admin", "wrong-secret-9")
        with qtbot.waitSignal(dlg.accepted, timeout=3000):
            _try(qtbot, dlg, "admin", ADMIN_PASSWORD)
        for h in logging.getLogger().handlers:
            h.flush()
        text = log_path.read_text(encoding="utf-8")
        assert "Logged in: admin" in text
        assert "wrong-secret-9" not in text and ADMIN_PASSWORD not in text
    finally:
        _drop_file_handlers()


def _drop_file_handlers() -> None:
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "squaddesk", False):
            root.removeHandler(h)
            h.close()


# -- the real process -----------------------------------------------------------------------
def test_exit_when_shown_on_demo_database(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    ctx = open_store(db)
    demo.fill_demo(ctx, sworn=6, auxiliaries=3)
    ctx.db.dispose()
    env = dict(os.environ)
    env.update(
        SQUADDESK_DEMO_AUTOLOGIN="1",
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        HOME=str(tmp_path),
    )
    proc = subprocess.run(
        [sys.executable, "-m", "ui.main", "--db", str(db), "--exit-when-shown"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    marks = dict(line.split() for line in proc.stdout.strip().splitlines())
    # The frame is made first; the auto-login's dashboard, read by a second process while Qt
    # loaded, is painted with it or right after it (figures before or after shown, as the
    # reading process is quicker or slower than the frame), before the database layer is even
    # imported; then the store is opened, the login recorded and the other pages attached.
    # In between, the phases the benchmarks break the time into.
    phases = list(marks)
    assert phases[0] == "qt" and set(phases[1:3]) == {"shown", "figures"}
    assert phases[3:] == ["dashboard", "imported", "store", "login", "attached", "ready"]
    times = [int(marks[p]) for p in phases]
    assert 0 < times[0] and times == sorted(times) and times[-1] < 60_000
    assert "Traceback" not in proc.stderr
    ctx = open_store(db)
    try:  # the login was recorded once the store was open and checked
        admin = next(u for u in users.list_users(ctx, SYSTEM_ACTOR) if u.username == "admin")
        assert admin.last_login_at is not None
    finally:
        ctx.db.dispose()


def test_demo_builder_shows_progress_and_renames_at_the_end(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[tuple[str, int, int]] = []

    def small_year(ctx: AppContext, progress: object = None) -> object:
        assert callable(progress)
        progress("人员与账户", 0, 2)
        admin = demo.fill_demo(ctx, sworn=4, auxiliaries=2)
        progress("案件", 1, 2)
        return admin

    monkeypatch.setattr(demo, "fill_township_year", small_year)
    target = tmp_path / "demo.sqlite3"
    builder = startup.DemoBuilder(target, None)
    builder.progressed.connect(lambda *a: steps.append(a))
    with qtbot.waitSignal(builder.finished, timeout=20_000) as done:
        builder.start()
    assert done.args == [None]
    assert [s[0] for s in steps] == ["人员与账户", "案件"]
    assert target.exists() and not target.with_name("demo.sqlite3.building").exists()
    ctx = open_store(target)
    try:
        assert setup.is_initialized(ctx)
    finally:
        ctx.db.dispose()


def test_update_request_is_qts_event_type() -> None:
    """ui.main flushes a pending paint by this number (naming the enum would build it)."""
    from PySide6.QtCore import QEvent

    from ui.main import UPDATE_REQUEST

    assert UPDATE_REQUEST == QEvent.Type.UpdateRequest.value


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux clock ticks since boot")
def test_process_start_time_is_when_the_process_was_spawned() -> None:
    """The start-up figures count from the process's creation: never before it was spawned
    (less the clock tick it is counted in), never after it ran. /proc/stat's btime, whole
    seconds, put it up to a second early."""
    code = "from ui.main import process_start_time; print(repr(process_start_time()))"
    tick = 1 / os.sysconf("SC_CLK_TCK")
    for _ in range(3):
        before = time.time()
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        after = time.time()
        started = float(out)
        assert before - tick - 0.002 <= started <= after


def test_typed_db_reads_the_store_path_as_argparse_does() -> None:
    from ui.main import parse_args, typed_db

    for raw in (["--db", "a.sqlite3"], ["--db=a.sqlite3"], ["--db", "x", "--db", "a.sqlite3"],
                ["--lang", "en", "--db", "a.sqlite3", "--exit-when-shown"]):
        assert typed_db(raw) == "a.sqlite3"
        assert parse_args(raw).db == Path("a.sqlite3")
    assert typed_db(["--lang", "en"]) is None
    assert typed_db(["--db"]) is None


def test_first_page_reader_starts_before_argparse_loads(tmp_path: Path) -> None:
    """With the auto-login and --db given, the first page's reading process is started first
    thing: before argparse (or Qt) is even imported."""
    store = tmp_path / "store.sqlite3"
    store.write_bytes(b"x" * 100)
    code = (
        "import os, sys\n"
        "import ui.main as m\n"
        "class Reader:\n"
        "    def __init__(self, path, user):\n"
        "        loaded = [n for n in ('argparse', 'PySide6') if n in sys.modules]\n"
        "        print(os.fspath(path), user, loaded)\n"
        "        raise SystemExit(0)\n"
        "m.FirstPageReader = Reader\n"
        f"m.main(['--exit-when-shown', '--db', {str(store)!r}])\n"
    )
    env = dict(os.environ, SQUADDESK_DEMO_AUTOLOGIN="zhangwei")
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
        check=True,
    ).stdout
    assert out.split() == [str(store), "zhangwei", "[]"]


def test_bad_option_stops_the_early_reader(tmp_path: Path) -> None:
    """argparse refuses the command line after the reader was started from the typed --db:
    the reading process is stopped, not left behind."""
    store = tmp_path / "store.sqlite3"
    store.write_bytes(b"x" * 100)
    code = (
        "import sys\n"
        "import ui.main as m\n"
        "class Reader:\n"
        "    def __init__(self, path, user): pass\n"
        "    def close(self): print('closed')\n"
        "m.FirstPageReader = Reader\n"
        "try:\n"
        f"    m.main(['--db', {str(store)!r}, '--lang', 'xx'])\n"
        "except SystemExit as exc:\n"
        "    print('exit', exc.code)\n"
    )
    env = dict(os.environ, SQUADDESK_DEMO_AUTOLOGIN="zhangwei")
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
        check=True,
    ).stdout
    assert out.split() == ["closed", "exit", "2"]
