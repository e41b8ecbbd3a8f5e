"""The main window's page list (ui.widgets.NavList): chosen by mouse or keyboard, the current
row painted highlighted with its title in white."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ui.widgets import NavList

TITLES = ["工作台", "案件", "统计", "人员与证件", "培训"]


def _nav(qtbot: QtBot) -> NavList:
    nav = NavList()
    qtbot.addWidget(nav)
    for title in TITLES:
        nav.addItem(title)
    nav.setFixedWidth(168)
    nav.resize(168, 400)
    return nav


def _count(image: QImage, rect, colour: QColor, ratio: float) -> int:
    n = 0
    for y in range(int(rect.top() * ratio) + 1, int(rect.bottom() * ratio) - 1):
        for x in range(int(rect.left() * ratio) + 1, int(rect.right() * ratio) - 1):
            p = image.pixelColor(x, y)
            if all(abs(a - b) <= 30 for a, b in zip(
                    (p.red(), p.green(), p.blue()), (colour.red(), colour.green(), colour.blue()),
                    strict=True)):
                n += 1
    return n


def test_rows_and_the_current_one(qtbot: QtBot) -> None:
    nav = _nav(qtbot)
    assert nav.count() == len(TITLES) and nav.texts() == TITLES
    assert nav.currentRow() == -1
    with qtbot.waitSignal(nav.currentRowChanged) as changed:
        nav.setCurrentRow(2)
    assert changed.args == [2] and nav.currentRow() == 2
    with qtbot.assertNotEmitted(nav.currentRowChanged):
        nav.setCurrentRow(2)  # no change, no signal
    nav.blockSignals(True)
    with qtbot.assertNotEmitted(nav.currentRowChanged):
        nav.setCurrentRow(0)
    nav.blockSignals(False)
    assert nav.currentRow() == 0
    nav.clear()
    assert nav.count() == 0 and nav.currentRow() == -1


def test_keyboard_moves_the_current_row(qtbot: QtBot) -> None:
    nav = _nav(qtbot)
    assert nav.focusPolicy() == Qt.FocusPolicy.StrongFocus
    nav.setCurrentRow(0)
    seen: list[int] = []
    nav.currentRowChanged.connect(seen.append)
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert nav.currentRow() == 2
    qtbot.keyClick(nav, Qt.Key.Key_End)
    assert nav.currentRow() == len(TITLES) - 1
    qtbot.keyClick(nav, Qt.Key.Key_Down)  # stays on the last row
    assert nav.currentRow() == len(TITLES) - 1
    qtbot.keyClick(nav, Qt.Key.Key_Home)
    qtbot.keyClick(nav, Qt.Key.Key_Up)  # stays on the first
    assert nav.currentRow() == 0
    assert seen == [1, 2, len(TITLES) - 1, 0]


def test_a_click_chooses_the_row_under_the_mouse(qtbot: QtBot) -> None:
    nav = _nav(qtbot)
    nav.show()
    qtbot.waitExposed(nav)
    rect = nav.row_rect(3)
    qtbot.mouseClick(nav, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert nav.currentRow() == 3
    below = nav.row_rect(len(TITLES) - 1).bottom() + 40
    qtbot.mouseClick(nav, Qt.MouseButton.LeftButton, pos=QPoint(20, int(below)))
    assert nav.currentRow() == 3  # below the rows: nothing chosen
    assert nav.row_at(rect.top() - NavList.GAP / 2) == -1  # between two rows


def test_the_current_row_is_highlighted_with_a_white_title(qtbot: QtBot) -> None:
    nav = _nav(qtbot)
    nav.setCurrentRow(1)
    image = nav.grab().toImage()
    ratio = image.devicePixelRatio()
    current, other = nav.row_rect(1), nav.row_rect(2)
    assert _count(image, current, NavList.SELECTED, ratio) > 0.7 * current.width() * current.height()
    assert _count(image, current, QColor("#ffffff"), ratio) > 10  # the title, tinted white
    assert _count(image, other, NavList.SELECTED, ratio) == 0
    assert _count(image, other, NavList.TEXT, ratio) > 10  # a plain title
    assert _count(image, other, NavList.BACKGROUND, ratio) > 0.5 * other.width() * other.height()


def test_width_follows_the_longest_title(qtbot: QtBot) -> None:
    nav = _nav(qtbot)
    narrow = nav.sizeHint().width()
    nav.addItem("Staff and certificates, and a good deal more")
    assert nav.sizeHint().width() > narrow
    assert nav.text_width() == nav.fontMetrics().horizontalAdvance(nav.texts()[-1])
