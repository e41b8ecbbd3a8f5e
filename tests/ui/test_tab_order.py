"""Tab walks the main forms in the order they are read: top to bottom, left to right, every
input once (受案登记, 队员, 用户, 装备, 培训登记)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.store import open_store
from tests.conftest import FakeClock, dispose_store
from tests.ui._taborder import describe, form_inputs, tab_order, visual_order
from tests.ui._walk import build_walk_store, login_walker
from ui import tasks

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def tab_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tab") / "walk.sqlite3"
    build_walk_store(path)
    return path


@pytest.fixture
def walk(tab_template: Path, tmp_path: Path) -> Iterator[tuple[AppContext, Actor]]:
    path = tmp_path / "walk.sqlite3"
    shutil.copy(tab_template, path)
    ctx = open_store(path, clock=FakeClock())
    yield ctx, login_walker(ctx)
    tasks.wait_for_all()
    dispose_store(ctx)


def _register_case(ctx: AppContext, actor: Actor) -> QDialog:
    from ui.pages.cases import RegisterCaseDialog

    return RegisterCaseDialog(ctx, actor)


def _staff(ctx: AppContext, actor: Actor) -> QDialog:
    from ui.pages.staff import StaffDialog

    return StaffDialog(ctx, actor, None)


def _user(ctx: AppContext, actor: Actor) -> QDialog:
    from ui.pages.users import CreateUserDialog

    return CreateUserDialog(ctx, actor)


def _item(ctx: AppContext, actor: Actor) -> QDialog:
    from ui.pages.equipment import ItemDialog

    return ItemDialog(ctx, actor, None)


def _training(ctx: AppContext, actor: Actor) -> QDialog:
    from ui.pages.training_entry import TrainingEntryDialog

    return TrainingEntryDialog(ctx, actor)


FORMS: dict[str, Callable[[AppContext, Actor], QDialog]] = {
    "受案登记": _register_case,
    "队员": _staff,
    "用户": _user,
    "装备": _item,
    "培训登记": _training,
}


@pytest.mark.parametrize("form", list(FORMS))
def test_tab_reaches_every_input_in_reading_order(
    qtbot: QtBot, walk: tuple[AppContext, Actor], form: str
) -> None:
    ctx, actor = walk
    dialog = FORMS[form](ctx, actor)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: not tasks.busy())
    inputs = form_inputs(dialog)
    assert len(inputs) >= 3, [describe(w) for w in inputs]
    for w in inputs:  # Tab must leave multi-line fields
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            assert w.tabChangesFocus(), f"{form}: {describe(w)} swallows Tab"

    def press_tab() -> None:
        target = QApplication.focusWidget()
        assert target is not None, f"{form}: focus left the window"
        qtbot.keyClick(target, Qt.Key.Key_Tab)

    reached = tab_order(dialog, inputs, press_tab)
    expected = visual_order(dialog, inputs)
    assert [describe(w) for w in reached] == [describe(w) for w in expected], (
        form + "\nTab:    " + "\n        ".join(map(describe, reached))
        + "\nscreen: " + "\n        ".join(map(describe, expected))
    )
