"""Typing and clicking as a person does: keys for plain letters, the input method for Korean
and accents, a click on an inbox row; and times relative to now for feedback that waits."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

_RUNS = re.compile(r"(\n|[\x20-\x7e]+|[^\x20-\x7e\n]+)")


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget``. Qt's test keyboard knows only ASCII, so other characters
    are committed through an input-method event, as a Korean keyboard's IME delivers them."""
    widget.setFocus()
    for run in _RUNS.findall(text):
        if run == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def click_row(qtbot, window, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Click the text of an inbox row (Shift or Ctrl held with ``modifier``)."""
    from feedback_desk.ui.inbox.model import TEXT

    table = window.inbox.table
    rect = table.visualRect(window.inbox.model.index(row, TEXT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def hours_ago(hours: float) -> str:
    """A stored time ``hours`` before now."""
    return (datetime.now() - timedelta(hours=hours)).replace(microsecond=0).isoformat()
