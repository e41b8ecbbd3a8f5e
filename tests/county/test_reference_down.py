"""County-owned data down to two township stores and township public keys up, end to end on a
real PostgreSQL: a code signed in township B verifies in A's offline verifier and on the
county's public page after both sync (also after B changes its key); certificate statuses
published by the county change both registers through recorded, audited certificate actions;
catalog, holidays and the equipment standard reach both stores."""

from __future__ import annotations

import copy
import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.context import SYSTEM_ACTOR, AppContext
from app.documents import keys
from app.documents.qr import QRFields, sign_payload
from app.rules.certificates import CertAction, CertStatus, Ineligible, StaffKind
from app.services import case_documents, certificate_status, documents, public_keys, reference_data, staff
from app.sync import client, county_docs
from app.sync.protocol import PROTOCOL_VERSION, SCHEMA_HEADER
from county import cli as county_cli
from county import service
from county.db import TownshipKey
from local_db.models import AuditLog
from tests.county.helpers import County, enrol


def _sign(ctx: AppContext, number: str, day: date) -> str:
    """A 一案一码 as the township's issuing path makes it (its key from the keyring)."""
    key = keys.load_signing_key(ctx.township_id())
    fields = QRFields(
        township_code=case_documents.township_code(ctx),
        number=number,
        date=day,
        item_code="C0101",
        tier="general",
        amount_fen=50000,
        content_sha256="ab" * 32,
    )
    return sign_payload(key, fields)


def _tamper(text: str) -> str:
    prefix, payload, sig = text.split(".")
    other = sign_payload(keys.Ed25519PrivateKey.generate(), QRFields("X" * 6, "n", date(2026, 1, 1), "", "", 0, "00" * 32))
    return f"{prefix}.{payload}.{other.split('.')[2]}"


def test_keys_up_and_down_and_public_page(stores: dict[str, AppContext], county: County) -> None:
    a, b = stores["A"], stores["B"]
    documents.create_signing_key(b, SYSTEM_ACTOR)
    enrol(a, county, "A")  # A has no key yet: nothing to send
    enrol(b, county, "B")  # B's key goes up at enrolment
    with county.session() as s:
        held = list(s.scalars(select(TownshipKey)))
        assert [(k.township_code, k.retired_at) for k in held] == [(case_documents.township_code(b), None)]
        assert service.reference_version(s, "township_keys") == 1
    number = f"{case_documents.township_code(b)}罚决字〔2026〕第12号"
    code_b = _sign(b, number, date(2026, 3, 5))
    # before A syncs, A cannot verify B's code
    assert public_keys.verify_qr(a, code_b).status.value == "unknown_township"

    client.sync_now(a, http=county.http)
    client.sync_now(b, http=county.http)
    verdict = public_keys.verify_qr(a, code_b)
    assert verdict.ok and verdict.fields is not None and verdict.fields.number == number
    assert not public_keys.verify_qr(a, _tamper(code_b)).ok
    assert public_keys.verify_qr(b, code_b).ok  # B's own key, known as its own

    # the county's public page (no login) and its JSON twin
    r = county.http.get("/verify", params={"d": code_b})
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "真实有效" in r.text and "傅村镇" in r.text and "行政处罚决定书" in r.text and "2026年3月5日" in r.text
    assert "500.00" not in r.text and "C0101" not in r.text  # no amount, nothing but the document
    j = county.http.get("/api/v1/verify", params={"d": code_b}).json()
    assert j["valid"] and j["township_name"] == "傅村镇" and j["number"] == number and j["date"] == "2026-03-05"
    assert set(j) == {"valid", "status", "message", "document_type", "number", "township_code",
                      "township_name", "date"}
    bad = county.http.get("/verify", params={"d": _tamper(code_b)})
    assert bad.status_code == 200 and "验证失败" in bad.text and "真实有效" not in bad.text
    assert county.http.get("/api/v1/verify", params={"d": _tamper(code_b)}).json()["status"] == "tampered"
    assert county.http.get("/api/v1/verify", params={"d": "<script>"}).json()["status"] == "malformed"
    assert "<b>x" not in county.http.get("/verify", params={"d": "SD1.<b>x"}).text

    # B replaces its key: the next sync sends it, the county keeps the old one as past
    documents.create_signing_key(b, SYSTEM_ACTOR, replace=True)
    code_b2 = _sign(b, f"{case_documents.township_code(b)}罚决字〔2026〕第13号", date(2026, 4, 1))
    client.sync_now(b, http=county.http)
    client.sync_now(a, http=county.http)
    with county.session() as s:
        held = list(s.scalars(select(TownshipKey).order_by(TownshipKey.id)))
        assert len(held) == 2 and held[0].retired_at is not None and held[1].retired_at is None
        assert service.reference_version(s, "township_keys") == 2
    for text in (code_b, code_b2):  # the old code still verifies, here and at the county
        assert public_keys.verify_qr(a, text).ok
        assert public_keys.verify_qr(b, text).ok
        assert county.http.get("/api/v1/verify", params={"d": text}).json()["valid"]
    # a second sync sends nothing again
    with county.session() as s:
        before = service.reference_version(s, "township_keys")
    client.sync_now(b, http=county.http)
    with county.session() as s:
        assert service.reference_version(s, "township_keys") == before

    # keys are scoped to the caller's township: A may not claim B's code, nor upload unauthenticated
    conn_a = client.open_connection(a, http=county.http)
    body = {"township_code": case_documents.township_code(b), "public_key": "11" * 32}
    with pytest.raises(client.SyncError) as exc:
        conn_a.request("PUT", "/keys", body=body)
    assert exc.value.params["status"] == 409
    r = county.http.put("/api/v1/keys", json=body, headers={SCHEMA_HEADER: str(PROTOCOL_VERSION)})
    assert r.status_code == 401
    # a private key is not a field: refused whole
    r = county.http.put(
        "/api/v1/keys",
        json={**body, "township_code": "A-CODE", "private_key": "22" * 32},
        headers={"Authorization": f"Bearer {conn_a.token}", SCHEMA_HEADER: str(PROTOCOL_VERSION)},
    )
    assert r.status_code == 422
    with county.session() as s:
        assert s.scalar(select(func.count()).select_from(TownshipKey)) == 2
    # an older township_keys document is not applied again
    assert public_keys.apply_county_keys(a, SYSTEM_ACTOR, {"keys": []}, 1) == 0


def _sworn_with_cert(ctx: AppContext) -> list[staff.StaffInfo]:
    return [
        p for p in staff.list_staff(ctx, kind=StaffKind.SWORN)
        if p.cert_number and p.cert_status is CertStatus.GREEN and staff.eligibility(p, ctx.clock.today()).ok
    ]


def test_certificate_status_down_to_both_stores(
    stores: dict[str, AppContext], county: County, county_url: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    a, b = stores["A"], stores["B"]
    enrol(a, county, "A")
    enrol(b, county, "B")
    a1, a2 = _sworn_with_cert(a)[:2]
    (b1,) = _sworn_with_cert(b)[:1]
    later = (a2.cert_expires_on or date(2027, 1, 1)) + timedelta(days=365)
    path = tmp_path / "certs.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["执法证号", "状态", "有效期至", "日期"])
        w.writerow([a1.cert_number, "暂扣", "", "2026-03-01"])
        w.writerow([a2.cert_number, "有效", later.isoformat(), "2026-03-01"])
        w.writerow([b1.cert_number, "吊销", "", "2026-03-02"])
        w.writerow(["33070399999999", "有效", "2030-12-31", ""])
    db = ["--database-url", county_url]
    assert county_cli.main([*db, "certificate-status", "--import", str(path)]) == 0
    assert "第 1 版" in capsys.readouterr().out
    assert county_cli.main([*db, "certificate-status", "--import", str(path)]) == 0
    assert "未变化" in capsys.readouterr().out

    ra = client.sync_now(a, http=county.http)
    client.sync_now(b, http=county.http)
    assert any("certificate_status" in n for n in ra.pull.reference_notes)
    today = a.clock.today()
    e1 = staff.may_handle_case(a, a1.id, today)
    assert not e1.ok and Ineligible.SUSPENDED in e1.reasons
    assert staff.get_staff(a, a2.id).cert_expires_on == later and staff.may_handle_case(a, a2.id, today).ok
    eb = staff.may_handle_case(b, b1.id, b.clock.today())
    assert not eb.ok and Ineligible.CANCELLED in eb.reasons
    # recorded actions with the county's reason, audited like a local change
    hist = staff.certificate_history(a, a1.id)
    assert hist[-1].action is CertAction.ORANGE and "县局发布执法证状态：暂扣" in hist[-1].reason
    assert staff.certificate_history(a, a2.id)[-1].action is CertAction.RENEW
    with a.db.read_session() as s:
        actions = set(s.scalars(select(AuditLog.action)))
    assert {"certificate.orange", "certificate.renew", "certificate.county_status"} <= actions
    report_a = certificate_status.last_report(a)
    assert report_a is not None and "33070399999999" in report_a["unknown"]
    assert b1.cert_number in report_a["unknown"]  # B's officer is not in A's register
    # both stores pushed the changes back up; a resync changes nothing
    assert client.sync_now(a, http=county.http).pull.applied == 0
    assert certificate_status.applied_version(a) == 1

    # the county lifts the suspension: only the newer version applies
    path.write_text(f"执法证号,状态\n{a1.cert_number},有效\n", encoding="utf-8")
    assert county_cli.main([*db, "certificate-status", "--import", str(path)]) == 0
    client.sync_now(a, http=county.http)
    assert staff.may_handle_case(a, a1.id, today).ok
    assert staff.certificate_history(a, a1.id)[-1].action is CertAction.LIFT
    with county.session() as s:
        doc = service.reference_payload(s, "certificate_status")
    assert doc is not None and doc["version"] == 2 and len(doc["certificates"]) == 4  # merged
    old = copy.deepcopy(doc)
    old["version"] = 1
    old["certificates"][a1.cert_number]["status"] = "暂扣"
    assert certificate_status.apply_certificate_status(a, SYSTEM_ACTOR, old).skipped_old
    assert staff.may_handle_case(a, a1.id, today).ok
    assert county_cli.main([*db, "certificate-status", "--list"]) == 0
    assert a1.cert_number in capsys.readouterr().out


def test_certificate_file_errors_name_the_row(county_url: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.json"
    path.write_text('[{"number": "1", "status": "有效"}, {"number": "2", "status": "停用"}]', encoding="utf-8")
    assert county_cli.main(["--database-url", county_url, "certificate-status", "--import", str(path)]) == 2
    assert "第 2 项" in capsys.readouterr().err


def test_reference_data_reaches_both_stores(stores: dict[str, AppContext], county: County) -> None:
    a, b = stores["A"], stores["B"]
    enrol(a, county, "A")
    enrol(b, county, "B")
    shipped = reference_data.shipped_documents()
    docs = {}
    for kind in ("catalog", "holidays", "equipment_standard"):
        doc = copy.deepcopy(shipped[kind])
        doc["version"] = "2099.1"
        docs[kind] = doc
    with county.session() as s, s.begin():
        for kind, doc in docs.items():
            assert service.publish_reference(s, kind, doc)
    for ctx in (a, b):
        r = client.sync_now(ctx, http=county.http)
        assert set(r.pull.reference_kinds) >= set(docs), r.pull.reference_refused
        v = reference_data.versions(ctx)
        assert (v.catalog, v.holidays, v.equipment_standard) == ("2099.1",) * 3
    assert county_docs.KINDS == ("township_keys", "certificate_status")


def test_certificate_register_from_excel(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from county.certificates import read_certificate_file

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "证号", "执法证状态", "有效期至"])
    ws.append([1, "33070300001", "暂扣", date(2028, 6, 30)])
    ws.append([2, "33070300002", "revoked", None])
    ws.append([None, None, None, None])
    path = tmp_path / "certs.xlsx"
    wb.save(path)
    entries = read_certificate_file(path)
    assert [(e.number, e.status, e.valid_until) for e in entries] == [
        ("33070300001", "暂扣", date(2028, 6, 30)),
        ("33070300002", "吊销", None),
    ]
