"""Read-only look-ups the screens need for their filters (plain data, no changes)."""

from __future__ import annotations

from sqlalchemy import select

from app.context import Actor, AppContext
from app.rules.roles import Permission
from local_db.models import AuditLog, StaffMember, UserAccount


def audit_action_prefixes(ctx: AppContext, actor: Actor) -> list[str]:
    """Distinct action groups in the audit log, e.g. ["certificate.", "staff.", "user."]."""
    actor.require(Permission.VIEW_AUDIT)
    with ctx.db.read_session() as s:
        actions = s.scalars(select(AuditLog.action).distinct())
        return sorted({a.split(".", 1)[0] + "." for a in actions if a})


def entity_names(ctx: AppContext, ids: set[str]) -> dict[str, str]:
    """Display names of the user accounts and staff members among `ids` (audit 对象 column)."""
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    out: dict[str, str] = {}
    with ctx.db.read_session() as s:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            for uid, display, username in s.execute(
                select(UserAccount.id, UserAccount.display_name, UserAccount.username).where(
                    UserAccount.id.in_(chunk)
                )
            ):
                out[uid] = f"{display}（{username}）"
            for sid, name in s.execute(
                select(StaffMember.id, StaffMember.name).where(StaffMember.id.in_(chunk))
            ):
                out[sid] = name
    return out
