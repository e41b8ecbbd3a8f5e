"""The local sync history (table sync_run, never pushed): one row per attempt with its
trigger, start and end, outcome, the counts moved and the Chinese error message.

`client.sync_now` records through `start_run` / `finish_run`; the newest SYNC_RUNS_KEPT rows
are kept. `app.services.sync` lists them for the sync page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from app.context import AppContext
from app.rules.sync import SYNC_RUNS_KEPT, SyncOutcome
from local_db.models_sync import SyncRun


@dataclass(frozen=True)
class SyncRunInfo:
    """One sync attempt as the sync page shows it."""

    id: int
    trigger: str
    started_at: datetime
    finished_at: datetime | None
    outcome: SyncOutcome
    pushed: int
    pulled: int
    conflicts: int
    error: str | None
    error_code: str | None
    error_detail: str | None
    retryable: bool


def _info(r: SyncRun) -> SyncRunInfo:
    try:
        outcome = SyncOutcome(r.outcome)
    except ValueError:
        outcome = SyncOutcome.ERROR
    return SyncRunInfo(
        id=r.id,
        trigger=r.trigger,
        started_at=r.started_at,
        finished_at=r.finished_at,
        outcome=outcome,
        pushed=r.pushed,
        pulled=r.pulled,
        conflicts=r.conflicts,
        error=r.error,
        error_code=r.error_code,
        error_detail=r.error_detail,
        retryable=bool(r.retryable),
    )


def start_run(ctx: AppContext, trigger: str) -> int:
    """Record the start of an attempt; answers its id."""
    with ctx.db.write_session() as s, s.begin():
        run = SyncRun(
            trigger=trigger[:16],
            started_at=ctx.clock.now(),
            pushed=0,
            pulled=0,
            conflicts=0,
            ok=False,
            outcome=SyncOutcome.RUNNING.value,
        )
        s.add(run)
        s.flush()
        return run.id


def finish_run(
    ctx: AppContext,
    run_id: int,
    outcome: SyncOutcome,
    *,
    pushed: int = 0,
    pulled: int = 0,
    conflicts: int = 0,
    error: str | None = None,
    error_code: str | None = None,
    error_detail: str | None = None,
    retryable: bool = False,
    keep: int = SYNC_RUNS_KEPT,
    extra: Any = None,
) -> None:
    """Record how attempt `run_id` ended, then keep only the newest `keep` attempts.

    `extra(session)` runs in the same transaction (the client's last success / last error
    settings)."""
    with ctx.db.write_session() as s, s.begin():
        run = s.get(SyncRun, run_id)
        if run is not None:
            run.finished_at = ctx.clock.now()
            run.outcome = outcome.value
            run.ok = outcome is SyncOutcome.OK
            run.pushed = pushed
            run.pulled = pulled
            run.conflicts = conflicts
            run.error = error
            run.error_code = error_code
            run.error_detail = error_detail
            run.retryable = retryable
        if extra is not None:
            extra(s)
        _prune(s, keep)


def _prune(s: Any, keep: int) -> int:
    newest = select(SyncRun.id).order_by(SyncRun.id.desc()).limit(keep)
    result = s.execute(delete(SyncRun).where(SyncRun.id.not_in(newest)))
    return int(result.rowcount or 0)


def prune_runs(ctx: AppContext, keep: int = SYNC_RUNS_KEPT) -> int:
    """Delete all but the newest `keep` attempts; answers how many went."""
    with ctx.db.write_session() as s, s.begin():
        return _prune(s, keep)


def list_runs(ctx: AppContext, limit: int = SYNC_RUNS_KEPT) -> list[SyncRunInfo]:
    """The newest attempts first."""
    with ctx.db.read_session() as s:
        rows = s.scalars(select(SyncRun).order_by(SyncRun.id.desc()).limit(limit))
        return [_info(r) for r in rows]


def get_run(ctx: AppContext, run_id: int) -> SyncRunInfo | None:
    """One attempt by id (None when pruned)."""
    with ctx.db.read_session() as s:
        r = s.get(SyncRun, run_id)
        return None if r is None else _info(r)


def last_run(ctx: AppContext) -> SyncRunInfo | None:
    """The newest attempt, None before the first."""
    runs = list_runs(ctx, 1)
    return runs[0] if runs else None
