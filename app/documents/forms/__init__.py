"""Every case document of DOMAIN.md's list, laid out on app.documents.layout's template.

`render_case_form(kind, data, number=…, day=…, draft=…, seal_png=…, signing_key=…)` renders
one numbered document type from a `CaseDocData`; the archive's cover, catalog and evidence
list are in `archive_forms`. Modules: `tables` (登记表, 审批表, 笔录, 结案报告), `letters`
(通知书, 告知书, 报告, 意见书, 移送函), `decisions` (three decisions with the 一案一码, 送达回证).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.documents.decision import RenderedDocument
from app.documents.forms import decisions, letters, tables
from app.documents.forms.common import FormParts, render_parts
from app.documents.forms.data import CaseDocData
from app.documents.types import DocType

PartsBuilder = Callable[[CaseDocData, dt.date], FormParts]

# Documents without the 一案一码: built as FormParts and rendered on the template.
PLAIN_FORMS: dict[DocType, PartsBuilder] = {
    DocType.CASE_SOURCE: tables.case_source,
    DocType.FILING_APPROVAL: tables.filing_approval,
    DocType.INSPECTION_RECORD: tables.inspection_record,
    DocType.INQUIRY_RECORD: tables.inquiry_record,
    DocType.RECTIFICATION_ORDER: letters.rectification_order,
    DocType.EVIDENCE_PRESERVATION: letters.evidence_preservation,
    DocType.INVESTIGATION_REPORT: letters.investigation_report,
    DocType.LEGAL_REVIEW: letters.legal_review,
    DocType.ADVANCE_NOTICE: letters.advance_notice,
    DocType.HEARING_NOTICE: letters.hearing_notice,
    DocType.TRANSFER_LETTER: letters.transfer_letter,
    DocType.CLOSING_REPORT: tables.closing_report,
}

# Decisions: signed QR (一案一码) once issued.
DECISION_TYPES = frozenset(
    {DocType.PENALTY_DECISION, DocType.NO_PENALTY_DECISION, DocType.SUMMARY_DECISION}
)

# Workflow order: how documents are listed and bound in the archive.
DOC_ORDER: tuple[DocType, ...] = (
    DocType.CASE_SOURCE,
    DocType.FILING_APPROVAL,
    DocType.INSPECTION_RECORD,
    DocType.INQUIRY_RECORD,
    DocType.RECTIFICATION_ORDER,
    DocType.EVIDENCE_PRESERVATION,
    DocType.INVESTIGATION_REPORT,
    DocType.LEGAL_REVIEW,
    DocType.ADVANCE_NOTICE,
    DocType.HEARING_NOTICE,
    DocType.SUMMARY_DECISION,
    DocType.PENALTY_DECISION,
    DocType.NO_PENALTY_DECISION,
    DocType.TRANSFER_LETTER,
    DocType.SERVICE_RECEIPT,
    DocType.CLOSING_REPORT,
)


def render_case_form(
    kind: DocType,
    data: CaseDocData,
    *,
    number: str | None,
    day: dt.date,
    draft: bool,
    seal_png: bytes | None = None,
    signing_key: Ed25519PrivateKey | None = None,
) -> RenderedDocument:
    """One document of the case as PDF bytes (+ content hash, + QR text for decisions).

    A draft (or a document without a number) carries the 草稿 watermark and no number, seal
    or QR.
    """
    kind = DocType(kind)
    draft = draft or not number
    if draft:
        number, seal_png, signing_key = None, None, None
    if kind is DocType.PENALTY_DECISION:
        return decisions.penalty_decision(data, number, day, draft=draft, seal_png=seal_png,
                                          signing_key=signing_key)
    if kind is DocType.NO_PENALTY_DECISION:
        return decisions.no_penalty_decision(data, number, day, draft=draft, seal_png=seal_png,
                                             signing_key=signing_key)
    if kind is DocType.SUMMARY_DECISION:
        return decisions.summary_decision(data, number, day, draft=draft, seal_png=seal_png,
                                          signing_key=signing_key)
    if kind is DocType.SERVICE_RECEIPT:
        return decisions.service_receipt(data, number, day, draft=draft, seal_png=seal_png)
    parts = PLAIN_FORMS[kind](data, day)
    content = decisions.FormContent(kind.value, number, day, data)
    return render_parts(parts, content, authority=data.authority.name, number=number,
                        draft=draft, seal_png=seal_png)


__all__ = ["DECISION_TYPES", "DOC_ORDER", "PLAIN_FORMS", "render_case_form"]
