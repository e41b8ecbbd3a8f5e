"""The main window, its pages per role, backups and restore, settings, and translations."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.errors import ValidationError
from app.resources import resource_path
from app.rules.roles import Role
from app.services import backup as backup_service
from app.services import setup, users
from tests.conftest import ADMIN_PASSWORD
from ui import i18n, startup, tasks
from ui.app_window import AppWindow
from ui.dialogs.login import ChangePasswordDialog, LoginDialog
from ui.errors import error_text, label_text
from ui.pages.audit import AuditPage
from ui.pages.backups import BackupsPage
from ui.pages.case_stats import StatisticsPage
from ui.pages.cases import CasesPage
from ui.pages.dashboard import DashboardPage
from ui.pages.equipment import EquipmentPage
from ui.pages.seized import SeizedGoodsPage
from ui.pages.settings import SettingsPage
from ui.pages.staff import StaffPage
from ui.pages.sync import SyncPage
from ui.pages.training import TrainingPage
from ui.pages.users import UsersPage
from ui.settings import Settings
from ui.widgets import Messages

# The offscreen platform warns when a top-level window is shown; nothing to fix in our code.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _window(qtbot: QtBot, ctx: AppContext, actor: Actor, settings: Settings) -> AppWindow:
    win = AppWindow(ctx, actor, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_admin_sees_every_page(
    qtbot: QtBot, ctx: AppContext, admin: Actor, settings: Settings
) -> None:
    win = _window(qtbot, ctx, admin, settings)
    kinds = [type(p) for p in win.pages]
    # The administrator has no enforcement role: no case pages (办/审/定 are others' work).
    assert kinds == [
        DashboardPage,
        StaffPage,
        TrainingPage,
        EquipmentPage,
        SeizedGoodsPage,
        UsersPage,
        AuditPage,
        SyncPage,
        BackupsPage,
        SettingsPage,
    ]
    assert win.page_titles() == [p.page_title() for p in win.pages]  # type: ignore[attr-defined]
    assert all(win.page_titles())
    assert win.backup_action.isEnabled()
    assert win.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert win.sync_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    qtbot.waitUntil(lambda: win.sync_worker is not None)  # attached after the first page shows
    assert win.sync_label.text() == "未连接县局"
    assert win.sync_worker.next_delay_s is None  # not enrolled: nothing scheduled
    settings_page = win.page_of_type(SettingsPage)
    assert isinstance(settings_page, SettingsPage) and settings_page.township_box is not None


def test_officer_sees_no_user_admin(
    qtbot: QtBot, ctx: AppContext, officer: Actor, settings: Settings
) -> None:
    win = _window(qtbot, ctx, officer, settings)
    assert [type(p) for p in win.pages] == [
        DashboardPage,
        CasesPage,
        StatisticsPage,
        StaffPage,
        TrainingPage,
        EquipmentPage,
        SeizedGoodsPage,
        SyncPage,
        SettingsPage,
    ]
    assert not win.backup_action.isEnabled()
    settings_page = win.page_of_type(SettingsPage)
    assert isinstance(settings_page, SettingsPage) and settings_page.township_box is None
    assert "执法队员" in win.user_label.text() and "李娜" in win.user_label.text()


def test_change_password_from_menu(
    qtbot: QtBot,
    ctx: AppContext,
    officer: Actor,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[Actor] = []

    def fake_ask(cls: type, c: AppContext, actor: Actor, **_: object) -> bool:
        asked.append(actor)
        return True

    monkeypatch.setattr(ChangePasswordDialog, "ask", classmethod(fake_ask))
    win = _window(qtbot, ctx, officer, settings)
    win.password_action.trigger()
    assert asked == [officer]
    assert win.statusBar().currentMessage() == "密码已修改。"


def test_status_bar_and_navigation(
    qtbot: QtBot, ctx: AppContext, admin: Actor, settings: Settings
) -> None:
    win = _window(qtbot, ctx, admin, settings)
    assert win.township_label.text() == "孝顺镇 · 孝顺镇综合行政执法队"
    assert win.user_label.text() == "用户：管理员（管理员）"
    assert str(ctx.db_path) in win.db_label.toolTip()
    assert win.db_label.text().endswith("squaddesk.sqlite3")
    assert "孝顺镇综合行政执法队" in win.windowTitle()
    backups = win.backups_page()
    assert backups is not None
    win.nav.setCurrentRow(win.pages.index(backups))
    assert win.stack.currentWidget() is backups


def test_backup_now_runs_in_background(
    qtbot: QtBot, ctx: AppContext, admin: Actor, settings: Settings
) -> None:
    win = _window(qtbot, ctx, admin, settings)
    page = win.backups_page()
    assert page is not None and page.table.rowCount() == 0
    with qtbot.waitSignal(page.backup_finished, timeout=10_000) as blocker:
        win.backup_action.trigger()
        assert win.stack.currentWidget() is page
        assert page.busy.isVisible() and not page.backup_button.isEnabled()
    assert isinstance(blocker.args[0], Path) and blocker.args[0].exists()
    assert not page.busy.isVisible() and page.backup_button.isEnabled()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "手动备份"
    assert page.selected() is not None and page.restore_button.isEnabled()


def test_restore_from_backup_reopens_store_and_logs_in_again(
    qtbot: QtBot, db_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    logins: list[str] = []

    def fake_login(cls: type, ctx: AppContext, *, hint: str = "", username: str = "") -> Actor:
        logins.append(str(ctx.db_path))
        return users.login(ctx, "admin", ADMIN_PASSWORD)

    monkeypatch.setattr(LoginDialog, "ask", classmethod(fake_login))
    confirmations: list[str] = []
    monkeypatch.setattr(
        Messages,
        "confirm",
        classmethod(lambda cls, p, title, text, ok: confirmations.append(text) or True),
    )
    session = startup.Session(db_path, settings=settings)
    exits: list[int] = []
    session.exit_app = exits.append
    assert session.start() is None
    first = session.window
    assert first is not None and session.ctx is not None
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: session.daily_backup is not None, timeout=10_000)
    assert isinstance(session.daily_backup, Path)
    ctx = session.ctx
    admin = first.actor
    users.create_user(
        ctx,
        admin,
        username="later",
        display_name="后来者",
        roles={Role.CLERK},
        password="later-pass-1",
    )
    page = first.backups_page()
    assert page is not None
    page.refresh()
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "每日自动备份"

    # The dashboard's workers (the first page) must be done: restore refuses while busy.
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=10_000)
    page.restore_button.click()
    assert confirmations and "重新登录" in confirmations[0]
    qtbot.waitUntil(
        lambda: session.window is not None and session.window is not first, timeout=5000
    )
    second = session.window
    assert second is not None and session.ctx is not None
    qtbot.addWidget(second)
    assert logins == [str(db_path), str(db_path)]
    assert [u.username for u in users.list_users(session.ctx, second.actor)] == ["admin"]
    assert "已从" in second.statusBar().currentMessage()
    kept = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name]
    assert kept, "the replaced database file is kept aside"
    assert exits == []
    second.close()
    assert exits == [0] and session.ctx is None


def test_settings_language_is_stored(
    qtbot: QtBot, ctx: AppContext, officer: Actor, settings: Settings
) -> None:
    page = SettingsPage(ctx, officer, settings=settings)
    qtbot.addWidget(page)
    assert page.language.currentData() == "zh"
    page.language.setCurrentIndex(page.language.findData("en"))
    assert Settings().language == "en"
    assert "English" in page.language_note.text()


def test_settings_township_form_for_admin(
    qtbot: QtBot, ctx: AppContext, admin: Actor, settings: Settings
) -> None:
    win = _window(qtbot, ctx, admin, settings)
    page = win.page_of_type(SettingsPage)
    assert isinstance(page, SettingsPage)
    assert page.name.text() == "孝顺镇"
    page.name.setText("")
    page.save_button.click()
    assert page.errors["township_name"].text() == "请填写乡镇（街道）名称。"
    page.name.setText("新塘街道")
    page.squad.setText("新塘街道综合行政执法队")
    page.save_button.click()
    assert not page.errors["township_name"].isVisible()
    town = setup.township(ctx)
    assert town is not None and town.name == "新塘街道"
    assert win.township_label.text() == "新塘街道 · 新塘街道综合行政执法队"


# -- translations ---------------------------------------------------------------------------
def test_english_translation_is_complete() -> None:
    ts = resource_path("translations/squaddesk_en.ts")
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    bad = [
        m.findtext("source")
        for m in messages
        if m.find("translation") is None
        or not (m.findtext("translation") or "").strip()
        or m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")  # type: ignore[union-attr]
    ]
    assert bad == []
    assert QTranslator().load(str(resource_path("translations/squaddesk_en.qm")))


def test_english_ui_and_domain_messages(
    qtbot: QtBot, ctx: AppContext, admin: Actor, settings: Settings
) -> None:
    assert i18n.install_translators("en")
    exc = ValidationError("password", "password_too_short", "密码至少需要 {n} 位。", n=8)
    assert error_text(exc) == "The password must have at least 8 characters."
    required = ValidationError("township_name", "required", "请填写{label}。", label="姓名")
    assert error_text(required) == "Please fill in Name."
    assert label_text("执法队员") == "Enforcement officer"
    win = _window(qtbot, ctx, admin, settings)
    assert win.page_titles()[-2:] == ["Backups", "Settings"]
    assert QCoreApplication.translate("LoginDialog", "登录") == "Log in"
    i18n.install_translators("zh")
    assert error_text(exc) == "密码至少需要 8 位。"


def test_backup_service_error_is_shown(
    qtbot: QtBot,
    ctx: AppContext,
    admin: Actor,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.errors import DomainError

    def fail(*_: object, **__: object) -> Path:
        raise DomainError("backup_failed", "备份失败：{detail}", detail="磁盘已满")

    monkeypatch.setattr(backup_service, "backup_now", fail)
    page = BackupsPage(ctx, admin)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.backup_finished, timeout=5000):
        page.backup_button.click()
    assert page.error.text() == "备份失败：磁盘已满"


def test_frame_is_shown_before_the_store_opens_then_attached(
    qtbot: QtBot, db_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.app_window import AppWindow

    seen_while_logging_in: list[bool] = []
    frame = AppWindow(settings=settings)
    qtbot.addWidget(frame)
    frame.show_for_screen()
    assert not frame.attached and frame.page_titles() == []
    assert not frame.backup_action.isEnabled() and not frame.password_action.isEnabled()

    def fake_login(cls: type, ctx: AppContext, *, hint: str = "", username: str = "") -> Actor:
        seen_while_logging_in.append(frame.isVisible() and not frame.attached)
        return users.login(ctx, "admin", ADMIN_PASSWORD)

    monkeypatch.setattr(LoginDialog, "ask", classmethod(fake_login))
    session = startup.Session(db_path, settings=settings)
    session.exit_app = lambda code: None
    with qtbot.waitSignal(session.ready, timeout=10_000):
        assert session.start(window=frame) is None
    assert seen_while_logging_in == [True]
    assert session.window is frame and frame.attached
    assert "人员与证件" in frame.page_titles() and frame.backup_action.isEnabled()
    session.close_store()


def test_cancelled_login_on_the_frame_quits_cleanly(
    qtbot: QtBot, db_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.app_window import AppWindow

    frame = AppWindow(settings=settings)
    qtbot.addWidget(frame)
    frame.show_for_screen()
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, ctx, **kw: None))
    session = startup.Session(db_path, settings=settings)
    exits: list[int] = []
    session.exit_app = exits.append
    assert session.start(window=frame) == 0
    assert session.ctx is None and session.window is None and exits == []
