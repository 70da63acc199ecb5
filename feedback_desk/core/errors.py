"""What went wrong, told by what it is: a full disk, a disk that fails to read or write, no
permission, a file in use, or real damage. Only damage may lead to an offer to restore a
backup; a full disk is never damage, however SQLite words it ("disk I/O error" when it cannot
grow its shared-memory file).

Nearly a leaf: it imports only core/words.py (the window's language), so the store, the
writers and the window can all raise and read these without importing one another.
"""

from __future__ import annotations

import enum
import errno
import shutil
import sqlite3
from pathlib import Path

from .words import translate


class Fault(enum.Enum):
    """The kind of a fault, by the operating system's or SQLite's own error code."""

    FULL = "full"
    IO = "io"
    PERMISSION = "permission"
    IN_USE = "in use"
    DAMAGE = "damage"


class StoreError(Exception):
    """A problem with the database file, in words the owner can act on."""

    fault: Fault | None = None


class DatabaseDamaged(StoreError):
    """The file is not a database SQLite can read: garbage, truncated, or damaged. Putting a
    backup in its place (which keeps the file first) is the way back."""

    fault = Fault.DAMAGE


class NotWritable(StoreError):
    """Feedback Desk may not write to the file or its folder (read-only, or another user's).
    The file is fine; no backup would help, only permission or another place."""

    fault = Fault.PERMISSION


class WriteFailed(StoreError):
    """A file (or the database) could not be written for a reason of the place: the disk is
    full, fails, may not be written, or the file is in use. Nothing good was replaced."""

    def __init__(self, message: str, fault: Fault, place: Path | None = None):
        super().__init__(message)
        self.fault = fault
        self.place = place  # the folder that could not be written


class ServerUnreachable(StoreError):
    """The team server cannot be reached (down, no network, a connection lost). Nothing
    half-written lands: the server undoes a transaction it did not see committed."""

    fault = Fault.IO


class ServerRefused(StoreError):
    """The team server answered but refused: a wrong password or user, a missing database,
    or no permission for what was asked."""

    fault = Fault.PERMISSION


class ChangedElsewhere(StoreError):
    """Someone changed (or deleted) what this person is saving after they saw it: on another
    desk, or in another window. Nothing was saved; the message says what changed and, where
    known, who changed it and when. ``ids`` are the rows that had moved on; ``by`` and
    ``when`` the latest change's person ('' when not known) and time (ISO, or None)."""

    def __init__(
        self, message: str, ids: tuple[int, ...] = (), by: str = "", when: str | None = None
    ):
        super().__init__(message)
        self.ids = ids
        self.by = by
        self.when = when


# Below this much free room a failing write is taken for a full disk (SQLite says "disk I/O
# error" when the -shm file cannot grow, and a PDF writer says nothing at all).
NEARLY_FULL_BYTES = 1 << 20
# What opening a database in WAL mode needs beside it: its -shm file and the first pages of
# its -wal, with a margin.
OPEN_NEEDS_BYTES = 1 << 20

_BY_ERRNO = {
    errno.ENOSPC: Fault.FULL,
    errno.EDQUOT: Fault.FULL,
    errno.EFBIG: Fault.FULL,
    errno.EIO: Fault.IO,
    errno.EACCES: Fault.PERMISSION,
    errno.EPERM: Fault.PERMISSION,
    errno.EROFS: Fault.PERMISSION,
    errno.EBUSY: Fault.IN_USE,
    errno.ETXTBSY: Fault.IN_USE,
}
# Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (a file open in another program).
_BY_WINERROR = {32: Fault.IN_USE, 33: Fault.IN_USE}
# SQLite's primary result codes (the extended ones begin with these).
_BY_SQLITE = (
    ("SQLITE_CORRUPT", Fault.DAMAGE),
    ("SQLITE_NOTADB", Fault.DAMAGE),
    ("SQLITE_FULL", Fault.FULL),
    ("SQLITE_IOERR_SHMSIZE", Fault.FULL),
    ("SQLITE_IOERR", Fault.IO),
    ("SQLITE_READONLY", Fault.PERMISSION),
    ("SQLITE_PERM", Fault.PERMISSION),
    ("SQLITE_AUTH", Fault.PERMISSION),
    ("SQLITE_BUSY", Fault.IN_USE),
    ("SQLITE_LOCKED", Fault.IN_USE),
)
# When no code came with the error (raised by hand, or an old SQLite): SQLite's own words.
_BY_WORDS = (
    ("disk is full", Fault.FULL),
    ("disk i/o error", Fault.IO),
    ("readonly", Fault.PERMISSION),
    ("locked", Fault.IN_USE),
    ("malformed", Fault.DAMAGE),
    ("not a database", Fault.DAMAGE),
)


def free_bytes(place: Path | None) -> int | None:
    """The free room on the disk holding ``place`` (or its nearest existing folder)."""
    if place is None:
        return None
    place = Path(place)
    for folder in (place, *place.parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return None


def nearly_full(place: Path | None) -> bool:
    free = free_bytes(place)
    return free is not None and free < NEARLY_FULL_BYTES


def fault_of(exc: BaseException, place: Path | None = None) -> Fault | None:
    """What kind of fault ``exc`` is; None when it is none of these (a bug, most likely).
    ``place`` (the file or folder written) lets an I/O error on a full disk count as full."""
    fault = None
    if isinstance(exc, StoreError):
        return exc.fault
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name:
            fault = next((f for code, f in _BY_SQLITE if name.startswith(code)), None)
        else:
            text = str(exc).lower().replace(" ", "")
            fault = next((f for w, f in _BY_WORDS if w.replace(" ", "") in text), None)
    elif isinstance(exc, OSError):
        fault = _BY_WINERROR.get(getattr(exc, "winerror", None) or 0) or _BY_ERRNO.get(exc.errno)
    if fault is Fault.IO and nearly_full(place):
        return Fault.FULL
    return fault


def size_text(size: int) -> str:
    """A size as the owner reads it: 0 bytes, 640 KB, 2.4 MB, 1.1 GB."""
    if size < 1000:
        return f"{size} bytes"
    for unit, scale in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if size < scale * 1000 or unit == "GB":
            value = round(size / scale, 1 if size < scale * 10 else 0)
            return f"{value:g} {unit}"
    return f"{size} bytes"  # not reached


def describe(
    exc: BaseException, lost: str, place: Path | None = None, needed: int | None = None
) -> str | None:
    """A sentence for a failed write, saying that ``lost`` (e.g. 'nothing was imported') and
    what to do; None when the error is a bug rather than a fault of the place or the file.
    ``place`` is the folder or file written (never a temporary file of ours), ``needed`` how
    much room the write wanted."""
    if isinstance(exc, StoreError):
        return str(exc)
    fault = fault_of(exc, place)
    folder = Path(place) if place is not None else None
    if folder is None and isinstance(exc, OSError) and fault is not Fault.FULL:
        return None  # a file of unknown place (one being read, maybe): the caller's to tell
    if fault is Fault.FULL:
        room = size_text(max(needed or 0, NEARLY_FULL_BYTES))
        where = translate("faults", " on the disk holding {0}").format(folder) if folder else ""
        return translate(
            "faults",
            "The disk is full, so {lost}. Nothing was lost: your feedback is as it was. Free "
            "at least {room}{where} and try again.",
        ).format(lost=lost, room=room, where=where)
    if fault is Fault.PERMISSION:
        if folder is None:
            return translate(
                "faults", "The database cannot be written to (it is read-only), so {lost}."
            ).format(lost=lost)
        return translate(
            "faults",
            "Feedback Desk may not write in {folder} (it is read-only, or another user's), so "
            "{lost}. Choose another folder, or allow changes to this one.",
        ).format(folder=folder, lost=lost)
    if fault is Fault.IN_USE:
        return translate(
            "faults",
            "Another copy of Feedback Desk or another program was using the file, so {lost}. "
            "Try again in a moment.",
        ).format(lost=lost)
    if fault is Fault.IO:
        where = translate("faults", "holding {0} ").format(folder) if folder else ""
        return translate(
            "faults",
            "The disk {where}could not be read or written (an input/output error), so {lost}. "
            "Check that the disk is connected and sound, then try again.",
        ).format(where=where, lost=lost)
    return None


def write_failed(
    exc: BaseException, lost: str, place: Path | None = None, needed: int | None = None
) -> WriteFailed | None:
    """``exc`` as a WriteFailed that names the real place (not a temporary file); None when
    it is not a fault of the place (then it is a bug, raised as it is)."""
    said = describe(exc, lost, place, needed)
    fault = fault_of(exc, place)
    if said is None or fault is None or fault is Fault.DAMAGE:
        return None
    return WriteFailed(said, fault, Path(place) if place is not None else None)
