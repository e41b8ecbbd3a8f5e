"""The main window builds its pages lazily: titles at login, each page when first opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from ui.app_window import AppWindow
from ui.pages import BACKUPS, CASES, DASHBOARD, SETTINGS, build_pages, pages_for
from ui.pages.backups import BackupsPage
from ui.pages.cases import CasesPage
from ui.pages.dashboard import DashboardPage
from ui.pages.settings import SettingsPage
from ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
ROOT = Path(__file__).resolve().parents[2]


def test_only_the_dashboard_is_built_at_login(
    qtbot: QtBot, ctx: AppContext, officer: Actor, settings: Settings
) -> None:
    win = AppWindow(ctx, officer, settings)
    qtbot.addWidget(win)
    win.show()
    assert [type(p) for p in win.built_pages()] == [DashboardPage]
    assert win.stack.currentWidget() is win.built_pages()[0]
    assert win.page_titles() == [s.page_title() for s in pages_for(ctx, officer)]
    assert win.page_specs[:2] == [DASHBOARD, CASES] and win.page_specs[-1] == SETTINGS
    # Nothing built for a question: the officer has no backups page at all.
    assert win.backups_page(build=False) is None and not win.backup_action.isEnabled()

    row = win.page_specs.index(CASES)
    win.nav.setCurrentRow(row)
    cases = win.stack.currentWidget()
    assert isinstance(cases, CasesPage) and win.page_at(row) is cases
    assert len(win.built_pages()) == 2
    win.nav.setCurrentRow(0)
    win.nav.setCurrentRow(row)
    assert win.stack.currentWidget() is cases and len(win.built_pages()) == 2
    assert win.cases_label.text().startswith("逾期期限")  # the cases page feeds the status bar


def test_every_built_page_has_its_specs_title(
    qtbot: QtBot, ctx: AppContext, admin: Actor, officer: Actor
) -> None:
    for actor in (admin, officer):
        specs = pages_for(ctx, actor)
        pages = build_pages(ctx, actor)
        for page in pages:
            qtbot.addWidget(page)
        assert [p.page_title() for p in pages] == [s.page_title() for s in specs]  # type: ignore[attr-defined]
        assert all(s.is_for(type(p)) and s.is_for(s.path) for s, p in zip(specs, pages, strict=True))


def test_backups_page_is_built_on_demand_and_wired(
    qtbot: QtBot, ctx: AppContext, admin: Actor, settings: Settings
) -> None:
    win = AppWindow(ctx, admin, settings)
    qtbot.addWidget(win)
    win.show()
    assert win.backup_action.isEnabled() and win.backups_page(build=False) is None
    page = win.page_of_type(BackupsPage)
    assert isinstance(page, BackupsPage) and win.backups_page(build=False) is page
    assert win.page_of_type(BACKUPS.path) is page
    win.show_page_of_type(SettingsPage)
    assert isinstance(win.stack.currentWidget(), SettingsPage)
    emitted: list[str] = []
    win.restart_requested.connect(emitted.append)
    page.store_replaced.emit("恢复完成")  # wired to the window when it was built
    assert emitted == ["恢复完成"]
    win._restarting = False


def test_login_imports_no_other_page_nor_reportlab_or_openpyxl(tmp_path: Path) -> None:
    """A fresh process: the window attached and the dashboard filled, then look at sys.modules."""
    script = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.services import demo
from app.store import open_store
from app.services import users
ctx = open_store(Path(sys.argv[1]))
demo.fill_demo(ctx, sworn=4, auxiliaries=2)
actor = users.login(ctx, "zhangwei", demo.DEMO_PASSWORD)
before = set(sys.modules)
from ui.app_window import AppWindow
win = AppWindow(ctx, actor)
win.show()
page = win.built_pages()[0]
page.filled.connect(app.quit)
app.exec()
loaded = sorted(m for m in set(sys.modules) - before if m.startswith(
    ("ui.pages.", "reportlab", "openpyxl", "app.documents", "pypdf")) and m != "ui.pages._forms")
print(" ".join(loaded) or "-")
from ui import tasks
tasks.wait_for_all()
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), XDG_STATE_HOME=str(tmp_path / "s"))
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.sqlite3")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["ui.pages.dashboard"], proc.stdout


def test_page_shooter_saves_every_page_once_idle(
    qtbot: QtBot, ctx: AppContext, admin: Actor, settings: Settings, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    from ui.pages import ALL_PAGES, screenshot_name
    from ui.startup import PageShooter

    win = AppWindow(ctx, admin, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    shooter = PageShooter(win, tmp_path / "shots")
    with qtbot.waitSignal(shooter.done, timeout=60_000):
        shooter.start()
    names = [screenshot_name(s) for s in win.page_specs]
    assert [p.stem for p in shooter.written] == names
    assert names[0] == "01-dashboard" and names[-1] == "11-settings"
    assert len(set(screenshot_name(s) for s in ALL_PAGES)) == len(ALL_PAGES)
    for path in shooter.written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() == win.width()
    assert len(win.built_pages()) == len(win.page_specs)
