"""Document types (DOMAIN.md "Enforcement documents to print") and their numbers.

Numbers run per document type per year, sequentially, with no gaps or duplicates
(app.services.documents assigns them). The text is "{prefix}{word}字〔{year}〕第{n}号" with the
township's configured prefix, e.g. 孝顺镇综执罚决字〔2026〕第12号.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DocType(StrEnum):
    """Stored codes of the numbered document types."""

    CASE_SOURCE = "case_source"  # 案件来源登记表
    FILING_APPROVAL = "filing_approval"  # 立案审批表
    INSPECTION_RECORD = "inspection_record"  # 现场检查（勘验）笔录
    INQUIRY_RECORD = "inquiry_record"  # 询问笔录
    RECTIFICATION_ORDER = "rectification_order"  # 责令（限期）改正通知书
    EVIDENCE_PRESERVATION = "evidence_preservation"  # 证据先行登记保存通知书
    INVESTIGATION_REPORT = "investigation_report"  # 案件调查终结报告
    LEGAL_REVIEW = "legal_review"  # 法制审核意见书
    ADVANCE_NOTICE = "advance_notice"  # 行政处罚事先告知书
    HEARING_NOTICE = "hearing_notice"  # 行政处罚听证告知书
    PENALTY_DECISION = "penalty_decision"  # 行政处罚决定书
    NO_PENALTY_DECISION = "no_penalty_decision"  # 不予行政处罚决定书
    SUMMARY_DECISION = "summary_decision"  # 当场行政处罚决定书
    SERVICE_RECEIPT = "service_receipt"  # 送达回证
    TRANSFER_LETTER = "transfer_letter"  # 案件移送函
    CLOSING_REPORT = "closing_report"  # 结案报告


@dataclass(frozen=True)
class DocTypeInfo:
    title: str  # printed title
    word: str  # the 字 of the number: 孝顺镇综执{word}字〔2026〕第12号


DOC_TYPES: dict[DocType, DocTypeInfo] = {
    DocType.CASE_SOURCE: DocTypeInfo("案件来源登记表", "案源"),
    DocType.FILING_APPROVAL: DocTypeInfo("立案审批表", "立"),
    DocType.INSPECTION_RECORD: DocTypeInfo("现场检查（勘验）笔录", "检"),
    DocType.INQUIRY_RECORD: DocTypeInfo("询问笔录", "询"),
    DocType.RECTIFICATION_ORDER: DocTypeInfo("责令（限期）改正通知书", "责改"),
    DocType.EVIDENCE_PRESERVATION: DocTypeInfo("证据先行登记保存通知书", "先保"),
    DocType.INVESTIGATION_REPORT: DocTypeInfo("案件调查终结报告", "调终"),
    DocType.LEGAL_REVIEW: DocTypeInfo("法制审核意见书", "法审"),
    DocType.ADVANCE_NOTICE: DocTypeInfo("行政处罚事先告知书", "罚告"),
    DocType.HEARING_NOTICE: DocTypeInfo("行政处罚听证告知书", "听告"),
    DocType.PENALTY_DECISION: DocTypeInfo("行政处罚决定书", "罚决"),
    DocType.NO_PENALTY_DECISION: DocTypeInfo("不予行政处罚决定书", "不罚决"),
    DocType.SUMMARY_DECISION: DocTypeInfo("当场行政处罚决定书", "当罚决"),
    DocType.SERVICE_RECEIPT: DocTypeInfo("送达回证", "送"),
    DocType.TRANSFER_LETTER: DocTypeInfo("案件移送函", "移"),
    DocType.CLOSING_REPORT: DocTypeInfo("结案报告", "结"),
}


def number_text(prefix: str, doc_type: DocType | str, year: int, seq_no: int) -> str:
    """e.g. number_text("孝顺镇综执", DocType.PENALTY_DECISION, 2026, 12)
    → "孝顺镇综执罚决字〔2026〕第12号"."""
    info = DOC_TYPES[DocType(doc_type)]
    return f"{prefix}{info.word}字〔{year}〕第{seq_no}号"
