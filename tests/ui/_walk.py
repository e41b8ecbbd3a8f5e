"""Helpers of the translation walk and the 1366×768 look: a small demo store with an
administrator who sees every page, every dialog each page can open, and every text a widget
shows (labels, buttons, group boxes, tabs, headers, menus, window titles, tooltips,
placeholders)."""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)

from app.context import Actor, AppContext
from app.rules.roles import Role
from ui.pages.dashboard import TileLines
from app.services import demo, demo_cases, demo_equipment, demo_training, users
from app.store import open_store
from tests.conftest import FakeClock, dispose_store

WALKER = "walker"
WALKER_PASSWORD = "walker-pass-1"
WALKER_NAME = "巡检管理员"


def build_walk_store(path: Path) -> None:
    """A small 孝顺镇: squad, a year of training, the inventory, a few cases of each kind, and
    an administrator who also leads, handles and reviews (so every page and button shows)."""
    clock = FakeClock()
    ctx = open_store(path, clock=clock)
    admin = demo.fill_demo(ctx, sworn=8, auxiliaries=3)
    demo_training.fill_training_demo(ctx, admin, clock.today().year)
    demo_equipment.fill_equipment_demo(ctx, admin)
    demo_cases.fill_cases_demo(ctx, admin, general=6, summary=4, parking=4)
    users.create_user(
        ctx,
        admin,
        username=WALKER,
        display_name=WALKER_NAME,
        roles={Role.ADMIN, Role.LEADER, Role.OFFICER, Role.CLERK},
        password="first-pass-1",
    )
    walker = users.login(ctx, WALKER, "first-pass-1")
    users.change_own_password(ctx, walker, "first-pass-1", WALKER_PASSWORD)
    dispose_store(ctx)


def login_walker(ctx: AppContext) -> Actor:
    return users.login(ctx, WALKER, WALKER_PASSWORD)


def data_texts(path: Path, extra: tuple[str, ...] = ()) -> list[str]:
    """Every text value stored in the database (names, places, items, case content…)."""
    out: list[str] = list(extra)
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            if table.startswith("sqlite_") or "fts" in table:
                continue
            for row in con.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 (test, own file)
                out.extend(v for v in row if isinstance(v, str) and v.strip())
    finally:
        con.close()
    return out


@dataclass(frozen=True)
class Shown:
    """One text a widget shows, and where."""

    where: str
    widget: str
    name: str
    kind: str
    text: str

    def __str__(self) -> str:
        return f"{self.where} · {self.widget}#{self.name or '-'} [{self.kind}]: {self.text!r}"


def _clean(text: str) -> str:
    if "<" in text and ">" in text:
        text = re.sub(r"<style.*?</style>", "", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    return text.replace("&&", "&").replace("&", "")


def _visible(w: QWidget, root: QWidget) -> bool:
    return w is root or w.isVisibleTo(root)


def shown_texts(root: QWidget, where: str) -> Iterator[Shown]:
    """The chrome texts of `root` and its visible children (not the data in cells or edits)."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not _visible(w, root):
            continue
        cls = type(w).__name__
        name = w.objectName()

        def item(kind: str, text: str) -> Shown:
            return Shown(where, cls, name, kind, _clean(text))

        if w.isWindow() and w.windowTitle():
            yield item("window title", w.windowTitle())
        if w.toolTip():
            yield item("tooltip", w.toolTip())
        if isinstance(w, QLabel) and w.text():
            yield item("label", w.text())
        elif isinstance(w, TileLines):  # the 工作台 tiles' painted lists
            for line in w.texts():
                yield item("list line", line)
        elif isinstance(w, QAbstractButton) and w.text():
            yield item("button", w.text())
        elif isinstance(w, QGroupBox) and w.title():
            yield item("group box", w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield item("tab", w.tabText(i))
                if w.tabToolTip(i):
                    yield item("tab tooltip", w.tabToolTip(i))
        elif isinstance(w, QTabBar) and not isinstance(w.parent(), QTabWidget):
            for i in range(w.count()):
                yield item("tab", w.tabText(i))
        if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)) and w.placeholderText():
            yield item("placeholder", w.placeholderText())
        if isinstance(w, QComboBox):
            if w.isEditable() and w.lineEdit() is not None and w.lineEdit().placeholderText():
                yield item("placeholder", w.lineEdit().placeholderText())
            for i in range(w.count()):
                yield item("combo item", w.itemText(i))
        if isinstance(w, QSpinBox):
            for kind, text in (("suffix", w.suffix()), ("prefix", w.prefix())):
                if text.strip():
                    yield item(kind, text)
        if isinstance(w, QAbstractSpinBox) and w.specialValueText():
            yield item("special value", w.specialValueText())
        if isinstance(w, QDateTimeEdit) and w.calendarPopup():
            pass  # dates are shown in the locale's format
        header = (
            w.horizontalHeader() if isinstance(w, QTableView)
            else w.header() if isinstance(w, QTreeView) else None
        )  # fmt: skip
        if header is not None and not header.isHidden() and w.model() is not None:
            model = w.model()
            if True:
                for c in range(model.columnCount(QModelIndex())):
                    text = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                    if isinstance(text, str) and text:
                        yield item(f"header {c}", text)
                    tip = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and tip:
                        yield item(f"header tooltip {c}", tip)
        if isinstance(w, QWizard):
            for button in (
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ):
                yield item("wizard button", w.buttonText(button))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield from _menu_texts(action.menu(), action.text(), where)


def _menu_texts(menu: QMenu | None, title: str, where: str) -> Iterator[Shown]:
    yield Shown(where, "QMenu", "", "menu", _clean(title))
    if menu is None:
        return
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), action.text(), where)
            continue
        yield Shown(where, "QAction", action.objectName(), "action", _clean(action.text()))
        if action.toolTip() and _clean(action.toolTip()) != _clean(action.text()):
            yield Shown(where, "QAction", action.objectName(), "action tooltip", _clean(action.toolTip()))


# -- the dialogs each page can open -------------------------------------------------------------
DialogFactory = Callable[[], QDialog]


def _first_row(view: QAbstractItemView) -> None:
    if view.model() is not None and view.model().rowCount() > 0:
        view.selectRow(0)  # type: ignore[attr-defined]


def dialogs_of_page(page: QWidget, ctx: AppContext, actor: Actor) -> list[tuple[str, DialogFactory]]:
    """(name, factory) of every dialog `page` opens, built with the page's own context."""
    from ui.pages.audit import AuditEntryDialog, AuditPage
    from ui.pages.case_detail import CaseDetailDialog, DecideDialog
    from ui.pages.cases import CasesPage, RegisterCaseDialog, SummaryCaseDialog
    from ui.pages.equipment import (
        CheckOutDialog,
        ComplianceDialog,
        EquipmentPage,
        IssueDialog,
        ItemDetailDialog,
        ItemDialog,
        ItemStatusDialog,
        LabelPrintDialog,
        MaintenanceAlertsDialog,
        MaintenanceDialog,
        MaintenanceRecordDialog,
        OverdueDialog,
        ReturnDialog,
        ScheduleDialog,
        TransferDialog,
    )
    from ui.pages.joint_actions import JointActionsDialog, StartJointActionDialog
    from ui.pages.seized import (
        BringBackDialog,
        DisposeDialog,
        SeizedDialog,
        SeizedGoodsPage,
        SeizedHistoryDialog,
        TakeOutDialog,
    )
    from ui.pages.staff import (
        CertificateActionDialog,
        CertificateHistoryDialog,
        HoldingsDialog,
        StaffActiveDialog,
        StaffDialog,
        StaffPage,
    )
    from ui.pages.stocktake import StocktakeDialog
    from ui.pages.training import TrainingPage
    from ui.pages.training_card import TrainingCardDialog
    from ui.pages.training_entry import TrainingEntryDialog
    from ui.pages.users import CreateUserDialog, EditUserDialog, ResetPasswordDialog, UsersPage

    out: list[tuple[str, DialogFactory]] = []
    if isinstance(page, CasesPage):
        _first_row(page.table)
        case_id = page.selected_case_id()
        assert case_id is not None, "the walk store has cases"
        out += [
            ("SummaryCaseDialog", lambda: SummaryCaseDialog(ctx, actor, page)),
            ("RegisterCaseDialog", lambda: RegisterCaseDialog(ctx, actor, page)),
            ("CaseDetailDialog", lambda: CaseDetailDialog(ctx, actor, case_id, page)),
            ("JointActionsDialog", lambda: JointActionsDialog(ctx, actor, page)),
            ("StartJointActionDialog", lambda: StartJointActionDialog(ctx, actor, page)),
        ]

        def decide() -> QDialog:
            detail_dialog = CaseDetailDialog(ctx, actor, case_id, page)
            dialog = DecideDialog(ctx, actor, detail_dialog.detail, page)
            detail_dialog.deleteLater()
            return dialog

        out.append(("DecideDialog", decide))
    elif isinstance(page, StaffPage):
        _first_row(page.table)
        m = page.selected_member()
        assert m is not None
        out += [
            ("StaffDialog (new)", lambda: StaffDialog(ctx, actor, None, page)),
            ("StaffDialog (edit)", lambda: StaffDialog(ctx, actor, m, page)),
            ("CertificateActionDialog", lambda: CertificateActionDialog(ctx, actor, m, page)),
            ("StaffActiveDialog", lambda: StaffActiveDialog(ctx, actor, m, page)),
            ("CertificateHistoryDialog", lambda: CertificateHistoryDialog(ctx, m, page)),
            ("HoldingsDialog", lambda: HoldingsDialog(ctx, m, page)),
        ]
    elif isinstance(page, TrainingPage):
        _first_row(page.table)
        staff_id = page.selected_staff_id()
        assert staff_id is not None
        out += [
            ("TrainingEntryDialog", lambda: TrainingEntryDialog(ctx, actor, page)),
            ("TrainingCardDialog", lambda: TrainingCardDialog(ctx, actor, staff_id, page.year(), page)),
        ]
    elif isinstance(page, EquipmentPage):
        _first_row(page.table)
        item = page.selected_item()
        assert item is not None
        ids = page.listed_ids()
        out += [
            ("ItemDialog (new)", lambda: ItemDialog(ctx, actor, None, page)),
            ("ItemDialog (edit)", lambda: ItemDialog(ctx, actor, item, page)),
            ("ItemDetailDialog", lambda: ItemDetailDialog(ctx, actor, item, page)),
            ("CheckOutDialog", lambda: CheckOutDialog(ctx, actor, item, page)),
            ("ReturnDialog", lambda: ReturnDialog(ctx, actor, item, page)),
            ("MaintenanceDialog", lambda: MaintenanceDialog(ctx, actor, item, page)),
            ("ScheduleDialog", lambda: ScheduleDialog(ctx, actor, item, page)),
            ("MaintenanceRecordDialog", lambda: MaintenanceRecordDialog(ctx, actor, item, [], page)),
            ("TransferDialog", lambda: TransferDialog(ctx, actor, item, page)),
            ("IssueDialog", lambda: IssueDialog(ctx, actor, item, page)),
            ("ItemStatusDialog", lambda: ItemStatusDialog(ctx, actor, item, "repair", page)),
            ("StocktakeDialog", lambda: StocktakeDialog(ctx, actor, page)),
            ("LabelPrintDialog", lambda: LabelPrintDialog(ids[:3], ids, page)),
            ("ComplianceDialog", lambda: ComplianceDialog(ctx, page)),
            ("OverdueDialog", lambda: OverdueDialog(ctx, page)),
            ("MaintenanceAlertsDialog", lambda: MaintenanceAlertsDialog(ctx, page)),
        ]
    elif isinstance(page, SeizedGoodsPage):
        out.append(("SeizedDialog", lambda: SeizedDialog(ctx, actor, page)))
        _first_row(page.table)
        g = page.selected()
        if g is not None:
            out += [
                ("TakeOutDialog", lambda: TakeOutDialog(ctx, actor, g, page)),
                ("BringBackDialog", lambda: BringBackDialog(ctx, actor, g, page)),
                ("DisposeDialog", lambda: DisposeDialog(ctx, actor, g, page)),
                ("SeizedHistoryDialog", lambda: SeizedHistoryDialog(ctx, g, page)),
            ]
    elif isinstance(page, UsersPage):
        _first_row(page.table)
        u = page.selected_user()
        assert u is not None
        out += [
            ("CreateUserDialog", lambda: CreateUserDialog(ctx, actor, page)),
            ("EditUserDialog", lambda: EditUserDialog(ctx, actor, u, page)),
            ("ResetPasswordDialog", lambda: ResetPasswordDialog(ctx, actor, u, page)),
        ]
    elif isinstance(page, AuditPage):
        out.append(("AuditEntryDialog", lambda: AuditEntryDialog(page.model, 0, page)))
    return out


def window_dialogs(window: QMainWindow, ctx: AppContext, actor: Actor) -> list[tuple[str, DialogFactory]]:
    """Dialogs opened from the menus and at start."""
    from ui.dialogs.login import ChangePasswordDialog, LoginDialog
    from ui.qr_verify_dialog import QrVerifyDialog

    out: list[tuple[str, DialogFactory]] = [
        ("LoginDialog", lambda: LoginDialog(ctx, parent=window)),
        ("ChangePasswordDialog", lambda: ChangePasswordDialog(ctx, actor, parent=window)),
        ("QrVerifyDialog", lambda: QrVerifyDialog(ctx, window)),
    ]
    from ui.shortcuts import ShortcutsDialog

    out.append(("ShortcutsDialog", lambda: ShortcutsDialog(window)))
    return out


def extra_dialogs(
    window: QMainWindow, ctx: AppContext, actor: Actor, folder: Path
) -> list[tuple[str, DialogFactory]]:
    """Dialogs the walk does not reach from a page: imports (from small xlsx files written to
    `folder`), closing a stock-take, linking a case to a joint action, and the setup wizard.
    Building them writes to the store (a stock-take, a joint action): use a copy."""
    from openpyxl import Workbook

    from app.services import case_transfers
    from app.services import equipment_import as eq_import
    from app.services import equipment_stocktake as st
    from ui.dialogs.wizard import SetupWizard
    from ui.pages.equipment import ImportPreviewDialog
    from ui.pages.joint_actions import LinkJointCaseDialog
    from ui.pages.stocktake import CloseStocktakeDialog
    from ui.pages.training_import import TrainingImportDialog

    folder.mkdir(parents=True, exist_ok=True)
    year = ctx.clock.today().year
    attendance = folder / "学习平台导出.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["网络学习平台 学习记录导出"])
    ws.append(["序号", "学员姓名", "课程名称", "学习时长（分钟）", "完成时间"])
    ws.append([1, "查无此人", "行政处罚法解读", 90, f"{year}-03-12"])
    ws.append([2, "王娜", "行政处罚法解读", "两小时", f"{year}-03-12"])
    ws.append([3, "王静", "行政处罚法解读", 45, "下周"])
    wb.save(attendance)
    ledger = folder / "装备台账.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["资产编号", "类别", "名称", "型号", "序列号", "存放地点"])
    ws.append(["", "执法记录仪", "执法记录仪", "X1", "S1", "装备室"])
    ws.append(["", "飞行器", "无人机", "M3", "S2", "装备室"])
    wb.save(ledger)

    def training_import() -> QDialog:
        dialog = TrainingImportDialog(ctx, actor, attendance, window)
        dialog.start_preview()
        return dialog

    def close_stocktake() -> QDialog:
        open_ = [s for s in st.list_stocktakes(ctx) if s.closed_at is None]
        session = open_[0] if open_ else st.open_stocktake(ctx, actor, "年底盘点")
        return CloseStocktakeDialog(ctx, actor, st.reconcile(ctx, session.id), window)

    def link_joint_case() -> QDialog:
        actions = case_transfers.joint_actions(ctx)
        action = actions[0] if actions else case_transfers.start_joint_action(
            ctx, actor, kind=case_transfers.JointKind.REGULAR, title="人行道违停联合整治",
            start_on=ctx.clock.today(), lead_department="孝顺镇综合行政执法队",
            departments=["交警中队", "市场监管所"])  # fmt: skip
        return LinkJointCaseDialog(ctx, actor, action, window)

    return [
        ("TrainingImportDialog", training_import),
        ("ImportPreviewDialog", lambda: ImportPreviewDialog(
            ctx, actor, ledger, eq_import.preview_import(ctx, ledger), window)),
        ("CloseStocktakeDialog", close_stocktake),
        ("LinkJointCaseDialog", link_joint_case),
        ("SetupWizard", lambda: SetupWizard(ctx, window)),
    ]
