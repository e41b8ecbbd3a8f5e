"""Helpers for county tests: a county with townships A and B, enrolled stores, and the
comparison of what the county holds with what the stores hold."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.context import SYSTEM_ACTOR, AppContext
from app.sync import client
from app.sync.protocol import TOWNSHIP_ENTITIES
from county import service
from county.app import create_app
from county.db import ReceivedRow, make_engine
from county.threaded_server import ServerThread
from local_db.models import Base


@dataclass
class County:
    """An in-process county app with its engine, served on a loopback port."""

    app: FastAPI
    engine: Engine
    server: ServerThread
    http: httpx.Client

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def code(self, township_code: str) -> str:
        with self.session() as s, s.begin():
            return service.new_enrolment_code(s, township_code)[0]


def make_county(url: str, townships: dict[str, str] | None = None) -> County:
    engine = make_engine(url)
    app = create_app(engine=engine)
    server = ServerThread(app).start()
    county = County(app, engine, server, httpx.Client(base_url=server.url, timeout=30))
    with county.session() as s, s.begin():
        for code, name in (townships or {"A": "孝顺镇", "B": "傅村镇"}).items():
            service.create_township(s, name, code)
    return county


def enrol(ctx: AppContext, county: County, township_code: str, http: Any = None) -> None:
    client.enrol(
        ctx, SYSTEM_ACTOR, county.server.url, county.code(township_code), device_name="pc", http=http or county.http
    )


def local_rows(ctx: AppContext) -> set[tuple[str, str, str, int]]:
    """(township_id, entity, row_id, version) of every township-owned row in a store."""
    tables = Base.metadata.tables
    out: set[tuple[str, str, str, int]] = set()
    with ctx.db.read_session() as s:
        for entity in TOWNSHIP_ENTITIES:
            if entity not in tables:
                continue
            t = tables[entity]
            for tid, rid, ver in s.execute(select(t.c.township_id, t.c.id, t.c.version)):
                out.add((tid, entity, rid, ver))
    return out


def county_rows(county: County) -> list[tuple[str, str, str, int]]:
    with county.session() as s:
        return [
            (r.township_id, r.entity, r.row_id, r.version)
            for r in s.scalars(select(ReceivedRow))
        ]


def county_counts(county: County) -> dict[str, int]:
    """Row counts of every county table plus the feed head (to show nothing changed)."""
    out: dict[str, int] = {}
    with county.engine.connect() as conn:
        for table in ("received_row", "applied_batch", "audit_copy", "received_conflict", "device"):
            out[table] = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        out["feed"] = conn.execute(
            text("SELECT coalesce(max(server_seq), 0) FROM received_row")
        ).scalar_one()
    return out
