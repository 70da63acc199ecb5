"""The daily backup while the app runs: checked a minute after the window shows, then every
hour, and made on a thread of its own (a 600 MB database takes seconds to copy)."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from ..core import backups
from ..core.problems import plain_write_problem
from .tasks import Task

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 60_000
CHECK_EVERY_MS = 3_600_000


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
        self.task: Task | None = None
        if parent is not None and parent.isWidgetType():
            parent.installEventFilter(self)
            if parent.isVisible():
                self.start()

    def start(self) -> None:
        """Check once after the first delay, then every hour."""
        self._started = True
        self.timer.start(self._first_check_ms)

    def busy(self) -> bool:
        return self.task is not None and self.task.running()

    def wait(self) -> None:
        if self.task is not None:
            self.task.wait()

    def stop(self) -> None:
        self.timer.stop()
        self.wait()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parent():
            if event.type() == QEvent.Type.Show and not self._started:
                self.start()
            elif event.type() == QEvent.Type.Close:
                # A copy under way is finished first; the timer stops once the window has
                # really closed (a close can be refused, e.g. for an unsaved template).
                self.wait()
                QTimer.singleShot(0, self._stop_if_closed)
        return False

    def _stop_if_closed(self) -> None:
        parent = self.parent()
        if parent is None or not parent.isVisible():
            self.timer.stop()

    def check(self) -> bool:
        """Start the day's backup if it is due; True when one was started."""
        self.timer.start(self._check_every_ms)
        if self.busy():
            return False
        try:
            due = self.db_path.is_file() and backups.needs_daily(self.db_path)
        except OSError as exc:
            log.warning("cannot look into the backups folder: %s", exc)
            return False
        if not due:
            return False
        db_path = self.db_path
        if self.task is not None:
            self.task.deleteLater()  # yesterday's, long finished
        self.task = Task(
            lambda _progress, _cancelled: backups.make_daily(db_path, datetime.now()),
            what="the daily backup",
            plain_error=_plain_problem,
            parent=self,
        )
        self.task.done.connect(self._made)
        self.task.failed.connect(self.failed)
        self.task.start()
        return True

    def _made(self, made: Path | None) -> None:
        if made is not None:
            log.info("daily backup made: %s", made)
            self.made.emit(made)


def _plain_problem(exc: BaseException) -> str:
    return plain_write_problem(exc, "today's backup was not made") or (
        f"Today's backup was not made: {exc}."
    )
