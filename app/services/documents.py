"""Issuing enforcement documents: numbers, stored PDFs, seals, voiding, reissues, reprints.

A number is assigned per (document type, year) in the same write transaction (BEGIN
IMMEDIATE) that renders the document with it and stores the PDF and its hashes: a failed
render or store rolls the number back, so numbers have no gaps and no duplicates. A voided
document keeps its number (recorded as voided); numbers are never reused. A reissue is a new
version of the same number pointing at the one it supersedes. A reprint returns the stored
bytes, so it is identical to the original.

`render(number_text, seal_png)` is supplied by the caller (e.g.
app.documents.decision.decision_renderer): it gets the number just assigned and, when a seal
is applied, the decrypted seal image, and returns (pdf_bytes, content_sha256).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.context import Actor, AppContext
from app.documents.seal import decrypt_seal_row
from app.documents.types import DOC_TYPES, DocType, number_text
from app.errors import DomainError, NotFound, PermissionDenied, ValidationError
from app.rules.roles import ROLE_LABELS, ROLE_PERMISSIONS, Permission, Role
from local_db.models import Township
from local_db.models_documents import DocNumberCounter, IssuedDocument, Seal
from local_db.uow import UnitOfWork

RenderFn = Callable[[str, bytes | None], tuple[bytes, str]]

# Who may: app.rules.roles (leader, officer, clerk issue; leader and clerk — who prints on the
# leader's instruction — apply the seal; only the leader voids).
ISSUE = Permission.ISSUE_DOCUMENTS
SEAL = Permission.APPLY_SEAL
VOID = Permission.VOID_DOCUMENTS

MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class IssuedInfo:
    """Plain data about an issued document (without its PDF bytes)."""

    id: str
    doc_type: DocType
    year: int
    seq_no: int
    number_text: str
    doc_version: int
    supersedes_id: str | None
    case_id: str | None
    content_sha256: str
    pdf_sha256: str
    issued_at: datetime
    issued_by: str | None
    seal_id: str | None
    voided: bool
    void_reason: str | None


@dataclass(frozen=True)
class NumberingReport:
    """Numbers of one type and year: issued so far, missing and duplicated ones."""

    issued: int
    next_no: int
    gaps: tuple[int, ...]
    duplicates: tuple[int, ...]

    @property
    def ok(self) -> bool:
        return not self.gaps and not self.duplicates


def _info(d: IssuedDocument) -> IssuedInfo:
    return IssuedInfo(
        id=d.id,
        doc_type=DocType(d.doc_type),
        year=d.year,
        seq_no=d.seq_no,
        number_text=d.number_text,
        doc_version=d.doc_version,
        supersedes_id=d.supersedes_id,
        case_id=d.case_id,
        content_sha256=d.content_sha256,
        pdf_sha256=d.pdf_sha256,
        issued_at=d.issued_at,
        issued_by=d.issued_by,
        seal_id=d.seal_id,
        voided=d.voided,
        void_reason=d.void_reason,
    )


def _require_role(actor: Actor, permission: Permission, what: str) -> None:
    if not actor.can(permission):
        roles = "、".join(ROLE_LABELS[r] for r in sorted(actor.roles)) or "无"
        need = "、".join(
            ROLE_LABELS[r] for r in sorted(Role) if permission in ROLE_PERMISSIONS[r]
        )
        raise PermissionDenied(
            "permission_denied",
            "当前用户（{roles}）无权{what}，需要：{need}。",
            roles=roles,
            what=what,
            need=need,
        )


def _doc_type(doc_type: DocType | str) -> DocType:
    try:
        return DocType(doc_type)
    except ValueError as exc:
        raise ValidationError(
            "doc_type", "bad_doc_type", "未知的文书类型：{t}。", t=doc_type
        ) from exc


def _prefix(uow: UnitOfWork) -> str:
    prefix = uow.session.scalar(
        select(Township.doc_prefix).where(Township.deleted.is_(False)).limit(1)
    )
    if not prefix:
        raise DomainError("no_township", "尚未完成初始设置（文号前缀），无法签发文书。")
    return prefix


def _next_number(uow: UnitOfWork, doc_type: DocType, year: int) -> int:
    """Take the next number of (doc_type, year); only a committed transaction keeps it."""
    counter = uow.session.get(DocNumberCounter, (doc_type.value, year))
    if counter is None:
        counter = DocNumberCounter(
            doc_type=doc_type.value, year=year, township_id=uow.township_id or "", next_no=1
        )
        uow.session.add(counter)
    seq = counter.next_no
    counter.next_no = seq + 1
    uow.session.flush()
    return seq


def _seal_for(
    uow: UnitOfWork, actor: Actor, seal_id: str | None
) -> tuple[Seal | None, bytes | None]:
    if seal_id is None:
        return None, None
    _require_role(actor, SEAL, "加盖印章")
    seal = uow.session.get(Seal, seal_id)
    if seal is None or seal.deleted:
        raise NotFound("seal_not_found", "找不到该印章。")
    return seal, decrypt_seal_row(seal)


def _render(render: RenderFn, number: str, seal_png: bytes | None) -> tuple[bytes, str]:
    pdf, content_sha256 = render(number, seal_png)
    if not pdf.startswith(b"%PDF-"):
        raise DomainError("render_failed", "文书生成失败：输出不是 PDF。")
    if len(content_sha256) != 64:
        raise DomainError("render_failed", "文书生成失败：缺少内容摘要。")
    return pdf, content_sha256


def _store(
    uow: UnitOfWork,
    actor: Actor,
    *,
    doc_type: DocType,
    year: int,
    seq_no: int,
    number: str,
    doc_version: int,
    supersedes_id: str | None,
    case_id: str | None,
    pdf: bytes,
    content_sha256: str,
    seal: Seal | None,
) -> IssuedDocument:
    row = IssuedDocument(
        case_id=case_id,
        doc_type=doc_type.value,
        year=year,
        seq_no=seq_no,
        number_text=number,
        doc_version=doc_version,
        supersedes_id=supersedes_id,
        content_sha256=content_sha256,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        pdf=pdf,
        issued_at=uow.now,
        issued_by=actor.user_id,
        seal_id=seal.id if seal else None,
        voided=False,
    )
    uow.save(row, is_new=True)
    if seal is not None:
        uow.record(
            "document.seal_applied",
            "issued_document",
            row.id,
            {
                "number": number,
                "doc_version": doc_version,
                "seal_id": seal.id,
                "seal_owner": seal.owner_name,
                "user": actor.username,
            },
        )
    return row


def issue_document(
    ctx: AppContext,
    actor: Actor,
    doc_type: DocType | str,
    year: int,
    render: RenderFn,
    *,
    case_id: str | None = None,
    seal_id: str | None = None,
) -> IssuedInfo:
    """Number, render and store a document in one transaction (audited); seal applied when
    `seal_id` is given (leader or clerk; audited with the number and the user)."""
    kind = _doc_type(doc_type)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError("year", "bad_year", "年份无效：{year}。", year=year)
    _require_role(actor, ISSUE, "签发文书")
    with ctx.uow(actor) as uow:
        seal, seal_png = _seal_for(uow, actor, seal_id)
        seq = _next_number(uow, kind, year)
        number = number_text(_prefix(uow), kind, year, seq)
        pdf, content_sha256 = _render(render, number, seal_png)
        row = _store(
            uow,
            actor,
            doc_type=kind,
            year=year,
            seq_no=seq,
            number=number,
            doc_version=1,
            supersedes_id=None,
            case_id=case_id,
            pdf=pdf,
            content_sha256=content_sha256,
            seal=seal,
        )
        uow.record(
            "document.issue",
            "issued_document",
            row.id,
            {
                "number": number,
                "doc_type": kind.value,
                "title": DOC_TYPES[kind].title,
                "year": year,
                "seq_no": seq,
                "case_id": case_id,
                "content_sha256": content_sha256,
                "pdf_sha256": row.pdf_sha256,
            },
        )
        uow.commit()
        return _info(row)


def _load(uow: UnitOfWork, doc_id: str) -> IssuedDocument:
    row = uow.session.get(IssuedDocument, doc_id)
    if row is None or row.deleted:
        raise NotFound("document_not_found", "找不到该文书。")
    return row


def _superseded(uow: UnitOfWork, doc_id: str) -> bool:
    return (
        uow.session.scalar(
            select(func.count())
            .select_from(IssuedDocument)
            .where(IssuedDocument.supersedes_id == doc_id)
        )
        or 0
    ) > 0


def void_document(ctx: AppContext, actor: Actor, doc_id: str, reason: str) -> IssuedInfo:
    """Void an issued document (leader; audited). Its number stays taken, marked voided."""
    _require_role(actor, VOID, "作废文书")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", "required", "请填写{label}。", label="作废原因")
    with ctx.uow(actor) as uow:
        row = _load(uow, doc_id)
        if row.voided:
            raise DomainError("already_voided", "文书 {number} 已作废。", number=row.number_text)
        row.voided = True
        row.void_reason = reason
        row.voided_at = uow.now
        uow.save(row, is_new=False)
        uow.record(
            "document.void",
            "issued_document",
            row.id,
            {"number": row.number_text, "doc_version": row.doc_version, "reason": reason},
        )
        uow.commit()
        return _info(row)


def reissue_document(
    ctx: AppContext,
    actor: Actor,
    doc_id: str,
    render: RenderFn,
    *,
    reason: str,
    seal_id: str | None = None,
) -> IssuedInfo:
    """A corrected new version of an issued document under the same number (audited); the
    old version stays stored and is superseded."""
    _require_role(actor, ISSUE, "重新签发文书")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", "required", "请填写{label}。", label="重新签发原因")
    with ctx.uow(actor) as uow:
        old = _load(uow, doc_id)
        if old.voided:
            raise DomainError(
                "voided", "文书 {number} 已作废，不能重新签发。", number=old.number_text
            )
        if _superseded(uow, old.id):
            raise DomainError(
                "superseded", "文书 {number} 已有更新的版本。", number=old.number_text
            )
        seal, seal_png = _seal_for(uow, actor, seal_id)
        pdf, content_sha256 = _render(render, old.number_text, seal_png)
        row = _store(
            uow,
            actor,
            doc_type=DocType(old.doc_type),
            year=old.year,
            seq_no=old.seq_no,
            number=old.number_text,
            doc_version=old.doc_version + 1,
            supersedes_id=old.id,
            case_id=old.case_id,
            pdf=pdf,
            content_sha256=content_sha256,
            seal=seal,
        )
        uow.record(
            "document.reissue",
            "issued_document",
            row.id,
            {
                "number": row.number_text,
                "doc_version": row.doc_version,
                "supersedes_id": old.id,
                "reason": reason,
                "content_sha256": content_sha256,
                "pdf_sha256": row.pdf_sha256,
            },
        )
        uow.commit()
        return _info(row)


def document_pdf(ctx: AppContext, doc_id: str) -> bytes:
    """The stored PDF bytes (for print preview; not audited)."""
    with ctx.db.read_session() as s:
        row = s.get(IssuedDocument, doc_id)
        if row is None or row.deleted:
            raise NotFound("document_not_found", "找不到该文书。")
        return row.pdf


def reprint_document(ctx: AppContext, actor: Actor, doc_id: str) -> bytes:
    """The stored PDF bytes, identical to the original, for printing again (audited)."""
    _require_role(actor, ISSUE, "打印文书")
    with ctx.uow(actor) as uow:
        row = _load(uow, doc_id)
        uow.record(
            "document.reprint",
            "issued_document",
            row.id,
            {"number": row.number_text, "doc_version": row.doc_version, "voided": row.voided},
        )
        uow.commit()
        return row.pdf


def get_document(ctx: AppContext, doc_id: str) -> IssuedInfo:
    with ctx.db.read_session() as s:
        row = s.get(IssuedDocument, doc_id)
        if row is None or row.deleted:
            raise NotFound("document_not_found", "找不到该文书。")
        return _info(row)


def list_documents(
    ctx: AppContext,
    *,
    case_id: str | None = None,
    doc_type: DocType | None = None,
    year: int | None = None,
) -> list[IssuedInfo]:
    """Issued documents in number order (every version, voided ones included)."""
    q = select(IssuedDocument).where(IssuedDocument.deleted.is_(False))
    if case_id is not None:
        q = q.where(IssuedDocument.case_id == case_id)
    if doc_type is not None:
        q = q.where(IssuedDocument.doc_type == doc_type.value)
    if year is not None:
        q = q.where(IssuedDocument.year == year)
    q = q.order_by(
        IssuedDocument.doc_type,
        IssuedDocument.year,
        IssuedDocument.seq_no,
        IssuedDocument.doc_version,
    )
    with ctx.db.read_session() as s:
        return [_info(r) for r in s.scalars(q)]


def check_numbering(ctx: AppContext, doc_type: DocType, year: int) -> NumberingReport:
    """Check that numbers 1..n of (doc_type, year) are each issued exactly once (first
    versions; voided numbers count as issued)."""
    with ctx.db.read_session() as s:
        seqs = list(
            s.scalars(
                select(IssuedDocument.seq_no).where(
                    IssuedDocument.doc_type == doc_type.value,
                    IssuedDocument.year == year,
                    IssuedDocument.doc_version == 1,
                )
            )
        )
        counter = s.get(DocNumberCounter, (doc_type.value, year))
    next_no = counter.next_no if counter else 1
    seen: set[int] = set()
    dupes: set[int] = set()
    for n in seqs:
        (dupes if n in seen else seen).add(n)
    gaps = tuple(n for n in range(1, next_no) if n not in seen)
    return NumberingReport(
        issued=len(seen), next_no=next_no, gaps=gaps, duplicates=tuple(sorted(dupes))
    )


# --- the township's 一案一码 signing key ----------------------------------------------------


def create_signing_key(ctx: AppContext, actor: Actor, *, replace: bool = False) -> bytes:
    """Generate the township's Ed25519 key into the OS keyring (administrators; audited);
    returns the raw public key for the county to publish."""
    from app.documents import keys
    from app.rules.roles import Permission

    actor.require(Permission.MANAGE_SETTINGS)
    township_id = actor.township_id or ctx.township_id()
    if township_id is None:
        raise DomainError("no_township", "尚未完成初始设置，无法生成签名密钥。")
    public = keys.generate_signing_key(township_id, replace=replace)
    with ctx.uow(actor) as uow:
        uow.record(
            "document.signing_key_create",
            "township",
            township_id,
            {"public_key": public.hex(), "replaced": replace},
        )
        uow.commit()
    return public


def township_public_key(ctx: AppContext) -> bytes:
    """The raw public key of this township's signing key (DocumentKeyError if none)."""
    from app.documents import keys

    township_id = ctx.township_id()
    if township_id is None:
        raise DomainError("no_township", "尚未完成初始设置。")
    return keys.export_public_key(township_id)
