"""审计日志: the filtered, lazily loaded audit table and the chain check (全过程记录)."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.certificates import CertAction, CertStatus, StaffKind, StaffPosition
from app.rules.roles import ROLE_LABELS, Permission, parse_roles
from app.services import audit, ui_queries
from app.services.audit import AuditEntry, AuditFilter
from app.services.staff import CERT_ACTION_LABELS, CERT_STATUS_LABELS, KIND_LABELS, POSITION_LABELS
from local_db.audit import ChainReport
from ui.errors import error_text
from ui.pages._forms import (
    DATE_FORMAT,
    ERROR_STYLE,
    OK_STYLE,
    TitledTableModel,
    from_qdate,
    label,
    setup_table,
    to_qdate,
)
from ui.tasks import run_in_background

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: default parent of table rows
_CTX = "AuditPage"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` (PySide's own is typed as returning object)."""
    return text


PAGE_SIZE = 200

# Action codes as recorded by the services → what the log shows (translated in context AuditPage).
ACTION_LABELS: dict[str, str] = {
    "township.initialize": QT_TRANSLATE_NOOP("AuditPage", "初始化乡镇"),
    "township.update": QT_TRANSLATE_NOOP("AuditPage", "修改乡镇信息"),
    "user.login": QT_TRANSLATE_NOOP("AuditPage", "登录"),
    "user.login_failed": QT_TRANSLATE_NOOP("AuditPage", "登录失败"),
    "user.login_refused": QT_TRANSLATE_NOOP("AuditPage", "拒绝登录（账户停用）"),
    "user.create": QT_TRANSLATE_NOOP("AuditPage", "新建用户"),
    "user.update": QT_TRANSLATE_NOOP("AuditPage", "修改用户"),
    "user.reset_password": QT_TRANSLATE_NOOP("AuditPage", "重置密码"),
    "user.change_password": QT_TRANSLATE_NOOP("AuditPage", "修改本人密码"),
    "user.enable": QT_TRANSLATE_NOOP("AuditPage", "启用用户"),
    "user.disable": QT_TRANSLATE_NOOP("AuditPage", "停用用户"),
    "staff.add": QT_TRANSLATE_NOOP("AuditPage", "新增人员"),
    "staff.update": QT_TRANSLATE_NOOP("AuditPage", "修改人员信息"),
    "staff.enable": QT_TRANSLATE_NOOP("AuditPage", "启用人员"),
    "staff.disable": QT_TRANSLATE_NOOP("AuditPage", "停用人员"),
    "certificate.issue": QT_TRANSLATE_NOOP("AuditPage", "执法证发证"),
    "certificate.renew": QT_TRANSLATE_NOOP("AuditPage", "执法证换证/延期"),
    "certificate.yellow": QT_TRANSLATE_NOOP("AuditPage", "执法证黄牌警告"),
    "certificate.orange": QT_TRANSLATE_NOOP("AuditPage", "执法证橙牌暂扣"),
    "certificate.red": QT_TRANSLATE_NOOP("AuditPage", "执法证红牌注销"),
    "certificate.lift": QT_TRANSLATE_NOOP("AuditPage", "解除警告/暂扣"),
    # Action groups, for the filter combo.
    "township.": QT_TRANSLATE_NOOP("AuditPage", "乡镇设置"),
    "user.": QT_TRANSLATE_NOOP("AuditPage", "用户与登录"),
    "staff.": QT_TRANSLATE_NOOP("AuditPage", "人员"),
    "certificate.": QT_TRANSLATE_NOOP("AuditPage", "执法证"),
    "backup.": QT_TRANSLATE_NOOP("AuditPage", "备份与恢复"),
    "settings.": QT_TRANSLATE_NOOP("AuditPage", "系统设置"),
    "case.": QT_TRANSLATE_NOOP("AuditPage", "案件"),
    "document.": QT_TRANSLATE_NOOP("AuditPage", "执法文书"),
    "seal.": QT_TRANSLATE_NOOP("AuditPage", "印章"),
    "joint_action.": QT_TRANSLATE_NOOP("AuditPage", "联合执法"),
    "equipment.": QT_TRANSLATE_NOOP("AuditPage", "装备"),
    "stocktake.": QT_TRANSLATE_NOOP("AuditPage", "装备盘点"),
    "seized.": QT_TRANSLATE_NOOP("AuditPage", "罚没物品"),
    "training.": QT_TRANSLATE_NOOP("AuditPage", "培训与考核"),
    "reference.": QT_TRANSLATE_NOOP("AuditPage", "参考数据"),
    "demo.": QT_TRANSLATE_NOOP("AuditPage", "演示数据"),
    "sync.": QT_TRANSLATE_NOOP("AuditPage", "县局同步"),
}

ENTITY_LABELS: dict[str, str] = {
    "township": QT_TRANSLATE_NOOP("AuditPage", "乡镇"),
    "user_account": QT_TRANSLATE_NOOP("AuditPage", "用户"),
    "staff_member": QT_TRANSLATE_NOOP("AuditPage", "人员"),
}

FIELD_LABELS: dict[str, str] = {
    "username": QT_TRANSLATE_NOOP("AuditPage", "用户名"),
    "display_name": QT_TRANSLATE_NOOP("AuditPage", "姓名"),
    "name": QT_TRANSLATE_NOOP("AuditPage", "姓名"),
    "roles": QT_TRANSLATE_NOOP("AuditPage", "角色"),
    "gender": QT_TRANSLATE_NOOP("AuditPage", "性别"),
    "kind": QT_TRANSLATE_NOOP("AuditPage", "类别"),
    "position": QT_TRANSLATE_NOOP("AuditPage", "职务"),
    "phone": QT_TRANSLATE_NOOP("AuditPage", "电话"),
    "user_id": QT_TRANSLATE_NOOP("AuditPage", "登录账户"),
    "cert_number": QT_TRANSLATE_NOOP("AuditPage", "执法证号"),
    "cert_issuer": QT_TRANSLATE_NOOP("AuditPage", "发证机关"),
    "cert_issued_on": QT_TRANSLATE_NOOP("AuditPage", "发证日期"),
    "cert_expires_on": QT_TRANSLATE_NOOP("AuditPage", "有效期至"),
    "issued_on": QT_TRANSLATE_NOOP("AuditPage", "发证日期"),
    "expires_on": QT_TRANSLATE_NOOP("AuditPage", "有效期至"),
    "expires_before": QT_TRANSLATE_NOOP("AuditPage", "原有效期"),
    "note": QT_TRANSLATE_NOOP("AuditPage", "备注"),
    "reason": QT_TRANSLATE_NOOP("AuditPage", "原因"),
    "action": QT_TRANSLATE_NOOP("AuditPage", "操作"),
    "from": QT_TRANSLATE_NOOP("AuditPage", "原状态"),
    "to": QT_TRANSLATE_NOOP("AuditPage", "新状态"),
    "failed_logins": QT_TRANSLATE_NOOP("AuditPage", "连续失败次数"),
    "locked_until": QT_TRANSLATE_NOOP("AuditPage", "锁定至"),
}

CHAIN_REASONS: dict[str, str] = {
    "sequence gap": QT_TRANSLATE_NOOP("AuditPage", "序号不连续，有记录被删除"),
    "link to previous": QT_TRANSLATE_NOOP("AuditPage", "与上一条记录的链接断开"),
    "unreadable entry": QT_TRANSLATE_NOOP("AuditPage", "记录无法读取"),
    "content does not match": QT_TRANSLATE_NOOP("AuditPage", "内容与校验值不符，已被修改"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def action_text(action: str) -> str:
    """An action code in words (the code itself when unknown)."""
    text = ACTION_LABELS.get(action)
    return _t(text) if text else action


def _value_text(key: str, value: Any, names: dict[str, str] | None = None) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("AuditPage", "（空）")
    if key == "user_id" and isinstance(value, str) and names:
        return names.get(value, value)
    if key == "roles" and isinstance(value, str):
        return "、".join(label(ROLE_LABELS[r]) for r in sorted(parse_roles(value))) or value
    if isinstance(value, str):
        try:
            if key == "kind":
                return label(KIND_LABELS[StaffKind(value)])
            if key == "position":
                return label(POSITION_LABELS[StaffPosition(value)])
            if key in ("from", "to"):
                return label(CERT_STATUS_LABELS[CertStatus(value)])
            if key == "action":
                return label(CERT_ACTION_LABELS[CertAction(value)])
        except ValueError:
            return value
        if key == "locked_until":
            try:
                return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M")
            except ValueError:
                return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _field(key: str) -> str:
    text = FIELD_LABELS.get(key)
    return _t(text) if text else key


def linked_ids(change: dict[str, Any]) -> set[str]:
    """Record ids a change mentions (the account a member is linked to), to show as names."""
    values = [change.get("user_id")]
    for part in ("before", "after"):
        if isinstance(change.get(part), dict):
            values.append(change[part].get("user_id"))
        if isinstance(change.get("user_id"), dict):  # staff.update: {"user_id": {before, after}}
            values.append(change["user_id"].get(part))
    return {v for v in values if isinstance(v, str) and v}


def _pair(key: str, before: Any, after: Any, names: dict[str, str] | None) -> str:
    old, new = _value_text(key, before, names), _value_text(key, after, names)
    return f"{_field(key)}：{old} → {new}"


def change_summary(change: dict[str, Any], names: dict[str, str] | None = None) -> str:
    """A change record in one line: “姓名：甲 → 乙；角色：…” or “原因：…”."""
    parts: list[str] = []
    before, after = change.get("before"), change.get("after")
    if isinstance(before, dict) and isinstance(after, dict):
        for key in after:
            if before.get(key) != after.get(key):
                parts.append(_pair(key, before.get(key), after[key], names))
        return "；".join(parts)
    order = {key: i for i, key in enumerate(FIELD_LABELS)}
    for key, value in sorted(change.items(), key=lambda kv: order.get(kv[0], len(order))):
        if isinstance(value, dict) and set(value) == {"before", "after"}:
            parts.append(_pair(key, value["before"], value["after"], names))
        elif value is not None and value != "":
            parts.append(f"{_field(key)}：{_value_text(key, value, names)}")
    return "；".join(parts)


def chain_reason_text(reason: str | None) -> str:
    """The chain check's reason in words."""
    for prefix, text in CHAIN_REASONS.items():
        if reason and reason.startswith(prefix):
            return _t(text)
    return reason or ""


class AuditModel(TitledTableModel):
    """Audit entries newest first; loads PAGE_SIZE rows at a time as the view scrolls."""

    TIME, USER, ACTION, OBJECT, DETAILS = range(5)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.filter = AuditFilter()
        self.entries: list[AuditEntry] = []
        self.summaries: list[str] = []
        self.names: dict[str, str] = {}
        self.total = 0

    def set_filter(self, f: AuditFilter) -> None:
        """Re-query with `f`: the count, then the first page."""
        self.beginResetModel()
        self.filter = f
        self.entries, self.summaries, self.names = [], [], {}
        self.total = audit.count_entries(self.ctx, self.actor, f)
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def row_total(self) -> int:  # TitledTableModel
        return len(self.entries)

    def canFetchMore(self, parent: _Index = _ROOT) -> bool:  # override
        return not parent.isValid() and len(self.entries) < self.total

    def fetchMore(self, parent: _Index = _ROOT) -> None:  # override
        if parent.isValid() or len(self.entries) >= self.total:
            return
        batch = audit.list_entries(
            self.ctx, self.actor, self.filter, limit=PAGE_SIZE, offset=len(self.entries)
        )
        if not batch:
            self.total = len(self.entries)  # rows vanished since the count
            return
        wanted: set[str] = set()
        for e in batch:
            wanted |= linked_ids(e.change)
            if e.entity_id:
                wanted.add(e.entity_id)
        self.names.update(ui_queries.entity_names(self.ctx, wanted - set(self.names)))
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self.entries.extend(batch)
        self.summaries.extend(change_summary(e.change, self.names) for e in batch)
        self.endInsertRows()

    def column_titles(self) -> list[str]:  # TitledTableModel
        return [
            self.tr("时间"),
            self.tr("用户"),
            self.tr("操作"),
            self.tr("对象"),
            self.tr("详情"),
        ]

    def object_text(self, e: AuditEntry) -> str:
        """What the entry is about: kind of record and its name."""
        kind = _t(ENTITY_LABELS[e.entity]) if e.entity in ENTITY_LABELS else e.entity
        name = self.names.get(e.entity_id or "")
        if name is None:
            name = str(e.change.get("name") or e.change.get("username") or "")
        return f"{kind} {name}".strip()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # override
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TIME:
                return e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if col == self.USER:
                return e.user_name or ""
            if col == self.ACTION:
                return action_text(e.action)
            if col == self.OBJECT:
                return self.object_text(e)
            if col == self.DETAILS:
                return self.summaries[index.row()]
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == self.ACTION:
                return e.action
            if col == self.DETAILS and self.summaries[index.row()]:
                return self.summaries[index.row()]
        elif (
            role == Qt.ItemDataRole.ForegroundRole
            and col == self.ACTION
            and e.action in ("user.login_failed", "user.login_refused")
        ):
            return QBrush(QColor("#c62828"))
        return None


class AuditEntryDialog(QDialog):
    """One entry in full: its fields and the recorded change as JSON."""

    def __init__(self, model: AuditModel, row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        e = model.entries[row]
        self.setWindowTitle(self.tr("审计记录 第 {seq} 条").format(seq=e.seq))
        head = QLabel(
            self.tr("时间：{at}\n用户：{user}\n操作：{action}（{code}）\n对象：{obj}").format(
                at=e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                user=e.user_name or "",
                action=action_text(e.action),
                code=e.action,
                obj=model.object_text(e),
            )
        )
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(
            json.dumps(e.change, ensure_ascii=False, indent=2, sort_keys=True)
        )
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)


class AuditPage(QWidget):
    """审计日志 (leaders, reviewers, administrators)."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.active_dialog: QDialog | None = None
        self.verify_running = False
        self.last_report: ChainReport | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("搜索内容、操作或用户"))
        self.search_edit.setClearButtonEnabled(True)
        self.action_combo = QComboBox()
        self.user_combo = QComboBox()
        self.date_box = QCheckBox(self.tr("日期"))
        today = ctx.clock.today()
        self.since_edit = QDateEdit(to_qdate(today - timedelta(days=30)))
        self.until_edit = QDateEdit(to_qdate(today))
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setEnabled(False)
        self.date_box.toggled.connect(self.since_edit.setEnabled)
        self.date_box.toggled.connect(self.until_edit.setEnabled)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.action_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.user_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.date_box.toggled.connect(lambda _on: self.apply_filter())
        self.since_edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.until_edit.dateChanged.connect(lambda _d: self.apply_filter())

        self.model = AuditModel(ctx, actor, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        header = self.table.horizontalHeader()
        for col, width in ((0, 150), (1, 90), (2, 130), (3, 170)):
            header.resizeSection(col, width)
        self.table.doubleClicked.connect(lambda index: self.show_entry(index.row()))
        self.table.activated.connect(lambda index: self.show_entry(index.row()))

        self.count_label = QLabel()
        self.more_button = QPushButton(self.tr("更多(&M)"))
        self.more_button.clicked.connect(self.load_more)
        self.verify_button = QPushButton(self.tr("校验审计链(&V)"))
        self.verify_button.clicked.connect(self.verify_chain)
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.action_combo, 1)
        filters.addWidget(self.user_combo, 1)
        filters.addWidget(self.date_box)
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel("—"))
        filters.addWidget(self.until_edit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.more_button)
        bottom.addStretch(1)
        bottom.addWidget(self.verify_label, 2)
        bottom.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.search_edit)
        self.refresh()

    def page_title(self) -> str:
        """Title shown by the main window."""
        return self.tr("审计日志")

    def refresh(self) -> None:
        """Reload the filter choices and the entries (the filters are kept)."""
        if not self.actor.can(Permission.VIEW_AUDIT):
            self._show_message(self.tr("当前用户无权查看审计日志。"))
            for w in (self.table, self.more_button, self.verify_button, self.search_edit):
                w.setEnabled(False)
            return
        try:
            prefixes = ui_queries.audit_action_prefixes(self.ctx, self.actor)
            names = audit.user_names(self.ctx)
        except DomainError as exc:
            self._show_message(error_text(exc))
            return
        self._refill(
            self.action_combo, self.tr("全部操作"), [(action_text(p), p) for p in prefixes]
        )
        self._refill(self.user_combo, self.tr("全部用户"), [(n, n) for n in sorted(names)])
        self.apply_filter()

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for text, value in items:
            combo.addItem(text, value)
        i = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        """The filter row as an AuditFilter (dates are local days, until inclusive)."""
        since = until = None
        if self.date_box.isChecked():
            since = _local_midnight(from_qdate(self.since_edit.date()))
            until = _local_midnight(from_qdate(self.until_edit.date()) + timedelta(days=1))
        return AuditFilter(
            text=self.search_edit.text().strip(),
            action_prefix=self.action_combo.currentData() or "",
            user_name=self.user_combo.currentData() or "",
            since=since,
            until=until,
        )

    def apply_filter(self) -> None:
        """Re-query the table with the filter row."""
        self._search_timer.stop()
        self.message_label.hide()
        try:
            self.model.set_filter(self.current_filter())
        except DomainError as exc:
            self._show_message(error_text(exc))
        self._update_count()

    def load_more(self) -> None:
        """更多: the next page of entries."""
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("已显示 {shown} / 共 {total} 条").format(
                shown=self.model.rowCount(), total=self.model.total
            )
        )
        self.more_button.setVisible(self.model.canFetchMore(QModelIndex()))

    def show_entry(self, row: int) -> None:
        """Open one entry in full."""
        if 0 <= row < self.model.rowCount():
            dialog = AuditEntryDialog(self.model, row, self)
            self.active_dialog = dialog
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

    def verify_chain(self) -> None:
        """校验审计链 on the thread pool; the result comes back to verify_done."""
        if self.verify_running:
            return
        self.verify_running = True
        self.verify_button.setEnabled(False)
        self.verify_label.setStyleSheet("")
        self.verify_label.setText(self.tr("正在校验……"))
        ctx = self.ctx
        run_in_background(lambda: audit.verify(ctx), self._verify_done, self._verify_failed)

    def _verify_done(self, report: ChainReport) -> None:
        if not shiboken6.isValid(self):
            return
        self.verify_running = False
        self.last_report = report
        self.verify_button.setEnabled(True)
        if report.ok:
            self.verify_label.setStyleSheet(OK_STYLE)
            self.verify_label.setText(self.tr("审计链完整：共 {n} 条记录").format(n=report.checked))
        else:
            self.verify_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
            self.verify_label.setText(
                self.tr("审计链第 {seq} 条记录被篡改或损坏：{reason}").format(
                    seq=report.bad_seq, reason=chain_reason_text(report.reason)
                )
            )

    def _verify_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.verify_running = False
        self.verify_button.setEnabled(True)
        self.verify_label.setStyleSheet(ERROR_STYLE)
        self.verify_label.setText(self.tr("校验未能完成：{error}").format(error=error_text(exc)))

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()


def _local_midnight(day: date) -> datetime:
    """The start of `day` on this machine's calendar, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()
