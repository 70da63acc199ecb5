"""What pages share: reading the database only when shown, and speaking to the owner in plain
words (an empty inbox says what to do first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def scrolling(page: QWidget, content: QWidget) -> None:
    """Lay ``content`` out as the whole of ``page``, scrolling when it is taller than a small
    window rather than squeezing its boxes."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)


class LazyPage(QWidget):
    """A page built when it is first shown or asked for (``page()``), not at start: the
    Dashboard's charts and the Reports page's printer cost a good part of a second to load."""

    def __init__(self, make, parent=None):
        super().__init__(parent)
        self._make = make
        self._page = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self):
        if self._page is None:
            self._page = self._make()
            self.layout().addWidget(self._page)
            if self.isVisible():  # built while shown: a new child shows only when told
                self._page.show()
        return self._page

    def showEvent(self, event) -> None:
        self.page()
        super().showEvent(event)

    def mark_stale(self) -> None:
        """A page not built yet reads everything when it is."""
        if self._page is not None:
            self._page.mark_stale()


class PageOf:
    """The page a LazyPage attribute holds, built when first asked for: ``settings_page =
    PageOf("settings_holder")`` in a class whose ``settings_holder`` is a LazyPage."""

    def __init__(self, holder: str):
        self.holder = holder

    def __get__(self, owner, owner_type=None):
        return self if owner is None else getattr(owner, self.holder).page()


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
