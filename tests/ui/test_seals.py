"""印章管理 on the settings page and sealing from the case detail's 文书 tab: the administrator
imports the township seal (a JPEG, an alpha-less PNG and an insecure keyring are refused with the
service's message), the leader issues a sealed document (the lead department's seal for a joint
case), an officer issues unsealed and is told so."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.documents.sample import demo_seal_png
from app.documents.seal import SealOwnerKind, list_seals
from app.documents.types import DocType
from app.services import audit, case_transfers
from app.services import documents as doc_service
from tests.cases import conftest as case_fixtures
from tests.cases.conftest import Squad
from tests.cases.helpers import register
from ui.pages.case_detail import CaseDetailDialog
from ui.pages.settings import SettingsPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# the case tests' store and squad (leader, officers, reviewer, clerk, admin)
cases_template = case_fixtures.cases_template
cctx = case_fixtures.cctx
squad = case_fixtures.squad

TOWNSHIP_OWNER = "孝顺镇人民政府"
LEAD_DEPT = "金东区自然资源和规划局"


class InsecureKeyring(KeyringBackend):
    """Stands for fail.Keyring: priority below 1."""

    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a secret was written to an insecure keyring")

    def delete_password(self, service: str, username: str) -> None:
        pass


def _file(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def _image(fmt: str, mode: str) -> bytes:
    buf = io.BytesIO()
    Image.new(mode, (200, 200), "red").save(buf, format=fmt)
    return buf.getvalue()


def _settings(qtbot: QtBot, ctx: AppContext, actor: Actor) -> SettingsPage:
    page = SettingsPage(ctx, actor)
    qtbot.addWidget(page)
    page.show()
    return page


def _import(qtbot: QtBot, page: SettingsPage, monkeypatch: pytest.MonkeyPatch, path: str,
            kind: SealOwnerKind = SealOwnerKind.TOWNSHIP, owner: str = TOWNSHIP_OWNER) -> None:
    monkeypatch.setattr(SettingsPage, "ask_open_file", classmethod(lambda cls, parent: path))
    page.seal_kind.setCurrentIndex(page.seal_kind.findData(kind.value))
    page.seal_owner.setText(owner)  # CJK: setText, never keyClicks (PLATFORM.md)
    qtbot.mouseClick(page.import_seal_button, Qt.MouseButton.LeftButton)


def _detail(qtbot: QtBot, ctx: AppContext, actor: Actor, case_id: str) -> CaseDetailDialog:
    d = CaseDetailDialog(ctx, actor, case_id)
    qtbot.addWidget(d)
    d.show()
    return d


CASE_SOURCE = DocType("case_source")


def _issue(qtbot: QtBot, ctx: AppContext, actor: Actor, case_id: str,
           kind: DocType = CASE_SOURCE) -> tuple[CaseDetailDialog, str]:
    d = _detail(qtbot, ctx, actor, case_id)
    row = [k for k, _t, _n in d.doc_choices].index(kind)
    d.docs_table.selectRow(row)
    qtbot.mouseClick(d.issue_doc_button, Qt.MouseButton.LeftButton)
    return d, d.message_label.text()


def _issued(ctx: AppContext, case_id: str) -> doc_service.IssuedInfo:
    docs = [x for x in doc_service.list_documents(ctx) if x.case_id == case_id]
    assert len(docs) == 1
    return docs[0]


def test_admin_imports_and_retires_a_seal_refusing_bad_files_and_insecure_keyring(
    qtbot: QtBot, cctx: AppContext, squad: Squad, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _settings(qtbot, cctx, squad.officers[0]).seal_box is None  # administrators only
    page = _settings(qtbot, cctx, squad.admin)
    assert page.seal_box is not None and page.seal_box.isVisible()
    assert page.seals_table.rowCount() == 0 and page.seals_empty.isVisible()
    assert page.seal_owner.text() == TOWNSHIP_OWNER  # prefilled for the township seal

    _import(qtbot, page, monkeypatch, _file(tmp_path, "seal.jpg", _image("JPEG", "RGB")))
    assert page.seal_error.isVisible() and "不是有效的 PNG" in page.seal_error.text()
    _import(qtbot, page, monkeypatch, _file(tmp_path, "flat.png", _image("PNG", "RGB")))
    assert "透明背景" in page.seal_error.text()
    assert page.seal_error.styleSheet().startswith("color: #b00020")  # red
    seal_path = _file(tmp_path, "seal.png", demo_seal_png())
    previous = keyring.get_keyring()
    keyring.set_keyring(InsecureKeyring())
    try:
        _import(qtbot, page, monkeypatch, seal_path)
    finally:
        keyring.set_keyring(previous)
    assert "安全凭据存储" in page.seal_error.text() and "不会以明文保存" in page.seal_error.text()
    assert list_seals(cctx) == []

    _import(qtbot, page, monkeypatch, seal_path)
    assert not page.seal_error.isVisible() and "已导入印章" in page.seal_saved.text()
    [info] = list_seals(cctx)
    assert info.owner_kind is SealOwnerKind.TOWNSHIP and info.owner_name == TOWNSHIP_OWNER
    t = page.seals_table
    assert t.rowCount() == 1 and not page.seals_empty.isVisible()
    assert [t.item(0, c).text() for c in (0, 1)] == ["本镇", TOWNSHIP_OWNER]
    assert t.item(0, 2).text().startswith("2026-11-23")
    assert t.item(0, 3).text() == info.sha256[:12]

    _import(qtbot, page, monkeypatch, seal_path, SealOwnerKind.DEPARTMENT, LEAD_DEPT)
    assert page.seals_table.rowCount() == 2
    assert {page.seals_table.item(r, 0).text() for r in range(2)} == {"本镇", "部门"}

    monkeypatch.setattr(SettingsPage, "ask_retire_reason",
                        classmethod(lambda cls, parent, owner: "印章已更换"))
    row = next(r for r in range(2) if page.seals_table.item(r, 0).text() == "本镇")
    page.seals_table.selectRow(row)
    assert page.retire_seal_button.isEnabled()
    qtbot.mouseClick(page.retire_seal_button, Qt.MouseButton.LeftButton)
    assert "已停用印章" in page.seal_saved.text()
    assert [s.owner_kind for s in list_seals(cctx)] == [SealOwnerKind.DEPARTMENT]
    assert page.seals_table.rowCount() == 1


def test_leader_issues_with_the_township_seal_imported_in_settings(
    qtbot: QtBot, cctx: AppContext, squad: Squad, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id = register(cctx, squad).id
    page = _settings(qtbot, cctx, squad.admin)
    _import(qtbot, page, monkeypatch, _file(tmp_path, "seal.png", demo_seal_png()))
    [seal] = list_seals(cctx)

    _d, text = _issue(qtbot, cctx, squad.leader, case_id)
    assert text.startswith("已签发：孝顺镇") and f"已加盖本镇印章：{TOWNSHIP_OWNER}" in text
    issued = _issued(cctx, case_id)
    assert issued.seal_id == seal.id
    assert doc_service.document_pdf(cctx, issued.id).startswith(b"%PDF-")
    entries = audit.list_entries(cctx, squad.admin,
                                 audit.AuditFilter(action_prefix="document.seal_applied"))
    assert [e.entity_id for e in entries] == [issued.id]
    assert entries[0].change["seal_id"] == seal.id
    assert entries[0].change["seal_owner"] == TOWNSHIP_OWNER


def test_unsealed_issue_says_why(
    qtbot: QtBot, cctx: AppContext, squad: Squad, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = register(cctx, squad).id
    _d, text = _issue(qtbot, cctx, squad.leader, first)  # no seal imported yet
    assert "已签发" in text and "（未加盖印章：尚未导入本镇印章）" in text
    assert _issued(cctx, first).seal_id is None

    page = _settings(qtbot, cctx, squad.admin)
    _import(qtbot, page, monkeypatch, _file(tmp_path, "seal.png", demo_seal_png()))
    second = register(cctx, squad).id
    _d, text = _issue(qtbot, cctx, squad.officers[0], second)  # an officer may not seal
    assert "已签发" in text and "（未加盖印章：当前用户无权加盖印章）" in text
    assert _issued(cctx, second).seal_id is None
    assert audit.list_entries(cctx, squad.admin,
                              audit.AuditFilter(action_prefix="document.seal_applied")) == []


def test_joint_case_gets_the_lead_departments_seal(
    qtbot: QtBot, cctx: AppContext, squad: Squad, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _settings(qtbot, cctx, squad.admin)
    seal_path = _file(tmp_path, "seal.png", demo_seal_png())
    _import(qtbot, page, monkeypatch, seal_path)
    joint = case_transfers.start_joint_action(
        cctx, squad.leader, kind=case_transfers.JointKind.REGULAR, title="违法建设联合整治",
        start_on=date(2026, 11, 20), lead_department=LEAD_DEPT, departments=[LEAD_DEPT])
    before = register(cctx, squad).id
    case_transfers.link_joint_case(cctx, squad.officers[0], joint.id, department=LEAD_DEPT,
                                   case_number="", case_id=before)
    # lead department's seal not imported yet: the township seal, and the message says so
    _d, text = _issue(qtbot, cctx, squad.leader, before)
    assert f"已加盖本镇印章：{TOWNSHIP_OWNER}" in text and LEAD_DEPT in text
    township = list_seals(cctx, owner_kind=SealOwnerKind.TOWNSHIP)[0]
    assert _issued(cctx, before).seal_id == township.id

    _import(qtbot, page, monkeypatch, seal_path, SealOwnerKind.DEPARTMENT, LEAD_DEPT)
    [dept] = list_seals(cctx, owner_kind=SealOwnerKind.DEPARTMENT)
    after = register(cctx, squad).id
    case_transfers.link_joint_case(cctx, squad.officers[0], joint.id, department=LEAD_DEPT,
                                   case_number="", case_id=after)
    _d, text = _issue(qtbot, cctx, squad.leader, after)
    assert f"已加盖联合执法牵头部门印章：{LEAD_DEPT}" in text
    assert _issued(cctx, after).seal_id == dept.id
