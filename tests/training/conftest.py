"""Fixtures of the training tests: a small squad on the template store, and row counters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from app.context import Actor, AppContext
from app.rules.certificates import StaffKind, StaffPosition
from app.rules.roles import Role
from app.services import staff
from local_db.models import AuditLog, SyncOutbox
from local_db.models_training import AnnualAssessment, TrainingAttendance, TrainingEvent


@dataclass(frozen=True)
class Squad:
    """A leader, three members and an auxiliary (ids)."""

    leader: str
    members: tuple[str, str, str]
    auxiliary: str

    @property
    def sworn(self) -> list[str]:
        return [self.leader, *self.members]


def add_officer(
    ctx: AppContext,
    admin: Actor,
    name: str,
    *,
    position: StaffPosition = StaffPosition.MEMBER,
    cert: str | None = None,
    expires: date = date(2030, 12, 31),
) -> str:
    return staff.add_staff(
        ctx,
        admin,
        staff.StaffInput(
            name=name,
            kind=StaffKind.SWORN,
            position=position,
            cert_number=cert or f"浙杭执-{name}",
            cert_issued_on=date(2022, 1, 1),
            cert_expires_on=expires,
        ),
    ).id


@pytest.fixture
def squad(ctx: AppContext, admin: Actor) -> Squad:
    leader = add_officer(ctx, admin, "张队长", position=StaffPosition.LEADER, cert="LEAD001")
    members = (
        add_officer(ctx, admin, "李娜", cert="MEM001"),
        add_officer(ctx, admin, "王强", cert="MEM002"),
        add_officer(ctx, admin, "陈静", cert="MEM003"),
    )
    aux = staff.add_staff(ctx, admin, staff.StaffInput(name="刘军", kind=StaffKind.AUXILIARY)).id
    return Squad(leader, members, aux)


@pytest.fixture
def officer_actor() -> Actor:
    """A logged-in 执法队员: may read the register, not change it."""
    return Actor("u-officer", "lina", "李娜", frozenset({Role.OFFICER}), None)


@pytest.fixture
def auxiliary_actor() -> Actor:
    return Actor("u-aux", "liujun", "刘军", frozenset({Role.AUXILIARY}), None)


@dataclass(frozen=True)
class Counts:
    events: int
    attendances: int
    assessments: int
    audit: int
    outbox: int


def counts(ctx: AppContext) -> Counts:
    """Rows in the training tables, the audit log and the sync outbox."""
    with ctx.db.read_session() as s:

        def n(model: type) -> int:
            return s.scalar(select(func.count()).select_from(model)) or 0

        return Counts(
            n(TrainingEvent), n(TrainingAttendance), n(AnnualAssessment), n(AuditLog), n(SyncOutbox)
        )
