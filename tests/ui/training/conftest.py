"""Fixtures of the training page tests: a register of twenty 王 officers and a few others,
built once per run into a template store that each test copies (like tests/conftest.py)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.context import Actor, AppContext
from app.rules.certificates import StaffKind, StaffPosition
from app.services import staff, users
from app.store import open_store
from local_db.models import AuditLog
from local_db.models_training import AnnualAssessment, TrainingAttendance, TrainingEvent
from tests.conftest import dispose_store

GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"  # twenty given names: 王伟 … 王平


@dataclass(frozen=True)
class Register:
    """Ids by name: twenty sworn 王s, a leader 张队长, a member 李娜, an auxiliary 王辅."""

    ids: dict[str, str]

    @property
    def wangs(self) -> list[str]:
        return [self.ids["王" + g] for g in GIVEN]


def add_sworn(
    ctx: AppContext,
    admin: Actor,
    name: str,
    *,
    position: StaffPosition = StaffPosition.MEMBER,
    expires: date = date(2030, 12, 31),
) -> str:
    return staff.add_staff(
        ctx,
        admin,
        staff.StaffInput(
            name=name,
            kind=StaffKind.SWORN,
            position=position,
            cert_number=f"浙执-{name}",
            cert_issued_on=date(2022, 1, 1),
            cert_expires_on=expires,
        ),
    ).id


def _fill_register(ctx: AppContext, admin: Actor) -> Register:
    ids = {"王" + g: add_sworn(ctx, admin, "王" + g) for g in GIVEN}
    ids["张队长"] = add_sworn(ctx, admin, "张队长", position=StaffPosition.LEADER)
    ids["李娜"] = add_sworn(ctx, admin, "李娜", expires=date(2026, 12, 10))  # 17 days left
    ids["王辅"] = staff.add_staff(
        ctx, admin, staff.StaffInput(name="王辅", kind=StaffKind.AUXILIARY)
    ).id
    return Register(ids)


@pytest.fixture(scope="session")
def register_template(
    template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Register]:
    """The template store with the register added (once per run)."""
    from tests.conftest import ADMIN_PASSWORD, FakeClock

    path = tmp_path_factory.mktemp("training-ui") / "register.sqlite3"
    shutil.copyfile(template_db, path)
    ctx = open_store(path, clock=FakeClock())
    register = _fill_register(ctx, users.login(ctx, "admin", ADMIN_PASSWORD))
    dispose_store(ctx)
    return path, register


@pytest.fixture
def db_path(register_template: tuple[Path, Register], tmp_path: Path) -> Path:
    """Overrides tests/conftest.py: every store here starts with the register."""
    dest = tmp_path / "squaddesk.sqlite3"
    shutil.copyfile(register_template[0], dest)
    return dest


@pytest.fixture
def register(register_template: tuple[Path, Register], ctx: AppContext) -> Register:
    return register_template[1]


@dataclass(frozen=True)
class Counts:
    events: int
    attendances: int
    assessments: int
    audit: int


def counts(ctx: AppContext) -> Counts:
    """Rows in the training tables and the audit log."""
    with ctx.db.read_session() as s:

        def n(model: type) -> int:
            return s.scalar(select(func.count()).select_from(model)) or 0

        return Counts(n(TrainingEvent), n(TrainingAttendance), n(AnnualAssessment), n(AuditLog))
