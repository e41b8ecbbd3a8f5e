#!/usr/bin/env python3
"""Render the training page and its dialogs offscreen to PNG on a demo store (for looking).

Usage: QT_QPA_PLATFORM=offscreen python scripts/render_training.py [OUT_DIR] [--lang en]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from app.context import Clock
from app.services import demo, demo_training, staff
from app.store import open_store
from ui import tasks
from ui.pages.training import TrainingPage
from ui.pages.training_card import TrainingCardDialog
from ui.pages.training_entry import TrainingEntryDialog
from ui.pages.training_import import TrainingImportDialog

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def settle(app: QApplication) -> None:
    """Let background jobs finish and their results arrive."""
    for _ in range(5):
        tasks.wait_for_all()
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        app.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path, widget.width(), "x", widget.height())


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.gettempdir()) / "training-shots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    font_id = QFontDatabase.addApplicationFont(str(ROOT / "resources/fonts/wqy-microhei.ttc"))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    app.setFont(QFont(family, 10))
    if "--lang" in sys.argv:
        from ui import i18n

        i18n.install_translators(sys.argv[sys.argv.index("--lang") + 1])

    work = Path(tempfile.mkdtemp())
    ctx = open_store(work / "demo.sqlite3", clock=Clock(now_fn=lambda: NOW))
    admin = demo.fill_demo(ctx)
    demo_training.fill_training_demo(ctx, admin, 2025)
    demo_training.fill_training_demo(ctx, admin, 2026)

    page = TrainingPage(ctx, admin)
    page.resize(1366, 768)
    page.show()
    settle(app)
    grab(page, out / "training-page.png")

    from app.rules.training import TrainingCategory

    page.set_category(TrainingCategory.ETHICS)
    settle(app)
    grab(page, out / "training-page-ethics.png")
    page.set_category(None)
    settle(app)

    entry = TrainingEntryDialog(ctx, admin, page)
    entry.title_edit.setText("行政处罚法专题培训")
    entry.minutes_edit.setText("135")
    entry.picker.filter_edit.setText("王")
    entry.picker.select_all_filtered()
    entry.show()
    settle(app)
    grab(entry, out / "training-entry.png")
    entry.picker.filter_edit.setText("")
    entry.end_edit.setDate(entry.start_edit.date().addDays(-1))
    entry.accept()
    settle(app)
    grab(entry, out / "training-entry-error.png")
    entry.close()

    people = staff.list_staff(ctx)
    card_person = next(p for p in people if p.name == "吕建华")
    card = TrainingCardDialog(ctx, admin, card_person.id, 2026, page)
    card.show()
    settle(app)
    grab(card, out / "training-card.png")
    card.close()

    xlsx = work / "平台导出.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["浙江省行政执法人员网络学习平台 学习记录导出"])
    ws.append(["序号", "学员姓名", "课程名称", "学习时长（分钟）", "完成时间"])
    for i, p in enumerate(people[:12]):
        ws.append([i + 1, p.name, "新修订行政处罚法解读", 90, date(2026, 10, 12)])
    ws.append([13, "查无此人", "新修订行政处罚法解读", 90, date(2026, 10, 12)])
    ws.append([14, people[0].name, "执法文书写作", "两小时", date(2026, 10, 12)])
    ws.append([15, people[1].name, "", 45, date(2026, 10, 12)])
    ws.append([16, people[2].name, "执法文书写作", 45, "下周"])
    wb.save(xlsx)
    dlg = TrainingImportDialog(ctx, admin, xlsx, page)
    dlg.show()
    dlg.start_preview()
    settle(app)
    grab(dlg, out / "training-import.png")
    dlg.close()
    QCoreApplication.processEvents()
    ctx.db.dispose()


if __name__ == "__main__":
    main()
