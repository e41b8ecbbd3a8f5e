"""Fixtures of the case page tests: the case tests' store (reference data and a squad with
leader, officers, reviewer), a bulk path to many cases, and small UI helpers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import AppContext
from tests.cases.conftest import cases_template, cctx, squad  # noqa: F401  (fixtures)
from ui.pages._forms import ServiceDialog

# The offscreen platform warns when a window is shown; nothing to fix in the pages.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def ok(qtbot: QtBot, dialog: ServiceDialog) -> None:
    """Click OK and wait for the dialog to accept."""
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def refused(qtbot: QtBot, dialog: ServiceDialog) -> str:
    """Click OK on a form the service refuses; the red message."""
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.error_label.isHidden()
    return dialog.error_label.text()


def clone_cases(ctx: AppContext, case_id: str, n: int) -> None:
    """Bulk path: `n` copies of one registered case (new ids, numbers, parties and days),
    written with one INSERT … SELECT (the FTS triggers index them)."""
    path: Path = ctx.db_path
    con = sqlite3.connect(path)
    try:
        cols = [r[1] for r in con.execute("PRAGMA table_info(enforcement_case)")]
        exprs = {
            "id": "printf('%08d-clone-0000-0000-%012d', k, k)",
            "number": "'孝顺镇综执立〔2026〕第' || (k + 1000) || '号'",
            "number_seq": "k + 1000",
            "party_name": "'当事人' || k",
            "discovered_on": "date('2026-11-20', '-' || (k % 300) || ' days')",
            "fine_fen": "(k % 7) * 5000",
        }
        select = ", ".join(exprs.get(c, c) for c in cols)
        con.execute(
            f"WITH RECURSIVE seq(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM seq WHERE k < {n}) "
            f"INSERT INTO enforcement_case ({', '.join(cols)}) "
            f"SELECT {select} FROM seq, enforcement_case WHERE enforcement_case.id = ?",
            (case_id,))
        con.commit()
    finally:
        con.close()
