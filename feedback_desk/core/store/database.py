"""Opening the database file: pragmas, migrations, transactions, backups.

SQLite in WAL mode lets the window read while an import writes; foreign keys keep tags,
replies and follow-ups from outliving their feedback; a busy timeout lets the command line and
the window share the file without 'database is locked' errors.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import sqlite_utils

from ..search_text import search_text
from .schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 10_000
# The page cache of every connection, and of an import's while it writes: a million rows'
# indexes fit in the larger one (a 1M-row import took 87 s with 64 MB, 58 s with 256 MB, at a
# peak of 374 MB), while the window keeps the smaller one.
CACHE_KB = 65_536
IMPORT_CACHE_KB = 262_144


class StoreError(Exception):
    """A problem with the database file, in words the owner can act on."""


def now_iso() -> str:
    """The local time now, to the second, as the database stores times."""
    return datetime.now().replace(microsecond=0).isoformat()


def backups_dir(db_path: Path) -> Path:
    """Backups of a database live in a ``backups`` folder beside it."""
    return db_path.parent / "backups"


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the open database, made with SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with contextlib.closing(sqlite3.connect(partial)) as copy:
        conn.backup(copy)
    partial.replace(target)
    return target


def connect(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the folder {path.parent}: {exc.strerror}.") from exc
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # The search index's triggers call this; every connection of the store registers it.
        conn.create_function("fd_search_text", -1, search_text, deterministic=True)
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        # FULL: a commit that returned survives a power cut; imports commit once, so it is cheap.
        conn.execute("PRAGMA synchronous = FULL")
        # A larger page cache keeps the indexes of a big import in memory (default: 2 MB).
        conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{path.name} is not a Feedback Desk database, or it is damaged ({exc})."
        ) from exc
    if mode.lower() != "wal":
        conn.close()
        raise StoreError(f"Cannot open {path} for writing (journal mode stayed {mode}).")
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"{path.name} was saved by a newer version of Feedback Desk (schema {version}); "
            "please update Feedback Desk to open it."
        )
    if version < SCHEMA_VERSION:
        try:
            migrate(conn, path, version)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(
                f"Feedback Desk could not bring {path.name} up to date ({exc}). Nothing in it "
                "was changed; a copy made before trying is in the backups folder."
            ) from exc
    return sqlite_utils.Database(conn)


def migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Run each missing migration step in its own transaction, after copying the file."""
    if version > 0:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{path.stem}-{stamp}-before-schema-{version + 1}.db"
        backup_to(conn, backups_dir(path) / name)
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
