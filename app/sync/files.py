"""Upload of files to the county: evidence files and issued-document PDFs, by sha256, in
resumable chunks (`GET /files/{sha256}` → what the county holds; `PUT …?offset=&size=` appends
one chunk; the county checks the whole file's sha256 on the last chunk).

Which files: after the rows are pushed (records go before their attachments), every
non-deleted evidence row and issued document of this township whose row is no longer waiting
in the outbox. Evidence bytes live content-addressed beside the database
(app.services.case_evidence.stored_path); an issued PDF lives in its row (issued_document.pdf,
sent in row payloads only as a {"sha256", "size"} reference). A row pulled from another device
whose file is not on this computer is left to that device.

Confirmed files are remembered in the local table sync_file (one row per sha256, with the
enrolment's device id). Deriving "done" otherwise would mean asking the county about every
file of the store on every sync (one request per file, for ever-growing evidence); the table
makes an unchanged store's sync cost nothing here, and re-enrolment (new device id) asks once
more, which also covers a new or restored county.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from app.context import AppContext
from app.services.case_evidence import stored_path
from app.sync import client
from app.sync.client import Cancel, CountyConnection, Progress, SyncCancelled, SyncError
from app.sync.protocol import (
    API_PREFIX,
    FILE_CHUNK_BYTES,
    MAX_FILE_BYTES,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    FileStatus,
)
from local_db.models import SyncOutbox
from local_db.models_cases import Evidence
from local_db.models_documents import IssuedDocument
from local_db.models_sync import SyncFile

STAGE = "上传文件"


@dataclass(frozen=True)
class LocalFile:
    """A file this store should have at the county: where its bytes come from."""

    sha256: str
    size: int
    path: Path | None = None  # evidence: the stored copy
    document_id: str | None = None  # issued PDF: the row holding the bytes


@dataclass
class FilesResult:
    """What a file upload round did."""

    checked: int = 0  # files asked about
    uploaded: int = 0  # files completed by this round
    already_held: int = 0  # the county had them complete
    bytes_sent: int = 0  # chunk bytes sent
    missing: int = 0  # not on this computer (another device's evidence)
    too_large: int = 0  # above the county's limit: not sent
    corrupt: list[str] = field(default_factory=list)  # stored copy differs from its hash


def pending_files(ctx: AppContext, township_id: str, device_id: str) -> list[LocalFile]:
    """Files of pushed rows the county has not confirmed for this enrolment, one per sha256."""
    confirmed = select(SyncFile.sha256).where(SyncFile.device_id == device_id)
    queued = select(SyncOutbox.row_id).where(SyncOutbox.entity.in_(("evidence", "issued_document")))
    out: dict[str, LocalFile] = {}
    with ctx.db.read_session() as s:
        for sha, size in s.execute(
            select(Evidence.sha256, func.max(Evidence.size))
            .where(
                Evidence.township_id == township_id,
                Evidence.deleted.is_(False),
                Evidence.id.not_in(queued),
                Evidence.sha256.not_in(confirmed),
            )
            .group_by(Evidence.sha256)
            .order_by(Evidence.sha256)
        ):
            out[sha] = LocalFile(sha, int(size), path=stored_path(ctx, sha))
        for doc_id, sha, size in s.execute(
            select(IssuedDocument.id, IssuedDocument.pdf_sha256, func.length(IssuedDocument.pdf))
            .where(
                IssuedDocument.township_id == township_id,
                IssuedDocument.deleted.is_(False),
                IssuedDocument.id.not_in(queued),
                IssuedDocument.pdf_sha256.not_in(confirmed),
            )
            .order_by(IssuedDocument.issued_at, IssuedDocument.id)
        ):
            out.setdefault(sha, LocalFile(sha, int(size), document_id=doc_id))
    return list(out.values())


def _confirm(ctx: AppContext, f: LocalFile, device_id: str) -> None:
    with client._write(ctx) as s:
        row = s.get(SyncFile, f.sha256)
        if row is None:
            s.add(SyncFile(sha256=f.sha256, size=f.size, device_id=device_id, confirmed_at=ctx.clock.now()))
        else:
            row.device_id = device_id
            row.confirmed_at = ctx.clock.now()


def _hash_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(FILE_CHUNK_BYTES):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


class _Source:
    """The bytes of one local file, read chunk by chunk at any offset."""

    def __init__(self, ctx: AppContext, f: LocalFile) -> None:
        self.pdf: bytes | None = None
        self.sha256 = f.sha256
        self.path = f.path
        if f.document_id is not None:
            with ctx.db.read_session() as s:
                self.pdf = s.scalar(select(IssuedDocument.pdf).where(IssuedDocument.id == f.document_id))

    def verified(self, f: LocalFile) -> bool | None:
        """True when the bytes match the hash; None when there are no bytes here."""
        if self.pdf is not None:
            return hashlib.sha256(self.pdf).hexdigest() == f.sha256 and len(self.pdf) == f.size
        if self.path is None or not self.path.is_file():
            return None
        sha, size = _hash_file(self.path)
        return sha == f.sha256 and size == f.size

    def chunks(self, offset: int, size: int) -> Iterator[tuple[int, bytes]]:
        """(offset, bytes) from `offset` to the end; an empty file is one empty chunk."""
        if offset >= size:
            yield offset, b""
            return
        if self.pdf is not None:
            for start in range(offset, size, FILE_CHUNK_BYTES):
                yield start, self.pdf[start : start + FILE_CHUNK_BYTES]
            return
        assert self.path is not None
        with self.path.open("rb") as fh:
            fh.seek(offset)
            start = offset
            while start < size:
                data = fh.read(FILE_CHUNK_BYTES)
                if not data:
                    raise SyncError(
                        "file_changed", "证据文件在上传过程中发生变化：{sha}", retryable=True, sha=self.sha256
                    )
                yield start, data
                start += len(data)


def _put_chunk(conn: CountyConnection, sha256: str, offset: int, size: int, data: bytes) -> FileStatus:
    """One chunk; a cut connection is retryable, the county's refusals are SyncErrors."""
    headers = {SCHEMA_HEADER: str(PROTOCOL_VERSION), "Content-Type": "application/octet-stream"}
    if conn.token:
        headers["Authorization"] = f"Bearer {conn.token}"
    try:
        resp = conn.http.put(
            f"{API_PREFIX}/files/{sha256}",
            params={"offset": offset, "size": size},
            content=data,
            headers=headers,
        )
        body = resp.content
    except (OSError, httpx.TransportError) as exc:
        raise SyncError(
            "county_unreachable",
            "无法连接县局服务器（{detail}），稍后自动重试。",
            retryable=True,
            detail=type(exc).__name__,
        ) from exc
    conn.bytes_sent += len(data)
    conn.bytes_received += resp.num_bytes_downloaded
    if resp.status_code == 200:
        try:
            return FileStatus.model_validate(json.loads(body))
        except ValueError as exc:
            raise SyncError(
                "county_bad_answer", "县局服务器的回答无法解析，稍后自动重试。", retryable=True
            ) from exc
    raise client._error_from(resp.status_code, body)


def _received_from(exc: SyncError) -> int | None:
    detail: Any = exc.params.get("detail")
    if isinstance(detail, dict) and isinstance(detail.get("received"), int):
        return int(detail["received"])
    return None


def _upload_one(
    conn: CountyConnection,
    f: LocalFile,
    src: _Source,
    status: FileStatus,
    result: FilesResult,
    on_bytes: Any,
    cancel: Cancel | None,
) -> FileStatus:
    """Send the chunks from where the county stands; answers the county's final status."""
    offset = status.received
    mismatches = 0
    while not status.complete:
        restart = False
        for start, data in src.chunks(offset, f.size):
            if cancel is not None and cancel():
                raise SyncCancelled()
            try:
                status = _put_chunk(conn, f.sha256, start, f.size, data)
            except SyncError as exc:
                if exc.code == "county_offset_mismatch" and (at := _received_from(exc)) is not None:
                    offset = at  # another device of the township is sending it too
                    restart = True
                    break
                if exc.code == "county_hash_mismatch" and mismatches == 0:
                    mismatches += 1  # bytes damaged on the way: the county dropped them, once more
                    offset = 0
                    restart = True
                    break
                raise
            result.bytes_sent += len(data)
            on_bytes(len(data))
            offset = status.received
        if not restart and not status.complete:
            raise SyncError(
                "county_bad_answer", "县局未确认文件已完整收到，稍后自动重试。", retryable=True
            )
    return status


def upload_files(
    ctx: AppContext,
    conn: CountyConnection,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> FilesResult:
    """Upload every pending file (resuming where the county stands) and remember the
    confirmed ones. Files missing here or above the county's limit are counted, not sent."""
    result = FilesResult()
    todo = pending_files(ctx, conn.township_id, conn.device_id)
    total = sum(f.size for f in todo if f.size <= MAX_FILE_BYTES)
    done = 0

    def on_bytes(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(STAGE, done, max(total, done))

    for f in todo:
        if cancel is not None and cancel():
            raise SyncCancelled()
        if f.size > MAX_FILE_BYTES:
            result.too_large += 1
            continue
        src = _Source(ctx, f)
        ok = src.verified(f)
        if ok is None:
            result.missing += 1
            total -= f.size
            continue
        if not ok:
            result.corrupt.append(f.sha256)
            total -= f.size
            continue
        status = FileStatus.model_validate(conn.request("GET", f"/files/{f.sha256}"))
        result.checked += 1
        if status.complete:
            result.already_held += 1
            on_bytes(f.size)
        else:
            on_bytes(status.received)
            _upload_one(conn, f, src, status, result, on_bytes, cancel)
            result.uploaded += 1
        _confirm(ctx, f, conn.device_id)
    return result
