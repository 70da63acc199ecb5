"""Long work (an import, a check of every row) off the GUI thread, with progress and Cancel."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)


class Job(QObject):
    """Runs ``work(progress, cancelled)`` on a thread of its own.

    ``progress(fraction, rows)`` may be called from the work as often as it likes; the window
    hears of it at most every 100 ms. Exactly one of ``done``, ``cancelled`` or ``failed`` is
    emitted at the end, on the GUI thread."""

    progress = Signal(float, int, float)  # fraction done, rows done, rows per second
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        work: Callable,
        plain_error: Callable[[BaseException], str | None],
        cancelled_error: type[BaseException],
        parent=None,
    ):
        super().__init__(parent)
        self._work = work
        self._plain_error = plain_error
        self._cancelled_error = cancelled_error
        self._cancel = threading.Event()
        self._thread = QThread()
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)
        self._last_report = 0.0
        self._started = 0.0

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def finished_running(self) -> bool:
        return self._thread.isFinished()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _report(self, fraction: float, rows: int) -> None:
        now = time.monotonic()
        if now - self._last_report >= 0.1 or fraction >= 1.0:
            self._last_report = now
            rate = rows / max(now - self._started, 1e-6)
            self.progress.emit(fraction, rows, rate)

    def _run(self) -> None:
        self._started = time.monotonic()
        try:
            result = self._work(self._report, self.is_cancelled)
        except self._cancelled_error:
            self.cancelled.emit()
        except Exception as exc:
            message = self._plain_error(exc)
            if message is None:
                log.exception("background work failed")
                message = f"Something went wrong: {exc}. Nothing was changed."
            self.failed.emit(message)
        else:
            self.done.emit(result)
        finally:
            self._thread.quit()
