"""Start-up steps: logging, opening (or recovering) the store, demo data, login, the session."""

from __future__ import annotations

import importlib
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.context import Actor, AppContext
from app.services.dashboard_data import FirstPage
from app.demo_accounts import DEMO_AUTOLOGIN_ENV as DEMO_AUTOLOGIN_ENV
from app.demo_accounts import autologin_name, autologin_requested
from app.errors import DomainError
from app.services import backup as backup_service
from app.services import setup, users
from app.store import open_store, reads_before_check
from local_db.backup import default_backup_dir, newest_verified
from local_db.engine import StoreDamaged
from ui import tasks
from ui.app_window import AppWindow
from ui.logs import LOG_BACKUPS, LOG_FILE, LOG_MAX_BYTES, configure_logging
from ui.dialogs.login import ChangePasswordDialog, LoginDialog
from ui.errors import error_text
from ui.settings import Settings

log = logging.getLogger(__name__)


# What the first page (工作台) needs beyond the login: imported on a thread while the store
# opens and the password is checked (scrypt and SQLite release the GIL), not after the login.
FIRST_PAGE_MODULES = ("app.services.dashboard", "ui.pages")


def preload_first_page() -> threading.Thread:
    """Import FIRST_PAGE_MODULES on a thread (no Qt widget is made there). An import error is
    left for the GUI thread's own import, which then raises it where it is handled."""

    def preload() -> None:
        try:
            for name in FIRST_PAGE_MODULES:
                importlib.import_module(name)
        except Exception:  # noqa: BLE001 - raised again by the GUI thread's import
            log.debug("Preloading the first page failed", exc_info=True)

    thread = threading.Thread(target=preload, name="preload-first-page", daemon=True)
    thread.start()
    return thread


@dataclass
class OpenedStore:
    """The open store, and what happened on the way (a restore from backup)."""

    ctx: AppContext
    notice: str = ""


def open_store_for_start(
    path: Path, precheck: Callable[[], None] | None = None, *, defer_check: bool = False
) -> OpenedStore | None:
    """Open the store; on damage offer the newest verified backup. None means quit.

    `precheck` waits for a check_file(path) started earlier (ui.main.start_store_check) and
    raises StoreDamaged as check_file does; the store is then opened without checking again.
    With `defer_check` it is not waited for here: the store opens for reading at once and
    every write waits for the check (app.store.open_store pending_check); the caller handles
    a StoreDamaged raised later with recover_damaged.
    The damaged file is never overwritten or deleted: restore keeps it aside.
    """
    try:
        if precheck is not None and defer_check:
            return OpenedStore(open_store(path, pending_check=precheck))
        if precheck is not None:
            precheck()
        return OpenedStore(open_store(path, checked=precheck is not None))
    except StoreDamaged as exc:
        return recover_damaged(path, exc)


def recover_damaged(path: Path, exc: StoreDamaged) -> OpenedStore | None:
    """The store at `path` (closed) failed its check: offer the newest verified backup and
    restore it, keeping the damaged file aside. The restored store opened, or None (quit)."""
    log.error("Store damaged: %s (%s)", path, exc.detail)
    from ui.dialogs.damaged import DamagedStoreDialog

    info = newest_verified(default_backup_dir(path))
    if not DamagedStoreDialog.ask(path, info) or info is None:
        log.info("User quit after damage report (backup available: %s)", info is not None)
        return None
    try:
        aside = backup_service.restore_into(path, info.path)
        opened = open_store(path)
    except (DomainError, StoreDamaged, OSError) as exc:
        log.exception("Restore from %s failed", info.path)
        text = error_text(exc) if isinstance(exc, DomainError) else str(exc)
        DamagedStoreDialog.tell(
            QCoreApplication.translate("Startup", "恢复失败：{detail}").format(detail=text),
            error=True,
        )
        return None
    log.info("Restored %s from %s; damaged file kept at %s", path, info.path, aside)
    notice = QCoreApplication.translate(
        "Startup", "数据库已从 {time} 的备份恢复；损坏的文件保留为 {aside}"
    ).format(time=info.taken_at.strftime("%Y-%m-%d %H:%M"), aside=str(aside))
    return OpenedStore(opened, notice)


def create_demo_store(
    path: Path, progress: Callable[[str, int, int], None] | None = None, *, full: bool = True
) -> None:
    """Fill a new store at `path` with the 孝顺镇 demo township (a whole year when `full`).

    Built under a temporary name and renamed at the end, so an interrupted build never leaves
    a half-filled database behind.
    """
    from app.services import demo

    log.info("Creating demo database at %s", path)
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        leftover.unlink(missing_ok=True)
    ctx = open_store(tmp)
    try:
        if full:
            demo.fill_township_year(ctx, progress)
        else:
            demo.fill_demo(ctx)
    finally:
        ctx.db.dispose()
    os.replace(tmp, path)


class DemoBuilder(QObject):
    """Builds the demo database on the thread pool, showing progress on `parent`."""

    progressed = Signal(str, int, int)
    finished = Signal(object)  # None on success, else the exception

    def __init__(self, path: Path, parent: QWidget | None) -> None:
        super().__init__()
        self.path = path
        self.dialog = QProgressDialog(
            QCoreApplication.translate("Startup", "正在生成演示数据库…"), "", 0, 4, parent
        )
        self.dialog.setWindowTitle(QCoreApplication.translate("Startup", "首次启动"))
        self.dialog.setCancelButton(None)  # type: ignore[arg-type]
        self.dialog.setMinimumDuration(0)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progressed.connect(self._show_step)

    def _show_step(self, step: str, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        if step:
            self.dialog.setLabelText(
                QCoreApplication.translate("Startup", "正在生成演示数据：{step}（{done}/{total}）").format(
                    step=step, done=done + 1, total=total
                )
            )

    def start(self) -> None:
        """Begin; `finished` fires in the GUI thread."""
        self.dialog.show()
        tasks.run_in_background(
            lambda: create_demo_store(self.path, self.progressed.emit),
            lambda _r: self._done(None),
            self._done,
        )

    def _done(self, exc: BaseException | None) -> None:
        self.dialog.close()
        self.finished.emit(exc)


def demo_hint() -> str:
    """The login dialog's note about the demo administrator."""
    from app.services import demo

    return QCoreApplication.translate(
        "Startup", "这是演示数据库。演示管理员用户名：{user}，密码：{password}"
    ).format(user=demo.DEMO_ADMIN, password=demo.DEMO_PASSWORD)


def authenticate(
    ctx: AppContext, *, hint: str = "", autologin: bool | str = False
) -> Actor | None:
    """Wizard on an empty store, then login (and a forced password change). None = quit.

    `autologin` (benchmarks and screenshots): True logs in as the demo administrator, a
    string as that demo user, with the demo password; the login dialog follows if it fails.
    """
    username = ""
    if not setup.is_initialized(ctx):
        from ui.dialogs.wizard import SetupWizard

        created = SetupWizard.ask(ctx)
        if created is None:
            return None
        username = created
    if autologin:
        from app.services import demo

        try:
            return users.login(ctx, autologin_name(autologin), demo.DEMO_PASSWORD)
        except DomainError as exc:
            log.warning("Demo auto-login failed: %s", exc.code)
    while True:
        actor = LoginDialog.ask(ctx, hint=hint, username=username)
        if actor is None:
            return None
        if actor.user_id is None or not users.get_user(ctx, actor.user_id).must_change_password:
            return actor
        if ChangePasswordDialog.ask(ctx, actor, forced=True):
            return actor
        username = actor.username


class Session(QObject):
    """Runs the start-up flow and the main window; reruns it when the store is replaced."""

    shown = Signal()  # the main window is on screen
    ready = Signal()  # the store is open and the pages are attached
    dashboard_shown = Signal()  # the first page (工作台) shows its figures, once per start

    def __init__(
        self,
        db_path: Path,
        *,
        settings: Settings | None = None,
        hint: str = "",
        autologin: bool | str = False,
        precheck: Callable[[], None] | None = None,
        first: FirstPage | None = None,
    ) -> None:
        super().__init__()
        self.precheck = precheck  # the launch's store check, used by the first start only
        # The auto-login's first page, already on `window` (ui.main): its user is logged in
        # (checked read-only; the login is recorded once the store's check has passed).
        self.first = first
        self.db_path = db_path
        self.settings = settings or Settings()
        self.hint = hint
        self.autologin = autologin
        self.ctx: AppContext | None = None
        self.window: AppWindow | None = None
        self.daily_backup: Path | None | BaseException = None
        self.exit_app: Callable[[int], None] = QApplication.exit  # tests replace it
        # Called with a phase name as the start-up passes it ("store", "login", "attached"):
        # the benchmarks' breakdown of the time to the dashboard (ui.main --exit-when-shown).
        self.mark: Callable[[str], None] = lambda _phase: None

    def start(self, notice: str = "", window: AppWindow | None = None) -> int | None:
        """Open, log in, show the window. An exit code when the app must stop instead.

        `window` is a main-window frame already on screen (see ui.main); without one, a new
        window is made and shown here.
        """
        fresh = window is None
        if window is None:
            window = AppWindow(settings=self.settings)
        self.window = window
        window.restart_requested.connect(self.restart)
        window.closed.connect(self._window_closed)
        if fresh:
            window.show_for_screen()
            self.shown.emit()
        precheck, self.precheck = self.precheck, None
        preload_first_page()
        opened = open_store_for_start(self.db_path, precheck, defer_check=True)
        if opened is None:
            self._drop_window()
            return 2
        self.ctx = opened.ctx
        self.mark("store")
        first, self.first = self.first, None
        try:
            actor, deferred = (first.actor, True) if first is not None else self._log_in()
        except StoreDamaged as exc:
            self.close_store()
            opened = recover_damaged(self.db_path, exc)
            if opened is None:
                self._drop_window()
                return 2
            self.ctx = opened.ctx  # restored and checked
            actor, deferred = authenticate(self.ctx, hint=self.hint, autologin=self.autologin), False
        if actor is None:
            self._drop_window()
            self.close_store()
            return 0
        self.mark("login")
        try:
            with reads_before_check(self.ctx):
                window.attach(self.ctx, actor)
        except StoreDamaged as exc:
            self._damaged_after_start(exc)
            return None
        self.mark("attached")
        self._watch_first_page(window)
        for text in (opened.notice, notice):
            if text:
                window.show_status(text)
        if deferred:
            self._record_login_when_checked(actor)
        else:
            self.start_daily_backup()
        self.ready.emit()
        return None

    def _log_in(self) -> tuple[Actor | None, bool]:
        """The wizard or login on the store just opened: (actor or None to quit, whether the
        login is still to be recorded). Raises StoreDamaged when the launch's check fails or
        a read before it has passed finds damage."""
        ctx = self.ctx
        assert ctx is not None
        with reads_before_check(ctx):
            # The auto-login needs no write: while the launch's check still runs it shows the
            # first page at once and records the login once the check has passed.
            actor = self._autologin_unchecked() if ctx.db.check_pending else None
            if actor is not None:
                return actor, True
            # The login dialog shows at once (the check goes on while the password is typed;
            # logging in writes, so it waits for it); the wizard waits for it first.
            if not setup.is_initialized(ctx):
                ctx.db.wait_checked()
        return authenticate(ctx, hint=self.hint, autologin=self.autologin), False

    def _autologin_unchecked(self) -> Actor | None:
        """The auto-login's user if the demo password is right (read-only), else None."""
        if not self.autologin:
            return None
        from app.services import demo

        assert self.ctx is not None
        if not setup.is_initialized(self.ctx):
            return None
        return users.verify_login(self.ctx, autologin_name(self.autologin), demo.DEMO_PASSWORD)

    def _record_login_when_checked(self, actor: Actor) -> None:
        """On the thread pool: wait for the launch's check, then record the login; then the
        daily backup. A failed check closes the session and offers the restore instead."""
        ctx = self.ctx
        assert ctx is not None
        now = ctx.clock.now()

        def recorded(_result: object) -> None:
            if self.ctx is ctx:
                self.start_daily_backup()

        def failed(exc: BaseException) -> None:
            if self.ctx is not ctx:
                return
            if isinstance(exc, StoreDamaged):
                self._damaged_after_start(exc)
            else:
                log.error("Recording the login failed", exc_info=exc)

        tasks.run_in_background(lambda: users.record_login(ctx, actor, now), recorded, failed)

    def _damaged_after_start(self, exc: StoreDamaged) -> None:
        """The launch's check failed after the first page was shown (nothing was written):
        close the session, offer the backup, and start again on the restored store."""
        tasks.wait_for_all()
        self._drop_window()
        self.close_store()
        opened = recover_damaged(self.db_path, exc)
        if opened is None:
            self.exit_app(2)
            return
        opened.ctx.db.dispose()  # start() opens it again (checked) and logs in again
        QTimer.singleShot(0, lambda: self._start_again(opened.notice))

    def _watch_first_page(self, window: AppWindow) -> None:
        """`dashboard_shown` once the first page has its figures (at once if it has none)."""
        page = window.built_pages()[0] if window.built_pages() else None
        filled = getattr(page, "filled", None)
        if filled is None or getattr(page, "data", None) is not None:  # none, or already shown
            QTimer.singleShot(0, self.dashboard_shown.emit)
            return

        def first_fill() -> None:
            filled.disconnect(first_fill)
            self.dashboard_shown.emit()

        filled.connect(first_fill)

    def _drop_window(self) -> None:
        if self.window is not None:
            self.window._restarting = True  # closing it is not the user quitting
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def start_daily_backup(self) -> None:
        """Today's automatic backup on the thread pool."""
        ctx = self.ctx
        assert ctx is not None
        tasks.run_in_background(
            lambda: backup_service.daily_backup_if_due(ctx),
            self._daily_done,
            self._daily_failed,
        )

    def _daily_done(self, path: Path | None) -> None:
        self.daily_backup = path
        if path is not None:
            log.info("Daily backup written: %s", path)
            if self.window is not None:
                self.window.show_status(
                    QCoreApplication.translate("Startup", "今日自动备份已完成。"), 10_000
                )
                page = self.window.backups_page(build=False)  # else it loads when opened
                if page is not None:
                    page.refresh()

    def _daily_failed(self, exc: BaseException) -> None:
        self.daily_backup = exc
        log.error("Daily backup failed", exc_info=exc)
        if self.window is not None:
            self.window.show_status(
                QCoreApplication.translate("Startup", "自动备份失败：{detail}").format(
                    detail=error_text(exc)
                )
            )

    def restart(self, message: str) -> None:
        """The store file was replaced: drop this session, reopen the store, log in again."""
        tasks.wait_for_all()
        if self.window is not None:
            self._drop_window()
        self.close_store()
        # Start again from the event loop, not from inside the restore button's signal.
        QTimer.singleShot(0, lambda: self._start_again(message))

    def _start_again(self, message: str) -> None:
        code = self.start(message)
        if code is not None:
            self.exit_app(code)

    def close_store(self) -> None:
        """Release the database connections."""
        if self.ctx is not None:
            self.ctx.db.dispose()
            self.ctx = None

    def _window_closed(self) -> None:
        tasks.wait_for_all()
        self.close_store()
        self.exit_app(0)


class PageShooter(QObject):
    """`--screenshot-dir`: once the dashboard shows its figures, open every page in turn, wait
    until its background work is done, and save the window as DIR/<screenshot_name>.png."""

    done = Signal()
    SETTLE_MS = 400  # after the workers are idle: let queued updates and paints run

    def __init__(self, window: AppWindow, folder: Path) -> None:
        super().__init__()
        self.window = window
        self.folder = folder
        self.row = 0
        self.written: list[Path] = []

    def start(self) -> None:
        from PySide6.QtGui import QCursor

        self.folder.mkdir(parents=True, exist_ok=True)
        # The pointer onto the status bar: no tile shows its hover frame in the pictures.
        QCursor.setPos(self.window.mapToGlobal(self.window.rect().bottomLeft()))
        self._open(0)

    def _open(self, row: int) -> None:
        if row >= len(self.window.page_specs):
            self.done.emit()
            return
        self.row = row
        self.window.nav.setCurrentRow(row)
        QTimer.singleShot(self.SETTLE_MS, self._shoot_when_idle)

    def _shoot_when_idle(self) -> None:
        if tasks.busy():
            QTimer.singleShot(100, self._shoot_when_idle)
            return
        from PySide6.QtGui import QImage

        from ui.pages import screenshot_name

        self.window.repaint()
        path = self.folder / f"{screenshot_name(self.window.page_specs[self.row])}.png"
        # 256 colours without dithering: a third of the size, text and charts unchanged.
        image = self.window.grab().toImage().convertToFormat(
            QImage.Format.Format_Indexed8,
            Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither,
        )
        if not image.save(str(path), "PNG", 0):
            raise OSError(f"could not write {path}")
        self.written.append(path)
        print(f"screenshot {path}", flush=True)
        self._open(self.row + 1)


__all__ = [
    "LOG_BACKUPS",
    "LOG_FILE",
    "LOG_MAX_BYTES",
    "OpenedStore",
    "Session",
    "authenticate",
    "configure_logging",
    "DemoBuilder",
    "create_demo_store",
    "demo_hint",
    "open_store_for_start",
]
