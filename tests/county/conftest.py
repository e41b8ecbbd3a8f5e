"""County-server fixtures: a throwaway PostgreSQL cluster started by the test session itself
(initdb + pg_ctl, as the postgres user when running as root), a fresh database per test, the
county app, and two township stores (two demo townships built once and copied per test).

Missing PostgreSQL binaries FAIL the run (never skip): CI installs Debian's postgresql.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.context import AppContext
from app.services import demo
from app.store import open_store
from county import pgcluster
from tests.conftest import FakeClock, dispose_store


def free_port() -> int:
    return pgcluster.free_port()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pgcluster.ThrowawayCluster]:
    """The session's throwaway PostgreSQL cluster; missing PostgreSQL fails the run."""
    try:
        cluster = pgcluster.ThrowawayCluster().start()
    except pgcluster.PostgresUnavailable as exc:
        pytest.fail(f"county tests: {exc}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


_db_counter = itertools.count(1)


@pytest.fixture
def county_url(pg_cluster: pgcluster.ThrowawayCluster) -> str:
    """A fresh, empty database for one test."""
    return pg_cluster.create_database(f"county_{os.getpid()}_{next(_db_counter)}")


# --- township stores ----------------------------------------------------------------------

TOWNSHIPS = {"A": ("孝顺镇", 11), "B": ("傅村镇", 22)}


@pytest.fixture(scope="session")
def township_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two small demo townships (different township ids), built once."""
    out: dict[str, Path] = {}
    for key, (_name, seed) in TOWNSHIPS.items():
        path = tmp_path_factory.mktemp(f"township{key}") / "store.sqlite3"
        ctx = open_store(path, clock=FakeClock())
        demo.fill_demo(ctx, sworn=6, auxiliaries=3, seed=seed)
        ctx.db.dispose()
        out[key] = path
    return out


@pytest.fixture
def stores(township_templates: dict[str, Path], tmp_path: Path) -> Iterator[dict[str, AppContext]]:
    """Fresh copies of township A and B for one test."""
    ctxs: dict[str, AppContext] = {}
    for key, src in township_templates.items():
        dest = tmp_path / f"{key}.sqlite3"
        shutil.copyfile(src, dest)
        ctxs[key] = open_store(dest, clock=FakeClock())
    yield ctxs
    for c in ctxs.values():
        dispose_store(c)


@pytest.fixture
def county(county_url: str) -> Iterator[object]:
    """A county with townships A (孝顺镇) and B (傅村镇), served on a loopback port."""
    from tests.county.helpers import make_county

    c = make_county(county_url)
    yield c
    c.http.close()
    c.server.stop()
    c.engine.dispose()
