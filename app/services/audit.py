"""Reading and verifying the audit chain (全过程记录)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select

from app.context import Actor, AppContext
from app.rules.roles import Permission
from local_db.audit import ChainReport, verify_chain
from local_db.models import AuditLog


@dataclass(frozen=True)
class AuditEntry:
    """One audit row as plain data."""

    seq: int
    at: datetime
    user_name: str | None
    action: str
    entity: str
    entity_id: str | None
    change: dict[str, Any]


@dataclass(frozen=True)
class AuditFilter:
    """Filters of the audit viewer (all optional)."""

    text: str = ""
    action_prefix: str = ""
    user_name: str = ""
    since: datetime | None = None
    until: datetime | None = None
    entity_id: str = ""


def _query(f: AuditFilter) -> Any:
    q = select(AuditLog)
    if f.action_prefix:
        q = q.where(AuditLog.action.like(f.action_prefix.replace("%", "") + "%"))
    if f.user_name:
        q = q.where(AuditLog.user_name == f.user_name)
    if f.since is not None:
        q = q.where(AuditLog.at >= f.since)
    if f.until is not None:
        q = q.where(AuditLog.at < f.until)
    if f.entity_id:
        q = q.where(AuditLog.entity_id == f.entity_id)
    if f.text:
        like = "%" + f.text.replace("%", "").replace("_", "") + "%"
        q = q.where(
            or_(
                AuditLog.change_json.like(like),
                AuditLog.action.like(like),
                AuditLog.user_name.like(like),
            )
        )
    return q


def list_entries(
    ctx: AppContext, actor: Actor, f: AuditFilter, *, limit: int = 500, offset: int = 0
) -> list[AuditEntry]:
    """Newest first, filtered."""
    actor.require(Permission.VIEW_AUDIT)
    with ctx.db.read_session() as s:
        rows = s.scalars(_query(f).order_by(AuditLog.seq.desc()).limit(limit).offset(offset))
        return [
            AuditEntry(r.seq, r.at, r.user_name, r.action, r.entity, r.entity_id, json.loads(r.change_json))
            for r in rows
        ]


def count_entries(ctx: AppContext, actor: Actor, f: AuditFilter) -> int:
    """How many entries match `f`."""
    actor.require(Permission.VIEW_AUDIT)
    with ctx.db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(_query(f).subquery())) or 0)


def user_names(ctx: AppContext) -> list[str]:
    """Distinct user names in the log (for the viewer's filter)."""
    with ctx.db.read_session() as s:
        return [n for n in s.scalars(select(AuditLog.user_name).distinct()) if n]


def verify(ctx: AppContext) -> ChainReport:
    """Walk the whole chain."""
    with ctx.db.read_session() as s:
        return verify_chain(s)
