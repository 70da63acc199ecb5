"""Feedback in and out of the database: adding, paging the inbox, searching, exporting."""

from __future__ import annotations

import json
import operator
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from ..records import Feedback, ImportBatch, InboxQuery, InboxRow
from ..search_text import match_query, search_text
from .query import where_clause

_FEEDBACK_COLUMNS = (
    "received_at",
    "utc_offset_minutes",
    "channel",
    "author",
    "email",
    "phone",
    "rating",
    "nps_score",
    "title",
    "body",
    "location",
    "product",
    "language",
    "sentiment",
    "compound",
    "mixed",
    "status",
    "first_reply_at",
    "external_id",
    "dedup_key",
    "batch_id",
    "extra",
    "created_at",
    "updated_at",
)
_INSERT_FEEDBACK = (
    f"INSERT OR IGNORE INTO feedback ({', '.join(_FEEDBACK_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_FEEDBACK_COLUMNS))})"
)
# A prepared row's values in that order: bound by position, quicker than by name (an import).
_VALUES = operator.itemgetter(*_FEEDBACK_COLUMNS)
FREQUENT_MATCHES = 5000
COUNT_CAP = 10_000  # inbox_count_capped counts this far, then says "more"
PREFIX_KEPT = 3  # the search index keeps every word's first 1, 2 and 3 letters (schema V5)
# Asking the index item by item pays when at least DENSE of SAMPLE newest items match.
SAMPLE, DENSE = 100, 15
_INBOX_COLUMNS = (
    "id, received_at, channel, author, rating, nps_score, sentiment, mixed, "
    "status, title, substr(body, 1, 240), assignee, is_spam, first_reply_at"
)


class FeedbackStore:
    conn: sqlite3.Connection

    # Adding ----------------------------------------------------------------------------------
    def start_batch(self, source: str, now: str, file_name: str = "", **details) -> int:
        """Record an import (or paste, form entry, demo) that feedback will belong to."""
        info = {
            k: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v)
            for k, v in details.items()
        }
        columns = ["source", "file_name", "created_at", *info]
        cursor = self.conn.execute(
            f"INSERT INTO import_batches ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            (source, file_name, now, *info.values()),
        )
        return cursor.lastrowid

    def finish_batch(
        self, batch_id: int, added: int, duplicates: int, problems: Sequence[dict] = ()
    ) -> None:
        """The end of every batch, however it came: its items get the auto-tags of the
        owner's rules and their customers, and the batch its counts."""
        self.apply_rules(batch_id=batch_id)
        self.link_customers(batch_id)
        self.conn.execute(
            "UPDATE import_batches SET added = ?, duplicates = ?, skipped = ?, problems = ? "
            "WHERE id = ?",
            (
                added,
                duplicates,
                len(problems),
                json.dumps(list(problems), ensure_ascii=False),
                batch_id,
            ),
        )

    def insert_feedback(
        self,
        rows: Sequence[dict],
        tags: Sequence[Sequence[str]] = (),
        replies: Sequence[tuple[str, str | None]] = (),
    ) -> int:
        """Insert prepared rows (see ``intake.prepare``) of one batch, skipping duplicates.

        ``tags`` and ``replies`` run parallel to ``rows``: tag names, and (text, time) of a
        reply the source already had. Returns how many rows were new."""
        newest = self.newest_feedback_id()
        added = self.conn.executemany(_INSERT_FEEDBACK, map(_VALUES, rows)).rowcount
        # New rows get the ids after the newest one, in order; index them for search.
        if added == len(rows):  # none passed over: the ids are newest + 1, newest + 2...
            self.conn.executemany(
                "INSERT INTO feedback_fts (rowid, text) VALUES (?, ?)",
                [
                    (newest + n, search_text(row["title"], row["body"], row["author"]))
                    for n, row in enumerate(rows, 1)
                ],
            )
        else:
            self.conn.execute(
                "INSERT INTO feedback_fts (rowid, text) "
                "SELECT id, fd_search_text(title, body, author) FROM feedback WHERE id > ?",
                (newest,),
            )
        if not (any(tags) or any(text for text, _ in replies)) or not added:
            return added
        keys = [row["dedup_key"] for row in rows]
        ids = self.ids_for_keys(keys, rows[0]["batch_id"])
        links = [
            (ids[key], name)
            for key, names in zip(keys, tags, strict=True)
            if key in ids
            for name in names
        ]
        self.tag_by_name(links, rows[0]["created_at"])
        self.conn.executemany(
            "INSERT INTO replies (feedback_id, body, replied_at, how, created_at) "
            "VALUES (?, ?, ?, 'imported', ?)",
            [
                (ids[key], text, when, rows[0]["created_at"])
                for key, (text, when) in zip(keys, replies, strict=True)
                if text and key in ids
            ],
        )
        return added

    def newest_feedback_id(self) -> int:
        """The id of the newest item (0 when there is none): rows inserted later have more."""
        return self.conn.execute("SELECT coalesce(max(id), 0) FROM feedback").fetchone()[0]

    def ids_for_keys(self, keys: Sequence[str], *batch: int | None) -> dict[str, int]:
        """The stored item each duplicate key belongs to, for the keys already stored (of
        one batch, when it is given)."""
        ids: dict[str, int] = {}
        wanted = list(dict.fromkeys(keys))
        in_batch = " AND batch_id IS ?" if batch else ""
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            ids.update(
                self.conn.execute(
                    f"SELECT dedup_key, id FROM feedback WHERE dedup_key IN "
                    f"({', '.join('?' * len(chunk))}){in_batch}",
                    (*chunk, *batch),
                ).fetchall()
            )
        return ids

    def undo_batch(self, batch_id: int, now: str) -> int:
        """Remove everything a batch added. Returns how many feedback items went."""
        with self.transaction():
            customers = [
                r[0]
                for r in self.conn.execute(
                    "SELECT DISTINCT customer_id FROM feedback WHERE batch_id = ? "
                    "AND customer_id IS NOT NULL",
                    (batch_id,),
                )
            ]
            removed = self.conn.execute(
                "DELETE FROM feedback WHERE batch_id = ?", (batch_id,)
            ).rowcount
            self.forget_empty_customers(customers)
            self.conn.execute(
                "UPDATE import_batches SET undone_at = ? WHERE id = ?", (now, batch_id)
            )
        return removed

    def list_batches(self, sources: Sequence[str] = ("file", "paste")) -> list[ImportBatch]:
        """Imports, newest first, with how many of their items are still there."""
        rows = self.conn.execute(
            "SELECT b.id, b.source, b.file_name, b.preset, b.added, b.duplicates, b.skipped, "
            "b.problems, b.created_at, b.undone_at, "
            "(SELECT count(*) FROM feedback f WHERE f.batch_id = b.id) "
            f"FROM import_batches b WHERE b.source IN ({', '.join('?' * len(sources))}) "
            "ORDER BY b.id DESC",
            tuple(sources),
        )
        return [ImportBatch(*r[:7], json.loads(r[7] or "[]"), *r[8:]) for r in rows]

    def batch_exists(self, batch_id: int) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM import_batches WHERE id = ? AND undone_at IS NULL", (batch_id,)
            ).fetchone()
            is not None
        )

    # Tags ------------------------------------------------------------------------------------
    def tag_by_name(self, links: Iterable[tuple[int, str]], now: str) -> None:
        """Attach tags (created when new, matched regardless of case) to feedback items."""
        links = [(fid, name.strip()) for fid, name in links if name.strip()]
        if not links:
            return
        self.conn.executemany(
            "INSERT OR IGNORE INTO tags (name, created_at) VALUES (?, ?)",
            [(name, now) for name in {name for _, name in links}],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO feedback_tags (feedback_id, tag_id) "
            "SELECT ?, id FROM tags WHERE name = ?",
            links,
        )

    # Reading ---------------------------------------------------------------------------------
    def inbox_count(self, query: InboxQuery = InboxQuery()) -> int:
        where, params = where_clause(query)
        return self.conn.execute(
            f"SELECT count(*) FROM feedback f WHERE {where}", params
        ).fetchone()[0]

    def inbox_count_capped(
        self, query: InboxQuery = InboxQuery(), cap: int = COUNT_CAP
    ) -> tuple[int, bool]:
        """How many items the inbox lists for ``query``, counted no further than ``cap``:
        (the count, True), or (``cap``, False) when there are more. Counting all of 600,000
        matches of a common word takes a second on a million items; knowing there are more
        than 10,000 takes a few milliseconds."""
        match = match_query(query.search) if query.search else ""
        if match and replace(query, search="") == InboxQuery():
            # A search alone: if the index alone holds more matches than the cap and every
            # item in the trash or spam together, more than the cap are in the inbox.
            hidden = self.conn.execute(
                "SELECT (SELECT count(*) FROM feedback WHERE deleted_at IS NOT NULL) + "
                "(SELECT count(*) FROM feedback WHERE deleted_at IS NULL AND is_spam = 1)"
            ).fetchone()[0]
            found = self.conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM feedback_fts WHERE feedback_fts MATCH ? "
                "LIMIT ?)",
                (match, cap + hidden + 1),
            ).fetchone()[0]
            if found > cap + hidden:
                return cap, False
        if match:
            # The search index's matches in order, each looked up, until there are enough.
            rest, params = where_clause(replace(query, search=""))
            found = self.conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM feedback_fts CROSS JOIN feedback f "
                f"ON f.id = feedback_fts.rowid WHERE feedback_fts MATCH ? AND {rest} LIMIT ?)",
                (match, *params, cap + 1),
            ).fetchone()[0]
            in_notes = self.conn.execute(
                "SELECT 1 FROM notes_fts WHERE notes_fts MATCH ? LIMIT 1", (match,)
            ).fetchone()
            if in_notes and found <= cap:
                found = self.inbox_count(query)  # an item may match by a note alone
        else:
            where, params = where_clause(query)
            found = self.conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM feedback f WHERE {where} LIMIT ?)",
                (*params, cap + 1),
            ).fetchone()[0]
        return (cap, False) if found > cap else (found, True)

    def inbox_position(self, feedback_id: int, query: InboxQuery = InboxQuery()) -> int | None:
        """The row of an item in the inbox listing ``query`` (newest first), or None when the
        query does not list it."""
        where, params = where_clause(query)
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
        self, offset: int, limit: int, query: InboxQuery = InboxQuery(), total: int | None = None
    ) -> list[InboxRow]:
        """Rows ``offset`` to ``offset + limit`` of the inbox, newest first.

        Pages past the middle are read from the other end of the index, so jumping to the
        last page of a million items is as quick as the first."""
        where, params = where_clause(query)
        source = "feedback f"
        if (
            query.search
            and (total or 0) > FREQUENT_MATCHES
            and query.spam == "exclude"
            and (not query.trash)
        ):
            # A common word matches tens of thousands of items: walking the inbox index newest
            # first and keeping the matches stops after one page (7 ms instead of 70 on a
            # million items). A rare word is quicker the other way round, the planner's choice.
            # When the index keeps each word's list whole, each item is asked on the way;
            # otherwise every match is read first (a few letters of a longer word).
            source = "feedback f INDEXED BY feedback_inbox"
            if _whole_lists(query.search) and self._dense(query):
                where, params = where_clause(query, probe=True)
        if total is not None and offset > total // 2:
            from_end = max(total - offset - limit, 0)
            count = min(limit, total - offset)
            sql = (
                f"SELECT id FROM {source} WHERE {where} "
                f"ORDER BY received_at ASC, id ASC LIMIT ? OFFSET ?"
            )
            ids = [r[0] for r in self.conn.execute(sql, (*params, count, from_end))][::-1]
        else:
            sql = (
                f"SELECT id FROM {source} WHERE {where} "
                f"ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?"
            )
            ids = [r[0] for r in self.conn.execute(sql, (*params, limit, offset))]
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = {
            r[0]: r
            for r in self.conn.execute(
                f"SELECT {_INBOX_COLUMNS} FROM feedback WHERE id IN ({marks})", ids
            )
        }
        # The page's tags in one query, not one per row.
        tags: dict[int, list[str]] = {}
        for fid, name in self.conn.execute(
            "SELECT ft.feedback_id, t.name FROM feedback_tags ft JOIN tags t ON t.id = ft.tag_id "
            f"WHERE ft.feedback_id IN ({marks}) ORDER BY t.name COLLATE NOCASE",
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

    def _dense(self, query: InboxQuery) -> bool:
        """Whether the search matches many of the newest items ("the", "g": a third or
        more), asking the index about the SAMPLE newest: a few milliseconds."""
        where, params = where_clause(query, probe=True)
        hits = self.conn.execute(
            "SELECT count(*) FROM (SELECT id FROM feedback INDEXED BY feedback_inbox "
            "WHERE deleted_at IS NULL AND is_spam = 0 ORDER BY received_at DESC, id DESC "
            f"LIMIT {SAMPLE}) s CROSS JOIN feedback f ON f.id = s.id WHERE {where}",
            params,
        ).fetchone()[0]
        return hits >= DENSE

    def get_feedback(self, feedback_id: int) -> Feedback | None:
        found = self._feedback_where("f.id = ?", [feedback_id], limit=1)
        return found[0] if found else None

    def search(self, text: str, limit: int = 100) -> list[Feedback]:
        """Full-text search, newest first."""
        where, params = where_clause(InboxQuery(search=text))
        if not params:
            return []
        return self._feedback_where(where, params, limit=limit)

    def iter_feedback(self, batch_size: int = 1000) -> Iterator[Feedback]:
        """Every item not in the trash, oldest first, a batch at a time (for export)."""
        last = 0
        while True:
            batch = self._feedback_where(
                "f.deleted_at IS NULL AND f.id > ?", [last], limit=batch_size, order="f.id"
            )
            yield from batch
            if len(batch) < batch_size:
                return
            last = batch[-1].id

    def _feedback_where(
        self, where: str, params: list, limit: int, order: str = "f.received_at DESC, f.id DESC"
    ) -> list[Feedback]:
        sql = (
            "SELECT f.id, f.received_at, f.channel, f.author, f.email, f.phone, f.rating, "
            "f.nps_score, f.title, f.body, f.location, f.product, f.language, f.sentiment, "
            "f.compound, f.sentiment_overridden, f.mixed, f.status, f.assignee, f.external_id, "
            "f.batch_id, f.is_spam, f.extra, f.created_at, f.updated_at, "
            "(SELECT json_group_array(t.name) FROM feedback_tags ft JOIN tags t "
            " ON t.id = ft.tag_id WHERE ft.feedback_id = f.id), "
            "(SELECT body FROM replies r WHERE r.feedback_id = f.id "
            " ORDER BY r.replied_at DESC, r.id DESC LIMIT 1), "
            "f.first_reply_at, f.customer_id "
            f"FROM feedback f WHERE {where} ORDER BY {order} LIMIT ?"
        )
        return [_feedback(row) for row in self.conn.execute(sql, (*params, limit))]

    def feedback_in_batch(self, batch_id: int) -> list[tuple[int, str, str, int | None]]:
        """(id, received_at, sentiment, nps_score) of every item a batch added, oldest first:
        what the demo needs to answer and follow up the items it has just added."""
        return [
            tuple(row)
            for row in self.conn.execute(
                "SELECT id, received_at, sentiment, nps_score FROM feedback WHERE batch_id = ? "
                "ORDER BY received_at, id",
                (batch_id,),
            )
        ]


def _whole_lists(search: str) -> bool:
    """Whether the search index keeps a list of its own for every word of ``search``: each
    word typed in full, and the unfinished last one (a prefix) no longer than PREFIX_KEPT."""
    last = match_query(search).rsplit(" ", 1)[-1]
    return not last.endswith("*") or len(last) - 3 <= PREFIX_KEPT  # '"the"*'


def _feedback(row: tuple) -> Feedback:
    values = list(row)
    for i in (15, 16, 21):
        values[i] = bool(values[i])
    values[22] = json.loads(values[22] or "{}")
    values[25] = tuple(sorted(json.loads(values[25] or "[]"), key=str.casefold))
    values[26] = values[26] or ""
    return Feedback(*values)
