"""Running slow work (backups, restores) on QThreadPool; results come back as signals."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; the worker's signals reach its slots through queued calls."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.succeeded.connect(self._done)
        self.failed.connect(self._fail)

    @Slot(object)
    def _done(self, result: Any) -> None:
        _running.discard(self)
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _fail(self, exc: BaseException) -> None:
        _running.discard(self)
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.error("Background task failed", exc_info=exc)


_running: set[_Relay] = set()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # QRunnable.run override
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread's callback
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run `fn()` on the global thread pool; the callbacks run in the GUI thread.

    `fn` must not touch widgets or ORM objects; pass ids and plain data.
    """
    relay = _Relay(on_done, on_error)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def busy() -> bool:
    """Whether a background task started here has not reported back yet."""
    return bool(_running)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until every pool job has finished (used at exit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def freeze_long_lived_objects() -> None:
    """Once per process: move every object alive now (modules, pages, Qt wrappers: the
    session's start-up) out of the cyclic collector's sight. A full collection otherwise walks
    them all and, holding the GIL, stalls painting for a few hundred ms while a background sync
    allocates (measured by `python -m benchmarks sync-gui`). O(1); no collection is run first
    (that would cost the start-up a full pass), so garbage alive now is kept for good: a few
    start-up leftovers, once."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


_frozen = False


class GuiGarbageCollector(QObject):
    """Python's cyclic garbage collected on the GUI thread only.

    Automatic collection runs in whichever thread trips its thresholds: a run_in_background
    worker allocating ORM rows would then destroy the Qt objects it finds in garbage cycles
    (widgets of closed dialogs and pages) off the GUI thread, which crashes (a segfault, seen
    in the test suite). Automatic collection is switched off and this timer collects here, at
    the same thresholds, generation by generation."""

    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QTimer

        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    @Slot()
    def check(self) -> int:
        """Collect what is due (collect_due); objects freed."""
        return collect_due(self.threshold)


def collect_due(threshold: tuple[int, int, int] | None = None) -> int:
    """Collect the generations whose counts passed their thresholds (Python's own rule, here
    on the calling thread); objects freed."""
    first, second, third = threshold or gc.get_threshold()
    freed = 0
    count0, count1, count2 = gc.get_count()
    if count0 > first:
        freed += gc.collect(0)
        if count1 > second:
            freed += gc.collect(1)
            if count2 > third:
                freed += gc.collect(2)
    return freed


_collector: GuiGarbageCollector | None = None


def collect_garbage_on_gui_thread() -> GuiGarbageCollector:
    """Once per process (from the GUI thread): the GuiGarbageCollector."""
    global _collector
    if _collector is None:
        _collector = GuiGarbageCollector()
    return _collector
