"""培训登记卡: one person's training year — trainings with 学时 and days, totals against the
60 学时 and the leader/member rule, annual assessments (recorded here), certificate expiry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.certificates import StaffKind
from app.rules.roles import Permission
from app.rules.training import (
    ANNUAL_REQUIRED_SECONDS,
    ASSESSMENT_LABELS,
    CATEGORY_LABELS,
    CERT_ALERT_LABELS,
    COUNTED_CATEGORIES,
    MODE_LABELS,
    ORGANISER_LABELS,
    REQUIREMENT_LABELS,
    AssessmentResult,
    Requirement,
    RuleCheck,
    format_days,
    format_units,
)
from app.services import staff, training, training_queries, training_reports
from app.services.staff import CERT_STATUS_LABELS, KIND_LABELS, POSITION_LABELS
from app.services.training import AssessmentInfo
from app.services.training_queries import LIGHT_LABELS, Light, TrainingCard
from ui.errors import error_text
from ui.pages._forms import ERROR_STYLE, OK_STYLE, colour_dot, fit_columns, label, setup_table

LIGHT_COLOURS: dict[Light, str] = {
    Light.GREEN: "#43a047",
    Light.YELLOW: "#f9a825",
    Light.RED: "#e53935",
}


def check_text(check: RuleCheck) -> str:
    """One requirement as shown, e.g. "集中培训天数 3/5 天"."""
    name = label(REQUIREMENT_LABELS[check.requirement])
    if check.requirement is Requirement.ANNUAL_UNITS:
        template = QCoreApplication.translate("TrainingRules", "{name} {have}/{need} 学时")
        have, need = format_units(check.actual), format_units(check.required)
    elif check.requirement is Requirement.CONCENTRATED_DAYS:
        template = QCoreApplication.translate("TrainingRules", "{name} {have}/{need} 天")
        have, need = format_days(check.actual), format_days(check.required)
    else:
        template = QCoreApplication.translate("TrainingRules", "{name} {have}/{need} 次")
        have, need = str(check.actual), str(check.required)
    return template.format(name=name, have=have, need=need)


def needed_text(needed_seconds: int | None, shortfall_seconds: int) -> str:
    """学时 still needed a month: "—" when done, a figure, or "年度已结束" when no month is left."""
    if shortfall_seconds == 0:
        return "—"
    if needed_seconds is None:
        return QCoreApplication.translate("TrainingRules", "年度已结束")
    return format_units(needed_seconds)


def _item(text: str, *, right: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


class TrainingCardDialog(QDialog):
    """培训登记卡 of one person for one year; assessments recorded with RECORD_ASSESSMENT."""

    assessment_recorded = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        staff_id: str,
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.card: TrainingCard | None = None
        today = ctx.clock.today()

        self.person_combo = QComboBox()
        for p in staff.list_staff(ctx):
            kind = label(KIND_LABELS[p.kind])
            self.person_combo.addItem(f"{p.name}（{kind}）", p.id)
        if self.person_combo.findData(staff_id) < 0:  # inactive: still show their card
            p = staff.get_staff(ctx, staff_id)
            self.person_combo.addItem(p.name, p.id)
        self.person_combo.setCurrentIndex(self.person_combo.findData(staff_id))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, today.year)
        self.year_spin.setValue(min(year, today.year))

        self.head_label = QLabel()
        self.head_label.setObjectName("cardHead")
        self.head_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.totals_label = QLabel()
        self.totals_label.setObjectName("cardTotals")
        self.totals_label.setWordWrap(True)
        self.checks_label = QLabel()
        self.checks_label.setWordWrap(True)
        self.cert_label = QLabel()
        self.cert_label.setWordWrap(True)

        self.trainings_table = QTableWidget(0, 8)
        self.trainings_table.setHorizontalHeaderLabels(
            [
                self.tr("日期"),
                self.tr("学时"),
                self.tr("天数"),
                self.tr("集中"),
                self.tr("类别"),
                self.tr("组织"),
                self.tr("形式"),
                self.tr("培训名称"),
            ]
        )
        setup_table(self.trainings_table)
        self.empty_label = QLabel(self.tr("本年度尚无培训记录。"))
        self.empty_label.setStyleSheet("color: #666;")

        self.assessments_table = QTableWidget(0, 3)
        self.assessments_table.setHorizontalHeaderLabels(
            [self.tr("年度"), self.tr("考核结果"), self.tr("备注")]
        )
        setup_table(self.assessments_table)
        self.assessments_table.setMaximumHeight(108)
        self.exit_label = QLabel()
        self.exit_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.exit_label.setWordWrap(True)

        self.assess_year = QSpinBox()
        self.assess_year.setRange(2000, today.year)
        self.assess_year.setValue(today.year if today.month == 12 else today.year - 1)
        self.assess_result = QComboBox()
        for value, text in ASSESSMENT_LABELS.items():
            self.assess_result.addItem(label(text), value)
        self.assess_result.setCurrentIndex(self.assess_result.findData(AssessmentResult.PASS))
        self.assess_note = QLineEdit()
        self.assess_note.setPlaceholderText(self.tr("备注（可不填）"))
        self.assess_button = QPushButton(self.tr("录入考核结果(&R)"))
        self.assess_button.setAutoDefault(False)
        self.assess_button.clicked.connect(self.record_assessment)
        self.assess_message = QLabel()
        self.assess_message.setWordWrap(True)
        self.assess_message.hide()
        assess_row = QHBoxLayout()
        assess_row.addWidget(QLabel(self.tr("年度")))
        assess_row.addWidget(self.assess_year)
        assess_row.addWidget(self.assess_result)
        assess_row.addWidget(self.assess_note, 1)
        assess_row.addWidget(self.assess_button)
        self.assess_form = QWidget()
        self.assess_form.setLayout(assess_row)
        assess_row.setContentsMargins(0, 0, 0, 0)
        self.assess_form.setVisible(actor.can(Permission.RECORD_ASSESSMENT))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("人员")))
        top.addWidget(self.person_combo, 1)
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_spin)
        summary = QFormLayout()
        summary.addRow(self.tr("学时"), self.totals_label)
        summary.addRow(self.tr("职务要求"), self.checks_label)
        summary.addRow(self.tr("执法证"), self.cert_label)
        assess_box = QGroupBox(self.tr("年度考核"))
        assess_layout = QVBoxLayout(assess_box)
        assess_layout.addWidget(self.assessments_table)
        assess_layout.addWidget(self.exit_label)
        assess_layout.addWidget(self.assess_form)
        assess_layout.addWidget(self.assess_message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        self.print_button = buttons.addButton(
            self.tr("打印培训登记卡(&P)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_card)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.head_label)
        layout.addLayout(summary)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.trainings_table, 1)
        layout.addWidget(assess_box)
        layout.addWidget(buttons)

        self.person_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self.resize(1000, 680)
        self.refresh()

    def staff_id(self) -> str:
        """The person shown."""
        return str(self.person_combo.currentData())

    def refresh(self) -> None:
        """Load the card of the chosen person and year."""
        card = training_queries.training_card(
            self.ctx, self.actor, self.staff_id(), self.year_spin.value()
        )
        self.card = card
        p = card.staff
        self.setWindowTitle(
            self.tr("培训登记卡：{name}（{year} 年）").format(name=p.name, year=card.year)
        )
        self.head_label.setText(
            self.tr("{name} · {kind} · {position}").format(
                name=p.name,
                kind=label(KIND_LABELS[p.kind]),
                position=label(POSITION_LABELS[p.position]),
            )
        )
        self._show_totals(card)
        self._show_trainings(card)
        self._show_assessments(card.assessments, card.exit_years)
        self._show_certificate(card)

    def _show_totals(self, card: TrainingCard) -> None:
        t = card.tally
        text = self.tr(
            "计入 60 学时的 {counted} / {need} 学时（全部类别 {total} 学时）；"
            "集中培训 {conc} 次，共 {days} 天"
        ).format(
            counted=format_units(t.counted_seconds),
            need=format_units(ANNUAL_REQUIRED_SECONDS),
            total=format_units(t.total_seconds),
            conc=t.concentrated,
            days=format_days(t.concentrated_days_tenths),
        )
        if card.light is not None:
            needed = needed_text(
                card.forecast.needed_seconds_per_month, card.forecast.shortfall_seconds
            )
            text += "\n" + self.tr("{light}；此后每月尚需 {needed} 学时").format(
                light=label(LIGHT_LABELS[card.light]), needed=needed
            )
            colour = LIGHT_COLOURS[card.light]
            self.totals_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        else:
            self.totals_label.setStyleSheet("")
        self.totals_label.setText(text)
        if card.verdict is None:
            self.checks_label.setText(self.tr("辅助执法人员不适用执法队员的年度培训要求。"))
            self.checks_label.setStyleSheet("color: #666;")
            return
        lines = [
            ("✔ " if c.ok else "✘ ") + check_text(c)
            for c in card.verdict.checks
            if c.requirement is not Requirement.ANNUAL_UNITS
        ]
        self.checks_label.setText("；".join(lines))
        self.checks_label.setStyleSheet(OK_STYLE if card.verdict.role_rule_ok else ERROR_STYLE)

    def _show_trainings(self, card: TrainingCard) -> None:
        table = self.trainings_table
        table.setRowCount(len(card.trainings))
        for i, pt in enumerate(card.trainings):
            e = pt.event
            when = e.start_date.isoformat()
            if e.end_date != e.start_date:
                when += " ~ " + e.end_date.strftime("%m-%d")
            counted = e.category in COUNTED_CATEGORIES
            units = format_units(pt.credited_seconds)
            cells = [
                _item(when),
                _item(
                    units if counted else self.tr("{units}（不计入）").format(units=units),
                    right=True,
                    tip="" if counted else self.tr("该类别不计入 60 学时"),
                ),
                _item(e.days_text, right=True),
                _item(self.tr("是") if e.concentrated else ""),
                _item(label(CATEGORY_LABELS[e.category])),
                _item(label(ORGANISER_LABELS[e.organiser_level])),
                _item(label(MODE_LABELS[e.mode])),
                _item(e.title, tip=e.title),
            ]
            for j, item in enumerate(cells):
                table.setItem(i, j, item)
        fit_columns(table)
        self.empty_label.setVisible(not card.trainings)

    def _show_assessments(
        self, assessments: tuple[AssessmentInfo, ...], exit_years: tuple[int, ...] | None
    ) -> None:
        table = self.assessments_table
        rows = sorted(assessments, key=lambda a: a.year, reverse=True)
        table.setRowCount(len(rows))
        for i, a in enumerate(rows):
            result = _item(label(ASSESSMENT_LABELS[a.result]))
            if a.result is AssessmentResult.FAIL:
                result.setForeground(Qt.GlobalColor.red)
            table.setItem(i, 0, _item(str(a.year)))
            table.setItem(i, 1, result)
            table.setItem(i, 2, _item(a.note or ""))
        fit_columns(table)
        if exit_years:
            self.exit_label.setText(
                self.tr("{years} 年连续考核不合格：应按程序退出执法队伍。").format(
                    years="、".join(str(y) for y in exit_years)
                )
            )
        self.exit_label.setVisible(bool(exit_years))

    def _show_certificate(self, card: TrainingCard) -> None:
        p = card.staff
        if p.kind is StaffKind.AUXILIARY:
            self.cert_label.setText("—")
            self.cert_label.setStyleSheet("")
            return
        if not p.cert_number:
            self.cert_label.setText(self.tr("未发证"))
            self.cert_label.setStyleSheet(ERROR_STYLE)
            return
        expires = p.cert_expires_on.isoformat() if p.cert_expires_on else self.tr("未填写")
        text = self.tr("{number}，{status}，有效期至 {expires}").format(
            number=p.cert_number, status=label(CERT_STATUS_LABELS[p.cert_status]), expires=expires
        )
        if card.cert_alert is not None:
            text += self.tr("（{alert}）").format(alert=label(CERT_ALERT_LABELS[card.cert_alert]))
        self.cert_label.setText(text)
        self.cert_label.setStyleSheet(ERROR_STYLE if card.cert_alert else "")

    def print_card(self) -> None:
        """打印培训登记卡: the card of the person and year shown, as PDF in the print preview."""
        from ui.pdf_outputs import preview_pdf

        ctx, actor, staff_id, year = self.ctx, self.actor, self.staff_id(), self.year_spin.value()
        name = self.card.staff.name if self.card is not None else ""
        self.assess_message.hide()

        def failed(text: str) -> None:
            self.assess_message.setStyleSheet(ERROR_STYLE)
            self.assess_message.setText(text)
            self.assess_message.show()

        preview_pdf(
            self,
            lambda: training_reports.training_card_pdf(ctx, actor, staff_id, year),
            self.tr("培训登记卡：{name}（{year} 年）").format(name=name, year=year),
            self.tr("{year}年培训登记卡-{name}.pdf").format(year=year, name=name),
            on_error=failed,
        )

    def record_assessment(self) -> None:
        """录入考核结果 for the person shown (RECORD_ASSESSMENT); refused input stays here."""
        self.assess_message.hide()
        try:
            info = training.record_assessment(
                self.ctx,
                self.actor,
                self.staff_id(),
                self.assess_year.value(),
                AssessmentResult(self.assess_result.currentData()),
                self.assess_note.text(),
            )
        except DomainError as exc:
            self.assess_message.setStyleSheet(ERROR_STYLE)
            self.assess_message.setText(error_text(exc))
            self.assess_message.show()
            return
        self.assess_message.setStyleSheet(OK_STYLE)
        self.assess_message.setText(
            self.tr("已录入 {year} 年考核结果：{result}").format(
                year=info.year, result=label(ASSESSMENT_LABELS[info.result])
            )
        )
        self.assess_message.show()
        self.assess_note.clear()
        self.refresh()
        self.assessment_recorded.emit(info)


def light_dot(light: Light) -> object:
    """The traffic light as a small coloured dot icon."""
    return colour_dot(LIGHT_COLOURS[light])
