"""Every page and the main dialogs fit a 1366×768 office screen, in Chinese and in English:
no window larger than the screen, no form page scrolling sideways, and every button, one-line
label, combo box and table header wide enough for its text (tests/ui/_fit.py). Findings name
the page or dialog, the widget and the text."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.store import open_store
from tests.conftest import FakeClock, dispose_store
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

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def fit_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fit") / "walk.sqlite3"
    build_walk_store(path)
    return path


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[None]:
    """The bundled CJK font at the size the app uses (tests otherwise run with the default)."""
    before = QFont(QApplication.font())
    assert register_font(), "the bundled font resources/fonts/wqy-microhei.ttc is missing"
    yield
    QApplication.setFont(before)


def settle(qtbot: QtBot) -> None:
    """Background loads reported back and the layouts they changed redone."""
    qtbot.waitUntil(lambda: not tasks.busy())
    QApplication.processEvents()
    tasks.wait_for_all()
    QApplication.processEvents()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_and_dialog_fits_1366x768(
    qtbot: QtBot, fit_template: Path, tmp_path: Path, app_font: None, lang: str
) -> None:
    if lang == "en":
        assert i18n.install_translators("en"), "build the .qm: scripts/update_translations"
    path = tmp_path / "walk.sqlite3"
    shutil.copy(fit_template, path)
    ctx = open_store(path, clock=FakeClock())
    try:
        actor = login_walker(ctx)
        window = AppWindow(ctx, actor)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        problems: list[str] = []
        seen: list[str] = []

        def check(dialog_name: str, factory: object) -> None:
            dialog = factory()  # type: ignore[operator]
            qtbot.addWidget(dialog)
            place_as_on_screen(dialog)
            dialog.show()
            settle(qtbot)
            problems.extend(fit_problems(dialog, f"[{lang}] {dialog_name}"))
            seen.append(dialog_name)
            dialog.reject()

        for page in list(window.pages):
            window.show_page(page)
            settle(qtbot)
            problems.extend(fit_problems(window, f"[{lang}] page {type(page).__name__}"))
            for name, factory in dialogs_of_page(page, ctx, actor):
                check(name, factory)
        for name, factory in [
            *window_dialogs(window, ctx, actor),
            *extra_dialogs(window, ctx, actor, tmp_path / "files"),
        ]:
            check(name, factory)
        window.close()
        assert {"RegisterCaseDialog", "StaffDialog (new)", "CreateUserDialog", "ItemDialog (new)",
                "TrainingEntryDialog", "TrainingImportDialog", "ImportPreviewDialog",
                "CloseStocktakeDialog", "LinkJointCaseDialog", "SetupWizard"} <= set(seen)  # fmt: skip
        assert not problems, f"{len(problems)} things do not fit:\n" + "\n".join(problems)
    finally:
        tasks.wait_for_all()
        dispose_store(ctx)
