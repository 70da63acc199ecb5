"""Moving a desk from its database file to a team server, whole, in one transaction.

Every table is copied with its ids (the server's ids are identities BY DEFAULT, so given ids
are kept; the sequences are moved past them afterwards) by COPY, in batches so the window can
show the progress. The search words of feedback and notes are made from the store's own search
text on the way in (a stage table, then one INSERT ... SELECT per batch). The server's
triggers stay off during the copy (the figures counted ahead are copied as the file has them,
and the other desks are told once at the end), and its references and indexes are made after
it, as a restore does. Afterwards each table is counted on both sides;
if any count differs, nothing lands. The file is only read (``Store.reading``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ...errors import ServerRefused, StoreError
from ...search_text import server_search_text
from ...words import translate
from ..location import ServerLocation

# In the order their references allow (the foreign keys are checked at the commit anyway).
TABLES = (
    "settings",
    "customers",
    "import_batches",
    "response_templates",
    "tags",
    "tag_rules",
    "feedback",
    "feedback_tags",
    "replies",
    "followups",
    "notes",
    "figures_by_day",
    "tags_by_day",
)
# The tables whose search words a server keeps, and the columns they are made of.
SEARCHED = {"feedback": ("title", "body", "author"), "notes": ("body",)}
BATCH = 20_000
# Told to the other desks after the move (schema_pg._NOTIFIED: the tables they watch).
NOTIFIED = tuple(t for t in TABLES if t not in ("figures_by_day", "tags_by_day"))

Progress = Callable[[int, int], None]  # rows copied so far, rows in all


@dataclass(frozen=True)
class Moved:
    """What a move copied: the rows of each table (the same on both sides, checked)."""

    target: str
    counts: dict[str, int]

    def as_dict(self) -> dict:
        return {"server": self.target, "counts": dict(self.counts)}

    def describe(self) -> str:
        counts = self.counts
        return translate(
            "store",
            "Moved the desk to {0}: {1} feedback items, {2} replies, {3} follow-ups, {4} notes, "
            "{5} customers, {6} tags and {7} templates. This computer's file is unchanged.",
        ).format(
            self.target,
            counts["feedback"],
            counts["replies"],
            counts["followups"],
            counts["notes"],
            counts["customers"],
            counts["tags"],
            counts["response_templates"],
        )


class ServerNotEmpty(StoreError):
    """The server's desk already holds feedback: a move would mix two desks."""


def move_to_server(
    source: Path,
    target: ServerLocation,
    replace: bool = False,
    progress: Progress | None = None,
) -> Moved:
    """Copy the desk in the file ``source`` to the server at ``target`` (its desk is made
    when new). A server desk holding feedback is refused unless ``replace``: then what it
    held is replaced. All or nothing; the file is never written."""
    from .. import Store

    with (
        Store.reading(source) as local,
        Store(target) as server,
        local.export_snapshot(),  # every table of the same moment
    ):
        counts = {table: _count(local.conn, table) for table in TABLES}
        total = sum(counts.values())
        server.conn.execute("BEGIN")
        try:
            server.conn.execute("SET LOCAL lock_timeout = '10s'")
            held = server.conn.execute("SELECT count(*) FROM feedback").fetchone()[0]
            if held and not replace:
                raise ServerNotEmpty(
                    translate(
                        "store",
                        "The desk on {0} already holds {1} feedback items. Moving this "
                        "desk there would mix the two; nothing was copied. To put this "
                        "desk in its place, ask to replace it.",
                    ).format(target, held)
                )
            _check_owner(server.conn, target)
            done = 0
            with _triggers_off(server.conn), _keys_and_indexes_after(server.conn):
                server.conn.execute(f"TRUNCATE {', '.join(TABLES)}")
                for table in TABLES:
                    for copied in _copy_table(local, server, table):
                        done += copied
                        if progress is not None:
                            progress(done, total)
                    if "id" in server.table_columns(table):  # new ids after the moved
                        server.conn.execute(server.sql.after_explicit_ids(table))
            _check_counts(server, counts, target)
            for table in NOTIFIED:
                server.conn.execute("SELECT pg_notify('feedback_desk', ?)", (table,))
            server.conn.execute("COMMIT")
        except BaseException:
            if server.conn.in_transaction:
                server.conn.execute("ROLLBACK")
            raise
    return Moved(str(target), counts)


def _count(conn, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _check_owner(conn, target: ServerLocation) -> None:
    """Moving in sets the tables' triggers and references aside, which only the user who
    owns the desk's tables may do: another user is told so before anything is copied."""
    owner = conn.execute(
        "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
        "AND tablename = 'feedback'"
    ).fetchone()[0]
    if owner != conn.execute("SELECT current_user").fetchone()[0]:
        raise ServerRefused(
            translate(
                "store",
                "The desk on {0} was set up by the user {1}, and only that user can move a "
                "desk into it. Nothing was copied: move in as {1}, or ask the server's owner "
                "to hand the desk's tables to this user.",
            ).format(target, owner)
        )


@contextlib.contextmanager
def _triggers_off(conn) -> Iterator[None]:
    """The server's own triggers (figures, first answers, notices) off for the copy, inside
    the transaction: a failure puts them back with the rest."""
    for table in TABLES:
        conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
    yield
    for table in TABLES:
        conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")


@contextlib.contextmanager
def _keys_and_indexes_after(conn) -> Iterator[None]:
    """The tables' references (foreign keys) and indexes (other than their primary keys) set
    aside during the copy and made again after it, each checked or built in one pass, as a
    restore does: quicker than checking and indexing row by row. A reference the copy broke
    fails the whole move there."""
    keys = conn.execute(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE contype = 'f' AND conrelid::regclass::text = ANY(?)",
        (list(TABLES),),
    ).fetchall()
    indexes = conn.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
        "AND tablename = ANY(?) AND indexname NOT IN (SELECT conname FROM pg_constraint)",
        (list(TABLES),),
    ).fetchall()
    for table, name, _ in keys:
        conn.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, definition in indexes:
        conn.execute(definition)
    for table, name, definition in keys:
        conn.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')


def _copy_table(local, server, table: str) -> Iterator[int]:
    """Copy one table in batches; yields the rows of each batch written. The file is read
    (and the search text made) here while the server writes the batch before (``_overlapped``)."""
    columns = server.table_columns(table)  # the search words left out
    missing = set(columns) - set(local.table_columns(table))
    if missing:
        raise StoreError(
            translate(
                "store",
                "{0} cannot be moved: its table {1} lacks {2}. Open it once with this "
                "version of Feedback Desk first.",
            ).format(local.path.name, table, ", ".join(sorted(missing)))
        )
    searched = SEARCHED.get(table)
    order = " ORDER BY id" if "id" in columns else ""
    rows = local.conn.execute(f"SELECT {', '.join(columns)} FROM {table}{order}")
    if not searched:
        yield from _overlapped(
            iter(lambda: rows.fetchmany(BATCH), []),
            lambda batch: server.conn.copy_rows(table, tuple(columns), batch),
        )
        return
    stage = f"fd_move_{table}"
    server.conn.execute(
        f"CREATE TEMP TABLE {stage} ON COMMIT DROP AS SELECT {', '.join(columns)}, "
        f"''::text AS search_text FROM {table} WITH NO DATA"
    )
    at = [columns.index(c) for c in searched]

    def with_search_text(batch: list) -> list:
        return [(*row, server_search_text(*(row[i] for i in at))) for row in batch]

    def write(batch: list) -> None:
        server.conn.copy_rows(stage, (*columns, "search_text"), batch)
        server.conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}, search) SELECT {', '.join(columns)}, "
            f"to_tsvector('fd_search', search_text) FROM {stage}"
        )
        server.conn.execute(f"TRUNCATE {stage}")

    yield from _overlapped(
        (with_search_text(batch) for batch in iter(lambda: rows.fetchmany(BATCH), [])), write
    )


def _overlapped(batches: Iterator[list], write: Callable[[list], None]) -> Iterator[int]:
    """Each batch written on a thread of its own while the next is read: the server's work
    and this computer's overlap. Yields the rows of each batch once it is written; a failure
    of either side is raised here, after the write under way has ended."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="feedback-desk move") as pool:
        pending: tuple[Future, int] | None = None
        for batch in batches:
            if pending is not None:
                pending[0].result()
                yield pending[1]
            pending = (pool.submit(write, batch), len(batch))
        if pending is not None:
            pending[0].result()
            yield pending[1]


def _check_counts(server, counts: dict[str, int], target: ServerLocation) -> None:
    for table, expected in counts.items():
        found = _count(server.conn, table)
        if found != expected:
            raise StoreError(
                translate(
                    "store",
                    "The move to {0} was undone: the server counted {1} rows in {2} where "
                    "this computer's file has {3}. Nothing was changed on either side.",
                ).format(target, found, table, expected)
            )


def look_at_server(location: ServerLocation) -> tuple[int, int]:
    """(schema version, feedback items) of the desk at ``location``, setting nothing up:
    (0, 0) for a database Feedback Desk has not used yet. Raises the plain connection
    problems (ServerRefused, ServerUnreachable)."""
    from .connection import PgConnection
    from .engine import schema_version

    conn = PgConnection(location, read_only=True)
    try:
        version = schema_version(conn)
        held = conn.execute("SELECT count(*) FROM feedback").fetchone()[0] if version else 0
        return version, held
    finally:
        conn.close()
