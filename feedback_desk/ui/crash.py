"""An unexpected error shows a dialog naming the log, instead of the app vanishing."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ..logs import where_it_failed
from . import problems

log = logging.getLogger("feedback_desk.crash")


def install(log_path: Path | None, smoke: bool = False) -> None:
    """Show unexpected errors in a dialog; with ``smoke`` (nobody to close a dialog, as in
    CI), print them and end the app with status 2 instead."""

    def hook(kind, value, tb):
        if problems.server_lost(value):  # a read met the server gone: the window's banner says so
            log.warning("the team server could not be reached: %s", kind.__name__)
            return
        # The kind and the code it went through; its message may quote a customer.
        log.error("Unexpected error:\n%s", where_it_failed(value.with_traceback(tb)))
        if smoke:
            traceback.print_exception(kind, value, tb)
            sys.stderr.flush()
            os._exit(2)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        where = str(log_path) if log_path else "the terminal"
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QApplication.translate("crash", "Something went wrong"),
            QApplication.translate(
                "crash",
                "Feedback Desk ran into a problem it did not expect: {0}\n\nYour feedback "
                "is safe: everything saved so far is in the database. The details are in the log "
                "file:\n{1}",
            ).format(value, where),
        )
        box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
        box.exec()

    sys.excepthook = hook
