"""The whole desk as plain values, and back: what a Feedback Desk export holds (see
core/export.py for what "everything" means and core/restore.py for reading a file).

Rows are read and written table by table with every column the table has, so a column a later
migration adds is exported and restored without a change here. Names of columns that come
from a file are only ever used when the table really has them.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..words import translate
from .database import StoreError, now_iso
from .dialect import Dialect

# Columns stored as 0/1 that an export shows as true/false, and columns that hold JSON text,
# shown as the value itself (with what an empty one is stored as).
BOOLEAN_COLUMNS = frozenset({"sentiment_overridden", "mixed", "is_spam", "enabled"})
JSON_COLUMNS = {"extra": "{}", "mapping": "{}", "problems": "[]"}
# Every reference between tables (table, column, the table of the id it names), which a restore
# checks once everything is in (test_store_common_sql holds it to the schema's).
REFERENCES = (
    ("customers", "merged_into", "customers"),
    ("feedback", "customer_id", "customers"),
    ("feedback", "batch_id", "import_batches"),
    ("feedback_tags", "feedback_id", "feedback"),
    ("feedback_tags", "tag_id", "tags"),
    ("tag_rules", "tag_id", "tags"),
    ("replies", "feedback_id", "feedback"),
    ("replies", "template_id", "response_templates"),
    ("replies", "replaces", "replies"),
    ("followups", "feedback_id", "feedback"),
    ("followups", "customer_id", "customers"),
    ("notes", "feedback_id", "feedback"),
)
# Columns the database derives from the others (a server desk's search words), made again
# when rows are written, never exported.
_DERIVED = frozenset({"search"})
# The columns whose text a server desk's search words are made of (see dialect.search_column).
_SEARCHED = {"feedback": ("title", "body", "author"), "notes": ("body",)}
# Attached to a feedback item in an export, so its feedback_id is not repeated there.
_ATTACHED = ("notes", "replies", "followups")


def _chunks(values: Sequence, size: int = 500) -> Iterator[list]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def _plain(column: str, value: Any) -> Any:
    """A stored value as an export shows it."""
    if column in BOOLEAN_COLUMNS and value is not None:
        return bool(value)
    if column in JSON_COLUMNS:
        return json.loads(value or JSON_COLUMNS[column])
    return value


def _stored(column: str, value: Any) -> Any:
    """An exported value as the database stores it."""
    if column in BOOLEAN_COLUMNS and value is not None:
        return int(bool(value))
    if column in JSON_COLUMNS and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False) if value is not None else JSON_COLUMNS[column]
    return value


class ExportStore:
    conn: sqlite3.Connection
    sql: Dialect

    # Reading ---------------------------------------------------------------------------------
    def table_columns(self, table: str) -> list[str]:
        """The columns a table has, in their order (read once: the schema changes only when
        the database is opened)."""
        known = self.__dict__.setdefault("_table_columns", {})
        if table not in known:
            cursor = self.conn.execute(f"SELECT * FROM {table} LIMIT 0")
            known[table] = [c[0] for c in cursor.description if c[0] not in _DERIVED]
        return list(known[table])

    def _export_rows(
        self, table: str, where: str = "TRUE", params: Sequence = (), limit: int | None = None
    ) -> list[dict]:
        columns = self.table_columns(table)
        rows = self.conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE {where} ORDER BY id"
            + (" LIMIT ?" if limit is not None else ""),
            (*params, limit) if limit is not None else tuple(params),
        )
        return [{c: _plain(c, v) for c, v in zip(columns, row, strict=True)} for row in rows]

    @contextlib.contextmanager
    def export_snapshot(self) -> Iterator[None]:
        """One read transaction around an export (it takes no write lock; in WAL mode the
        window goes on writing), so every part of the file is of the same moment."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute(self.sql.read_snapshot)
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    def desk_holdings(self) -> dict[str, int]:
        """What a desk holds that a restore would collide with: feedback (trash included),
        customers, follow-ups and imports. All zero for a new desk."""
        return {
            name: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for name, table in (
                ("feedback", "feedback"),
                ("customers", "customers"),
                ("followups", "followups"),
                ("imports", "import_batches"),
            )
        }

    def export_settings(self) -> dict[str, Any]:
        return {
            key: json.loads(value)
            for key, value in self.conn.execute("SELECT key, value FROM settings ORDER BY key")
        }

    def export_templates(self) -> list[dict]:
        return self._export_rows("response_templates")

    def export_tags(self) -> list[dict]:
        """Every tag with its colour and its auto-tag rules."""
        rules: dict[int, list[dict]] = {}
        for rule in self._export_rows("tag_rules"):
            rules.setdefault(rule.pop("tag_id"), []).append(rule)
        tags = self._export_rows("tags")
        for tag in tags:
            tag["rules"] = rules.get(tag["id"], [])
        return tags

    def export_imports(self) -> list[dict]:
        return self._export_rows("import_batches")

    def export_customers(self) -> list[dict]:
        return self._export_rows("customers")

    def export_loose_followups(self) -> list[dict]:
        """Follow-ups of no feedback item (every other follow-up travels with its item)."""
        return self._export_rows("followups", "feedback_id IS NULL")

    def feedback_references(self) -> tuple[set[int], set[int]]:
        """The customers and the imports that some feedback item names."""
        return tuple(
            {row[0] for row in self.conn.execute(f"SELECT DISTINCT {c} FROM feedback")} - {None}
            for c in ("customer_id", "batch_id")
        )

    def export_feedback(self, batch_size: int = 500) -> Iterator[dict]:
        """Every feedback item, the trash and spam included, oldest id first, each with its
        tags (names), latest reply text, notes, every reply version and follow-ups."""
        last = 0
        templates = dict(self.conn.execute("SELECT id, name FROM response_templates"))
        while True:
            items = self._export_rows("feedback", "id > ?", (last,), batch_size)
            if not items:
                return
            ids = [item["id"] for item in items]
            attached = self._attached(ids, templates)
            for item in items:
                yield _with_attached(item, attached)
            last = ids[-1]

    def _attached(self, ids: list[int], templates: dict[int, str]) -> dict[str, dict[int, list]]:
        found: dict[str, dict[int, list]] = {"tags": {}, **{t: {} for t in _ATTACHED}}
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            for fid, name in self.conn.execute(
                "SELECT ft.feedback_id, t.name FROM feedback_tags ft JOIN tags t "
                f"ON t.id = ft.tag_id WHERE ft.feedback_id IN ({marks}) "
                f"ORDER BY {self.sql.nocase('t.name')}, t.id",
                chunk,
            ):
                found["tags"].setdefault(fid, []).append(name)
            for table in _ATTACHED:
                for row in self._export_rows(table, f"feedback_id IN ({marks})", chunk):
                    found[table].setdefault(row.pop("feedback_id"), []).append(row)
        for replies in found["replies"].values():
            for reply in replies:
                reply["template"] = templates.get(reply["template_id"], "")
        return found

    # Writing ---------------------------------------------------------------------------------
    def restore_desk(
        self,
        *,
        feedback: Iterable[dict],
        customers: Sequence[dict] = (),
        imports: Sequence[dict] = (),
        tags: Sequence[dict] | None = None,
        templates: Sequence[dict] | None = None,
        settings: dict[str, Any] | None = None,
        followups: Sequence[dict] = (),
    ) -> int:
        """Write an exported desk into this one, keeping every id, all or nothing; returns how
        many feedback items were written. ``tags``, ``templates`` and ``settings``, when given,
        take the place of this desk's (a new desk's starting set); None leaves them. Feedback
        items carry their tags by name, and their notes, replies and follow-ups.

        The caller makes sure the desk is empty (``desk_holdings``). Raises StoreError, with
        nothing written, when the rows do not fit together (a reply of a missing template),
        and sqlite3.Error, with nothing written, when SQLite refuses a row (restore.py says
        why in words)."""
        now = now_iso()
        with self.transaction():
            # References are checked once everything is in, so the order of rows (a
            # customer merged into a later one) does not matter.
            self.conn.execute(self.sql.defer_foreign_keys)
            self._restore_setup(tags, templates, settings)
            self._insert_rows("import_batches", imports)
            self._insert_rows("customers", customers)
            self._insert_rows("followups", followups)
            count = 0
            for chunk in _batches(feedback, 1000):
                self._restore_feedback(chunk, now)
                count += len(chunk)
            if self.sql.search_value() is None:
                # The search index, as insert_feedback fills it for new rows (the desk held
                # no feedback, so every row is one just written). A server's search words
                # went in with the rows (_insert_rows).
                self.conn.execute(
                    "INSERT INTO feedback_fts (rowid, text) "
                    "SELECT id, fd_search_text(title, body, author) FROM feedback"
                )
            self.count_new_items(0, answered=True)  # and the figures counted ahead
            self.fill_phone_keys()  # a hand-made file may give phones without their keys
            self.link_customers()
            broken = self.broken_references()
            if broken:
                table, parent, _ = broken[0]
                said = (
                    translate(
                        "store",
                        "The export does not hold together: 1 row of {1} refers to {2} "
                        "that the export does not have. Nothing was restored.",
                    )
                    if sum(n for _, _, n in broken) == 1
                    else translate(
                        "store",
                        "The export does not hold together: {0} rows of {1} refer to {2} "
                        "that the export does not have. Nothing was restored.",
                    )
                )
                raise StoreError(said.format(sum(n for _, _, n in broken), table, parent))
        return count

    def broken_references(self) -> list[tuple[str, str, int]]:
        """(table, the table it refers to, how many of its rows name an id not there) of
        each reference some row breaks, in the order of REFERENCES. (0.4 s for 300,000 items
        with a tag each, against 0.3 s for SQLite's own foreign_key_check.)"""
        counts = " UNION ALL ".join(
            f"SELECT {n} AS n, count(*) AS broken FROM {table} c LEFT JOIN {parent} p "
            f"ON p.id = c.{column} WHERE c.{column} IS NOT NULL AND p.id IS NULL"
            for n, (table, column, parent) in enumerate(REFERENCES)
        )
        return [
            (REFERENCES[n][0], REFERENCES[n][2], broken)
            for n, broken in self.conn.execute(f"SELECT n, broken FROM ({counts}) AS r ORDER BY n")
            if broken
        ]

    def _restore_setup(self, tags, templates, settings) -> None:
        if settings is not None:
            self.conn.execute("DELETE FROM settings")
            for key, value in settings.items():
                self.set_setting(key, value)
        if templates is not None:
            self.conn.execute("DELETE FROM response_templates")
            self._insert_rows("response_templates", templates)
        if tags is not None:
            self.conn.execute("DELETE FROM tags")  # their rules and links go with them
            rules = []
            for tag in tags:
                tag = dict(tag)
                tag_rules = tag.pop("rules", [])
                tag_id = self._insert_rows("tags", [tag])[0]
                rules += [{**rule, "tag_id": tag_id} for rule in tag_rules]
            self._insert_rows("tag_rules", rules)

    def _restore_feedback(self, items: list[dict], now: str) -> None:
        items = [{"tags": [], **item} for item in items]
        rows = [{k: v for k, v in item.items() if k not in _ATTACHED} for item in items]
        ids = self._insert_rows("feedback", rows)
        self.tag_by_name(
            [(fid, name) for fid, item in zip(ids, items, strict=True) for name in item["tags"]],
            now,
        )
        for table in _ATTACHED:
            self._insert_rows(
                table,
                [
                    {**row, "feedback_id": fid}
                    for fid, item in zip(ids, items, strict=True)
                    for row in item.get(table, ())
                ],
            )

    def _insert_rows(self, table: str, rows: Iterable[dict]) -> list[int]:
        """Insert rows (dicts of column: exported value) with the columns the table has and
        the row gives; returns their ids. Keys the table does not have are passed over."""
        known = self.table_columns(table)
        ids: list[int] = []
        # Rows that give the same columns go in one executemany (a million items: one
        # statement prepared, not a million).
        pending: list[tuple] = []
        pending_sql = ""
        for row in rows:
            columns = [c for c in known if c in row]
            values = [_stored(c, row[c]) for c in columns]
            column, value, search = ("", "", ())
            if table in _SEARCHED:
                column, value, search = self.sql.search_column(
                    *(row.get(c) for c in _SEARCHED[table])
                )
            values += search
            sql = (
                f"INSERT INTO {table} ({', '.join(columns)}{column}) "
                f"VALUES ({', '.join('?' * len(columns))}{value})"
            )
            new = row.get("id") is None
            if pending and (new or sql != pending_sql):
                self._insert_with_ids(table, pending_sql, pending)
                pending = []
            if new:  # a new row: its id is the one the database gives it
                ids.append(self.conn.execute(f"{sql} RETURNING id", values).fetchone()[0])
                continue
            pending_sql = sql
            pending.append(tuple(values))
            ids.append(row["id"])
        if pending:
            self._insert_with_ids(table, pending_sql, pending)
        return ids

    def _insert_with_ids(self, table: str, sql: str, rows: list[tuple]) -> None:
        """Insert rows that bring their own ids; new rows after them get higher ones."""
        self.conn.executemany(sql, rows)
        if next_id := self.sql.after_explicit_ids(table):
            self.conn.execute(next_id)


def _batches(items: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _with_attached(item: dict, attached: dict[str, dict[int, list]]) -> dict:
    fid = item["id"]
    replies = attached["replies"].get(fid, [])
    latest = max(
        replies,
        key=lambda r: (r["replied_at"] is not None, r["replied_at"] or "", r["id"]),
        default=None,
    )
    return {
        **item,
        "tags": attached["tags"].get(fid, []),
        "reply": latest["body"] if latest else "",
        "notes": attached["notes"].get(fid, []),
        "replies": replies,
        "followups": attached["followups"].get(fid, []),
    }
