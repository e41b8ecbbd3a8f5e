"""Enforcement certificates (持证上岗, 三色执法权证): statuses, actions and the handler rule.

`handler_eligibility` is the one place that answers "may this person handle a case today?".
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import NamedTuple


class StaffKind(StrEnum):
    """Sworn officer (在编执法队员) or auxiliary (辅助执法人员)."""

    SWORN = "sworn"
    AUXILIARY = "auxiliary"


class StaffPosition(StrEnum):
    """Squad leader (队负责人) or member (队员)."""

    LEADER = "leader"
    MEMBER = "member"


class CertStatus(StrEnum):
    """Three-colour certificate status (三色执法权证)."""

    GREEN = "green"  # 有效
    YELLOW = "yellow"  # 黄牌警告: may still act, flagged
    ORANGE = "orange"  # 橙牌暂扣: suspended, may not handle cases
    RED = "red"  # 红牌注销: cancelled


class CertAction(StrEnum):
    """Recorded actions that change a certificate."""

    ISSUE = "issue"  # 发证 (new certificate number)
    RENEW = "renew"  # 换证/延期 (new expiry date)
    YELLOW = "yellow"  # 黄牌警告
    ORANGE = "orange"  # 橙牌暂扣
    RED = "red"  # 红牌注销
    LIFT = "lift"  # 解除警告/暂扣


# Which statuses each action may start from, and the status it leads to (None = unchanged).
ACTION_RULES: dict[CertAction, tuple[frozenset[CertStatus], CertStatus | None]] = {
    CertAction.ISSUE: (frozenset(CertStatus), CertStatus.GREEN),
    CertAction.RENEW: (frozenset({CertStatus.GREEN, CertStatus.YELLOW}), None),
    CertAction.YELLOW: (frozenset({CertStatus.GREEN}), CertStatus.YELLOW),
    CertAction.ORANGE: (frozenset({CertStatus.GREEN, CertStatus.YELLOW}), CertStatus.ORANGE),
    CertAction.RED: (
        frozenset({CertStatus.GREEN, CertStatus.YELLOW, CertStatus.ORANGE}),
        CertStatus.RED,
    ),
    CertAction.LIFT: (frozenset({CertStatus.YELLOW, CertStatus.ORANGE}), CertStatus.GREEN),
}


def status_after(action: CertAction, current: CertStatus) -> CertStatus | None:
    """The status `action` leads to from `current`, or None when the action is not allowed."""
    allowed_from, to = ACTION_RULES[action]
    if current not in allowed_from:
        return None
    return current if to is None else to


class Ineligible(StrEnum):
    """Why someone may not handle a case."""

    NOT_SWORN = "not_sworn"
    INACTIVE = "inactive"
    NO_CERTIFICATE = "no_certificate"
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"


INELIGIBLE_LABELS: dict[Ineligible, str] = {
    Ineligible.NOT_SWORN: "辅助执法人员不得从事执法行为",
    Ineligible.INACTIVE: "人员已停用",
    Ineligible.NO_CERTIFICATE: "无执法证件",
    Ineligible.SUSPENDED: "执法证橙牌暂扣",
    Ineligible.CANCELLED: "执法证红牌注销",
    Ineligible.NOT_YET_VALID: "执法证尚未生效",
    Ineligible.EXPIRED: "执法证已过期或未登记有效期",
}


class Eligibility(NamedTuple):
    """Answer to "may this person handle a case today?" with every reason against."""

    ok: bool
    reasons: tuple[Ineligible, ...] = ()
    flagged: bool = False  # yellow card: may act, but shown as warned


def handler_eligibility(
    *,
    kind: StaffKind,
    active: bool,
    cert_number: str | None,
    status: CertStatus,
    issued_on: date | None,
    expires_on: date | None,
    today: date,
) -> Eligibility:
    """May this person act as a case handler on `today`? (sworn, active, certified, valid)."""
    reasons: list[Ineligible] = []
    if kind is not StaffKind.SWORN:
        reasons.append(Ineligible.NOT_SWORN)
    if not active:
        reasons.append(Ineligible.INACTIVE)
    if not cert_number:
        reasons.append(Ineligible.NO_CERTIFICATE)
    else:
        if status is CertStatus.ORANGE:
            reasons.append(Ineligible.SUSPENDED)
        elif status is CertStatus.RED:
            reasons.append(Ineligible.CANCELLED)
        if issued_on is not None and today < issued_on:
            reasons.append(Ineligible.NOT_YET_VALID)
        if expires_on is None or today > expires_on:
            reasons.append(Ineligible.EXPIRED)
    return Eligibility(
        ok=not reasons, reasons=tuple(reasons), flagged=status is CertStatus.YELLOW
    )


def auxiliaries_within_limit(sworn: int, auxiliaries: int) -> bool:
    """Auxiliaries may not outnumber sworn officers in a squad (003)."""
    return auxiliaries <= sworn
