"""Telling the owner that a write failed (a full disk, a read-only or locked database) in
plain words, the same way in every window; anything else is a bug and is raised."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.errors import ServerUnreachable, StoreError
from ..core.problems import plain_write_problem

WRITE_ERRORS = (sqlite3.Error, OSError, StoreError)
# What reading the figures may meet: a database locked by another program, a broken file.
READ_ERRORS = (sqlite3.Error, StoreError)
T = TypeVar("T")
# Told whenever the team server cannot be reached, wherever that shows (server_watch.py: the
# window's banner and its tries to reconnect).
server_lost_hooks: list[Callable[[BaseException], None]] = []


def server_lost(exc: BaseException) -> bool:
    """Tell the window the team server cannot be reached, if ``exc`` says so."""
    if not isinstance(exc, ServerUnreachable):
        return False
    for hook in list(server_lost_hooks):
        hook(exc)
    return True


def tell_write_problem(parent: QWidget, title: str, exc: BaseException, lost: str) -> None:
    """Show why the write failed, saying that ``lost`` ("the reply was not saved"); raise
    ``exc`` again when it is not a problem with the place or the file."""
    if server_lost(exc):
        reason = QApplication.translate(
            "problems",
            "The team server cannot be reached, so {0}. Nothing half-done was kept on it. "
            "What you typed is still here: save it again once the server is back (the window "
            "says so).",
        ).format(lost)
    else:
        reason = plain_write_problem(exc, lost)
    if reason is None:
        raise exc
    QMessageBox.warning(parent, title, reason)


def written(parent: QWidget, title: str, lost: str, write: Callable[[], T]) -> T | None:
    """``write()`` behind a wait cursor; a failed write is told plainly (saying that
    ``lost``) and gives None, anything else is raised."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return write()
    except WRITE_ERRORS as exc:
        failed = exc
    finally:
        QApplication.restoreOverrideCursor()
    tell_write_problem(parent, title, failed, lost)
    return None
