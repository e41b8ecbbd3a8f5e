"""设置 → 县局连接 (administrators): county URL, optional county CA file (.pem), one-time
enrolment code and 登记本机, which spends the code off the GUI thread; the device token goes
to the OS keyring only."""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError
from app.services import sync_runs
from app.sync.client import EnrolResult
from ui import tasks
from ui.errors import error_text
from ui.widgets import BusyBar, ErrorLabel

log = logging.getLogger(__name__)

_CTX = "CountyConnectionBox"


class CountyConnectionBox(QGroupBox):
    """The 县局连接 group of the settings page."""

    enrolled = Signal(object)  # EnrolResult

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("县局连接"))
        self.ctx = ctx
        self.actor = actor
        self.busy = False

        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://县局服务器地址"))
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("可不填；县局使用自建证书时选择其 CA 证书（.pem）"))
        self.browse_button = QPushButton(self.tr("选择…"))
        self.browse_button.clicked.connect(self.choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.browse_button)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("县局管理员提供的一次性登记码"))
        self.enrol_button = QPushButton(self.tr("登记本机"))
        self.enrol_button.clicked.connect(self.enrol)
        self.progress = BusyBar()
        self.error = ErrorLabel()
        self.done_label = QLabel()
        self.done_label.setStyleSheet("color: #2e7d32;")
        self.done_label.setWordWrap(True)
        hint = QLabel(
            self.tr("登记后，设备令牌只保存在系统钥匙串中；本机会在启动时和每隔几分钟自动与县局同步。")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        form = QFormLayout(self)
        form.addRow(self.state_label)
        form.addRow(self.tr("县局服务器地址"), self.url)
        form.addRow(self.tr("县局 CA 证书"), ca_row)
        form.addRow(self.tr("登记码"), self.code)
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addWidget(self.progress, 1)
        row.addStretch()
        form.addRow(row)
        form.addRow(self.error)
        form.addRow(self.done_label)
        form.addRow(hint)
        self.refresh()

    def refresh(self) -> None:
        """Show the stored county URL, CA file and enrolment state."""
        ov = sync_runs.overview(self.ctx)
        if ov.enrolled:
            self.state_label.setText(
                self.tr("本机已登记到县局（{name}，设备 {device}）。重新登记需要新的登记码。").format(
                    name=ov.township_name or "—", device=ov.device_id
                )
            )
        else:
            self.state_label.setText(self.tr("本机尚未登记到县局，数据只保存在本机。"))
        if ov.county_url and not self.url.text().strip():
            self.url.setText(ov.county_url)
        if ov.ca_file and not self.ca_file.text().strip():
            self.ca_file.setText(ov.ca_file)

    @classmethod
    def ask_ca_file(cls, parent: QWidget) -> str:
        """The county CA certificate to trust (tests replace this)."""
        path, _f = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate(_CTX, "选择县局 CA 证书"),
            str(Path.home()),
            QCoreApplication.translate(_CTX, "PEM 证书 (*.pem *.crt);;所有文件 (*)"),
        )
        return path

    def choose_ca_file(self) -> None:
        """选择…: pick the CA file."""
        path = self.ask_ca_file(self)
        if path:
            self.ca_file.setText(str(Path(path)))

    def message_for(self, exc: BaseException) -> str:
        """A clear Chinese message for what stopped the enrolment."""
        code = exc.code if isinstance(exc, DomainError) else ""
        if code == "bad_county_url":
            return self.tr("县局服务器地址无效：请填写完整地址，如 https://county.example.cn")
        if code == "insecure_county_url":
            return self.tr(
                "县局服务器必须使用 https:// 地址（只有本机测试地址 127.0.0.1 / localhost 可用 http）。"
            )
        if code == "county_bad_enrolment_code":
            return self.tr("登记码无效、已使用或已过期：请向县局管理员申请新的登记码。")
        if code == "keyring_unavailable":
            return self.tr(
                "本机没有可用的系统钥匙串（Windows 凭据管理器、macOS 钥匙串或 Linux 的 Secret Service），"
                "设备令牌无法安全保存，登记未进行，登记码未被使用。"
            ) + "\n" + error_text(exc)
        if code == "county_unreachable":
            return self.tr("无法连接县局服务器：请检查地址、网络和防火墙后再试。") + "\n" + error_text(exc)
        if code == "ca_file_missing":
            return self.tr("县局 CA 证书文件不存在：{path}").format(path=self.ca_file.text())
        if isinstance(exc, DomainError):
            return error_text(exc)
        return self.tr("登记失败：{detail}").format(detail=str(exc) or type(exc).__name__)

    def enrol(self) -> None:
        """登记本机: spend the code off the GUI thread."""
        if self.busy:
            return
        self.error.clear_message()
        self.done_label.clear()
        url, code, ca = self.url.text().strip(), self.code.text().strip(), self.ca_file.text().strip()
        if not url:
            self.error.show_message(self.tr("请填写县局服务器地址。"))
            self.url.setFocus()
            return
        if not code:
            self.error.show_message(self.tr("请填写登记码。"))
            self.code.setFocus()
            return
        if ca and not Path(ca).is_file():
            self.error.show_message(self.tr("县局 CA 证书文件不存在：{path}").format(path=ca))
            return
        self._set_busy(True)
        ctx, actor = self.ctx, self.actor
        tasks.run_in_background(
            lambda: sync_runs.enrol(ctx, actor, url, code, ca_file=ca or None),
            self._enrolled,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for w in (self.enrol_button, self.url, self.code, self.ca_file, self.browse_button):
            w.setEnabled(not busy)

    def _enrolled(self, result: EnrolResult) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.code.clear()
        log.info("Enrolled with the county (device %s)", result.device_id)
        self.done_label.setText(
            self.tr("已登记到县局：{name}（{code}），设备 {device}。").format(
                name=result.township_name, code=result.township_code, device=result.device_id
            )
        )
        self.refresh()
        self.enrolled.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if not isinstance(exc, DomainError):
            log.error("Enrolment failed", exc_info=exc)
        self.error.show_message(self.message_for(exc))
