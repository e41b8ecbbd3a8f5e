"""Evidence files (证据): photos, recordings and documents stored content-addressed beside the
database, in <db folder>/evidence/<sha256[:2]>/<sha256>.

The file is copied (hashing while copying into a temporary file, then renamed into place) before
the metadata row is written, so nothing depends on the source file afterwards; the same
content attached twice is stored once. `verify_evidence` re-hashes the stored copy.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from app.context import Actor, AppContext
from app.errors import DomainError, NotFound, ValidationError
from app.rules.roles import Permission
from local_db.models_cases import Case, Evidence

CHUNK = 1 << 20


class EvidenceKind(StrEnum):
    """What an evidence file is."""

    PHOTO = "photo"
    AUDIO = "audio"
    VIDEO = "video"
    DOCUMENT = "document"


EVIDENCE_KIND_LABELS = {EvidenceKind.PHOTO: "照片", EvidenceKind.AUDIO: "录音",
                        EvidenceKind.VIDEO: "录像", EvidenceKind.DOCUMENT: "书证/文件"}


@dataclass(frozen=True)
class EvidenceInfo:
    """Evidence metadata as shown on the case (hash included)."""

    id: str
    case_id: str
    sha256: str
    original_name: str
    kind: EvidenceKind
    size: int
    captured_at: datetime | None
    note: str | None
    stored: bool  # the content-addressed copy is present


def evidence_root(ctx: AppContext) -> Path:
    """The evidence folder beside the database file."""
    return ctx.db_path.resolve().parent / "evidence"


def stored_path(ctx: AppContext, sha256: str) -> Path:
    """Where the file with this hash lives."""
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError("not a sha256 hex digest")
    return evidence_root(ctx) / sha256[:2] / sha256


def store_file(ctx: AppContext, source: Path) -> tuple[str, int]:
    """Copy `source` into the store; returns (sha256, size). Idempotent per content."""
    root = evidence_root(ctx)
    root.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=root)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, Path(source).open("rb") as src:
            while chunk := src.read(CHUNK):
                h.update(chunk)
                out.write(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = h.hexdigest()
        dest = stored_path(ctx, sha)
        if dest.exists() and _hash_of(dest) == sha:
            tmp.unlink()
        else:
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, dest)
        return sha, size
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _hash_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _info(ctx: AppContext, e: Evidence) -> EvidenceInfo:
    return EvidenceInfo(e.id, e.case_id, e.sha256, e.original_name, EvidenceKind(e.kind), e.size,
                        e.captured_at, e.note, stored_path(ctx, e.sha256).exists())


def attach_evidence(ctx: AppContext, actor: Actor, case_id: str, source: Path, *,
                    kind: EvidenceKind, note: str | None = None,
                    captured_at: datetime | None = None) -> EvidenceInfo:
    """Attach a file to a case: stored by its sha256, the metadata row written with an audit
    entry. The same content on the same case is refused as a duplicate."""
    actor.require(Permission.HANDLE_CASES)
    source = Path(source)
    if not source.is_file():
        raise ValidationError("source", "no_file", "找不到文件：{name}", name=source.name)
    sha, size = store_file(ctx, source)
    with ctx.uow(actor) as uow:
        case = uow.session.get(Case, case_id)
        if case is None or case.deleted:
            raise NotFound("case_not_found", "找不到该案件。")
        dup = uow.session.scalar(select(Evidence.id).where(
            Evidence.case_id == case_id, Evidence.sha256 == sha, Evidence.deleted.is_(False)))
        if dup:
            raise DomainError("duplicate_evidence", "该文件已作为本案证据登记（sha256 {sha}）。",
                              sha=sha[:12])
        e = Evidence(case_id=case_id, sha256=sha, original_name=source.name[:255],
                     kind=EvidenceKind(kind).value, size=size, captured_at=captured_at,
                     note=(note or "").strip() or None)
        uow.save(e, is_new=True)
        uow.record("case.evidence", "evidence", e.id,
                   {"case_id": case_id, "sha256": sha, "name": e.original_name, "size": size,
                    "kind": e.kind})
        uow.commit()
        return _info(ctx, e)


def case_evidence(ctx: AppContext, case_id: str) -> list[EvidenceInfo]:
    """A case's evidence, oldest first."""
    with ctx.db.read_session() as s:
        rows = s.scalars(select(Evidence).where(Evidence.case_id == case_id,
                                                Evidence.deleted.is_(False))
                         .order_by(Evidence.updated_at))
        return [_info(ctx, e) for e in rows]


def verify_evidence(ctx: AppContext, evidence_id: str) -> bool:
    """True when the stored copy exists and still hashes to its recorded sha256."""
    with ctx.db.read_session() as s:
        e = s.get(Evidence, evidence_id)
        if e is None:
            raise NotFound("evidence_not_found", "找不到该证据。")
        path = stored_path(ctx, e.sha256)
        return path.exists() and _hash_of(path) == e.sha256


def export_evidence(ctx: AppContext, evidence_id: str, dest_dir: Path) -> Path:
    """Copy a stored file out under its original name (for printing or handing over)."""
    with ctx.db.read_session() as s:
        e = s.get(Evidence, evidence_id)
        if e is None:
            raise NotFound("evidence_not_found", "找不到该证据。")
        dest = Path(dest_dir) / e.original_name
        shutil.copyfile(stored_path(ctx, e.sha256), dest)
        return dest
