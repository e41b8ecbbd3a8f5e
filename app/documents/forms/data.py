"""Plain data every case document is rendered from (built by app.services.case_documents).

One `CaseDocData` holds what the case's documents print: authority, parties, items with
their legal and penalty basis, handlers with their certificate numbers, the discretion
applied, the decision, service, payment and the dates of each step. The form modules take
it (plus the number and the document date) and never touch the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.documents.decision import (
    Authority,
    DiscretionApplied,
    Party,
    Payment,
    Penalty,
    Remedies,
)


@dataclass(frozen=True)
class Officer:
    """A handler, reviewer or decider as printed: name and enforcement certificate number."""

    name: str
    cert_number: str = ""

    @property
    def with_cert(self) -> str:
        return f"{self.name}（执法证号：{self.cert_number}）" if self.cert_number else self.name


@dataclass(frozen=True)
class ItemBasis:
    """An enforcement item of the case with its basis from the catalog."""

    code: str
    name: str
    legal_basis: str
    penalty_basis: str
    penalty_summary: str = ""


@dataclass(frozen=True)
class EvidenceLine:
    """One piece of evidence on the 证据材料清单."""

    name: str
    kind: str  # 照片 / 视频 / 录音 / 文书 …
    captured: str  # date (and time) text, "" when unknown
    sha256: str
    size: int
    note: str = ""


@dataclass(frozen=True)
class TransferData:
    """A case transfer (案件移送) as the transfer letter prints it."""

    counterpart: str
    reasons: str
    materials: tuple[str, ...]
    to_police: bool = False
    urgent: bool = False
    letter_number: str = ""


@dataclass(frozen=True)
class StepLine:
    """A workflow step for the 结案报告's 办理经过."""

    day: dt.date
    label: str
    by: str


@dataclass(frozen=True)
class CaseDocData:
    """Everything a case's documents print (number and document date are per document)."""

    authority: Authority
    case_number: str
    procedure: str  # 一般程序 / 简易程序
    source: str  # 案件来源 label
    source_detail: str
    parties: tuple[Party, ...]
    items: tuple[ItemBasis, ...]
    place: str
    act_at: dt.datetime  # local time of the act
    discovered_on: dt.date
    registered_on: dt.date
    facts: str
    handlers: tuple[Officer, ...]
    reviewer: Officer | None = None
    decider: Officer | None = None
    filed_on: dt.date | None = None
    investigation_report: str = ""
    report_on: dt.date | None = None
    review_opinion: str = ""
    review_passed: bool = False
    review_on: dt.date | None = None
    discretion: DiscretionApplied | None = None
    range_text: str = ""  # 裁量幅度 of the tier, e.g. 50元至200元
    outcome: str = ""  # penalty / no_penalty / transfer / "" (undecided)
    penalty: Penalty = field(default_factory=Penalty)
    first_offence: bool = False
    notice_on: dt.date | None = None
    notice_number: str = ""
    hearing_requested: bool = False
    hearing_held: bool = False
    decided_on: dt.date | None = None
    decision_number: str = ""
    served_on: dt.date | None = None
    paid_fen: int = 0
    late_fee_fen: int = 0
    paid_on: dt.date | None = None
    closed_on: dt.date | None = None
    evidence: tuple[EvidenceLine, ...] = ()
    transfer: TransferData | None = None
    steps: tuple[StepLine, ...] = ()
    payment: Payment = field(
        default_factory=lambda: Payment(bank="", account_name="", account_no="")
    )
    remedies: Remedies = field(default_factory=lambda: Remedies(review_body="", court=""))
    rectify_days: int = 3  # 责令限期改正的期限（日）
    served_numbers: tuple[tuple[str, str], ...] = ()  # (title, number) served with 送达回证

    @property
    def party(self) -> Party:
        return self.parties[0]

    @property
    def item(self) -> ItemBasis:
        return self.items[0]

    @property
    def cause(self) -> str:
        """案由: the main item's name (more items joined)."""
        return "、".join(i.name for i in self.items)

    @property
    def legal_basis(self) -> str:
        return "；".join(i.legal_basis for i in self.items if i.legal_basis)

    @property
    def penalty_basis(self) -> str:
        return "；".join(i.penalty_basis for i in self.items if i.penalty_basis)


@dataclass(frozen=True)
class CatalogRow:
    """A row of the 卷内文件目录."""

    number: str  # 文号 ("" for unnumbered material)
    author: str  # 责任者
    title: str  # 题名
    day: dt.date | None
    pages: str  # "3" or "3-5"
    note: str = ""


@dataclass(frozen=True)
class ArchiveCoverData:
    """卷宗封面."""

    authority: Authority
    case_number: str
    cause: str
    party: str
    filed_on: dt.date | None
    closed_on: dt.date | None
    result: str
    handlers: str
    archived_on: dt.date
    pages: int
    retention: str = "长期"
    archive_no: str = ""
