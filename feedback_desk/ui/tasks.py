"""Work off the window's thread, the one way the window does it.

A ``Task`` runs ``work(progress, cancelled)`` on a thread of its own and tells how it ended on
the window's thread: exactly one of ``done(result)``, ``failed(message)`` or ``cancelled()``,
then ``ended()``. Every failure is written to the log (without the owner's data), and
``failed`` carries a sentence for the owner. A work that opens the database opens its own
connection (one cannot be shared between threads), read-only when it only reads.

Three uses, after Anki's aqt/taskman.py (work on a thread pool, closures back on the main
thread) and aqt/operations (a read-only QueryOp beside a CollectionOp that keeps the window
still while it changes the collection):
- in the background (the sidebar's counts, the daily backup): nothing shows, the owner keeps
  working, and the result lands when it is ready;
- with its own progress (an import: its dialog shows a bar, rows a second and Cancel);
- ``run_blocking`` for what the window must wait for (a backup by hand, a restore, a move):
  the window keeps painting but takes no click or key until the work is done, and after
  half a second a dialog says what is happening. No ``processEvents`` loop: an event loop of
  its own, as a modal dialog has.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ..core.problems import plain_write_problem

log = logging.getLogger(__name__)

PROGRESS_AFTER_MS = 500  # a dialog for work that takes longer than this, none for quick work
REPORT_EVERY_S = 0.1  # the window hears of progress at most this often


class Task(QObject):
    """Runs ``work(progress, cancelled)`` on a thread of its own.

    ``progress(fraction, rows)`` may be called by the work as often as it likes;
    ``cancelled()`` says whether the owner asked to stop, and the work then raises
    ``cancelled_error``. ``plain_error(exc)`` turns an expected failure into a sentence for
    the owner (None for a bug, which is logged with its traceback)."""

    progress = Signal(float, int, float)  # fraction done, rows done, rows per second
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()  # after any of the three
    _reported = Signal(float, int, float)
    _finished = Signal(str, object)  # from the work's thread to the window's

    def __init__(
        self,
        work: Callable,
        *,
        what: str = "background work",
        plain_error: Callable[[BaseException], str | None] | None = None,
        cancelled_error: type[BaseException] | tuple = (),
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._work = work
        self._what = what  # for the log, in English
        self._plain_error = plain_error
        self._cancelled_error = cancelled_error
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._started = 0.0
        self._last_report = 0.0
        self.result: object = None
        self.error: BaseException | None = None
        # Both are queued: the Task lives on the window's thread, the work emits on its own.
        self._reported.connect(self.progress)
        self._finished.connect(self._end)

    def start(self) -> None:
        # Not a daemon: quitting waits for work under way rather than leave half a file.
        self._thread = threading.Thread(target=self._run, name=f"feedback-desk {self._what}")
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def finished_running(self) -> bool:
        return self._thread is not None and not self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the work's thread (not for the window to hear of the end)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def with_progress(self, parent: QWidget | None, text: str) -> Task:
        """Show a dialog saying ``text`` if the work runs longer than half a second, with
        Cancel when the work can be cancelled; it closes when the work ends."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._show_progress(parent, text))
        self.ended.connect(timer.stop)
        timer.start(PROGRESS_AFTER_MS)
        return self

    def _show_progress(self, parent: QWidget | None, text: str) -> None:
        dialog = QProgressDialog(text, QCoreApplication.translate("tasks", "Cancel"), 0, 0, parent)
        if self._cancelled_error:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setWindowModality(
            Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        )
        dialog.setMinimumDuration(0)
        self.ended.connect(dialog.close)
        self.ended.connect(dialog.deleteLater)
        self.progress_dialog = dialog
        dialog.show()

    def _report(self, fraction: float, rows: int) -> None:
        now = time.monotonic()
        if now - self._last_report >= REPORT_EVERY_S or fraction >= 1.0:
            self._last_report = now
            self._reported.emit(fraction, rows, rows / max(now - self._started, 1e-6))

    def _run(self) -> None:
        self._started = time.monotonic()
        try:
            outcome = ("done", self._work(self._report, self.is_cancelled))
        except self._cancelled_error:
            outcome = ("cancelled", None)
        except Exception as exc:
            outcome = ("failed", exc)
        try:
            self._finished.emit(*outcome)
        except RuntimeError:  # the window is gone; the work itself was finished
            log.info("%s ended after its window closed: %s", self._what, outcome[0])

    def _end(self, how: str, value: object) -> None:
        if how == "done":
            self.result = value
            self.done.emit(value)
        elif how == "cancelled":
            log.info("%s cancelled", self._what)
            self.cancelled.emit()
        else:
            self.error = value
            message = self._plain_error(value) if self._plain_error else None
            if message is None:
                log.error("%s failed", self._what, exc_info=value)
                message = QCoreApplication.translate(
                    "tasks", "Something went wrong: {0}. Nothing was changed."
                ).format(value)
            else:  # the owner is told; the log keeps the kind, not the words (data may be in them)
                log.warning("%s failed: %s", self._what, type(value).__name__)
            self.failed.emit(message)
        self.ended.emit()


_HELD = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.Drop,
        QEvent.Type.Close,
        QEvent.Type.TouchBegin,
    }
)


class _HoldInput(QObject):
    """Drops clicks, keys, drops and closes everywhere while the window waits."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _HELD:
            event.ignore()
            return True
        return False


def run_blocking(parent: QWidget | None, text: str, work: Callable[[], object], what: str):
    """Run ``work()`` on a thread while the window waits for it, painting but taking no
    input; after half a second a dialog says ``text``. Returns the work's result or raises
    its error, as if it had run here."""
    app = QApplication.instance()
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the dialog closing must not end the app
    task = Task(lambda _progress, _cancelled: work(), what=what, plain_error=plain_write_problem)
    task.with_progress(parent, text)
    loop = QEventLoop()
    task.ended.connect(loop.quit)
    hold = _HoldInput()
    app.installEventFilter(hold)
    try:
        task.start()
        loop.exec()
    finally:
        app.removeEventFilter(hold)
        app.setQuitOnLastWindowClosed(quit_on_close)
        task.wait()
    if task.error is not None:
        raise task.error
    return task.result
