"""培训 page: the xlsx import (bad rows listed, nothing written until confirmed, then only the
good rows), the 培训登记卡 with totals and assessments, exports, permissions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.roles import Role
from app.rules.training import AssessmentResult, OrganiserLevel, TrainingCategory, TrainingMode
from app.services import training
from ui.pages.training import ExportTarget, TrainingPage
from ui.pages.training_card import TrainingCardDialog
from ui.pages.training_import import TrainingImportDialog

from .conftest import Register, counts

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _page(qtbot: QtBot, ctx: AppContext, actor: Actor) -> TrainingPage:
    page = TrainingPage(ctx, actor)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    return page


def _malformed_export(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["网络学习平台 学习记录导出"])
    ws.append(["序号", "学员姓名", "课程名称", "学习时长（分钟）", "完成时间"])
    ws.append([1, "王伟", "行政处罚法解读", 90, date(2026, 10, 12)])  # row 3
    ws.append([2, "王芳", "行政处罚法解读", 90, date(2026, 10, 12)])  # row 4
    ws.append([3, "查无此人", "行政处罚法解读", 90, date(2026, 10, 12)])  # row 5
    ws.append([4, "王娜", "行政处罚法解读", "两小时", date(2026, 10, 12)])  # row 6
    ws.append([5, "王敏", "", 45, date(2026, 10, 12)])  # row 7
    ws.append([6, "王静", "行政处罚法解读", 45, "下周"])  # row 8
    ws.append([7, "王丽", "行政处罚法解读", 135, "2026-10-13"])  # row 9
    wb.save(path)
    return path


def test_import_lists_bad_rows_and_imports_only_good_rows_after_confirmation(
    qtbot: QtBot,
    ctx: AppContext,
    admin: Actor,
    register: Register,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _malformed_export(tmp_path / "平台导出.xlsx")
    monkeypatch.setattr(TrainingImportDialog, "ask_path", classmethod(lambda cls, parent: path))
    page = _page(qtbot, ctx, admin)
    before = counts(ctx)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, TrainingImportDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)

    bad = dialog.bad_table
    rows = [
        [bad.item(r, c).text() for c in range(bad.columnCount())] for r in range(bad.rowCount())
    ]
    assert [(r[0], r[3]) for r in rows] == [
        ("5", "查无此人"),
        ("6", "学时/时长无法识别"),
        ("7", "缺少课程名称"),
        ("8", "完成时间无法识别"),
    ]
    assert "两小时" in rows[1][4]
    assert dialog.good_table.rowCount() == 3
    assert dialog.tabs.tabText(0) == "无法导入（4）"
    assert "可导入 3 行，无法导入 4 行" in dialog.summary_label.text()

    # Nothing is written until the report is acknowledged.
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert counts(ctx) == before
    assert dialog.confirm_box.isVisible()
    dialog.confirm_box.setChecked(True)
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "导入 3 行"
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    after = counts(ctx)
    assert (after.events - before.events, after.attendances - before.attendances) == (1, 3)
    assert after.audit - before.audit == 1
    attendees = training.event_attendance(ctx, admin, training.list_events(ctx, admin, 2026)[0].id)
    assert sorted(a.staff_name for a in attendees) == ["王丽", "王伟", "王芳"]
    assert "已导入 3 条培训记录" in page.status_label.text()


def test_an_unreadable_file_shows_the_error_and_imports_nothing(
    qtbot: QtBot, ctx: AppContext, admin: Actor, register: Register, tmp_path: Path
) -> None:
    path = tmp_path / "不是表格.xlsx"
    path.write_text("hello", encoding="utf-8")
    dialog = TrainingImportDialog(ctx, admin, path)
    qtbot.addWidget(dialog)
    before = counts(ctx)
    with qtbot.waitSignal(dialog.previewed, timeout=5000):
        dialog.start_preview()
    assert dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    assert counts(ctx) == before


def _record(ctx: AppContext, admin: Actor, people: list[str], units: str, **kw: object) -> None:
    data = {
        "title": "培训",
        "organiser_level": OrganiserLevel.OWN_UNIT,
        "category": TrainingCategory.BUSINESS,
        "mode": TrainingMode.OFFLINE,
        "start_date": date(2026, 4, 1),
        "stated_units": units,
    }
    data.update(kw)
    training.record_event(ctx, admin, training.EventInput(**data), people)  # type: ignore[arg-type]


def test_card_shows_the_persons_totals_and_records_assessments(
    qtbot: QtBot, ctx: AppContext, admin: Actor, register: Register
) -> None:
    wei = register.ids["王伟"]
    _record(ctx, admin, [wei], "20", title="执法业务（一）", end_date=date(2026, 4, 3))
    _record(ctx, admin, [wei], "12.5", title="执法业务（二）", start_date=date(2026, 6, 1))
    _record(ctx, admin, [wei], "4", title="队列体能", category=TrainingCategory.PHYSICAL)
    page = _page(qtbot, ctx, admin)
    page.select_person(wei)
    qtbot.mouseClick(page.card_button, Qt.MouseButton.LeftButton)
    card = page.active_dialog
    assert isinstance(card, TrainingCardDialog) and card.isVisible()
    assert card.windowTitle() == "培训登记卡：王伟（2026 年）"
    totals = card.totals_label.text()
    assert "计入 60 学时的 32.5 / 60.0 学时（全部类别 36.5 学时）" in totals
    assert "集中培训 3 次，共 5 天" in totals
    assert card.trainings_table.rowCount() == 3
    assert "✔ 集中培训 3/3 次" in card.checks_label.text()
    assert "✘ 集中培训天数 5/5 天" not in card.checks_label.text()
    assert "浙执-王伟" in card.cert_label.text()

    # Two consecutive 不合格 years: flagged for exit.
    before = counts(ctx)
    for year in (2024, 2025):
        card.assess_year.setValue(year)
        card.assess_result.setCurrentIndex(card.assess_result.findData(AssessmentResult.FAIL))
        qtbot.mouseClick(card.assess_button, Qt.MouseButton.LeftButton)
    assert counts(ctx).assessments - before.assessments == 2
    assert card.assessments_table.rowCount() == 2
    assert card.exit_label.isVisible()
    assert card.exit_label.text() == "2024、2025 年连续考核不合格：应按程序退出执法队伍。"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pass
    assert "连续两年考核不合格，应按程序退出执法队伍：王伟（2024、2025 年）" in page.banner.text()


def test_exports_write_xlsx_in_the_background(
    qtbot: QtBot,
    ctx: AppContext,
    admin: Actor,
    register: Register,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _record(ctx, admin, register.wangs, "3")
    page = _page(qtbot, ctx, admin)
    targets = iter([tmp_path / "report.xlsx", tmp_path / "activity.xlsx", tmp_path / "staff.xlsx"])
    monkeypatch.setattr(
        ExportTarget, "ask_path", classmethod(lambda cls, parent, title, name: next(targets))
    )
    for export in (page.export_report, page.export_activity_ledger, page.export_staff_ledger):
        with qtbot.waitSignal(page.exported, timeout=5000) as blocker:
            export()
        assert isinstance(blocker.args[0], Path) and blocker.args[0].exists()
    book = openpyxl.load_workbook(tmp_path / "activity.xlsx")
    assert book.sheetnames


def test_an_officer_sees_the_page_but_cannot_enter_or_import(
    qtbot: QtBot, ctx: AppContext, officer: Actor, register: Register
) -> None:
    page = _page(qtbot, ctx, officer)
    assert page.page_title() == "培训"
    assert page.add_button.isHidden() and page.import_button.isHidden()
    assert not page.mark_action.isVisible()
    assert not page.export_button.isHidden()
    assert Role.OFFICER in officer.roles
