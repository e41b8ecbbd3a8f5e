"""Staff register and certificate actions (app/services/staff.py) on a real SQLite store."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.context import Actor, AppContext
from app.errors import DomainError, NotFound, PermissionDenied, ValidationError
from app.rules.certificates import CertAction, CertStatus, Ineligible, StaffKind, StaffPosition
from app.rules.roles import Role
from app.services import staff, users
from tests.conftest import FakeClock

TABLES = ("staff_member", "certificate_action", "audit_log", "sync_outbox")


def _counts(ctx: AppContext) -> dict[str, int]:
    with closing(sqlite3.connect(ctx.db_path)) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _last_audit(ctx: AppContext) -> tuple[str, str, dict[str, object]]:
    with closing(sqlite3.connect(ctx.db_path)) as con:
        action, entity_id, change = con.execute(
            "SELECT action, entity_id, change_json FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    return action, entity_id, json.loads(change)


def _officer(ctx: AppContext, **kw: object) -> staff.StaffInput:
    today = ctx.clock.today()
    base = staff.StaffInput(
        name="张三",
        kind=StaffKind.SWORN,
        cert_number="浙杭执33010900001",
        cert_issuer="杭州市萧山区人民政府",
        cert_issued_on=today - timedelta(days=400),
        cert_expires_on=today + timedelta(days=700),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def _user(ctx: AppContext, admin: Actor, username: str, role: Role) -> Actor:
    users.create_user(
        ctx, admin, username=username, display_name=username, roles={role}, password="start-pass-1"
    )
    return users.login(ctx, username, "start-pass-1")


# --- add / update validation -------------------------------------------------------------


def test_add_sworn_officer_starts_green_and_may_handle(ctx: AppContext, admin: Actor) -> None:
    before = _counts(ctx)
    info = staff.add_staff(ctx, admin, _officer(ctx, name="  张三 ", phone="138-0000 0000"))
    assert info.name == "张三" and info.cert_status is CertStatus.GREEN and info.active
    assert staff.get_staff(ctx, info.id) == info
    verdict = staff.may_handle_case(ctx, info.id)
    assert verdict.ok and not verdict.flagged
    after = _counts(ctx)
    assert after["staff_member"] == before["staff_member"] + 1
    assert after["audit_log"] == before["audit_log"] + 1
    assert after["sync_outbox"] == before["sync_outbox"] + 1
    action, entity_id, change = _last_audit(ctx)
    assert (action, entity_id) == ("staff.add", info.id) and change["name"] == "张三"


@pytest.mark.parametrize(
    ("changes", "field", "code", "message"),
    [
        (
            {"kind": StaffKind.AUXILIARY},
            "cert_number",
            "aux_no_cert",
            "辅助执法人员不持有行政执法证，请清空执法证号。",
        ),
        (
            {"cert_issued_on": date(2026, 5, 2), "cert_expires_on": date(2026, 5, 1)},
            "cert_expires_on",
            "expiry_before_issue",
            "有效期截止日期早于发证日期。",
        ),
        (
            {"cert_expires_on": None},
            "cert_expires_on",
            "expiry_required",
            "请填写执法证有效期截止日期。",
        ),
        ({"name": "   "}, "name", "required", "请填写姓名。"),
        ({"name": "张" * 65}, "name", "too_long", "姓名不能超过 64 个字。"),
        ({"phone": "138abc"}, "phone", "bad_phone", "电话号码只能包含数字、空格和 - +。"),
        ({"user_id": "no-such-user"}, "user_id", "user_not_found", "找不到关联的用户账户。"),
    ],
)
def test_add_and_update_validation_messages_and_nothing_written(
    ctx: AppContext, admin: Actor, changes: dict[str, object], field: str, code: str, message: str
) -> None:
    existing = staff.add_staff(ctx, admin, _officer(ctx, name="李四", cert_number="浙杭执2"))
    before = _counts(ctx)
    bad = _officer(ctx, **changes)
    with pytest.raises(ValidationError) as err:
        staff.add_staff(ctx, admin, bad)
    assert (err.value.field, err.value.code, err.value.message) == (field, code, message)
    with pytest.raises(ValidationError) as err:
        staff.update_staff(ctx, admin, existing.id, bad)
    assert (err.value.field, err.value.code) == (field, code)
    assert _counts(ctx) == before
    assert staff.get_staff(ctx, existing.id) == existing


def test_auxiliary_without_certificate_is_accepted_but_may_not_handle(
    ctx: AppContext, admin: Actor
) -> None:
    aux = staff.add_staff(ctx, admin, staff.StaffInput(name="王五", kind=StaffKind.AUXILIARY))
    verdict = staff.may_handle_case(ctx, aux.id)
    assert not verdict.ok and Ineligible.NOT_SWORN in verdict.reasons


def test_update_records_what_changed(ctx: AppContext, admin: Actor, clock: FakeClock) -> None:
    info = staff.add_staff(ctx, admin, _officer(ctx))
    new_expiry = clock.today() + timedelta(days=1000)
    updated = staff.update_staff(
        ctx,
        admin,
        info.id,
        _officer(
            ctx, phone="13900000000", cert_expires_on=new_expiry, position=StaffPosition.LEADER
        ),
    )
    assert updated.phone == "13900000000" and updated.position is StaffPosition.LEADER
    assert updated.cert_status is CertStatus.GREEN
    action, entity_id, change = _last_audit(ctx)
    assert (action, entity_id) == ("staff.update", info.id)
    assert set(change) == {"phone", "cert_expires_on", "position"}
    assert change["cert_expires_on"] == {
        "before": info.cert_expires_on.isoformat(),  # type: ignore[union-attr]
        "after": new_expiry.isoformat(),
    }


def test_a_user_account_links_to_one_person_only(ctx: AppContext, admin: Actor) -> None:
    u = users.create_user(
        ctx,
        admin,
        username="zhangsan",
        display_name="张三",
        roles={Role.OFFICER},
        password="start-pass-1",
    )
    staff.add_staff(ctx, admin, _officer(ctx, user_id=u.id))
    with pytest.raises(ValidationError) as err:
        staff.add_staff(ctx, admin, _officer(ctx, name="张三二", cert_number="X2", user_id=u.id))
    assert err.value.code == "user_linked"


# --- certificate actions ------------------------------------------------------------------


def _apply(
    ctx: AppContext,
    actor: Actor,
    staff_id: str,
    action: CertAction,
    reason: str,
    clock: FakeClock,
    **kw: object,
) -> staff.StaffInfo:
    clock.advance(minutes=1)
    before = _counts(ctx)
    info = staff.apply_certificate_action(ctx, actor, staff_id, action, reason=reason, **kw)  # type: ignore[arg-type]
    after = _counts(ctx)
    assert after["certificate_action"] == before["certificate_action"] + 1
    assert after["audit_log"] == before["audit_log"] + 1
    # the member's new version and the new action row
    assert after["sync_outbox"] == before["sync_outbox"] + 2
    audit_action, entity_id, change = _last_audit(ctx)
    assert audit_action == "certificate." + action.value and entity_id == staff_id
    assert change["reason"] == reason and change["to"] == info.cert_status.value
    return info


def test_certificate_actions_change_who_may_handle_cases(
    ctx: AppContext, admin: Actor, clock: FakeClock
) -> None:
    m = staff.add_staff(ctx, admin, _officer(ctx))

    info = _apply(ctx, admin, m.id, CertAction.YELLOW, "执法文书不规范", clock)
    assert info.cert_status is CertStatus.YELLOW
    verdict = staff.may_handle_case(ctx, m.id)
    assert verdict.ok and verdict.flagged

    info = _apply(ctx, admin, m.id, CertAction.ORANGE, "执法过错，暂扣", clock)
    assert info.cert_status is CertStatus.ORANGE
    verdict = staff.may_handle_case(ctx, m.id)
    assert not verdict.ok and verdict.reasons == (Ineligible.SUSPENDED,)

    info = _apply(ctx, admin, m.id, CertAction.LIFT, "整改完成，解除暂扣", clock)
    assert info.cert_status is CertStatus.GREEN
    verdict = staff.may_handle_case(ctx, m.id)
    assert verdict.ok and not verdict.flagged

    info = _apply(ctx, admin, m.id, CertAction.RED, "严重违法，注销执法证", clock)
    assert info.cert_status is CertStatus.RED
    verdict = staff.may_handle_case(ctx, m.id)
    assert not verdict.ok and verdict.reasons == (Ineligible.CANCELLED,)

    before = _counts(ctx)
    for action in (
        CertAction.LIFT,
        CertAction.YELLOW,
        CertAction.ORANGE,
        CertAction.RED,
        CertAction.RENEW,
    ):
        with pytest.raises(DomainError) as err:
            staff.apply_certificate_action(
                ctx, admin, m.id, action, reason="试图恢复", expires_on=date(2035, 1, 1)
            )
        assert err.value.code == "action_not_allowed"
        assert "红牌注销" in err.value.message
    assert _counts(ctx) == before

    new_expiry = clock.today() + timedelta(days=365 * 5)
    info = _apply(
        ctx,
        admin,
        m.id,
        CertAction.ISSUE,
        "重新考试合格，换发新证",
        clock,
        cert_number="浙杭执33010999999",
        expires_on=new_expiry,
    )
    assert info.cert_status is CertStatus.GREEN
    assert info.cert_number == "浙杭执33010999999"
    assert (info.cert_issued_on, info.cert_expires_on) == (clock.today(), new_expiry)
    assert staff.may_handle_case(ctx, m.id).ok

    history = staff.certificate_history(ctx, m.id)
    assert [(h.action, h.from_status, h.to_status) for h in history] == [
        (CertAction.YELLOW, CertStatus.GREEN, CertStatus.YELLOW),
        (CertAction.ORANGE, CertStatus.YELLOW, CertStatus.ORANGE),
        (CertAction.LIFT, CertStatus.ORANGE, CertStatus.GREEN),
        (CertAction.RED, CertStatus.GREEN, CertStatus.RED),
        (CertAction.ISSUE, CertStatus.RED, CertStatus.GREEN),
    ]
    assert history[0].reason == "执法文书不规范" and history[-1].reason == "重新考试合格，换发新证"
    assert {h.by_user for h in history} == {"管理员"}
    assert all(h.effective_on == clock.today() for h in history)


def test_renew_extends_expiry_and_must_be_later(
    ctx: AppContext, admin: Actor, clock: FakeClock
) -> None:
    m = staff.add_staff(ctx, admin, _officer(ctx))
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        staff.apply_certificate_action(
            ctx, admin, m.id, CertAction.RENEW, reason="延期", expires_on=m.cert_expires_on
        )
    assert err.value.code == "renew_not_later"
    with pytest.raises(ValidationError) as err:
        staff.apply_certificate_action(ctx, admin, m.id, CertAction.RENEW, reason="延期")
    assert err.value.code == "expiry_required"
    assert _counts(ctx) == before
    later = m.cert_expires_on + timedelta(days=365)  # type: ignore[operator]
    info = _apply(ctx, admin, m.id, CertAction.RENEW, "换证延期", clock, expires_on=later)
    assert info.cert_expires_on == later and info.cert_status is CertStatus.GREEN


def test_expiry_ends_eligibility_on_the_next_day(ctx: AppContext, admin: Actor) -> None:
    m = staff.add_staff(ctx, admin, _officer(ctx))
    assert m.cert_expires_on is not None
    assert staff.may_handle_case(ctx, m.id, on=m.cert_expires_on).ok
    verdict = staff.may_handle_case(ctx, m.id, on=m.cert_expires_on + timedelta(days=1))
    assert not verdict.ok and verdict.reasons == (Ineligible.EXPIRED,)


def test_issue_to_officer_without_certificate(
    ctx: AppContext, admin: Actor, clock: FakeClock
) -> None:
    m = staff.add_staff(
        ctx, admin, _officer(ctx, cert_number=None, cert_expires_on=None, cert_issued_on=None)
    )
    assert staff.may_handle_case(ctx, m.id).reasons == (Ineligible.NO_CERTIFICATE,)
    before = _counts(ctx)
    with pytest.raises(DomainError) as err:
        staff.apply_certificate_action(ctx, admin, m.id, CertAction.YELLOW, reason="警告")
    assert err.value.code == "no_certificate"
    with pytest.raises(ValidationError) as err:
        staff.apply_certificate_action(
            ctx, admin, m.id, CertAction.ISSUE, reason="发证", expires_on=date(2030, 1, 1)
        )
    assert err.value.field == "cert_number"
    with pytest.raises(ValidationError) as err:
        staff.apply_certificate_action(
            ctx, admin, m.id, CertAction.ISSUE, reason="发证", cert_number="浙杭执1"
        )
    assert err.value.code == "expiry_required"
    with pytest.raises(ValidationError) as err:
        staff.apply_certificate_action(
            ctx,
            admin,
            m.id,
            CertAction.ISSUE,
            reason="发证",
            cert_number="浙杭执1",
            issued_on=date(2030, 1, 2),
            expires_on=date(2030, 1, 1),
        )
    assert err.value.code == "expiry_before_issue"
    with pytest.raises(ValidationError) as err:
        staff.apply_certificate_action(
            ctx,
            admin,
            m.id,
            CertAction.ISSUE,
            reason="  ",
            cert_number="浙杭执1",
            expires_on=date(2030, 1, 1),
        )
    assert err.value.field == "reason"
    assert _counts(ctx) == before
    assert staff.get_staff(ctx, m.id) == m
    info = _apply(
        ctx,
        admin,
        m.id,
        CertAction.ISSUE,
        "新录用人员发证",
        clock,
        cert_number="浙杭执1",
        expires_on=date(2030, 1, 1),
    )
    assert info.cert_number == "浙杭执1" and staff.may_handle_case(ctx, m.id).ok


def test_auxiliary_gets_no_certificate_actions(ctx: AppContext, admin: Actor) -> None:
    aux = staff.add_staff(ctx, admin, staff.StaffInput(name="王五", kind=StaffKind.AUXILIARY))
    before = _counts(ctx)
    with pytest.raises(DomainError) as err:
        staff.apply_certificate_action(
            ctx,
            admin,
            aux.id,
            CertAction.ISSUE,
            reason="发证",
            cert_number="浙杭执9",
            expires_on=date(2030, 1, 1),
        )
    assert err.value.code == "aux_no_cert"
    assert _counts(ctx) == before


def test_unknown_member(ctx: AppContext, admin: Actor) -> None:
    with pytest.raises(NotFound):
        staff.apply_certificate_action(ctx, admin, "nope", CertAction.YELLOW, reason="x")
    with pytest.raises(NotFound):
        staff.get_staff(ctx, "nope")


@pytest.mark.parametrize("role", [Role.OFFICER, Role.CLERK, Role.REVIEWER, Role.AUXILIARY])
def test_roles_without_the_permission_cannot_apply_actions(
    ctx: AppContext, admin: Actor, role: Role
) -> None:
    m = staff.add_staff(ctx, admin, _officer(ctx))
    actor = _user(ctx, admin, "someone", role)
    before = _counts(ctx)
    with pytest.raises(PermissionDenied):
        staff.apply_certificate_action(ctx, actor, m.id, CertAction.RED, reason="越权注销")
    assert _counts(ctx) == before
    assert staff.get_staff(ctx, m.id).cert_status is CertStatus.GREEN


def test_leader_may_apply_actions_officer_may_not_edit_register(
    ctx: AppContext, admin: Actor, clock: FakeClock
) -> None:
    m = staff.add_staff(ctx, admin, _officer(ctx))
    leader = _user(ctx, admin, "leader", Role.LEADER)
    info = _apply(ctx, leader, m.id, CertAction.YELLOW, "队长警告", clock)
    assert info.cert_status is CertStatus.YELLOW
    assert staff.certificate_history(ctx, m.id)[-1].by_user == "leader"
    officer = _user(ctx, admin, "officer", Role.OFFICER)
    before = _counts(ctx)
    with pytest.raises(PermissionDenied):
        staff.add_staff(ctx, officer, _officer(ctx, name="赵六", cert_number="X"))
    with pytest.raises(PermissionDenied):
        staff.update_staff(ctx, officer, m.id, _officer(ctx, name="改名"))
    with pytest.raises(PermissionDenied):
        staff.set_staff_active(ctx, officer, m.id, False, reason="离职")
    assert _counts(ctx) == before


# --- squad composition (003) --------------------------------------------------------------


def test_squad_composition_counts_active_members(ctx: AppContext, admin: Actor) -> None:
    assert staff.squad_composition(ctx) == staff.SquadComposition(0, 0, True)
    sworn = [
        staff.add_staff(ctx, admin, _officer(ctx, name=f"队员{i}", cert_number=f"N{i}"))
        for i in range(3)
    ]
    auxes = [
        staff.add_staff(ctx, admin, staff.StaffInput(name=f"辅警{i}", kind=StaffKind.AUXILIARY))
        for i in range(3)
    ]
    assert staff.squad_composition(ctx) == staff.SquadComposition(3, 3, True)
    aux4 = staff.add_staff(ctx, admin, staff.StaffInput(name="辅警3", kind=StaffKind.AUXILIARY))
    assert staff.squad_composition(ctx) == staff.SquadComposition(3, 4, False)
    staff.set_staff_active(ctx, admin, aux4.id, False, reason="离职")
    assert staff.squad_composition(ctx) == staff.SquadComposition(3, 3, True)
    staff.set_staff_active(ctx, admin, sworn[0].id, False, reason="调离")
    assert staff.squad_composition(ctx) == staff.SquadComposition(2, 3, False)
    # an inactive member is kept, just not counted, and may not handle cases
    assert len(staff.list_staff(ctx, include_inactive=True)) == 7
    assert staff.may_handle_case(ctx, sworn[0].id).reasons == (Ineligible.INACTIVE,)
    assert {p.name for p in staff.list_staff(ctx, kind=StaffKind.AUXILIARY)} == {
        a.name for a in auxes
    }


def test_disable_requires_a_reason(ctx: AppContext, admin: Actor) -> None:
    m = staff.add_staff(ctx, admin, _officer(ctx))
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        staff.set_staff_active(ctx, admin, m.id, False, reason=" ")
    assert err.value.field == "reason"
    assert _counts(ctx) == before
