"""The certificate rule (app/rules/certificates.py): handler eligibility, status table, 003 limit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.certificates import (
    ACTION_RULES,
    CertAction,
    CertStatus,
    Eligibility,
    Ineligible,
    StaffKind,
    auxiliaries_within_limit,
    handler_eligibility,
    status_after,
)

TODAY = date(2026, 11, 23)
ISSUED = date(2022, 3, 1)
EXPIRES = date(2027, 2, 28)


def elig(**overrides: object) -> Eligibility:
    args: dict[str, object] = {
        "kind": StaffKind.SWORN,
        "active": True,
        "cert_number": "浙杭执33010900001",
        "status": CertStatus.GREEN,
        "issued_on": ISSUED,
        "expires_on": EXPIRES,
        "today": TODAY,
    }
    args.update(overrides)
    return handler_eligibility(**args)  # type: ignore[arg-type]


# --- status ------------------------------------------------------------------------------


def test_green_may_handle_unflagged() -> None:
    e = elig()
    assert e.ok and e.reasons == () and not e.flagged


def test_yellow_may_handle_but_is_flagged() -> None:
    e = elig(status=CertStatus.YELLOW)
    assert e.ok and e.reasons == () and e.flagged


def test_orange_is_suspended() -> None:
    e = elig(status=CertStatus.ORANGE)
    assert not e.ok and e.reasons == (Ineligible.SUSPENDED,) and not e.flagged


def test_red_is_cancelled() -> None:
    e = elig(status=CertStatus.RED)
    assert not e.ok and e.reasons == (Ineligible.CANCELLED,)


# --- dates -------------------------------------------------------------------------------


def test_expires_today_is_still_valid() -> None:
    assert elig(expires_on=TODAY).ok


def test_expired_yesterday_is_refused() -> None:
    e = elig(expires_on=TODAY - timedelta(days=1))
    assert not e.ok and e.reasons == (Ineligible.EXPIRED,)


def test_issued_today_is_valid_tomorrow_not_yet() -> None:
    assert elig(issued_on=TODAY).ok
    e = elig(issued_on=TODAY + timedelta(days=1))
    assert not e.ok and e.reasons == (Ineligible.NOT_YET_VALID,)


def test_single_day_certificate() -> None:
    assert elig(issued_on=TODAY, expires_on=TODAY).ok
    assert not elig(issued_on=TODAY, expires_on=TODAY, today=TODAY + timedelta(days=1)).ok
    assert not elig(issued_on=TODAY, expires_on=TODAY, today=TODAY - timedelta(days=1)).ok


def test_no_expiry_date_is_refused() -> None:
    e = elig(expires_on=None)
    assert not e.ok and e.reasons == (Ineligible.EXPIRED,)


def test_unknown_issue_date_with_valid_expiry_is_ok() -> None:
    assert elig(issued_on=None).ok


# --- people ------------------------------------------------------------------------------


@pytest.mark.parametrize("number", [None, ""])
def test_no_certificate(number: str | None) -> None:
    e = elig(cert_number=number)
    assert not e.ok and e.reasons == (Ineligible.NO_CERTIFICATE,)


def test_auxiliary_never_handles_a_case() -> None:
    e = elig(kind=StaffKind.AUXILIARY, cert_number=None)
    assert not e.ok and Ineligible.NOT_SWORN in e.reasons
    # Even with (wrongly) recorded certificate data the auxiliary is refused.
    e = elig(kind=StaffKind.AUXILIARY)
    assert not e.ok and e.reasons == (Ineligible.NOT_SWORN,)


def test_inactive_is_refused() -> None:
    e = elig(active=False)
    assert not e.ok and e.reasons == (Ineligible.INACTIVE,)


def test_every_reason_is_listed() -> None:
    e = elig(
        kind=StaffKind.AUXILIARY,
        active=False,
        status=CertStatus.RED,
        issued_on=TODAY + timedelta(days=2),
        expires_on=TODAY - timedelta(days=2),
    )
    assert set(e.reasons) == {
        Ineligible.NOT_SWORN,
        Ineligible.INACTIVE,
        Ineligible.CANCELLED,
        Ineligible.NOT_YET_VALID,
        Ineligible.EXPIRED,
    }


# --- status_after: every action x every status ------------------------------------------

G, Y, O, R = CertStatus.GREEN, CertStatus.YELLOW, CertStatus.ORANGE, CertStatus.RED
EXPECTED: dict[CertAction, dict[CertStatus, CertStatus | None]] = {
    CertAction.ISSUE: {G: G, Y: G, O: G, R: G},
    CertAction.RENEW: {G: G, Y: Y, O: None, R: None},
    CertAction.YELLOW: {G: Y, Y: None, O: None, R: None},
    CertAction.ORANGE: {G: O, Y: O, O: None, R: None},
    CertAction.RED: {G: R, Y: R, O: R, R: None},
    CertAction.LIFT: {G: None, Y: G, O: G, R: None},
}


def test_table_covers_every_action_and_status() -> None:
    assert set(EXPECTED) == set(CertAction) == set(ACTION_RULES)
    assert all(set(row) == set(CertStatus) for row in EXPECTED.values())


@pytest.mark.parametrize(
    ("action", "current", "expected"),
    [(a, s, to) for a, row in EXPECTED.items() for s, to in row.items()],
    ids=[f"{a.value}-from-{s.value}" for a, row in EXPECTED.items() for s in row],
)
def test_status_after(action: CertAction, current: CertStatus, expected: CertStatus | None) -> None:
    assert status_after(action, current) is expected


# --- auxiliaries <= sworn (003) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sworn", "aux", "ok"),
    [
        (0, 0, True),
        (5, 5, True),
        (5, 4, True),
        (5, 6, False),
        (0, 1, False),
        (40, 40, True),
        (40, 41, False),
    ],
)
def test_auxiliaries_within_limit(sworn: int, aux: int, ok: bool) -> None:
    assert auxiliaries_within_limit(sworn, aux) is ok


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_auxiliaries_limit_property(sworn: int, aux: int) -> None:
    assert auxiliaries_within_limit(sworn, aux) == (aux <= sworn)


# --- property: ok exactly when every condition holds -------------------------------------

dates = st.one_of(st.none(), st.dates(date(2015, 1, 1), date(2035, 12, 31)))


@given(
    kind=st.sampled_from(StaffKind),
    active=st.booleans(),
    cert_number=st.one_of(st.none(), st.just(""), st.text(min_size=1, max_size=12)),
    status=st.sampled_from(CertStatus),
    issued_on=dates,
    expires_on=dates,
    today=st.dates(date(2015, 1, 1), date(2035, 12, 31)),
)
def test_eligibility_property(
    kind: StaffKind,
    active: bool,
    cert_number: str | None,
    status: CertStatus,
    issued_on: date | None,
    expires_on: date | None,
    today: date,
) -> None:
    e = handler_eligibility(
        kind=kind,
        active=active,
        cert_number=cert_number,
        status=status,
        issued_on=issued_on,
        expires_on=expires_on,
        today=today,
    )
    conditions = (
        kind is StaffKind.SWORN
        and active
        and bool(cert_number)
        and status in (CertStatus.GREEN, CertStatus.YELLOW)
        and (issued_on is None or issued_on <= today)
        and expires_on is not None
        and today <= expires_on
    )
    assert e.ok == conditions
    assert e.ok == (e.reasons == ())
    assert len(set(e.reasons)) == len(e.reasons)
    assert e.flagged == (status is CertStatus.YELLOW)
    if e.ok:
        assert status is not CertStatus.ORANGE and status is not CertStatus.RED


@given(
    status=st.sampled_from(CertStatus), actions=st.lists(st.sampled_from(CertAction), max_size=8)
)
def test_red_is_left_only_by_a_new_issue(status: CertStatus, actions: list[CertAction]) -> None:
    """Walk any sequence of allowed actions: once red, only ISSUE leads anywhere."""
    current = status
    for action in actions:
        nxt = status_after(action, current)
        if current is CertStatus.RED and action is not CertAction.ISSUE:
            assert nxt is None
        if nxt is not None:
            current = nxt
