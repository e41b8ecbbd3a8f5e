"""Smoke tests of the core services on a real SQLite file."""

from __future__ import annotations

from app.context import Actor, AppContext
from app.rules.certificates import CertAction, StaffKind
from app.services import audit, staff


def test_staff_add_and_certificate_action_are_audited(ctx: AppContext, admin: Actor) -> None:
    from datetime import date

    info = staff.add_staff(
        ctx,
        admin,
        staff.StaffInput(
            name="张三",
            kind=StaffKind.SWORN,
            cert_number="浙杭执00001",
            cert_expires_on=date(2028, 1, 1),
        ),
    )
    assert staff.may_handle_case(ctx, info.id).ok
    staff.apply_certificate_action(ctx, admin, info.id, CertAction.ORANGE, reason="暂扣")
    verdict = staff.may_handle_case(ctx, info.id)
    assert not verdict.ok
    report = audit.verify(ctx)
    assert report.ok and report.checked >= 4
