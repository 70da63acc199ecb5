"""The few kinds of label every page uses, styled by object name (see style.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def label(text: str = "", name: str = "muted") -> QLabel:
    """A word-wrapped label: 'muted' for explanations, 'sectionHeading', 'emptyTitle',
    'problem' for what went wrong, '' for plain text."""
    widget = QLabel(text)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setIndent(0)  # styled labels would otherwise sit a few pixels in
    return widget
