"""培训: each officer's 学时 of the year against the 60 line (painted bar chart and table with
traffic lights), reminders (annual report, certificates, exit flags, auxiliaries ≤ sworn),
bulk entry, xlsx import, the report and ledgers as xlsx, and the 培训登记卡."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.roles import Permission
from app.rules.training import (
    ANNUAL_REQUIRED_SECONDS,
    CATEGORY_LABELS,
    OWN_TRAINING_LABELS,
    SECONDS_PER_UNIT,
    CertAlertLevel,
    ReportReminderLevel,
    Requirement,
    TrainingCategory,
    format_units,
)
from app.services import training, training_queries, training_reports
from app.services.staff import POSITION_LABELS
from app.services.training_queries import LIGHT_LABELS, Light, OfficerRow, TrainingOverview
from ui import tasks
from ui.errors import error_text
from ui.pages._forms import ERROR_STYLE, OK_STYLE, TitledTableModel, fit_columns, label, setup_table
from ui.pages.training_card import (
    LIGHT_COLOURS,
    TrainingCardDialog,
    check_text,
    light_dot,
    needed_text,
)
from ui.pages.training_entry import TrainingEntryDialog
from ui.pages.training_import import TrainingImportDialog
from ui.widgets import BusyBar

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
GREY = QColor("#808080")
RED = QColor("#c62828")
NAMES_SHOWN = 6  # names listed per reminder line before "等 N 人"


# --- the chart -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartBar:
    """One officer's bar."""

    staff_id: str
    name: str
    seconds: int
    light: Light


class HoursChart(QWidget):
    """Horizontal bars of 学时 per officer with the 60 学时 line, painted with QPainter."""

    person_clicked = Signal(str)

    ROW_HEIGHT = 22
    BAR_HEIGHT = 14
    TOP = 24
    NAME_WIDTH = 78
    RIGHT_PAD = 44

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[ChartBar] = []
        self.selected_id: str | None = None
        self.show_target = True  # the 60 学时 line (off when a category is filtered)
        self.setMinimumWidth(320)
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_bars(self, bars: list[ChartBar], *, show_target: bool = True) -> None:
        """Replace the bars (in the table's order) and repaint."""
        self.bars = bars
        self.show_target = show_target
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def set_selected(self, staff_id: str | None) -> None:
        """Highlight the bar of `staff_id`."""
        self.selected_id = staff_id
        self.update()

    def sizeHint(self) -> QSize:  # override QWidget.sizeHint
        return QSize(420, self.TOP + len(self.bars) * self.ROW_HEIGHT + 10)

    def max_units(self) -> float:
        """The scale's right end in 学时: the largest bar plus some air, at least 80 with the
        60 line (else at least 10)."""
        largest = max((b.seconds for b in self.bars), default=0) / SECONDS_PER_UNIT
        return max(80.0 if self.show_target else 10.0, largest * 1.05)

    def x_of(self, units: float) -> float:
        """Horizontal position of `units` 学时."""
        span = max(10, self.width() - self.NAME_WIDTH - self.RIGHT_PAD)
        return self.NAME_WIDTH + units / self.max_units() * span

    def bar_at(self, y: float) -> ChartBar | None:
        """The bar under vertical position `y`."""
        i = int((y - self.TOP) // self.ROW_HEIGHT)
        return self.bars[i] if y >= self.TOP and 0 <= i < len(self.bars) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # override QWidget.mousePressEvent
        bar = self.bar_at(event.position().y())
        if bar is not None:
            self.person_clicked.emit(bar.staff_id)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # override QWidget.paintEvent
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        bottom = self.TOP + len(self.bars) * self.ROW_HEIGHT
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        p.setFont(small)
        # Grid every 20 学时.
        step = 20 if self.max_units() > 40 else 5
        tick = 0
        while tick <= self.max_units():
            x = self.x_of(tick)
            p.setPen(QPen(QColor("#e0e0e0"), 1))
            p.drawLine(int(x), self.TOP - 4, int(x), bottom)
            p.setPen(QColor("#757575"))
            p.drawText(QRectF(x - 20, 2, 40, 16), Qt.AlignmentFlag.AlignCenter, str(tick))
            tick += step
        p.setFont(self.font())
        fm = p.fontMetrics()
        for i, bar in enumerate(self.bars):
            top = self.TOP + i * self.ROW_HEIGHT
            if bar.staff_id == self.selected_id:
                p.fillRect(QRectF(0, top, self.width(), self.ROW_HEIGHT), QColor("#e3f2fd"))
            name = fm.elidedText(bar.name, Qt.TextElideMode.ElideRight, self.NAME_WIDTH - 8)
            p.setPen(QColor("#212121"))
            p.drawText(
                QRectF(0, top, self.NAME_WIDTH - 6, self.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            units = bar.seconds / SECONDS_PER_UNIT
            x0, x1 = self.x_of(0), self.x_of(units)
            bar_top = top + (self.ROW_HEIGHT - self.BAR_HEIGHT) / 2
            colour = QColor(LIGHT_COLOURS[bar.light])
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(colour))
            p.drawRoundedRect(QRectF(x0, bar_top, max(1.0, x1 - x0), self.BAR_HEIGHT), 2, 2)
            p.setPen(QColor("#424242"))
            p.drawText(
                QRectF(x1 + 4, top, self.RIGHT_PAD + 40, self.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                format_units(bar.seconds),
            )
        if self.show_target:  # the 60 学时 line over the bars
            x60 = self.x_of(ANNUAL_REQUIRED_SECONDS / SECONDS_PER_UNIT)
            p.setPen(QPen(QColor("#c62828"), 2, Qt.PenStyle.DashLine))
            p.drawLine(int(x60), self.TOP - 4, int(x60), bottom)
        p.end()


# --- the table -----------------------------------------------------------------------------


class OfficerModel(TitledTableModel):
    """姓名, 职务, 学时, (本类别学时 when filtered), 状态, 每月尚需, 集中培训, 天数, 职务要求."""

    NAME, POSITION, UNITS, CATEGORY, LIGHT, NEEDED, CONCENTRATED, DAYS, RULE = range(9)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OfficerRow] = []

    def set_rows(self, rows: list[OfficerRow]) -> None:
        """Replace the officers shown."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_total(self) -> int:  # TitledTableModel
        return len(self.rows)

    def column_titles(self) -> list[str]:  # TitledTableModel
        return [
            self.tr("姓名"),
            self.tr("职务"),
            self.tr("学时"),
            self.tr("本类别学时"),
            self.tr("状态"),
            self.tr("每月尚需"),
            self.tr("集中培训"),
            self.tr("天数"),
            self.tr("职务要求"),
        ]

    def header_extra(self, section: int, role: int) -> Any:  # TitledTableModel
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.UNITS:
                return self.tr("计入 60 学时的公共法律知识、业务知识、执法技能学时")
            if section == self.NEEDED:
                return self.tr("距年底每月还需的学时")
        return None

    def rule_text(self, row: OfficerRow) -> str:
        """达标, or the leader/member requirements not met."""
        misses = [
            c
            for c in row.progress.verdict.shortfalls
            if c.requirement is not Requirement.ANNUAL_UNITS
        ]
        if not misses:
            return self.tr("达标")
        return "；".join(check_text(c) for c in misses)

    def rule_tooltip(self, row: OfficerRow) -> str:
        """Every requirement of the officer's role, one a line."""
        return "\n".join(
            ("✔ " if c.ok else "✘ ") + check_text(c) for c in row.progress.verdict.checks
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # override
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        p = row.progress
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return p.name if p.active else self.tr("{name}（已停用）").format(name=p.name)
            if col == self.POSITION:
                return label(POSITION_LABELS[p.position])
            if col == self.UNITS:
                return p.counted_units_text
            if col == self.CONCENTRATED:
                return str(p.tally.concentrated)
            if col == self.DAYS:
                return p.days_text
            if col == self.RULE:
                return self.rule_text(row)
            if col == self.NEEDED:
                f = row.forecast
                return needed_text(f.needed_seconds_per_month, f.shortfall_seconds)
            if col == self.LIGHT:
                return label(LIGHT_LABELS[row.light])
            if col == self.CATEGORY:
                return format_units(row.category_seconds or 0)
        elif role == Qt.ItemDataRole.DecorationRole and col == self.LIGHT:
            return light_dot(row.light)
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (
            self.UNITS,
            self.CONCENTRATED,
            self.DAYS,
            self.NEEDED,
            self.CATEGORY,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == self.RULE:
                return self.rule_tooltip(row)
            if col == self.UNITS:
                return self.tr("全部类别 {total} 学时").format(total=p.total_units_text)
            if col == self.CONCENTRATED:
                t = p.tally
                return self.tr("上级（含县）组织 {sup} 次，本单位组织 {own} 次").format(
                    sup=t.superior_concentrated, own=t.own_unit_concentrated
                )
        elif role == Qt.ItemDataRole.ForegroundRole:
            if col == self.RULE and not p.verdict.role_rule_ok:
                return QBrush(RED)
            if not p.active:
                return QBrush(GREY)
        elif role == Qt.ItemDataRole.UserRole:
            return p.staff_id
        return None


# --- the page ------------------------------------------------------------------------------


class ExportTarget:
    """Where an export goes; tests replace `ask_path`."""

    @classmethod
    def ask_path(cls, parent: QWidget | None, title: str, suggested: str) -> Path | None:
        """Let the user choose where to save (blocks)."""
        path, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            suggested,
            QCoreApplication.translate("ExportTarget", "Excel 工作簿 (*.xlsx)"),
        )
        if not path:
            return None
        return Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")


class TrainingPage(QWidget):
    """培训."""

    loaded = Signal()  # the overview arrived and is shown
    exported = Signal(object)  # the written path, or the exception

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.overview: TrainingOverview | None = None
        self.active_dialog: QDialog | None = None
        self._generation = 0

        self.year_combo = QComboBox()
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("全部（计入 60 学时的类别）"), None)
        for value, text in CATEGORY_LABELS.items():
            self.category_combo.addItem(label(text), value)
        self._fill_years()
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.refresh())

        self.add_button = QPushButton(self.tr("新增培训(&N)"))
        self.import_button = QPushButton(self.tr("导入(&I)…"))
        self.export_button = QPushButton(self.tr("导出(&X)"))
        self.card_button = QPushButton(self.tr("培训登记卡(&K)"))
        self.export_menu = QMenu(self)
        self.export_menu.addAction(self.tr("年度培训情况报告…"), self.export_report)
        self.report_pdf_action = self.export_menu.addAction(
            self.tr("年度培训报告 PDF（预览、打印）…"), self.preview_report_pdf
        )
        self.export_menu.addAction(self.tr("学习活动台账…"), self.export_activity_ledger)
        self.export_menu.addAction(self.tr("队伍管理台账…"), self.export_staff_ledger)
        self.mark_action = self.export_menu.addAction(
            self.tr("标记年度报告已报送县里"), self.mark_report_submitted
        )
        self.rotation_action = self.export_menu.addAction(
            self.tr("设置首轮全员轮训期限…"), self.set_rotation_deadline
        )
        self.rotation_action.setVisible(actor.can(Permission.MANAGE_SETTINGS))
        self.export_button.setMenu(self.export_menu)
        self.add_button.clicked.connect(self.add_training)
        self.import_button.clicked.connect(self.import_attendance)
        self.card_button.clicked.connect(self.open_card)
        can_manage = actor.can(Permission.MANAGE_TRAINING)
        self.add_button.setVisible(can_manage)
        self.import_button.setVisible(can_manage)
        self.mark_action.setVisible(can_manage)

        self.banner = QLabel()
        self.banner.setObjectName("trainingBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet(
            "QLabel#trainingBanner { background: #fff8e1; border: 1px solid #ffe082;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.banner.hide()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("trainingSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.busy = BusyBar()

        self.chart_caption = QLabel()
        self.chart_caption.setStyleSheet("font-weight: bold;")
        self.chart = HoursChart()
        self.chart.person_clicked.connect(self.select_person)
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidget(self.chart)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        legend = QLabel(
            self.tr(
                '<span style="color:{g}">■</span> 进度正常　'
                '<span style="color:{y}">■</span> 进度落后　'
                '<span style="color:{r}">■</span> 难以完成　'
                '<span style="color:#c62828">┆</span> 60 学时'
            ).format(
                g=LIGHT_COLOURS[Light.GREEN],
                y=LIGHT_COLOURS[Light.YELLOW],
                r=LIGHT_COLOURS[Light.RED],
            )
        )
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_caption)
        chart_layout.addWidget(self.chart_scroll, 1)
        chart_layout.addWidget(legend)

        self.model = OfficerModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setColumnHidden(OfficerModel.CATEGORY, True)
        self.table.doubleClicked.connect(lambda _i: self.open_card())
        self.table.activated.connect(lambda _i: self.open_card())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(chart_box)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("年度")))
        head.addWidget(self.year_combo)
        head.addWidget(QLabel(self.tr("类别")))
        head.addWidget(self.category_combo)
        head.addStretch(1)
        for b in (self.add_button, self.import_button, self.export_button, self.card_button):
            head.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.busy)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)
        self._update_buttons()
        self.refresh()

    def page_title(self) -> str:
        """Title shown by the main window."""
        return self.tr("培训")

    # --- filters and loading ---------------------------------------------------------------

    def _fill_years(self) -> None:
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in training_queries.training_years(self.ctx, self.actor):
            self.year_combo.addItem(self.tr("{year} 年").format(year=y), y)
        i = self.year_combo.findData(current) if current is not None else 0
        self.year_combo.setCurrentIndex(max(0, i))
        self.year_combo.blockSignals(False)

    def year(self) -> int:
        """The year chosen."""
        return int(self.year_combo.currentData())

    def category(self) -> TrainingCategory | None:
        """The category chosen (None: the counted categories together)."""
        value = self.category_combo.currentData()
        return TrainingCategory(value) if value else None

    def set_year(self, year: int) -> None:
        """Choose `year` in the selector (reloads)."""
        i = self.year_combo.findData(year)
        if i >= 0:
            self.year_combo.setCurrentIndex(i)

    def set_category(self, category: TrainingCategory | None) -> None:
        """Choose `category` in the filter (reloads)."""
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(category)))

    def refresh(self) -> None:
        """Reload the overview on the thread pool; a newer refresh supersedes an older one."""
        self._generation += 1
        generation = self._generation
        self.busy.show()
        ctx, actor, year, category = self.ctx, self.actor, self.year(), self.category()
        tasks.run_in_background(
            lambda: training_queries.overview(ctx, actor, year, category),
            lambda o: self._loaded(generation, o),
            lambda exc: self._load_failed(generation, exc),
        )

    def _loaded(self, generation: int, overview: TrainingOverview) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.busy.hide()
        self.show_overview(overview)
        self.loaded.emit()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.busy.hide()
        if not isinstance(exc, DomainError):
            log.error("Training overview failed", exc_info=exc)
        self._status(error_text(exc), error=True)

    def show_overview(self, overview: TrainingOverview) -> None:
        """Fill the chart, table, summary and reminders from `overview`."""
        selected = self.selected_staff_id()
        self.overview = overview
        rows = list(overview.rows)
        self.model.set_rows(rows)
        self.table.setColumnHidden(OfficerModel.CATEGORY, overview.category is None)
        fit_columns(self.table, maximum=260)
        self.chart.set_bars(
            [ChartBar(r.staff_id, r.name, r.chart_seconds, r.light) for r in rows],
            show_target=overview.category is None,
        )
        if overview.category is None:
            self.chart_caption.setText(
                self.tr("{year} 年计入 60 学时的学时（每人）").format(year=overview.year)
            )
        else:
            self.chart_caption.setText(
                self.tr("{year} 年“{category}”学时（每人）").format(
                    year=overview.year, category=label(CATEGORY_LABELS[overview.category])
                )
            )
        self._show_summary(overview)
        self._show_banner(overview)
        if selected is not None:
            self.select_person(selected)
        self._update_buttons()

    def _show_summary(self, o: TrainingOverview) -> None:
        active = [r for r in o.rows if r.progress.active]
        done = sum(1 for r in active if r.progress.verdict.units_ok)
        own = "，".join(
            self.tr("{kind} {n}/{need}").format(
                kind=label(OWN_TRAINING_LABELS[i.kind]), n=i.count, need=i.required
            )
            for i in o.own.items
        )
        text = self.tr(
            "在编执法队员 {n} 人：已满 60 学时 {done} 人；进度正常 {g} 人，落后 {y} 人，"
            "难以完成 {r} 人。本年培训 {events} 次；本单位组织：{own}。"
        ).format(
            n=len(active),
            done=done,
            g=o.count(Light.GREEN),
            y=o.count(Light.YELLOW),
            r=o.count(Light.RED),
            events=o.trainings,
            own=own,
        )
        comp = o.composition
        if comp.within_limit:
            check = self.tr("辅助人员 {aux} 人 ≤ 在编执法队员 {sworn} 人，符合规定。")
            colour = "#2e7d32"
        else:
            check = self.tr("辅助人员 {aux} 人多于在编执法队员 {sworn} 人，不符合规定！")
            colour = "#c62828"
        rotation = ""
        rot = o.rotation
        if rot is not None:
            rot_text = self.tr(
                "首轮全员轮训（期限 {deadline}）：按期完成 {on_time} 人，逾期完成 {late} 人，"
                "尚未参训 {untrained} 人。"
            ).format(
                deadline=rot.deadline.isoformat(),
                on_time=len(rot.on_time),
                late=len(rot.late),
                untrained=len(rot.untrained),
            )
            rot_colour = "#2e7d32" if not rot.untrained else "#c62828"
            tip = "、".join(r.name for r in rot.untrained[:20])
            rotation = (
                f"<br><span style='color:{rot_colour}' title='{escape(tip)}'>"
                f"{escape(rot_text)}</span>"
            )
        self.summary_label.setText(
            f"{escape(text)}<br><span style='color:{colour}'>"
            f"{escape(check.format(aux=comp.auxiliaries, sworn=comp.sworn))}</span>{rotation}"
        )

    def reminder_lines(self, o: TrainingOverview) -> list[tuple[str, str]]:
        """(colour, text) of each reminder: report, certificates, exit flags."""
        lines: list[tuple[str, str]] = []
        r = o.reminder
        if r.level is ReportReminderLevel.DUE:
            lines.append(
                (
                    "#e65100",
                    self.tr(
                        "{year} 年度培训情况须于 {due} 前报送县里（还剩 {days} 天）。"
                        "可在“导出”中生成年度培训情况报告。"
                    ).format(year=r.year, due=r.due_on.isoformat(), days=r.days_left),
                )
            )
        elif r.level is ReportReminderLevel.OVERDUE:
            lines.append(
                (
                    "#c62828",
                    self.tr("{year} 年度培训情况报告已过报送期限（{due}），尚未标记报送。").format(
                        year=r.year, due=r.due_on.isoformat()
                    ),
                )
            )
        by_level: dict[CertAlertLevel, list[training.CertificateAlert]] = {}
        for a in o.cert_alerts:
            by_level.setdefault(a.level, []).append(a)
        texts = {
            CertAlertLevel.EXPIRED: ("#c62828", self.tr("执法证已过期：{names}")),
            CertAlertLevel.WITHIN_30: ("#c62828", self.tr("执法证 30 天内到期：{names}")),
            CertAlertLevel.WITHIN_60: ("#e65100", self.tr("执法证 60 天内到期：{names}")),
        }
        for level in (CertAlertLevel.EXPIRED, CertAlertLevel.WITHIN_30, CertAlertLevel.WITHIN_60):
            alerts = by_level.get(level)
            if alerts:
                colour, template = texts[level]
                names = [
                    self.tr("{name}（{day}）").format(name=a.name, day=a.expires_on.isoformat())
                    for a in alerts
                ]
                lines.append((colour, template.format(names=self._names(names))))
        if o.exit_flags:
            names = [
                self.tr("{name}（{years} 年）").format(
                    name=f.name, years="、".join(str(y) for y in f.years)
                )
                for f in o.exit_flags
            ]
            lines.append(
                (
                    "#c62828",
                    self.tr("连续两年考核不合格，应按程序退出执法队伍：{names}").format(
                        names=self._names(names)
                    ),
                )
            )
        return lines

    def _names(self, names: list[str]) -> str:
        shown = "、".join(names[:NAMES_SHOWN])
        if len(names) > NAMES_SHOWN:
            shown += self.tr(" 等 {n} 人").format(n=len(names))
        return shown

    def _show_banner(self, o: TrainingOverview) -> None:
        lines = self.reminder_lines(o)
        self.banner.setText(
            "<br>".join(f"<span style='color:{c}'>● {escape(t)}</span>" for c, t in lines)
        )
        self.banner.setVisible(bool(lines))

    # --- selection -------------------------------------------------------------------------

    def selected_staff_id(self) -> str | None:
        """The officer of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()].staff_id

    def select_person(self, staff_id: str) -> None:
        """Select `staff_id` in the table (and the chart)."""
        for i, r in enumerate(self.model.rows):
            if r.staff_id == staff_id:
                self.table.selectRow(i)
                self.table.scrollTo(self.model.index(i, 0))
                return

    def _selection_changed(self) -> None:
        self.chart.set_selected(self.selected_staff_id())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.card_button.setEnabled(self.selected_staff_id() is not None or bool(self.model.rows))

    # --- actions ---------------------------------------------------------------------------

    def show_dialog(self, dialog: QDialog, on_accepted: Callable[[], None] | None = None) -> None:
        """Open `dialog` window-modally without blocking; reload when it is accepted."""
        self.active_dialog = dialog
        dialog.accepted.connect(on_accepted or self.reload_all)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def reload_all(self) -> None:
        """Reload the years (a new year may have trainings) and the overview."""
        self._fill_years()
        self.refresh()

    def add_training(self) -> None:
        """Open 新增培训."""
        if not self.actor.can(Permission.MANAGE_TRAINING):
            return
        dialog = TrainingEntryDialog(self.ctx, self.actor, self)
        dialog.accepted.connect(lambda: self._entry_saved(dialog))
        self.show_dialog(dialog)

    def _entry_saved(self, dialog: TrainingEntryDialog) -> None:
        if dialog.saved is not None:
            self._status(
                self.tr("已登记“{title}”，{n} 人参训。").format(
                    title=dialog.saved.title, n=dialog.saved.attendee_count
                )
            )

    def import_attendance(self) -> None:
        """Choose an xlsx export, then open its preview."""
        if not self.actor.can(Permission.MANAGE_TRAINING):
            return
        path = TrainingImportDialog.ask_path(self)
        if path is None:
            return
        dialog = TrainingImportDialog(self.ctx, self.actor, path, self)
        dialog.accepted.connect(lambda: self._status(dialog.result_text()))
        self.show_dialog(dialog)
        dialog.start_preview()

    def open_card(self) -> None:
        """Open the 培训登记卡 of the selected officer (else the first)."""
        staff_id = self.selected_staff_id()
        if staff_id is None and self.model.rows:
            staff_id = self.model.rows[0].staff_id
        if staff_id is None:
            return
        dialog = TrainingCardDialog(self.ctx, self.actor, staff_id, self.year(), self)
        dialog.assessment_recorded.connect(lambda _info: self.refresh())
        self.show_dialog(dialog)

    def _export(self, title: str, suggested: str, write: Callable[[Path], Path]) -> None:
        path = ExportTarget.ask_path(self, title, suggested)
        if path is None:
            return
        self.busy.show()
        self._status(self.tr("正在导出…"))
        tasks.run_in_background(lambda: write(path), self._exported, self._export_failed)

    def _exported(self, path: Path) -> None:
        self.busy.hide()
        self._status(self.tr("已导出：{path}").format(path=str(path)))
        self.exported.emit(path)

    def _export_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        if not isinstance(exc, DomainError):
            log.error("Export failed", exc_info=exc)
        self._status(self.tr("导出失败：{error}").format(error=error_text(exc)), error=True)
        self.exported.emit(exc)

    def export_report(self) -> None:
        """年度培训情况报告 (for the county) as xlsx."""
        ctx, actor, year = self.ctx, self.actor, self.year()
        self._export(
            self.tr("导出年度培训情况报告"),
            self.tr("{year}年度培训情况报告.xlsx").format(year=year),
            lambda path: training_reports.export_annual_report(ctx, actor, year, path),
        )

    def preview_report_pdf(self) -> None:
        """年度培训情况报告 as PDF, built in a worker, shown in the print preview."""
        from ui.pdf_outputs import preview_pdf

        ctx, actor, year = self.ctx, self.actor, self.year()
        self.busy.show()

        def build() -> bytes:
            return training_reports.annual_report_pdf(
                training_reports.annual_report(ctx, actor, year)
            )

        def failed(text: str) -> None:
            self.busy.hide()
            self._status(text, error=True)

        preview_pdf(
            self,
            build,
            self.tr("{year} 年度培训情况报告").format(year=year),
            self.tr("{year}年度培训情况报告.pdf").format(year=year),
            on_error=failed,
            on_shown=lambda _d: self.busy.hide(),
        )

    def export_activity_ledger(self) -> None:
        """学习活动台账 as xlsx."""
        ctx, actor, year = self.ctx, self.actor, self.year()
        self._export(
            self.tr("导出学习活动台账"),
            self.tr("{year}年学习活动台账.xlsx").format(year=year),
            lambda path: training_reports.write_activity_ledger_xlsx(
                training_reports.activity_ledger(ctx, actor, year), path
            ),
        )

    def export_staff_ledger(self) -> None:
        """队伍管理台账 as xlsx."""
        ctx, actor, year = self.ctx, self.actor, self.year()
        self._export(
            self.tr("导出队伍管理台账"),
            self.tr("{year}年队伍管理台账.xlsx").format(year=year),
            lambda path: training_reports.write_staff_ledger_xlsx(
                training_reports.staff_ledger(ctx, actor, year), path
            ),
        )

    def mark_report_submitted(self) -> None:
        """Note that this year's report went to the county (stops the reminder)."""
        try:
            training.mark_report_submitted(self.ctx, self.actor, self.ctx.clock.today().year)
        except DomainError as exc:
            self._status(error_text(exc), error=True)
            return
        self._status(self.tr("已标记年度培训情况报告已报送。"))
        self.refresh()

    @classmethod
    def ask_rotation_deadline(cls, parent: QWidget, current: date) -> date | None:
        """Ask for the first full rotation's deadline (tests replace this)."""
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QFormLayout

        dlg = QDialog(parent)
        dlg.setWindowTitle(QCoreApplication.translate("TrainingPage", "首轮全员轮训期限"))
        edit = QDateEdit(QDate(current.year, current.month, current.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form = QFormLayout(dlg)
        form.addRow(QCoreApplication.translate("TrainingPage", "期限"), edit)
        form.addRow(buttons)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return edit.date().toPython()  # type: ignore[no-any-return]

    def set_rotation_deadline(self) -> None:
        """Configure the 首轮全员轮训 deadline (administrators)."""
        current = training.rotation_deadline(self.ctx)
        chosen = self.ask_rotation_deadline(self, current)
        if chosen is None:
            return
        try:
            training.set_rotation_deadline(self.ctx, self.actor, chosen)
        except DomainError as exc:
            self._status(error_text(exc), error=True)
            return
        self._status(self.tr("首轮全员轮训期限已设为 {date}。").format(date=chosen.isoformat()))
        self.refresh()

    def _status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
