"""Fixtures of the case tests: a template store with test reference data (catalog, benchmarks,
holidays) and a squad (leader, three officers, a reviewer, a clerk) with login accounts,
copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import local_db.models_cases  # noqa: F401  (registers the tables until models.py imports it)
from app.context import SYSTEM_ACTOR, Actor, AppContext
from app.rules.certificates import StaffKind, StaffPosition
from app.rules.roles import Role
from app.services import reference_data, setup, staff, users
from app.store import open_store
from tests.conftest import ADMIN_PASSWORD, FakeClock, dispose_store

PASSWORD = "case-pass-1"

CATALOG: dict[str, Any] = {
    "version": "9000.1",
    "items": [
        {"code": "SR-001", "name": "擅自占用城市道路摆摊设点", "domain": "市容环卫",
         "legal_basis": "《城市市容和环境卫生管理条例》第十四条",
         "penalty_basis": "《城市市容和环境卫生管理条例》第三十六条", "township_power": True},
        {"code": "WT-001", "name": "机动车在人行道违法停放", "domain": "人行道违停",
         "legal_basis": "《道路交通安全法》第五十六条", "penalty_basis": "同法第九十三条",
         "township_power": True},
        {"code": "JS-001", "name": "未取得建设工程规划许可证进行建设", "domain": "违法建设",
         "legal_basis": "《城乡规划法》第四十条", "penalty_basis": "《城乡规划法》第六十四条",
         "township_power": True},
        {"code": "SP-001", "name": "生产经营不符合食品安全标准的食品", "domain": "食品安全",
         "legal_basis": "《食品安全法》", "penalty_basis": "《食品安全法》第一百二十四条",
         "township_power": False, "department": "区市场监督管理局", "life_health_finance": True},
    ],
}

BENCHMARKS: dict[str, Any] = {
    "version": "9000.1",
    "benchmarks": [
        {"item_code": "SR-001", "version": "2025.1", "effective_from": "2025-01-01",
         "first_offence_exempt": True, "facts": ["area_m2", "refused"],
         "tiers": [
             {"tier": "minor", "conditions": [{"fact": "area_m2", "op": "<=", "value": 5}],
              "min_fen": 0, "max_fen": 5000, "warning_allowed": True},
             {"tier": "general", "conditions": [], "min_fen": 5000, "max_fen": 20000},
             {"tier": "serious", "conditions": [{"fact": "area_m2", "op": ">", "value": 20}],
              "min_fen": 20000, "max_fen": 50000},
         ]},
        {"item_code": "WT-001", "version": "2025.1", "effective_from": "2025-01-01",
         "tiers": [{"tier": "general", "conditions": [], "min_fen": 2000, "max_fen": 20000}]},
        {"item_code": "JS-001", "version": "2025.1", "effective_from": "2025-01-01",
         "facts": ["cost_yuan"],
         "tiers": [
             {"tier": "general", "conditions": [], "min_fen": 500000, "max_fen": 5000000},
             {"tier": "severe", "conditions": [{"fact": "cost_yuan", "op": ">", "value": 500000}],
              "min_fen": 5000000, "max_fen": 100000000},
         ]},
    ],
}


@dataclass(frozen=True)
class Squad:
    """Actors and staff ids of the test squad."""

    leader: Actor
    officers: tuple[Actor, ...]
    reviewer: Actor
    clerk: Actor
    leader_id: str
    officer_ids: tuple[str, ...]
    reviewer_id: str
    admin: Actor


def _person(ctx: AppContext, admin: Actor, username: str, name: str, role: Role,
            position: StaffPosition = StaffPosition.MEMBER) -> tuple[Actor, str]:
    u = users.create_user(ctx, admin, username=username, display_name=name, roles={role},
                          password=PASSWORD)
    m = staff.add_staff(ctx, admin, staff.StaffInput(
        name=name, kind=StaffKind.SWORN, position=position, user_id=u.id,
        cert_number=f"浙执{username}", cert_issued_on=date(2020, 1, 1),
        cert_expires_on=date(2030, 12, 31)))
    return _actor(ctx, u.id), m.id


def _actor(ctx: AppContext, user_id: str) -> Actor:
    from local_db.models import UserAccount

    with ctx.db.read_session() as s:
        u = s.get(UserAccount, user_id)
        assert u is not None
        return users.actor_for(u)


def build_squad(ctx: AppContext) -> Squad:
    admin = users.login(ctx, "admin", ADMIN_PASSWORD)
    leader, leader_id = _person(ctx, admin, "leader", "张队长", Role.LEADER, StaffPosition.LEADER)
    officers, officer_ids = [], []
    for i, name in enumerate(["李娜", "王强", "赵磊"]):
        a, sid = _person(ctx, admin, f"officer{i}", name, Role.OFFICER)
        officers.append(a)
        officer_ids.append(sid)
    reviewer, reviewer_id = _person(ctx, admin, "reviewer", "陈静", Role.REVIEWER)
    clerk, _ = _person(ctx, admin, "clerk", "周敏", Role.CLERK)
    return Squad(leader, tuple(officers), reviewer, clerk, leader_id, tuple(officer_ids),
                 reviewer_id, admin)


@pytest.fixture(scope="session")
def cases_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cases-template") / "template.sqlite3"
    ctx = open_store(path, clock=FakeClock())
    setup.initialize(ctx, township_name="孝顺镇", squad_name="孝顺镇综合行政执法队",
                     doc_prefix="孝顺镇综执", admin_username="admin", admin_display_name="管理员",
                     admin_password=ADMIN_PASSWORD)
    reference_data.ensure_loaded(ctx)
    reference_data.apply_reference_update(ctx, SYSTEM_ACTOR, "catalog", CATALOG)
    reference_data.apply_reference_update(ctx, SYSTEM_ACTOR, "benchmarks", BENCHMARKS)
    build_squad(ctx)
    ctx.db.dispose()
    return path


@pytest.fixture
def cctx(cases_template: Path, tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    dest = tmp_path / "cases.sqlite3"
    shutil.copyfile(cases_template, dest)
    c = open_store(dest, clock=clock)
    yield c
    dispose_store(c)
    reference_data.invalidate(c)


@pytest.fixture
def squad(cctx: AppContext) -> Squad:
    from sqlalchemy import select

    from local_db.models import StaffMember, UserAccount

    with cctx.db.read_session() as s:
        by_user = {u.username: u for u in s.scalars(select(UserAccount))}
        staff_of = {m.user_id: m.id for m in s.scalars(select(StaffMember))}
    act = {k: users.actor_for(u) for k, u in by_user.items()}
    sid = {k: staff_of.get(u.id) for k, u in by_user.items()}
    return Squad(
        act["leader"], (act["officer0"], act["officer1"], act["officer2"]), act["reviewer"],
        act["clerk"], sid["leader"] or "", (sid["officer0"] or "", sid["officer1"] or "",
                                            sid["officer2"] or ""),
        sid["reviewer"] or "", act["admin"],
    )
