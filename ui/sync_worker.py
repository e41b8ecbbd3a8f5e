"""The background county sync: at start (after login, when enrolled), every SYNC_INTERVAL_S,
on 立即同步 (Ctrl+Shift+S) and after enrolment; retryable failures back off (30 s doubling,
cap 30 min: app.rules.sync), a non-retryable one stops automatic syncs until the user acts.

One sync at a time. The sync itself runs on the thread pool (ui.tasks): the engine opens its
own sessions (SQLite writer transactions are short BEGIN IMMEDIATE ones, the GUI keeps reading
through WAL); progress comes back by queued signal; cancel is a thread-safe flag the engine
checks between batches and pages.
"""

from __future__ import annotations

import logging
import threading

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from app.context import Actor, AppContext
from app.errors import DomainError, NotFound, PermissionDenied
from app.rules.sync import SyncOutcome, next_sync
from app.services import sync_runs
from app.sync.client import SyncCancelled
from ui import tasks

log = logging.getLogger(__name__)


class SyncWorker(QObject):
    """Schedules and runs syncs for one logged-in session (lives in the GUI thread)."""

    started = Signal(str)  # trigger
    progress = Signal(str, int, int)  # phase (上传/下载), done, total — emitted from the worker thread
    finished = Signal(object)  # SyncReport, or the exception that ended the sync
    state_changed = Signal()  # scheduling changed (running, next attempt, stopped)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.running = False
        self.trigger = ""
        self.failures = 0  # consecutive retryable failures
        self.next_delay_s: int | None = None  # the scheduled automatic attempt; None = none
        self.stopped = False  # a non-retryable error stopped automatic syncs
        self.last_error: BaseException | None = None
        self._cancel = threading.Event()
        self._closed = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timer_fired)
        self._next_trigger = "timer"

    # -- scheduling -----------------------------------------------------------------------
    def enrolled(self) -> bool:
        """Whether the store is enrolled with a county."""
        return sync_runs.overview(self.ctx).enrolled

    def start(self) -> bool:
        """After login: sync now when enrolled (nothing is scheduled otherwise)."""
        if not shiboken6.isValid(self) or self._closed:
            return False
        if not self.enrolled():
            self._unschedule()
            return False
        return self.sync_now("start")

    def _schedule(self, delay_s: int | None, trigger: str) -> None:
        self.timer.stop()
        self.next_delay_s = delay_s
        self._next_trigger = trigger
        if delay_s is not None and not self._closed:
            self.timer.start(delay_s * 1000)
        self.state_changed.emit()

    def _unschedule(self) -> None:
        self._schedule(None, "timer")

    def _timer_fired(self) -> None:
        if not self.running:
            self.sync_now(self._next_trigger)

    # -- one sync -------------------------------------------------------------------------
    def sync_now(self, trigger: str = "manual", *, retry_of: int | None = None) -> bool:
        """Start a sync unless one is running; False when refused (already running, closed)."""
        if self.running or self._closed:
            return False
        self.timer.stop()
        self.running = True
        self.trigger = trigger
        self._cancel.clear()
        if trigger in ("manual", "retry", "enrol"):
            self.stopped = False  # the user acted
        ctx, actor, cancel = self.ctx, self.actor, self._cancel

        def emit_progress(phase: str, done: int, total: int) -> None:
            if shiboken6.isValid(self):
                self.progress.emit(phase, done, total)

        def work() -> object:
            if retry_of is not None:
                return sync_runs.retry(ctx, actor, retry_of, progress=emit_progress, cancel=cancel.is_set)
            return sync_runs.run_sync(
                ctx, actor, trigger=trigger, progress=emit_progress, cancel=cancel.is_set
            )

        log.info("Sync started (%s)", trigger)
        self.started.emit(trigger)
        self.state_changed.emit()
        tasks.run_in_background(work, self._done, self._failed)
        return True

    def retry(self, run_id: int) -> bool:
        """重试: run the attempt `run_id` again."""
        return self.sync_now("retry", retry_of=run_id)

    def cancel(self) -> None:
        """Ask the running sync to stop after the current batch or page (thread-safe)."""
        self._cancel.set()

    def _done(self, report: object) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        self.last_error = None
        plan = next_sync(SyncOutcome.OK, self.failures)
        self.failures = plan.failures
        self.stopped = False
        log.info("Sync finished (%s)", self.trigger)
        self._schedule(plan.delay_s, "timer")
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        self.last_error = exc
        if isinstance(exc, SyncCancelled | PermissionDenied | NotFound):
            # the user's choice, or a request refused before anything ran: the normal interval
            plan = next_sync(SyncOutcome.CANCELLED, self.failures)
        else:
            # SyncError says whether waiting helps; a local fault (e.g. a locked store) may pass
            retryable = bool(getattr(exc, "retryable", not isinstance(exc, DomainError)))
            plan = next_sync(SyncOutcome.ERROR, self.failures, retryable=retryable)
            if isinstance(exc, DomainError):
                log.warning("Sync failed (%s): %s", exc.code, exc)
            else:
                log.error("Sync failed", exc_info=exc)
        self.failures = plan.failures
        self.stopped = plan.stopped
        self._schedule(plan.delay_s, "backoff" if self.failures and not plan.stopped else "timer")
        self.finished.emit(exc)

    def close(self) -> None:
        """At logout or exit: no more attempts; a running sync is asked to stop."""
        self._closed = True
        self.timer.stop()
        self.cancel()
