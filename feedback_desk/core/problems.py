"""What went wrong while writing to the database, in words the owner can act on."""

from __future__ import annotations

from pathlib import Path

from .errors import describe


def plain_write_problem(
    exc: BaseException, lost: str = "nothing was saved", place: Path | None = None
) -> str | None:
    """A sentence for a failed write, saying that ``lost`` (e.g. 'nothing was imported') and
    what to do; None when the error is a bug rather than a problem with the place or file.
    See errors.describe: a full disk, no permission, in use and an I/O error each say so."""
    return describe(exc, lost, place)
