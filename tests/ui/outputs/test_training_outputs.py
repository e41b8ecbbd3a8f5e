"""培训: 打印培训登记卡 and the annual report PDF open the print preview."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.certificates import StaffKind
from app.services import staff
from tests.ui.outputs.conftest import text_of, wait_preview
from ui.documents_preview import PdfPreviewDialog
from ui.pages.training import TrainingPage
from ui.pages.training_card import TrainingCardDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _officer(ctx: AppContext, admin: Actor) -> str:
    return staff.add_staff(
        ctx,
        admin,
        staff.StaffInput(
            name="王强",
            kind=StaffKind.SWORN,
            cert_number="浙执00001",
            cert_issued_on=date(2022, 1, 1),
            cert_expires_on=date(2030, 12, 31),
        ),
    ).id


def test_card_print_button_previews_the_card(
    qtbot: QtBot, ctx: AppContext, admin: Actor, previews: list[PdfPreviewDialog]
) -> None:
    sid = _officer(ctx, admin)
    dialog = TrainingCardDialog(ctx, admin, sid, 2026)
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    shown = wait_preview(qtbot, previews)
    assert shown.parent() is dialog and shown.page_count() >= 1
    text = text_of(shown)
    assert "执法人员培训登记卡" in text and "王强" in text
    assert "王强" in shown.windowTitle() and shown.file_name.endswith(".pdf")


def test_annual_report_pdf_action_previews_the_report(
    qtbot: QtBot, ctx: AppContext, admin: Actor, previews: list[PdfPreviewDialog]
) -> None:
    _officer(ctx, admin)
    page = TrainingPage(ctx, admin)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert page.report_pdf_action in page.export_menu.actions()
    page.report_pdf_action.trigger()
    shown = wait_preview(qtbot, previews)
    assert f"{page.year()}年度培训情况报告" in text_of(shown)
    assert page.busy.isHidden()
