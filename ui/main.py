"""Entry point `squaddesk` (also `python -m ui.main`): arguments, fonts, translator, session."""

from __future__ import annotations

import os
import sys
import time

from ui.first_page import FIRST_PAGE_WAIT_S, READ_FIRST_PAGE, FirstPageReader

# Neither typing nor argparse, pathlib or threading before the first page's reader starts
# (main: it is the first thing done).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    import logging
    from collections.abc import Callable, Sequence
    from os import PathLike
    from pathlib import Path

_T_IMPORT = time.time()


def _log() -> logging.Logger:
    import logging  # not at import: the first page's reading process starts before it loads

    return logging.getLogger("ui.main")


FONT_RESOURCE = "fonts/wqy-microhei.ttc"
ICON_RESOURCE = "icons/squaddesk.png"
SMOKE_OK = "SMOKE OK"
# QEvent.Type.UpdateRequest (a widget's paint waiting in the queue), as the int that
# QCoreApplication.sendPostedEvents takes: naming the enum would build QEvent.Type first.
UPDATE_REQUEST = 77


def process_start_time() -> float:
    """When this process started (epoch seconds); falls back to when this module loaded.

    Linux counts a process's start in clock ticks since boot (/proc/self/stat). The boot's own
    epoch time is taken from the clocks (wall clock less CLOCK_BOOTTIME): /proc/stat's btime
    is cut to whole seconds, which put the start up to a second early.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        booted = time.time() - time.clock_gettime(time.CLOCK_BOOTTIME)
        return booted + start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    try:  # psutil is optional (Windows)
        import psutil

        return float(psutil.Process().create_time())
    except Exception:  # noqa: BLE001 - no psutil, or it cannot tell: when this module loaded
        return _T_IMPORT


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="squaddesk", description="乡镇综合执法队工作台")
    parser.add_argument("--db", type=Path, help="数据库文件（默认在用户数据文件夹）")
    parser.add_argument("--lang", choices=["zh", "en"], help="界面语言（覆盖设置）")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="数据库不存在时写入演示数据（不带 --db 时自动如此）",
    )
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    # scripts/screenshots: save every page as DIR/NN-name.png once the dashboard is shown, exit.
    parser.add_argument("--screenshot-dir", type=Path, help=argparse.SUPPRESS)
    # Packaging smoke test (build/smoke.py): once the main window is on screen with its pages,
    # print "SMOKE OK <window title>" and exit 0.
    parser.add_argument("--smoke-exit", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def say(text: str) -> None:
    """One line on stdout for benchmarks and the smoke test (a windowed build may have none)."""
    if sys.stdout is not None:
        print(text, flush=True)


CHECK_NICENESS = 10  # the store check's thread yields the CPU to the GUI thread


def lower_thread_priority() -> None:
    """Lower the calling thread's scheduling priority (best effort; Linux and Windows).

    The start-up's store check reads the whole file; where it competes for a core with the
    GUI thread (a loaded or single-core machine) the GUI thread goes first.
    """
    import contextlib
    import threading

    with contextlib.suppress(Exception):
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(), -1)  # BELOW_NORMAL
        elif sys.platform.startswith("linux"):
            # Linux schedules threads as tasks: PRIO_PROCESS with the thread id sets this one.
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), CHECK_NICENESS)


def start_store_check(path: Path) -> Callable[[], None] | None:
    """Start the store's quick_check (local_db.engine.check_file) on a thread at once.

    On a big store the check reads the whole file (~0.6 s for 100,000 cases); started at
    launch it runs (sqlite3 releases the GIL, the thread at a lower priority) while Qt
    starts, the frame is shown, the login dialog waits for the password or the demo
    auto-login shows the dashboard (ui.startup.Session). The returned function waits for it
    and raises what it raised (StoreDamaged); None when there is no store file yet. The store
    is read meanwhile, but nothing is written to it before the check has passed
    (local_db.engine.Database.wait_checked).
    """
    try:
        if path.stat().st_size == 0:
            return None
    except OSError:
        return None
    import threading

    outcome: list[BaseException] = []

    def check() -> None:
        lower_thread_priority()
        try:
            from local_db.engine import check_file

            check_file(path)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting GUI thread
            outcome.append(exc)

    thread = threading.Thread(target=check, name="store-check", daemon=True)
    thread.start()

    def wait() -> None:
        thread.join()
        if outcome:
            raise outcome[0]

    return wait


def read_first_page_ahead(path: str | PathLike[str]) -> FirstPageReader | None:
    """Start reading the first page now (ui.first_page: in a second process) when the
    auto-login asks for it and the store is there (a new store gets the wizard or the demo
    build instead)."""
    from app.demo_accounts import autologin_name, autologin_requested

    autologin = autologin_requested()
    if not autologin:
        return None
    try:
        if os.stat(path).st_size == 0:
            return None
    except OSError:
        return None
    return FirstPageReader(path, autologin_name(autologin))


def typed_db(raw: Sequence[str]) -> str | None:
    """The --db value as typed (`--db X`, `--db=X`; the last one, as argparse takes it), read
    before argparse is even loaded so the first page's reader starts first thing; None when
    not given so (main then waits for argparse and the default store path)."""
    found = None
    for i, arg in enumerate(raw):
        if arg == "--db" and i + 1 < len(raw):
            found = raw[i + 1]
        elif arg.startswith("--db="):
            found = arg[len("--db="):]
    return found


def register_font() -> str | None:
    """Register the bundled CJK font and make it the application font; its family or None."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from app.resources import resource_path

    path = resource_path(FONT_RESOURCE)
    if not path.exists():
        _log().info("Bundled font %s not found; using system fonts", path)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        _log().warning("Could not load bundled font %s", path)
        return None
    font = QFont(families[0])
    font.setPointSize(max(10, QApplication.font().pointSize()))
    QApplication.setFont(font)
    return families[0]


def set_window_icon() -> None:
    """The SquadDesk badge for every window (the packaged .exe carries the .ico itself)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.resources import resource_path

    path = resource_path(ICON_RESOURCE)
    if path.exists():
        QApplication.setWindowIcon(QIcon(str(path)))
    else:
        _log().info("Icon %s not found", path)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; returns the process exit code.

    The main window's frame is shown first, before the database libraries are even imported;
    opening the store, the wizard or login and the pages follow from the event loop.
    """
    raw = sys.argv[1:] if argv is None else list(argv)
    if raw[:1] == [READ_FIRST_PAGE]:  # the packaged program as the first page's reader
        from ui import first_page

        return first_page.main(raw[1:])
    started = process_start_time()
    typed = typed_db(raw)
    reader = read_first_page_ahead(typed) if typed is not None else None  # first thing
    try:
        args = parse_args(raw)
    except SystemExit:  # --help, or a bad option: argparse has said why
        if reader is not None:
            reader.close()
        raise
    if args.db is None:
        from app.paths import default_db_path

        db_path: Path = default_db_path()
    else:
        db_path = args.db
    if typed is None:
        reader = read_first_page_ahead(db_path)  # as soon as the default path is known
    elif reader is not None and db_path != type(db_path)(typed):
        reader.close()  # argparse read the command line otherwise: no figures from elsewhere
        reader = None

    # With the first page read ahead, the store check starts once that page is on screen
    # (open_session): nothing is written before, and it leaves both cores to the page.
    checks: list[Callable[[], None] | None] = [
        None if reader is not None else start_store_check(db_path)
    ]

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.app_window import AppWindow
    from ui.errors import install_excepthook
    from ui.logs import LOG_FILE, configure_logging
    from ui.settings import APPLICATION, ORGANIZATION, Settings

    # The log file itself is set up right after the first paint (open_session); the crash
    # dialog asks where it is when it shows (platformdirs is not loaded before the frame).
    def log_path() -> Path:
        from app.paths import log_dir

        return log_dir() / LOG_FILE

    unattended = args.exit_when_shown or args.smoke_exit or args.screenshot_dir is not None
    install_excepthook(log_path, interactive=not unattended)

    # High DPI: fractional scale factors (125 %, 150 %) are used as they are, not rounded.
    os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setQuitOnLastWindowClosed(False)
    register_font()

    settings = Settings()
    language = args.lang or settings.language
    i18n.install_translators(language)

    window = AppWindow(settings=settings)

    def ms() -> str:
        return f"{(time.time() - started) * 1000:.0f}"

    if args.exit_when_shown:
        say(f"qt {ms()}")  # the frame is made (Qt and the window's modules loaded)

    outcome: dict[str, object] = {}
    # --exit-when-shown: exit once the dashboard is painted and the session is ready.
    pending_marks = {"dashboard", "ready"}

    def reached(mark: str) -> None:
        say(f"{mark} {ms()}")
        pending_marks.discard(mark)
        if not pending_marks:
            app.exit(0)

    def report_dashboard() -> None:
        # The figures painted, not only set: a paint still pending is done now.
        QCoreApplication.sendPostedEvents(window, UPDATE_REQUEST)
        reached("dashboard")

    if args.exit_when_shown:
        QTimer.singleShot(0, lambda: say(f"shown {ms()}"))

    # The first page read ahead (auto-login): shown with the frame when it is read by then,
    # else taken from the event loop when it comes (or not: wrong login, store not current,
    # unreadable, too slow). It is built filled, so it is laid out and painted once.
    early: dict[str, object] = {"first": None, "shown": False, "done": False}

    def take_first_page(*, give_up: bool = False) -> None:
        assert reader is not None
        if early["done"]:
            return
        if not reader.finished() and not give_up:
            # Still reading: the 工作台 for the account being logged in is made meanwhile
            # (not shown); the reader tells again (relay) when it is over.
            candidate = reader.candidate(0)
            if candidate is not None:
                window.prepare_first_page(candidate)  # type: ignore[arg-type]
                # Then, unless the figures came meanwhile, rendered once off screen.
                QTimer.singleShot(0, lambda: reader.finished() or window.render_prepared_page())
            return
        early["done"] = True
        first = reader.result(0)
        if first is not None:
            window.show_first_page(first.actor, first.data)  # type: ignore[attr-defined]
            if first.data is not None:  # type: ignore[attr-defined]
                early["shown"] = True
                if args.exit_when_shown:
                    say(f"figures {ms()}")
                    QTimer.singleShot(0, report_dashboard)
        early["first"] = first
        QTimer.singleShot(0, open_session)  # after the page's paint (report_dashboard)

    if reader is not None:
        from PySide6.QtCore import QObject, Signal

        class Relay(QObject):
            progressed = Signal()  # emitted by the reading thread, delivered queued here

        relay = Relay()
        relay.progressed.connect(take_first_page)
        reader.listen(relay.progressed.emit)
        QTimer.singleShot(int(FIRST_PAGE_WAIT_S * 1000), lambda: take_first_page(give_up=True))

    def open_session() -> None:
        set_window_icon()  # after the first page's paint (the .exe carries its own icon)
        from ui.tasks import collect_garbage_on_gui_thread

        collect_garbage_on_gui_thread()  # before any background work: see GuiGarbageCollector
        if reader is not None:
            checks[0] = start_store_check(db_path)
        from app.paths import log_dir

        configure_logging(log_dir())
        _log().info("SquadDesk starting (%s)", " ".join(sys.argv[1:] if argv is None else argv))
        from ui import startup

        if args.exit_when_shown:
            say(f"imported {ms()}")  # the database layer and the models

        if (args.db is None or args.demo) and not db_path.exists():
            builder = startup.DemoBuilder(db_path, window)
            outcome["builder"] = builder

            def built(exc: object) -> None:
                if exc is not None:
                    _log().error("Demo database could not be built", exc_info=exc)  # type: ignore[arg-type]
                    app.exit(1)
                    return
                settings.demo_database = str(db_path)
                start_session()

            builder.finished.connect(built)
            builder.start()
        else:
            start_session()

    def start_session() -> None:
        from ui import startup

        hint = startup.demo_hint() if settings.demo_database == str(db_path) else ""
        session = startup.Session(
            db_path,
            settings=settings,
            hint=hint,
            autologin=startup.autologin_requested(),
            precheck=checks[0],
            first=early["first"],  # type: ignore[arg-type]
        )
        outcome["session"] = session
        if args.exit_when_shown:
            session.mark = lambda phase: say(f"{phase} {ms()}")
            session.ready.connect(lambda: reached("ready"))
            if not early["shown"]:
                session.dashboard_shown.connect(lambda: say(f"figures {ms()}"))
                session.dashboard_shown.connect(lambda: QTimer.singleShot(0, report_dashboard))
        elif args.smoke_exit:

            def report_smoke() -> None:
                shown = session.window is not None and session.window.isVisible()
                if shown:
                    say(f"{SMOKE_OK} {session.window.windowTitle()}")  # type: ignore[union-attr]
                app.exit(0 if shown else 1)

            session.ready.connect(lambda: QTimer.singleShot(0, report_smoke))
        if args.screenshot_dir is not None:
            shooter = startup.PageShooter(window, args.screenshot_dir)
            outcome["shooter"] = shooter
            shooter.done.connect(lambda: app.exit(0))
            session.dashboard_shown.connect(shooter.start)
        code = session.start(window=window)
        if code is not None:
            app.exit(code)

    if reader is not None and reader.finished():
        take_first_page()  # read already: the frame's first paint shows the figures too
    window.show_for_screen()
    # After the frame's first paint: the first page read ahead, or at once: open the store,
    # log in, attach the pages.
    QTimer.singleShot(0, take_first_page if reader is not None else open_session)
    code = app.exec()
    if reader is not None:
        reader.close()
    from ui import tasks

    tasks.wait_for_all()
    session = outcome.get("session")
    if session is not None:
        session.close_store()  # type: ignore[attr-defined]
    _log().info("SquadDesk exiting (%s)", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
