"""The desktop side of county sync against a real county on the throwaway PostgreSQL:
enrol from Settings → 县局连接, 立即同步 on the sync page, the status bar, a stopped server
(error row, backoff scheduled) and a cancelled sync (nothing lost). Real widgets, offscreen."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.certificates import StaffKind, StaffPosition
from app.rules.sync import BACKOFF_BASE_S, SYNC_INTERVAL_S, SyncOutcome
from app.services import staff, sync_runs, users
from app.services.demo import DEMO_PASSWORD
from app.sync import client
from tests.county.helpers import County, county_rows, enrol, local_rows
from ui import tasks
from ui.app_window import AppWindow
from ui.pages.settings import SettingsPage
from ui.pages.sync import SyncPage
from ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

WAIT_MS = 60_000  # a generous ceiling for a sync on a busy 2-core machine (not a speed target)


@pytest.fixture(autouse=True)
def qsettings_tmp(tmp_path: Path) -> Iterator[None]:
    """QSettings in tmp_path; every background job drained after the test."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield
    tasks.wait_for_all()


def _admin(ctx: AppContext) -> Actor:
    return users.login(ctx, "admin", DEMO_PASSWORD)


def _window(qtbot: QtBot, ctx: AppContext, actor: Actor) -> AppWindow:
    win = AppWindow(ctx, actor, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.sync_worker is not None)  # attached after the first page shows
    return win


def _sync_page(win: AppWindow) -> SyncPage:
    page = win.page_of_type(SyncPage)
    assert isinstance(page, SyncPage)
    return page


def _add_staff(ctx: AppContext, actor: Actor, name: str) -> None:
    staff.add_staff(
        ctx,
        actor,
        staff.StaffInput(name=name, kind=StaffKind.AUXILIARY, position=StaffPosition.MEMBER, phone="13800000000"),
    )


def test_enrol_in_settings_then_sync_now(qtbot: QtBot, stores: dict[str, AppContext], county: County) -> None:
    a = stores["A"]
    admin = _admin(a)
    win = _window(qtbot, a, admin)
    worker = win.sync_worker
    assert worker is not None
    assert win.sync_label.text() == "未连接县局" and worker.next_delay_s is None

    settings_page = win.page_of_type(SettingsPage)
    assert isinstance(settings_page, SettingsPage) and settings_page.county_box is not None
    box = settings_page.county_box
    # http to a non-loopback host is refused with a clear message, nothing spent
    box.url.setText("http://county.example.cn")
    box.code.setText("whatever")
    qtbot.mouseClick(box.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(box.error.text()) and not box.busy, timeout=WAIT_MS)
    assert "https" in box.error.text()
    # the real enrolment
    code = county.code("A")
    box.url.setText(county.server.url)
    box.code.setText(code)
    qtbot.mouseClick(box.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.busy, timeout=WAIT_MS)
    assert box.error.isHidden(), box.error.text()
    assert "已登记到县局：孝顺镇" in box.done_label.text() and box.code.text() == ""
    assert "本机已登记到县局" in box.state_label.text()
    # enrolment starts a first sync at once
    qtbot.waitUntil(lambda: not worker.running and bool(sync_runs.history(a, admin)), timeout=WAIT_MS)
    first = sync_runs.history(a, admin)[0]
    assert first.trigger == "enrol" and first.outcome is SyncOutcome.OK, first.error
    # the code is spent: a second use is refused in plain words
    box.code.setText(code)
    qtbot.mouseClick(box.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.busy, timeout=WAIT_MS)
    assert "登记码无效、已使用或已过期" in box.error.text()

    _add_staff(a, admin, "甲一")
    assert client.pending_count(a) > 0
    page = _sync_page(win)
    win.show_page(page)
    assert "待上传" in win.sync_label.text() and "待上传 0" not in win.sync_label.text()
    assert page.sync_button.isEnabled() and not page.cancel_button.isEnabled()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert worker.running and win.sync_label.text().startswith("同步中")
    assert not worker.sync_now("manual")  # never two syncs at once
    qtbot.waitUntil(lambda: not worker.running, timeout=WAIT_MS)

    run = page.runs_model.runs[0]
    assert run.outcome is SyncOutcome.OK and run.trigger == "manual" and run.pushed >= 1
    assert run.error is None and run.finished_at is not None
    assert page.runs_model.data(page.runs_model.index(0, 3)) == "成功"
    assert client.pending_count(a) == 0 and page.overview is not None and page.overview.pending == 0
    assert "待上传 0" in win.sync_label.text() and "上次同步" in win.sync_label.text()
    assert "同步出错" not in win.sync_label.text()
    assert worker.next_delay_s == SYNC_INTERVAL_S and worker.timer.isActive()
    assert county.server.url in page.county_label.text()
    # the county holds what the store holds
    held = {r for r in county_rows(county) if r[0] == a.township_id()}
    assert held == local_rows(a)


def test_stopped_server_error_row_and_backoff(qtbot: QtBot, stores: dict[str, AppContext], county: County) -> None:
    a = stores["A"]
    enrol(a, county, "A")
    county.server.stop()
    admin = _admin(a)
    win = _window(qtbot, a, admin)
    worker = win.sync_worker
    assert worker is not None
    # the sync at start fails: county unreachable → an error row and a retry in 30 s
    qtbot.waitUntil(lambda: worker.failures == 1 and not worker.running, timeout=WAIT_MS)
    page = _sync_page(win)
    page.refresh()
    run = page.runs_model.runs[0]
    assert run.trigger == "start" and run.outcome is SyncOutcome.ERROR
    assert run.error is not None and "无法连接县局服务器" in run.error and run.retryable
    assert page.runs_model.data(page.runs_model.index(0, 3)) == "失败"
    assert worker.next_delay_s == BACKOFF_BASE_S and worker.timer.isActive() and not worker.stopped
    assert "同步出错：无法连接县局" in win.sync_label.text()
    assert "无法连接县局服务器" in win.sync_label.toolTip()
    assert "30 秒后自动重试" in page.schedule_label.text()
    # 重试 fails again: the wait doubles
    win.show_page(page)
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: worker.failures == 2 and not worker.running, timeout=WAIT_MS)
    assert worker.next_delay_s == 2 * BACKOFF_BASE_S
    assert [r.trigger for r in page.runs_model.runs[:2]] == ["retry", "start"]
    assert not page.message.isHidden() and "无法连接县局服务器" in page.message.text()


def test_revoked_token_stops_automatic_syncs(
    qtbot: QtBot, stores: dict[str, AppContext], county: County, memory_keyring: object
) -> None:
    a = stores["A"]
    enrol(a, county, "A")
    # the token is gone from the keyring: not retryable, nothing scheduled until the user acts
    memory_keyring.store.clear()  # type: ignore[attr-defined]
    win = _window(qtbot, a, _admin(a))
    worker = win.sync_worker
    assert worker is not None
    qtbot.waitUntil(lambda: worker.stopped and not worker.running, timeout=WAIT_MS)
    assert worker.next_delay_s is None and not worker.timer.isActive() and worker.failures == 0
    assert "自动同步已停止" in _sync_page(win).schedule_label.text()


def test_cancel_mid_sync_loses_nothing(qtbot: QtBot, stores: dict[str, AppContext], county: County) -> None:
    a = stores["A"]
    admin = _admin(a)
    enrol(a, county, "A")
    for i in range(3):
        _add_staff(a, admin, f"取消{i}")
    before = client.pending_count(a)
    assert before > 0
    win = _window(qtbot, a, admin)
    worker = win.sync_worker
    assert worker is not None
    page = _sync_page(win)
    win.show_page(page)

    # hold the worker thread at its first progress report until 取消 has been pressed
    reached, go = threading.Event(), threading.Event()

    def hold(*_args: object) -> None:
        reached.set()
        go.wait(60)

    worker.progress.connect(hold, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)  # the sync at start is under way
    qtbot.waitUntil(page.cancel_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    go.set()
    qtbot.waitUntil(lambda: not worker.running, timeout=WAIT_MS)
    worker.progress.disconnect(hold)

    run = page.runs_model.runs[0]
    assert run.outcome is SyncOutcome.CANCELLED and run.trigger == "start"
    assert page.runs_model.data(page.runs_model.index(0, 3)) == "已取消"
    assert "同步已取消" in page.message.text()
    # nothing lost: what was sent was acknowledged, the rest is still pending
    assert client.pending_count(a) + run.pushed == before
    held = {r for r in county_rows(county) if r[0] == a.township_id()}
    assert len(held) == run.pushed
    assert worker.next_delay_s == SYNC_INTERVAL_S and worker.failures == 0
    assert "同步出错" not in win.sync_label.text()
    # the next sync finishes the job
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not worker.running, timeout=WAIT_MS)
    assert page.runs_model.runs[0].outcome is SyncOutcome.OK
    assert client.pending_count(a) == 0
    assert {r for r in county_rows(county) if r[0] == a.township_id()} == local_rows(a)
