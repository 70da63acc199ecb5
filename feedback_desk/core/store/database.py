"""Opening the database file: pragmas, migrations, transactions, backups.

SQLite in WAL mode lets the window read while an import writes; foreign keys keep tags,
replies and follow-ups from outliving their feedback; a busy timeout lets the command line and
the window share the file without 'database is locked' errors.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from .. import sentiment
from ..errors import (
    DatabaseDamaged,
    Fault,
    NotWritable,
    StoreError,
    WriteFailed,
    describe,
    fault_of,
)
from ..owner_only import FOLDER_MODE, owner_only
from ..search_text import search_text, words_found
from ..words import translate
from ..writing import replacing
from .schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 10_000
# The page cache of every connection, and of an import's while it writes: a million rows'
# indexes fit in the larger one (a 1M-row import took 87 s with 64 MB, 58 s with 256 MB, at a
# peak of 374 MB), while the window keeps the smaller one.
CACHE_KB = 65_536
IMPORT_CACHE_KB = 262_144


def _cannot_write(path: Path, what: str) -> NotWritable:
    return NotWritable(
        translate(
            "store",
            "Feedback Desk cannot save changes to {0}: {1}. Nothing was changed. Allow "
            "changes to it (on Windows: Properties, untick Read-only; elsewhere: give yourself "
            "write permission), or copy the file to a folder of yours and open that copy.",
        ).format(path, what)
    )


def is_damage(exc: BaseException) -> bool:
    """Whether SQLite failed because the file is damaged or no database at all, as opposed
    to the place (read-only, full, locked, failing): by SQLite's own error code."""
    return fault_of(exc) is Fault.DAMAGE


def _open_problem(path: Path, exc: sqlite3.Error) -> StoreError:
    """Why SQLite could not open ``path``, told apart by its error code: damage, permission,
    a full disk, a failing disk, another program. Only damage is DatabaseDamaged."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    fault = fault_of(exc, path.parent)
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreError(
            translate(
                "store",
                "Feedback Desk cannot open {0}: the file or its folder cannot be reached "
                "(permission, or a disk that is not connected). Nothing was changed.",
            ).format(path)
        )
    if fault is Fault.PERMISSION:
        return _cannot_write(path, translate("store", "it or its folder is read-only"))
    if fault is Fault.DAMAGE:
        return DatabaseDamaged(
            translate(
                "store", "{0} is not a Feedback Desk database, or it is damaged ({1})."
            ).format(path.name, exc)
        )
    cannot_open = translate("store", "{0} cannot be opened").format(path.name)
    if fault is Fault.FULL:
        return WriteFailed(describe(exc, cannot_open, path.parent), fault)
    if fault is Fault.IN_USE:
        return WriteFailed(
            translate(
                "store", "Another program is using {0}; close it and open Feedback Desk again."
            ).format(path.name),
            fault,
        )
    return WriteFailed(
        describe(exc, cannot_open, path.parent)
        or translate(
            "store", "Feedback Desk cannot open {0} ({1}). Nothing in it was changed."
        ).format(path.name, exc),
        Fault.IO,
    )


def now_iso() -> str:
    """The local time now, to the second, as the database stores times."""
    return datetime.now().replace(microsecond=0).isoformat()


def backups_dir(db_path: Path) -> Path:
    """Backups of a database live in a ``backups`` folder beside it."""
    return db_path.parent / "backups"


def backup_path(db_path: Path, reason: str, when: datetime | None = None) -> Path:
    """Where a new backup goes: ``backups/<stem>-<YYYYMMDD-HHMMSS>-<reason><suffix>``, so
    ``shop.db`` and ``shop.sqlite`` in one folder never take each other's backups. A name
    already taken (two backups in one second) moves on by a second rather than overwrite."""
    when = (when or datetime.now()).replace(microsecond=0)
    folder = backups_dir(db_path)
    while True:
        target = folder / f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-{reason}{db_path.suffix}"
        if not target.exists():
            return target
        when += timedelta(seconds=1)


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the open database, made with SQLite's online backup API, moved
    into place only once it reads back (see core/writing.py)."""
    lost, needed = translate("faults", "no backup was made"), _size(conn)
    with (
        replacing(target, lost, check=check_copy, needed=needed, make_folder=True) as temp,
        contextlib.closing(sqlite3.connect(temp)) as copy,
    ):
        conn.backup(copy)
        # A copy of a WAL database says WAL in its header, and opening it would leave -wal
        # and -shm files beside it; a backup is one self-contained file.
        copy.execute("PRAGMA journal_mode = DELETE")
    return target


def _size(conn: sqlite3.Connection) -> int:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    return pages * conn.execute("PRAGMA page_size").fetchone()[0]


def check_copy(path: Path) -> None:
    """Refuse a copy of a database that does not read back whole (SQLite's quick check)."""
    with contextlib.closing(open_backup(path)) as conn:
        found = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    if found != ["ok"]:
        raise StoreError(
            translate("store", "The copy does not read back ({0}).").format("; ".join(found[:3]))
        )


def open_file(path: Path) -> sqlite3.Connection:
    """A plain connection for copying a database file, made in the thread that uses it."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def open_backup(path: Path) -> sqlite3.Connection:
    """A backup opened read-only: nothing is written to it. Immutable (nothing beside it
    either) unless a -wal file sits beside it, as with the copy of a damaged database kept
    as its bytes, whose last commits are in that file."""
    path = Path(path).resolve()
    wal = path.with_name(path.name + "-wal")
    uri = path.as_uri() + ("?mode=ro" if wal.exists() else "?mode=ro&immutable=1")
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def backup_file(db_path: Path, target: Path) -> Path:
    """A consistent copy of the database file at ``db_path``, through a connection of its own
    (a background thread cannot use the window's)."""
    with contextlib.closing(open_file(db_path)) as conn:
        return backup_to(conn, target)


def has_feedback(conn: sqlite3.Connection) -> bool:
    """Whether the database holds anything worth a backup: feedback or an import, ever."""
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM feedback) OR EXISTS (SELECT 1 FROM import_batches)"
    ).fetchone()
    return bool(row[0])


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """None when the whole file reads back as it should, else what SQLite found."""
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    found = [row[0] for row in rows]
    return None if found == ["ok"] else "; ".join(found[:3])


def check_backup(path: Path) -> None:
    """Refuse a backup that is incomplete, damaged, not Feedback Desk's, or from a newer
    version, before anything is overwritten with it."""
    name = Path(path).name
    try:
        with contextlib.closing(open_backup(path)) as conn:
            problem = integrity_problem(conn)
            if problem is None:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    if problem is not None:
        raise StoreError(
            translate(
                "store",
                "The backup {0} is damaged or incomplete ({1}), so it cannot be "
                "restored. Nothing was changed.",
            ).format(name, problem)
        )
    if version == 0 or "feedback" not in tables:
        raise StoreError(
            translate("store", "{0} is not a Feedback Desk backup. Nothing was changed.").format(
                name
            )
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            translate(
                "store",
                "The backup {0} was made by a newer version of Feedback Desk; please update "
                "Feedback Desk to restore it. Nothing was changed.",
            ).format(name)
        )


def copy_into(source: Path, target: Path) -> None:
    """Put the database ``source`` (a backup) in place of ``target`` with the backup API.

    The copy is one write transaction of the target's own connection: SQLite's journal makes
    it all or nothing even through a power cut, and the target's -wal and -shm stay SQLite's
    business (they are recovered or rolled back, never left to be replayed onto other pages),
    which a file copy or a rename over the live file cannot promise."""
    with (
        contextlib.closing(open_backup(source)) as src,
        contextlib.closing(open_file(target)) as dst,
    ):
        src.backup(dst)
        problem = integrity_problem(dst)
        if problem is not None:
            raise StoreError(
                translate("store", "The restored copy does not read back ({0}).").format(problem)
            )
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def open_elsewhere(db_path: Path) -> bool:
    """Whether another connection (another window, the command line) has the file open.

    In WAL mode the last connection to close checkpoints and deletes the -wal file; one that
    stays after ours closes belongs to someone else."""
    wal = db_path.with_name(db_path.name + "-wal")
    with contextlib.closing(open_file(db_path)) as conn:
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return wal.exists()


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``."""
    path = Path(path)
    try:
        path.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            translate("store", "Cannot create the folder {0}: {1}.").format(
                path.parent, exc.strerror
            )
        ) from exc
    new = not path.exists()
    # The file and its folder (where SQLite keeps its journal) must both take changes; a
    # read-only file would otherwise open and then fail at every change.
    if path.is_file() and not os.access(path, os.W_OK):
        raise _cannot_write(path, translate("store", "the file is read-only"))
    if not os.access(path.parent, os.W_OK):
        raise _cannot_write(
            path, translate("store", "its folder {0} is read-only").format(path.parent)
        )
    conn = None
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if new:  # its -wal and -shm take its mode
            owner_only(path)
        # The search index's triggers call this; every connection of the store registers it.
        conn.create_function("fd_search_text", -1, search_text, deterministic=True)
        conn.create_function("fd_words_found", 4, words_found, deterministic=True)
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        # FULL: a commit that returned survives a power cut; imports commit once, so it is cheap.
        conn.execute("PRAGMA synchronous = FULL")
        # A larger page cache keeps the indexes of a big import in memory (default: 2 MB).
        conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise _open_problem(path, exc) from exc
    if mode.lower() != "wal":
        conn.close()
        raise StoreError(
            translate("store", "Cannot open {0} for writing (journal mode stayed {1}).").format(
                path, mode
            )
        )
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            translate(
                "store",
                "{0} was saved by a newer version of Feedback Desk (schema {1}); "
                "please update Feedback Desk to open it.",
            ).format(path.name, version)
        )
    if version < SCHEMA_VERSION:
        try:
            migrate(conn, path, version)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(
                translate(
                    "store",
                    "Feedback Desk could not bring {0} up to date ({1}). Nothing in it "
                    "was changed; a copy made before trying is in the backups folder.",
                ).format(path.name, exc)
            ) from exc
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open a database that may not be written (read-only file or folder) to read it as it
    is: nothing is written to it or beside it. Only one of today's schema: an older one would
    need an upgrade, which is a change."""
    path = Path(path)
    try:
        conn = open_backup(path)
        conn.create_function("fd_search_text", -1, search_text, deterministic=True)
        conn.create_function("fd_words_found", 4, words_found, deterministic=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise _open_problem(path, exc) from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise _cannot_write(path, "it is read-only, and it needs an upgrade to open")
    return conn


def migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Run each missing migration step in its own transaction, after copying the file."""
    if version > 0:
        backup_to(conn, backup_path(path, f"before-schema-{version + 1}"))
    conn.create_function("fd_language", 2, _language, deterministic=True)
    conn.create_function("fd_rescored", 5, _rescored, deterministic=True)
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(step):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _language(title: str | None, body: str | None) -> str:
    return sentiment.detect_language(sentiment.scoring_text(title or "", body or ""))


def _rescored(column: str, title, body, rating, nps_score):
    """One column of a stored item's automatic reading (see ``sentiment.rescore``)."""
    value = getattr(sentiment.rescore(title, body, rating, nps_score), column)
    return int(value) if isinstance(value, bool) else value


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into complete statements (triggers hold semicolons)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not pending:
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending.strip()


def replace_unreadable(db_path: Path, backup: Path) -> None:
    """Put ``backup`` in place of a file SQLite cannot open as a database: a copy made
    beside it, checked, then renamed over it. Its stale -wal (kept with the copy made
    before) and -shm go first: they belong to the old file and would be replayed onto the
    new one."""
    with replacing(
        db_path, translate("faults", "the backup was not restored"), needed=backup.stat().st_size
    ) as temp:
        with (
            contextlib.closing(open_backup(backup)) as src,
            contextlib.closing(sqlite3.connect(temp)) as dst,
        ):
            src.backup(dst)
            problem = integrity_problem(dst)
        if problem is not None:
            raise StoreError(
                translate("store", "The restored copy does not read back ({0}).").format(problem)
            )
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def page_sizes_differ(backup: Path, db_path: Path) -> bool:
    """Whether the two files have other page sizes (SQLite then calls the WAL database it
    cannot resize "readonly", though it is not)."""
    try:
        with (
            contextlib.closing(open_backup(backup)) as one,
            contextlib.closing(open_backup(db_path)) as other,
        ):
            sizes = {c.execute("PRAGMA page_size").fetchone()[0] for c in (one, other)}
    except sqlite3.Error:
        return False
    return len(sizes) > 1
