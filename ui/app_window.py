"""The main window: navigation list, page stack, menus and the status bar."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.rules.roles import ROLE_LABELS, Role
from ui.errors import label_text
from ui.settings import Settings

if TYPE_CHECKING:
    from app.context import Actor, AppContext
    from app.services.setup import TownshipInfo
    from ui.pages.backups import BackupsPage

log = logging.getLogger(__name__)

APP_VERSION = "0.1.0"
DB_LABEL_WIDTH = 380  # px; the full path is in the tooltip
SMALL_SCREEN = QSize(1440, 900)  # at or below this the window opens maximised


def roles_text(roles: frozenset[Role]) -> str:
    """The user's roles as translated labels."""
    return "、".join(label_text(ROLE_LABELS[r]) for r in Role if r in roles)


class AppWindow(QMainWindow):
    """One logged-in session over one open store.

    Built in two steps so the window appears at once on start: the frame (menus, status bar,
    "opening the database" note) needs no store; `attach(ctx, actor)` then adds the pages.
    Passing ctx and actor to the constructor does both steps.
    """

    restart_requested = Signal(str)  # the store was replaced: reopen it and log in again
    closed = Signal()

    def __init__(
        self,
        ctx: AppContext | None = None,
        actor: Actor | None = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.actor: Actor | None = None
        self.pages: list[QWidget] = []
        self.settings = settings or Settings()
        self._restarting = False
        self.setWindowTitle(self.tr("乡镇综合执法队工作台"))
        self.setMinimumSize(1024, 600)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#nav { background: #f3f5f8; border: none; border-right: 1px solid #d8dde5;"
            " padding-top: 8px; font-size: 11pt; outline: 0; }"
            "QListWidget#nav::item { padding: 8px 12px; }"
            "QListWidget#nav::item:selected { background: #1f5fa8; color: white; }"
        )
        self.nav.setFixedWidth(168)
        self.stack = QStackedWidget()
        self.loading_label = QLabel(self.tr("正在打开数据库…"))
        # Alignment through the style sheet: touching QtCore.Qt costs ~40 ms of enum set-up,
        # which the frame shown at start-up does without (it comes with attach()).
        self.loading_label.setStyleSheet(
            "color: #666; font-size: 12pt; qproperty-alignment: AlignCenter;"
        )
        self.stack.addWidget(self.loading_label)

        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.stack.setContentsMargins(8, 8, 8, 8)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self._size_for_screen()
        if ctx is not None and actor is not None:
            self.attach(ctx, actor)

    @property
    def attached(self) -> bool:
        """True once the store and the logged-in user are attached."""
        return self.ctx is not None

    def attach(self, ctx: AppContext, actor: Actor) -> None:
        """Add the pages `actor` may open over the store `ctx`."""
        from app.services import setup
        from ui.pages import pages_for
        from ui.pages.backups import BackupsPage
        from ui.pages.settings import SettingsPage

        self.ctx = ctx
        self.actor = actor
        self.pages = pages_for(ctx, actor)
        self.stack.removeWidget(self.loading_label)
        self.loading_label.hide()
        for page in self.pages:
            self.nav.addItem(page.page_title())  # type: ignore[attr-defined]
            self.stack.addWidget(page)
            if isinstance(page, BackupsPage):
                page.store_replaced.connect(self._store_replaced)
            if isinstance(page, SettingsPage):
                page.township_changed.connect(self._show_township)
            if hasattr(page, "open_page"):  # the dashboard's tiles
                page.open_page.connect(self.show_page_of_type)
        self.nav.currentRowChanged.connect(self._open_page)
        self.nav.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Set here, not in the frame: the first setShortcut costs ~45 ms of Qt enum set-up.
        from PySide6.QtGui import QKeySequence

        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        from ui import shortcuts

        shortcuts.install(self)
        self.db_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nav.setFixedWidth(max(168, self.nav.sizeHintForColumn(0) + 48))
        self.backup_action.setEnabled(self.backups_page() is not None)
        self.password_action.setEnabled(True)
        self.verify_action.setEnabled(True)
        self.user_label.setText(
            self.tr("用户：{name}（{roles}）").format(
                name=actor.display_name, roles=roles_text(actor.roles)
            )
        )
        db_text = self.tr("数据库：{path}").format(path=str(ctx.db_path))
        self.db_label.setText(
            self.fontMetrics().elidedText(db_text, QtCore.Qt.TextElideMode.ElideMiddle, DB_LABEL_WIDTH)
        )
        self.db_label.setToolTip(db_text)
        self._show_township(setup.township(ctx))
        if self.pages:
            self.nav.setCurrentRow(0)

    # -- building -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.backup_action = QAction(self.tr("备份(&B)"), self)
        self.backup_action.triggered.connect(self.backup_now)
        self.backup_action.setEnabled(False)
        file_menu.addAction(self.backup_action)
        self.password_action = QAction(self.tr("修改密码(&P)…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.password_action.setEnabled(False)
        file_menu.addAction(self.password_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("退出(&X)"), self)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于(&A)"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.verify_action = help_menu.addAction(self.tr("一案一码核验(&V)…"), self.open_qr_verifier)
        self.verify_action.setEnabled(False)
        self.shortcuts_action = help_menu.addAction(self.tr("键盘快捷键(&K)…"), self.show_shortcuts)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.township_label = QLabel()
        self.user_label = QLabel()
        self.db_label = QLabel()
        self.cases_label = QLabel()  # overdue case deadlines (cases page)
        self.db_label.setStyleSheet("color: #666;")
        bar.setSizeGripEnabled(False)
        for w in (self.cases_label, self.township_label, self.user_label, self.db_label):
            w.setContentsMargins(6, 0, 10, 0)
            bar.addPermanentWidget(w)

    def _size_for_screen(self) -> None:
        self._maximize = False
        geometry = self.settings.window_geometry
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = QGuiApplication.primaryScreen()
        want = QSize(1280, 760)
        if screen is not None:
            avail = screen.availableGeometry().size()
            if avail.width() <= SMALL_SCREEN.width() or avail.height() <= SMALL_SCREEN.height():
                want = avail  # 1366×768 office screens: use all of it
                self._maximize = True
            want = want.boundedTo(avail)
        self.resize(want)

    def show_for_screen(self) -> None:
        """Show the window, maximised on small screens (unless a saved geometry exists)."""
        if self._maximize:
            self.showMaximized()
        else:
            self.show()

    # -- behaviour ------------------------------------------------------------------------
    def _open_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.pages[row].refresh()  # type: ignore[attr-defined]
            self._show_case_counts()

    def _show_case_counts(self) -> None:
        """The overdue-deadline count from the cases page (if the user has it)."""
        page = next((p for p in self.pages if hasattr(p, "status_counts")), None)
        if page is None:
            return
        overdue = page.status_counts()["overdue"]
        self.cases_label.setText(self.tr("逾期期限：{n}").format(n=overdue))
        self.cases_label.setStyleSheet("color: #c62828; font-weight: bold;" if overdue else "")

    def page_titles(self) -> list[str]:
        """Titles in the navigation, top to bottom."""
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def page_of_type(self, cls: type) -> QWidget | None:
        """The page that is an instance of `cls`, if the user has it."""
        return next((p for p in self.pages if isinstance(p, cls)), None)

    def backups_page(self) -> BackupsPage | None:
        """The backups page, when the user may manage backups."""
        from ui.pages.backups import BackupsPage

        page = self.page_of_type(BackupsPage)
        return page if isinstance(page, BackupsPage) else None

    def show_page(self, page: QWidget) -> None:
        """Switch to `page`."""
        self.nav.setCurrentRow(self.pages.index(page))

    def show_page_of_type(self, cls: type) -> None:
        """Switch to the page that is an instance of `cls`, if the user has it."""
        page = self.page_of_type(cls)
        if page is not None:
            self.show_page(page)

    def _show_township(self, town: TownshipInfo | None) -> None:
        if town is None:
            self.township_label.setText("")
            return
        self.township_label.setText(f"{town.name} · {town.squad_name}")
        self.setWindowTitle(self.tr("{squad} - 乡镇综合执法队工作台").format(squad=town.squad_name))

    def backup_now(self) -> None:
        """File ▸ Backup: open the backups page and start a backup there."""
        page = self.backups_page()
        if page is None:
            return
        self.show_page(page)
        page.backup_now()

    def change_password(self) -> None:
        """File ▸ Change password."""
        from ui.dialogs.login import ChangePasswordDialog

        if self.ctx is None or self.actor is None:
            return
        if ChangePasswordDialog.ask(self.ctx, self.actor, parent=self):
            self.show_status(self.tr("密码已修改。"), 10_000)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A transient message on the status bar."""
        self.statusBar().showMessage(text, timeout_ms)

    def open_qr_verifier(self) -> None:
        """帮助 → 一案一码核验…: check a scanned QR code offline."""
        from ui.qr_verify_dialog import QrVerifyDialog

        QrVerifyDialog(self.ctx, self).ask()

    def show_shortcuts(self) -> None:
        """帮助 → 键盘快捷键 (F1)."""
        from ui.shortcuts import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    def show_about(self) -> None:
        """Help ▸ About."""
        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr(
                "<b>乡镇综合执法队工作台</b> {version}<br>"
                "人员与证件、账户、审计记录与数据备份。<br>数据保存在本机：{path}"
            ).format(
                version=APP_VERSION, path=str(self.ctx.db_path) if self.ctx else "—"
            ),
        )

    def _store_replaced(self, message: str) -> None:
        log.info("Store replaced; restarting the session")
        self._restarting = True
        self.restart_requested.emit(message)

    def closeEvent(self, event: QCloseEvent) -> None:  # QMainWindow.closeEvent override
        self.settings.window_geometry = self.saveGeometry()
        super().closeEvent(event)
        if not self._restarting:
            self.closed.emit()
