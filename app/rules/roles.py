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
    VIEW_CASES = "view_cases"  # case list, detail, statistics
    HANDLE_CASES = "handle_cases"  # 办: register, investigate, serve, evidence, transfers
    REVIEW_CASES = "review_cases"  # 审: legal review
    DECIDE_CASES = "decide_cases"  # 定: approve filing, decide, approve transfers, extensions
    EXPORT_LEDGERS = "export_ledgers"  # 执法业务台账
    MANAGE_EQUIPMENT = "manage_equipment"  # 装备登记、领用归还、维护、盘点、罚没物品
    VIEW_EQUIPMENT = "view_equipment"
    MANAGE_TRAINING = "manage_training"  # 培训登记、导入、报送
    VIEW_TRAINING = "view_training"
    RECORD_ASSESSMENT = "record_assessment"  # 年度考核结果（录入）
    ISSUE_DOCUMENTS = "issue_documents"  # 签发、重新签发、打印执法文书
    APPLY_SEAL = "apply_seal"  # 加盖印章
    VOID_DOCUMENTS = "void_documents"  # 作废文书
    SYNC = "sync"  # 同步页：立即同步、重试、同步记录与冲突（自动同步不需要）


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
            Permission.MANAGE_EQUIPMENT,
            Permission.VIEW_EQUIPMENT,
            Permission.EXPORT_LEDGERS,
            Permission.MANAGE_TRAINING,
            Permission.VIEW_TRAINING,
            Permission.RECORD_ASSESSMENT,
            Permission.SYNC,
        }
    ),
    Role.LEADER: frozenset(
        {
            Permission.MANAGE_STAFF,
            Permission.CERTIFICATE_ACTION,
            Permission.VIEW_AUDIT,
            Permission.VIEW_STAFF,
            Permission.VIEW_CASES,
            Permission.DECIDE_CASES,
            Permission.EXPORT_LEDGERS,
            Permission.MANAGE_EQUIPMENT,
            Permission.VIEW_EQUIPMENT,
            Permission.MANAGE_TRAINING,
            Permission.VIEW_TRAINING,
            Permission.RECORD_ASSESSMENT,
            Permission.ISSUE_DOCUMENTS,
            Permission.APPLY_SEAL,
            Permission.VOID_DOCUMENTS,
            Permission.SYNC,
        }
    ),
    Role.CLERK: frozenset(
        {
            Permission.MANAGE_STAFF,
            Permission.VIEW_STAFF,
            Permission.VIEW_CASES,
            Permission.EXPORT_LEDGERS,
            Permission.MANAGE_EQUIPMENT,
            Permission.VIEW_EQUIPMENT,
            Permission.MANAGE_TRAINING,
            Permission.VIEW_TRAINING,
            Permission.RECORD_ASSESSMENT,  # the clerk enters results the unit decided
            Permission.ISSUE_DOCUMENTS,
            Permission.APPLY_SEAL,
            Permission.SYNC,
        }
    ),
    Role.REVIEWER: frozenset(
        {
            Permission.VIEW_STAFF,
            Permission.VIEW_AUDIT,
            Permission.VIEW_CASES,
            Permission.REVIEW_CASES,
            Permission.VIEW_TRAINING,
            Permission.SYNC,
        }
    ),
    Role.OFFICER: frozenset(
        {
            Permission.VIEW_STAFF,
            Permission.VIEW_CASES,
            Permission.HANDLE_CASES,
            Permission.VIEW_EQUIPMENT,
            Permission.VIEW_TRAINING,
            Permission.ISSUE_DOCUMENTS,
            Permission.SYNC,
        }
    ),
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
