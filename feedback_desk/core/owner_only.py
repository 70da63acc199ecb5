"""Files only the owner's account can read: customers' names, e-mails and phone numbers must
not be open to every account on a shared shop computer.

On Linux and macOS the process creates everything owner-only (umask 077: folders 0700, files
0600), whoever's code creates the file (SQLite's database, -wal and -shm, backups, exports,
reports, logs, Qt's saved files); files an older version left readable by all are tightened
once at start-up. On Windows nothing here changes anything: every file the app writes lies
in the user's own profile (``%LOCALAPPDATA%\\Feedback Desk`` for the data, the backups and the
logs; the single-instance pipe is restricted to the user), which Windows already keeps from
other accounts (tests/core/test_owner_only.py checks the places).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

OWNER_ONLY_UMASK = 0o077
FOLDER_MODE = 0o700
FILE_MODE = 0o600
# Told once, when files of the owner were opened up to other accounts and are no longer.
TOLD_KEY = "owner_only_files_told"


def private_by_default() -> None:
    """From now on this process creates files and folders only its own account can open."""
    if os.name == "posix":
        os.umask(OWNER_ONLY_UMASK)


def owner_only(path: Path) -> None:
    """``path`` (a file just created) readable by its owner alone, whatever the umask of the
    process that created it (the core used without ``private_by_default``: tests, scripts)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            Path(path).chmod(FILE_MODE)


def _tighten(path: Path, mode: int) -> bool:
    """Take away what other accounts may do with ``path``; True when that changed anything.
    Files of another account, links and missing files are left alone."""
    try:
        found = path.lstat()
    except OSError:
        return False
    if stat.S_ISLNK(found.st_mode) or found.st_uid != os.getuid():
        return False
    if stat.S_IMODE(found.st_mode) & 0o077 == 0:
        return False
    try:
        path.chmod(stat.S_IMODE(found.st_mode) & mode)
    except OSError as exc:
        log.warning("could not make a file owner-only (%s)", type(exc).__name__)
        return False
    return True


def tighten(data_dir: Path, db_path: Path) -> int:
    """Make the data folder, the logs, the database with its -wal and -shm and its backups
    owner-only where other accounts could read them. Returns how many were tightened (0 on
    Windows, and once done). A database kept elsewhere (``--db``) keeps its folder's mode:
    that folder is the owner's to decide; the file itself is tightened."""
    if os.name != "posix":
        return 0
    db_path = Path(db_path)
    backups = db_path.parent / "backups"
    folders = [data_dir, data_dir / "logs", backups]
    if db_path.parent.resolve() == Path(data_dir).resolve():
        folders.append(db_path.parent)
    files = [db_path.with_name(db_path.name + s) for s in ("", "-wal", "-shm", "-journal")]
    for folder in (data_dir, data_dir / "logs", backups):
        if folder.is_dir() and not folder.is_symlink():
            files += [p for p in folder.iterdir() if p.is_file()]
    changed = sum(_tighten(Path(f), FOLDER_MODE) for f in dict.fromkeys(folders))
    changed += sum(_tighten(f, FILE_MODE) for f in dict.fromkeys(files))
    if changed:
        log.info("made %d files and folders owner-only", changed)
    return changed
