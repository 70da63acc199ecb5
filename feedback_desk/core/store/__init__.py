"""The store: the only code in Feedback Desk that speaks SQL.

Everything else asks it questions in plain terms ("a page of the inbox, newest first") and gets
records back, which keeps the window, the command line and the tests on one source of truth.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..words import translate
from .bulk import BulkStore
from .customers import CustomerStore
from .dashboard import DashboardStore
from .database import (
    CACHE_KB,
    IMPORT_CACHE_KB,
    DatabaseDamaged,
    NotWritable,
    StoreError,
    backup_path,
    backup_to,
    connect,
    connect_read_only,
)
from .dialect import POSTGRES, SQLITE, Dialect
from .erasure import ErasureStore
from .exports import ExportStore
from .feedback import FeedbackStore
from .followups import FollowUpStore
from .inbox import InboxStore, ReadingStopped
from .location import FileLocation, Location, ServerLocation, parse_location
from .replies import ReplyStore
from .stats import StatsStore
from .tags import TagStore
from .templates import TemplateStore
from .triage import TriageStore
from .versions import VersionStore
from .views import ViewStore

__all__ = [
    "DatabaseDamaged",
    "Location",
    "NotWritable",
    "ReadingStopped",
    "Store",
    "StoreError",
    "parse_location",
]


class Store(
    BulkStore,
    CustomerStore,
    DashboardStore,
    ErasureStore,
    ExportStore,
    FeedbackStore,
    FollowUpStore,
    InboxStore,
    ReplyStore,
    StatsStore,
    TagStore,
    TemplateStore,
    TriageStore,
    VersionStore,
    ViewStore,
):
    """One open desk: a database file, or a database on a team server (PostgreSQL).

    ``path`` is the file's (None on a server); ``location`` says where either is; ``sql`` is
    the engine's dialect (see dialect.py)."""

    _depth = 0  # of the savepoints open within a transaction
    sql: Dialect = SQLITE
    path: Path | None

    def __init__(self, location: str | Path | Location):
        self._open(parse_location(location), read_only=False)
        try:
            self._settle_new_schema()
        except sqlite3.Error as exc:
            self.conn.close()
            raise StoreError(
                translate(
                    "store",
                    "Feedback Desk could not finish setting up {0} ({1}); nothing in it was lost.",
                ).format(self.path.name, exc)
            ) from exc
        except BaseException:
            self.conn.close()
            raise

    @classmethod
    def reading(cls, location: str | Path | Location) -> Store:
        """The database opened to read only, as it is: for a file Feedback Desk may not
        write (NotWritable), so its figures can still be read, exported and copied."""
        store = cls.__new__(cls)
        store._open(parse_location(location), read_only=True)
        return store

    def _open(self, location: Location, read_only: bool) -> None:
        self.location = location
        if isinstance(location, ServerLocation):
            from .pg.engine import connect as connect_server  # psycopg only for a server

            self.path = None
            self.sql = POSTGRES
            self.conn = connect_server(location, read_only)
            return
        assert isinstance(location, FileLocation)
        self.path = location.path
        self.conn = connect_read_only(self.path) if read_only else connect(self.path)

    @property
    def is_server(self) -> bool:
        return self.sql.is_server

    def _settle_new_schema(self) -> None:
        """What a desk needs once, on its first open by this version: the starting templates,
        the phone digits of customers stored before schema 3, and customers for the feedback
        an older version stored without them."""
        self.add_starting_templates()
        if not self.get_setting("phone_keys_filled"):
            with self.transaction():
                self.fill_phone_keys()
                self.set_setting("phone_keys_filled", True)
        if not self.get_setting("customers_linked"):
            with self.transaction():
                self.link_customers()
                self.set_setting("customers_linked", True)

    def close(self) -> None:
        if listener := getattr(self, "_listener", None):
            listener.close()
        self.conn.close()

    def changed_tables(self) -> set[str] | None:
        """On a team server: the tables other desks changed since the last ask (the first
        ask starts listening and says nothing changed; the first after the server was away
        says every table). None on a file, where ``changed_elsewhere`` asks SQLite. Raises
        ServerUnreachable while the server is away."""
        if not self.sql.is_server:
            return None
        if getattr(self, "_listener", None) is None:
            from .pg.listen import Listener

            self._listener = Listener(self.location, lambda: self.conn.backend_pid)
            return set()
        return self._listener.changed_tables()

    def change_socket(self) -> int | None:
        """On a team server once listening: the socket that becomes readable when another
        desk changes something or the server goes away (it changes after a reconnection)."""
        listener = getattr(self, "_listener", None)
        return listener.fileno() if listener is not None else None

    def reach_server(self) -> None:
        """On a team server: connect again now what was lost (the connection and the
        listener), and check the connection answers; raises ServerUnreachable while the
        server is away. See ``server_answers`` to ask first without waiting on it."""
        if not self.sql.is_server:
            return
        self.conn.reconnect(now=True)
        self.conn.execute("SELECT 1")  # found dead only now: asked again over a new one
        if listener := getattr(self, "_listener", None):
            listener.reconnect(now=True)

    def server_answers(self) -> bool:
        """On a team server: whether it takes a new connection now (a short try on a
        connection of its own, so it may run on another thread while the window goes on)."""
        from .pg.connection import answers

        return self.sql.is_server and answers(self.location)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing. The write lock is taken at once (BEGIN IMMEDIATE) so a second
        writer waits its turn instead of failing half-way; nested use becomes a savepoint."""
        if self.conn.in_transaction:
            with self._savepoint():
                yield
            return
        self.conn.execute("BEGIN" if self.sql.is_server else "BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        """A transaction within the open one: undone alone when what it wraps fails."""
        self._depth = name = self._depth + 1
        self.conn.execute(f"SAVEPOINT fd_{name}")
        try:
            yield
        except BaseException:
            # A failure such as a trigger's RAISE(ROLLBACK) may have ended the whole
            # transaction, savepoints included: then there is nothing left to undo.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO fd_{name}")
                self.conn.execute(f"RELEASE fd_{name}")
            raise
        else:
            self.conn.execute(f"RELEASE fd_{name}")
        finally:
            self._depth = name - 1

    @contextlib.contextmanager
    def import_cache(self, larger: bool = True) -> Iterator[None]:
        """A larger page cache while a big import writes (see IMPORT_CACHE_KB), unless told
        it is not needed (an import with its indexes set aside, see bulk.py)."""
        if self.sql.is_server:  # the server's memory is the server's business
            yield
            return
        self.conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KB if larger else CACHE_KB}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")

    # Settings --------------------------------------------------------------------------------
    def get_setting(self, key: str, default=None):
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value) -> None:
        self.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    # Backups ---------------------------------------------------------------------------------
    def backup(self, target: Path | None = None, reason: str = "manual") -> Path:
        """A consistent copy of the database now (default: into the backups folder)."""
        if self.path is None:
            raise StoreError(
                translate(
                    "store",
                    "Feedback Desk makes no backups of a team server: the server's own backups "
                    "(pg_dump) protect the team. An export keeps a copy of the feedback.",
                )
            )
        if target is None:
            target = backup_path(self.path, reason)
        return backup_to(self.conn, Path(target))
