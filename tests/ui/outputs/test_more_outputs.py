"""盘点对账报告, the 一案一码 verifier in the Help menu, and the 公示 export (masked)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.services import equipment as eq
from app.services import equipment_stocktake as st
from tests.conftest import dispose_store
from tests.ui.outputs.conftest import text_of, wait_preview
from ui.documents_preview import PdfPreviewDialog
from ui.pages.stocktake import StocktakeDialog
from ui.qr_verify_dialog import QrVerifyDialog
from ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ID18 = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")


def test_closed_stocktake_prints_its_report(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo],
    previews: list[PdfPreviewDialog],
) -> None:
    dialog = StocktakeDialog(ctx, admin)
    qtbot.addWidget(dialog)
    assert not dialog.report_button.isEnabled()  # nothing closed yet
    dialog.close()
    session = st.open_stocktake(ctx, admin, "2026年11月装备室盘点", location_scope="装备室")
    st.scan_tag(ctx, admin, session.id, items[0].asset_tag)
    st.close_stocktake(ctx, admin, session.id)
    dialog = StocktakeDialog(ctx, admin)
    qtbot.addWidget(dialog)
    assert dialog.report_button.isEnabled() and dialog.report_session_id == session.id
    dialog.report_button.click()
    text = text_of(wait_preview(qtbot, previews))
    assert "装备盘点对账报告" in text and "2026年11月装备室盘点" in text


def test_help_menu_opens_the_qr_verifier(
    qtbot: QtBot, ctx: AppContext, admin: Actor, settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui.app_window import AppWindow

    opened: list[QrVerifyDialog] = []
    monkeypatch.setattr(QrVerifyDialog, "ask", lambda self: opened.append(self) or 0)
    frame = AppWindow(settings=settings)
    qtbot.addWidget(frame)
    assert not frame.verify_action.isEnabled()  # no store yet
    frame.attach(ctx, admin)
    titles = [a.text() for m in frame.menuBar().actions() if m.menu()
              for a in m.menu().actions()]
    assert "一案一码核验(&V)…" in titles
    assert frame.verify_action.isEnabled()
    frame.verify_action.trigger()
    assert len(opened) == 1 and opened[0].ctx is ctx and opened[0].parent() is frame
    opened[0].input.setPlainText("not a code")
    assert opened[0].verify() == "malformed"


@pytest.fixture
def issued(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AppContext, str]]:
    from app.store import open_store
    from tests.conftest import FakeClock
    from tests.documents.casebuild import issued_store_at

    path, cid, _ = issued_store_at(tmp_path_factory.mktemp("ui-disclosure"))
    ctx = open_store(path, clock=FakeClock())
    yield ctx, cid
    dispose_store(ctx)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_disclosure_export_masks_id_numbers(
    qtbot: QtBot, issued: tuple[AppContext, str], tmp_path: Path, suffix: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.services import case_documents as cd
    from app.services import users
    from ui.pages.cases import CasesPage

    ctx, cid = issued
    leader = users.login(ctx, "leader", "case-pass-1")
    raw = cd.case_doc_data(ctx, cid).party
    assert raw.id_number and ID18.search(raw.id_number)  # the store holds a real ID number
    out = tmp_path / f"公示{suffix}"
    asked: list[int] = []
    monkeypatch.setattr(CasesPage, "ask_disclosure_target",
                        classmethod(lambda cls, parent, year: asked.append(year) or (2026, str(out))))
    page = CasesPage(ctx, leader)
    qtbot.addWidget(page)
    assert page.disclosure_button.isVisibleTo(page)
    with qtbot.waitSignal(page.disclosure_exported, timeout=20_000) as sig:
        page.disclosure_button.click()
    assert sig.args == [str(out)] and asked
    if suffix == ".csv":
        with out.open(encoding="utf-8-sig") as fh:
            cells = [c for row in csv.reader(fh) for c in row]
    else:
        ws = load_workbook(out).active
        cells = [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    text = "\n".join(cells)
    assert "行政处罚决定书文号" in text and len(cells) > 12  # header and one case
    assert not ID18.search(text)
    assert raw.id_number not in text and raw.name not in text
    assert "1 件" in page.message_label.text()
