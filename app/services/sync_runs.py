"""Sync use cases for the desktop app: the status bar's overview, 立即同步 / 重试, the
history and the conflicts kept for review, and enrolment from Settings.

Automatic syncs (start, timer, backoff, after enrolment) are the device's, run for whoever is
logged in; a sync the user asks for (manual, retry) and the sync page's lists need
Permission.SYNC; enrolment needs Permission.MANAGE_SETTINGS (checked by app.sync.client.enrol).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.context import Actor, AppContext
from app.errors import NotFound
from app.rules.roles import Permission
from app.rules.sync import SYNC_RUNS_KEPT
from app.sync import client, runs
from app.sync.runs import SyncRunInfo
from local_db.models import LocalSetting
from local_db.models_sync import SyncConflict

AUTOMATIC_TRIGGERS = frozenset({"start", "timer", "backoff", "enrol"})
USER_TRIGGERS = frozenset({"manual", "retry"})
CONFLICTS_SHOWN = 1000


@dataclass(frozen=True)
class SyncOverview:
    """What the status bar and the sync page's head show."""

    enrolled: bool
    county_url: str | None
    ca_file: str | None
    township_name: str | None
    device_id: str | None
    last_success: datetime | None
    pending: int
    open_conflicts: int
    last_run: SyncRunInfo | None


@dataclass(frozen=True)
class ConflictInfo:
    """A version kept for review (read-only on the sync page)."""

    id: str
    kind: str  # conflict | rejected | awaiting_attachment
    entity: str
    row_id: str
    losing_version: int
    winner_version: int | None
    reason: str
    detected_at: datetime
    resolved_at: datetime | None


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def overview(ctx: AppContext) -> SyncOverview:
    """Enrolment, last success, pending rows, open conflicts and the newest attempt (every
    logged-in user sees this on the status bar)."""
    keys = (client.KEY_URL, client.KEY_CA, client.KEY_DEVICE, client.KEY_TOWNSHIP_NAME,
            client.KEY_LAST_SUCCESS)
    with ctx.db.read_session() as s:
        st: dict[str, str] = {
            k: v
            for k, v in s.execute(
                select(LocalSetting.key, LocalSetting.value).where(LocalSetting.key.in_(keys))
            )
        }
        conflicts = int(
            s.scalar(
                select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
            )
            or 0
        )
    return SyncOverview(
        enrolled=bool(st.get(client.KEY_URL) and st.get(client.KEY_DEVICE)),
        county_url=st.get(client.KEY_URL) or None,
        ca_file=st.get(client.KEY_CA) or None,
        township_name=st.get(client.KEY_TOWNSHIP_NAME) or None,
        device_id=st.get(client.KEY_DEVICE) or None,
        last_success=_parse_time(st.get(client.KEY_LAST_SUCCESS)),
        pending=client.pending_count(ctx),
        open_conflicts=conflicts,
        last_run=runs.last_run(ctx),
    )


def run_sync(
    ctx: AppContext,
    actor: Actor,
    *,
    trigger: str,
    progress: client.Progress | None = None,
    cancel: client.Cancel | None = None,
) -> client.SyncReport:
    """One sync (push then pull), recorded in the history. Runs in a worker thread: the
    engine opens its own sessions. Raises SyncError / SyncCancelled."""
    if trigger not in AUTOMATIC_TRIGGERS:
        actor.require(Permission.SYNC)
    return client.sync_now(ctx, trigger=trigger, progress=progress, cancel=cancel)


def retry(
    ctx: AppContext,
    actor: Actor,
    run_id: int,
    *,
    progress: client.Progress | None = None,
    cancel: client.Cancel | None = None,
) -> client.SyncReport:
    """重试: run attempt `run_id` again (a sync is always the whole outbox and feed)."""
    actor.require(Permission.SYNC)
    if runs.get_run(ctx, run_id) is None:
        raise NotFound("sync_run_not_found", "同步记录不存在（可能已被清理）。")
    return client.sync_now(ctx, trigger="retry", progress=progress, cancel=cancel)


def history(ctx: AppContext, actor: Actor, limit: int = SYNC_RUNS_KEPT) -> list[SyncRunInfo]:
    """The sync attempts, newest first."""
    actor.require(Permission.SYNC)
    return runs.list_runs(ctx, limit)


def conflicts(ctx: AppContext, actor: Actor, limit: int = CONFLICTS_SHOWN) -> list[ConflictInfo]:
    """Versions kept for review (conflicts lost, rows the county refused), newest first."""
    actor.require(Permission.SYNC)
    with ctx.db.read_session() as s:
        rows = s.scalars(
            select(SyncConflict).order_by(SyncConflict.detected_at.desc(), SyncConflict.id).limit(limit)
        )
        return [
            ConflictInfo(
                id=c.id, kind=c.kind, entity=c.entity, row_id=c.row_id,
                losing_version=c.losing_version, winner_version=c.winner_version,
                reason=c.reason, detected_at=c.detected_at, resolved_at=c.resolved_at,
            )
            for c in rows
        ]


def enrol(
    ctx: AppContext, actor: Actor, url: str, code: str, *, ca_file: str | None = None
) -> client.EnrolResult:
    """登记本机: spend a one-time code; the token goes to the OS keyring only."""
    return client.enrol(ctx, actor, url, code, ca_file=(ca_file or "").strip() or None)
