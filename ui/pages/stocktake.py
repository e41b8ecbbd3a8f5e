"""盘点: open a stock-taking session, scan tags into a field that keeps the focus, watch the live
missing / unexpected / wrong-place lists, close with a confirmation of the changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.roles import Permission
from app.services import equipment as eq
from app.services import equipment_stocktake as st
from app.services.equipment_stocktake import Finding, Reconciliation, ReconLine, SessionInfo
from ui.errors import error_text
from ui.pages._forms import ERROR_STYLE, OK_STYLE, ServiceDialog, setup_table

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`."""
    return text


FINDING_LABELS: dict[Finding, str] = {
    Finding.FOUND: QT_TRANSLATE_NOOP("StocktakeDialog", "相符"),
    Finding.WRONG_PLACE: QT_TRANSLATE_NOOP("StocktakeDialog", "位置不符"),
    Finding.MISSING: QT_TRANSLATE_NOOP("StocktakeDialog", "未见"),
    Finding.UNKNOWN_TAG: QT_TRANSLATE_NOOP("StocktakeDialog", "台账中没有此编号"),
    Finding.FOUND_LOST: QT_TRANSLATE_NOOP("StocktakeDialog", "已登记遗失，现找到"),
    Finding.RETIRED: QT_TRANSLATE_NOOP("StocktakeDialog", "已报废"),
    Finding.CHECKED_OUT: QT_TRANSLATE_NOOP("StocktakeDialog", "已领用，未归还"),
    Finding.IN_REPAIR: QT_TRANSLATE_NOOP("StocktakeDialog", "维修中"),
}
FINDING_COLOURS: dict[Finding, str] = {
    Finding.FOUND: "#2e7d32",
    Finding.WRONG_PLACE: "#ef6c00",
    Finding.MISSING: "#c62828",
}
UNEXPECTED_COLOUR = "#6a1b9a"


def finding_text(finding: Finding) -> str:
    """A finding in words."""
    return QCoreApplication.translate("StocktakeDialog", FINDING_LABELS[finding])


class ReconLineModel(QAbstractTableModel):
    """One list of the reconciliation: tag, name, recorded place, place seen / finding;
    the missing list is checkable (tick items seen without scanning their label)."""

    TAG, NAME, RECORDED, DETAIL = range(4)

    def __init__(self, checkable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[ReconLine] = []
        self.checkable = checkable
        self.checked: set[str] = set()

    def set_lines(self, lines: tuple[ReconLine, ...]) -> None:
        """Replace the lines (ticks on tags still listed are kept)."""
        self.beginResetModel()
        self.lines = list(lines)
        self.checked &= {x.asset_tag for x in self.lines}
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:  # override
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # override
        return 0 if parent.isValid() else 4

    def headerData(  # override QAbstractTableModel.headerData
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = [self.tr("资产编号"), self.tr("名称"), self.tr("台账位置"), self.tr("情况")]
            if 0 <= section < len(titles):
                return titles[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:  # override
        base = super().flags(index)
        if self.checkable and index.isValid() and index.column() == self.TAG:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def detail(self, line: ReconLine) -> str:
        """What the 情况 column says."""
        if line.finding is Finding.WRONG_PLACE:
            return self.tr("在 {place} 发现").format(place=line.seen_location or "")
        return finding_text(line.finding)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # override
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.TAG:
                return line.asset_tag
            if col == self.NAME:
                return line.name or ""
            if col == self.RECORDED:
                return line.recorded_location or ""
            if col == self.DETAIL:
                return self.detail(line)
        elif role == Qt.ItemDataRole.CheckStateRole and self.checkable and col == self.TAG:
            return (
                Qt.CheckState.Checked if line.asset_tag in self.checked else Qt.CheckState.Unchecked
            )
        elif role == Qt.ItemDataRole.ForegroundRole and col == self.DETAIL:
            return QBrush(QColor(FINDING_COLOURS.get(line.finding, UNEXPECTED_COLOUR)))
        return None

    def setData(  # override QAbstractTableModel.setData: the tick boxes
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not (
            self.checkable
            and index.isValid()
            and index.column() == self.TAG
            and role == Qt.ItemDataRole.CheckStateRole
        ):
            return False
        tag = self.lines[index.row()].asset_tag
        state = value.value if hasattr(value, "value") else value
        if state == Qt.CheckState.Checked.value:
            self.checked.add(tag)
        else:
            self.checked.discard(tag)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class CloseStocktakeDialog(ServiceDialog):
    """结束盘点: shows the status changes the close will apply, in one service call."""

    LIST_LIMIT = 30

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        recon: Reconciliation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("CloseStocktakeDialog", "结束盘点"), parent)
        self.ctx, self.actor, self.recon = ctx, actor, recon
        self.closed: Reconciliation | None = None
        self.recovered = [x for x in recon.unexpected if x.finding is Finding.FOUND_LOST]
        self.reported = [x for x in recon.unexpected if x.finding is not Finding.FOUND_LOST]
        self.counts_label = QLabel(
            self.tr("应盘 {expected} 件，已扫描 {scanned} 件，相符 {found} 件。").format(
                expected=recon.expected, scanned=recon.scanned, found=recon.found
            )
        )
        self.lost_box = QCheckBox(
            self.tr("将 {n} 件未见装备登记为“遗失”").format(n=len(recon.missing))
        )
        self.lost_box.setChecked(True)
        self.lost_box.setEnabled(bool(recon.missing))
        self.changes = QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setMinimumHeight(220)
        self.form.addRow(self.counts_label)
        self.form.addRow(self.lost_box)
        self.form.addRow(QLabel(self.tr("结束后将一次性写入以下变更：")))
        self.form.addRow(self.changes)
        self.ok_button.setText(self.tr("结束盘点并写入"))
        self.lost_box.toggled.connect(lambda _on: self._describe())
        self._describe()
        self.setMinimumWidth(560)

    def _tags(self, lines: list[ReconLine], fmt: str) -> list[str]:
        out = [
            "  "
            + fmt.format(
                tag=x.asset_tag,
                name=x.name or "",
                seen=x.seen_location or "",
                what=finding_text(x.finding),
            )
            for x in lines[: self.LIST_LIMIT]
        ]
        if len(lines) > self.LIST_LIMIT:
            out.append("  " + self.tr("……另有 {n} 件").format(n=len(lines) - self.LIST_LIMIT))
        return out

    def planned(self) -> dict[str, int]:
        """How many items each change touches: lost, moved, recovered."""
        return {
            "lost": len(self.recon.missing) if self.lost_box.isChecked() else 0,
            "moved": len(self.recon.wrong_place),
            "recovered": len(self.recovered),
        }

    def _describe(self) -> None:
        lines: list[str] = []
        missing = list(self.recon.missing)
        if missing and self.lost_box.isChecked():
            lines.append(self.tr("{n} 件未见 → 状态改为“遗失”：").format(n=len(missing)))
            lines += self._tags(missing, "{tag} {name}")
        elif missing:
            lines.append(self.tr("{n} 件未见，不改状态。").format(n=len(missing)))
        if self.recon.wrong_place:
            lines.append(
                self.tr("{n} 件位置不符 → 存放地点改为发现处：").format(
                    n=len(self.recon.wrong_place)
                )
            )
            lines += self._tags(list(self.recon.wrong_place), "{tag} {name} → {seen}")
        if self.recovered:
            lines.append(self.tr("{n} 件原登记遗失 → 恢复“在库”：").format(n=len(self.recovered)))
            lines += self._tags(self.recovered, "{tag} {name}")
        if self.reported:
            lines.append(self.tr("{n} 件异常仅记录，不改状态：").format(n=len(self.reported)))
            lines += self._tags(self.reported, "{tag} {name}（{what}）")
        if not lines:
            lines.append(self.tr("全部相符，没有需要写入的变更。"))
        self.changes.setPlainText("\n".join(lines))

    def submit(self) -> None:  # override ServiceDialog.submit
        self.closed = st.close_stocktake(
            self.ctx, self.actor, self.recon.session_id, mark_missing_lost=self.lost_box.isChecked()
        )


class StocktakeDialog(QDialog):
    """盘点: start a session or resume the open one; scan; close."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.session: SessionInfo | None = None
        self.recon: Reconciliation | None = None
        self.active_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("装备盘点"))
        self.can_write = actor.can(Permission.MANAGE_EQUIPMENT)

        # -- start page
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("{day} 盘点").format(day=ctx.clock.today().isoformat())
        )
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("全部位置"), None)
        for loc in eq.locations(ctx):
            self.scope_combo.addItem(loc, loc)
        self.start_button = QPushButton(self.tr("开始盘点(&S)"))
        self.start_button.clicked.connect(self.start)
        self.start_button.setEnabled(self.can_write)
        self.start_error = QLabel()
        self.start_error.setStyleSheet(ERROR_STYLE)
        self.start_error.setWordWrap(True)
        self.start_error.hide()
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.history_label.setStyleSheet("color: #666;")
        start_box = QGroupBox(self.tr("开始新的盘点"))
        start_form = QVBoxLayout(start_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("名称")))
        row.addWidget(self.title_edit, 2)
        row.addWidget(QLabel(self.tr("盘点范围")))
        row.addWidget(self.scope_combo, 1)
        row.addWidget(self.start_button)
        start_form.addLayout(row)
        start_form.addWidget(
            QLabel(self.tr("范围内“在库”的装备为应盘装备；扫描到的其他装备按异常列出。"))
        )
        start_form.addWidget(self.start_error)
        start_page = QWidget()
        start_layout = QVBoxLayout(start_page)
        start_layout.addWidget(start_box)
        start_layout.addWidget(self.history_label)
        start_layout.addStretch(1)

        # -- scanning page
        self.session_label = QLabel()
        self.session_label.setStyleSheet("font-weight: bold;")
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scanEdit")
        self.scan_edit.setPlaceholderText(self.tr("扫描资产标签，或输入资产编号后按回车"))
        big = QFont(self.scan_edit.font())
        big.setPointSize(big.pointSize() + 4)
        self.scan_edit.setFont(big)
        self.scan_edit.returnPressed.connect(self.scan)
        self.seen_combo = QComboBox()
        self.seen_combo.setEditable(True)
        self.seen_combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.result_label = QLabel(" ")
        self.result_label.setFont(big)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        counts_font = QFont(self.counts_label.font())
        counts_font.setPointSize(counts_font.pointSize() + 2)
        counts_font.setBold(True)
        self.counts_label.setFont(counts_font)
        self.missing_model = ReconLineModel(checkable=True, parent=self)
        self.unexpected_model = ReconLineModel(parent=self)
        self.wrong_model = ReconLineModel(parent=self)
        self.missing_box, self.missing_view = self._list_box(self.missing_model)
        self.unexpected_box, self.unexpected_view = self._list_box(self.unexpected_model)
        self.wrong_box, self.wrong_view = self._list_box(self.wrong_model)
        self.tick_button = QPushButton(self.tr("勾选项已清点(&K)"))
        self.tick_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tick_button.clicked.connect(self.tick)
        missing_layout = self.missing_box.layout()
        assert missing_layout is not None
        missing_layout.addWidget(self.tick_button)
        self.missing_model.dataChanged.connect(lambda *_: self._update_tick_button())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for box in (self.missing_box, self.wrong_box, self.unexpected_box):
            splitter.addWidget(box)
        splitter.setChildrenCollapsible(False)
        self.close_session_button = QPushButton(self.tr("结束盘点(&E)…"))
        self.close_session_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_session_button.clicked.connect(self.close_session)
        self.scan_error = QLabel()
        self.scan_error.setStyleSheet(ERROR_STYLE)
        self.scan_error.setWordWrap(True)
        self.scan_error.hide()
        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("资产编号")))
        scan_row.addWidget(self.scan_edit, 3)
        scan_row.addWidget(QLabel(self.tr("发现位置")))
        scan_row.addWidget(self.seen_combo, 1)
        scan_page = QWidget()
        scan_layout = QVBoxLayout(scan_page)
        scan_layout.addWidget(self.session_label)
        scan_layout.addLayout(scan_row)
        scan_layout.addWidget(self.result_label)
        scan_layout.addWidget(self.scan_error)
        scan_layout.addWidget(self.counts_label)
        scan_layout.addWidget(splitter, 1)
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        end_row.addWidget(self.close_session_button)
        scan_layout.addLayout(end_row)

        self.stack = QStackedWidget()
        self.stack.addWidget(start_page)
        self.stack.addWidget(scan_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.report_session_id: str | None = None  # the closed session the report is of
        self.report_button = buttons.addButton(
            self.tr("打印对账报告(&P)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.report_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.report_button.setAutoDefault(False)
        self.report_button.clicked.connect(self.print_report)
        self.report_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        self.resize(1240, 660)
        self._load()

    def _list_box(self, model: ReconLineModel) -> tuple[QGroupBox, QTableView]:
        box = QGroupBox()
        view = QTableView()
        view.setModel(model)
        setup_table(view)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicks must not take the scanner's focus
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ReconLineModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((ReconLineModel.TAG, 150), (ReconLineModel.RECORDED, 64)):
            header.resizeSection(col, width)
        header.resizeSection(ReconLineModel.DETAIL, 96)
        if model.checkable:  # the missing list: 情况 would say 未见 on every line
            view.setColumnHidden(ReconLineModel.DETAIL, True)
        lay = QVBoxLayout(box)
        lay.addWidget(view)
        return box, view

    def _load(self) -> None:
        """Resume the open session if there is one, else show the start page."""
        sessions = st.list_stocktakes(self.ctx)
        self.session = next((s for s in sessions if s.closed_at is None), None)
        last = next((s for s in sessions if s.closed_at is not None), None)
        if last is not None:
            self._set_report_session(last.id, last.title)
            self.history_label.setText(
                self.tr("上次盘点：{title}（{scope}），{day} 结束。").format(
                    title=last.title,
                    scope=last.location_scope or self.tr("全部位置"),
                    day=last.closed_at.astimezone().date().isoformat() if last.closed_at else "",
                )
            )
        if self.session is None:
            self.stack.setCurrentIndex(0)
            self.title_edit.setFocus()
            return
        self._show_session()

    def _show_session(self) -> None:
        assert self.session is not None
        self.stack.setCurrentIndex(1)
        scope = self.session.location_scope
        self.session_label.setText(
            self.tr("盘点：{title}　范围：{scope}").format(
                title=self.session.title, scope=scope or self.tr("全部位置")
            )
        )
        self.seen_combo.clear()
        self.seen_combo.addItems(eq.locations(self.ctx))
        self.seen_combo.setCurrentText(scope or "")
        for w in (self.scan_edit, self.tick_button, self.close_session_button):
            w.setEnabled(self.can_write)
        self.reload()
        self.scan_edit.setFocus()

    def start(self) -> None:
        """开始盘点 over the chosen place."""
        self.start_error.hide()
        try:
            self.session = st.open_stocktake(
                self.ctx,
                self.actor,
                self.title_edit.text(),
                location_scope=self.scope_combo.currentData(),
            )
        except DomainError as exc:
            self.start_error.setText(error_text(exc))
            self.start_error.show()
            return
        self._show_session()

    def reload(self) -> None:
        """Re-read the reconciliation and refresh the counts and the three lists."""
        if self.session is None:
            return
        self.recon = st.reconcile(self.ctx, self.session.id)
        r = self.recon
        self.counts_label.setText(
            self.tr(
                "应盘 {expected}　已扫描 {scanned}　相符 {found}　"
                "<span style='color:#c62828'>未见 {missing}</span>　"
                "<span style='color:#ef6c00'>位置不符 {wrong}</span>　"
                "<span style='color:#6a1b9a'>异常 {unexpected}</span>"
            ).format(
                expected=r.expected,
                scanned=r.scanned,
                found=r.found,
                missing=len(r.missing),
                wrong=len(r.wrong_place),
                unexpected=len(r.unexpected),
            )
        )
        self.missing_model.set_lines(r.missing)
        self.unexpected_model.set_lines(r.unexpected)
        self.wrong_model.set_lines(r.wrong_place)
        self.missing_box.setTitle(self.tr("未见 ({n})").format(n=len(r.missing)))
        self.wrong_box.setTitle(self.tr("位置不符 ({n})").format(n=len(r.wrong_place)))
        self.unexpected_box.setTitle(self.tr("异常 ({n})").format(n=len(r.unexpected)))
        self._update_tick_button()

    def _update_tick_button(self) -> None:
        n = len(self.missing_model.checked)
        self.tick_button.setText(self.tr("勾选项已清点 ({n})(&K)").format(n=n))
        self.tick_button.setEnabled(self.can_write and n > 0)

    def _seen(self) -> str | None:
        return self.seen_combo.currentText().strip() or None

    def scan(self) -> None:
        """One scanned tag (the scanner sends Enter): record it, update the lists, keep focus."""
        text = self.scan_edit.text()
        self.scan_edit.clear()
        self.scan_edit.setFocus()
        if self.session is None or not text.strip():
            return
        self.scan_error.hide()
        try:
            result = st.scan_tag(
                self.ctx, self.actor, self.session.id, text, seen_location=self._seen()
            )
        except DomainError as exc:
            self.scan_error.setText(error_text(exc))
            self.scan_error.show()
            return
        what = finding_text(result.finding)
        if result.finding is Finding.WRONG_PLACE:
            what = self.tr("位置不符（台账位置与发现位置不同）")
        if result.name:
            text = self.tr("{tag} {name}：{what}").format(
                tag=result.asset_tag, name=result.name, what=what
            )
        else:
            text = self.tr("{tag}：{what}").format(tag=result.asset_tag, what=what)
        if result.repeated:
            text += self.tr("（重复扫描）")
        colour = FINDING_COLOURS.get(result.finding, UNEXPECTED_COLOUR)
        self.result_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.result_label.setText(text)
        self.reload()

    def tick(self) -> None:
        """勾选项已清点: record the ticked missing items as seen (one service call)."""
        tags = sorted(self.missing_model.checked)
        if self.session is None or not tags:
            return
        try:
            n = st.tick_items(
                self.ctx, self.actor, self.session.id, tags, seen_location=self._seen()
            )
        except DomainError as exc:
            self.scan_error.setText(error_text(exc))
            self.scan_error.show()
            return
        self.result_label.setStyleSheet(OK_STYLE + " font-weight: bold;")
        self.result_label.setText(self.tr("已勾选清点 {n} 件").format(n=n))
        self.missing_model.checked.clear()
        self.reload()
        self.scan_edit.setFocus()

    def close_session(self) -> None:
        """结束盘点…: the confirmation listing the changes; OK applies them."""
        if self.session is None:
            return
        self.reload()
        assert self.recon is not None
        dialog = CloseStocktakeDialog(self.ctx, self.actor, self.recon, self)
        self.active_dialog = dialog
        dialog.accepted.connect(lambda: self._closed(dialog))
        dialog.rejected.connect(self.scan_edit.setFocus)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _closed(self, dialog: CloseStocktakeDialog) -> None:
        closed = dialog.closed
        applied = closed.applied if closed and closed.applied else {}
        self.session = None
        self.recon = closed
        self.result_label.setStyleSheet(OK_STYLE + " font-weight: bold;")
        self.result_label.setText(
            self.tr(
                "盘点已结束：{lost} 件登记遗失，{moved} 件更新位置，{recovered} 件恢复在库。"
            ).format(
                lost=applied.get("lost", 0),
                moved=applied.get("moved", 0),
                recovered=applied.get("recovered", 0),
            )
        )
        for w in (self.scan_edit, self.tick_button, self.close_session_button):
            w.setEnabled(False)
        if closed is not None:
            self._set_report_session(closed.session_id, closed.title)

    def _set_report_session(self, session_id: str, title: str) -> None:
        self.report_session_id = session_id
        self.report_button.setEnabled(True)
        self.report_button.setToolTip(self.tr("打印“{title}”的对账报告").format(title=title))

    def print_report(self) -> None:
        """打印对账报告: the reconciliation report of the last closed session, in the preview."""
        from ui.pdf_outputs import preview_pdf

        session_id = self.report_session_id
        if session_id is None:
            return
        ctx = self.ctx

        def failed(text: str) -> None:
            self.scan_error.setText(text)
            self.scan_error.show()
            self.start_error.setText(text)
            self.start_error.show()

        preview_pdf(
            self,
            lambda: st.stocktake_report_pdf(ctx, session_id),
            self.tr("装备盘点对账报告"),
            self.tr("装备盘点对账报告-{day}.pdf").format(day=ctx.clock.today()),
            on_error=failed,
        )
