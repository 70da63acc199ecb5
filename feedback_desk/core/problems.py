"""What went wrong while writing to the database, in words the owner can act on."""

from __future__ import annotations

import errno
import sqlite3


def plain_write_problem(exc: BaseException, lost: str = "nothing was saved") -> str | None:
    """A sentence for a failed write, saying that ``lost`` (e.g. 'nothing was imported') and
    what to do; None when the error is a bug rather than a problem with the place or file."""
    from .store import StoreError

    if isinstance(exc, StoreError):
        return str(exc)
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in text:
        return (
            f"The disk is full, so {lost} and your feedback is as it was. Free some space "
            "and try again."
        )
    if isinstance(exc, sqlite3.OperationalError) and "locked" in text:
        return (
            f"Another copy of Feedback Desk was writing to the database, so {lost}. "
            "Try again in a moment."
        )
    if isinstance(exc, sqlite3.OperationalError) and "readonly" in text.replace(" ", ""):
        return f"The database cannot be written to (it is read-only), so {lost}."
    return None
