"""Fixtures of the dashboard tests: a small demo township (squad, a year of training, the
equipment inventory and a hundred cases) built once per run and copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.context import Actor, AppContext
from app.services import demo, demo_cases, demo_equipment, demo_training, users
from app.store import open_store
from tests.conftest import FakeClock, dispose_store


@pytest.fixture(scope="session")
def dashboard_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / "demo.sqlite3"
    clock = FakeClock()
    ctx = open_store(path, clock=clock)
    admin = demo.fill_demo(ctx, sworn=8, auxiliaries=4)
    demo_training.fill_training_demo(ctx, admin, clock.today().year)
    demo_equipment.fill_equipment_demo(ctx, admin)
    demo_cases.fill_cases_demo(ctx, admin, general=40, summary=20, parking=40)
    dispose_store(ctx)
    return path


@pytest.fixture
def store_file(dashboard_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo store, not opened (the start-up's first page reads it raw)."""
    path = tmp_path / "first.sqlite3"
    shutil.copy(dashboard_template, path)
    return path


@pytest.fixture
def dctx(dashboard_template: Path, tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(dashboard_template, path)
    c = open_store(path, clock=clock)
    yield c
    dispose_store(c)


def login(ctx: AppContext, username: str) -> Actor:
    return users.login(ctx, username, demo.DEMO_PASSWORD)


@pytest.fixture
def leader(dctx: AppContext) -> Actor:
    """张伟, 队长: sees cases, training, equipment and staff."""
    return login(dctx, "zhangwei")


@pytest.fixture
def demo_admin(dctx: AppContext) -> Actor:
    """The administrator: no case permissions."""
    return login(dctx, "admin")
