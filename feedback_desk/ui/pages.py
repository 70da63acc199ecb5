"""What pages share: reading the database only when shown, and speaking to the owner in plain
words (an empty inbox says what to do first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ReadWhenShown:
    """For a page that reads the database when it is shown, not before, and again after the
    feedback changed; it has ``refresh()``."""

    _stale = True

    def mark_stale(self) -> None:
        """The feedback changed: read again when next shown (at once if shown now)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()


class MessagePage(QWidget):
    """A page that speaks to the owner: a heading, a few sentences, ways to go on."""

    def __init__(self, title: str, text: str, note: str = "", actions=(), parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        for words, name in ((text, ""), (note, "muted")):
            if not words:
                continue
            label = QLabel(words)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFixedWidth(520)
            # Centred by stretches, not by an alignment flag: with a flag the layout stops
            # asking a wrapped label how tall it needs to be, and its last lines are cut off.
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(label)
            row.addStretch(1)
            layout.addLayout(row)
        if actions:
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            for action in actions:
                button = QPushButton(action.text().replace("&", "").rstrip("."))
                button.clicked.connect(action.trigger)
                button.setMinimumHeight(34)
                buttons.addWidget(button)
            buttons.addStretch(1)
            layout.addSpacing(12)
            layout.addLayout(buttons)
        layout.addStretch(2)
