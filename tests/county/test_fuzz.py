"""Schemathesis against the OpenAPI spec the real county app serves (on PostgreSQL, over a
loopback port): no 500 on any operation, with and without a valid device token and schema
header, for schema-conforming and schema-violating requests; every refusal is a 4xx
ErrorBody with a reason, and refused pushes change nothing at the county."""

from __future__ import annotations

from typing import Any

import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from app.context import AppContext
from app.sync import client
from app.sync.protocol import PROTOCOL_VERSION, SCHEMA_HEADER
from tests.county.helpers import County, county_counts, enrol

EXAMPLES = 30  # per operation and mode: the whole test stays well under a minute
PUBLIC = {"/verify", "/api/v1/verify", "/api/v1/enrol"}


def _check(response: requests.Response, path: str, seen: dict[str, set[int]]) -> None:
    seen.setdefault(path, set()).add(response.status_code)
    assert response.status_code < 500, (path, response.status_code, response.text[:500])
    if 400 <= response.status_code < 500:
        body = response.json()
        assert body.get("error") and body.get("message"), body  # a reason, in Chinese


def test_no_server_errors_and_refused_pushes_change_nothing(
    stores: dict[str, AppContext], county: County
) -> None:
    a = stores["A"]
    enrol(a, county, "A")
    client.sync_now(a, http=county.http)  # the county holds A's rows
    token = client.open_connection(a, http=county.http).token
    before = county_counts(county)

    schema = schemathesis.openapi.from_url(f"{county.server.url}/openapi.json")
    operations = [op.ok() for op in schema.get_all_operations()]
    paths = {op.path for op in operations}
    assert {"/api/v1/push", "/api/v1/pull", "/api/v1/keys", "/api/v1/verify", "/verify"} <= paths

    session = requests.Session()
    seen: dict[str, set[int]] = {}
    def fuzz(op: Any) -> None:
        strategy = st.one_of(
            op.as_strategy(GenerationMode.POSITIVE), op.as_strategy(GenerationMode.NEGATIVE)
        )

        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=strategy, auth=st.booleans(), good_header=st.booleans())
        def run(case: Any, auth: bool, good_header: bool) -> None:
            headers: dict[str, str] = {}
            if auth:
                headers["Authorization"] = f"Bearer {token}"
            if good_header:
                headers[SCHEMA_HEADER] = str(PROTOCOL_VERSION)
            response = case.call(base_url=county.server.url, session=session, headers=headers, timeout=30)
            _check(response, op.path, seen)

        run()

    for op in operations:
        fuzz(op)

    # everything the fuzzer sent to push was refused with a 4xx and nothing changed
    assert county_counts(county) == before
    assert seen["/api/v1/push"] and all(400 <= c < 500 for c in seen["/api/v1/push"])
    assert 200 in seen["/api/v1/pull"] and 200 in seen["/verify"]
    # without a token every protected operation is 401 (or refused earlier for its input)
    for path in paths - PUBLIC - {"/openapi.json", "/docs"}:
        method = "PUT" if path.endswith("/keys") else "POST" if path.endswith("/push") else "GET"
        r = session.request(method, f"{county.server.url}{path}", headers={SCHEMA_HEADER: str(PROTOCOL_VERSION)},
                            json={} if method != "GET" else None, timeout=30)
        assert r.status_code in (401, 422), (path, r.status_code)
    session.close()
