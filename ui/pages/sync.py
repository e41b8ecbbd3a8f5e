"""同步: the county connection and enrolment state, pending rows, 立即同步 / 重试 / 取消 with the
progress of a long first sync, the sync history and the versions kept for review (read-only).

The page drives the main window's SyncWorker (`set_worker`); without one (a page opened on its
own) the buttons stay disabled.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.sync import SYNC_OUTCOME_LABELS, SYNC_TRIGGER_LABELS, SyncOutcome
from app.services import sync_runs
from app.services.sync_runs import ConflictInfo, SyncOverview
from app.sync.client import SyncCancelled
from app.sync.runs import SyncRunInfo
from ui.errors import error_text
from ui.pages._forms import TitledTableModel, fit_columns, label, local_time_text, setup_table
from ui.widgets import ErrorLabel

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RED = "#c62828"
GREEN = "#2e7d32"
GREY = "#666666"


class RunsModel(TitledTableModel):
    """The sync history, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[SyncRunInfo] = []

    def set_runs(self, runs: list[SyncRunInfo]) -> None:
        self.beginResetModel()
        self.runs = runs
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.runs)

    def column_titles(self) -> list[str]:
        return [
            self.tr("开始时间"),
            self.tr("结束时间"),
            self.tr("触发"),
            self.tr("结果"),
            self.tr("上传"),
            self.tr("下载"),
            self.tr("冲突"),
            self.tr("错误信息"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # override
        if not index.isValid() or index.row() >= len(self.runs):
            return None
        r = self.runs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                local_time_text(r.started_at),
                local_time_text(r.finished_at),
                label(SYNC_TRIGGER_LABELS.get(r.trigger, r.trigger)),
                label(SYNC_OUTCOME_LABELS[r.outcome]),
                str(r.pushed),
                str(r.pulled),
                str(r.conflicts),
                r.error or "",
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            colour = {SyncOutcome.OK: GREEN, SyncOutcome.ERROR: RED}.get(r.outcome, GREY)
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole and col == 7 and r.error:
            return f"{r.error}\n{r.error_detail or ''}".strip()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ConflictsModel(TitledTableModel):
    """Versions kept for review: lost conflicts and rows the county refused (read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConflictInfo] = []

    def set_rows(self, rows: list[ConflictInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def column_titles(self) -> list[str]:
        return [self.tr("时间"), self.tr("类型"), self.tr("数据表"), self.tr("记录"), self.tr("原因")]

    def kind_text(self, kind: str) -> str:
        return {
            "conflict": self.tr("冲突（未采用的版本）"),
            "rejected": self.tr("县局拒收"),
            "awaiting_attachment": self.tr("等待附件"),
        }.get(kind, kind)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # override
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        c = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                local_time_text(c.detected_at),
                self.kind_text(c.kind),
                c.entity,
                f"{c.row_id} v{c.losing_version}",
                c.reason,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return c.reason
        return None


class SyncPage(QWidget):
    """County sync for users with Permission.SYNC."""

    synced = Signal()  # a sync ended (the history was re-read)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.worker: Any = None  # ui.sync_worker.SyncWorker
        self.overview: SyncOverview | None = None

        self.county_label = QLabel()
        self.county_label.setWordWrap(True)
        self.county_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pending_label = QLabel()
        self.schedule_label = QLabel()
        self.schedule_label.setStyleSheet(f"color: {GREY};")
        self.sync_button = QPushButton(self.tr("立即同步"))
        self.sync_button.clicked.connect(self.sync_now)
        self.retry_button = QPushButton(self.tr("重试"))
        self.retry_button.setToolTip(self.tr("再次同步所选的（或最近一次）失败的同步"))
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumHeight(18)
        self.progress_label = QLabel()
        self.message = ErrorLabel()

        buttons = QHBoxLayout()
        for w in (self.sync_button, self.retry_button, self.cancel_button):
            buttons.addWidget(w)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.progress_label)
        buttons.addStretch()

        self.runs_model = RunsModel(self)
        self.runs_view = QTableView()
        self.runs_view.setModel(self.runs_model)
        setup_table(self.runs_view)
        self.runs_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        runs_box = QGroupBox(self.tr("同步记录"))
        QVBoxLayout(runs_box).addWidget(self.runs_view)

        self.conflicts_model = ConflictsModel(self)
        self.conflicts_view = QTableView()
        self.conflicts_view.setModel(self.conflicts_model)
        setup_table(self.conflicts_view)
        self.conflicts_box = QGroupBox(self.tr("待核对的冲突与拒收记录"))
        conflicts_lay = QVBoxLayout(self.conflicts_box)
        note = QLabel(self.tr("未采用的版本和县局拒收的记录保存在本机，供核对；此处只读。"))
        note.setStyleSheet(f"color: {GREY};")
        conflicts_lay.addWidget(note)
        conflicts_lay.addWidget(self.conflicts_view)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(runs_box)
        split.addWidget(self.conflicts_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        title = QLabel(self.tr("县局同步"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.county_label)
        lay.addWidget(self.pending_label)
        lay.addWidget(self.schedule_label)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)
        self.refresh()

    def page_title(self) -> str:
        """Navigation title."""
        return self.tr("同步")

    # -- the worker -----------------------------------------------------------------------
    def set_worker(self, worker: Any) -> None:
        """Drive `worker` (ui.sync_worker.SyncWorker) from this page."""
        self.worker = worker
        worker.started.connect(self._sync_started)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._sync_finished)
        worker.state_changed.connect(self._show_schedule)
        self._update_buttons()
        self._show_schedule()

    def running(self) -> bool:
        """A sync is running."""
        return self.worker is not None and self.worker.running

    def sync_now(self) -> None:
        """立即同步."""
        self.message.clear_message()
        if self.worker is not None:
            self.worker.sync_now("manual")

    def retry(self) -> None:
        """重试: the selected attempt (or the newest) again."""
        self.message.clear_message()
        run = self.selected_run() or (self.runs_model.runs[0] if self.runs_model.runs else None)
        if self.worker is None:
            return
        if run is None:
            self.worker.sync_now("manual")
        else:
            self.worker.retry(run.id)

    def cancel(self) -> None:
        """取消: stop after the current batch; what the county acknowledged stays done."""
        if self.worker is not None and self.worker.running:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("正在取消…"))

    def _sync_started(self, _trigger: str) -> None:
        self.message.clear_message()
        self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.progress.setVisible(True)
        self.progress_label.setText(self.tr("同步中…"))
        self._update_buttons()

    def _progress(self, phase: str, done: int, total: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress_label.setText(
            self.tr("{phase} {done}/{total} 行").format(
                phase=self.phase_text(phase), done=done, total=total
            )
        )

    def phase_text(self, phase: str) -> str:
        """The engine's progress phase (上传 / 下载) translated."""
        return {"上传": self.tr("上传"), "下载": self.tr("下载")}.get(phase, phase)

    def _sync_finished(self, result: object) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress.setVisible(False)
        self.progress_label.clear()
        if isinstance(result, SyncCancelled):
            self.message.show_message(self.tr("同步已取消；已上传并被县局确认的数据不受影响。"))
        elif isinstance(result, BaseException):
            self.message.show_message(error_text(result))
        self.refresh()
        self.synced.emit()

    # -- display --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the enrolment state, pending rows, history and conflicts."""
        ov = self.overview = sync_runs.overview(self.ctx)
        if ov.enrolled:
            self.county_label.setText(
                self.tr("已登记到县局：{url}（{name}，设备 {device}）").format(
                    url=ov.county_url, name=ov.township_name or "—", device=ov.device_id
                )
            )
            self.county_label.setStyleSheet("")
        else:
            self.county_label.setText(
                self.tr("本机尚未登记到县局：请管理员在“设置 → 县局连接”中输入县局地址和登记码。")
            )
            self.county_label.setStyleSheet(f"color: {GREY};")
        self.pending_label.setText(
            self.tr("待上传：{n} 行；上次成功同步：{at}；待核对：{c} 条").format(
                n=ov.pending,
                at=local_time_text(ov.last_success) or self.tr("无"),
                c=ov.open_conflicts,
            )
        )
        try:
            self.runs_model.set_runs(sync_runs.history(self.ctx, self.actor))
            self.conflicts_model.set_rows(sync_runs.conflicts(self.ctx, self.actor))
        except DomainError as exc:
            self.message.show_message(error_text(exc))
        fit_columns(self.runs_view)
        fit_columns(self.conflicts_view)
        self._update_buttons()
        self._show_schedule()

    def _show_schedule(self) -> None:
        w = self.worker
        if w is None or self.overview is None or not self.overview.enrolled:
            self.schedule_label.setText("")
        elif w.running:
            self.schedule_label.setText(self.tr("同步中…"))
        elif w.stopped:
            self.schedule_label.setText(
                self.tr("自动同步已停止：请处理上面的错误后点“立即同步”或“重试”。")
            )
        elif w.next_delay_s is not None:
            after = self.delay_text(w.next_delay_s)
            text = (
                self.tr("连续失败 {n} 次，{after}后自动重试。").format(n=w.failures, after=after)
                if w.failures
                else self.tr("{after}后自动同步。").format(after=after)
            )
            self.schedule_label.setText(text)
        else:
            self.schedule_label.setText("")
        self._update_buttons()

    def delay_text(self, delay_s: int) -> str:
        """"30 秒", "5 分钟", "1 分 30 秒"."""
        minutes, seconds = divmod(delay_s, 60)
        if minutes and seconds:
            return self.tr("{m} 分 {s} 秒").format(m=minutes, s=seconds)
        if minutes:
            return self.tr("{m} 分钟").format(m=minutes)
        return self.tr("{s} 秒").format(s=seconds)

    def _update_buttons(self) -> None:
        enrolled = self.overview is not None and self.overview.enrolled
        ready = self.worker is not None and enrolled and not self.running()
        self.sync_button.setEnabled(ready)
        self.retry_button.setEnabled(ready and bool(self.runs_model.runs))
        self.cancel_button.setEnabled(self.running())

    def selected_run(self) -> SyncRunInfo | None:
        """The attempt selected in the history."""
        rows = self.runs_view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.runs_model.runs):
            return None
        return self.runs_model.runs[rows[0].row()]
