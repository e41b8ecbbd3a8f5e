"""Keyboard order of a form: the inputs Tab reaches, and the order they appear on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QCheckBox, QRadioButton)
ROW_TOLERANCE = 10  # px: widgets whose tops differ less are on one row


def _owner(w: QWidget | None, inputs: list[QWidget]) -> QWidget | None:
    """The input `w` belongs to (a combo's line edit, a spin box's editor…)."""
    while w is not None and w not in inputs:
        w = w.parentWidget()
    return w


def form_inputs(root: QWidget) -> list[QWidget]:
    """Visible, enabled, keyboard-reachable inputs of `root` (not inside another input)."""
    found = [
        w for w in root.findChildren(QWidget)
        if isinstance(w, INPUTS) and w.isVisibleTo(root) and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not (isinstance(w, (QTextEdit, QPlainTextEdit)) and w.isReadOnly())
        and not (isinstance(w, QLineEdit) and (w.isReadOnly() or isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))))
    ]  # fmt: skip
    # In a group of exclusive radio buttons Tab stops at the checked one (arrows move inside).
    return [
        w for w in found
        if not (isinstance(w, QRadioButton) and w.autoExclusive() and not w.isChecked())
    ]  # fmt: skip


def visual_order(root: QWidget, inputs: list[QWidget]) -> list[QWidget]:
    """Reading order: side-by-side panels (nothing spans the gap between them) left panel
    first; within a panel top to bottom, then left to right within a row."""

    def pos(w: QWidget) -> QPoint:
        return w.mapTo(root, QPoint(0, 0))

    columns: list[list[QWidget]] = []
    right_edge = -1
    for w in sorted(inputs, key=lambda w: pos(w).x()):
        if pos(w).x() > right_edge:
            columns.append([])
        columns[-1].append(w)
        right_edge = max(right_edge, pos(w).x() + w.width())
    out: list[QWidget] = []
    for column in columns:
        rows: list[list[QWidget]] = []
        for w in sorted(column, key=lambda w: (pos(w).y(), pos(w).x())):
            if rows and pos(w).y() - pos(rows[-1][0]).y() < ROW_TOLERANCE:
                rows[-1].append(w)
            else:
                rows.append([w])
        out.extend(w for row in rows for w in sorted(row, key=lambda w: pos(w).x()))
    return out


def tab_order(root: QWidget, inputs: list[QWidget], press_tab: object) -> list[QWidget]:
    """The inputs in the order Tab reaches them, starting from the first one on screen."""
    first = visual_order(root, inputs)[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    out = [first]
    for _ in range(3 * len(root.findChildren(QWidget))):
        press_tab()  # type: ignore[operator]
        owner = _owner(QApplication.focusWidget(), inputs)
        if owner is first:
            break
        if owner is not None and owner not in out:
            out.append(owner)
    return out


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton) else ""
    return f"{type(w).__name__}#{w.objectName() or '-'}{' ' + text if text else ''}@{w.mapToGlobal(QPoint(0, 0)).toTuple()}"
