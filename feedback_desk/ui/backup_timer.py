"""The daily backup while the app runs: checked a minute after the window shows, then every
hour, and made on a thread of its own (a 600 MB database takes seconds to copy)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from ..core import backups
from ..core.problems import plain_write_problem

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 60_000
CHECK_EVERY_MS = 3_600_000


class Background(QObject):
    """Runs one piece of work at a time on a Python thread; ``finished(result, error)`` is
    emitted on the GUI thread. The work opens its own sqlite3 connection: a connection
    cannot be used from a thread other than the one that made it."""

    finished = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def run(self, work: Callable[[], object]) -> bool:
        """Start ``work``; False when the previous work is still running."""
        if self.busy():
            return False

        def target():
            result, error = None, None
            try:
                result = work()
            except Exception as exc:
                error = exc
            try:
                self.finished.emit(result, error)
            except RuntimeError:  # the window is gone; the copy itself was finished
                log.info("background copy finished after its window closed: %s", error)

        # Not a daemon: quitting waits for a copy under way rather than leave half a file.
        self._thread = threading.Thread(target=target, name="feedback-desk-backup")
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)


class BackupTimer(QObject):
    """Makes the day's backup of ``db_path`` when there is none yet, then prunes old ones.

    Given the main window as parent it starts by itself a minute after the window shows
    and stops (waiting for a copy under way) when the window closes. ``made(Path)`` and
    ``failed(str)`` say how it went (the window may show them in its status bar)."""

    made = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        db_path: Path,
        parent: QObject | None = None,
        first_check_ms: int = FIRST_CHECK_MS,
        check_every_ms: int = CHECK_EVERY_MS,
    ):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._first_check_ms = first_check_ms
        self._check_every_ms = check_every_ms
        self._started = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.background = Background(self)
        self.background.finished.connect(self._finished)
        if parent is not None and parent.isWidgetType():
            parent.installEventFilter(self)
            if parent.isVisible():
                self.start()

    def start(self) -> None:
        """Check once after the first delay, then every hour."""
        self._started = True
        self.timer.start(self._first_check_ms)

    def stop(self) -> None:
        self.timer.stop()
        self.background.wait()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parent():
            if event.type() == QEvent.Type.Show and not self._started:
                self.start()
            elif event.type() == QEvent.Type.Close:
                # A copy under way is finished first; the timer stops once the window has
                # really closed (a close can be refused, e.g. for an unsaved template).
                self.background.wait()
                QTimer.singleShot(0, self._stop_if_closed)
        return False

    def _stop_if_closed(self) -> None:
        parent = self.parent()
        if parent is None or not parent.isVisible():
            self.timer.stop()

    def check(self) -> bool:
        """Start the day's backup if it is due; True when one was started."""
        self.timer.start(self._check_every_ms)
        if self.background.busy():
            return False
        try:
            due = self.db_path.is_file() and backups.needs_daily(self.db_path)
        except OSError as exc:
            log.warning("cannot look into the backups folder: %s", exc)
            return False
        if not due:
            return False
        db_path = self.db_path
        return self.background.run(lambda: backups.make_daily(db_path, datetime.now()))

    def _finished(self, made: Path | None, error: BaseException | None) -> None:
        if error is not None:
            message = plain_write_problem(error, "today's backup was not made")
            log.warning("the daily backup failed: %r", error)
            self.failed.emit(message or f"Today's backup was not made: {error}.")
        elif made is not None:
            log.info("daily backup made: %s", made)
            self.made.emit(made)
