"""Certificate statuses published by the county (the county / province issues, suspends and
cancels 执法证): the `certificate_status` document applied to this township's register.

Document: {"version": n, "date": "YYYY-MM-DD", "certificates": {number: {"status": 有效 | 暂扣 |
注销 | 吊销, "valid_until": "YYYY-MM-DD" | null, "date": "YYYY-MM-DD"}}}. Only a newer version
is applied. Every change goes through `staff.apply_certificate_action` (the same rule path and
audit as a change made here), with the county's status as the reason:

- 暂扣 → 橙牌暂扣 (from green or yellow); 注销 / 吊销 → 红牌注销;
- 有效 → a suspension is lifted (解除); a cancelled certificate is issued again (发证, same
  number); a local yellow warning is left as it is (it does not contradict 有效);
- a later valid-until → 换证/延期; an earlier one, or a move the rules do not allow (暂扣 of a
  cancelled certificate), is reported, not applied.

Certificate numbers the register does not hold (other townships' officers) are reported.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from app.context import Actor, AppContext
from app.errors import DomainError, ValidationError
from app.rules.certificates import CertAction, CertStatus, StaffKind
from app.services import staff
from local_db.models import LocalSetting, StaffMember

VERSION_SETTING = "county_ref:certificate_status.version"
REPORT_SETTING = "county_ref:certificate_status.report"

COUNTY_STATUS: dict[str, CertStatus] = {
    "有效": CertStatus.GREEN,
    "暂扣": CertStatus.ORANGE,
    "注销": CertStatus.RED,
    "吊销": CertStatus.RED,
}


@dataclass
class CertificateStatusReport:
    """What applying one document did."""

    version: int
    applied: list[str] = field(default_factory=list)  # "证号：action"
    unchanged: int = 0
    unknown: list[str] = field(default_factory=list)  # numbers not in this register
    refused: list[str] = field(default_factory=list)  # "证号：reason"
    skipped_old: bool = False  # not newer than the version applied before


def applied_version(ctx: AppContext) -> int:
    """The version of the county's certificate_status document applied here (0: none)."""
    with ctx.db.read_session() as s:
        raw = s.scalar(select(LocalSetting.value).where(LocalSetting.key == VERSION_SETTING))
    try:
        return int(raw or 0)
    except ValueError:
        return 0


def last_report(ctx: AppContext) -> dict[str, Any] | None:
    """The report of the last applied document (for the sync page), if any."""
    with ctx.db.read_session() as s:
        raw = s.scalar(select(LocalSetting.value).where(LocalSetting.key == REPORT_SETTING))
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def _day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _bad(detail: str) -> ValidationError:
    return ValidationError(
        "certificate_status", "bad_certificate_status", "县局执法证状态数据格式不正确：{detail}", detail=detail
    )


def _plan(
    current: CertStatus, expires: date | None, target: CertStatus, valid_until: date | None
) -> tuple[list[CertAction], str | None]:
    """The actions that bring a certificate to the county's status, or why it cannot be."""
    actions: list[CertAction] = []
    status = current
    if target is CertStatus.RED and status is not CertStatus.RED:
        actions.append(CertAction.RED)
        status = CertStatus.RED
    elif target is CertStatus.ORANGE and status is not CertStatus.ORANGE:
        if status is CertStatus.RED:
            return [], "本地执法证已注销，不能改为暂扣"
        actions.append(CertAction.ORANGE)
        status = CertStatus.ORANGE
    elif target is CertStatus.GREEN:
        if status is CertStatus.ORANGE:
            actions.append(CertAction.LIFT)
            status = CertStatus.GREEN
        elif status is CertStatus.RED:
            if valid_until is None and expires is None:
                return [], "重新发证须有有效期"
            return [CertAction.ISSUE], None  # the ISSUE sets the expiry itself
    if valid_until is not None and valid_until != expires and target is not CertStatus.RED:
        if expires is not None and valid_until < expires:
            return actions, f"县局登记的有效期（{valid_until.isoformat()}）早于本地（{expires.isoformat()}）"
        if status in (CertStatus.GREEN, CertStatus.YELLOW):
            actions.append(CertAction.RENEW)
        else:
            return actions, "暂扣期间不能延期"
    return actions, None


def apply_certificate_status(
    ctx: AppContext, actor: Actor, doc: Mapping[str, Any]
) -> CertificateStatusReport:
    """Apply the county's certificate_status document to this register (only a newer
    version; see the module docstring)."""
    try:
        version = int(doc.get("version") or 0)
    except (TypeError, ValueError):
        raise _bad("version") from None
    certs = doc.get("certificates")
    if version < 1 or not isinstance(certs, dict):
        raise _bad("version / certificates")
    report = CertificateStatusReport(version)
    if version <= applied_version(ctx):
        report.skipped_old = True
        return report
    doc_day = _day(doc.get("date")) or ctx.clock.today()
    with ctx.db.read_session() as s:
        local = {
            str(m.cert_number).strip(): m.id
            for m in s.scalars(
                select(StaffMember).where(
                    StaffMember.deleted.is_(False),
                    StaffMember.kind == StaffKind.SWORN.value,
                    StaffMember.cert_number.is_not(None),
                )
            )
        }
    for number in sorted(certs):
        entry = certs[number]
        staff_id = local.get(str(number).strip())
        if staff_id is None:
            report.unknown.append(str(number))
            continue
        if not isinstance(entry, dict) or entry.get("status") not in COUNTY_STATUS:
            report.refused.append(f"{number}：状态无法识别")
            continue
        county_status = str(entry["status"])
        valid_until = _day(entry.get("valid_until"))
        on = _day(entry.get("date")) or doc_day
        info = staff.get_staff(ctx, staff_id)
        actions, problem = _plan(
            info.cert_status, info.cert_expires_on, COUNTY_STATUS[county_status], valid_until
        )
        if not actions and problem is None:
            report.unchanged += 1
        reason = f"县局发布执法证状态：{county_status}（第 {version} 版，{on.isoformat()}）"
        for action in actions:
            try:
                staff.apply_certificate_action(
                    ctx,
                    actor,
                    staff_id,
                    action,
                    reason=reason,
                    effective_on=on,
                    cert_number=info.cert_number,
                    cert_issuer=info.cert_issuer,
                    issued_on=on if action is CertAction.ISSUE else None,
                    expires_on=(valid_until or info.cert_expires_on)
                    if action in (CertAction.ISSUE, CertAction.RENEW)
                    else None,
                )
            except DomainError as exc:
                report.refused.append(f"{number}：{exc}")
                break
            report.applied.append(f"{number}：{action.value}")
        if problem is not None:
            report.refused.append(f"{number}：{problem}")
    with ctx.uow(actor) as uow:
        for key, text in (
            (VERSION_SETTING, str(version)),
            (
                REPORT_SETTING,
                json.dumps(
                    {
                        "version": version,
                        "applied": report.applied,
                        "unchanged": report.unchanged,
                        "unknown": report.unknown,
                        "refused": report.refused,
                    },
                    ensure_ascii=False,
                ),
            ),
        ):
            row = uow.session.get(LocalSetting, key)
            if row is None:
                uow.session.add(LocalSetting(key=key, value=text))
            else:
                row.value = text
        uow.record(
            "certificate.county_status",
            "local_setting",
            None,
            {
                "version": version,
                "applied": report.applied,
                "unchanged": report.unchanged,
                "unknown": len(report.unknown),
                "unknown_numbers": report.unknown[:50],
                "refused": report.refused,
            },
        )
        uow.commit()
    return report
