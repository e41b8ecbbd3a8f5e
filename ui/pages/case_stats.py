"""统计: case counts by procedure, status, item and month, fines and overdue deadlines
(case_search.statistics, computed in a worker), a painted bar chart by month and the
执法业务台账 export."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.rules.roles import Permission
from app.rules.workflow import STATUS_LABELS, Procedure, Status
from app.services import case_search, reference_data
from app.services.case_search import CaseStatistics
from ui.errors import error_text
from ui.pages._forms import ERROR_STYLE, OK_STYLE, label
from ui.pages.case_detail import _item, _table
from ui.pages.cases import CasesPage, yuan_text
from ui.tasks import run_in_background

BAR_COLOUR = QColor("#1f5fa8")


class MonthBarChart(QWidget):
    """Cases per month as bars (QPainter; twelve months of the chosen year, or the last
    twelve months present)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[tuple[str, int]] = []
        self.setMinimumHeight(200)

    def sizeHint(self) -> QSize:  # override
        return QSize(560, 240)

    def set_months(self, by_month: dict[str, int], year: int | None) -> None:
        """Show `by_month` ("2026-03" → n)."""
        if year is not None:
            self.months = [(self.tr("{m}月").format(m=m), by_month.get(f"{year}-{m:02d}", 0))
                           for m in range(1, 13)]
        else:
            keys = sorted(by_month)[-12:]
            self.months = [(k[2:].replace("-", "/"), by_month[k]) for k in keys]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # override QWidget.paintEvent
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(40, 24, -8, -26)
        p.fillRect(self.rect(), QColor("white"))
        if not self.months:
            p.setPen(QColor("#888"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("没有数据"))
            return
        top = max(n for _m, n in self.months) or 1
        p.setPen(QPen(QColor("#ccc")))
        for i in range(5):
            y = rect.bottom() - rect.height() * i / 4
            p.drawLine(int(rect.left()), int(y), int(rect.right()), int(y))
            p.setPen(QColor("#666"))
            p.drawText(QRectF(0, y - 8, 34, 16), Qt.AlignmentFlag.AlignRight,
                       f"{top * i / 4:,.0f}")
            p.setPen(QPen(QColor("#ddd")))
        step = rect.width() / len(self.months)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        p.setFont(small)
        for i, (name, n) in enumerate(self.months):
            h = rect.height() * n / top
            bar = QRectF(rect.left() + i * step + step * 0.18, rect.bottom() - h, step * 0.64, h)
            p.fillRect(bar, BAR_COLOUR)
            p.setPen(QColor("#333"))
            if n:
                p.drawText(QRectF(bar.left() - 10, bar.top() - 16, bar.width() + 20, 14),
                           Qt.AlignmentFlag.AlignCenter, f"{n:,}")
            p.drawText(QRectF(rect.left() + i * step, rect.bottom() + 4, step, 18),
                       Qt.AlignmentFlag.AlignCenter, name)
        p.end()


class StatisticsPage(QWidget):
    """统计."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.stats: CaseStatistics | None = None
        self.running = False
        self._pending = False
        self.year_combo = QComboBox()
        this_year = ctx.clock.today().year
        for y in range(this_year, this_year - 6, -1):
            self.year_combo.addItem(self.tr("{year} 年").format(year=y), y)
        self.year_combo.addItem(self.tr("全部年度"), None)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button = QPushButton(self.tr("导出执法业务台账…"))
        self.export_button.clicked.connect(self.export_ledger)
        self.export_button.setVisible(actor.can(Permission.EXPORT_LEDGERS))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.totals: dict[str, QLabel] = {}
        totals = QGridLayout()
        for i, (key, caption) in enumerate((
            ("total", self.tr("案件总数")), ("general", self.tr("一般程序")),
            ("summary", self.tr("简易程序")), ("fines", self.tr("罚款（元）")),
            ("paid", self.tr("已缴（元）")), ("overdue", self.tr("逾期期限")),
        )):
            cap = QLabel(caption)
            cap.setStyleSheet("color: #555;")
            value = QLabel("—")
            value.setObjectName(f"total_{key}")
            value.setStyleSheet("font-size: 16pt; font-weight: bold;")
            totals.addWidget(cap, 0, i)
            totals.addWidget(value, 1, i)
            self.totals[key] = value
        self.chart = MonthBarChart()
        self.status_table = _table([self.tr("状态"), self.tr("件数")])
        self.item_table = _table([self.tr("执法事项"), self.tr("件数")])

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("年度")))
        head.addWidget(self.year_combo)
        head.addStretch(1)
        head.addWidget(self.export_button)
        chart_box = QGroupBox(self.tr("按月案件数（发现日期）"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        status_box = QGroupBox(self.tr("按状态"))
        QVBoxLayout(status_box).addWidget(self.status_table)
        item_box = QGroupBox(self.tr("按执法事项"))
        QVBoxLayout(item_box).addWidget(self.item_table)
        tables = QHBoxLayout()
        tables.addWidget(status_box, 1)
        tables.addWidget(item_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.message_label)
        layout.addLayout(totals)
        layout.addWidget(chart_box, 3)
        layout.addLayout(tables, 2)

    def page_title(self) -> str:
        """Title shown by the main window."""
        return self.tr("统计")

    def year(self) -> int | None:
        """The chosen year (None: all)."""
        value = self.year_combo.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        """Recompute the statistics in a worker."""
        if self.running:
            self._pending = True
            return
        self.running = True
        ctx, year = self.ctx, self.year()
        run_in_background(lambda: case_search.statistics(ctx, year=year),
                          lambda s: self._done(s, year), self._failed)

    def _done(self, stats: CaseStatistics, year: int | None) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        if self._pending:
            self._pending = False
            self.refresh()
            return
        self.stats = stats
        self.message_label.hide()
        t = self.totals
        t["total"].setText(f"{stats.total:,}")
        t["general"].setText(f"{stats.by_procedure.get(Procedure.GENERAL.value, 0):,}")
        t["summary"].setText(f"{stats.by_procedure.get(Procedure.SUMMARY.value, 0):,}")
        t["fines"].setText(yuan_text(stats.fines_fen))
        t["paid"].setText(yuan_text(stats.paid_fen))
        t["overdue"].setText(f"{stats.overdue:,}")
        t["overdue"].setStyleSheet("font-size: 16pt; font-weight: bold;"
                                   + (" color: #c62828;" if stats.overdue else ""))
        self.chart.set_months(stats.by_month, year)
        self._fill(self.status_table, [
            (label(STATUS_LABELS[Status(k)]) if k in Status._value2member_map_ else k, n)
            for k, n in stats.by_status.items()])
        names = {i.code: i.name for i in reference_data.catalog(self.ctx, include_retired=True)}
        self._fill(self.item_table, sorted(
            ((f"{code} {names.get(code, '')}".strip(), n) for code, n in stats.by_item.items()),
            key=lambda r: -r[1]))

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, int]]) -> None:
        table.setRowCount(len(rows))
        for r, (text, n) in enumerate(rows):
            table.setItem(r, 0, _item(text))
            count = _item(f"{n:,}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, 1, count)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        self._show_message(self.tr("统计未能完成：{error}").format(error=error_text(exc)), True)

    def export_ledger(self) -> None:
        """Export the chosen year's 执法业务台账 (xlsx) in a worker."""
        year = self.year()
        name = self.tr("执法业务台账{year}.xlsx").format(year=year or "")
        path = CasesPage.ask_save_path(self, str(Path.home() / name))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.export_button.setEnabled(False)
        self._show_message(self.tr("正在导出……"), False)
        ctx, actor = self.ctx, self.actor
        run_in_background(lambda: case_search.export_ledger(ctx, actor, Path(path), year=year),
                          lambda n: self._exported(path, n), self._export_failed)

    def _exported(self, path: str, n: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.export_button.setEnabled(True)
        self._show_message(self.tr("已导出 {n} 件案件：{path}").format(n=n, path=path), False)

    def _export_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.export_button.setEnabled(True)
        self._show_message(self.tr("导出失败：{error}").format(error=error_text(exc)), True)

    def _show_message(self, text: str, error: bool) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)
        self.message_label.show()
