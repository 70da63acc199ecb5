"""The inbox read from the store: how many items a search or filter lists, and a page of them.

What the owner waits for before a list shows is its count and its first page. On a million
items an exact count of a common word takes half a second, so the window asks for a count up to
COUNT_CAP that gives up after a few milliseconds (inbox_count_capped), shows the first page,
and has the exact count made on a thread (inbox_count with ``stop``, which can be called off).
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from ..errors import StoreError
from ..records import InboxQuery, InboxRow
from ..search_text import match_query, text_tells
from .dialect import Dialect
from .query import search_clause, where_clause

COUNT_CAP = 10_000  # inbox_count_capped counts this far, then says "more"
FREQUENT_MATCHES = 5000
PREFIX_KEPT = 3  # the search index keeps every word's first 1, 2 and 3 letters (schema V6)
# Walking the inbox newest first and asking each item pays when many of the newest items match,
# against how many matches the index would read first: with the share d of the SAMPLE newest
# items (that the other filters keep) that match, walking to a page's end reads reach / d items
# and the index d * items matches. Measured on a million items, an item walked costs about
# WALK_COST matches read from the index.
SAMPLE, WALK_COST = 100, 60
STOP_EVERY = 1000  # SQLite steps between two questions whether to stop counting
STOP_CHECK_S = 0.01  # on a team server: seconds between two such questions (a thread asks)
CANCELLED = "57014"  # PostgreSQL's SQLSTATE of a statement cancelled on request
# A count to the cap is given up (``within``) only after this many questions: a few hundred
# items are always counted, however busy the computer.
GIVE_UP_FROM = 50
_INBOX_COLUMNS = (
    "id, received_at, channel, author, rating, nps_score, sentiment, mixed, "
    "status, title, substr(body, 1, 240), assignee, is_spam, first_reply_at"
)


class ReadingStopped(Exception):
    """What was being read was called off (see ``InboxStore.stopping_when``)."""


class InboxStore:
    conn: sqlite3.Connection
    sql: Dialect

    @contextmanager
    def stopping_when(self, stop: Callable[[], bool] | None) -> Iterator[None]:
        """Statements run inside are called off, raising ReadingStopped, once ``stop()`` says
        True: for reading whose result may stop being wanted (a count for an older search, a
        count on a thread when the window closes)."""
        if stop is None:
            yield
            return
        if self.sql.is_server:
            with self._cancelled_when(stop):
                yield
            return
        self.conn.set_progress_handler(stop, STOP_EVERY)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if str(exc) == "interrupted" and stop():
                raise ReadingStopped from exc
            raise
        finally:
            self.conn.set_progress_handler(None, STOP_EVERY)

    @contextmanager
    def _cancelled_when(self, stop: Callable[[], bool]) -> Iterator[None]:
        """stopping_when on a team server: a watch on a thread asks ``stop`` every
        STOP_CHECK_S and, once it says True, asks the server to cancel the statement running,
        which then fails with QueryCanceled (SQLSTATE 57014)."""
        done, stopped = threading.Event(), threading.Event()

        def watch() -> None:
            while not done.wait(STOP_CHECK_S):
                if stop():
                    stopped.set()
                    self.conn.cancel()
                    return

        watcher = threading.Thread(target=watch, name="stop-reading", daemon=True)
        watcher.start()
        try:
            yield
        except StoreError as exc:
            if stopped.is_set() and getattr(exc, "sqlstate", "") == CANCELLED:
                raise ReadingStopped from exc
            raise
        finally:
            done.set()
            watcher.join()

    def inbox_count(
        self, query: InboxQuery = InboxQuery(), stop: Callable[[], bool] | None = None
    ) -> int | None:
        """How many items the inbox lists for ``query``. ``stop`` is asked now and then while
        counting; once it says True the count gives up and returns None."""
        where, params = where_clause(query, sql=self.sql)
        try:
            with self.stopping_when(stop):
                return self.conn.execute(
                    f"SELECT count(*) FROM feedback f WHERE {where}", params
                ).fetchone()[0]
        except ReadingStopped:
            return None

    def inbox_count_capped(
        self, query: InboxQuery = InboxQuery(), cap: int = COUNT_CAP, within: float | None = None
    ) -> tuple[int, bool] | None:
        """How many items the inbox lists for ``query``, counted no further than ``cap``:
        (the count, True), or (``cap``, False) when there are more. Counting all of 600,000
        matches of a common word takes half a second on a million items; knowing there are
        more than 10,000 takes a few milliseconds. A rare combination of filters is slower to
        count even that far: given ``within`` (seconds), the count gives up after that long
        and returns None."""
        deadline, asked = time.perf_counter() + (within or 0.0), itertools.count(1)
        stop = (
            (
                lambda: (
                    (self.sql.is_server or next(asked) > GIVE_UP_FROM)
                    and time.perf_counter() > deadline
                )
            )
            if within is not None
            else None
        )
        try:
            if within is not None and self.sql.is_server and not self.conn.in_transaction:
                with self._timed_out_after(within):  # exact to the millisecond, no thread
                    return self._count_capped(query, cap)
            with self.stopping_when(stop):
                return self._count_capped(query, cap)
        except ReadingStopped:
            return None

    @contextmanager
    def _timed_out_after(self, seconds: float) -> Iterator[None]:
        """On a team server: the statements inside are cancelled by the server itself after
        ``seconds`` (raising ReadingStopped); in a transaction of their own."""
        # One round trip: statements without parameters go to the server as they are.
        limit = max(1, round(seconds * 1000))
        self.conn.execute(f"BEGIN READ ONLY; SET LOCAL statement_timeout = {limit}")
        try:
            yield
        except StoreError as exc:
            if getattr(exc, "sqlstate", "") == CANCELLED:
                raise ReadingStopped from exc
            raise
        finally:
            self.conn.execute("ROLLBACK")

    def _count_capped(self, query: InboxQuery, cap: int) -> tuple[int, bool]:
        # SQLite's FTS5 index is asked first for a search; a server's plan reads the search
        # words' index and the row together, as one statement.
        match = match_query(query.search) if query.search and not self.sql.is_server else ""
        if match and replace(query, search="") == InboxQuery():
            # A search alone: if the index alone holds more matches than the cap and every
            # item in the trash or spam together, more than the cap are in the inbox.
            hidden = self.conn.execute(
                "SELECT (SELECT count(*) FROM feedback WHERE deleted_at IS NOT NULL) + "
                "(SELECT count(*) FROM feedback WHERE deleted_at IS NULL AND is_spam = 1)"
            ).fetchone()[0]
            found = self.conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM feedback_fts WHERE feedback_fts MATCH ? "
                "LIMIT ?) s",
                (match, cap + hidden + 1),
            ).fetchone()[0]
            if found > cap + hidden:
                return cap, False
        if match:
            # The search index's matches in order, each looked up, until there are enough.
            rest, params = where_clause(replace(query, search=""))
            found = self.conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM feedback_fts {self.sql.ordered_join} "
                f"feedback f ON f.id = feedback_fts.rowid WHERE feedback_fts MATCH ? AND {rest} "
                "LIMIT ?) s",
                (match, *params, cap + 1),
            ).fetchone()[0]
            in_notes = self.conn.execute(
                "SELECT 1 FROM notes_fts WHERE notes_fts MATCH ? LIMIT 1", (match,)
            ).fetchone()
            if in_notes and found <= cap:
                found = self.inbox_count(query)  # an item may match by a note alone
        else:
            where, params = where_clause(query, sql=self.sql)
            found = self.conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM feedback f WHERE {where} LIMIT ?) s",
                (*params, cap + 1),
            ).fetchone()[0]
        return (cap, False) if found > cap else (found, True)

    def inbox_position(self, feedback_id: int, query: InboxQuery = InboxQuery()) -> int | None:
        """The row of an item in the inbox listing ``query`` (newest first), or None when the
        query does not list it."""
        where, params = where_clause(query, sql=self.sql)
        found = self.conn.execute(
            f"SELECT 1 FROM feedback f WHERE {where} AND f.id = ?", (*params, feedback_id)
        ).fetchone()
        if found is None:
            return None
        return self.conn.execute(
            f"SELECT count(*) FROM feedback f, feedback x WHERE x.id = ? AND {where} AND "
            "(f.received_at > x.received_at OR (f.received_at = x.received_at AND f.id > x.id))",
            (feedback_id, *params),
        ).fetchone()[0]

    def inbox_page(
        self,
        offset: int,
        limit: int,
        query: InboxQuery = InboxQuery(),
        total: int | None = None,
        exact: bool = True,
    ) -> list[InboxRow]:
        """Rows ``offset`` to ``offset + limit`` of the inbox, newest first. ``total``: how
        many the query lists, when known (``exact``), or at least (a count to the cap).

        Pages past the middle are read from the other end of the index, so jumping to the
        last page of a million items is as quick as the first."""
        where, params = where_clause(query, sql=self.sql)
        source = "feedback f"
        backwards = exact and total is not None and offset > total // 2
        if self.sql.is_server:
            pass  # the server's planner walks the inbox for a common word (dialect.text_match)
        elif query.search and (total is None or total > FREQUENT_MATCHES) and _walkable(query):
            # A common word matches tens of thousands of items: walking the inbox newest first
            # and keeping the matches stops after one page (7 ms instead of 70 on a million
            # items). A rare word is quicker the other way round, the planner's choice. Each
            # item is asked on the way when that is quick (its text tells, or the index keeps
            # the word's list whole) and many match; otherwise every match is read first.
            index = "feedback_inbox" if _search_alone(query) else "feedback_filter"
            source = f"feedback f {self.sql.hint(index)}"
            reach = total - offset if backwards else offset + limit  # items from the end read
            if self._dense(query, index, reach):
                where, params = where_clause(query, probe=True)
            elif total is None:
                source = "feedback f"  # perhaps a rare word: the planner's choice
        # SQLite reads the page's ids from an index alone, then their rows; a server reads
        # the rows and their tags at once (two round trips less: 7 ms instead of 1 a page).
        columns = "id"
        if self.sql.is_server:
            columns = (
                f"{_INBOX_COLUMNS}, (SELECT {self.sql.names_json('t.name')} FROM feedback_tags "
                "ft JOIN tags t ON t.id = ft.tag_id WHERE ft.feedback_id = f.id)"
            )
        if backwards:
            from_end = max(total - offset - limit, 0)
            count = min(limit, total - offset)
            if count <= 0:  # past the end (SQLite would read a negative LIMIT as none)
                return []
            sql = (
                f"SELECT {columns} FROM {source} WHERE {where} "
                f"ORDER BY received_at ASC, id ASC LIMIT ? OFFSET ?"
            )
            found = self.conn.execute(sql, (*params, count, from_end)).fetchall()[::-1]
        else:
            sql = (
                f"SELECT {columns} FROM {source} WHERE {where} "
                f"ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?"
            )
            found = self.conn.execute(sql, (*params, limit, offset)).fetchall()
        return self._rows([r[0] for r in found], found if self.sql.is_server else None)

    def _rows(self, ids: list[int], read: list[tuple] | None = None) -> list[InboxRow]:
        """The inbox rows of these items, in this order, with their tags (their columns
        read here unless given, ``read``)."""
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        if read is None:
            read = self.conn.execute(
                f"SELECT {_INBOX_COLUMNS} FROM feedback WHERE id IN ({marks})", ids
            ).fetchall()
        rows = {r[0]: r for r in read}
        tags: dict[int, list[str]] = {}
        if read and len(read[0]) > 14:  # read with the page (a server), regardless of case
            tags = {r[0]: sorted(json.loads(r[14]), key=str.lower) for r in read}
        else:  # the page's tags in one query, not one per row
            for fid, name in self.conn.execute(
                "SELECT ft.feedback_id, t.name FROM feedback_tags ft JOIN tags t "
                f"ON t.id = ft.tag_id WHERE ft.feedback_id IN ({marks}) "
                f"ORDER BY {self.sql.nocase('t.name')}",
                ids,
            ):
                tags.setdefault(fid, []).append(name)
        return [
            InboxRow(
                *rows[i][:7],
                bool(rows[i][7]),
                *rows[i][8:11],
                tuple(tags.get(i, ())),
                rows[i][11],
                bool(rows[i][12]),
                rows[i][13],
            )
            for i in ids
        ]

    def _dense(self, query: InboxQuery, index: str, reach: int) -> bool:
        """Whether the search matches so many of the newest items the other filters keep
        ("the", "g" on a million items) that walking ``reach`` matches deep pays, asking
        about the SAMPLE newest: a millisecond or two."""
        rest, params = where_clause(replace(query, search=""))
        searched, words = search_clause(query.search, probe=True)
        hits, items = self.conn.execute(
            f"SELECT (SELECT count(*) FROM (SELECT id FROM feedback f {self.sql.hint(index)} "
            f"WHERE {rest} ORDER BY received_at DESC, id DESC LIMIT {SAMPLE}) s "
            f"{self.sql.ordered_join} feedback f ON f.id = s.id WHERE {searched}), "
            "(SELECT max(id) FROM feedback)",
            (*params, *words),
        ).fetchone()
        return (hits / SAMPLE) ** 2 * (items or 0) > reach * WALK_COST


def _search_alone(query: InboxQuery) -> bool:
    return replace(query, search="") == InboxQuery()


def _walkable(query: InboxQuery) -> bool:
    """Whether walking the inbox newest first and asking each item is quick: trash and spam
    are left out (the inbox's indexes hold the rest), and each item's answer is cheap."""
    if query.trash or query.spam != "exclude":
        return False
    match = match_query(query.search)
    return text_tells(match) or _whole_lists(match)


def _whole_lists(match: str) -> bool:
    """Whether the search index keeps a list of its own for every word of ``match``: each
    word typed in full, and the unfinished last one (a prefix) no longer than PREFIX_KEPT."""
    last = match.rsplit(" ", 1)[-1]
    return not last.endswith("*") or len(last) - 3 <= PREFIX_KEPT  # '"the"*'
