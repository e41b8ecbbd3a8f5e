"""导入培训记录: an online platform's attendance export (xlsx) previewed row by row; rows it
could not read are listed by row number with the reason, and only an explicit confirmation
imports the good rows (one transaction: all of them or nothing)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.training import (
    CATEGORY_LABELS,
    MODE_LABELS,
    ORGANISER_LABELS,
    OrganiserLevel,
    TrainingCategory,
    TrainingMode,
)
from app.services import training_import
from app.services.training_import import (
    ROW_STATUS_LABELS,
    ImportOptions,
    ImportPreview,
    ImportResult,
)
from ui import tasks
from ui.errors import error_text
from ui.pages._forms import ERROR_STYLE, OK_STYLE, fit_columns, label, setup_table
from ui.widgets import BusyBar

log = logging.getLogger(__name__)


def _combo(items: Mapping[Any, str], current: object) -> QComboBox:
    combo = QComboBox()
    for value, text in items.items():
        combo.addItem(label(text), value)
    combo.setCurrentIndex(combo.findData(current))
    return combo


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    setup_table(table)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(i, j, item)
    fit_columns(table, maximum=360)


class TrainingImportDialog(QDialog):
    """Preview of one attendance export; 导入 writes only after the bad rows are acknowledged."""

    previewed = Signal(object)  # ImportPreview or the exception
    imported = Signal(object)  # ImportResult

    @classmethod
    def ask_path(cls, parent: QWidget | None) -> Path | None:
        """Let the user choose the xlsx file (blocks; tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("TrainingImportDialog", "选择学习平台导出的学习记录"),
            "",
            QCoreApplication.translate("TrainingImportDialog", "Excel 工作簿 (*.xlsx)"),
        )
        return Path(path) if path else None

    def __init__(
        self, ctx: AppContext, actor: Actor, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.path = ctx, actor, path
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("导入培训记录：{name}").format(name=path.name))

        defaults = ImportOptions()
        self.level_combo = _combo(ORGANISER_LABELS, defaults.organiser_level)
        self.category_combo = _combo(CATEGORY_LABELS, defaults.category)
        self.mode_combo = _combo(MODE_LABELS, defaults.mode)
        self.concentrated_box = QCheckBox(self.tr("集中培训"))
        self.concentrated_box.setChecked(defaults.concentrated)
        for w in (self.level_combo, self.category_combo, self.mode_combo):
            w.currentIndexChanged.connect(lambda _i: self.start_preview())
        self.concentrated_box.toggled.connect(lambda _on: self.start_preview())

        self.busy = BusyBar()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-weight: bold;")
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #555;")
        self.notes_label.hide()

        self.bad_table = _table(
            [
                self.tr("行号"),
                self.tr("姓名"),
                self.tr("课程名称"),
                self.tr("问题"),
                self.tr("说明"),
            ]
        )
        self.good_table = _table(
            [
                self.tr("行号"),
                self.tr("姓名"),
                self.tr("课程名称"),
                self.tr("学时"),
                self.tr("完成时间"),
            ]
        )
        self.plan_table = _table(
            [
                self.tr("培训名称"),
                self.tr("年度"),
                self.tr("类别"),
                self.tr("日期"),
                self.tr("登记为"),
                self.tr("人次"),
            ]
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.bad_table, "")
        self.tabs.addTab(self.good_table, "")
        self.tabs.addTab(self.plan_table, "")

        self.confirm_box = QCheckBox()
        self.confirm_box.setObjectName("confirmBadRows")
        self.confirm_box.hide()
        self.confirm_box.toggled.connect(lambda _on: self._update_buttons())
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("新建培训登记为：组织层级")))
        options.addWidget(self.level_combo)
        options.addWidget(QLabel(self.tr("类别（文件未注明时）")))
        options.addWidget(self.category_combo)
        options.addWidget(QLabel(self.tr("形式")))
        options.addWidget(self.mode_combo)
        options.addWidget(self.concentrated_box)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(980, 600)
        self._update_buttons()

    def options(self) -> ImportOptions:
        """How the trainings the import creates are classified."""
        return ImportOptions(
            organiser_level=OrganiserLevel(self.level_combo.currentData()),
            category=TrainingCategory(self.category_combo.currentData()),
            mode=TrainingMode(self.mode_combo.currentData()),
            concentrated=self.concentrated_box.isChecked(),
        )

    def working(self) -> bool:
        """A preview or the import is running."""
        return self.busy.isVisible()

    # --- preview ---------------------------------------------------------------------------

    def start_preview(self) -> None:
        """Read the file on the thread pool (writes nothing); results replace the tables."""
        self._generation += 1
        generation = self._generation
        self.preview = None
        self.error_label.hide()
        self.summary_label.setText(self.tr("正在读取文件…"))
        self.busy.show()
        self._update_buttons()
        ctx, actor, path, options = self.ctx, self.actor, self.path, self.options()
        tasks.run_in_background(
            lambda: training_import.preview_import(ctx, actor, path, options),
            lambda p: self._previewed(generation, p),
            lambda exc: self._preview_failed(generation, exc),
        )

    def _previewed(self, generation: int, preview: ImportPreview) -> None:
        if generation != self._generation:
            return  # an older preview (options changed meanwhile)
        self.busy.hide()
        self.show_preview(preview)
        self.previewed.emit(preview)

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        if not isinstance(exc, DomainError):
            log.error("Import preview failed", exc_info=exc)
        self.summary_label.setText(self.tr("文件无法读取，未导入任何数据。"))
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self._update_buttons()
        self.previewed.emit(exc)

    def show_preview(self, preview: ImportPreview) -> None:
        """Fill the summary and the three tables from `preview`."""
        self.preview = preview
        good, bad = preview.ok_rows, preview.bad_rows
        self.summary_label.setText(
            self.tr(
                "工作表“{sheet}”，表头在第 {header} 行；共 {total} 行："
                "可导入 {good} 行，无法导入 {bad} 行。"
            ).format(
                sheet=preview.sheet,
                header=preview.header_row,
                total=len(preview.rows),
                good=len(good),
                bad=len(bad),
            )
        )
        self.summary_label.setStyleSheet("font-weight: bold;" + (ERROR_STYLE if bad else OK_STYLE))
        self.notes_label.setText("\n".join(preview.notes))
        self.notes_label.setVisible(bool(preview.notes))
        _fill(
            self.bad_table,
            [
                [
                    str(r.row_number),
                    r.name,
                    r.course,
                    label(ROW_STATUS_LABELS[r.status]),
                    r.reason,
                ]
                for r in bad
            ],
        )
        _fill(
            self.good_table,
            [
                [
                    str(r.row_number),
                    r.name,
                    r.course,
                    r.units_text,
                    r.completed_on.isoformat() if r.completed_on else "",
                ]
                for r in good
            ],
        )
        _fill(
            self.plan_table,
            [
                [
                    t.title,
                    str(t.year),
                    label(CATEGORY_LABELS[t.category]),
                    t.start_date.isoformat()
                    + ("" if t.end_date == t.start_date else " ~ " + t.end_date.isoformat()),
                    self.tr("新建培训") if t.event_id is None else self.tr("已有培训"),
                    str(t.rows),
                ]
                for t in preview.trainings
            ],
        )
        self.tabs.setTabText(0, self.tr("无法导入（{n}）").format(n=len(bad)))
        self.tabs.setTabText(1, self.tr("可导入（{n}）").format(n=len(good)))
        self.tabs.setTabText(2, self.tr("将登记的培训（{n}）").format(n=len(preview.trainings)))
        self.tabs.setCurrentIndex(0 if bad else 1)
        self.confirm_box.setChecked(False)
        self.confirm_box.setText(
            self.tr("我已核对上面 {bad} 行无法导入的原因，只导入其余 {good} 行").format(
                bad=len(bad), good=len(good)
            )
        )
        self.confirm_box.setVisible(bool(bad) and bool(good))
        self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.preview
        n = len(p.ok_rows) if p is not None else 0
        self.import_button.setText(self.tr("导入 {n} 行").format(n=n) if n else self.tr("导入"))
        ready = (
            p is not None
            and not self.working()
            and n > 0
            and (not p.bad_rows or self.confirm_box.isChecked())
        )
        self.import_button.setEnabled(ready)

    # --- import ----------------------------------------------------------------------------

    def start_import(self) -> None:
        """Write the good rows (all or nothing) on the thread pool."""
        p = self.preview
        if p is None or self.working():
            return
        accept = self.confirm_box.isChecked()
        self.error_label.hide()
        self.busy.show()
        self._update_buttons()
        ctx, actor = self.ctx, self.actor
        tasks.run_in_background(
            lambda: training_import.commit_import(ctx, actor, p, accept_bad_rows=accept),
            self._imported,
            self._import_failed,
        )

    def _imported(self, result: ImportResult) -> None:
        self.busy.hide()
        self.import_result = result
        self.imported.emit(result)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        if not isinstance(exc, DomainError):
            log.error("Import failed", exc_info=exc)
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self._update_buttons()

    def result_text(self) -> str:
        """What the import wrote, for the page's status line."""
        r = self.import_result
        if r is None:
            return ""
        return self.tr(
            "已导入 {n} 条培训记录（新建培训 {created} 个，沿用 {reused} 个），跳过 {skipped} 行。"
        ).format(
            n=r.attendances,
            created=r.trainings_created,
            reused=r.trainings_reused,
            skipped=r.skipped_rows,
        )
