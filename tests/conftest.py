"""Shared fixtures: offscreen Qt, an in-memory keyring, a fixed clock and real SQLite stores.

A template database (migrated, initialised as a small township with an administrator) is
built once per test run and copied for each test that asks for `ctx`.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.context import Actor, AppContext, Clock
from app.services import setup, users
from app.store import open_store

ADMIN_PASSWORD = "admin-pass-1"
T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in China


class MemoryKeyring(KeyringBackend):
    """Test keyring holding secrets in a dict."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def dispose_store(c: AppContext) -> None:
    """Close a test store, after the Qt pool's background jobs (dashboard fill, sync) that
    may still read it: closing a SQLite connection under a running query crashes."""
    tasks = sys.modules.get("ui.tasks")
    if tasks is not None:
        tasks.wait_for_all()
    c.db.dispose()


@pytest.fixture(autouse=True, scope="session")
def garbage_on_the_main_thread() -> Iterator[None]:
    """Python's cyclic collector only on the main (GUI) thread, as in the app
    (ui.tasks.GuiGarbageCollector): automatic collection tripped by a background worker would
    destroy the Qt objects of earlier tests' garbage cycles on that thread (a segfault)."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_due_garbage() -> Iterator[None]:
    """After each test, on the main thread: what Python's thresholds say is due."""
    yield
    from ui.tasks import collect_due

    collect_due()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class FakeClock(Clock):
    """A clock that stands still until a test moves it."""

    def __init__(self, start: datetime = T0) -> None:
        self.current = start
        super().__init__(now_fn=lambda: self.current)

    def advance(self, **kwargs: float) -> None:
        self.current = self.current + timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    ctx = open_store(path, clock=FakeClock())
    setup.initialize(
        ctx,
        township_name="孝顺镇",
        squad_name="孝顺镇综合行政执法队",
        doc_prefix="孝顺镇综执",
        admin_username="admin",
        admin_display_name="管理员",
        admin_password=ADMIN_PASSWORD,
    )
    ctx.db.dispose()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "squaddesk.sqlite3"
    shutil.copyfile(template_db, dest)
    return dest


@pytest.fixture
def ctx(db_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    c = open_store(db_path, clock=clock)
    yield c
    dispose_store(c)


@pytest.fixture
def empty_ctx(tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    c = open_store(tmp_path / "empty.sqlite3", clock=clock)
    yield c
    dispose_store(c)


@pytest.fixture
def admin(ctx: AppContext) -> Actor:
    return users.login(ctx, "admin", ADMIN_PASSWORD)
