"""Files at the county: evidence files and issued PDFs uploaded by sha256 in resumable chunks
on a real PostgreSQL. Multi-chunk upload, a connection cut mid-file then resumed (the county
holds exactly the bytes, hash verified), a wrong hash discarded, a wrong offset refused with
409, township isolation, and a file referenced twice sent once."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from app.context import Actor, AppContext
from app.rules.roles import Role
from app.services import case_evidence, users
from app.services.demo import DEMO_PASSWORD
from app.services.demo_cases import fill_cases_demo
from app.services import documents as docs
from app.documents.types import DocType
from app.sync import client, files
from app.sync.protocol import MAX_FILE_BYTES, PROTOCOL_VERSION, SCHEMA_HEADER
from county.db import CountyFile, CountyFileChunk
from local_db.models_cases import Case
from local_db.models_sync import SyncFile
from tests.county.faults import CuttingProxy
from tests.county.helpers import County, enrol

CHUNK = 64 * 1024  # small chunks keep the files (and the test) small


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "FILE_CHUNK_BYTES", CHUNK)


def _officer(ctx: AppContext) -> Actor:
    return Actor(None, "officer", "办案员", frozenset({Role.OFFICER}), ctx.township_id())


def _attach(ctx: AppContext, tmp_path: Path, data: bytes, *, case_index: int = 0) -> str:
    with ctx.db.read_session() as s:
        has_cases = s.scalar(select(Case.id).limit(1)) is not None
    if not has_cases:  # a few demo cases (their evidence rows come without files)
        fill_cases_demo(ctx, users.login(ctx, "admin", DEMO_PASSWORD), general=3, summary=0, parking=0)
    with ctx.db.read_session() as s:
        case_id = list(s.scalars(select(Case.id).order_by(Case.id).limit(case_index + 1)))[case_index]
    src = tmp_path / f"photo-{hashlib.sha256(data).hexdigest()[:8]}-{case_index}.jpg"
    src.write_bytes(data)
    info = case_evidence.attach_evidence(
        ctx, _officer(ctx), case_id, src, kind=case_evidence.EvidenceKind.PHOTO
    )
    return info.sha256


def _fake_pdf(number: str, seal_png: bytes | None) -> tuple[bytes, str]:
    body = b"%PDF-1.4 " + number.encode() + bytes(random.Random(number).randbytes(100_000))
    return body, hashlib.sha256(number.encode()).hexdigest()


def _held(county: County, township_id: str, sha: str) -> tuple[bool, bytes] | None:
    with county.session() as s:
        f = s.scalar(select(CountyFile).where(CountyFile.township_id == township_id, CountyFile.sha256 == sha))
        if f is None:
            return None
        data = b"".join(
            s.scalars(
                select(CountyFileChunk.data).where(CountyFileChunk.file_id == f.id).order_by(CountyFileChunk.byte_offset)
            )
        )
        return f.complete, data


class Counting:
    """An HTTP client to the county that counts file requests."""

    def __init__(self, base_url: str) -> None:
        self.puts: list[tuple[str, int]] = []
        self.gets: list[str] = []
        self.http = httpx.Client(base_url=base_url, timeout=30, event_hooks={"request": [self._seen]})

    def _seen(self, request: httpx.Request) -> None:
        if "/files/" in request.url.path:
            sha = request.url.path.rsplit("/", 1)[1]
            if request.method == "PUT":
                self.puts.append((sha, int(request.url.params["offset"])))
            else:
                self.gets.append(sha)


def test_multi_chunk_upload_evidence_and_pdf_each_sent_once(
    stores: dict[str, AppContext], county: County, tmp_path: Path
) -> None:
    a = stores["A"]
    rng = random.Random(7)
    photo = rng.randbytes(5 * CHUNK + 1234)  # six chunks
    sha = _attach(a, tmp_path, photo, case_index=0)
    assert _attach(a, tmp_path, photo, case_index=1) == sha  # the same file on a second case
    doc = docs.issue_document(a, _officer(a), DocType.PENALTY_DECISION, 2026, _fake_pdf)
    pdf = docs.document_pdf(a, doc.id)
    assert len(pdf) > CHUNK

    counting = Counting(county.server.url)
    try:
        _upload_and_check_once(a, county, counting, sha, photo, doc.id)
    finally:
        counting.http.close()


def _upload_and_check_once(
    a: AppContext, county: County, counting: Counting, sha: str, photo: bytes, doc_id: str
) -> None:
    doc = docs.get_document(a, doc_id)
    pdf = docs.document_pdf(a, doc_id)
    enrol(a, county, "A", http=counting.http)
    progress: list[tuple[str, int, int]] = []
    report = client.sync_now(a, http=counting.http, progress=lambda *p: progress.append(p))
    tid = a.township_id()
    assert tid is not None

    assert report.files.uploaded == 2 and not report.files.corrupt
    assert report.files.missing > 0  # demo evidence rows without files: left alone, no error
    assert _held(county, tid, sha) == (True, photo)
    assert _held(county, tid, doc.pdf_sha256) == (True, pdf)
    # one PUT per chunk, each offset once: the photo referenced by two rows went once
    assert sorted(o for s, o in counting.puts if s == sha) == [i * CHUNK for i in range(6)]
    assert sorted(o for s, o in counting.puts if s == doc.pdf_sha256) == [0, CHUNK]
    file_steps = [p for p in progress if p[0] == files.STAGE]
    assert file_steps and file_steps[-1][1] == file_steps[-1][2] == len(photo) + len(pdf)
    with a.db.read_session() as s:
        assert set(s.scalars(select(SyncFile.sha256))) == {sha, doc.pdf_sha256}

    # the next sync neither asks about nor sends a confirmed file
    counting.puts.clear()
    counting.gets.clear()
    again = client.sync_now(a, http=counting.http)
    assert counting.puts == [] and counting.gets == []
    assert again.files.uploaded == 0


def test_cut_mid_file_resumes_from_what_the_county_holds(
    stores: dict[str, AppContext], county: County, tmp_path: Path
) -> None:
    a = stores["A"]
    enrol(a, county, "A")
    client.sync_now(a, http=county.http)  # the demo rows go up first, without cuts
    photo = random.Random(11).randbytes(12 * CHUNK + 99)  # thirteen chunks
    sha = _attach(a, tmp_path, photo)
    tid = a.township_id()
    assert tid is not None

    # every connection is cut after 1.5–3 chunks' worth of bytes: mid-chunk, mid-answer …
    proxy = CuttingProxy(county.server.port, seed=5, cut_share=1.0, min_budget=CHUNK * 3 // 2, max_budget=3 * CHUNK)
    counting = Counting(proxy.url)
    try:
        failures = 0
        while True:
            try:
                report = client.sync_now(a, trigger="timer", http=counting.http)
                break
            except client.SyncError as exc:
                assert exc.retryable, exc
                failures += 1
                assert failures < 30
                if failures == 1:  # the county kept the whole chunks received so far
                    held = _held(county, tid, sha)
                    assert held is not None and held[0] is False
                    assert 0 < len(held[1]) < len(photo) and len(held[1]) % CHUNK == 0
                    assert held[1] == photo[: len(held[1])]
    finally:
        counting.http.close()
        proxy.close()
    assert failures >= 3 and proxy.cuts >= 3
    assert _held(county, tid, sha) == (True, photo)
    assert report.files.uploaded == 1
    # resumed, never restarted: each chunk sent at most once per cut connection
    puts = [o for s, o in counting.puts if s == sha]
    assert set(puts) == {i * CHUNK for i in range(13)}
    assert len(puts) <= 13 + failures


def test_cancel_between_chunks_then_resume(
    stores: dict[str, AppContext], county: County, tmp_path: Path
) -> None:
    a = stores["A"]
    photo = random.Random(13).randbytes(4 * CHUNK)
    sha = _attach(a, tmp_path, photo)
    enrol(a, county, "A")
    steps: list[int] = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == files.STAGE:
            steps.append(done)

    with pytest.raises(client.SyncCancelled):
        client.sync_now(a, http=county.http, progress=progress, cancel=lambda: len(steps) >= 3)
    tid = a.township_id()
    assert tid is not None
    assert _held(county, tid, sha) == (False, photo[: 2 * CHUNK])  # stopped between chunks
    report = client.sync_now(a, http=county.http)
    assert report.files.uploaded == 1 and _held(county, tid, sha) == (True, photo)


def _headers(conn: client.CountyConnection) -> dict[str, str]:
    return {
        SCHEMA_HEADER: str(PROTOCOL_VERSION),
        "Authorization": f"Bearer {conn.token}",
        "Content-Type": "application/octet-stream",
    }


def _put(county: County, conn: client.CountyConnection, sha: str, offset: int, size: int, data: bytes) -> httpx.Response:
    return county.http.put(
        f"/api/v1/files/{sha}", params={"offset": offset, "size": size}, content=data, headers=_headers(conn)
    )


def _get(county: County, conn: client.CountyConnection, sha: str) -> dict[str, Any]:
    r = county.http.get(f"/api/v1/files/{sha}", headers=_headers(conn))
    assert r.status_code == 200, r.text
    return dict(r.json())


def _file_rows(county: County) -> tuple[int, int]:
    with county.session() as s:
        return (
            int(s.scalar(select(func.count()).select_from(CountyFile)) or 0),
            int(s.scalar(select(func.count()).select_from(CountyFileChunk)) or 0),
        )


def test_wrong_hash_wrong_offset_and_limits(stores: dict[str, AppContext], county: County) -> None:
    a = stores["A"]
    enrol(a, county, "A")
    conn = client.open_connection(a, http=county.http)
    data = random.Random(3).randbytes(300)
    sha = hashlib.sha256(data).hexdigest()

    # wrong offset: 409 with what the county holds; nothing changes
    assert _put(county, conn, sha, 0, 300, data[:100]).json()["received"] == 100
    for bad in (0, 50, 200):
        r = _put(county, conn, sha, bad, 300, data[bad : bad + 100])
        assert r.status_code == 409, r.text
        assert r.json()["error"] == "offset_mismatch" and r.json()["detail"]["received"] == 100
    assert _get(county, conn, sha) == {"sha256": sha, "size": 300, "received": 100, "complete": False}
    # another declared size, a chunk past the end, an empty chunk: refused
    assert _put(county, conn, sha, 100, 999, data[100:200]).status_code == 409
    assert _put(county, conn, sha, 100, 300, data[100:] + b"x").status_code == 422
    assert _put(county, conn, sha, 100, 300, b"").status_code == 422
    # size limit: 413 before anything is stored
    big = hashlib.sha256(b"big").hexdigest()
    r = _put(county, conn, big, 0, MAX_FILE_BYTES + 1, b"x")
    assert r.status_code == 413 and r.json()["error"] == "file_too_large"
    assert _get(county, conn, big)["size"] is None
    # a malformed hash, no token
    assert county.http.get("/api/v1/files/XYZ", headers=_headers(conn)).status_code == 422
    assert county.http.get(f"/api/v1/files/{sha}", headers={SCHEMA_HEADER: "1"}).status_code == 401

    # the rest, then the last chunk completes it
    r = _put(county, conn, sha, 100, 300, data[100:])
    assert r.status_code == 200 and r.json()["complete"] is True
    assert _put(county, conn, sha, 300, 300, b"").json()["complete"] is True  # a resend: no change

    # wrong bytes for a hash: the last chunk is refused with hash_mismatch, nothing kept
    claimed = hashlib.sha256(b"what the bytes should have been").hexdigest()
    before = _file_rows(county)
    assert _put(county, conn, claimed, 0, 200, data[:100]).status_code == 200
    r = _put(county, conn, claimed, 100, 200, data[100:200])
    assert r.status_code == 422 and r.json()["error"] == "hash_mismatch"
    assert _get(county, conn, claimed) == {"sha256": claimed, "size": None, "received": 0, "complete": False}
    assert _file_rows(county) == before


def test_a_township_cannot_see_probe_or_complete_another_townships_file(
    stores: dict[str, AppContext], county: County
) -> None:
    enrol(stores["A"], county, "A")
    enrol(stores["B"], county, "B")
    ca = client.open_connection(stores["A"], http=county.http)
    cb = client.open_connection(stores["B"], http=county.http)
    done = random.Random(1).randbytes(500)
    part = random.Random(2).randbytes(500)
    sha_done, sha_part = hashlib.sha256(done).hexdigest(), hashlib.sha256(part).hexdigest()
    assert _put(county, ca, sha_done, 0, 500, done).json()["complete"] is True
    assert _put(county, ca, sha_part, 0, 500, part[:300]).json()["received"] == 300
    unknown = hashlib.sha256(b"nobody has this").hexdigest()

    def answer(sha: str) -> dict[str, Any]:
        got = _get(county, cb, sha)
        assert got.pop("sha256") == sha
        return got

    assert answer(sha_done) == answer(sha_part) == answer(unknown) == {"size": None, "received": 0, "complete": False}
    # B cannot continue or complete A's partial file: the same 409 as for a file it never began
    r_part = _put(county, cb, sha_part, 300, 500, part[300:])
    r_unknown = _put(county, cb, unknown, 300, 500, part[300:])
    assert r_part.status_code == r_unknown.status_code == 409
    assert r_part.json()["detail"] == r_unknown.json()["detail"] == {"received": 0, "size": 500}
    assert _get(county, ca, sha_part)["received"] == 300  # A's upload untouched
    # B uploading the same content makes B's own copy; A's stay as they were
    assert _put(county, cb, sha_part, 0, 500, part).json()["complete"] is True
    a_tid, b_tid = ca.township_id, cb.township_id
    held_a = _held(county, a_tid, sha_part)
    assert held_a == (False, part[:300])
    assert _held(county, b_tid, sha_part) == (True, part)
    assert _get(county, ca, sha_part) == {"sha256": sha_part, "size": 500, "received": 300, "complete": False}


def test_file_routes_in_openapi(county: County) -> None:
    spec = county.http.get("/openapi.json").json()
    path = spec["paths"]["/api/v1/files/{sha256}"]
    for method in ("get", "put"):
        ok = path[method]["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok["$ref"].endswith("/FileStatus")
        assert "409" in path[method]["responses"] or method == "get"
    assert "application/octet-stream" in path["put"]["requestBody"]["content"]
    params = {p["name"] for p in path["put"]["parameters"]}
    assert {"sha256", "offset", "size"} <= params
