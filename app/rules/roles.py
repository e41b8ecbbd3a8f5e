"""Roles (DOMAIN.md "Who uses it") and what each may do: the one permission table."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A user's role; codes are stored, labels are shown."""

    LEADER = "leader"
    OFFICER = "officer"
    REVIEWER = "reviewer"
    AUXILIARY = "auxiliary"
    CLERK = "clerk"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.LEADER: "队长/分管领导",
    Role.OFFICER: "执法队员",
    Role.REVIEWER: "法制审核员",
    Role.AUXILIARY: "辅助执法人员",
    Role.CLERK: "内勤",
    Role.ADMIN: "管理员",
}


class Permission(StrEnum):
    """Things a service checks before acting."""

    MANAGE_USERS = "manage_users"
    MANAGE_STAFF = "manage_staff"
    CERTIFICATE_ACTION = "certificate_action"
    VIEW_AUDIT = "view_audit"
    MANAGE_BACKUPS = "manage_backups"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_STAFF = "view_staff"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(
        {
            Permission.MANAGE_USERS,
            Permission.MANAGE_STAFF,
            Permission.CERTIFICATE_ACTION,
            Permission.VIEW_AUDIT,
            Permission.MANAGE_BACKUPS,
            Permission.MANAGE_SETTINGS,
            Permission.VIEW_STAFF,
        }
    ),
    Role.LEADER: frozenset(
        {
            Permission.MANAGE_STAFF,
            Permission.CERTIFICATE_ACTION,
            Permission.VIEW_AUDIT,
            Permission.VIEW_STAFF,
        }
    ),
    Role.CLERK: frozenset({Permission.MANAGE_STAFF, Permission.VIEW_STAFF}),
    Role.REVIEWER: frozenset({Permission.VIEW_STAFF, Permission.VIEW_AUDIT}),
    Role.OFFICER: frozenset({Permission.VIEW_STAFF}),
    Role.AUXILIARY: frozenset(),
}


def permissions_of(roles: frozenset[Role]) -> frozenset[Permission]:
    """Union of the permissions of `roles`."""
    out: set[Permission] = set()
    for role in roles:
        out |= ROLE_PERMISSIONS[role]
    return frozenset(out)


def parse_roles(text: str) -> frozenset[Role]:
    """Roles from their stored comma-separated codes (unknown codes are ignored)."""
    codes = {c.strip() for c in text.split(",") if c.strip()}
    return frozenset(Role(c) for c in codes if c in Role._value2member_map_)


def format_roles(roles: frozenset[Role] | set[Role]) -> str:
    """Stored form of a role set: codes sorted, comma-separated."""
    return ",".join(sorted(r.value for r in roles))
