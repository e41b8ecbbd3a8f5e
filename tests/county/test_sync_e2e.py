"""Enrol, push and pull end to end against the county on a real PostgreSQL: two townships
edit offline, sync, and the county holds exactly the union; reference data reaches both;
resends are idempotent; schema mismatch is refused with 请升级 SquadDesk."""

from __future__ import annotations

import copy
import json

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import func, select, update

from app.context import SYSTEM_ACTOR, AppContext
from app.rules.certificates import StaffKind, StaffPosition
from app.services import reference_data, staff, users
from app.services.demo import DEMO_PASSWORD
from app.sync import client
from app.sync.protocol import PROTOCOL_VERSION, SCHEMA_HEADER, PushAck
from county import service
from county.db import AppliedBatch, AuditState, ReceivedConflict
from local_db.models import AuditLog, StaffMember, SyncOutbox
from local_db.models_sync import SyncConflict, SyncRun
from tests.conftest import MemoryKeyring
from tests.county.helpers import County, county_counts, county_rows, enrol, local_rows


def _edit(ctx: AppContext, name: str) -> str:
    admin = users.login(ctx, "admin", DEMO_PASSWORD)
    m = staff.add_staff(
        ctx,
        admin,
        staff.StaffInput(name=name, kind=StaffKind.AUXILIARY, position=StaffPosition.MEMBER, phone="13800000000"),
    )
    return m.id


def test_two_townships_sync_union_and_reference(stores: dict[str, AppContext], county: County) -> None:
    a, b = stores["A"], stores["B"]
    enrol(a, county, "A")
    enrol(b, county, "B")
    # offline edits on both
    _edit(a, "甲一")
    _edit(a, "甲二")
    _edit(b, "乙一")
    # the county publishes a newer catalog
    doc = copy.deepcopy(reference_data.shipped_documents()["catalog"])
    doc["version"] = "2027.1"
    doc["items"][0]["name"] = doc["items"][0]["name"] + "（县局更新）"
    with county.session() as s, s.begin():
        assert service.publish_reference(s, "catalog", doc)
        assert not service.publish_reference(s, "catalog", doc)  # unchanged: no new version

    ra = client.sync_now(a, http=county.http)
    rb = client.sync_now(b, http=county.http)
    assert ra.pending_after == 0 and rb.pending_after == 0
    assert ra.push.rows > 0 and rb.push.rows > 0

    held = county_rows(county)
    assert len(held) == len(set(held)), "duplicates at the county"
    assert set(held) == local_rows(a) | local_rows(b)
    # the keys are unique per township too
    assert len({(t, e, r) for t, e, r, _ in held}) == len(held)

    for ctx in (a, b):
        assert reference_data.versions(ctx).catalog == "2027.1"
        assert reference_data.catalog(ctx)[0].name.endswith("（县局更新）") or any(
            i.name.endswith("（县局更新）") for i in reference_data.catalog(ctx)
        )
        with ctx.db.read_session() as s:
            assert s.scalar(select(func.count()).select_from(SyncOutbox)) == 0
            run = s.scalars(select(SyncRun)).one()
            assert run.ok and run.error is None
    # a second sync moves nothing
    again = client.sync_now(a, http=county.http)
    assert again.push.rows == 0 and again.pull.applied == 0
    # the audit chains arrived whole and verified
    st = client.county_status(a, http=county.http)
    with a.db.read_session() as s:
        assert st.audit.ok and st.audit.last_seq == s.scalar(select(func.max(AuditLog.seq)))
    assert st.rows_held == len(local_rows(a))


def test_second_device_of_one_township_gets_rows_and_conflict_is_kept(
    stores: dict[str, AppContext], county: County, tmp_path, memory_keyring: MemoryKeyring
) -> None:
    import shutil

    from app.store import open_store
    from tests.conftest import FakeClock

    a1 = stores["A"]
    enrol(a1, county, "A")
    client.sync_now(a1, http=county.http)
    # a second PC of the same township: a copy of the store, enrolled as its own device
    a1.db.dispose()
    shutil.copyfile(a1.db_path, tmp_path / "a2.sqlite3")
    a2 = open_store(tmp_path / "a2.sqlite3", clock=FakeClock())
    # (one keyring per machine: the second PC's token under the same township key)
    saved = dict(memory_keyring.store)
    enrol(a2, county, "A")
    a2_keys = dict(memory_keyring.store)

    def as_pc(keys: dict) -> None:
        memory_keyring.store.clear()
        memory_keyring.store.update(keys)

    new_id = _edit(a2, "乙机新增")
    admin1 = users.login(a1, "admin", DEMO_PASSWORD)
    admin2 = users.login(a2, "admin", DEMO_PASSWORD)
    with a1.db.read_session() as s:
        target = s.scalars(select(StaffMember.id).order_by(StaffMember.id)).first()
    # both PCs edit the same row offline (same base version: a tie)
    for ctx, actor, phone in ((a1, admin1, "13911111111"), (a2, admin2, "13922222222")):
        info = staff.get_staff(ctx, target)
        staff.update_staff(
            ctx, actor, target,
            staff.StaffInput(name=info.name, kind=info.kind, position=info.position, gender=info.gender,
                             phone=phone, user_id=info.user_id, cert_number=info.cert_number,
                             cert_issuer=info.cert_issuer, cert_issued_on=info.cert_issued_on,
                             cert_expires_on=info.cert_expires_on, note=info.note),
        )

    as_pc(a2_keys)
    client.sync_now(a2, http=county.http)
    as_pc(saved)
    r1 = client.sync_now(a1, http=county.http)  # a1 pushes a tied version: one side loses
    as_pc(a2_keys)
    r2 = client.sync_now(a2, http=county.http)

    with a1.db.read_session() as s1, a2.db.read_session() as s2:
        assert s1.get(StaffMember, new_id) is not None, "row of the other PC arrived"
        p1 = s1.get(StaffMember, target).phone
        p2 = s2.get(StaffMember, target).phone
        assert p1 == p2, "both PCs converge on the winner"
        losers = list(s1.scalars(select(SyncConflict))) + list(s2.scalars(select(SyncConflict)))
    # whichever PC lost the tie (by updated_at, then device id) detected it
    assert r1.push.conflicts + r1.pull.conflicts + r2.pull.conflicts >= 1
    kept = {json.loads(c.losing_payload)["phone"] for c in losers if c.row_id == target}
    assert ({"13911111111", "13922222222"} - {p1}) <= kept, "the losing version is kept"
    with county.session() as s:
        assert s.scalar(select(func.count()).select_from(ReceivedConflict)) >= 1
        # each PC's own audit chain arrived whole and verified
        states = list(s.scalars(select(AuditState)))
    assert len(states) == 2 and all(st.ok for st in states), [(st.bad_seq, st.reason) for st in states]
    a2.db.dispose()


def test_resent_batch_is_applied_once(stores: dict[str, AppContext], county: County) -> None:
    a = stores["A"]
    enrol(a, county, "A")
    conn = client.open_connection(a, http=county.http)
    batch, _ = client._next_batch(a, conn)
    body = batch.model_dump(mode="json")
    first = PushAck.model_validate(conn.request("POST", "/push", body=body))
    before = county_counts(county)
    second = PushAck.model_validate(conn.request("POST", "/push", body=body))
    assert not first.duplicate and second.duplicate
    assert second.model_dump(exclude={"duplicate"}) == first.model_dump(exclude={"duplicate"})
    assert county_counts(county) == before
    # the same id with other content is refused
    body2 = dict(body, rows=body["rows"][:-1])
    with pytest.raises(client.SyncError) as exc:
        conn.request("POST", "/push", body=body2)
    assert exc.value.params["status"] == 409
    # the client then pushes the rest; nothing is doubled
    client.push_pending(a, conn)
    held = county_rows(county)
    assert len(held) == len(set(held)) and set(held) == local_rows(a)


def test_schema_mismatch_is_426_with_upgrade_message(stores: dict[str, AppContext], county: County) -> None:
    a = stores["A"]
    enrol(a, county, "A")
    conn = client.open_connection(a, http=county.http)
    headers = {"Authorization": f"Bearer {conn.token}", SCHEMA_HEADER: str(PROTOCOL_VERSION + 1)}
    r = county.http.get("/api/v1/pull", headers=headers)
    assert r.status_code == 426
    assert "请升级 SquadDesk" in r.json()["message"]
    batch, _ = client._next_batch(a, conn)
    body = batch.model_dump(mode="json")
    body["schema_version"] = PROTOCOL_VERSION + 1
    headers[SCHEMA_HEADER] = str(PROTOCOL_VERSION)
    r = county.http.post("/api/v1/push", json=body, headers=headers)
    assert r.status_code == 426 and "请升级 SquadDesk" in r.json()["message"]
    r = county.http.post(
        "/api/v1/enrol",
        json={"schema_version": 0, "code": county.code("B"), "device_name": "x"},
        headers={SCHEMA_HEADER: "0"},
    )
    assert r.status_code == 426
    # the client turns it into its own message
    with pytest.raises(client.SyncError) as exc:
        conn.request("POST", "/push", body=body)
    assert exc.value.code == "upgrade_required" and "请升级 SquadDesk" in str(exc.value)
    assert county_counts(county)["received_row"] == 0


def test_enrolment_code_is_one_time_and_token_only_in_keyring(
    stores: dict[str, AppContext], county: County, memory_keyring: MemoryKeyring
) -> None:
    a = stores["A"]
    code = county.code("A")
    client.enrol(a, SYSTEM_ACTOR, county.server.url, code, http=county.http)
    tid = a.township_id()
    token = memory_keyring.store[("SquadDesk", f"county-token:{tid}")]
    # the token is nowhere in the store file, nor at the county in clear
    assert token.encode() not in a.db_path.read_bytes()
    with county.engine.connect() as c:
        from sqlalchemy import text

        assert c.execute(text("SELECT count(*) FROM device WHERE token_sha256 = :t"), {"t": token}).scalar() == 0
    with pytest.raises(client.SyncError) as exc:
        client.enrol(a, SYSTEM_ACTOR, county.server.url, code, http=county.http)
    assert exc.value.params["status"] == 403


def test_enrol_refuses_without_secure_keyring_and_keeps_the_code(
    stores: dict[str, AppContext], county: County
) -> None:
    a = stores["A"]
    code = county.code("A")
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(client.SyncError) as exc:
        client.enrol(a, SYSTEM_ACTOR, county.server.url, code, http=county.http)
    assert exc.value.code == "keyring_unavailable" and "钥匙串" in str(exc.value)
    keyring.set_keyring(MemoryKeyring())
    client.enrol(a, SYSTEM_ACTOR, county.server.url, code, http=county.http)  # code still valid


def test_plain_http_refused_except_loopback() -> None:
    with pytest.raises(client.SyncError) as exc:
        client.make_http_client("http://county.example.cn")
    assert exc.value.code == "insecure_county_url"
    client.make_http_client("https://county.example.cn").close()


def test_audit_chain_break_is_reported(stores: dict[str, AppContext], county: County) -> None:
    a = stores["A"]
    enrol(a, county, "A")
    with a.db.write_session() as s, s.begin():
        s.execute(update(AuditLog).where(AuditLog.seq == 3).values(change_json='{"forged":true}'))
    client.sync_now(a, http=county.http)
    st = client.county_status(a, http=county.http)
    assert not st.audit.ok and st.audit.bad_seq == 3 and "篡改" in (st.audit.reason or "")
    with county.session() as s:
        assert s.scalars(select(AuditState)).one().bad_seq == 3
        assert s.scalar(select(func.count()).select_from(AppliedBatch)) >= 1
