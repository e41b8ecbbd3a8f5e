"""The local sync history: recorded attempts, newest first, pruned to the newest N; the
sync_now bookkeeping when the store is not enrolled."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.context import Actor, AppContext
from app.errors import PermissionDenied
from app.rules.roles import Role
from app.rules.sync import SYNC_RUNS_KEPT, SyncOutcome
from app.services import sync_runs
from app.sync import client, runs
from local_db.models_sync import SyncRun
from tests.conftest import FakeClock


def test_history_is_pruned_to_the_newest(ctx: AppContext, clock: FakeClock) -> None:
    assert SYNC_RUNS_KEPT == 500
    ids = []
    for i in range(12):
        run_id = runs.start_run(ctx, "timer")
        clock.advance(seconds=5)
        runs.finish_run(ctx, run_id, SyncOutcome.OK, pushed=i, keep=10)
        ids.append(run_id)
    listed = runs.list_runs(ctx)
    assert [r.id for r in listed] == ids[::-1][:10]  # newest first, the two oldest gone
    assert listed[0].pushed == 11 and listed[0].outcome is SyncOutcome.OK
    assert runs.prune_runs(ctx, keep=3) == 7
    with ctx.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(SyncRun)) == 3


def test_not_enrolled_sync_is_an_error_row(ctx: AppContext, admin: Actor) -> None:
    with pytest.raises(client.SyncError) as info:
        sync_runs.run_sync(ctx, admin, trigger="manual")
    assert info.value.code == "not_enrolled" and not info.value.retryable
    (run,) = sync_runs.history(ctx, admin)
    assert run.outcome is SyncOutcome.ERROR and run.trigger == "manual"
    assert run.error is not None and "尚未登记" in run.error
    assert run.finished_at is not None and not run.retryable
    ov = sync_runs.overview(ctx)
    assert not ov.enrolled and ov.last_run == run and ov.last_success is None


def test_manual_sync_needs_the_permission(ctx: AppContext, admin: Actor) -> None:
    helper = Actor("x", "aux", "辅助", frozenset({Role.AUXILIARY}), admin.township_id)
    with pytest.raises(PermissionDenied):
        sync_runs.run_sync(ctx, helper, trigger="manual")
    with pytest.raises(PermissionDenied):
        sync_runs.history(ctx, helper)
    with pytest.raises(client.SyncError):  # automatic syncs are the device's, for anyone
        sync_runs.run_sync(ctx, helper, trigger="timer")
