"""What later launches and the system ask of the running app: to come forward, and to
import files the owner opened with Feedback Desk ("Open with" on a CSV while a window is open,
passed on by single_instance.py; a file opened in Finder or dropped on the Dock icon on macOS,
a FileOpen event). Files wait until there is a window (one may be restoring a backup) and no
other dialog is open, then are imported one at a time."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from .single_instance import bring_forward

RETRY_MS = 500
# Only macOS sends FileOpen events; a filter on the application sees every event of every
# widget, so it is installed nowhere else.
SENDS_FILE_OPEN = sys.platform == "darwin"


class FileOpener(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self._window = None
        self.pending: list[Path] = []
        if SENDS_FILE_OPEN:
            app.installEventFilter(self)

    @property
    def window(self):
        return self._window

    @window.setter
    def window(self, window) -> None:
        """The window files are imported into; None while there is none (a restore)."""
        self._window = window
        if window is not None and self.pending:
            QTimer.singleShot(0, self._next)

    def listen(self, instance) -> None:
        """Answer the launches that reach ``instance`` (an InstanceServer)."""
        instance.asked.connect(self.come_forward)
        instance.open_requested.connect(self.open)

    def come_forward(self) -> None:
        """The window, or while there is none (a restore under way) the progress dialog."""
        shown = self._window or QApplication.activeModalWidget()
        if shown is not None:
            bring_forward(shown)

    def open(self, path: Path) -> None:
        self.pending.append(Path(path))
        QTimer.singleShot(0, self._next)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.open(Path(event.file()))
            return True
        return False

    def _next(self) -> None:
        if not self.pending or self._window is None:
            return
        if QApplication.activeModalWidget() is not None:  # an import or a question is open
            QTimer.singleShot(RETRY_MS, self._next)
            return
        window = self._window
        bring_forward(window)
        window.import_source(self.pending.pop(0))
        if self.pending:
            QTimer.singleShot(0, self._next)
