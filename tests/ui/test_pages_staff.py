"""人员与证件 page: adding members, certificate actions, eligibility, composition, permissions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.certificates import CertAction, CertStatus, StaffKind
from app.rules.roles import Role
from app.services import staff, users
from app.services.staff import StaffInfo, StaffInput
from ui.pages._forms import ServiceDialog
from ui.pages.staff import (
    CertificateActionDialog,
    CertificateHistoryDialog,
    StaffDialog,
    StaffModel,
    StaffPage,
)

# The offscreen platform warns when a window is shown; nothing to fix in the page.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

EXPIRY = date(2028, 12, 31)  # the fixed clock stands in November 2026


def _page(qtbot: QtBot, ctx: AppContext, actor: Actor) -> StaffPage:
    page = StaffPage(ctx, actor)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def _sworn(ctx: AppContext, admin: Actor, name: str, number: str | None = "浙执0001") -> StaffInfo:
    return staff.add_staff(
        ctx,
        admin,
        StaffInput(
            name=name,
            kind=StaffKind.SWORN,
            cert_number=number,
            cert_expires_on=EXPIRY if number else None,
        ),
    )


def _aux(ctx: AppContext, admin: Actor, name: str) -> StaffInfo:
    return staff.add_staff(ctx, admin, StaffInput(name=name, kind=StaffKind.AUXILIARY))


def _cell(
    page: StaffPage, name: str, column: int, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    m = page.model
    for r in range(m.rowCount()):
        if m.rows[r].info.name == name:
            return m.data(m.index(r, column), role)
    raise AssertionError(f"{name} not in the table")


def _names(page: StaffPage) -> list[str]:
    return [r.info.name for r in page.model.rows]


def _ok(qtbot: QtBot, dialog: ServiceDialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_add_member_via_dialog(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    page = _page(qtbot, ctx, admin)
    assert page.page_title() == "人员与证件"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, StaffDialog) and dialog.isVisible()
    dialog.name_edit.setText("张三")
    qtbot.keyClicks(dialog.phone_edit, "13800000000")
    dialog.cert_number_edit.setText("浙执0101")
    dialog.cert_issuer_edit.setText("诸暨市人民政府")
    dialog.expires_edit.empty_box.setChecked(False)
    dialog.expires_edit.date_edit.setDate(QDate(2028, 6, 30))
    _ok(qtbot, dialog)
    assert _names(page) == ["张三"]
    assert page.selected_member() is not None
    assert _cell(page, "张三", StaffModel.KIND) == "执法队员"
    assert _cell(page, "张三", StaffModel.EXPIRES) == "2028-06-30"
    assert _cell(page, "张三", StaffModel.STATUS) == "绿色（有效）"
    assert _cell(page, "张三", StaffModel.ELIGIBLE) == "是"
    assert _cell(page, "张三", StaffModel.PHONE) == "13800000000"
    assert page.composition_label.text() == "在编执法队员 1 人，辅助人员 0 人"
    assert page.limit_label.isHidden()


def test_missing_expiry_is_refused_in_the_dialog(
    qtbot: QtBot, ctx: AppContext, admin: Actor
) -> None:
    page = _page(qtbot, ctx, admin)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, StaffDialog)
    dialog.name_edit.setText("张三")
    dialog.cert_number_edit.setText("浙执0101")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "请填写执法证有效期截止日期。"
    assert dialog.focusWidget() is dialog.expires_edit.empty_box
    assert staff.list_staff(ctx) == []


def test_auxiliary_with_certificate_number_is_refused(
    qtbot: QtBot, ctx: AppContext, admin: Actor
) -> None:
    page = _page(qtbot, ctx, admin)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, StaffDialog)
    dialog.name_edit.setText("李四")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(StaffKind.AUXILIARY))
    dialog.cert_number_edit.setText("浙执0102")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "辅助执法人员不持有行政执法证，请清空执法证号。"
    assert dialog.focusWidget() is dialog.cert_number_edit
    assert staff.list_staff(ctx) == []
    dialog.cert_number_edit.clear()
    _ok(qtbot, dialog)
    assert _cell(page, "李四", StaffModel.STATUS) == "—"
    assert _cell(page, "李四", StaffModel.ELIGIBLE) == "否"


def test_orange_card_via_dialog_makes_member_ineligible(
    qtbot: QtBot, ctx: AppContext, admin: Actor
) -> None:
    member = _sworn(ctx, admin, "王五")
    page = _page(qtbot, ctx, admin)
    page.select_member(member.id)
    qtbot.mouseClick(page.cert_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, CertificateActionDialog)
    offered = [dialog.action_combo.itemData(i) for i in range(dialog.action_combo.count())]
    assert offered == [
        CertAction.ISSUE,
        CertAction.RENEW,
        CertAction.YELLOW,
        CertAction.ORANGE,
        CertAction.RED,
    ]  # 解除 is not possible from green
    dialog.select_action(CertAction.ORANGE)
    assert dialog.after_label.text() == "橙牌暂扣"
    assert not dialog.form.isRowVisible(dialog.cert_number_edit)
    # The reason is required: the service's message, the reason field focused.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "请填写原因。"
    assert dialog.focusWidget() is dialog.reason_edit
    dialog.reason_edit.setText("年度考核不合格")
    _ok(qtbot, dialog)
    assert staff.get_staff(ctx, member.id).cert_status is CertStatus.ORANGE
    assert _cell(page, "王五", StaffModel.STATUS) == "橙牌暂扣"
    assert _cell(page, "王五", StaffModel.ELIGIBLE) == "否"
    tooltip = _cell(page, "王五", StaffModel.ELIGIBLE, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "执法证橙牌暂扣"
    # The history lists the action.
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    history = page.active_dialog
    assert isinstance(history, CertificateHistoryDialog)
    assert history.table.rowCount() == 1
    assert history.table.item(0, 1).text() == "橙牌暂扣"
    assert history.table.item(0, 3).text() == "年度考核不合格"
    with qtbot.waitSignal(history.rejected, timeout=2000):
        qtbot.keyClick(history, Qt.Key.Key_Escape)


def test_issue_certificate_to_member_without_one(
    qtbot: QtBot, ctx: AppContext, admin: Actor
) -> None:
    member = _sworn(ctx, admin, "赵六", number=None)
    page = _page(qtbot, ctx, admin)
    assert _cell(page, "赵六", StaffModel.STATUS) == "未发证"
    page.select_member(member.id)
    page.certificate_action()
    dialog = page.active_dialog
    assert isinstance(dialog, CertificateActionDialog)
    assert dialog.action() is CertAction.ISSUE and dialog.action_combo.count() == 1
    assert dialog.form.isRowVisible(dialog.cert_number_edit)
    dialog.reason_edit.setText("通过执法资格考试")
    dialog.cert_number_edit.setText("浙执0200")
    dialog.expires_edit.empty_box.setChecked(False)
    dialog.expires_edit.date_edit.setDate(QDate(2029, 1, 31))
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert _cell(page, "赵六", StaffModel.CERT) == "浙执0200"
    assert _cell(page, "赵六", StaffModel.ELIGIBLE) == "是"


def test_composition_warns_when_auxiliaries_outnumber_sworn(
    qtbot: QtBot, ctx: AppContext, admin: Actor
) -> None:
    _sworn(ctx, admin, "王五")
    _aux(ctx, admin, "辅一")
    _aux(ctx, admin, "辅二")
    page = _page(qtbot, ctx, admin)
    assert page.composition_label.text() == "在编执法队员 1 人，辅助人员 2 人"
    assert page.limit_label.isVisible()
    assert "辅助人员多于在编执法队员" in page.limit_label.text()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(StaffKind.AUXILIARY))
    assert sorted(_names(page)) == ["辅一", "辅二"]


def test_search_by_name_or_certificate_number(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    _sworn(ctx, admin, "王五", "浙执0001")
    _sworn(ctx, admin, "王小明", "浙执0002")
    _aux(ctx, admin, "李辅")
    page = _page(qtbot, ctx, admin)
    page.search_edit.setText("王")
    assert sorted(_names(page)) == ["王五", "王小明"]
    page.search_edit.clear()
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "0002")  # a scanner types ASCII and Enter
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert _names(page) == ["王小明"]
    assert page.selected_member() is not None and page.selected_member().name == "王小明"


def test_disable_member_needs_a_reason(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    member = _sworn(ctx, admin, "王五")
    page = _page(qtbot, ctx, admin)
    page.select_member(member.id)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ServiceDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "请填写原因。"
    assert staff.get_staff(ctx, member.id).active
    dialog.reason_edit.setText("调离")  # type: ignore[attr-defined]
    _ok(qtbot, dialog)
    assert _names(page) == []
    page.inactive_box.setChecked(True)
    assert _names(page) == ["王五"]
    assert _cell(page, "王五", StaffModel.NAME) == "王五（已停用）"
    assert _cell(page, "王五", StaffModel.ELIGIBLE) == "否"


def test_officer_sees_no_edit_buttons(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    _sworn(ctx, admin, "王五")
    users.create_user(
        ctx,
        admin,
        username="lina",
        display_name="李娜",
        roles={Role.OFFICER},
        password="officer-pw-1",
    )
    officer = users.login(ctx, "lina", "officer-pw-1")
    page = _page(qtbot, ctx, officer)
    assert _names(page) == ["王五"]
    for button in (page.add_button, page.edit_button, page.cert_button, page.active_button):
        assert not button.isVisible()
    assert page.history_button.isVisible()
    page.table.selectRow(0)
    page.open_row()  # double-click opens the history, not the editor
    assert isinstance(page.active_dialog, CertificateHistoryDialog)


def test_clerk_edits_but_cannot_act_on_certificates(
    qtbot: QtBot, ctx: AppContext, admin: Actor
) -> None:
    member = _sworn(ctx, admin, "王五")
    clerk_info = users.create_user(
        ctx,
        admin,
        username="zhaomin",
        display_name="赵敏",
        roles={Role.CLERK},
        password="clerk-pw-1",
    )
    clerk = users.login(ctx, "zhaomin", "clerk-pw-1")
    page = _page(qtbot, ctx, clerk)
    assert page.add_button.isVisible() and not page.cert_button.isVisible()
    page.select_member(member.id)
    page.open_row()
    dialog = page.active_dialog
    assert isinstance(dialog, StaffDialog)
    assert not dialog.can_link_users
    dialog.phone_edit.setText("0575-1234567")
    _ok(qtbot, dialog)
    assert _cell(page, "王五", StaffModel.PHONE) == "0575-1234567"
    assert clerk_info.id  # the clerk's own account is untouched


def test_link_member_to_account(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    member = _sworn(ctx, admin, "王五")
    page = _page(qtbot, ctx, admin)
    page.select_member(member.id)
    page.edit_member()
    dialog = page.active_dialog
    assert isinstance(dialog, StaffDialog) and dialog.can_link_users
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData(admin.user_id))
    _ok(qtbot, dialog)
    assert staff.get_staff(ctx, member.id).user_id == admin.user_id


def test_model_is_consistent(
    qtbot: QtBot, qtmodeltester: object, ctx: AppContext, admin: Actor
) -> None:
    _sworn(ctx, admin, "王五")
    _aux(ctx, admin, "李辅")
    page = _page(qtbot, ctx, admin)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_person_page_shows_what_they_hold(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    from datetime import timedelta

    from app.services import equipment
    from ui.pages.staff import HoldingsDialog

    member = _sworn(ctx, admin, "郑强")
    cam = equipment.register_item(
        ctx, admin, equipment.ItemInput(category="body_camera", name="执法记录仪", model="DSJ-A9")
    )
    radio = equipment.register_item(
        ctx, admin, equipment.ItemInput(category="radio", name="对讲机", model="P8668")
    )
    today = ctx.clock.today()
    equipment.check_out(ctx, admin, cam.id, member.id, due_back=today + timedelta(days=7))
    equipment.check_out(ctx, admin, radio.id, member.id)
    page = _page(qtbot, ctx, admin)
    page.select_member(member.id)
    assert page.holdings_button.isVisible() and page.holdings_button.isEnabled()
    opened: list[HoldingsDialog] = []
    page.show_dialog = opened.append  # type: ignore[method-assign]
    qtbot.mouseClick(page.holdings_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    dlg = opened[0]
    qtbot.addWidget(dlg)
    tags = {dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())}
    assert tags == {cam.asset_tag, radio.asset_tag}
    due = {dlg.table.item(r, 0).text(): dlg.table.item(r, 3).text() for r in range(2)}
    assert due[radio.asset_tag] == "长期配发"
    assert not dlg.empty_label.isVisibleTo(dlg)
