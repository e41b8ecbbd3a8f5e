"""Memory of the case list: peak RSS of a child process that opens the app's main window over
100,000 cases (the demo township scaled up, built with the cases-search builder), shows the
case list (id list + the visible pages only) and scrolls through a few pages, offscreen.

The child logs in as the demo leader (张伟), builds AppWindow, shows it at 1366×768 with the
case list open, scrolls page by page (rendering each), then prints its own peak RSS
(resource.getrusage ru_maxrss) and how many rows the list model fetched. Target: ≤ 300 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

NAME = "cases-memory"
DESCRIPTION = (
    "peak RSS of the main window with 100,000 cases and the case list open and scrolled "
    "(offscreen child process); target ≤ 300 MB"
)

TARGET_MB = 300
SCROLL_PAGES = 8
ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, resource, sys, time
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QFontDatabase
app = QApplication(sys.argv[:1])
from sqlalchemy import select
import local_db.models_cases  # noqa: F401
from app.resources import resource_path
from app.services import users
from app.store import open_store
from local_db.models import UserAccount
from ui.app_window import AppWindow
from ui.pages.cases import CasesPage

QFontDatabase.addApplicationFont(str(resource_path("fonts/wqy-microhei.ttc")))
t0 = time.perf_counter()
ctx = open_store(sys.argv[1])
with ctx.db.read_session() as s:
    user = s.scalar(select(UserAccount).where(UserAccount.username == "zhangwei"))
actor = users.actor_for(user)
win = AppWindow(ctx, actor)
win.resize(1366, 768)
win.show()
page = win.page_of_type(CasesPage)
win.show_page(page)
app.processEvents()
win.grab()
opened_ms = (time.perf_counter() - t0) * 1000
bar = page.table.verticalScrollBar()
for _ in range(int(sys.argv[2])):
    bar.setValue(bar.value() + bar.pageStep())
    app.processEvents()
    win.grab()
bar.setValue(bar.maximum())
app.processEvents()
win.grab()
rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rss_kb": rss_kb, "cases": len(page.model.ids), "rows_cached": len(page.model.rows),
                  "opened_ms": round(opened_ms, 1)}), flush=True)
"""


def run() -> dict[str, Any]:
    from benchmarks import cases_search

    with tempfile.TemporaryDirectory(prefix="squaddesk-bench-casemem-") as tmp:
        home = Path(tmp)
        path = home / "cases.sqlite3"
        built = cases_search.build(path)
        print(f"built {cases_search.CASES} cases in {built:.1f} s", flush=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                   XDG_STATE_HOME=str(home / "state"))
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", CHILD, str(path), str(SCROLL_PAGES)],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
                              check=False)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError(f"child exited {proc.returncode}:\n{proc.stderr[-4000:]}")
        child = json.loads(proc.stdout.strip().splitlines()[-1])
    rss_mb = round(child["rss_kb"] / 1024, 1)  # Linux: ru_maxrss in KiB
    print(f"cases {child['cases']}, rows cached {child['rows_cached']}, "
          f"window + list opened in {child['opened_ms']} ms, child wall {wall:.1f} s")
    print(f"peak RSS {rss_mb} MB (target ≤ {TARGET_MB} MB)")
    return {"name": NAME, "rss_mb": rss_mb, "target_mb": TARGET_MB, "cases": child["cases"],
            "rows_cached": child["rows_cached"], "opened_ms": child["opened_ms"],
            "scroll_pages": SCROLL_PAGES, "ok": rss_mb <= TARGET_MB}
