"""合规检查 numbers, 逾期未还 / 到期提醒 lists, xlsx export and the all-or-nothing import preview."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.equipment import MaintenanceKind
from app.services import equipment as eq
from app.services import equipment_reports as eq_reports
from tests.ui.equipment.conftest import open_page
from ui.pages.equipment import (
    SHORT_BRUSH,
    ComplianceDialog,
    FilePicker,
    ImportPreviewDialog,
    MaintenanceAlertsDialog,
    OverdueDialog,
)
from ui.pages.equipment import (
    category_text as _cat,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_compliance_table_equals_the_report(
    qtbot: QtBot,
    ctx: AppContext,
    admin: Actor,
    items: list[eq.ItemInfo],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(qtbot, ctx, admin)
    qtbot.mouseClick(page.compliance_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ComplianceDialog)
    report = eq_reports.compliance(ctx)
    t = dialog.table
    assert t.rowCount() == len(report.lines)
    for i, line in enumerate(report.lines):
        assert t.item(i, dialog.NAME).text() == _cat(line.name)
        assert int(t.item(i, dialog.REQUIRED).text()) == line.required
        assert int(t.item(i, dialog.HELD).text()) == line.held
        assert t.item(i, dialog.GAP).text() == (str(line.shortfall) if line.shortfall else "")
        short = t.item(i, dialog.NAME).background() == SHORT_BRUSH
        assert short == (not line.ok)
    body = next(i for i, line in enumerate(report.lines) if line.code == "body_camera")
    assert t.item(body, dialog.HELD).text() == "4" and t.item(body, dialog.GAP).text() == "6"

    out = tmp_path / "gaps.xlsx"
    monkeypatch.setattr(FilePicker, "save_xlsx", classmethod(lambda cls, *a: out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert out.exists() and str(out) in dialog.message_label.text()
    assert load_workbook(out).sheetnames == ["配备对照", "缺口清单"]


def test_overdue_and_due_soon_lists(
    qtbot: QtBot, ctx: AppContext, admin: Actor, people: list[str], items: list[eq.ItemInfo]
) -> None:
    today = ctx.clock.today()
    eq.check_out(ctx, admin, items[0].id, people[0], due_back=today)
    eq.add_schedule(ctx, admin, items[4].id, MaintenanceKind.BATTERY, today + timedelta(days=3))
    page = open_page(qtbot, ctx, admin)
    assert page.alerts_button.text() == "到期提醒 (1)"
    assert page.overdue_button.text() == "逾期未还 (0)"
    alerts = MaintenanceAlertsDialog(ctx, page)
    qtbot.addWidget(alerts)
    assert alerts.table.rowCount() == 1 and alerts.table.item(0, 4).text() == "3 天后到期"

    ctx.clock.advance(days=2)  # type: ignore[attr-defined]
    page.refresh()
    assert page.overdue_button.text() == "逾期未还 (1)"
    overdue = OverdueDialog(ctx, page)
    qtbot.addWidget(overdue)
    assert overdue.table.rowCount() == 1
    assert overdue.table.item(0, 0).text() == items[0].asset_tag
    assert overdue.table.item(0, 2).text() == "队员00"


def _ledger(path: Path, rows: list[list[str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["资产编号", "类别", "名称", "型号", "序列号", "存放地点"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_preview_lists_bad_rows_and_imports_nothing(
    qtbot: QtBot,
    ctx: AppContext,
    admin: Actor,
    items: list[eq.ItemInfo],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = _ledger(
        tmp_path / "bad.xlsx",
        [
            ["", "执法记录仪", "执法记录仪", "X1", "S1", "装备室"],
            ["", "飞行器", "无人机", "M3", "S2", "装备室"],
        ],
    )
    monkeypatch.setattr(FilePicker, "open_xlsx", classmethod(lambda cls, *a: bad))
    page = open_page(qtbot, ctx, admin)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, ImportPreviewDialog), timeout=5000)
    dialog = page.active_dialog
    assert isinstance(dialog, ImportPreviewDialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.table.item(0, 0).text() == "3"  # bad rows first, Excel row numbers
    assert "飞行器" in dialog.table.item(0, 1).text()
    assert "1 行有问题" in dialog.summary_label.text()
    dialog.reject()
    assert page.model.rowCount() == len(items)

    good = _ledger(
        tmp_path / "good.xlsx",
        [
            ["", "执法记录仪", "执法记录仪", "X1", "S1", "装备室"],
            ["", "对讲机", "对讲机", "P1", "S2", "值班室"],
        ],
    )
    monkeypatch.setattr(FilePicker, "open_xlsx", classmethod(lambda cls, *a: good))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            isinstance(page.active_dialog, ImportPreviewDialog) and page.active_dialog.path == good
        ),
        timeout=5000,
    )
    dialog = page.active_dialog
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == len(items) + 2
    assert page.message_label.text() == "已导入 2 件装备。"


def test_export_writes_the_filtered_ledger(
    qtbot: QtBot,
    ctx: AppContext,
    admin: Actor,
    items: list[eq.ItemInfo],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "ledger.xlsx"
    monkeypatch.setattr(FilePicker, "save_xlsx", classmethod(lambda cls, *a: out))
    page = open_page(qtbot, ctx, admin)
    page.category_combo.setCurrentIndex(page.category_combo.findData("radio"))
    assert page.model.rowCount() == 2
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.task_running, timeout=5000)
    assert page.message_label.text().startswith("已导出 2 件")
    ws = load_workbook(out).active
    assert ws is not None and ws.max_row == 3
