"""The request buttons under the case detail's 期限 tab: 征求部门意见… / 登记部门意见… / 安排听证…
(and, when one is open, 登记听证通知送达… / 登记结果反馈…). Each opens a small ActionDialog
running one app.services.case_requests call; `changed` fires after a saved form."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.context import Actor, AppContext
from app.rules.deadlines import Deadline
from app.rules.roles import Permission
from app.rules.workflow import Status
from app.services import case_requests
from ui.pages._forms import DATE_FORMAT, FormRefused, from_qdate, to_qdate


class CaseRequestsBar(QWidget):
    """Buttons opening the opinion / hearing / feedback forms of one case."""

    changed = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, case_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.case_id = ctx, actor, case_id
        self.active_dialog: QWidget | None = None
        self.request_button = QPushButton(self.tr("征求部门意见…"))
        self.opinion_button = QPushButton(self.tr("登记部门意见…"))
        self.hearing_button = QPushButton(self.tr("安排听证…"))
        self.notice_button = QPushButton(self.tr("登记听证通知送达…"))
        self.feedback_button = QPushButton(self.tr("登记结果反馈…"))
        self.request_button.clicked.connect(self.request_opinion)
        self.opinion_button.clicked.connect(self.record_opinion)
        self.hearing_button.clicked.connect(self.schedule_hearing)
        self.notice_button.clicked.connect(self.notice_served)
        self.feedback_button.clicked.connect(self.record_feedback)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for b in (self.request_button, self.opinion_button, self.hearing_button,
                  self.notice_button, self.feedback_button):
            row.addWidget(b)
        row.addStretch(1)
        self.refresh()

    # -- state ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the buttons that apply to the case now."""
        can = self.actor.can(Permission.HANDLE_CASES)
        state = case_requests.request_state(self.ctx, self.case_id)
        status = state.status
        kinds = state.open_kinds
        live = status not in (None, Status.CLOSED, Status.ARCHIVED)
        self.request_button.setVisible(can and live)
        self.opinion_button.setVisible(can and live
                                       and Deadline.DEPARTMENT_OPINION.value in kinds)
        self.hearing_button.setVisible(can and status is Status.HEARING)
        self.notice_button.setVisible(can and Deadline.HEARING_NOTICE.value in kinds)
        self.feedback_button.setVisible(can and Deadline.FEEDBACK.value in kinds)
        self.setVisible(can)

    # -- forms ------------------------------------------------------------------------------
    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(to_qdate(self.ctx.clock.today()))
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    @staticmethod
    def _text_box() -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(64)
        return box

    def _open(self, dialog: QWidget) -> QWidget:
        self.active_dialog = dialog
        dialog.accepted.connect(self._saved)  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def request_opinion(self) -> QWidget:
        """征求部门意见: department, subject, date of the request (5 working days)."""
        from ui.pages.case_detail import ActionDialog

        department, subject, day = QLineEdit(), self._text_box(), self._date_edit()
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("征求部门意见"), lambda _d: case_requests
                              .request_department_opinion(ctx, actor, case_id, department.text(),
                                                          subject.toPlainText(),
                                                          from_qdate(day.date())), self)
        dialog.add(self.tr("部门"), department, "department")
        dialog.add(self.tr("征求事项"), subject, "subject")
        dialog.add(self.tr("征求日期"), day, "requested_on")
        dialog.add("", QLabel(self.tr("部门应在 5 个工作日内书面答复。")))
        dialog.department_edit = department  # type: ignore[attr-defined]
        dialog.subject_edit = subject  # type: ignore[attr-defined]
        dialog.day_edit = day  # type: ignore[attr-defined]
        return self._open(dialog)

    def record_opinion(self) -> QWidget:
        """登记部门意见 against the earliest open request."""
        from ui.pages.case_detail import ActionDialog

        day, summary = self._date_edit(), self._text_box()
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("登记部门意见"), lambda _d: case_requests
                              .record_department_opinion(ctx, actor, case_id, None,
                                                         from_qdate(day.date()),
                                                         summary.toPlainText()), self)
        dialog.add(self.tr("收到日期"), day, "received_on")
        dialog.add(self.tr("意见摘要"), summary, "summary")
        dialog.day_edit = day  # type: ignore[attr-defined]
        dialog.summary_edit = summary  # type: ignore[attr-defined]
        return self._open(dialog)

    def schedule_hearing(self) -> QWidget:
        """安排听证: the hearing date (≥ 7 working days after the notice; the service checks)."""
        from ui.pages.case_detail import ActionDialog

        day = self._date_edit()
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("安排听证"), lambda _d: case_requests.schedule_hearing(
            ctx, actor, case_id, from_qdate(day.date())), self)
        dialog.add(self.tr("听证日期"), day, "hearing_on")
        dialog.add("", QLabel(self.tr("听证通知须在举行听证的 7 个工作日前送达当事人。")))
        dialog.day_edit = day  # type: ignore[attr-defined]
        return self._open(dialog)

    def notice_served(self) -> QWidget:
        """登记听证通知送达."""
        from ui.pages.case_detail import ActionDialog

        day = self._date_edit()
        ctx, actor, case_id = self.ctx, self.actor, self.case_id
        dialog = ActionDialog(self.tr("登记听证通知送达"), lambda _d: case_requests
                              .record_hearing_notice_served(ctx, actor, case_id,
                                                            from_qdate(day.date())), self)
        dialog.add(self.tr("送达日期"), day, "served_on")
        dialog.day_edit = day  # type: ignore[attr-defined]
        return self._open(dialog)

    def record_feedback(self) -> QWidget:
        """登记结果反馈 of the transfer whose feedback falls due first."""
        from ui.pages.case_detail import ActionDialog

        day, summary = self._date_edit(), self._text_box()
        ctx, actor = self.ctx, self.actor
        transfer_id = case_requests.request_state(ctx, self.case_id).feedback_transfer_id

        def run(_d: ActionDialog) -> object:
            if transfer_id is None:
                raise FormRefused(self.tr("没有待反馈的移送。"), "")
            case_requests.record_feedback(ctx, actor, transfer_id,
                                          from_qdate(day.date()), summary.toPlainText())
            return None

        dialog = ActionDialog(self.tr("登记结果反馈"), run, self)
        dialog.add(self.tr("收到日期"), day, "received_on")
        dialog.add(self.tr("反馈内容"), summary, "summary")
        dialog.day_edit = day  # type: ignore[attr-defined]
        dialog.summary_edit = summary  # type: ignore[attr-defined]
        return self._open(dialog)
