"""The case detail dialog: overview, the moves available now (each a small form calling the
service; refusals shown as the service's messages), discretion, deadlines, evidence, transfers
and the audit timeline (全过程记录)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.deadlines import Urgency
from app.rules.discretion import TIER_LABELS, TIER_ORDER, Tier
from app.rules.roles import Permission
from app.rules.workflow import (
    MOVES,
    STATUS_LABELS,
    Move,
    Outcome,
    PartyType,
    Procedure,
    Status,
)
from app.services import (
    case_evidence,
    case_search,
    case_transfers,
    cases,
    reference_data,
)
from app.services.case_deadlines import DEADLINE_LABELS
from app.services.case_evidence import EVIDENCE_KIND_LABELS, EvidenceKind
from app.services.case_search import CaseDetail
from app.services.cases import (
    MOVE_PERMISSION,
    OUTCOME_LABELS,
    PROCEDURE_LABELS,
    SOURCE_LABELS,
    CaseSource,
    MoveRequest,
    PauseKind,
)
from ui.errors import error_text
from ui.pages._forms import (
    DATE_FORMAT,
    ERROR_STYLE,
    OK_STYLE,
    FormRefused,
    ServiceDialog,
    from_qdate,
    label,
    local_time_text,
    to_qdate,
)
from ui.pages.cases import (
    DUE_SOON_COLOUR,
    HINT_STYLE,
    OVERDUE_BACKGROUND,
    OVERDUE_COLOUR,
    StaffCombo,
    fen_of,
    handler_choices,
    yuan_text,
)
from ui.tasks import run_in_background

_CTX = "CaseDetailDialog"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`."""
    return text


MOVE_TEXTS: dict[Move, str] = {
    Move.FILE: QT_TRANSLATE_NOOP("CaseDetailDialog", "批准立案"),
    Move.INVESTIGATE: QT_TRANSLATE_NOOP("CaseDetailDialog", "开始调查"),
    Move.SUBMIT_REVIEW: QT_TRANSLATE_NOOP("CaseDetailDialog", "送法制审核"),
    Move.NOTIFY: QT_TRANSLATE_NOOP("CaseDetailDialog", "事先告知"),
    Move.REQUEST_HEARING: QT_TRANSLATE_NOOP("CaseDetailDialog", "当事人申请听证"),
    Move.DECIDE: QT_TRANSLATE_NOOP("CaseDetailDialog", "作出决定"),
    Move.SERVE: QT_TRANSLATE_NOOP("CaseDetailDialog", "送达"),
    Move.START_EXECUTION: QT_TRANSLATE_NOOP("CaseDetailDialog", "进入执行"),
    Move.CLOSE: QT_TRANSLATE_NOOP("CaseDetailDialog", "结案"),
    Move.ARCHIVE: QT_TRANSLATE_NOOP("CaseDetailDialog", "归档"),
}

ACTION_TEXTS: dict[str, str] = {
    "case.opinion_request": QT_TRANSLATE_NOOP("CaseDetailDialog", "征求部门意见"),
    "case.opinion_received": QT_TRANSLATE_NOOP("CaseDetailDialog", "收到部门意见"),
    "case.hearing_scheduled": QT_TRANSLATE_NOOP("CaseDetailDialog", "安排听证"),
    "case.hearing_notice_served": QT_TRANSLATE_NOOP("CaseDetailDialog", "听证通知送达"),
    "case.feedback_received": QT_TRANSLATE_NOOP("CaseDetailDialog", "收到结果反馈"),
    "case.register": QT_TRANSLATE_NOOP("CaseDetailDialog", "受案登记"),
    "case.summary": QT_TRANSLATE_NOOP("CaseDetailDialog", "当场处罚"),
    "case.assign_handlers": QT_TRANSLATE_NOOP("CaseDetailDialog", "指定承办人"),
    "case.assign_reviewer": QT_TRANSLATE_NOOP("CaseDetailDialog", "指定法制审核人员"),
    "case.investigation_report": QT_TRANSLATE_NOOP("CaseDetailDialog", "调查终结报告"),
    "case.review": QT_TRANSLATE_NOOP("CaseDetailDialog", "法制审核意见"),
    "case.hearing_held": QT_TRANSLATE_NOOP("CaseDetailDialog", "举行听证"),
    "case.pause": QT_TRANSLATE_NOOP("CaseDetailDialog", "中止计时"),
    "case.resume": QT_TRANSLATE_NOOP("CaseDetailDialog", "恢复计时"),
    "case.extension": QT_TRANSLATE_NOOP("CaseDetailDialog", "批准延期"),
    "case.payment": QT_TRANSLATE_NOOP("CaseDetailDialog", "缴纳罚款"),
    "case.evidence": QT_TRANSLATE_NOOP("CaseDetailDialog", "登记证据"),
    "case.transfer_found": QT_TRANSLATE_NOOP("CaseDetailDialog", "提出移送"),
    "case.transfer_sent": QT_TRANSLATE_NOOP("CaseDetailDialog", "发出移送函"),
    "case.transfer_acknowledged": QT_TRANSLATE_NOOP("CaseDetailDialog", "移送回执"),
    "demo.case": QT_TRANSLATE_NOOP("CaseDetailDialog", "演示数据"),
}

PAUSE_KIND_TEXTS: dict[PauseKind, str] = {
    PauseKind.HEARING: QT_TRANSLATE_NOOP("CaseDetailDialog", "听证"),
    PauseKind.APPRAISAL: QT_TRANSLATE_NOOP("CaseDetailDialog", "鉴定"),
    PauseKind.ANNOUNCEMENT: QT_TRANSLATE_NOOP("CaseDetailDialog", "公告"),
    PauseKind.SUSPENSION: QT_TRANSLATE_NOOP("CaseDetailDialog", "中止"),
}

# Statuses in which the 90-day decision clock runs (filed, not yet decided).
CLOCK_STATUSES = frozenset({Status.FILED, Status.INVESTIGATING, Status.REVIEWING, Status.NOTIFIED,
                            Status.HEARING})

EVIDENCE_KINDS_BY_SUFFIX: dict[str, EvidenceKind] = {
    **dict.fromkeys((".jpg", ".jpeg", ".png", ".heic", ".bmp", ".gif", ".webp"), EvidenceKind.PHOTO),
    **dict.fromkeys((".mp3", ".wav", ".m4a", ".amr", ".aac"), EvidenceKind.AUDIO),
    **dict.fromkeys((".mp4", ".mov", ".avi", ".mkv", ".3gp"), EvidenceKind.VIDEO),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def action_text(action: str) -> str:
    """An audit action of the case in words."""
    if action in ACTION_TEXTS:
        return _t(ACTION_TEXTS[action])
    if action.startswith("case."):
        try:
            return _t(MOVE_TEXTS[Move(action[5:])])
        except (ValueError, KeyError):
            pass
    return action


def change_text(change: dict[str, Any]) -> str:
    """A recorded change in one line."""
    parts = []
    for key, value in change.items():
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, (dict, list)):
            value = json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {value}")
    return "；".join(parts)


def evidence_kind_for(path: Path) -> EvidenceKind:
    """Photo, audio or video by the file's suffix; anything else is a document."""
    return EVIDENCE_KINDS_BY_SUFFIX.get(path.suffix.lower(), EvidenceKind.DOCUMENT)


def _item(text: str, tooltip: str | None = None) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        it.setToolTip(tooltip)
    return it


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setDefaultSectionSize(26)
    return t


class ActionDialog(ServiceDialog):
    """A small form for one step: fields added by the caller, OK runs `action(values)`."""

    def __init__(self, title: str, action: Callable[[ActionDialog], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.action = action
        self.result_value: object = None

    def add(self, caption: str, widget: QWidget, field: str = "") -> QWidget:
        """Add a row; `field` names the ValidationError field it answers to."""
        self.form.addRow(caption, widget)
        if field:
            self.fields[field] = widget
        return widget

    def submit(self) -> None:  # ServiceDialog.submit override
        self.result_value = self.action(self)


class DecideDialog(ActionDialog):
    """作出决定: outcome, fine or warning, tier (suggested from the facts) and reasons when the
    fine is outside the tier's range (the service refuses without them)."""

    def __init__(self, ctx: AppContext, actor: Actor, detail: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DecideDialog", "作出决定"), self._decide, parent)
        self.ctx, self.actor, self.detail = ctx, actor, detail
        act_on = detail.act_at.astimezone().date()
        self.advice = cases.suggest_discretion(ctx, detail.items[0] if detail.items else "",
                                               act_on, detail.discretion_facts)
        self.benchmark = reference_data.benchmark_for(ctx, self.advice.item_code, act_on)
        self.outcome_combo = QComboBox()
        for o in (Outcome.PENALTY, Outcome.NO_PENALTY):
            self.outcome_combo.addItem(label(OUTCOME_LABELS[o]), o.value)
        if detail.first_offence or self.advice.first_offence:
            self.outcome_combo.setCurrentIndex(1)
        self.advice_label = QLabel(DiscretionPanel.advice_text(self.advice))
        self.advice_label.setWordWrap(True)
        self.tier_combo = QComboBox()
        for tier in TIER_ORDER:
            if self.benchmark is None or self.benchmark.tier_rule(tier) is not None:
                self.tier_combo.addItem(label(TIER_LABELS[tier]), tier.value)
        if self.advice.tier is not None:
            self.tier_combo.setCurrentIndex(max(self.tier_combo.findData(self.advice.tier.value), 0))
        self.fine_spin = QDoubleSpinBox()
        self.fine_spin.setRange(0, 100_000_000)
        self.fine_spin.setDecimals(2)
        self.fine_spin.setSuffix(self.tr(" 元"))
        self.fine_spin.setGroupSeparatorShown(True)
        self.fine_spin.setValue(self.advice.min_fen / 100)
        self.warning_box = QCheckBox(self.tr("警告（不罚款）"))
        self.range_label = QLabel()
        self.range_label.setWordWrap(True)
        self.reasons_edit = QPlainTextEdit()
        self.reasons_edit.setTabChangesFocus(True)
        self.reasons_edit.setFixedHeight(64)
        self.reasons_edit.setPlaceholderText(self.tr("罚款超出所选阶次的裁量幅度时必须说明理由"))
        self.doc_edit = QLineEdit()
        self.add(self.tr("裁量建议"), self.advice_label)
        self.add(self.tr("决定"), self.outcome_combo, "outcome")
        self.add(self.tr("裁量阶次"), self.tier_combo, "tier")
        self.add(self.tr("罚款"), self.fine_spin, "fine_fen")
        self.add("", self.warning_box)
        self.add("", self.range_label)
        self.add(self.tr("说理"), self.reasons_edit, "reasons")
        self.add(self.tr("决定书文号"), self.doc_edit)
        for sig in (self.outcome_combo.currentIndexChanged, self.tier_combo.currentIndexChanged):
            sig.connect(lambda _i: self._update())
        self.fine_spin.valueChanged.connect(lambda _v: self._update())
        self.warning_box.toggled.connect(lambda _on: self._update())
        self._update()
        self.setMinimumWidth(560)

    def tier(self) -> Tier | None:
        """The chosen tier."""
        value = self.tier_combo.currentData()
        return Tier(value) if value else None

    def _update(self) -> None:
        penalty = self.outcome_combo.currentData() == Outcome.PENALTY.value
        warn = self.warning_box.isChecked()
        for w in (self.tier_combo, self.warning_box):
            w.setEnabled(penalty)
        self.fine_spin.setEnabled(penalty and not warn)
        tier = self.tier()
        rule = self.benchmark.tier_rule(tier) if self.benchmark and tier else None
        if not penalty or warn or rule is None:
            self.range_label.setText("")
            self.range_label.hide()
            return
        fine = fen_of(self.fine_spin.value())
        inside = rule.min_fen <= fine <= rule.max_fen
        self.range_label.show()
        self.range_label.setStyleSheet(OK_STYLE if inside else "color: #e65100;")
        text = self.tr("“{tier}”阶次幅度 {lo}–{hi} 元").format(
            tier=label(TIER_LABELS[tier]), lo=yuan_text(rule.min_fen), hi=yuan_text(rule.max_fen))
        if not inside:
            text += self.tr("；超出幅度，须填写说理")
        self.range_label.setText(text)

    def request(self) -> MoveRequest:
        """The form as the move's request."""
        outcome = Outcome(self.outcome_combo.currentData())
        penalty = outcome is Outcome.PENALTY
        warn = penalty and self.warning_box.isChecked()
        return MoveRequest(
            outcome=outcome, fine_fen=fen_of(self.fine_spin.value()) if penalty and not warn else 0,
            warning_only=warn, tier=self.tier() if penalty else None,
            reasons=self.reasons_edit.toPlainText().strip() or None,
            document_ref=self.doc_edit.text().strip() or None)

    @staticmethod
    def _decide(dialog: ActionDialog) -> object:
        assert isinstance(dialog, DecideDialog)
        return cases.move(dialog.ctx, dialog.actor, dialog.detail.id, Move.DECIDE, dialog.request())


class DiscretionPanel(QWidget):
    """裁量: the benchmark's suggestion from the case's facts, and what was decided."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.suggestion = QLabel()
        self.facts = QLabel()
        self.decided = QLabel()
        self.reasons = QLabel()
        for w in (self.suggestion, self.facts, self.decided, self.reasons):
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("裁量建议"), self.suggestion)
        self.form.addRow(self.tr("裁量情节"), self.facts)
        self.form.addRow(self.tr("决定"), self.decided)
        self.form.addRow(self.tr("说理"), self.reasons)

    @staticmethod
    def advice_text(advice: cases.DiscretionAdvice) -> str:
        """'基准 2025.1：一般，50–200 元' (or 首违不罚 / 无裁量基准)."""
        if advice.benchmark_version is None:
            return label(advice.tier_label)
        if advice.first_offence:
            return QCoreApplication.translate(
                "DiscretionPanel", "基准 {version}：符合首违不罚情形，建议不予行政处罚").format(
                version=advice.benchmark_version)
        return QCoreApplication.translate(
            "DiscretionPanel", "基准 {version}：{tier}，{lo}–{hi} 元").format(
            version=advice.benchmark_version, tier=label(advice.tier_label),
            lo=yuan_text(advice.min_fen), hi=yuan_text(advice.max_fen))

    def show_case(self, ctx: AppContext, d: CaseDetail) -> None:
        """Fill from `d`."""
        advice = cases.suggest_discretion(ctx, d.items[0] if d.items else "",
                                          d.act_at.astimezone().date(), d.discretion_facts)
        self.suggestion.setText(self.advice_text(advice))
        self.facts.setText("；".join(f"{k}: {v}" for k, v in d.discretion_facts.items())
                           or self.tr("（未填写）"))
        if d.outcome is None:
            self.decided.setText(self.tr("尚未决定"))
        else:
            text = label(OUTCOME_LABELS[d.outcome])
            if d.warning_only:
                text += self.tr("：警告")
            elif d.fine_fen:
                text += self.tr("：罚款 {fine} 元").format(fine=yuan_text(d.fine_fen))
            if d.tier:
                text += self.tr("（{tier}阶次，基准 {version}）").format(
                    tier=label(TIER_LABELS[Tier(d.tier)]), version=d.benchmark_version or "")
            self.decided.setText(text)
        self.reasons.setText(d.reasons or self.tr("（无）"))


class CaseDetailDialog(QDialog):
    """One case: overview and actions, discretion, deadlines, evidence, transfers, timeline."""

    changed = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, case_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.case_id = ctx, actor, case_id
        self.detail: CaseDetail | None = None
        self.active_dialog: QDialog | None = None
        self.action_buttons: dict[str, QPushButton] = {}
        self.busy = False
        self.setWindowTitle(self.tr("案件详情"))

        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setStyleSheet(
            "background: #1f5fa8; color: white; padding: 2px 10px; border-radius: 3px;")
        self.actions_box = QHBoxLayout()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        # overview
        self.overview = QWidget()
        self.overview_form = QFormLayout(self.overview)
        self.overview_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, caption in (
            ("procedure", self.tr("程序")), ("source", self.tr("案件来源")),
            ("parties", self.tr("当事人")), ("items", self.tr("执法事项")),
            ("place", self.tr("违法地点")), ("act_at", self.tr("违法时间")),
            ("discovered_on", self.tr("发现日期")), ("facts", self.tr("违法事实")),
            ("handlers", self.tr("承办人")), ("reviewer", self.tr("法制审核")),
            ("decider", self.tr("决定人")), ("payment", self.tr("罚款缴纳")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.overview_form.addRow(caption, value)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.overview)

        self.discretion = DiscretionPanel()
        self.deadlines_table = _table([self.tr("期限"), self.tr("起算日"), self.tr("到期日"),
                                       self.tr("状态")])
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        self.clock_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        deadlines = QWidget()
        dv = QVBoxLayout(deadlines)
        dv.addWidget(self.deadlines_table, 1)
        dv.addWidget(self.clock_label)
        # 征求部门意见… / 登记部门意见… / 安排听证… (ui.pages.case_requests)
        from ui.pages.case_requests import CaseRequestsBar

        self.requests_bar = CaseRequestsBar(ctx, actor, case_id, deadlines)
        self.requests_bar.changed.connect(self._after_change)
        self.changed.connect(self.requests_bar.refresh)
        dv.addWidget(self.requests_bar)
        self.pauses: tuple[case_search.PauseRow, ...] = ()
        self.extensions: tuple[case_search.ExtensionRow, ...] = ()
        self.evidence_table = _table([self.tr("文件名"), self.tr("类别"), self.tr("大小"),
                                      self.tr("SHA-256"), self.tr("存储")])
        self.attach_button = QPushButton(self.tr("添加证据…"))
        self.verify_button = QPushButton(self.tr("校验所选"))
        self.evidence_label = QLabel()
        self.evidence_label.setWordWrap(True)
        self.attach_button.clicked.connect(self.attach_evidence)
        self.verify_button.clicked.connect(self.verify_selected)
        self.attach_button.setVisible(actor.can(Permission.HANDLE_CASES))
        evidence = QWidget()
        ev = QVBoxLayout(evidence)
        ev.addWidget(self.evidence_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(self.verify_button)
        row.addWidget(self.evidence_label, 1)
        ev.addLayout(row)

        self.transfer_table = _table([self.tr("方向"), self.tr("单位"), self.tr("发现时间"),
                                      self.tr("移送函"), self.tr("回执"), self.tr("理由")])
        self.propose_button = QPushButton(self.tr("提出移送…"))
        self.send_button = QPushButton(self.tr("发出移送函…"))
        self.ack_button = QPushButton(self.tr("登记回执"))
        self.propose_button.clicked.connect(self.propose_transfer)
        self.send_button.clicked.connect(self.send_transfer)
        self.ack_button.clicked.connect(self.acknowledge_transfer)
        transfers = QWidget()
        tv = QVBoxLayout(transfers)
        tv.addWidget(self.transfer_table, 1)
        trow = QHBoxLayout()
        for b in (self.propose_button, self.send_button, self.ack_button):
            trow.addWidget(b)
        trow.addStretch(1)
        tv.addLayout(trow)

        self.timeline_table = _table([self.tr("时间"), self.tr("用户"), self.tr("操作"),
                                      self.tr("内容")])

        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("概况"))
        self.tabs.addTab(self.discretion, self.tr("裁量"))
        self.tabs.addTab(deadlines, self.tr("期限"))
        self.tabs.addTab(evidence, self.tr("证据"))
        self.tabs.addTab(transfers, self.tr("移送"))
        self.tabs.addTab(self.timeline_table, self.tr("全过程记录"))
        self.tabs.addTab(self._build_documents_tab(), self.tr("文书"))

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        head = QHBoxLayout()
        head.addWidget(self.title_label)
        head.addWidget(self.status_label)
        head.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.actions_box)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.resize(980, 640)
        self.reload()

    # -- showing ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the case and rebuild every tab and the action buttons."""
        d = case_search.case_detail(self.ctx, self.case_id)
        self.detail = d
        self.title_label.setText(d.number)
        self.status_label.setText(label(STATUS_LABELS[d.status]))
        self._show_overview(d)
        self.discretion.show_case(self.ctx, d)
        self.pauses, self.extensions = case_search.case_clock(self.ctx, self.case_id)
        self._show_deadlines(d)
        self._show_evidence(d)
        self._show_transfers()
        self._show_timeline(d)
        self._show_documents()
        self._build_actions(d)

    def _show_overview(self, d: CaseDetail) -> None:
        names = {i.code: i.name for i in reference_data.catalog(self.ctx, include_retired=True)}
        v = self.values
        v["procedure"].setText(label(PROCEDURE_LABELS[d.procedure]))
        try:
            v["source"].setText(label(SOURCE_LABELS[CaseSource(d.source)]))
        except ValueError:
            v["source"].setText(d.source)
        lines = []
        for p in d.parties:
            kind = self.tr("公民") if p.party_type == PartyType.CITIZEN.value else self.tr("组织")
            bits = [f"{p.name}（{kind}）"]
            bits += [x for x in (p.id_number, p.uscc, p.legal_rep and self.tr("法定代表人 {n}").format(
                n=p.legal_rep), p.phone, p.address) if x]
            lines.append("  ".join(bits))
        v["parties"].setText("\n".join(lines))
        v["items"].setText("\n".join(f"{c} {names.get(c, '')}" for c in d.items))
        v["place"].setText(d.place)
        v["act_at"].setText(local_time_text(d.act_at))
        v["discovered_on"].setText(d.discovered_on.isoformat())
        v["facts"].setText(d.facts)
        v["handlers"].setText("、".join(n for _i, n in d.handlers) or self.tr("（未指定）"))
        v["reviewer"].setText(d.reviewer or self.tr("（未指定）"))
        v["decider"].setText(d.decider or "—")
        if d.fine_fen:
            pay = self.tr("罚款 {fine} 元，已缴 {paid} 元").format(
                fine=yuan_text(d.fine_fen), paid=yuan_text(d.paid_fen))
            if d.late_fee_fen:
                pay += self.tr("，加处罚款 {fee} 元").format(fee=yuan_text(d.late_fee_fen))
        else:
            pay = "—"
        v["payment"].setText(pay)

    def _show_deadlines(self, d: CaseDetail) -> None:
        t = self.deadlines_table
        t.setRowCount(len(d.deadlines))
        for r, x in enumerate(d.deadlines):
            due = x.due_on.isoformat()
            if x.due_at is not None:
                due = local_time_text(x.due_at)
            if x.provisional:
                due += self.tr("（暂定：尚无该年节假日数据）")
            if x.met_at is not None:
                state = self.tr("已完成 {at}").format(at=local_time_text(x.met_at))
            else:
                state = {Urgency.OVERDUE: self.tr("已逾期"), Urgency.DUE_SOON: self.tr("即将到期"),
                         Urgency.OK: self.tr("未到期")}[x.urgency or Urgency.OK]
            cells = [_item(label(DEADLINE_LABELS[x.kind])), _item(x.start_on.isoformat()),
                     _item(due), _item(state)]
            for c, it in enumerate(cells):
                if x.met_at is None and x.urgency is Urgency.OVERDUE:
                    it.setForeground(QBrush(OVERDUE_COLOUR))
                    it.setBackground(QBrush(OVERDUE_BACKGROUND))
                elif x.met_at is None and x.urgency is Urgency.DUE_SOON:
                    it.setForeground(QBrush(DUE_SOON_COLOUR))
                elif x.met_at is not None:
                    it.setForeground(QBrush(QColor("#808080")))
                t.setItem(r, c, it)
        t.resizeColumnsToContents()
        self._show_clock()

    def decision_due_text(self) -> str:
        """The open 作出决定 deadline's due date (ISO), or ''."""
        assert self.detail is not None
        for x in self.detail.deadlines:
            if x.kind.value == "decision" and x.met_at is None:
                return x.due_on.isoformat()
        return ""

    def open_pause_kinds(self) -> list[PauseKind]:
        """Kinds of the pauses still running."""
        kinds: list[PauseKind] = []
        for p in self.pauses:
            if p.end_on is None and PauseKind(p.kind) not in kinds:
                kinds.append(PauseKind(p.kind))
        return kinds

    def _show_clock(self) -> None:
        lines = []
        for p in self.pauses:
            kind = _t(PAUSE_KIND_TEXTS[PauseKind(p.kind)])
            if p.end_on is None:
                lines.append(self.tr("计时中止（{kind}）：{start} 起，进行中；{reason}").format(
                    kind=kind, start=p.start_on.isoformat(), reason=p.reason))
            else:
                lines.append(self.tr("计时中止（{kind}）：{start} 至 {end}，{n} 天；{reason}").format(
                    kind=kind, start=p.start_on.isoformat(), end=p.end_on.isoformat(),
                    n=(p.end_on - p.start_on).days, reason=p.reason))
        for e in self.extensions:
            lines.append(self.tr("批准延期 {n} 天（{on}，{who}）：{reason}").format(
                n=e.days, on=e.approved_on.isoformat(), who=e.approver or "", reason=e.reason))
        self.clock_label.setText("\n".join(lines))
        self.clock_label.setVisible(bool(lines))

    def _show_evidence(self, d: CaseDetail) -> None:
        t = self.evidence_table
        t.setRowCount(len(d.evidence))
        for r, e in enumerate(d.evidence):
            size = f"{e.size / 1024:,.1f} KB" if e.size >= 1024 else f"{e.size} B"
            sha = _item(e.sha256[:16] + "…", e.sha256)
            sha.setData(Qt.ItemDataRole.UserRole, e.id)
            stored = _item(self.tr("有") if e.stored else self.tr("缺失"))
            if not e.stored:
                stored.setForeground(QBrush(OVERDUE_COLOUR))
            for c, it in enumerate([_item(e.original_name, e.note), _item(label(
                    EVIDENCE_KIND_LABELS[e.kind])), _item(size), sha, stored]):
                t.setItem(r, c, it)
        t.resizeColumnsToContents()
        self.verify_button.setEnabled(bool(d.evidence))

    def _show_transfers(self) -> None:
        self.transfers = case_transfers.transfers(self.ctx, case_id=self.case_id)
        t = self.transfer_table
        t.setRowCount(len(self.transfers))
        for r, x in enumerate(self.transfers):
            direction = self.tr("移出") if x.direction == "out" else self.tr("移入")
            if x.to_police:
                direction += self.tr("（公安）")
            if x.urgent:
                direction += self.tr("（紧急）")
            sent = f"{x.letter_number or ''} {local_time_text(x.sent_at)}".strip() or self.tr("未发出")
            ack = local_time_text(x.acknowledged_at) or self.tr("未回执")
            for c, text in enumerate([direction, x.counterpart, local_time_text(x.found_at), sent,
                                      ack, x.reasons]):
                t.setItem(r, c, _item(text))
        t.resizeColumnsToContents()
        d = self.detail
        open_status = d is not None and d.status in (Status.RECEIVED, Status.FILED,
                                                     Status.INVESTIGATING)
        self.propose_button.setVisible(self.actor.can(Permission.HANDLE_CASES) and open_status
                                       and d is not None and d.procedure is Procedure.GENERAL)
        self.send_button.setVisible(self.actor.can(Permission.DECIDE_CASES)
                                    and any(x.direction == "out" and x.sent_at is None
                                            for x in self.transfers))
        self.ack_button.setVisible(self.actor.can(Permission.HANDLE_CASES)
                                   and any(x.sent_at is not None and x.acknowledged_at is None
                                           for x in self.transfers))

    def _show_timeline(self, d: CaseDetail) -> None:
        t = self.timeline_table
        t.setRowCount(len(d.timeline))
        for r, e in enumerate(d.timeline):
            summary = change_text(e.change)
            for c, it in enumerate([_item(local_time_text(e.at)), _item(e.user_name or ""),
                                    _item(action_text(e.action), e.action),
                                    _item(summary, summary)]):
                t.setItem(r, c, it)
        t.resizeColumnsToContents()

    # -- documents --------------------------------------------------------------------------
    def _build_documents_tab(self) -> QWidget:
        self.docs_table = _table([self.tr("文书"), self.tr("文号")])
        self.docs_table.doubleClicked.connect(lambda _i: self.preview_document())
        self.preview_doc_button = QPushButton(self.tr("预览/打印…"))
        self.issue_doc_button = QPushButton(self.tr("签发…"))
        self.archive_button = QPushButton(self.tr("生成卷宗…"))
        self.preview_doc_button.clicked.connect(self.preview_document)
        self.issue_doc_button.clicked.connect(self.issue_document)
        self.archive_button.clicked.connect(self.build_archive)
        self.issue_doc_button.setVisible(self.actor.can(Permission.ISSUE_DOCUMENTS))
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(self.docs_table, 1)
        row = QHBoxLayout()
        for b in (self.preview_doc_button, self.issue_doc_button, self.archive_button):
            row.addWidget(b)
        row.addStretch(1)
        v.addLayout(row)
        return box

    def _show_documents(self) -> None:
        from app.services import case_documents as cd

        self.doc_choices = cd.document_choices(self.ctx, self.case_id)
        t = self.docs_table
        t.setRowCount(len(self.doc_choices))
        for r, (_kind, title, number) in enumerate(self.doc_choices):
            t.setItem(r, 0, _item(title))
            t.setItem(r, 1, _item(number or self.tr("未签发（预览为草稿）")))
        t.resizeColumnsToContents()

    def selected_doc_type(self) -> object | None:
        """The document type of the selected row of the 文书 tab."""
        row = self.docs_table.currentRow()
        if not 0 <= row < len(getattr(self, "doc_choices", [])):
            return None
        return self.doc_choices[row][0]

    def preview_document(self) -> None:
        """Preview (and print or save) the selected document: the issued copy, else a draft."""
        from ui.documents_preview import PdfPreviewDialog

        kind = self.selected_doc_type()
        if kind is None:
            self._show_message(self.tr("请先选择一种文书。"), error=True)
            return
        try:
            PdfPreviewDialog.open_for_case(self.ctx, self.actor, self.case_id, kind, self)
        except DomainError as exc:
            self._show_message(error_text(exc), error=True)

    def issue_document(self) -> None:
        """Issue the selected document: number, PDF and its hash stored in one transaction."""
        from app.services import case_documents as cd

        kind = self.selected_doc_type()
        if kind is None:
            self._show_message(self.tr("请先选择一种文书。"), error=True)
            return
        try:
            choice = cd.case_seal(self.ctx, self.actor, self.case_id)
            seal_id = choice.seal.id if choice.seal is not None else None
            info = cd.issue_case_document(self.ctx, self.actor, self.case_id, kind,
                                          seal_id=seal_id)
        except DomainError as exc:
            self._show_message(error_text(exc), error=True)
            return
        self._show_message(self.tr("已签发：{number}").format(number=info.number_text)
                           + self.seal_note(choice))
        self._show_documents()
        self.changed.emit()

    def seal_note(self, choice: object) -> str:
        """The part of the "issued" message that says which seal was applied, or why none."""
        from app.services.case_documents import SealChoiceReason as R

        reason = choice.reason  # type: ignore[attr-defined]
        seal = choice.seal  # type: ignore[attr-defined]
        lead = choice.lead_department or ""  # type: ignore[attr-defined]
        if reason is R.NO_PERMISSION:
            return self.tr("（未加盖印章：当前用户无权加盖印章）")
        if reason is R.NO_SEAL:
            return self.tr("（未加盖印章：尚未导入本镇印章）")
        if reason is R.DEPARTMENT:
            return self.tr("（已加盖联合执法牵头部门印章：{owner}）").format(owner=seal.owner_name)
        if reason is R.TOWNSHIP_FOR_JOINT:
            return self.tr("（已加盖本镇印章：{owner}；联合执法牵头部门“{lead}”的印章尚未导入）"
                           ).format(owner=seal.owner_name, lead=lead)
        return self.tr("（已加盖本镇印章：{owner}）").format(owner=seal.owner_name)

    def build_archive(self) -> None:
        """Build the case archive (卷宗) in a worker with progress and cancel, then preview it."""
        from ui.documents_preview import PdfPreviewDialog

        self.archive_job = PdfPreviewDialog.open_archive(self.ctx, self.actor, self.case_id, self)

    # -- actions ----------------------------------------------------------------------------
    def available_moves(self, d: CaseDetail) -> list[Move]:
        """Workflow moves from the current status the actor's role may take (the service still
        checks everything else and explains a refusal)."""
        if d.procedure is not Procedure.GENERAL:
            return []
        return [m for m in MOVE_TEXTS if d.status in MOVES[m][0]
                and self.actor.can(MOVE_PERMISSION[m])]

    def _build_actions(self, d: CaseDetail) -> None:
        while self.actions_box.count():
            item = self.actions_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.action_buttons = {}
        a = self.actor
        early = d.status in (Status.RECEIVED, Status.FILED, Status.INVESTIGATING)
        general = d.procedure is Procedure.GENERAL
        extras: list[tuple[str, str, Callable[[], object]]] = []
        if general and early and (a.can(Permission.HANDLE_CASES) or a.can(Permission.DECIDE_CASES)):
            extras.append(("handlers", self.tr("指定承办人…"), self.assign_handlers))
        if general and early and a.can(Permission.DECIDE_CASES):
            extras.append(("reviewer", self.tr("指定法制审核…"), self.assign_reviewer))
        if general and d.status is Status.INVESTIGATING and a.can(Permission.HANDLE_CASES):
            extras.append(("report", self.tr("调查终结报告…"), self.investigation_report))
        if d.status is Status.REVIEWING and a.can(Permission.REVIEW_CASES):
            extras.append(("review", self.tr("法制审核意见…"), self.legal_review))
        if d.status is Status.HEARING and a.can(Permission.HANDLE_CASES):
            extras.append(("hearing", self.tr("登记听证…"), self.hearing_held))
        if general and d.status in CLOCK_STATUSES and a.can(Permission.HANDLE_CASES):
            extras.append(("pause", self.tr("中止计时…"), self.pause_clock))
            if self.open_pause_kinds():
                extras.append(("resume", self.tr("恢复计时…"), self.resume_clock))
        if general and d.status in CLOCK_STATUSES and (
                a.can(Permission.HANDLE_CASES) or a.can(Permission.DECIDE_CASES)):
            # shown to handlers too: the service answers that a leader must approve
            extras.append(("extend", self.tr("批准延期…"), self.extend_deadline))
        if (d.status in (Status.SERVED, Status.EXECUTING) and d.fine_fen > d.paid_fen
                and a.can(Permission.HANDLE_CASES)):
            extras.append(("payment", self.tr("登记缴款…"), self.record_payment))
        for move in self.available_moves(d):
            b = QPushButton(_t(MOVE_TEXTS[move]))
            b.setStyleSheet("font-weight: bold;")
            b.clicked.connect(lambda _c=False, m=move: self.start_move(m))
            self.actions_box.addWidget(b)
            self.action_buttons[move.value] = b
        for key, text, slot in extras:
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, s=slot: s())
            self.actions_box.addWidget(b)
            self.action_buttons[key] = b
        if not self.action_buttons:
            none = QLabel(self.tr("当前没有可执行的办案操作。"))
            none.setStyleSheet(HINT_STYLE)
            self.actions_box.addWidget(none)
        self.actions_box.addStretch(1)

    def _open(self, dialog: ActionDialog) -> ActionDialog:
        self.active_dialog = dialog
        dialog.accepted.connect(self._after_change)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_change(self) -> None:
        if not shiboken6.isValid(self):
            return
        self.reload()
        self.changed.emit()

    def start_move(self, move: Move) -> ActionDialog:
        """Open the form of `move` (document number and note; the decision its own form)."""
        assert self.detail is not None
        if move is Move.DECIDE:
            return self._open(DecideDialog(self.ctx, self.actor, self.detail, self))
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(_t(MOVE_TEXTS[move]), lambda dlg: cases.move(
            ctx, actor, case_id, move, MoveRequest(
                document_ref=dlg.doc_edit.text().strip() or None,  # type: ignore[attr-defined]
                note=dlg.note_edit.text().strip() or None)), self)  # type: ignore[attr-defined]
        dialog.doc_edit = dialog.add(self.tr("文书编号"), QLineEdit())  # type: ignore[attr-defined]
        dialog.note_edit = dialog.add(self.tr("备注"), QLineEdit())  # type: ignore[attr-defined]
        return self._open(dialog)

    def assign_handlers(self) -> ActionDialog:
        """指定承办人 (two certified officers; first = lead)."""
        assert self.detail is not None
        people = handler_choices(self.ctx)
        current = [sid for sid, _n in self.detail.handlers]
        h1 = StaffCombo(people, current[0] if current else None)
        h2 = StaffCombo(people, current[1] if len(current) > 1 else None)
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("指定承办人"), lambda _d: cases.assign_handlers(
            ctx, actor, case_id, [i for i in (h1.staff_id(), h2.staff_id()) if i]), self)
        dialog.add(self.tr("主办"), h1, "handler_ids")
        dialog.add(self.tr("协办"), h2)
        return self._open(dialog)

    def assign_reviewer(self) -> ActionDialog:
        """指定法制审核人员."""
        from app.services import staff

        people = [p for p in staff.list_staff(self.ctx) if p.user_id]
        combo = StaffCombo(people)
        ctx, actor, case_id = self.ctx, self.actor, self.case_id

        def run(_d: ActionDialog) -> object:
            if not combo.staff_id():
                raise FormRefused(self.tr("请选择法制审核人员。"), "reviewer")
            return cases.assign_reviewer(ctx, actor, case_id, combo.staff_id())

        dialog = ActionDialog(self.tr("指定法制审核人员"), run, self)
        dialog.add(self.tr("法制审核人员"), combo, "reviewer")
        return self._open(dialog)

    def investigation_report(self) -> ActionDialog:
        """调查终结报告."""
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        doc = QLineEdit()
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("调查终结报告"), lambda _d: cases.record_investigation_report(
            ctx, actor, case_id, text.toPlainText(), doc.text().strip() or None), self)
        dialog.add(self.tr("调查结论"), text, "summary")
        dialog.add(self.tr("文书编号"), doc)
        dialog.text_edit = text  # type: ignore[attr-defined]
        return self._open(dialog)

    def legal_review(self) -> ActionDialog:
        """法制审核意见."""
        passed = QCheckBox(self.tr("审核通过"))
        passed.setChecked(True)
        opinion = QPlainTextEdit()
        opinion.setTabChangesFocus(True)
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("法制审核意见"), lambda _d: cases.record_review(
            ctx, actor, case_id, passed=passed.isChecked(), opinion=opinion.toPlainText()), self)
        dialog.add("", passed)
        dialog.add(self.tr("审核意见"), opinion, "opinion")
        return self._open(dialog)

    def hearing_held(self) -> ActionDialog:
        """听证已举行."""
        note = QLineEdit()
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("登记听证"), lambda _d: cases.record_hearing_held(
            ctx, actor, case_id, note.text().strip()), self)
        dialog.add(self.tr("听证情况"), note)
        return self._open(dialog)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(to_qdate(self.ctx.clock.today()))
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def pause_clock(self) -> ActionDialog:
        """中止计时: the decision clock stands still (听证/鉴定/公告/中止) from a date."""
        kind = QComboBox()
        for k in (PauseKind.APPRAISAL, PauseKind.ANNOUNCEMENT, PauseKind.SUSPENSION,
                  PauseKind.HEARING):
            kind.addItem(_t(PAUSE_KIND_TEXTS[k]), k.value)
        start = self._date_edit()
        reason = QPlainTextEdit()
        reason.setTabChangesFocus(True)
        reason.setFixedHeight(64)
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("中止期限计时"), lambda _d: cases.start_pause(
            ctx, actor, case_id, PauseKind(kind.currentData()), reason.toPlainText(),
            from_qdate(start.date())), self)
        dialog.add(self.tr("中止类型"), kind, "kind")
        dialog.add(self.tr("开始日期"), start, "start_on")
        dialog.add(self.tr("原因"), reason, "reason")
        dialog.kind_combo = kind  # type: ignore[attr-defined]
        dialog.start_edit = start  # type: ignore[attr-defined]
        dialog.reason_edit = reason  # type: ignore[attr-defined]
        return self._open(dialog)

    def resume_clock(self) -> ActionDialog:
        """恢复计时: end a running pause on a date."""
        kind = QComboBox()
        for k in self.open_pause_kinds():
            kind.addItem(_t(PAUSE_KIND_TEXTS[k]), k.value)
        end = self._date_edit()
        ctx, actor, case_id = self.ctx, self.actor, self.case_id

        def run(_d: ActionDialog) -> object:
            if kind.currentData() is None:
                raise FormRefused(self.tr("没有正在进行的中止。"), "kind")
            cases.end_pause(ctx, actor, case_id, PauseKind(kind.currentData()),
                            from_qdate(end.date()))
            return None

        dialog = ActionDialog(self.tr("恢复期限计时"), run, self)
        dialog.add(self.tr("中止类型"), kind, "kind")
        dialog.add(self.tr("恢复日期"), end, "end_on")
        dialog.kind_combo = kind  # type: ignore[attr-defined]
        dialog.end_edit = end  # type: ignore[attr-defined]
        return self._open(dialog)

    def extend_deadline(self) -> ActionDialog:
        """批准延期 of the 90-day decision period (队负责人 only; the service checks)."""
        days = QSpinBox()
        days.setRange(1, 365)
        days.setValue(30)
        days.setSuffix(self.tr(" 天"))
        reason = QPlainTextEdit()
        reason.setTabChangesFocus(True)
        reason.setFixedHeight(64)
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("延长办案期限"), lambda _d: cases.approve_extension(
            ctx, actor, case_id, days.value(), reason.toPlainText()), self)
        dialog.add(self.tr("当前到期日"), QLabel(self.decision_due_text() or "—"))
        dialog.add(self.tr("延期天数"), days, "days")
        dialog.add(self.tr("延期理由"), reason, "reason")
        dialog.days_spin = days  # type: ignore[attr-defined]
        dialog.reason_edit = reason  # type: ignore[attr-defined]
        return self._open(dialog)

    def record_payment(self) -> ActionDialog:
        """登记缴款 (amount, date, receipt number)."""
        assert self.detail is not None
        amount = QDoubleSpinBox()
        amount.setRange(0, 100_000_000)
        amount.setDecimals(2)
        amount.setSuffix(self.tr(" 元"))
        amount.setValue((self.detail.fine_fen - self.detail.paid_fen) / 100)
        paid_on = QDateEdit(to_qdate(self.ctx.clock.today()))
        paid_on.setDisplayFormat(DATE_FORMAT)
        paid_on.setCalendarPopup(True)
        ref = QLineEdit()
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("登记缴款"), lambda _d: cases.record_payment(
            ctx, actor, case_id, fen_of(amount.value()), from_qdate(paid_on.date()),
            ref.text().strip() or None), self)
        dialog.add(self.tr("金额"), amount, "amount_fen")
        dialog.add(self.tr("缴款日期"), paid_on)
        dialog.add(self.tr("票据号"), ref)
        return self._open(dialog)

    def propose_transfer(self) -> ActionDialog:
        """提出移送 (department or, for a suspected crime, public security)."""
        counterpart = QLineEdit()
        reasons = QPlainTextEdit()
        reasons.setTabChangesFocus(True)
        police = QCheckBox(self.tr("涉嫌犯罪，移送公安机关"))
        urgent = QCheckBox(self.tr("紧急（24 小时内移送）"))
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("提出移送"), lambda _d: case_transfers.propose_transfer_out(
            ctx, actor, case_id, counterpart=counterpart.text(), reasons=reasons.toPlainText(),
            to_police=police.isChecked(), urgent=urgent.isChecked()), self)
        dialog.add(self.tr("接收单位"), counterpart, "counterpart")
        dialog.add(self.tr("移送理由"), reasons, "reasons")
        dialog.add("", police)
        dialog.add("", urgent)
        return self._open(dialog)

    def _pending(self, sent: bool) -> case_transfers.TransferInfo | None:
        return next((x for x in self.transfers if x.direction == "out"
                     and (x.sent_at is not None) == sent and x.acknowledged_at is None), None)

    def send_transfer(self) -> ActionDialog | None:
        """发出移送函 (leader)."""
        pending = self._pending(sent=False)
        if pending is None:
            return None
        letter = QLineEdit()
        ctx, actor = self.ctx, self.actor
        dialog = ActionDialog(self.tr("发出移送函"), lambda _d: case_transfers.send_transfer(
            ctx, actor, pending.id, letter_number=letter.text()), self)
        dialog.add(self.tr("接收单位"), QLabel(pending.counterpart))
        dialog.add(self.tr("移送函文号"), letter, "letter_number")
        return self._open(dialog)

    def acknowledge_transfer(self) -> None:
        """登记回执 of the sent transfer."""
        pending = self._pending(sent=True)
        if pending is None:
            return
        try:
            case_transfers.acknowledge_transfer(self.ctx, self.actor, pending.id)
        except DomainError as exc:
            self._show_message(error_text(exc), error=True)
            return
        self._after_change()

    # -- evidence ---------------------------------------------------------------------------
    @classmethod
    def ask_open_file(cls, parent: QWidget) -> str:
        """The file to attach (tests replace this)."""
        path, _f = QFileDialog.getOpenFileName(parent, _t("选择证据文件"), str(Path.home()))
        return path

    def attach_evidence(self) -> None:
        """添加证据: copy and hash the file in a worker, then list it with its sha256."""
        if self.busy:
            return
        path = self.ask_open_file(self)
        if not path:
            return
        self.busy = True
        self.attach_button.setEnabled(False)
        self.evidence_label.setStyleSheet(HINT_STYLE)
        self.evidence_label.setText(self.tr("正在计算校验值并保存……"))
        ctx, actor, case_id, source = self.ctx, self.actor, self.case_id, Path(path)
        run_in_background(
            lambda: case_evidence.attach_evidence(ctx, actor, case_id, source,
                                                  kind=evidence_kind_for(source)),
            self._attached, self._evidence_failed)

    def _attached(self, info: case_evidence.EvidenceInfo) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.attach_button.setEnabled(True)
        self.reload()
        self.changed.emit()
        self.evidence_label.setStyleSheet(OK_STYLE)
        self.evidence_label.setText(self.tr("已登记：{name}（SHA-256 {sha}）").format(
            name=info.original_name, sha=info.sha256))

    def _evidence_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.attach_button.setEnabled(True)
        self.evidence_label.setStyleSheet(ERROR_STYLE)
        self.evidence_label.setText(error_text(exc))

    def verify_selected(self) -> None:
        """校验: re-hash the selected file's stored copy in a worker."""
        rows = self.evidence_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        item = self.evidence_table.item(row, 3)
        if item is None or self.busy:
            return
        evidence_id = item.data(Qt.ItemDataRole.UserRole)
        name = self.evidence_table.item(row, 0).text()
        self.busy = True
        self.evidence_label.setStyleSheet(HINT_STYLE)
        self.evidence_label.setText(self.tr("正在校验……"))
        ctx = self.ctx
        run_in_background(lambda: case_evidence.verify_evidence(ctx, evidence_id),
                          lambda ok: self._verified(name, ok), self._evidence_failed)

    def _verified(self, name: str, ok: bool) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        if ok:
            self.evidence_label.setStyleSheet(OK_STYLE)
            self.evidence_label.setText(self.tr("校验通过：{name} 与登记时一致").format(name=name))
        else:
            self.evidence_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
            self.evidence_label.setText(
                self.tr("校验失败：{name} 缺失或已被修改").format(name=name))

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)
        self.message_label.show()

