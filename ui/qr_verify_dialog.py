"""一案一码 verifier: paste (or scan with a keyboard-wedge scanner) the QR text, get the verdict
in Chinese — valid / tampered / unknown township / not a code — offline, with the public keys
this store knows (app.services.public_keys)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import label_text

COLOURS = {"valid": "#1b7f3a", "tampered": "#b00020", "unknown_township": "#a15c00",
           "malformed": "#b00020"}


class QrVerifyDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("一案一码核验"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("粘贴或扫描二维码内容（以 SD1. 开头）：")))
        self.input = QPlainTextEdit()
        self.input.setPlaceholderText("SD1.…")
        layout.addWidget(self.input, 1)
        self.verify_button = QPushButton(self.tr("核验"))
        layout.addWidget(self.verify_button)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(self.result.textInteractionFlags()
                                            | self.result.textInteractionFlags().TextSelectableByMouse)
        layout.addWidget(self.result, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.verify_button.clicked.connect(self.verify)
        self.status: str | None = None

    def ask(self) -> int:
        return int(self.exec())

    def verify(self) -> str:
        from app.services import public_keys

        verdict = public_keys.verify_qr(self.ctx, self.input.toPlainText())
        self.status = verdict.status.value
        lines = [label_text(line) if i == 0 else line
                 for i, line in enumerate(public_keys.verdict_lines(verdict))]
        colour = COLOURS.get(self.status, "#000")
        head = f'<p style="color:{colour};font-weight:bold">{lines[0]}</p>'
        rest = "<br/>".join(lines[1:])
        self.result.setText(head + rest)
        return self.status
