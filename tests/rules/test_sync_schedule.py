"""The automatic sync schedule: interval, exponential backoff (30 s doubling, cap 30 min),
stop on non-retryable errors."""

from __future__ import annotations

from app.rules.sync import (
    BACKOFF_BASE_S,
    BACKOFF_CAP_S,
    SYNC_INTERVAL_S,
    SyncOutcome,
    backoff_delay,
    next_sync,
)


def test_backoff_doubles_from_30_s_and_caps_at_30_min() -> None:
    assert BACKOFF_BASE_S == 30 and BACKOFF_CAP_S == 30 * 60
    assert [backoff_delay(n) for n in range(1, 9)] == [30, 60, 120, 240, 480, 960, 1800, 1800]
    assert backoff_delay(0) == 0
    assert backoff_delay(10_000) == BACKOFF_CAP_S  # no overflow, no float


def test_next_sync_after_each_outcome() -> None:
    assert SYNC_INTERVAL_S == 300
    ok = next_sync(SyncOutcome.OK, 4)
    assert ok.delay_s == SYNC_INTERVAL_S and ok.failures == 0 and not ok.stopped
    first = next_sync(SyncOutcome.ERROR, 0, retryable=True)
    assert (first.delay_s, first.failures) == (30, 1)
    third = next_sync(SyncOutcome.ERROR, 2, retryable=True)
    assert (third.delay_s, third.failures) == (120, 3)
    revoked = next_sync(SyncOutcome.ERROR, 2, retryable=False)
    assert revoked.stopped and revoked.delay_s is None
    cancelled = next_sync(SyncOutcome.CANCELLED, 2)
    assert cancelled.delay_s == SYNC_INTERVAL_S and cancelled.failures == 2
