"""When the desktop app syncs with the county: the interval, the backoff after a failure, and
how much sync history is kept. Pure functions; the Qt worker (ui/sync_worker.py) only asks them.

- Automatic syncs: at start (after login, when enrolled), then every SYNC_INTERVAL_S.
- A retryable failure (county unreachable, 5xx, a garbled answer) waits
  BACKOFF_BASE_S · 2^(failures-1), at most BACKOFF_CAP_S, then tries again.
- A non-retryable failure (revoked token, schema too old, keyring missing) stops automatic
  syncs until the user acts (立即同步 / 重试 or a new enrolment).
- A cancelled sync is the user's choice: the normal interval applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SYNC_INTERVAL_S = 5 * 60  # automatic sync every 5 minutes
BACKOFF_BASE_S = 30  # first retry after a retryable error
BACKOFF_CAP_S = 30 * 60  # never wait longer than this between retries
SYNC_RUNS_KEPT = 500  # sync history rows kept in the local store


class SyncOutcome(StrEnum):
    """How one sync attempt ended (stored in sync_run.outcome)."""

    RUNNING = "running"
    OK = "ok"
    ERROR = "error"
    CANCELLED = "cancelled"


SYNC_OUTCOME_LABELS: dict[SyncOutcome, str] = {
    SyncOutcome.RUNNING: "进行中",
    SyncOutcome.OK: "成功",
    SyncOutcome.ERROR: "失败",
    SyncOutcome.CANCELLED: "已取消",
}

SYNC_TRIGGER_LABELS: dict[str, str] = {
    "start": "启动时",
    "timer": "定时",
    "backoff": "自动重试",
    "manual": "立即同步",
    "retry": "重试",
    "enrol": "登记后",
    "cli": "命令行",
}


def backoff_delay(failures: int) -> int:
    """Seconds to wait after `failures` consecutive retryable failures (≥ 1):
    30 s, 60 s, 120 s … capped at 30 min."""
    if failures < 1:
        return 0
    # 2**n grows without bound: stop doubling once past the cap
    delay = BACKOFF_BASE_S
    for _ in range(failures - 1):
        delay *= 2
        if delay >= BACKOFF_CAP_S:
            return BACKOFF_CAP_S
    return min(delay, BACKOFF_CAP_S)


@dataclass(frozen=True)
class NextSync:
    """What to do after an attempt: wait `delay_s` (None = nothing scheduled until the user
    acts) with `failures` consecutive retryable failures counted so far."""

    delay_s: int | None
    failures: int

    @property
    def stopped(self) -> bool:
        """Automatic syncs are stopped (a non-retryable error)."""
        return self.delay_s is None


def next_sync(outcome: SyncOutcome, failures: int, *, retryable: bool = False) -> NextSync:
    """The schedule after an attempt ended with `outcome`, given the failures before it."""
    if outcome is SyncOutcome.ERROR:
        if not retryable:
            return NextSync(None, failures)
        return NextSync(backoff_delay(failures + 1), failures + 1)
    if outcome is SyncOutcome.CANCELLED:
        return NextSync(SYNC_INTERVAL_S, failures)
    return NextSync(SYNC_INTERVAL_S, 0)
