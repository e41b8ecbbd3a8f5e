"""Fixtures of the app.reads tests: a copy of the module's demo store (each module defines
`reads_template`, built once per module), the store opened through the services, and a plain
sqlite3 connection on it (local_db.rawsql.open_current, as the start-up's first page uses)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.context import AppContext
from app.store import open_store
from local_db.rawsql import open_current
from tests.conftest import FakeClock, dispose_store


@pytest.fixture
def store(reads_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(reads_template, path)
    return path


@pytest.fixture
def sctx(store: Path, clock: FakeClock) -> Iterator[AppContext]:
    c = open_store(store, clock=clock)
    yield c
    dispose_store(c)


@pytest.fixture
def con(store: Path) -> Iterator[sqlite3.Connection]:
    c = open_current(store)
    yield c
    c.close()
