"""The short lists the owner manages (tags, rules, the team): a list with its buttons beside."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget


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
