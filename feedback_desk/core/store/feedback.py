"""Feedback in and out of the database: adding, paging the inbox, searching, exporting."""

from __future__ import annotations

import json
import operator
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from ..records import Feedback, ImportBatch, InboxQuery
from ..search_text import search_text
from .dialect import Dialect
from .query import where_clause
from .replies import first_reply_hours

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
# A prepared row's values in that order: bound by position, quicker than by name (an import).
_VALUES = operator.itemgetter(*_FEEDBACK_COLUMNS)
# Who answered first ('' until its reply is stored) and after how long are set as the item
# goes in: an update afterwards cost an import of 100,000 items with replies half a second.
_INSERT_FEEDBACK = (
    f"INSERT INTO feedback ({', '.join(_FEEDBACK_COLUMNS)}, first_reply_by, first_reply_hours) "
    f"VALUES ({', '.join(f':{c}' for c in _FEEDBACK_COLUMNS)}, "
    "CASE WHEN :first_reply_at IS NOT NULL THEN '' END, "
    f"{first_reply_hours(':received_at', ':first_reply_at')}) ON CONFLICT DO NOTHING"
)

# On a team server new items go through a stage table of this connection (COPY, then one
# INSERT ... SELECT): the figures counted ahead are added once per statement (schema_pg.py),
# so a statement per row would add them a row at a time (0.9 ms a row, against 0.1). The
# search text goes in with the row; the hours to the first answer are the server's function.
_STAGE = "fd_incoming"
_STAGE_COLUMNS = ("ord", *_FEEDBACK_COLUMNS, "search_text")
_MAKE_STAGE = (
    f"CREATE TEMP TABLE IF NOT EXISTS {_STAGE} ON COMMIT DELETE ROWS AS SELECT 0 AS ord, "
    f"{', '.join(_FEEDBACK_COLUMNS)}, ''::text AS search_text FROM feedback WITH NO DATA"
)
_INSERT_STAGED = (
    f"INSERT INTO feedback ({', '.join(_FEEDBACK_COLUMNS)}, first_reply_by, first_reply_hours, "
    f"search) SELECT {', '.join(_FEEDBACK_COLUMNS)}, "
    "CASE WHEN first_reply_at IS NOT NULL THEN '' END, "
    "fd_first_reply_hours(received_at, first_reply_at), to_tsvector('fd_search', search_text) "
    f"FROM {_STAGE} ORDER BY ord ON CONFLICT DO NOTHING"
)


class FeedbackStore:
    conn: sqlite3.Connection
    sql: Dialect

    # Adding ----------------------------------------------------------------------------------
    def start_batch(self, source: str, now: str, file_name: str = "", **details) -> int:
        """Record an import (or paste, form entry, demo) that feedback will belong to."""
        info = {
            k: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v)
            for k, v in details.items()
        }
        columns = ["source", "file_name", "created_at", *info]
        return self.conn.execute(
            f"INSERT INTO import_batches ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))}) RETURNING id",
            (source, file_name, now, *info.values()),
        ).fetchone()[0]

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
        """Insert prepared rows (see ``intake.prepare``) of one batch, skipping duplicates. A
        row may bring its search index text, made elsewhere ("search_text", see scoring.py).

        ``tags`` and ``replies`` run parallel to ``rows``: tag names, and (text, time) of a
        reply the source already had. Returns how many rows were new."""
        if self.sql.is_server:
            return self._add_tags_and_replies(rows, tags, replies, self._insert_staged(rows))
        newest = self.newest_feedback_id()
        added = self.conn.executemany(_INSERT_FEEDBACK, rows).rowcount
        # New rows get the ids after the newest one, in order; index them for search.
        if added == len(rows):  # none passed over: the ids are newest + 1, newest + 2...
            self.conn.executemany(
                "INSERT INTO feedback_fts (rowid, text) VALUES (?, ?)",
                [
                    (
                        newest + n,
                        row.get("search_text")
                        or search_text(row["title"], row["body"], row["author"]),
                    )
                    for n, row in enumerate(rows, 1)
                ],
            )
        else:
            self.conn.execute(
                "INSERT INTO feedback_fts (rowid, text) "
                "SELECT id, fd_search_text(title, body, author) FROM feedback WHERE id > ?",
                (newest,),
            )
        self.count_new_items(newest)
        return self._add_tags_and_replies(rows, tags, replies, added)

    def _insert_staged(self, rows: Sequence[dict]) -> int:
        """Insert rows on a team server (see _STAGE); how many were new."""
        with self.transaction():
            self.conn.execute(_MAKE_STAGE)
            self.conn.execute(f"DELETE FROM {_STAGE}")
            self.conn.copy_rows(
                _STAGE,
                _STAGE_COLUMNS,
                (
                    (
                        n,
                        *_VALUES(row),
                        self.sql.search_values(row["title"], row["body"], row["author"]),
                    )
                    for n, row in enumerate(rows)
                ),
            )
            return self.conn.execute(_INSERT_STAGED).rowcount

    def _add_tags_and_replies(self, rows, tags, replies, added: int) -> int:
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
        in_batch = " AND batch_id IS NOT DISTINCT FROM ?" if batch else ""
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
            "INSERT INTO tags (name, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(name, now) for name in {name for _, name in links}],
        )
        self.conn.executemany(
            "INSERT INTO feedback_tags (feedback_id, tag_id) "
            f"SELECT ?, id FROM tags WHERE {self.sql.nocase('name')} = {self.sql.nocase('?')} "
            "ON CONFLICT DO NOTHING",
            links,
        )

    # Reading ---------------------------------------------------------------------------------
    def get_feedback(self, feedback_id: int) -> Feedback | None:
        found = self._feedback_where("f.id = ?", [feedback_id], limit=1)
        return found[0] if found else None

    def search(self, text: str, limit: int = 100) -> list[Feedback]:
        """Full-text search, newest first."""
        where, params = where_clause(InboxQuery(search=text), sql=self.sql)
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
            f"(SELECT {self.sql.names_json('t.name')} FROM feedback_tags ft JOIN tags t "
            " ON t.id = ft.tag_id WHERE ft.feedback_id = f.id), "
            "(SELECT body FROM replies r WHERE r.feedback_id = f.id "
            " ORDER BY r.replied_at DESC, r.id DESC LIMIT 1), "
            "f.first_reply_at, f.customer_id, f.version "
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


def _feedback(row: tuple) -> Feedback:
    values = list(row)
    for i in (15, 16, 21):
        values[i] = bool(values[i])
    values[22] = json.loads(values[22] or "{}")
    values[25] = tuple(sorted(json.loads(values[25] or "[]"), key=str.casefold))
    values[26] = values[26] or ""
    return Feedback(*values)
