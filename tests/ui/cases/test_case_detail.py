"""A GENERAL case from 受案 to 结案 through the UI, switching the logged-in actor by opening the
detail with the other person; refusals show the service's Chinese messages; evidence with
sha256 and verification."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.workflow import Status
from app.services import case_search
from tests.cases.conftest import Squad
from tests.conftest import FakeClock
from tests.ui.cases.conftest import ok, refused
from ui.pages.case_detail import ActionDialog, CaseDetailDialog, DecideDialog
from ui.pages.cases import CasesPage, RegisterCaseDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _detail(qtbot: QtBot, ctx: AppContext, actor: Actor, case_id: str) -> CaseDetailDialog:
    d = CaseDetailDialog(ctx, actor, case_id)
    qtbot.addWidget(d)
    d.show()
    return d


def _click(qtbot: QtBot, d: CaseDetailDialog, key: str) -> ActionDialog:
    assert key in d.action_buttons, sorted(d.action_buttons)
    qtbot.mouseClick(d.action_buttons[key], Qt.MouseButton.LeftButton)
    dialog = d.active_dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    return dialog


def _step(qtbot: QtBot, ctx: AppContext, actor: Actor, case_id: str, key: str) -> Status:
    d = _detail(qtbot, ctx, actor, case_id)
    ok(qtbot, _click(qtbot, d, key))
    assert d.detail is not None
    return d.detail.status


def test_general_case_from_register_to_close(qtbot: QtBot, cctx: AppContext, squad: Squad,
                                             clock: FakeClock) -> None:
    officer, helper, leader = squad.officers[0], squad.officers[1], squad.leader
    # 受案登记 by the officer on the case list
    page = CasesPage(cctx, officer)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    form = page.active_dialog
    assert isinstance(form, RegisterCaseDialog)
    form.name_edit.setText("吴建国")
    form.identity.setText("11010519491231002X")
    form.place_edit.setText("孝顺镇浦口村振兴路18号门前")
    form.item_combo.set_code("SR-001")
    form.facts_editor.set_value("area_m2", 8)
    form.facts_edit.setPlainText("在店门外人行道上摆摊经营水果，占道约 8 平方米。")
    form.handler2.setCurrentIndex(form.handler2.findData(squad.officer_ids[1]))
    ok(qtbot, form)
    assert form.result_ref is not None
    case_id = form.result_ref.id

    # the officer may not file: no button; the leader files
    d = _detail(qtbot, cctx, officer, case_id)
    assert "file" not in d.action_buttons and d.status_label.text() == "受案"
    assert _step(qtbot, cctx, leader, case_id, "file") is Status.FILED
    # two certified officers investigate
    assert _step(qtbot, cctx, officer, case_id, "investigate") is Status.INVESTIGATING
    # notify refused before the report: the service's message
    d = _detail(qtbot, cctx, officer, case_id)
    assert refused(qtbot, _click(qtbot, d, "notify")) == "请先完成案件调查终结报告。"
    d.active_dialog.reject()  # type: ignore[union-attr]
    report = _click(qtbot, _detail(qtbot, cctx, helper, case_id), "report")
    report.text_edit.setPlainText("事实清楚，证据确凿。")  # type: ignore[attr-defined]
    ok(qtbot, report)
    assert _step(qtbot, cctx, officer, case_id, "notify") is Status.NOTIFIED
    clock.advance(days=10)  # the party's 5-working-day window has passed
    # decide (leader, not a handler): 300 yuan is outside 一般 (50–200): reasons required
    d = _detail(qtbot, cctx, leader, case_id)
    decide = _click(qtbot, d, "decide")
    assert isinstance(decide, DecideDialog)
    assert decide.tier_combo.currentText() == "一般"
    assert "基准 2025.1" in decide.advice_label.text()
    decide.fine_spin.setValue(300)
    assert "须填写说理" in decide.range_label.text()
    assert refused(qtbot, decide).startswith("罚款金额超出“一般”阶次的裁量幅度")
    decide.reasons_edit.setPlainText("当事人此前两次被劝导仍拒不改正。")
    ok(qtbot, decide)
    assert d.detail is not None and d.detail.status is Status.DECIDED
    assert "300" in d.discretion.decided.text() and d.discretion.reasons.text().startswith("当事人")
    assert _step(qtbot, cctx, officer, case_id, "serve") is Status.SERVED
    assert _step(qtbot, cctx, officer, case_id, "start_execution") is Status.EXECUTING
    # closing is refused until paid
    d = _detail(qtbot, cctx, leader, case_id)
    assert refused(qtbot, _click(qtbot, d, "close")) == "罚款尚未缴清，不能结案。"
    d.active_dialog.reject()  # type: ignore[union-attr]
    pay = _click(qtbot, _detail(qtbot, cctx, officer, case_id), "payment")
    ok(qtbot, pay)
    assert _step(qtbot, cctx, leader, case_id, "close") is Status.CLOSED
    final = case_search.case_detail(cctx, case_id)
    assert final.paid_fen == final.fine_fen == 30000
    assert [s.move for s in final.steps] == [
        "register", "file", "investigate", "investigation_report", "notify", "decide", "serve",
        "start_execution", "close"]
    # the timeline tab lists the audit chain's entries
    d = _detail(qtbot, cctx, officer, case_id)
    actions = [d.timeline_table.item(r, 2).text() for r in range(d.timeline_table.rowCount())]
    assert actions[0] == "受案登记" and actions[-1] == "结案" and "缴纳罚款" in actions
    # deadlines: all met
    states = [d.deadlines_table.item(r, 3).text() for r in range(d.deadlines_table.rowCount())]
    assert states and all(s.startswith("已完成") for s in states)


def test_evidence_attach_and_verify(qtbot: QtBot, cctx: AppContext, squad: Squad,
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.cases.helpers import register

    ref = register(cctx, squad)
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg" * 100)
    monkeypatch.setattr(CaseDetailDialog, "ask_open_file", classmethod(lambda cls, p: str(photo)))
    d = _detail(qtbot, cctx, squad.officers[0], ref.id)
    qtbot.mouseClick(d.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy, timeout=5000)
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert d.evidence_table.rowCount() == 1
    assert d.evidence_table.item(0, 0).text() == "现场照片.jpg"
    assert d.evidence_table.item(0, 1).text() == "照片"
    assert d.evidence_table.item(0, 3).toolTip() == sha
    assert sha in d.evidence_label.text()
    qtbot.mouseClick(d.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy, timeout=5000)
    assert d.evidence_label.text().startswith("校验通过")
    # a second attach of the same content is refused with the service's message
    qtbot.mouseClick(d.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy, timeout=5000)
    assert d.evidence_label.text().startswith("该文件已作为本案证据登记")


def test_transfer_panel(qtbot: QtBot, cctx: AppContext, squad: Squad) -> None:
    from tests.cases.helpers import register

    ref = register(cctx, squad, item="SP-001")
    d = _detail(qtbot, cctx, squad.officers[0], ref.id)
    assert d.send_button.isHidden()
    qtbot.mouseClick(d.propose_button, Qt.MouseButton.LeftButton)
    dialog = d.active_dialog
    assert isinstance(dialog, ActionDialog)
    assert refused(qtbot, dialog) == "请填写接收单位。"
    dialog.fields["counterpart"].setText("区市场监督管理局")  # type: ignore[attr-defined]
    dialog.fields["reasons"].setPlainText("属市场监管部门职权。")  # type: ignore[attr-defined]
    ok(qtbot, dialog)
    assert d.transfer_table.rowCount() == 1
    assert d.transfer_table.item(0, 1).text() == "区市场监督管理局"
    lead = _detail(qtbot, cctx, squad.leader, ref.id)
    assert not lead.send_button.isHidden()
    qtbot.mouseClick(lead.send_button, Qt.MouseButton.LeftButton)
    send = lead.active_dialog
    assert isinstance(send, ActionDialog)
    send.fields["letter_number"].setText("孝综执移〔2026〕1号")  # type: ignore[attr-defined]
    ok(qtbot, send)
    assert lead.detail is not None and lead.detail.status is Status.TRANSFERRED


def test_documents_tab_previews_a_draft_and_issues_a_numbered_document(
    qtbot: QtBot, cctx: AppContext, squad: Squad, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.documents.types import DocType
    from tests.cases.helpers import register
    from ui.documents_preview import PdfPreviewDialog

    ref = register(cctx, squad)
    d = _detail(qtbot, cctx, squad.officers[0], ref.id)
    kinds = [k for k, _t, _n in d.doc_choices]
    row = kinds.index(DocType("case_source"))
    assert d.docs_table.item(row, 1).text().startswith("未签发")
    shown: list[tuple[object, int]] = []

    def fake_open(cls: type, ctx: AppContext, actor: Actor, case_id: str, kind: object,
                  parent: object = None) -> None:
        dlg = cls.for_case(ctx, actor, case_id, kind, None)  # type: ignore[attr-defined]
        qtbot.addWidget(dlg)
        shown.append((kind, dlg.page_count()))

    monkeypatch.setattr(PdfPreviewDialog, "open_for_case", classmethod(fake_open))
    d.docs_table.selectRow(row)
    qtbot.mouseClick(d.preview_doc_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0][0] == DocType("case_source") and shown[0][1] >= 1
    qtbot.mouseClick(d.issue_doc_button, Qt.MouseButton.LeftButton)
    assert "已签发" in d.message_label.text()
    number = d.docs_table.item(row, 1).text()
    assert number.startswith("孝顺镇") and "〔" in number
