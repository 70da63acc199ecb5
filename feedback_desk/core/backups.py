"""Backups of a database: what is kept, what is let go, restoring one, moving the database.

Backups sit in a ``backups`` folder beside the database, named
``<stem>-<YYYYMMDD-HHMMSS>-<reason><suffix>`` (``feedback-20261003-091422-daily.db`` for
``feedback.db``); anything else in that folder is someone else's and is
never listed or deleted. Every copy is made with SQLite's online backup API, so it is
consistent even while the window or an import is writing.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from .errors import WriteFailed
from .problems import plain_write_problem
from .store.database import (
    StoreError,
    backup_file,
    backup_path,
    backups_dir,
    check_backup,
    copy_into,
    has_feedback,
    integrity_problem,
    is_damage,
    open_backup,
    open_elsewhere,
    open_file,
    page_sizes_differ,
    replace_unreadable,
)
from .words import translate
from .writing import STALE_SECONDS, remove_leftovers, replacing

log = logging.getLogger(__name__)

MANUAL = "manual"
DAILY = "daily"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
BEFORE_MOVE = "before-move"
# before-schema-N is made by a migration (store/database.py) before it brings a file to N.
_REASON = r"manual|daily|before-import|before-restore|before-move|before-schema-\d+"
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12


@dataclass(frozen=True)
class Backup:
    """One backup file of a database."""

    path: Path
    created: datetime
    reason: str
    bytes: int

    @property
    def automatic(self) -> bool:
        """Made by the app on its own (and so let go of in time), not by the owner's hand,
        as the copy of what a restore or a move replaced, or before a schema upgrade (the
        only way back to the version before)."""
        return self.reason in (DAILY, BEFORE_IMPORT)

    def as_dict(self) -> dict:
        return {
            "path": str(self.path),
            "created": self.created.isoformat(),
            "reason": self.reason,
            "bytes": self.bytes,
        }


@dataclass(frozen=True)
class Moved:
    """Where a moved database now is, and what became of the old file."""

    path: Path
    old_kept_as: Path
    remembered: bool


def parse_name(db_path: Path, name: str) -> tuple[datetime, str] | None:
    """('feedback.db', 'feedback-20261003-091422-daily.db') -> (2026-10-03 09:14:22, 'daily');
    None for a file that is not a backup of that database (``feedback.sqlite``'s end in
    ``.sqlite``)."""
    db_path = Path(db_path)
    stem, suffix = re.escape(db_path.stem), re.escape(db_path.suffix)
    pattern = rf"{stem}-(\d{{8}}-\d{{6}})-({_REASON}){suffix}"
    found = re.fullmatch(pattern, name)
    if not found:
        return None
    try:
        return datetime.strptime(found[1], "%Y%m%d-%H%M%S"), found[2]
    except ValueError:  # 20261399-...: looks like a stamp, is not one
        return None


def list_backups(db_path: Path) -> list[Backup]:
    """The backups kept for ``db_path``, newest first."""
    folder = backups_dir(Path(db_path))
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for entry in entries:
        parsed = parse_name(db_path, entry.name)
        if parsed is None:
            continue
        try:
            stat = entry.stat()
        except OSError:  # deleted meanwhile
            continue
        if entry.is_file():
            # Names tell the second; two made in the same second go by when they were written.
            found.append((parsed[0], stat.st_mtime_ns, Backup(entry, *parsed, stat.st_size)))
    found.sort(key=lambda f: (f[0], f[1], f[2].path.name), reverse=True)
    return [backup for *_, backup in found]


def tidy(db_path: Path) -> list[Path]:
    """Remove what killed writes left beside the database and among its backups (never
    listed as backups): the temporary files of core/writing.py, and the ``.part`` files of
    earlier versions once an hour old. Run at start-up; every write tidies its own folder."""
    db_path = Path(db_path)
    removed = remove_leftovers(db_path.parent) + remove_leftovers(backups_dir(db_path))
    old = [db_path.with_name(db_path.name + ".part")]
    with contextlib.suppress(OSError):
        old += [e for e in backups_dir(db_path).iterdir() if _old_partial(db_path, e.name)]
    for path in old:
        for leftover in (path, path.with_name(path.name + "-journal")):
            with contextlib.suppress(OSError):
                if time.time() - leftover.stat().st_mtime > STALE_SECONDS:
                    leftover.unlink()
                    removed.append(leftover)
    return removed


def _old_partial(db_path: Path, name: str) -> bool:
    """``feedback-20261003-091422-daily.db.part`` (or its -wal's): a backup cut short by an
    earlier version."""
    stem = name.removesuffix(".part")
    return stem != name and parse_name(db_path, stem.removesuffix("-wal")) is not None


def newest_sound(db_path: Path) -> Backup | None:
    """The newest backup that can be restored: a damaged file kept before an earlier
    restore is passed over. None when there is none."""
    for backup in list_backups(db_path):
        try:
            check_backup(backup.path)
        except StoreError:
            continue
        return backup
    return None


def _last_months(today: date, count: int) -> set[tuple[int, int]]:
    year, month = today.year, today.month
    months = set()
    for _ in range(count):
        months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


def to_keep(backups: list[Backup], now: datetime) -> set[Path]:
    """Which backups retention keeps: the newest automatic one of each of the last 7 days,
    of each of the last 4 ISO weeks and of each of the last 12 months; every backup that is
    not automatic; the newest backup of all; and any dated after ``now`` (a clock put back
    is no reason to delete)."""
    today = now.date()
    days = {today - timedelta(days=n) for n in range(KEEP_DAYS)}
    weeks = {tuple((today - timedelta(weeks=n)).isocalendar())[:2] for n in range(KEEP_WEEKS)}
    months = _last_months(today, KEEP_MONTHS)
    keep = {b.path for b in backups if not b.automatic or b.created > now}
    if backups:
        keep.add(max(backups, key=lambda b: (b.created, b.path.name)).path)
    taken: set[tuple] = set()
    for backup in sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True):
        if not backup.automatic or backup.created > now:
            continue
        day = backup.created.date()
        week = tuple(day.isocalendar())[:2]
        month = (day.year, day.month)
        for slot, kept in (
            (("day", day), day in days),
            (("week", week), week in weeks),
            (("month", month), month in months),
        ):
            if kept and slot not in taken:  # the newest of its day, week or month
                taken.add(slot)
                keep.add(backup.path)
    return keep


def prune(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups retention no longer keeps; the paths deleted."""
    backups = list_backups(db_path)
    keep = to_keep(backups, now or datetime.now())
    deleted = []
    for backup in backups:
        if backup.path in keep:
            continue
        try:
            backup.path.unlink()
        except OSError as exc:  # read-only or gone: it is tried again next time
            log.warning("could not delete the old backup %s: %s", backup.path, exc)
            continue
        deleted.append(backup.path)
    return deleted


def check_target(db_path: Path, target: Path, replace: bool = False) -> None:
    """Refuse a place for a backup made by hand that would lose something: the database
    itself, a folder, or (unless the owner agreed to ``replace`` it) a file already there."""
    db_path, target = Path(db_path), Path(target)
    if target.resolve() == db_path.resolve():
        raise StoreError(
            translate("backups", "That is the database itself; choose another file for the backup.")
        )
    if target.is_dir():
        raise StoreError(
            translate("backups", "{0} is a folder; give a file name for the backup.").format(target)
        )
    if target.exists() and not replace:
        raise StoreError(
            translate(
                "backups", "{0} already exists and was left as it is; give a new name."
            ).format(target)
        )


def needs_daily(db_path: Path, today: date | None = None) -> bool:
    """True when no daily backup of ``db_path`` was made on ``today``."""
    today = today or date.today()
    return not any(b.reason == DAILY and b.created.date() == today for b in list_backups(db_path))


def _worth_it(db_path: Path) -> bool:
    with contextlib.closing(open_file(db_path)) as conn:
        return has_feedback(conn)


def make_daily(db_path: Path, now: datetime | None = None) -> Path | None:
    """The day's backup, through a connection of this thread, then retention; None when
    one was made already today or the database holds nothing yet."""
    db_path = Path(db_path)
    now = now or datetime.now()
    if not db_path.is_file() or not needs_daily(db_path, now.date()) or not _worth_it(db_path):
        return None
    made = backup_file(db_path, backup_path(db_path, DAILY, now))
    prune(db_path, now)
    return made


def before_import(store) -> Path | None:
    """The copy made before an import writes (then retention); nothing for a database that
    holds nothing yet, nor on a team server (its own backups keep it). Call it with the
    connection the import will write through."""
    if store.path is None or not has_feedback(store.conn):
        return None
    made = store.backup(reason=BEFORE_IMPORT)
    prune(store.path)
    return made


def _refusal(exc: BaseException, place: Path, lost: str) -> StoreError:
    """A failed copy in words the owner can act on, naming ``place``."""
    reason = plain_write_problem(exc, lost, place)
    return StoreError(
        reason
        or translate("backups", "Feedback Desk could not write in {0} ({1}), so {2}.").format(
            place, exc, lost
        )
    )


def _keep_current(db_path: Path, reason: str, now: datetime) -> Path:
    """Back up the file about to be replaced. One SQLite cannot read (which is often why a
    restore is wanted) is kept as its bytes, with its -wal beside the copy, where SQLite
    will find it when the copy is opened."""
    target = backup_path(db_path, reason, now)
    try:
        return backup_file(db_path, target)
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):  # locked, full disk, read-only: not damage
            raise
        log.warning("%s cannot be read (%s); keeping its bytes", db_path, exc)
    for suffix in ("", "-wal"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            lost = translate("faults", "the database was not replaced")
            with replacing(target.with_name(target.name + suffix), lost, make_folder=True) as temp:
                shutil.copyfile(source, temp)
    return target


def restore(
    db_path: Path, backup: Path, now: datetime | None = None, checked: bool = False
) -> Path | None:
    """Put the backup ``backup`` in place of the database ``db_path``, all or nothing.

    Call it with the database closed (the window reopens it after). The backup is checked
    whole first (unless ``checked``: newest_sound just did); the current database is backed
    up (``before-restore``), then the backup is copied in with the backup API through the
    file's own journal. Returns the before-restore backup (None when there was no database to
    keep)."""
    db_path, backup, now = Path(db_path), Path(backup), now or datetime.now()
    if not backup.is_file():
        raise StoreError(
            translate(
                "backups", "The backup {0} is not there any more. Nothing was changed."
            ).format(backup.name)
        )
    if not checked:
        check_backup(backup)
    kept, lost = None, translate("faults", "the backup was not restored")
    try:
        if db_path.exists():
            kept = _keep_current(db_path, BEFORE_RESTORE, now)
        try:
            copy_into(backup, db_path)
        except sqlite3.DatabaseError as exc:
            # Only a file SQLite cannot write into because it is damaged (it was kept as
            # bytes just now) or of another page size (a WAL file cannot change it) is
            # replaced; any other failure was rolled back and leaves the database as it was.
            if not (is_damage(exc) or page_sizes_differ(backup, db_path)) or kept is None:
                raise  # full disk, locked, read-only, I/O: rolled back, nothing replaced
            log.warning("copying into %s failed (%s); replacing the file instead", db_path, exc)
            replace_unreadable(db_path, backup)
        except WriteFailed:
            raise  # the file was not replaced: nothing to undo
        except StoreError:
            if kept is not None:  # the copy committed but does not read back: undo it
                copy_into(kept, db_path)
            raise
    except WriteFailed as exc:  # said again with what it means here
        raise _refusal(exc.__cause__ or exc, exc.place or db_path.parent, lost) from exc
    except StoreError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise _refusal(exc, db_path.parent, lost) from exc
    return kept


def _copy_backups(db_path: Path, new_db: Path) -> list[Path]:
    """Copies of the backups of ``db_path`` beside ``new_db`` (the originals stay)."""
    copied = []
    folder = backups_dir(new_db)
    for backup in list_backups(db_path):
        target = folder / backup.path.name  # the database keeps its name when it moves
        if target.exists():
            continue
        lost = translate("faults", "the database was not moved")
        with replacing(target, lost, needed=backup.bytes, make_folder=True) as temp:
            shutil.copy2(backup.path, temp)
        copied.append(target)
    return copied


def move(db_path: Path, folder: Path, now: datetime | None = None) -> Moved:
    """Move the database into ``folder``: a checked copy made with the backup API, its
    backups copied along, and the new place recorded so the app opens it next time (when
    ``db_path`` is the one it opens). The old file stays, renamed ``<stem>-moved-<stamp><suffix>``,
    and so do its backups: nothing of the owner's is deleted. Call it with the database
    closed."""
    from .paths import default_db_path, recorded_db_path, remember_db_location

    db_path, folder, now = Path(db_path), Path(folder), now or datetime.now()
    new_db = folder / db_path.name
    if not db_path.is_file():
        raise StoreError(
            translate("backups", "{0} is not there, so there is nothing to move.").format(db_path)
        )
    if new_db.resolve() == db_path.resolve():
        raise StoreError(translate("backups", "The database is already in {0}.").format(folder))
    if new_db.exists():
        raise StoreError(
            translate(
                "backups",
                "There is already a {0} in {1}; choose another folder (Feedback "
                "Desk never writes over a database). Nothing was moved.",
            ).format(new_db.name, folder)
        )
    if open_elsewhere(db_path):
        raise StoreError(
            translate(
                "backups",
                "{0} is open in another window or program; close it and try again. "
                "Nothing was moved.",
            ).format(db_path.name)
        )
    remember = default_db_path().resolve() == db_path.resolve()
    previous = recorded_db_path()
    made: list[Path] = []
    try:
        _keep_current(db_path, BEFORE_MOVE, now)
        folder.mkdir(parents=True, exist_ok=True)
        backup_file(db_path, new_db)
        made.append(new_db)
        with contextlib.closing(open_backup(new_db)) as conn:
            problem = integrity_problem(conn)
        if problem is not None:
            raise StoreError(
                translate("backups", "The copy in {0} does not read back ({1}).").format(
                    folder, problem
                )
            )
        made += _copy_backups(db_path, new_db)
        if remember:
            remember_db_location(new_db)
        old_kept = db_path.with_name(f"{db_path.stem}-moved-{now:%Y%m%d-%H%M%S}{db_path.suffix}")
        try:
            db_path.replace(old_kept)
        except BaseException:
            if remember:
                remember_db_location(previous)
            raise
    except BaseException as exc:
        for path in reversed(made):  # our own copies, never the originals
            with contextlib.suppress(OSError):
                path.unlink()
        if isinstance(exc, WriteFailed):  # said again with what it means here
            cause = exc.__cause__ or exc
            raise _refusal(
                cause, exc.place or folder, translate("faults", "the database was not moved")
            ) from exc
        if isinstance(exc, OSError | sqlite3.Error):
            raise _refusal(exc, folder, translate("faults", "the database was not moved")) from exc
        raise
    for suffix in ("-wal", "-shm"):  # none when it was closed; if any, they go with it
        with contextlib.suppress(OSError):
            db_path.with_name(db_path.name + suffix).replace(
                old_kept.with_name(old_kept.name + suffix)
            )
    return Moved(new_db, old_kept, remember)
