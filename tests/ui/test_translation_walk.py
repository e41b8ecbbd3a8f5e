"""Translation walk: log in as an administrator on a small demo store, open every page and
every dialog each page can open, and read every text a widget shows.

English (squaddesk_en.qm installed): no Chinese except data from the store (names, places,
items, case content). Chinese (no translator): no English words in the interface except
allowed tokens (PDF, QR, xlsx, ID…) and data. Findings name the page or dialog, the widget
class, its objectName and the text."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.store import open_store
from tests.conftest import FakeClock, dispose_store
from tests.ui._walk import (
    Shown,
    build_walk_store,
    data_texts,
    dialogs_of_page,
    login_walker,
    shown_texts,
    window_dialogs,
)
from ui import i18n, tasks
from ui.app_window import AppWindow

PATH = re.compile(r"(?:\b[A-Za-z]:[\\/]|(?<![\w.])/|~/|https?://)[^\s）)]*")  # file paths and URLs are data
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*[A-Za-z]")
# Words that stay as they are in the Chinese interface.
ALLOWED_WORDS = {
    "PDF", "QR", "xlsx", "XLSX", "ID", "SHA-256", "SHA", "CSV", "PNG", "JPG", "USB", "HTTP",
    "HTTPS", "https", "URL", "Excel", "SquadDesk", "English", "KB", "MB", "GB", "backups", "pem",
    # key names in shortcut hints
    "Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Space", "Del", "Backspace", "PgUp", "PgDn",
}  # fmt: skip
MAX_VALUE = 200  # longer stored texts (JSON, case facts) are never shown whole in chrome


@pytest.fixture(scope="session")
def walk_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("walk") / "walk.sqlite3"
    build_walk_store(path)
    return path


@pytest.fixture
def wctx(walk_template: Path, tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    path = tmp_path / "walk.sqlite3"
    shutil.copy(walk_template, path)
    c = open_store(path, clock=clock)
    yield c
    dispose_store(c)


def settle(qtbot: QtBot) -> None:
    """Let background loads report back to their widgets."""
    qtbot.waitUntil(lambda: not tasks.busy())


def collect(qtbot: QtBot, ctx: AppContext) -> tuple[list[Shown], list[str]]:
    """Every chrome text of the window, its pages and their dialogs; and what was opened."""
    actor = login_walker(ctx)
    window = AppWindow(ctx, actor)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    found: list[Shown] = []
    opened: list[str] = []
    for page in list(window.pages):
        window.show_page(page)
        settle(qtbot)
        title = page.page_title()  # type: ignore[attr-defined]
        found.extend(shown_texts(window, f"page {type(page).__name__} ({title})"))
        for name, factory in dialogs_of_page(page, ctx, actor):
            dialog = factory()
            dialog.show()
            settle(qtbot)
            found.extend(shown_texts(dialog, f"dialog {name} (from {type(page).__name__})"))
            opened.append(name)
            dialog.reject()
            dialog.deleteLater()
    for name, factory in window_dialogs(window, ctx, actor):
        dialog = factory()
        dialog.show()
        found.extend(shown_texts(dialog, f"dialog {name} (from the main window)"))
        opened.append(name)
        dialog.reject()
        dialog.deleteLater()
    window.close()
    return found, opened


class DataText:
    """The store's texts: Chinese in them is data, not untranslated interface.

    A Chinese run in a widget's text is data only where a whole stored value appears in the
    text (a name, a place, an item, a case number), never a fragment of a longer value.
    """

    def __init__(self, texts: list[str]) -> None:
        values = {t.strip() for t in texts if CJK.search(t) and len(t.strip()) <= MAX_VALUE}
        self.values = sorted(values, key=len, reverse=True)
        self.words = {w for t in texts for w in ASCII_WORD.findall(t)}

    def without_data(self, text: str) -> str:
        """`text` with every stored value in it blanked out (longest first)."""
        for v in self.values:
            if v in text:
                text = text.replace(v, " ")
        return text


def reference_texts() -> list[str]:
    """Texts of the bundled reference data (catalog, equipment standard…): data too."""
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for path in sorted((ROOT / "resources" / "reference").glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return out


def untranslated_chinese(found: list[Shown], data: DataText) -> list[str]:
    bad = []
    for s in found:
        if s.kind == "combo item" and s.text == "中文":
            continue  # a language is named in its own language
        text = s.text
        if s.kind == "placeholder" and "e.g. " in text:
            text = text.split("e.g. ")[0]  # what follows is an example of Chinese input
        runs = CJK.findall(data.without_data(PATH.sub(" ", text))) if CJK.search(text) else []
        if runs:
            bad.append(f"{s}  ← {'/'.join(runs)}")
    return sorted(set(bad))


def english_leftovers(found: list[Shown], data: DataText) -> list[str]:
    bad = []
    for s in found:
        words = [
            w
            for w in ASCII_WORD.findall(PATH.sub(" ", s.text))
            if w not in ALLOWED_WORDS and w not in data.words and not w.isupper()
        ]
        if words:
            bad.append(f"{s}  ← {'/'.join(words)}")
    return sorted(set(bad))


EXPECTED_DIALOGS = {
    "SummaryCaseDialog", "RegisterCaseDialog", "CaseDetailDialog", "DecideDialog",
    "JointActionsDialog", "StartJointActionDialog", "StaffDialog (new)", "StaffDialog (edit)",
    "CertificateActionDialog", "StaffActiveDialog", "CertificateHistoryDialog", "HoldingsDialog",
    "TrainingEntryDialog", "TrainingCardDialog", "ItemDialog (new)", "ItemDialog (edit)",
    "ItemDetailDialog", "CheckOutDialog", "ReturnDialog", "MaintenanceDialog", "ScheduleDialog",
    "MaintenanceRecordDialog", "TransferDialog", "IssueDialog", "ItemStatusDialog",
    "StocktakeDialog", "LabelPrintDialog", "ComplianceDialog", "OverdueDialog",
    "MaintenanceAlertsDialog", "SeizedDialog", "CreateUserDialog", "EditUserDialog",
    "ResetPasswordDialog", "AuditEntryDialog", "LoginDialog", "ChangePasswordDialog",
    "QrVerifyDialog", "ShortcutsDialog",
}  # fmt: skip


def test_english_walk_has_no_chinese_chrome(qtbot: QtBot, wctx: AppContext, tmp_path: Path) -> None:
    assert i18n.install_translators("en"), "build the .qm: scripts/update_translations"
    found, opened = collect(qtbot, wctx)
    assert len(found) > 1000
    data = DataText(data_texts(wctx.db_path, (str(tmp_path), *reference_texts())))
    bad = untranslated_chinese(found, data)
    assert not bad, f"{len(bad)} untranslated texts in English:\n" + "\n".join(bad)
    assert EXPECTED_DIALOGS <= set(opened), sorted(EXPECTED_DIALOGS - set(opened))


def test_chinese_walk_has_no_english_chrome(qtbot: QtBot, wctx: AppContext, tmp_path: Path) -> None:
    i18n.install_translators("zh")
    found, opened = collect(qtbot, wctx)
    data = DataText(data_texts(wctx.db_path, (str(tmp_path), str(Path.home()))))
    bad = english_leftovers(found, data)
    assert not bad, f"{len(bad)} English leftovers in Chinese:\n" + "\n".join(bad)
    assert EXPECTED_DIALOGS <= set(opened), sorted(EXPECTED_DIALOGS - set(opened))
