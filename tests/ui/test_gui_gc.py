"""Python's cyclic garbage is collected on the GUI thread only (ui.tasks.GuiGarbageCollector):
a background worker allocating never runs the collector, so it never destroys Qt objects."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ui import tasks


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


@pytest.fixture
def collecting_threads() -> Iterator[list[str]]:
    """The names of the threads the collector runs on, while the test runs."""
    seen: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def test_the_timer_collects_cycles_on_the_gui_thread(
    qtbot: QtBot, collecting_threads: list[str]
) -> None:
    collector = tasks.GuiGarbageCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        collector.threshold = (0, 0, 0)  # everything is due
        node = _Node()
        ref = weakref.ref(node)
        del node
        assert ref() is not None  # automatic collection is off
        qtbot.waitUntil(lambda: ref() is None, timeout=5_000)
        assert collecting_threads and set(collecting_threads) == {"MainThread"}
    finally:
        collector.timer.stop()
        collector.deleteLater()


def test_a_busy_worker_never_runs_the_collector(
    qtbot: QtBot, collecting_threads: list[str]
) -> None:
    collector = tasks.GuiGarbageCollector(interval_ms=60_000)  # switches automatic GC off
    collector.timer.stop()
    threshold = gc.get_threshold()[0]

    def allocate() -> int:
        cycles = [_Node() for _ in range(20 * threshold)]  # far past generation 0's threshold
        return len(cycles)

    done: list[int] = []
    tasks.run_in_background(allocate, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done == [20 * threshold]
    assert collecting_threads == []  # nobody collected: not the worker, above all
    assert tasks.collect_due() > 0  # due now, collected here
    assert collecting_threads and set(collecting_threads) == {"MainThread"}
    collector.deleteLater()
