"""设置: the interface language (everyone), the township details and the seals (印章管理,
administrators)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.documents import seal as seals
from app.errors import DomainError, ValidationError
from app.rules.roles import Permission
from app.services import setup
from ui.errors import error_text
from ui.pages._forms import local_time_text
from ui.pages.settings_county import CountyConnectionBox
from ui.settings import Settings
from ui.widgets import ErrorLabel, with_error

log = logging.getLogger(__name__)

FORM_WIDTH = 640  # px: forms stay readable on wide screens
SHA_PREFIX = 12  # hex characters of the seal's sha256 shown in the list


class SettingsPage(QWidget):
    """Language choice, applied at the next start; township form for administrators."""

    township_changed = Signal(object)  # setup.TownshipInfo

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.settings = settings or Settings()

        lang_box = QGroupBox(self.tr("界面语言"))
        self.language = QComboBox()
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(self.tr("更改语言后，重新启动程序生效。"))
        self.language_note.setStyleSheet("color: #555;")
        lang_form = QFormLayout(lang_box)
        lang_form.addRow(self.tr("语言"), self.language)
        lang_form.addRow(self.language_note)

        lang_box.setMaximumWidth(FORM_WIDTH)
        # The groups scroll: on 1366×768 screens they are taller than the page.
        content = QWidget()
        lay = QVBoxLayout(content)
        lay.addWidget(lang_box)

        self.township_box: QGroupBox | None = None
        if actor.can(Permission.MANAGE_SETTINGS):
            self.township_box = QGroupBox(self.tr("乡镇与执法队"))
            self.name = QLineEdit()
            self.squad = QLineEdit()
            self.prefix = QLineEdit()
            self.errors = {
                "township_name": ErrorLabel(),
                "squad_name": ErrorLabel(),
                "doc_prefix": ErrorLabel(),
            }
            self.message = ErrorLabel()
            self.saved = QLabel()
            self.saved.setStyleSheet("color: #2e7d32;")
            form = QFormLayout(self.township_box)
            form.addRow(
                self.tr("乡镇（街道）名称"), with_error(self.name, self.errors["township_name"])
            )
            form.addRow(self.tr("执法队名称"), with_error(self.squad, self.errors["squad_name"]))
            form.addRow(self.tr("文书编号前缀"), with_error(self.prefix, self.errors["doc_prefix"]))
            self.save_button = QPushButton(self.tr("保存"))
            self.save_button.clicked.connect(self.save_township)
            row = QHBoxLayout()
            row.addWidget(self.save_button)
            row.addWidget(self.saved, 1)
            form.addRow(self.message)
            form.addRow(row)
            self.township_box.setMaximumWidth(FORM_WIDTH)
            lay.addWidget(self.township_box)
        self.seal_box: QGroupBox | None = None
        if actor.can(Permission.MANAGE_SETTINGS):
            self.seal_box = self._build_seal_box()
            lay.addWidget(self.seal_box)
        self.county_box: CountyConnectionBox | None = None
        if actor.can(Permission.MANAGE_SETTINGS):
            self.county_box = CountyConnectionBox(ctx, actor)
            self.county_box.setMaximumWidth(FORM_WIDTH)
            lay.addWidget(self.county_box)
        self.backup_box: QWidget | None = None
        if actor.can(Permission.MANAGE_BACKUPS):
            from ui.pages.settings_backup import BackupSettingsGroup

            self.backup_box = BackupSettingsGroup(ctx, actor)
            self.backup_box.setMaximumWidth(FORM_WIDTH)
            lay.addWidget(self.backup_box)
        lay.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def page_title(self) -> str:
        """Navigation title."""
        return self.tr("设置")

    def refresh(self) -> None:
        """Show the stored language and the township's current details."""
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.language.blockSignals(False)
        if self.township_box is not None:
            town = setup.township(self.ctx)
            if town is not None:
                self.name.setText(town.name)
                self.squad.setText(town.squad_name)
                self.prefix.setText(town.doc_prefix)
        if self.seal_box is not None:
            self.refresh_seals()
        if self.county_box is not None:
            self.county_box.refresh()

    def _language_chosen(self, index: int) -> None:
        code = str(self.language.itemData(index))
        self.settings.language = code
        log.info("Language set to %s (applies at next start)", code)
        self.language_note.setText(
            self.tr("已保存。重新启动程序后界面将使用：{language}").format(
                language=self.language.itemText(index)
            )
        )

    def save_township(self) -> None:
        """Save the township details through the service; errors go next to their field."""
        for err in self.errors.values():
            err.clear_message()
        self.message.clear_message()
        self.saved.clear()
        try:
            info = setup.update_township(
                self.ctx,
                self.actor,
                name=self.name.text(),
                squad_name=self.squad.text(),
                doc_prefix=self.prefix.text(),
            )
        except DomainError as exc:
            field = exc.field if isinstance(exc, ValidationError) else ""
            self.errors.get(field, self.message).show_message(error_text(exc))
            return
        self.saved.setText(self.tr("已保存。"))
        self.township_changed.emit(info)

    # -- 印章管理 ----------------------------------------------------------------------------
    def _build_seal_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("印章管理"))
        self.seal_kind_labels = {
            seals.SealOwnerKind.TOWNSHIP: self.tr("本镇"),
            seals.SealOwnerKind.DEPARTMENT: self.tr("部门"),
        }
        self.seals_table = QTableWidget(0, 4)
        self.seals_table.setHorizontalHeaderLabels(
            [self.tr("所属"), self.tr("单位名称"), self.tr("导入时间"), self.tr("SHA-256")]
        )
        self.seals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.seals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.seals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.seals_table.verticalHeader().setVisible(False)
        self.seals_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.seals_table.setMinimumHeight(120)
        self.seals_empty = QLabel(self.tr("尚未导入印章。未导入印章时，文书签发后不加盖印章。"))
        self.seals_empty.setStyleSheet("color: #555;")
        self.seals_empty.setWordWrap(True)

        self.seal_kind = QComboBox()
        for kind, label in self.seal_kind_labels.items():
            self.seal_kind.addItem(label, kind.value)
        self.seal_kind.currentIndexChanged.connect(self._seal_kind_chosen)
        self.seal_owner = QLineEdit()
        self.seal_owner.setPlaceholderText(self.tr("印章上的单位全称，如：孝顺镇人民政府"))
        self.seal_hint = QLabel(
            self.tr(
                "请选择带透明背景的 PNG 图片。部门印章用于联合执法案件，"
                "单位名称须与联合执法行动的牵头部门名称一致。"
            )
        )
        self.seal_hint.setStyleSheet("color: #555;")
        self.seal_hint.setWordWrap(True)
        self.seal_error = ErrorLabel()
        self.seal_saved = QLabel()
        self.seal_saved.setStyleSheet("color: #2e7d32;")
        self.seal_saved.setWordWrap(True)
        self.import_seal_button = QPushButton(self.tr("导入印章…"))
        self.import_seal_button.clicked.connect(self.import_seal)
        self.retire_seal_button = QPushButton(self.tr("停用"))
        self.retire_seal_button.setEnabled(False)
        self.retire_seal_button.clicked.connect(self.retire_seal)
        self.seals_table.itemSelectionChanged.connect(
            lambda: self.retire_seal_button.setEnabled(self.selected_seal_id() is not None)
        )

        form = QFormLayout(box)
        form.addRow(self.seals_table)
        form.addRow(self.seals_empty)
        form.addRow(self.tr("所属"), self.seal_kind)
        form.addRow(self.tr("单位名称"), self.seal_owner)
        form.addRow(self.seal_hint)
        row = QHBoxLayout()
        row.addWidget(self.import_seal_button)
        row.addWidget(self.retire_seal_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.seal_error)
        form.addRow(self.seal_saved)
        box.setMaximumWidth(FORM_WIDTH)
        return box

    def _default_owner(self) -> str:
        town = setup.township(self.ctx)
        return f"{town.name}人民政府" if town is not None else ""

    def _seal_kind_chosen(self, _index: int) -> None:
        kind = seals.SealOwnerKind(str(self.seal_kind.currentData()))
        if kind is seals.SealOwnerKind.TOWNSHIP:
            if not self.seal_owner.text().strip():
                self.seal_owner.setText(self._default_owner())
        elif self.seal_owner.text().strip() == self._default_owner():
            self.seal_owner.clear()

    def refresh_seals(self) -> None:
        """List the seals in use, newest first."""
        self.seal_list = seals.list_seals(self.ctx)
        t = self.seals_table
        t.setRowCount(len(self.seal_list))
        for r, info in enumerate(self.seal_list):
            cells = (
                self.seal_kind_labels.get(info.owner_kind, info.owner_kind.value),
                info.owner_name,
                local_time_text(info.imported_at),
                info.sha256[:SHA_PREFIX],
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                if c == 3:
                    item.setToolTip(info.sha256)
                t.setItem(r, c, item)
        t.resizeColumnToContents(0)
        t.resizeColumnToContents(2)
        t.resizeColumnToContents(3)
        self.seals_empty.setVisible(not self.seal_list)
        self.retire_seal_button.setEnabled(self.selected_seal_id() is not None)
        if not self.seal_owner.text().strip() and (
            self.seal_kind.currentData() == seals.SealOwnerKind.TOWNSHIP.value
        ):
            self.seal_owner.setText(self._default_owner())

    def selected_seal_id(self) -> str | None:
        """The id of the seal selected in the list."""
        rows = self.seals_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.seals_table.item(rows[0].row(), 0)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask_open_file(cls, parent: QWidget) -> str:
        """The seal image to import (tests replace this)."""
        path, _f = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SettingsPage", "选择印章图片"),
            str(Path.home()),
            QCoreApplication.translate("SettingsPage", "PNG 图片 (*.png);;所有文件 (*)"),
        )
        return path

    @classmethod
    def ask_retire_reason(cls, parent: QWidget, owner: str) -> str | None:
        """The reason for retiring a seal; None when cancelled (tests replace this)."""
        text, accepted = QInputDialog.getText(
            parent,
            QCoreApplication.translate("SettingsPage", "停用印章"),
            QCoreApplication.translate(
                "SettingsPage", "停用“{owner}”的印章。已加盖该印章的文书不受影响。停用原因："
            ).format(owner=owner),
        )
        return text if accepted else None

    def _seal_feedback(self, *, error: str = "", saved: str = "") -> None:
        self.seal_error.show_message(error)
        self.seal_saved.setText(saved)

    def import_seal(self) -> None:
        """导入印章…: choose a PNG, then the service validates, encrypts and stores it."""
        self._seal_feedback()
        path = self.ask_open_file(self)
        if not path:
            return
        try:
            with open(path, "rb") as fh:
                data = fh.read(seals.MAX_SEAL_BYTES + 1)
        except OSError as exc:
            self._seal_feedback(
                error=self.tr("无法读取文件：{detail}").format(detail=exc.strerror or str(exc))
            )
            return
        try:
            info = seals.import_seal(
                self.ctx,
                self.actor,
                data,
                str(self.seal_kind.currentData()),
                self.seal_owner.text(),
            )
        except DomainError as exc:
            self._seal_feedback(error=error_text(exc))
            return
        log.info("Seal imported (%s, sha256 %s)", info.owner_kind.value, info.sha256[:12])
        self.refresh_seals()
        self._seal_feedback(
            saved=self.tr("已导入印章：{owner}（SHA-256 {sha}）").format(
                owner=info.owner_name, sha=info.sha256[:SHA_PREFIX]
            )
        )

    def retire_seal(self) -> None:
        """停用: stop using the selected seal (documents already sealed keep their PDF)."""
        self._seal_feedback()
        seal_id = self.selected_seal_id()
        if seal_id is None:
            self._seal_feedback(error=self.tr("请先在列表中选择一枚印章。"))
            return
        owner = next((s.owner_name for s in self.seal_list if s.id == seal_id), "")
        reason = self.ask_retire_reason(self, owner)
        if reason is None:
            return
        try:
            seals.retire_seal(self.ctx, self.actor, seal_id, reason.strip())
        except DomainError as exc:
            self._seal_feedback(error=error_text(exc))
            return
        self.refresh_seals()
        self._seal_feedback(saved=self.tr("已停用印章：{owner}").format(owner=owner))
