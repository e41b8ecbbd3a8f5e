"""The quick summary form (简易程序) and the registration form: live ID check, the legal limit
refused with the service's message and nothing written, save & new with Ctrl+Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.context import AppContext
from app.rules.workflow import Procedure, Status
from app.services import case_search
from local_db.models import AuditLog
from local_db.models_cases import Case
from tests.cases.conftest import Squad
from tests.ui.cases.conftest import ok, refused
from ui.pages.cases import CaseListModel, CasesPage, RegisterCaseDialog, SummaryCaseDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _page(qtbot: QtBot, ctx: AppContext, squad: Squad) -> CasesPage:
    page = CasesPage(ctx, squad.officers[0])
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def _counts(ctx: AppContext) -> tuple[int, int]:
    with ctx.db.read_session() as s:
        return (s.scalar(select(func.count()).select_from(Case)) or 0,
                s.scalar(select(func.count()).select_from(AuditLog)) or 0)


def _fill(dialog: SummaryCaseDialog, name: str, fine_yuan: float) -> None:
    dialog.name_edit.setText(name)
    dialog.identity.setText("11010519491231002X")
    dialog.place_edit.setText("孝顺镇人民路东侧人行道")
    dialog.item_combo.set_code("SR-001")
    dialog.facts_edit.setPlainText("在人行道上摆摊卖水果，占道约 3 平方米。")
    dialog.fine_spin.setValue(fine_yuan)


def test_summary_over_limit_is_refused_and_writes_nothing(qtbot: QtBot, cctx: AppContext,
                                                          squad: Squad) -> None:
    page = _page(qtbot, cctx, squad)
    with qtbot.waitActive(page):  # shortcuts need an active window
        page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, SummaryCaseDialog) and dialog.isVisible()
    assert dialog.officer1.staff_id() == squad.officer_ids[0]  # the logged-in officer
    assert dialog.officer2.staff_id() not in ("", squad.officer_ids[0], squad.leader_id)
    _fill(dialog, "吴建国", 300)
    assert "超过简易程序上限" in dialog.limit_label.text()
    before = _counts(cctx)
    text = refused(qtbot, dialog)
    assert text == "简易程序只适用于对公民处以 200 元以下罚款或警告，本案应适用一般程序。"
    assert _counts(cctx) == before
    assert page.count_label.text() == "共 0 件"


def test_summary_saves_and_appears_in_list(qtbot: QtBot, cctx: AppContext, squad: Squad) -> None:
    page = _page(qtbot, cctx, squad)
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, SummaryCaseDialog)
    _fill(dialog, "吴建国", 100)
    assert "基准 2025.1" in dialog.limit_label.text()
    # save & new (Ctrl+Enter): stays open, clears the party
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.name_edit.setFocus()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error_label.isHidden(), dialog.error_label.text()
    assert dialog.saved_count == 1 and dialog.name_edit.text() == ""
    assert dialog.item_combo.code() == "SR-001"
    assert page.count_label.text() == "共 1 件"
    _fill(dialog, "李四", 0)
    dialog.warning_radio.setChecked(True)
    ok(qtbot, dialog)
    assert page.count_label.text() == "共 2 件"
    m = page.model
    parties = {m.data(m.index(r, CaseListModel.PARTY)) for r in range(2)}
    assert parties == {"吴建国", "李四"}
    rows = case_search.case_rows(cctx, m.ids)
    assert {r.procedure for r in rows} == {Procedure.SUMMARY}
    assert {r.status for r in rows} == {Status.SERVED, Status.CLOSED}  # warning closes at once


def test_live_id_check_and_uscc(qtbot: QtBot, cctx: AppContext, squad: Squad) -> None:
    dialog = SummaryCaseDialog(cctx, squad.officers[0])
    qtbot.addWidget(dialog)
    dialog.identity.setText("110105194912310")
    assert dialog.identity.status.text() == "已输入 15/18 位"
    dialog.identity.setText("110105194912310021")
    assert dialog.identity.status.text() == "身份证号码校验位不正确，请核对。"
    dialog.identity.setText("11010519491231002X")
    assert "校验位正确" in dialog.identity.status.text()
    dialog.party_type.organisation.setChecked(True)
    assert dialog.identity_label.text() == "统一社会信用代码"
    assert "组织" in dialog.limit_label.text() or "3,000" in dialog.limit_label.text()
    dialog.identity.setText("91350100M000100Y43")
    assert "校验位正确" in dialog.identity.status.text()
    dialog.identity.setText("91350100M000100Y44")
    assert "校验位不正确" in dialog.identity.status.text()


def test_item_prefills_sample_facts(qtbot: QtBot, cctx: AppContext, squad: Squad) -> None:
    from app.context import SYSTEM_ACTOR
    from app.services import reference_data
    from tests.cases.conftest import CATALOG

    doc = {**CATALOG, "version": "9000.2",
           "items": [{**CATALOG["items"][0], "sample_facts": "当事人在人行道上摆设水果摊。"}]
           + CATALOG["items"][1:]}
    reference_data.apply_reference_update(cctx, SYSTEM_ACTOR, "catalog", doc)
    dialog = SummaryCaseDialog(cctx, squad.officers[0])
    qtbot.addWidget(dialog)
    dialog.item_combo.set_code("SR-001")
    assert dialog.facts_edit.toPlainText() == "当事人在人行道上摆设水果摊。"
    dialog.item_combo.set_code("WT-001")  # untouched sample text follows the item
    assert dialog.facts_edit.toPlainText() == ""


def test_register_general_case_form(qtbot: QtBot, cctx: AppContext, squad: Squad) -> None:
    page = _page(qtbot, cctx, squad)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, RegisterCaseDialog)
    dialog.name_edit.setText("吴建国")
    text = refused(qtbot, dialog)
    assert text == "请从执法事项目录中选择执法事项。"
    dialog.item_combo.set_code("SR-001")
    dialog.facts_editor.set_value("area_m2", 8)
    assert dialog.facts_editor.values() == {"area_m2": 8}
    assert refused(qtbot, dialog) == "请填写违法地点。"
    assert dialog.focusWidget() is dialog.place_edit
    dialog.place_edit.setText("孝顺镇浦口村振兴路18号门前")
    dialog.facts_edit.setPlainText("在店门外人行道上摆摊经营水果。")
    ok(qtbot, dialog)
    assert dialog.result_ref is not None
    assert page.count_label.text() == "共 1 件"
    assert page.selected_case_id() == dialog.result_ref.id
