"""The 工作台 tiles' painted lists (ui.pages.dashboard.TileLines): wrapped into the tile,
cut with "…" only when the height runs out, each part painted in its own colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ui.pages.dashboard import AMBER, GREEN, INK, RED, TileLines

LONG = "Send the annual training report to the county by 2026-11-30"


def _shown(qtbot: QtBot, lines: list, width: int, height: int) -> TileLines:
    widget = TileLines()
    qtbot.addWidget(widget)
    widget.set_lines(lines)
    widget.resize(width, height)
    return widget


def _near(pixel: QColor, colour: QColor) -> bool:
    return all(abs(a - b) <= 40 for a, b in zip(
        (pixel.red(), pixel.green(), pixel.blue()), (colour.red(), colour.green(), colour.blue()),
        strict=True))


def _inked(image: QImage, top: int, bottom: int, colour: QColor) -> int:
    """Pixels of rows top..bottom (device px) close to `colour` and well inked."""
    count = 0
    for y in range(max(0, top), min(image.height(), bottom)):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 200 and _near(pixel, colour):
                count += 1
    return count


def test_a_long_line_wraps_at_spaces_and_nothing_is_cut(qtbot: QtBot) -> None:
    widget = _shown(qtbot, [((LONG, AMBER),)], 160, 200)
    fm = widget.fontMetrics()
    rows = widget.shown_texts()
    assert len(rows) > 1
    assert all(fm.horizontalAdvance(row) <= 160 for row in rows)
    assert "".join(rows).replace(" ", "") == LONG.replace(" ", "")
    assert all(row.split()[-1] in LONG.split() for row in rows)  # whole words, not cut ones
    assert not widget.elided()
    widget.grab()
    assert widget.toolTip() == ""


def test_chinese_wraps_between_characters(qtbot: QtBot) -> None:
    text = "2026-12-26 孝顺镇综执立〔2025〕第122号 立案"
    widget = _shown(qtbot, [text], 120, 200)
    rows = widget.shown_texts()
    assert len(rows) > 1
    assert "".join(rows).replace(" ", "") == text.replace(" ", "")


def test_too_little_height_cuts_the_last_row_and_the_tooltip_has_it_all(qtbot: QtBot) -> None:
    lines = [((LONG, RED),), "第二行", "第三行"]
    widget = _shown(qtbot, lines, 160, 1)  # room for one row only
    rows = widget.shown_texts()
    assert len(rows) == 1 and rows[0].endswith("…")
    assert widget.fontMetrics().horizontalAdvance(rows[0]) <= 160
    assert widget.elided()
    widget.grab()
    assert widget.toolTip() == "\n".join([LONG, "第二行", "第三行"])


def test_minimum_height_holds_every_line_unwrapped(qtbot: QtBot) -> None:
    widget = _shown(qtbot, ["一", "二", "三"], 200, 10)
    step = widget.fontMetrics().lineSpacing()
    assert widget.minimumSizeHint().height() == 3 * step
    assert widget.minimumSizeHint().width() == TileLines.MIN_WIDTH


def test_each_part_is_painted_in_its_own_colour(qtbot: QtBot) -> None:
    lights = (("进度正常 25", GREEN), ("　", INK), ("难以完成 9", RED))
    widget = _shown(qtbot, [((("逾期案件 逾期案件"), RED),), lights, "普通一行"], 400, 120)
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    step = round(widget.fontMetrics().lineSpacing() * ratio)
    first, second, third = (0, step), (step, 2 * step), (2 * step, 3 * step)
    assert _inked(image, *first, RED) > 20
    assert _inked(image, *first, GREEN) == 0
    assert _inked(image, *second, GREEN) > 20 and _inked(image, *second, RED) > 20
    assert _inked(image, *third, INK) > 20 and _inked(image, *third, RED) == 0
    # The green part comes first on its row, the red one after it.
    green_x = [x for x in range(image.width()) for y in range(*second)
               if _near(image.pixelColor(x, y), GREEN) and image.pixelColor(x, y).alpha() > 200]
    red_x = [x for x in range(image.width()) for y in range(*second)
             if _near(image.pixelColor(x, y), RED) and image.pixelColor(x, y).alpha() > 200]
    assert max(green_x) < min(red_x)


def test_new_lines_repaint(qtbot: QtBot) -> None:
    widget = _shown(qtbot, [(("旧的一行", RED),)], 300, 60)
    assert _inked(widget.grab().toImage(), 0, 60, RED) > 0
    widget.set_lines([(("新的一行", GREEN),)])
    image = widget.grab().toImage()
    assert _inked(image, 0, 60, RED) == 0 and _inked(image, 0, 60, GREEN) > 0


def test_numbers_stay_whole_and_marks_stay_with_their_neighbours(qtbot: QtBot) -> None:
    text = "计算机：差 3（38/41）另有 2026-11-30 到期，共 96,793 件"
    widget = TileLines()
    qtbot.addWidget(widget)
    fm = widget.fontMetrics()
    widest = max(fm.horizontalAdvance(t) for t in ("3（38/41）", "2026-11-30", "共 96,793"))
    for width in range(widest + 2, fm.horizontalAdvance(text), 3):
        rows = [row.strip(" ") for row in _texts(_wrap_at(widget, text, width))]
        assert "".join(rows).replace(" ", "") == text.replace(" ", "")
        for token in ("38/41", "2026-11-30", "96,793"):
            assert any(token in row for row in rows), (width, rows)
        assert not any(row[0] in "）)，,。" for row in rows[1:] if row), (width, rows)
        assert not any(row[-1] in "（(" for row in rows if row), (width, rows)


def _wrap_at(widget: TileLines, text: str, width: int) -> list:
    widget.set_lines([text])
    widget.resize(width, 1000)
    return widget.rows()


def _texts(rows: list) -> list[str]:
    return ["".join(part for part, _colour in row) for row in rows]
