"""The one way Feedback Desk writes a file: a report, an export, a backup, a restored
database, a templates file, the record of where the database lives.

The new file is written under a name of its own beside the target (hidden, unique to the
process and the write: two writers never spoil each other's file), flushed to the disk,
checked (not empty, and whatever the caller checks: a PDF that ends as a PDF does, a
database that reads back), and only then moved over the target in one step. On any failure
the temporary file goes and the file that was there stays as it was. A write killed half-way
(power cut, kill -9) leaves its temporary file, which the next write into that folder, or the
start of the app, removes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from .errors import write_failed

# .<target name>.<process id>-<8 hex>.part, and the -journal/-wal/-shm SQLite may add to it.
_TEMP = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.part(?:-journal|-wal|-shm)?")
# A temporary file not touched for this long belongs to no running write, whatever its id.
STALE_SECONDS = 3600


def temp_path(target: Path) -> Path:
    """A new name for the temporary file of a write to ``target``, in the same folder."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")


def is_temp(path: Path) -> bool:
    """Whether ``path`` is a temporary file of a write (never a backup, never the owner's)."""
    return _TEMP.fullmatch(Path(path).name) is not None


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (this one does; another user's counts as running)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would end it; the age of the file tells instead
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files that killed writes left in ``folder``: those of a process
    that has ended, or untouched for an hour. A write under way is left alone."""
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        found = _TEMP.fullmatch(entry.name)
        if found is None:
            continue
        try:
            idle = time.time() - entry.stat().st_mtime
            if process_alive(int(found["pid"])) and idle < STALE_SECONDS:
                continue
            entry.unlink()
        except OSError:  # gone meanwhile, or not ours to delete: tried again next time
            continue
        removed.append(entry)
    return removed


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut, where the system allows (not Windows)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _sync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _remove(temp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            temp.with_name(temp.name + suffix).unlink()


@contextlib.contextmanager
def replacing(
    target: Path,
    lost: str,
    check: Callable[[Path], None] | None = None,
    needed: int | None = None,
    make_folder: bool = False,
) -> Iterator[Path]:
    """Yield the path of a new temporary file beside ``target`` for the caller to write
    (with SQLite, a PDF writer, ``open``); when the block ends, it is synced, found not
    empty, passed to ``check`` (which raises if the file is not what it must be), and moved
    over ``target`` (into a folder made first when ``make_folder``). On any failure
    ``target`` is left as it was and the temporary file removed; a full disk, no permission,
    a failing disk or a file in use is raised as WriteFailed naming ``target``'s folder and
    saying that ``lost``."""
    target = Path(target)
    folder = target.parent
    try:
        if make_folder:
            folder.mkdir(parents=True, exist_ok=True)
        remove_leftovers(folder)
        temp = temp_path(target)
        # Owner-only from the first byte: exports, reports and backups hold customers' details.
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:  # told of the folder, never of the temporary file
        failed = write_failed(exc, lost, folder, needed)
        raise (failed or type(exc)(exc.errno, exc.strerror, str(folder))) from exc
    try:
        yield temp
        _sync_file(temp)
        if temp.stat().st_size == 0:  # a writer that failed without a word (a full disk)
            raise OSError(errno.EIO, "nothing was written", str(temp))
        if check is not None:
            check(temp)
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as exc:
        _remove(temp)
        failed = write_failed(exc, lost, folder, needed)
        if failed is None:
            raise
        raise failed from exc
    except BaseException:
        _remove(temp)
        raise
    _remove(temp)  # a -journal SQLite may have left beside it
    _sync_folder(folder)


@contextlib.contextmanager
def writing(
    target: Path, lost: str, encoding: str = "utf-8", newline: str | None = ""
) -> Iterator[IO[str]]:
    """A text file to write in place of ``target`` (see ``replacing``)."""
    with replacing(target, lost) as temp, open(temp, "w", encoding=encoding, newline=newline) as f:
        yield f
        f.flush()
        os.fsync(f.fileno())


def write_text(target: Path, text: str, lost: str) -> None:
    """Put ``text`` (UTF-8) in place of ``target``, whole or not at all."""
    with writing(target, lost, newline="\n") as f:
        f.write(text)


def check_pdf(path: Path) -> None:
    """Refuse a PDF that was not written whole: it begins with %PDF- and its last kilobyte
    holds the %%EOF mark every PDF writer ends with (a full disk cuts it off before)."""
    with open(path, "rb") as f:
        head = f.read(5)
        f.seek(max(f.seek(0, os.SEEK_END) - 1024, 0))
        tail = f.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise OSError(errno.EIO, "the PDF was not written whole", str(path))
