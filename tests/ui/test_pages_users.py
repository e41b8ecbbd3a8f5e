"""用户管理 page: create, refuse, reset and disable accounts through the dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.roles import Role
from app.services import users
from app.services.users import LoginFailed
from ui.pages._forms import ServiceDialog
from ui.pages.users import UsersPage

# The offscreen platform warns when a window is shown; nothing to fix in the page.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _page(qtbot: QtBot, ctx: AppContext, actor: Actor) -> UsersPage:
    page = UsersPage(ctx, actor)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    return page


def _usernames(page: UsersPage) -> list[str]:
    m = page.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def _row_text(page: UsersPage, username: str, column: int) -> str:
    m = page.model
    row = _usernames(page).index(username)
    return str(m.data(m.index(row, column)))


def _dialog(page: UsersPage) -> ServiceDialog:
    dialog = page.active_dialog
    assert isinstance(dialog, ServiceDialog)
    assert dialog.isVisible()
    return dialog


def _ok(qtbot: QtBot, dialog: ServiceDialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _create(qtbot: QtBot, page: UsersPage, username: str, name: str, password: str) -> None:
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page)
    qtbot.keyClicks(dialog.username_edit, username)  # type: ignore[attr-defined]
    dialog.name_edit.setText(name)  # type: ignore[attr-defined]
    dialog.role_checks.boxes[Role.OFFICER].setChecked(True)  # type: ignore[attr-defined]
    dialog.password_edit.setText(password)  # type: ignore[attr-defined]
    dialog.password_again.setText(password)  # type: ignore[attr-defined]
    _ok(qtbot, dialog)


def test_page_lists_accounts(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    page = _page(qtbot, ctx, admin)
    assert page.page_title() == "用户管理"
    assert _usernames(page) == ["admin"]
    assert _row_text(page, "admin", 2) == "管理员"
    assert _row_text(page, "admin", 3) == "启用"


def test_create_user_via_dialog_then_login(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    page = _page(qtbot, ctx, admin)
    _create(qtbot, page, "lisi", "李四", "start-pass-1")
    assert "lisi" in _usernames(page)
    assert _row_text(page, "lisi", 1) == "李四"
    assert _row_text(page, "lisi", 2) == "执法队员"
    assert page.selected_user() is not None and page.selected_user().username == "lisi"
    actor = users.login(ctx, "lisi", "start-pass-1")
    assert actor.roles == frozenset({Role.OFFICER})


def test_bad_password_shows_service_message_and_creates_nothing(
    qtbot: QtBot, ctx: AppContext, admin: Actor
) -> None:
    page = _page(qtbot, ctx, admin)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page)
    qtbot.keyClicks(dialog.username_edit, "wangwu")  # type: ignore[attr-defined]
    dialog.name_edit.setText("王五")  # type: ignore[attr-defined]
    dialog.role_checks.boxes[Role.CLERK].setChecked(True)  # type: ignore[attr-defined]
    dialog.password_edit.setText("short")  # type: ignore[attr-defined]
    dialog.password_again.setText("short")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "密码至少需要 8 位。"
    assert dialog.focusWidget() is dialog.password_edit  # type: ignore[attr-defined]
    assert [u.username for u in users.list_users(ctx, admin)] == ["admin"]
    # The two entries differ: the dialog's own check, no service call.
    dialog.password_edit.setText("good-pass-1")  # type: ignore[attr-defined]
    dialog.password_again.setText("good-pass-2")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "两次输入的密码不一致。"
    assert [u.username for u in users.list_users(ctx, admin)] == ["admin"]
    # No role ticked: the service names the roles field.
    dialog.role_checks.boxes[Role.CLERK].setChecked(False)  # type: ignore[attr-defined]
    dialog.password_again.setText("good-pass-1")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "请至少选择一个角色。"
    assert dialog.focusWidget() is dialog.role_checks.boxes[Role.LEADER]  # type: ignore[attr-defined]
    # Esc cancels.
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert _usernames(page) == ["admin"]


def test_enter_accepts_edit_dialog(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    page = _page(qtbot, ctx, admin)
    _create(qtbot, page, "lisi", "李四", "start-pass-1")
    page.select_user(users.list_users(ctx, admin)[1].id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a row opens 修改
    dialog = _dialog(page)
    dialog.name_edit.setText("李四光")  # type: ignore[attr-defined]
    dialog.role_checks.boxes[Role.REVIEWER].setChecked(True)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert _row_text(page, "lisi", 1) == "李四光"
    assert _row_text(page, "lisi", 2) == "执法队员、法制审核员"


def test_reset_password(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    page = _page(qtbot, ctx, admin)
    _create(qtbot, page, "lisi", "李四", "start-pass-1")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page)
    dialog.password_edit.setText("new-pass-22")  # type: ignore[attr-defined]
    dialog.password_again.setText("new-pass-22")  # type: ignore[attr-defined]
    _ok(qtbot, dialog)
    with pytest.raises(LoginFailed):
        users.login(ctx, "lisi", "start-pass-1")
    assert users.login(ctx, "lisi", "new-pass-22").username == "lisi"


def test_disable_user_then_login_refused(
    qtbot: QtBot, ctx: AppContext, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, ctx, admin)
    _create(qtbot, page, "lisi", "李四", "start-pass-1")
    asked: list[str] = []

    def confirm(title: str, text: str, ok_text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(page, "ask_confirm", confirm)
    assert page.active_button.text().startswith("停用")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert asked and "李四" in asked[0]
    assert _row_text(page, "lisi", 3) == "停用"
    assert page.active_button.text().startswith("启用")
    with pytest.raises(LoginFailed) as refused:
        users.login(ctx, "lisi", "start-pass-1")
    assert refused.value.code == "account_disabled"


def test_disabling_yourself_shows_the_service_message(
    qtbot: QtBot, ctx: AppContext, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, ctx, admin)
    monkeypatch.setattr(page, "ask_confirm", lambda *args: True)
    page.select_user(admin.user_id or "")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert page.message_label.isVisible()
    assert page.message_label.text() == "不能停用当前登录的账户。"
    assert _row_text(page, "admin", 3) == "启用"


def test_cancelled_confirmation_changes_nothing(
    qtbot: QtBot, ctx: AppContext, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, ctx, admin)
    _create(qtbot, page, "lisi", "李四", "start-pass-1")
    monkeypatch.setattr(page, "ask_confirm", lambda *args: False)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert _row_text(page, "lisi", 3) == "启用"


def test_model_is_consistent(
    qtbot: QtBot, qtmodeltester: object, ctx: AppContext, admin: Actor
) -> None:
    page = _page(qtbot, ctx, admin)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
