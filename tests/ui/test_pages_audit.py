"""审计日志 page: entries after actions, filters, paging and the chain check off the GUI thread."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

import ui.pages.audit as audit_page
from app.context import Actor, AppContext
from app.rules.certificates import CertAction, StaffKind
from app.rules.roles import Role
from app.services import staff, users
from app.services.staff import StaffInput
from ui.pages.audit import AuditEntryDialog, AuditModel, AuditPage, change_summary

# The offscreen platform warns when a window is shown; nothing to fix in the page.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _page(qtbot: QtBot, ctx: AppContext, actor: Actor) -> AuditPage:
    page = AuditPage(ctx, actor)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def _column(page: AuditPage, column: int) -> list[str]:
    m = page.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def _some_actions(ctx: AppContext, admin: Actor) -> None:
    users.create_user(
        ctx,
        admin,
        username="lisi",
        display_name="李四",
        roles={Role.LEADER},
        password="leader-pw-1",
    )
    member = staff.add_staff(
        ctx,
        admin,
        StaffInput(
            name="王五",
            kind=StaffKind.SWORN,
            cert_number="浙执0001",
            cert_expires_on=ctx.clock.today().replace(year=2028),
        ),
    )
    leader = users.login(ctx, "lisi", "leader-pw-1")
    staff.apply_certificate_action(ctx, leader, member.id, CertAction.YELLOW, reason="群众投诉属实")


def _verify(qtbot: QtBot, page: AuditPage) -> None:
    page.last_report = None
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert not page.verify_button.isEnabled()
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=5000)
    assert page.verify_button.isEnabled()


def test_lists_entries_after_actions(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    _some_actions(ctx, admin)
    page = _page(qtbot, ctx, admin)
    assert page.page_title() == "审计日志"
    actions = _column(page, AuditModel.ACTION)
    assert actions[0] == "执法证黄牌警告"  # newest first
    assert {"新建用户", "新增人员", "登录"} <= set(actions)
    row = actions.index("执法证黄牌警告")
    assert _column(page, AuditModel.USER)[row] == "lisi"
    assert _column(page, AuditModel.OBJECT)[row] == "人员 王五"
    details = _column(page, AuditModel.DETAILS)[row]
    assert "操作：黄牌警告" in details and "原因：群众投诉属实" in details
    assert "新状态：黄牌警告" in details
    create = _column(page, AuditModel.DETAILS)[actions.index("新建用户")]
    assert "角色：队长/分管领导" in create
    assert page.count_label.text() == f"已显示 {len(actions)} / 共 {len(actions)} 条"
    assert page.more_button.isHidden()


def test_filter_by_user_and_action_narrows(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    _some_actions(ctx, admin)
    page = _page(qtbot, ctx, admin)
    everything = page.model.rowCount()
    users_offered = [page.user_combo.itemData(i) for i in range(page.user_combo.count())]
    assert users_offered[0] == "" and {"admin", "lisi"} <= set(users_offered)
    page.user_combo.setCurrentIndex(page.user_combo.findData("lisi"))
    assert 0 < page.model.rowCount() < everything
    assert set(_column(page, AuditModel.USER)) == {"lisi"}
    page.user_combo.setCurrentIndex(0)
    page.action_combo.setCurrentIndex(page.action_combo.findData("staff."))
    assert page.action_combo.currentText() == "人员"
    assert _column(page, AuditModel.ACTION) == ["新增人员"]
    page.action_combo.setCurrentIndex(0)
    page.search_edit.setText("群众投诉")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert _column(page, AuditModel.ACTION) == ["执法证黄牌警告"]


def test_date_range(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    page = _page(qtbot, ctx, admin)
    everything = page.model.rowCount()
    assert everything > 0
    page.date_box.setChecked(True)  # last 30 days up to today: everything is in it
    assert page.model.rowCount() == everything
    page.until_edit.setDate(QDate(2026, 1, 1))
    page.since_edit.setDate(QDate(2025, 12, 1))
    assert page.model.rowCount() == 0


def test_entries_load_a_page_at_a_time(
    qtbot: QtBot, ctx: AppContext, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _some_actions(ctx, admin)
    monkeypatch.setattr(audit_page, "PAGE_SIZE", 2)
    page = _page(qtbot, ctx, admin)
    total = page.model.total
    assert total > 4
    assert page.model.rowCount() == 2
    assert page.more_button.isVisible()
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 4
    while page.more_button.isVisible():
        qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == total
    seqs = [e.seq for e in page.model.entries]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == total


def test_verify_reports_ok_then_tampering(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    _some_actions(ctx, admin)
    page = _page(qtbot, ctx, admin)
    _verify(qtbot, page)
    report = page.last_report
    assert report is not None and report.ok
    assert page.verify_label.text() == f"审计链完整：共 {report.checked} 条记录"
    con = sqlite3.connect(ctx.db_path)
    with con:
        # seq 2 is the admin fixture's login, recorded with an empty change "{}": writing "{}"
        # again would change nothing, so the forged content must differ.
        assert con.execute("SELECT change_json FROM audit_log WHERE seq=2").fetchone() == ("{}",)
        con.execute("""UPDATE audit_log SET change_json='{"forged":1}' WHERE seq=2""")
    con.close()
    _verify(qtbot, page)
    report = page.last_report
    assert report is not None and not report.ok and report.bad_seq == 2
    assert page.verify_label.text().startswith("审计链第 2 条记录被篡改或损坏")
    assert "#c62828" in page.verify_label.styleSheet()


def test_entry_details_dialog(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    _some_actions(ctx, admin)
    page = _page(qtbot, ctx, admin)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.active_dialog
    assert isinstance(dialog, AuditEntryDialog) and dialog.isVisible()
    assert "群众投诉属实" in dialog.text.toPlainText()
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_change_summaries() -> None:
    assert (
        change_summary(
            {
                "before": {"display_name": "甲", "roles": "officer"},
                "after": {"display_name": "乙", "roles": "officer"},
            }
        )
        == "姓名：甲 → 乙"
    )
    assert change_summary({"phone": {"before": None, "after": "123"}}) == "电话：（空） → 123"
    assert change_summary({"reason": "调离"}) == "原因：调离"
    assert change_summary({}) == ""


def test_reviewer_reads_but_officer_may_not(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
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
    assert page.message_label.text() == "当前用户无权查看审计日志。"
    assert not page.verify_button.isEnabled()
    assert page.model.rowCount() == 0


def test_model_is_consistent(
    qtbot: QtBot, qtmodeltester: object, ctx: AppContext, admin: Actor
) -> None:
    _some_actions(ctx, admin)
    page = _page(qtbot, ctx, admin)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_linked_account_shows_as_a_name(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    member = staff.add_staff(ctx, admin, StaffInput(name="王五", kind=StaffKind.SWORN))
    staff.update_staff(
        ctx, admin, member.id, StaffInput(name="王五", kind=StaffKind.SWORN, user_id=admin.user_id)
    )
    page = _page(qtbot, ctx, admin)
    assert _column(page, AuditModel.DETAILS)[0] == "登录账户：（空） → 管理员（admin）"
