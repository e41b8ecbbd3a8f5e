"""A township's token reaches only its own township's data; malformed pushes get a 4xx with
a reason and change nothing at the county."""

from __future__ import annotations

import copy
import gzip
import json
from typing import Any

import pytest

from app.context import AppContext
from app.sync import client
from app.sync.protocol import MAX_PUSH_ROWS, PROTOCOL_VERSION, SCHEMA_HEADER, PushBatch, batch_id_for
from tests.county.helpers import County, county_counts, county_rows, enrol


def _setup(stores: dict[str, AppContext], county: County) -> tuple[client.CountyConnection, client.CountyConnection]:
    enrol(stores["A"], county, "A")
    enrol(stores["B"], county, "B")
    client.sync_now(stores["B"], http=county.http)  # B's data is at the county
    return (
        client.open_connection(stores["A"], http=county.http),
        client.open_connection(stores["B"], http=county.http),
    )


def _post(county: County, conn: client.CountyConnection, body: Any, **extra: str) -> Any:
    headers = {"Authorization": f"Bearer {conn.token}", SCHEMA_HEADER: str(PROTOCOL_VERSION), **extra}
    if isinstance(body, bytes):
        return county.http.post("/api/v1/push", content=body, headers={**headers, "Content-Type": "application/json"})
    return county.http.post("/api/v1/push", json=body, headers=headers)


def _rebatch(body: dict[str, Any]) -> dict[str, Any]:
    """Give a hand-modified body a fresh valid batch id."""
    b = PushBatch.model_validate(body)
    body["batch_id"] = batch_id_for(b.township_id, b.device_id, b.rows, b.audit_entries)
    return body


def test_token_of_a_refused_on_b_data(stores: dict[str, AppContext], county: County) -> None:
    conn_a, conn_b = _setup(stores, county)
    before_b = sorted(r for r in county_rows(county) if r[0] == conn_b.township_id)
    batch, _ = client._next_batch(stores["A"], conn_a)
    good = batch.model_dump(mode="json")
    b_rows = client._next_batch(stores["B"], conn_b)
    assert b_rows is None  # B's outbox is empty after its sync
    counts = county_counts(county)

    # 1. the whole batch claims township B
    body = copy.deepcopy(good)
    body["township_id"] = conn_b.township_id
    r = _post(county, conn_a, _rebatch(body))
    assert r.status_code == 403 and r.json()["error"] == "forbidden_township"
    # 2. rows of township B inside A's batch
    body = copy.deepcopy(good)
    body["rows"][0]["payload"]["township_id"] = conn_b.township_id
    r = _post(county, conn_a, _rebatch(body))
    assert r.status_code == 403 and r.json()["message"]
    # 3. B's device id with A's token
    body = copy.deepcopy(good)
    body["device_id"] = conn_b.device_id
    r = _post(county, conn_a, _rebatch(body))
    assert r.status_code == 403 and r.json()["error"] == "forbidden_device"
    # 4. B's token is not accepted as A's and a made-up token is nobody's
    for auth in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": f"Bearer {conn_a.token}x"},
                 {"Authorization": f"Basic {conn_a.token}"}):
        for method, path in (("POST", "/api/v1/push"), ("GET", "/api/v1/pull"), ("GET", "/api/v1/status")):
            r = county.http.request(
                method, path, json=good if method == "POST" else None,
                headers={**auth, SCHEMA_HEADER: str(PROTOCOL_VERSION)},
            )
            assert r.status_code == 401, (method, path, auth)
    assert county_counts(county) == counts

    # 5. pull and status with A's token never show B's rows
    page = conn_a.request("GET", "/pull", params={"cursor": 0, "limit": 1000})
    assert all(row["entity"].startswith("ref:") for row in page["rows"])
    st = conn_a.request("GET", "/status")
    assert st["township_id"] == conn_a.township_id and st["rows_held"] == 0
    # 6. A pushing a row id that B uses makes A's own row, B's row stays as it was
    body = copy.deepcopy(good)
    b_row = before_b[0]
    body["rows"] = [body["rows"][0]]
    body["rows"][0]["row_id"] = body["rows"][0]["payload"]["id"] = b_row[2]
    body["rows"][0]["entity"] = b_row[1]
    r = _post(county, conn_a, _rebatch(body))
    assert r.status_code in (200, 422)
    assert sorted(r2 for r2 in county_rows(county) if r2[0] == conn_b.township_id) == before_b
    # 7. A's store cannot take B's enrolment slot
    with pytest.raises(client.SyncError) as exc:
        client.enrol(stores["A"], client.SYSTEM_ACTOR, county.server.url, county.code("B"), http=county.http)
    assert exc.value.params["status"] == 409


def _cases(good: dict[str, Any], conn: client.CountyConnection) -> list[tuple[str, Any, dict[str, str]]]:
    def mod(fn: Any, rebatch: bool = True) -> dict[str, Any]:
        b = copy.deepcopy(good)
        fn(b)
        return _rebatch(b) if rebatch else b

    row0 = good["rows"][0]
    return [
        ("not json", b"{not json", {}),
        ("array", b"[]", {}),
        ("empty object", {}, {}),
        ("no rows key types", mod(lambda b: b.update(rows="x"), False), {}),
        ("unknown entity", mod(lambda b: b["rows"][0].update(entity="no_such_table")), {}),
        ("county entity", mod(lambda b: b["rows"][0].update(entity="ref:catalog")), {}),
        ("id mismatch", mod(lambda b: b["rows"][0]["payload"].update(id="other")), {}),
        ("version mismatch", mod(lambda b: b["rows"][0]["payload"].update(version=row0["version"] + 7)), {}),
        ("op vs deleted", mod(lambda b: b["rows"][0].update(op="delete")), {}),
        ("missing sync column", mod(lambda b: b["rows"][0]["payload"].pop("updated_at")), {}),
        ("bad batch id", mod(lambda b: b.update(batch_id="zz"), False), {}),
        ("extra field", mod(lambda b: b.update(hello=1), False), {}),
        ("negative seq", mod(lambda b: b["rows"][0].update(seq=-1), False), {}),
        ("huge version", mod(lambda b: b["rows"][0].update(version=2**40), False), {}),
        ("too many rows", mod(lambda b: b.update(rows=b["rows"] * ((MAX_PUSH_ROWS + 1) // len(b["rows"]) + 1)), False),
         {}),
        ("bad audit hash", mod(lambda b: b["audit_entries"][0].update(hash="abc"), False), {}),
        ("bad gzip", b"\x1f\x8b\x08garbage", {"Content-Encoding": "gzip"}),
        ("unknown encoding", json.dumps(good).encode(), {"Content-Encoding": "br"}),
        ("gzip of garbage json", gzip.compress(b"{]"), {"Content-Encoding": "gzip"}),
        ("no schema header", good, {SCHEMA_HEADER: ""}),
    ]


def test_malformed_pushes_get_4xx_with_reason_and_change_nothing(
    stores: dict[str, AppContext], county: County
) -> None:
    conn_a, _ = _setup(stores, county)
    batch, _ = client._next_batch(stores["A"], conn_a)
    good = batch.model_dump(mode="json")
    before = county_counts(county)
    for name, body, headers in _cases(good, conn_a):
        r = _post(county, conn_a, body, **headers)
        assert 400 <= r.status_code < 500, (name, r.status_code, r.text[:300])
        err = r.json()
        assert err["error"] and err["message"], name
        assert county_counts(county) == before, name
    # and the well-formed batch still goes through afterwards
    assert _post(county, conn_a, good).status_code == 200


def test_client_parks_rows_the_county_refuses(stores: dict[str, AppContext], county: County) -> None:
    """A refused row is kept in sync_conflict with its reason; the rest of the queue flows."""
    from sqlalchemy import select, update

    from local_db.models import SyncOutbox
    from local_db.models_sync import SyncConflict

    a = stores["A"]
    enrol(a, county, "A")
    with a.db.write_session() as s, s.begin():
        first = s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq)).first()
        payload = json.loads(first.payload)
        payload["version"] = 99  # inconsistent with the outbox row: the county refuses it
        s.execute(update(SyncOutbox).where(SyncOutbox.seq == first.seq).values(payload=json.dumps(payload)))
    report = client.sync_now(a, http=county.http)
    assert report.pending_after == 0 and report.push.rejected == 1
    with a.db.read_session() as s:
        parked = s.scalars(select(SyncConflict)).one()
    assert parked.kind == "rejected" and "version" in parked.reason


def test_push_in_several_batches_with_a_refused_row_and_a_cancel(
    stores: dict[str, AppContext], county: County, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client builds the next batch while one is at the county and records an ack while
    the next one is there: a refusal in a middle batch drops the prepared batch (the rest of
    the refused one goes again), a cancel stops after an acknowledged batch, and a resumed
    push leaves nothing behind: every row held once, the audit chain whole."""
    from sqlalchemy import func, select, update

    from local_db.models import AuditLog, SyncOutbox

    monkeypatch.setattr(client, "PUSH_BATCH_ROWS", 3)
    monkeypatch.setattr(client, "PUSH_BATCH_AUDIT", 2)
    a = stores["A"]
    enrol(a, county, "A")
    with a.db.read_session() as s:
        seqs = list(s.scalars(select(SyncOutbox.seq).order_by(SyncOutbox.seq)))
        keys = {(e, r) for e, r in s.execute(select(SyncOutbox.entity, SyncOutbox.row_id))}
        audit_entries = s.scalar(select(func.count()).select_from(AuditLog))
    assert len(seqs) > 14
    with a.db.write_session() as s, s.begin():  # a row of the third batch the county refuses
        bad = s.get(SyncOutbox, seqs[7])
        payload = json.loads(bad.payload)
        payload["version"] = 99
        s.execute(update(SyncOutbox).where(SyncOutbox.seq == bad.seq).values(payload=json.dumps(payload)))
        bad_key = (bad.entity, bad.row_id)
    conn = client.open_connection(a, http=county.http)
    acks: list[int] = []
    with pytest.raises(client.SyncCancelled):
        client.push_pending(a, conn, progress=lambda stage, done, total: acks.append(done),
                            cancel=lambda: len(acks) >= 3)  # asked while the 4th batch is out
    # acked: 3 + 3 + (the refused batch again without its bad row) 3 + 3 rows; 1 parked
    assert acks == [3, 6, 9, 12] and client.pending_count(a) == len(seqs) - 13
    pushed = client.push_pending(a, conn)
    assert client.pending_count(a) == 0 and pushed.rejected == 0
    status = client.county_status(a, http=county.http)
    assert status.audit.ok and status.audit.entries == audit_entries
    held = {(r[1], r[2]) for r in county_rows(county) if r[0] == conn.township_id}
    assert held == keys - {bad_key}  # the refused row stays parked here


PUBLIC_OPERATIONS = {("POST", "/api/v1/enrol"), ("GET", "/api/v1/verify")}  # no token by design


def test_every_township_endpoint_in_the_spec_refuses_a_bad_token(county: County) -> None:
    """Walk the served OpenAPI spec: every /api/v1 operation but enrolment and the public QR
    check answers 401 without a valid token, so a new endpoint cannot forget the check."""
    spec = county.http.get("/openapi.json").json()
    operations = [
        (method.upper(), path)
        for path, item in spec["paths"].items()
        if path.startswith("/api/v1/")
        for method in item
        if method in {"get", "post", "put", "delete", "patch"}
    ]
    checked = [op for op in operations if op not in PUBLIC_OPERATIONS]
    assert {("POST", "/api/v1/push"), ("GET", "/api/v1/pull"), ("PUT", "/api/v1/keys")} <= set(checked)
    assert any(path.startswith("/api/v1/files/") for _m, path in checked)
    for method, template in checked:
        path = template.replace("{sha256}", "0" * 64)
        for auth in ({}, {"Authorization": "Bearer not-a-token"}):
            r = county.http.request(
                method, path, params={"offset": 0, "size": 1, "cursor": 0, "limit": 1},
                content=b"{}", headers={**auth, SCHEMA_HEADER: str(PROTOCOL_VERSION),
                                        "Content-Type": "application/json"},
            )
            assert r.status_code == 401, (method, path, auth, r.status_code, r.text[:200])
            assert r.json().get("message"), (method, path)
