"""The start-up's first page: read from the store file with sqlite3 alone before the ORM is
loaded (app.services.dashboard.first_page), equal to what the store gives; shown by the main
window before the store is opened, kept when it is (AppWindow.show_first_page / attach)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.services import demo
from app.services.dashboard import dashboard, first_page
from tests.conftest import FakeClock, dispose_store
from ui.app_window import AppWindow
from ui.pages.dashboard import DashboardPage
from ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_page_equals_the_store_and_writes_nothing(
    store_file: Path, clock: FakeClock
) -> None:
    before = _digest(store_file)
    page = first_page(store_file, "zhangwei", demo.DEMO_PASSWORD, clock)
    assert page is not None and page.data is not None
    assert _digest(store_file) == before  # read only: not even the WAL was written

    from app.services import users
    from app.store import open_store

    ctx = open_store(store_file, clock=clock)
    try:
        actor = users.login(ctx, "zhangwei", demo.DEMO_PASSWORD)
        assert page.actor == actor
        assert page.data == dashboard(ctx, actor, clock.today(), with_sync=False)
        assert page.data.cases is not None and page.data.cases.total > 0
        assert page.data.training is not None and page.data.training.officers
    finally:
        dispose_store(ctx)


def test_no_first_page_when_login_fails_or_store_is_not_current(
    store_file: Path, clock: FakeClock, tmp_path: Path
) -> None:
    assert first_page(store_file, "zhangwei", "wrong-password", clock) is None
    assert first_page(store_file, "nobody", demo.DEMO_PASSWORD, clock) is None
    missing = tmp_path / "missing.sqlite3"
    assert first_page(missing, "zhangwei", demo.DEMO_PASSWORD, clock) is None
    assert not missing.exists()  # never created
    con = sqlite3.connect(store_file)
    con.execute("UPDATE alembic_version SET version_num = '0001'")  # an older store
    con.commit()
    con.close()
    assert first_page(store_file, "zhangwei", demo.DEMO_PASSWORD, clock) is None


def test_not_a_database_raises(tmp_path: Path, clock: FakeClock) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(sqlite3.DatabaseError):
        first_page(junk, "zhangwei", demo.DEMO_PASSWORD, clock)


def test_window_keeps_the_early_page_when_the_store_opens(
    qtbot: QtBot, dctx: AppContext, leader: Actor, settings: Settings
) -> None:
    page_data = first_page(dctx.db_path, "zhangwei", demo.DEMO_PASSWORD, dctx.clock)
    assert page_data is not None and page_data.data is not None
    win = AppWindow(settings=settings)
    qtbot.addWidget(win)
    win.show_first_page(page_data.actor, page_data.data)
    win.show()
    early = win.built_pages()[0]
    assert isinstance(early, DashboardPage) and early.ctx is None
    assert early.tiles["deadlines"].number_label.text() == f"{page_data.data.cases.overdue:,}"
    titles = win.page_titles()
    win.nav.setCurrentRow(1)  # 案件, chosen before the store is open: opens on attach
    assert len(win.built_pages()) == 1

    win.attach(dctx, leader)
    assert win.page_titles() == titles  # the navigation is not built twice
    assert win.built_pages()[0] is early and early.ctx is dctx
    assert len(win.built_pages()) == 2 and win.stack.currentWidget() is win.built_pages()[1]
    win.nav.setCurrentRow(0)
    qtbot.waitUntil(lambda: not early.running, timeout=10_000)
    assert early.data is not None and early.data.sync is not None  # the sync tile filled


def test_page_prepared_while_reading_is_used_only_for_the_same_account(
    qtbot: QtBot, dctx: AppContext, leader: Actor, settings: Settings
) -> None:
    """While the figures are read, the 工作台 for the account being logged in is made but not
    shown; it is filled and joins the window only with the figures for that account, and is
    dropped when they do not come."""
    page_data = first_page(dctx.db_path, "zhangwei", demo.DEMO_PASSWORD, dctx.clock)
    assert page_data is not None and page_data.data is not None
    win = AppWindow(settings=settings)
    qtbot.addWidget(win)
    win.prepare_first_page(page_data.actor)
    assert win._ready_page is not None
    prepared = win._ready_page[1]
    assert isinstance(prepared, DashboardPage) and prepared.data is None
    assert win.built_pages() == [] and win.stack.indexOf(prepared) == -1  # not shown
    win.prepare_first_page(page_data.actor)  # once
    assert win._ready_page[1] is prepared
    win.resize(1366, 768)
    win.render_prepared_page()  # laid out off screen in the stack's size, still not shown
    assert prepared.size() == win.stack.size() and not prepared.isVisible()
    assert win.stack.indexOf(prepared) == -1
    win.show_first_page(page_data.actor, page_data.data)
    assert win.built_pages() == [prepared] and prepared.data == page_data.data
    assert prepared.size() == win.stack.size()
    assert win._ready_page is None

    other = AppWindow(settings=settings)  # the figures came for someone else: a new page
    qtbot.addWidget(other)
    other.prepare_first_page(page_data.actor)
    stale = other._ready_page[1]  # type: ignore[index]
    someone = page_data.actor._replace(username="someone")
    other.show_first_page(someone, page_data.data)
    assert other.built_pages()[0] is not stale and other._ready_page is None

    dropped = AppWindow(settings=settings)  # no figures (wrong login): dropped on attach
    qtbot.addWidget(dropped)
    dropped.prepare_first_page(page_data.actor)
    dropped.attach(dctx, leader)
    assert dropped._ready_page is None and all(p is not None for p in dropped.built_pages())
