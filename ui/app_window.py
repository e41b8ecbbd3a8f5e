"""The main window: navigation list, page stack, menus and the status bar."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from app.rules.roles import ROLE_LABELS, Role
from ui.errors import label_text
from ui.settings import Settings
from ui.widgets import ElidedLabel, NavList, set_text_colour

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction, QCloseEvent
    from PySide6.QtWidgets import QMenu

    from app.context import Actor, AppContext
    from app.services.dashboard_data import DashboardData
    from app.services.setup import TownshipInfo
    from ui.pages import PageSpec
    from ui.pages.backups import BackupsPage
    from ui.sync_worker import SyncWorker

log = logging.getLogger(__name__)

APP_VERSION = "0.1.0"
DB_LABEL_WIDTH = 380  # px; the full path is in the tooltip
SYNC_STATUS_REFRESH_MS = 60_000  # the status bar's pending count is re-read this often
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
        self.page_specs: list[PageSpec] = []
        self._built: dict[int, QWidget] = {}  # navigation row → its page, once constructed
        self.settings = settings or Settings()
        self._restarting = False
        self.sync_worker: SyncWorker | None = None
        self._first_actor: Actor | None = None  # show_first_page's user, until attach
        self._ready_page: tuple[Actor, QWidget] | None = None  # prepare_first_page's, unshown
        self._wanted_row: int | None = None  # a page chosen before attach
        self._nav_connected = False
        self.setWindowTitle(self.tr("乡镇综合执法队工作台"))
        self.setMinimumSize(1024, 600)

        self.nav = NavList()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(168)
        self.stack = QStackedWidget()
        self.loading_label: QLabel | None = None  # gone once the first page is built
        self._show_loading()

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

    def prepare_first_page(self, actor: Actor) -> None:
        """While the auto-login's figures are still being read: the empty 工作台 for `actor`
        (the account being logged in), made but not shown (nothing of it is on screen or
        joins the window before show_first_page brings the figures for the same account)."""
        from ui.pages import DASHBOARD, pages_for

        if self._ready_page is not None or self.page_specs:
            return
        specs = pages_for(None, actor)
        if specs and specs[0] == DASHBOARD:
            from ui.pages.dashboard import DashboardPage

            self._ready_page = (actor, DashboardPage(None, actor))

    def render_prepared_page(self) -> None:
        """While the figures are still being read: prepare_first_page's page laid out and
        rendered once off screen in the stack's size, so that its polish, layouts, fonts and
        glyphs are ready when they come (~7 ms less from the figures to the page on screen)."""
        if self._ready_page is None or self._ready_page[1].property("rendered"):
            return  # none, or rendered already
        page = self._ready_page[1]
        page.resize(self.stack.size())
        page.grab()
        page.setProperty("rendered", True)

    def show_first_page(self, actor: Actor, data: DashboardData | None) -> None:
        """Before the store is opened (ui.main's auto-login): the navigation for `actor` and
        the 工作台 showing `data` (app.services.dashboard.first_page; None: the navigation
        alone, the pages come with attach). The page (prepare_first_page's when made for the
        same account) is filled before it joins the window: laid out and painted once.
        attach(ctx, actor) keeps both; a page chosen meanwhile opens then."""
        from ui.pages import DASHBOARD, pages_for

        ready, self._ready_page = self._ready_page, None
        page: QWidget | None = None
        if ready is not None:
            if ready[0] == actor and data is not None:
                page = ready[1]
            else:
                ready[1].deleteLater()
        self.actor = actor
        self._first_actor = actor
        self._add_navigation(pages_for(None, actor))
        self.user_label.setText(self._user_text(actor))
        if data is not None and self.page_specs and self.page_specs[0] == DASHBOARD:
            if page is None:
                from ui.pages.dashboard import DashboardPage

                page = DashboardPage(None, actor)
            page.show_data(data)  # type: ignore[attr-defined]
            self._adopt(0, page)
            self.stack.setCurrentWidget(page)
            self.nav.blockSignals(True)  # the page is there: nothing to open
            self.nav.setCurrentRow(0)
            self.nav.blockSignals(False)

    def _show_loading(self) -> None:
        """The "opening the database" note in place of the pages."""
        if self.loading_label is not None:
            return
        loading = QLabel(self.tr("正在打开数据库…"))
        # Alignment through the style sheet: touching QtCore.Qt costs ~40 ms of enum set-up,
        # which the frame shown at start-up does without (it comes with attach()).
        loading.setStyleSheet("color: #666; font-size: 12pt; qproperty-alignment: AlignCenter;")
        self.stack.addWidget(loading)
        self.loading_label = loading

    def _add_navigation(self, specs: list[PageSpec]) -> None:
        # Only the titles now; each page is constructed when first opened (page_at).
        for page in self._built.values():  # an early first page for another user
            self.stack.removeWidget(page)
            page.deleteLater()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        self.page_specs = specs
        self._built = {}
        for spec in specs:
            self.nav.addItem(spec.page_title())
        if not self._nav_connected:
            self.nav.currentRowChanged.connect(self._open_page)
            self._nav_connected = True

    def _user_text(self, actor: Actor) -> str:
        return self.tr("用户：{name}（{roles}）").format(
            name=actor.display_name, roles=roles_text(actor.roles)
        )

    def attach(self, ctx: AppContext, actor: Actor) -> None:
        """Add the pages `actor` may open over the store `ctx` (keeping those of
        show_first_page when it showed them for the same user)."""
        from app.services import setup
        from ui.pages import BACKUPS, pages_for

        if self._ready_page is not None:  # prepared, never filled (no figures came)
            self._ready_page[1].deleteLater()
            self._ready_page = None

        self.ctx = ctx
        self.actor = actor
        early = self._first_actor == actor
        self._first_actor = None
        if not early:
            self._add_navigation(pages_for(ctx, actor))
        for page in self._built.values():  # built by show_first_page before the store opened
            attach_store = getattr(page, "attach_store", None)
            if attach_store is not None:
                attach_store(ctx)
        # The sync worker imports the HTTP client (≈ 0.5 s): attached from the event loop, after
        # the first page is on screen.
        QtCore.QTimer.singleShot(0, self, lambda: self._attach_sync(ctx, actor))
        # Set here, not in the frame: the first setShortcut costs ~45 ms of Qt enum set-up.
        from PySide6.QtGui import QKeySequence

        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        from ui import shortcuts

        self.sync_action.setShortcut(QKeySequence(shortcuts.SYNC))
        shortcuts.install(self)
        self.db_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_label.set_elide_mode(QtCore.Qt.TextElideMode.ElideMiddle)
        self.nav.setFixedWidth(max(168, self.nav.sizeHint().width() + 24))
        self.backup_action.setEnabled(BACKUPS in self.page_specs)
        self.password_action.setEnabled(True)
        self.verify_action.setEnabled(True)
        self.user_label.setText(self._user_text(actor))
        db_text = self.tr("数据库：{path}").format(path=str(ctx.db_path))
        self.db_label.setText(
            self.fontMetrics().elidedText(db_text, QtCore.Qt.TextElideMode.ElideMiddle, DB_LABEL_WIDTH)
        )
        self.db_label.setToolTip(db_text)
        self._show_township(setup.township(ctx))
        wanted, self._wanted_row = self._wanted_row, None
        if self.nav.currentRow() < 0:
            if self.page_specs:
                self.nav.setCurrentRow(0)  # opens the first page
        elif wanted is not None:  # chosen on the early first page: open it now
            self._open_page(self.nav.currentRow())

    # -- building -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        # Menu.addAction(text), then connect: QAction(text, parent) and addAction(text, slot)
        # would have PySide6 make QIcon's and QKeySequence's enums (~220 members) for the frame.
        def action(
            menu: QMenu, text: str, slot: Callable[[], object], *, enabled: bool = True
        ) -> QAction:
            made = menu.addAction(text)
            made.triggered.connect(slot)
            made.setEnabled(enabled)
            return made

        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.backup_action = action(file_menu, self.tr("备份(&B)"), self.backup_now, enabled=False)
        self.password_action = action(
            file_menu, self.tr("修改密码(&P)…"), self.change_password, enabled=False
        )
        self.sync_action = action(file_menu, self.tr("立即同步(&S)"), self.sync_now, enabled=False)
        file_menu.addSeparator()
        self.quit_action = action(file_menu, self.tr("退出(&X)"), self.close)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        action(help_menu, self.tr("关于(&A)"), self.show_about)
        self.verify_action = action(
            help_menu, self.tr("一案一码核验(&V)…"), self.open_qr_verifier, enabled=False
        )
        self.shortcuts_action = action(help_menu, self.tr("键盘快捷键(&K)…"), self.show_shortcuts)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # The long ones shrink with "…" (whole text in the tooltip) on a 1366 px wide screen.
        self.township_label = ElidedLabel()
        self.user_label = ElidedLabel()
        self.db_label = ElidedLabel()  # ElideMiddle from attach (QtCore.Qt: see ui.widgets)
        self.cases_label = QLabel()  # overdue case deadlines (cases page)
        self.sync_label = QLabel()  # county sync: last success, pending, last error
        set_text_colour(self.db_label, "#666666")
        bar.setSizeGripEnabled(False)
        for w in (self.sync_label, self.cases_label, self.township_label, self.user_label, self.db_label):
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
    @property
    def pages(self) -> list[QWidget]:
        """Every page in navigation order, constructing those not built yet (tests, tools).

        The window itself only builds a page when it is opened: see page_at/built_pages.
        """
        return [self.page_at(row) for row in range(len(self.page_specs))]

    def built_pages(self) -> list[QWidget]:
        """The pages constructed so far, in navigation order."""
        return [self._built[row] for row in sorted(self._built)]

    def page_at(self, row: int) -> QWidget:
        """The page in navigation row `row`, constructed (and wired) on first use."""
        page = self._built.get(row)
        if page is not None:
            return page
        assert self.ctx is not None and self.actor is not None
        page = self.page_specs[row].build(self.ctx, self.actor)
        self._adopt(row, page)
        return page

    def _adopt(self, row: int, page: QWidget) -> None:
        """Put the constructed page of navigation row `row` in the stack and wire it."""
        self._built[row] = page
        if self.loading_label is not None:
            self.stack.removeWidget(self.loading_label)
            self.loading_label.hide()
            self.loading_label = None
        self.stack.addWidget(page)
        # Wired by signal name, so no page module is imported for the others.
        if hasattr(page, "store_replaced"):  # backups: a restore replaced the store
            page.store_replaced.connect(self._store_replaced)
        if hasattr(page, "township_changed"):  # settings
            page.township_changed.connect(self._show_township)
        if hasattr(page, "open_page"):  # the dashboard's tiles
            page.open_page.connect(self.show_page_of_type)
        self._wire_sync(page)

    def _wire_sync(self, page: QWidget) -> None:
        """Give the sync page the worker and hear the settings page's enrolment (pages built
        before the worker exists are wired when it is attached)."""
        if self.sync_worker is None:
            return
        if hasattr(page, "set_worker"):  # the sync page
            page.set_worker(self.sync_worker)
        county_box = getattr(page, "county_box", None)  # settings → 县局连接
        if county_box is not None:
            county_box.enrolled.connect(self._enrolled)

    def _open_page(self, row: int) -> None:
        if self.ctx is None:  # chosen on the first page before the store is open
            self._wanted_row = row
            return
        if 0 <= row < len(self.page_specs):
            page = self.page_at(row)
            self.stack.setCurrentWidget(page)
            page.refresh()  # type: ignore[attr-defined]
            self._show_case_counts()
            self.show_sync_status()

    def _show_case_counts(self) -> None:
        """The overdue-deadline count from the cases page (once it has been opened)."""
        page = next((p for p in self.built_pages() if hasattr(p, "status_counts")), None)
        if page is None:
            return
        overdue = page.status_counts()["overdue"]
        self.cases_label.setText(self.tr("逾期期限：{n}").format(n=overdue))
        self.cases_label.setStyleSheet("color: #c62828; font-weight: bold;" if overdue else "")

    def page_titles(self) -> list[str]:
        """Titles in the navigation, top to bottom."""
        return self.nav.texts()

    def _row_of_type(self, cls: type | str) -> int | None:
        return next((i for i, spec in enumerate(self.page_specs) if spec.is_for(cls)), None)

    def page_of_type(self, cls: type | str, *, build: bool = True) -> QWidget | None:
        """The page that is an instance of `cls` (or has the "module:Class" path `cls`), if the
        user has it; constructed now unless `build` is False (then only when already built)."""
        row = self._row_of_type(cls)
        if row is None:
            return None
        return self.page_at(row) if build else self._built.get(row)

    def backups_page(self, *, build: bool = True) -> BackupsPage | None:
        """The backups page, when the user may manage backups."""
        from ui.pages import BACKUPS

        page = self.page_of_type(BACKUPS.path, build=build)
        return page  # type: ignore[return-value]

    def show_page(self, page: QWidget) -> None:
        """Switch to `page`."""
        row = next(r for r, p in self._built.items() if p is page)
        self.nav.setCurrentRow(row)

    def show_page_of_type(self, cls: type | str) -> None:
        """Switch to the page that is an instance of `cls` (or has path `cls`), if the user
        has it."""
        row = self._row_of_type(cls)
        if row is not None:
            self.nav.setCurrentRow(row)

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
        from PySide6.QtWidgets import QMessageBox  # here: PySide6 makes the class on first use

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

    # -- county sync ----------------------------------------------------------------------
    def _attach_sync(self, ctx: AppContext, actor: Actor) -> None:
        """The background sync worker, the status bar's sync figures, 立即同步 and the sync
        page; the first sync starts from the event loop (not before the window is shown)."""
        from app.rules.roles import Permission
        from ui.sync_worker import SyncWorker

        if self.ctx is not ctx:  # the store was replaced (restore) before this ran
            return

        worker = self.sync_worker = SyncWorker(ctx, actor, self)
        worker.state_changed.connect(self.show_sync_status)
        worker.progress.connect(self._sync_progress)
        worker.finished.connect(self._sync_finished)
        for page in self.built_pages():
            self._wire_sync(page)
        self.sync_action.setEnabled(actor.can(Permission.SYNC))
        self.sync_status_timer = QtCore.QTimer(self)
        self.sync_status_timer.timeout.connect(self.show_sync_status)
        self.sync_status_timer.start(SYNC_STATUS_REFRESH_MS)
        self.show_sync_status()
        from ui.tasks import freeze_long_lived_objects

        freeze_long_lived_objects()
        QtCore.QTimer.singleShot(0, worker, worker.start)

    def sync_now(self) -> None:
        """文件 → 立即同步 (Ctrl+Shift+S)."""
        if self.sync_worker is None or self.ctx is None:
            return
        from app.services import sync_runs

        if not sync_runs.overview(self.ctx).enrolled:
            self.show_status(self.tr("本机尚未登记到县局，无法同步。"), 10_000)
            return
        if not self.sync_worker.sync_now("manual"):
            self.show_status(self.tr("正在同步，请稍候。"), 5_000)

    def _enrolled(self, _result: object) -> None:
        if self.sync_worker is not None:
            self.sync_worker.sync_now("enrol")

    def _sync_progress(self, phase: str, done: int, total: int) -> None:
        self.sync_label.setText(
            self.tr("同步中…（{phase} {done}/{total}）").format(
                phase={"上传": self.tr("上传"), "下载": self.tr("下载")}.get(phase, phase),
                done=done,
                total=total,
            )
        )

    def _sync_finished(self, _result: object) -> None:
        self.show_sync_status()

    def sync_error_short(self, code: str | None) -> str:
        """A few words for the status bar; the full message is in the tooltip."""
        known = {
            "county_unreachable": self.tr("无法连接县局"),
            "county_unauthorized": self.tr("设备令牌被拒绝"),
            "not_enrolled": self.tr("未登记"),
            "upgrade_required": self.tr("需升级 SquadDesk"),
            "keyring_unavailable": self.tr("钥匙串不可用"),
            "keyring_failed": self.tr("钥匙串不可用"),
            "county_bad_answer": self.tr("县局回答有误"),
        }
        return known.get(code or "", self.tr("同步失败"))

    def show_sync_status(self) -> None:
        """The status bar's sync part: 未连接县局 / 同步中… / last success, pending, last error."""
        if self.ctx is None or self.sync_worker is None:
            return
        from app.rules.sync import SyncOutcome
        from app.services import sync_runs
        from ui.pages._forms import local_time_text

        worker = self.sync_worker
        ov = sync_runs.overview(self.ctx)
        if not ov.enrolled:
            self.sync_label.setText(self.tr("未连接县局"))
            self.sync_label.setStyleSheet("color: #666;")
            self.sync_label.setToolTip(self.tr("本机尚未登记到县局，数据只保存在本机。"))
            return
        if worker is not None and worker.running:
            self.sync_label.setText(self.tr("同步中…"))
            self.sync_label.setStyleSheet("color: #1f5fa8;")
            self.sync_label.setToolTip(ov.county_url or "")
            return
        parts = [
            self.tr("上次同步：{at}").format(at=local_time_text(ov.last_success) or self.tr("无")),
            self.tr("待上传 {n}").format(n=ov.pending),
        ]
        tips = [self.tr("县局：{url}").format(url=ov.county_url)]
        run = ov.last_run
        failed = run is not None and run.outcome is SyncOutcome.ERROR
        if failed and run is not None:
            parts.append(self.tr("同步出错：{error}").format(error=self.sync_error_short(run.error_code)))
            tips.append(
                self.tr("{at} 同步失败：{message}").format(
                    at=local_time_text(run.finished_at), message=run.error or ""
                )
            )
            if run.error_detail:
                tips.append(run.error_detail)
            if worker is not None and worker.stopped:
                tips.append(self.tr("自动同步已停止，请处理后手动同步。"))
            elif worker is not None and worker.next_delay_s is not None:
                tips.append(self.tr("{s} 秒后自动重试。").format(s=worker.next_delay_s))
        if ov.open_conflicts:
            parts.append(self.tr("待核对 {n}").format(n=ov.open_conflicts))
        self.sync_label.setText(" · ".join(parts))
        self.sync_label.setStyleSheet("color: #c62828;" if failed else "")
        self.sync_label.setToolTip("\n".join(tips))

    def _store_replaced(self, message: str) -> None:
        log.info("Store replaced; restarting the session")
        if self.sync_worker is not None:
            self.sync_worker.close()
        self._restarting = True
        self.restart_requested.emit(message)

    def closeEvent(self, event: QCloseEvent) -> None:  # QMainWindow.closeEvent override
        self.settings.window_geometry = self.saveGeometry()
        if self.sync_worker is not None:
            self.sync_worker.close()
        super().closeEvent(event)
        if not self._restarting:
            self.closed.emit()
