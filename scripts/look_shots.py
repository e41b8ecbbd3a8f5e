#!/usr/bin/env python3
"""Look at every page and dialog at 1366×768 in Chinese and English (issue #8).

Builds the small walk store of tests/ui/_walk.py (an administrator who sees every page and
button), opens every page, every dialog the pages open, the menu dialogs and the few dialogs
the walk does not reach (imports, closing a stock-take, linking a joint case, the setup
wizard), saves each as OUT/<lang>-page-NN-Class.png / OUT/<lang>-dlg-Name.png and prints what
does not fit (tests/ui/_fit.py: text cut off, windows above 1366×768, sideways scrolling).

Runs itself under Xvfb (a 1366×768 screen; Debian: apt-get install xvfb) unless --offscreen.
Usage: scripts/look_shots.py [--out DIR] [--lang zh|en ...] [--offscreen]
Exit status 1 when something does not fit.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = "SQUADDESK_LOOK_CHILD"


def _run_under_xvfb(argv: list[str]) -> int:
    if not shutil.which("xvfb-run"):
        sys.exit("xvfb-run is needed (apt-get install xvfb), or pass --offscreen")
    env = {**os.environ, CHILD: "1", "QT_QPA_PLATFORM": "xcb"}
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24 -nolisten tcp", sys.executable,
           str(Path(__file__).resolve()), *argv]  # fmt: skip
    return subprocess.call(cmd, env=env, cwd=ROOT)


def shoot(out: Path, langs: list[str]) -> list[str]:
    """Save every page and dialog of each language; what does not fit."""
    sys.path.insert(0, str(ROOT))
    import keyring
    from PySide6.QtWidgets import QApplication, QWidget

    from tests.conftest import FakeClock, MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication([])
    from app.store import open_store
    from tests.ui._fit import fit_problems, place_as_on_screen
    from tests.ui._walk import (
        build_walk_store,
        dialogs_of_page,
        extra_dialogs,
        login_walker,
        window_dialogs,
    )
    from ui import i18n, tasks
    from ui.app_window import AppWindow
    from ui.main import register_font

    register_font()
    out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="squaddesk-look-") as tmp:
        template = Path(tmp) / "walk.sqlite3"
        build_walk_store(template)

        def settle() -> None:
            for _ in range(100):
                app.processEvents()
                tasks.wait_for_all()
                app.processEvents()
                if not tasks.busy():
                    break

        def save(widget: QWidget, name: str, where: str) -> None:
            settle()
            widget.grab().save(str(out / f"{name}.png"))
            problems.extend(fit_problems(widget, where))

        for lang in langs:
            i18n.remove_translators()
            i18n.install_translators(lang)
            db = Path(tmp) / f"{lang}.sqlite3"
            shutil.copy(template, db)
            ctx = open_store(db, clock=FakeClock())
            actor = login_walker(ctx)
            window = AppWindow(ctx, actor)
            window.resize(1366, 768)
            window.show()
            for i, page in enumerate(list(window.pages)):
                window.show_page(page)
                name = type(page).__name__
                save(window, f"{lang}-page-{i:02d}-{name}", f"[{lang}] page {name}")
                for dname, factory in dialogs_of_page(page, ctx, actor):
                    dialog = factory()
                    place_as_on_screen(dialog)
                    dialog.show()
                    save(dialog, f"{lang}-dlg-{dname.replace(' ', '_')}", f"[{lang}] {dname}")
                    dialog.reject()
                    dialog.deleteLater()
            for dname, factory in [
                *window_dialogs(window, ctx, actor),
                *extra_dialogs(window, ctx, actor, Path(tmp) / lang),
            ]:
                dialog = factory()
                place_as_on_screen(dialog)
                dialog.show()
                save(dialog, f"{lang}-dlg-{dname}", f"[{lang}] {dname}")
                dialog.reject()
                dialog.deleteLater()
            window.close()
            settle()
            ctx.db.dispose()
    return problems


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "look")
    parser.add_argument("--lang", action="append", choices=["zh", "en"])
    parser.add_argument("--offscreen", action="store_true", help="no Xvfb (screen size differs)")
    args = parser.parse_args(argv)
    if not args.offscreen and not os.environ.get(CHILD):
        return _run_under_xvfb(argv)
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    problems = shoot(args.out.resolve(), args.lang or ["zh", "en"])
    for p in problems:
        print(p)
    print(f"{len(problems)} problems; pictures in {args.out.resolve()}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
