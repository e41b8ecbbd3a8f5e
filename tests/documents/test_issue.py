"""Issuing documents: numbers without gaps or duplicates (also under concurrent issuing),
voiding, reissues, identical reprints, seal permission and audit."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.context import Actor, AppContext
from app.documents import seal as seals
from app.documents.decision import decision_renderer
from app.documents.keys import public_key_bytes
from app.documents.qr import VerdictStatus, verify_payload
from app.documents.sample import SAMPLE_TOWNSHIP_CODE, sample_decision
from app.documents.types import DocType
from app.errors import DomainError, PermissionDenied
from app.services import audit
from app.services import documents as docs
from app.store import open_store
from tests.documents.conftest import pdf_text

PDF = DocType.PENALTY_DECISION


def fake_render(number: str, seal_png: bytes | None) -> tuple[bytes, str]:
    """A stand-in renderer: a tiny 'PDF' carrying the number (fast, for numbering tests)."""
    body = f"%PDF-1.4 {number} seal={bool(seal_png)}".encode()
    return body, hashlib.sha256(number.encode()).hexdigest()


def test_numbers_run_per_type_and_year(ctx: AppContext, officer: Actor) -> None:
    a = docs.issue_document(ctx, officer, PDF, 2026, fake_render)
    b = docs.issue_document(ctx, officer, PDF, 2026, fake_render)
    c = docs.issue_document(ctx, officer, DocType.ADVANCE_NOTICE, 2026, fake_render)
    d = docs.issue_document(ctx, officer, PDF, 2027, fake_render)
    assert (a.seq_no, b.seq_no, c.seq_no, d.seq_no) == (1, 2, 1, 1)
    assert a.number_text == "孝顺镇综执罚决字〔2026〕第1号"
    assert b.number_text == "孝顺镇综执罚决字〔2026〕第2号"
    assert c.number_text == "孝顺镇综执罚告字〔2026〕第1号"
    assert d.number_text == "孝顺镇综执罚决字〔2027〕第1号"
    assert docs.document_pdf(ctx, b.id) == b"%PDF-1.4 " + b.number_text.encode() + b" seal=False"
    assert docs.check_numbering(ctx, PDF, 2026).ok


def test_failed_render_leaves_no_gap(ctx: AppContext, officer: Actor) -> None:
    docs.issue_document(ctx, officer, PDF, 2026, fake_render)

    def broken(number: str, seal_png: bytes | None) -> tuple[bytes, str]:
        raise RuntimeError("printer on fire")

    with pytest.raises(RuntimeError):
        docs.issue_document(ctx, officer, PDF, 2026, broken)
    with pytest.raises(DomainError):
        docs.issue_document(ctx, officer, PDF, 2026, lambda n, s: (b"not a pdf", "0" * 64))
    nxt = docs.issue_document(ctx, officer, PDF, 2026, fake_render)
    assert nxt.seq_no == 2
    assert docs.check_numbering(ctx, PDF, 2026).ok


def test_voided_numbers_are_never_reused(ctx: AppContext, officer: Actor, leader: Actor) -> None:
    first = docs.issue_document(ctx, officer, PDF, 2026, fake_render)
    second = docs.issue_document(ctx, officer, PDF, 2026, fake_render)
    with pytest.raises(PermissionDenied):
        docs.void_document(ctx, officer, second.id, "填写错误")
    voided = docs.void_document(ctx, leader, second.id, "当事人姓名填写错误")
    assert voided.voided and voided.void_reason == "当事人姓名填写错误"
    with pytest.raises(DomainError):
        docs.void_document(ctx, leader, second.id, "again")
    third = docs.issue_document(ctx, officer, PDF, 2026, fake_render)
    assert third.seq_no == 3
    listed = docs.list_documents(ctx, doc_type=PDF, year=2026)
    assert [(d.seq_no, d.voided) for d in listed] == [(1, False), (2, True), (3, False)]
    report = docs.check_numbering(ctx, PDF, 2026)
    assert report.ok and report.issued == 3 and report.next_no == 4
    assert first.seq_no == 1
    with pytest.raises(DomainError):  # a voided document cannot be reissued
        docs.reissue_document(ctx, officer, second.id, fake_render, reason="更正")


def test_reissue_is_a_new_version_of_the_same_number(ctx: AppContext, officer: Actor) -> None:
    v1 = docs.issue_document(ctx, officer, PDF, 2026, fake_render, case_id="case-1")
    v2 = docs.reissue_document(ctx, officer, v1.id, fake_render, reason="更正笔误")
    assert (v2.number_text, v2.doc_version, v2.supersedes_id) == (v1.number_text, 2, v1.id)
    assert v2.case_id == "case-1"
    with pytest.raises(DomainError):  # only the newest version can be reissued
        docs.reissue_document(ctx, officer, v1.id, fake_render, reason="again")
    assert docs.issue_document(ctx, officer, PDF, 2026, fake_render).seq_no == 2
    assert [d.doc_version for d in docs.list_documents(ctx, case_id="case-1")] == [1, 2]
    assert docs.check_numbering(ctx, PDF, 2026).ok


def test_real_decision_issue_seal_qr_and_identical_reprint(
    ctx: AppContext,
    admin: Actor,
    leader: Actor,
    officer: Actor,
    clerk: Actor,
    seal_png: bytes,
    signing_key: Ed25519PrivateKey,
) -> None:
    seal = seals.import_seal(ctx, admin, seal_png, "township", "孝顺镇人民政府")
    render = decision_renderer(sample_decision(None), signing_key)
    with pytest.raises(PermissionDenied):  # officers may issue, but not apply the seal
        docs.issue_document(ctx, officer, PDF, 2026, render, seal_id=seal.id)
    with pytest.raises(PermissionDenied):  # administrators import seals, they do not issue
        docs.issue_document(ctx, admin, PDF, 2026, render)
    assert docs.check_numbering(ctx, PDF, 2026).next_no == 1  # refusals took no number
    issued = docs.issue_document(ctx, leader, PDF, 2026, render, seal_id=seal.id, case_id="c-9")
    assert issued.number_text == "孝顺镇综执罚决字〔2026〕第1号"
    stored = docs.document_pdf(ctx, issued.id)
    assert hashlib.sha256(stored).hexdigest() == issued.pdf_sha256
    assert "孝顺镇综执罚决字〔2026〕第1号" in pdf_text(stored).replace(" ", "")
    # reprint: the stored bytes, identical, and audited; re-rendering gives them too
    assert docs.reprint_document(ctx, clerk, issued.id) == stored
    assert render(issued.number_text, seal_png)[0] == stored
    # the seal application is audited with the number and the user
    entries = audit.list_entries(ctx, admin, audit.AuditFilter(action_prefix="document."))
    by_action = {e.action: e for e in entries}
    sealed = by_action["document.seal_applied"]
    assert sealed.change["number"] == issued.number_text
    assert sealed.change["user"] == "leader" and sealed.user_name == "leader"
    assert by_action["document.issue"].change["pdf_sha256"] == issued.pdf_sha256
    assert by_action["document.reprint"].user_name == "clerk"
    assert audit.verify(ctx).ok
    # clerk may seal too
    second = docs.issue_document(ctx, clerk, PDF, 2026, render, seal_id=seal.id)
    assert second.seq_no == 2 and second.seal_id == seal.id
    # the QR in the issued PDF verifies against the township's public key
    from tests.documents.conftest import decode_qr, rasterise

    texts = decode_qr(rasterise(stored, ctx.db_path.parent, dpi=200))
    verdict = verify_payload(texts[0], {SAMPLE_TOWNSHIP_CODE: public_key_bytes(signing_key)})
    assert verdict.status is VerdictStatus.VALID
    assert verdict.fields is not None and verdict.fields.number == issued.number_text
    assert verdict.fields.content_sha256 == issued.content_sha256


def test_issue_checks_input(ctx: AppContext, officer: Actor, leader: Actor) -> None:
    from app.errors import NotFound

    with pytest.raises(DomainError):
        docs.issue_document(ctx, officer, "no_such_type", 2026, fake_render)
    with pytest.raises(DomainError):
        docs.issue_document(ctx, officer, PDF, 1900, fake_render)
    with pytest.raises(NotFound):
        docs.issue_document(ctx, leader, PDF, 2026, fake_render, seal_id="missing")
    assert docs.check_numbering(ctx, PDF, 2026).next_no == 1


def test_concurrent_issuing_has_no_gaps_or_duplicates(
    ctx: AppContext, officer: Actor, db_path: Path
) -> None:
    """Two writers (each with its own engines, as two app windows would have) issue 50
    documents each on the same file at the same time."""
    per_worker = 50
    numbers: list[list[int]] = [[], []]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def work(slot: int) -> None:
        wctx = open_store(db_path, clock=ctx.clock)
        try:
            start.wait()
            for _ in range(per_worker):
                info = docs.issue_document(wctx, officer, PDF, 2026, fake_render)
                numbers[slot].append(info.seq_no)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            wctx.db.dispose()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    every = sorted(numbers[0] + numbers[1])
    assert every == list(range(1, 2 * per_worker + 1))
    assert numbers[0] and numbers[1]  # both writers got numbers
    report = docs.check_numbering(ctx, PDF, 2026)
    assert report.ok and report.issued == 2 * per_worker
    texts = {d.number_text for d in docs.list_documents(ctx, doc_type=PDF, year=2026)}
    assert len(texts) == 2 * per_worker
