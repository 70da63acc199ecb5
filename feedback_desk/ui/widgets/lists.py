"""Lists: the short ones the owner manages (tags, rules, the team) with their buttons beside,
and the read-only tables of whole rows the pages show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def read_only_rows(table: QTableView, selectable: bool = True) -> QTableView:
    """A table that shows whole rows, plainly: no grid, no row numbers, nothing to edit;
    rows chosen whole (several at once) when ``selectable``."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if selectable
        else QAbstractItemView.SelectionMode.NoSelection
    )
    if not selectable:
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    return table


def list_with_buttons(
    view: QWidget, *buttons: tuple[QPushButton, object], gap_after_first: int = 0
) -> QHBoxLayout:
    """``view`` with a column of ``(button, slot)`` on its right, each button wired."""
    column = QVBoxLayout()
    for button, slot in buttons:
        button.clicked.connect(slot)
        column.addWidget(button)
    if gap_after_first:
        column.insertSpacing(1, gap_after_first)
    column.addStretch(1)
    row = QHBoxLayout()
    row.addWidget(view, 1)
    row.addLayout(column)
    return row
