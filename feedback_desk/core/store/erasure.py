"""Erasing one customer's personal details on request, and finding them first.

What goes: the name, e-mail and phone of the customer (and of those merged into them), of
every item of theirs, and wherever they appear in the texts of those items, their replies,
handling notes and follow-ups; the customer's own notes; the source's extra columns. What
stays: each item's figures (date, channel, stars, NPS answer, sentiment, status, tags), so
the NPS of past months and every count are unchanged. The search index is rewritten and the
file vacuumed with secure_delete on, so the raw database file and its -wal hold no trace.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import StoreError
from ..personal import Person, name_forms
from ..personal import scrub as scrub_text
from ..words import translate
from .customers import contact_keys
from .database import now_iso, open_backup
from .dialect import Dialect
from .exports import _with_attached

ERASURES_KEY = "erasures"  # the record of erasures made: when, and how much; nobody's details

# An erased row moves on (store/versions.py): a desk that showed it before cannot save the
# erased details back.
_ERASED = "version = version + 1, changed = 'erased'"


@dataclass(frozen=True)
class Erased:
    """What an erasure changed: counts only."""

    at: str
    items: int
    replies: int
    notes: int
    followups: int

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _marks(values: Sequence) -> str:
    return ", ".join("?" * len(values))


# On a team server: the tables a vacuum rewrites after an erasure (when the desk's user may).
_SCRUBBED_TABLES = ("feedback", "replies", "notes", "followups", "customers")


class ErasureStore:
    conn: sqlite3.Connection
    sql: Dialect

    def find_person(self, who: str) -> Person | None:
        """The customer an e-mail address, a phone number or a customer id names, with the
        customers merged into them; None when the desk knows nobody by it."""
        who = who.strip().removeprefix("#")
        email, phone = contact_keys(who, who)
        if email:
            found = (
                "SELECT id FROM customers WHERE email = :key UNION SELECT customer_id "
                "FROM feedback WHERE lower(trim(email)) = :key AND customer_id IS NOT NULL"
            )
            key = email
        elif who.isdigit() and len(who) < 6:  # a phone has six digits at least
            found, key = "SELECT id FROM customers WHERE id = :key", int(who)
        elif phone:
            found, key = "SELECT id FROM customers WHERE phone_key = :key", phone
        else:
            return None
        row = self.conn.execute(
            f"SELECT coalesce(merged_into, id) FROM customers WHERE id IN ({found}) "
            "ORDER BY id LIMIT 1",
            {"key": key},
        ).fetchone()
        return self.person(row[0]) if row else None

    def person(self, customer_id: int) -> Person:
        """A customer (and those merged into them) with every e-mail, phone and name the desk
        holds for them, from their records and their feedback."""
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM customers WHERE id = :id OR merged_into = :id "
                "ORDER BY id <> :id, id",
                {"id": customer_id},
            )
        ]
        marks = _marks(ids)
        rows = self.conn.execute(
            f"SELECT name, email, phone FROM customers WHERE id IN ({marks}) UNION "
            f"SELECT author, email, phone FROM feedback WHERE customer_id IN ({marks})",
            (*ids, *ids),
        ).fetchall()
        emails, phones, names = set(), set(), set()
        for name, email, phone in rows:
            ekey, pkey = contact_keys(email, phone)
            emails |= {ekey} - {""}
            phones |= {pkey} - {""}
            names |= name_forms(name)
        return Person(tuple(ids), frozenset(emails), frozenset(phones), frozenset(names))

    def person_items(self, person: Person) -> list[int]:
        """Every feedback item of the person, the trash and spam included."""
        return [
            r[0]
            for r in self.conn.execute(
                f"SELECT id FROM feedback WHERE customer_id IN ({_marks(person.customer_ids)}) "
                "ORDER BY id",
                person.customer_ids,
            )
        ]

    def erase_person(self, person: Person, vacuum: bool = True) -> Erased:
        """Erase the person's details everywhere (see the module), record that an erasure
        took place, and (unless the caller does it once for several) leave no trace in the
        file: one transaction, then a vacuum."""
        server = self.sql.is_server
        if not server:
            self.conn.execute("PRAGMA secure_delete = ON")
        # The search text of what changes is written with it on a server (see schema_pg.py).
        feedback_search = ", search = to_tsvector('fd_search', ?)" if server else ""
        items = self.person_items(person)
        ids, marks = person.customer_ids, _marks(person.customer_ids)
        scrub = lambda text: scrub_text(text or "", person)  # noqa: E731
        counts = {}
        with self.transaction():
            for fid, title, body, key, ext in self.conn.execute(
                f"SELECT id, title, body, dedup_key, external_id FROM feedback "
                f"WHERE id IN ({_marks(items)})",
                items,
            ).fetchall():
                # The key of an item without the source's id holds the author's name: only
                # its digest stays, still unique.
                key = key if ext else "erased|" + hashlib.sha256(key.encode()).hexdigest()
                title, body = scrub(title), scrub(body)
                search = (self.sql.search_values(title, body, ""),) if server else ()
                self.conn.execute(
                    "UPDATE feedback SET author = '', email = '', phone = '', title = ?, "
                    f"body = ?, extra = '{{}}', dedup_key = ?{feedback_search}, "
                    f"{_ERASED} WHERE id = ?",
                    (title, body, key, *search, fid),
                )
            for table, column, where in (
                ("replies", "body", f"feedback_id IN ({_marks(items)})"),
                ("notes", "body", f"feedback_id IN ({_marks(items)})"),
                (
                    "followups",
                    "note",
                    f"feedback_id IN ({_marks(items)}) OR customer_id IN ({marks})",
                ),
            ):
                params = (*items, *ids) if table == "followups" else items
                rows = self.conn.execute(
                    f"SELECT id, {column} FROM {table} WHERE {where}", params
                ).fetchall()
                searched = server and table == "notes"
                self.conn.executemany(
                    f"UPDATE {table} SET {column} = ?"
                    + (", search = to_tsvector('fd_search', ?)" if searched else "")
                    + (f", {_ERASED}" if table == "followups" else "")
                    + " WHERE id = ?",
                    [
                        (text, *((self.sql.search_values(text),) if searched else ()), rid)
                        for rid, text in ((rid, scrub(text)) for rid, text in rows)
                    ],
                )
                counts[table] = len(rows)
            self.conn.execute(
                "UPDATE customers SET name = '', email = '', phone = '', phone_key = '', "
                f"notes = '', updated_at = ?, {_ERASED} WHERE id IN ({marks})",
                (now_iso(), *ids),
            )
            # Contentless indexes keep deleted words until their segments are merged.
            for index in () if server else ("feedback_fts", "notes_fts"):
                self.conn.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
            erased = Erased(
                now_iso(), len(items), counts["replies"], counts["notes"], counts["followups"]
            )
            self.set_setting(ERASURES_KEY, [*self.erasures(), erased.as_dict()])
        if vacuum:
            self.leave_no_trace()
        return erased

    def kept_elsewhere(self) -> str:
        """What still holds erased details outside the desk's tables, in plain words: on a
        team server its write-ahead log and its own backups ("" on a file, whose backups are
        named one by one)."""
        if not self.sql.is_server:
            return ""
        return translate(
            "store",
            "The team server's own copies (its write-ahead log and backups made with pg_dump "
            "or by its host) still hold the erased details until they are rotated out; ask "
            "whoever runs the server how long it keeps them.",
        )

    def erasures(self) -> list[dict]:
        """The erasures made on this desk, oldest first: when, and how many of each."""
        found = self.get_setting(ERASURES_KEY, [])
        return found if isinstance(found, list) else []

    def leave_no_trace(self) -> None:
        """Rewrite the file without the free pages that held what was erased, and empty the
        -wal, where the pages as they were may still be. On a team server: a vacuum of
        the tables erased from, when the desk's user may (their owner); what the server's
        write-ahead log and its own backups keep goes as they are rotated."""
        if self.sql.is_server:
            for table in _SCRUBBED_TABLES:
                with contextlib.suppress(StoreError):
                    self.conn.execute(f"VACUUM {table}")
            return
        # A read of this connection still under way stops a vacuum: secure_delete has
        # already zeroed what was freed, and the next erasure vacuums.
        with contextlib.suppress(sqlite3.OperationalError):
            self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def quiet_customers(self, before: str) -> list[int]:
        """Customers with personal details whose latest feedback (trash and spam included)
        is older than ``before`` (an ISO date): those retention lets go of."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT c.id FROM customers c WHERE c.merged_into IS NULL "
                "AND (c.name <> '' OR c.email <> '' OR c.phone <> '' OR EXISTS (SELECT 1 "
                "FROM feedback f WHERE f.customer_id = c.id AND (f.author <> '' "
                "OR f.email <> '' OR f.phone <> ''))) "
                "AND coalesce((SELECT max(f.received_at) FROM feedback f JOIN customers m "
                "ON m.id = f.customer_id WHERE m.id = c.id OR m.merged_into = c.id), '') < ? "
                "AND EXISTS (SELECT 1 FROM feedback f WHERE f.customer_id = c.id) "
                "ORDER BY c.id",
                (before,),
            )
        ]

    def customer_export(self, person: Person) -> dict:
        """Everything the desk holds about one person, as an export holds it: their
        customer records, their feedback (trash and spam too) with tags, notes, replies and
        follow-ups, and follow-ups of theirs that belong to no item."""
        ids, marks = person.customer_ids, _marks(person.customer_ids)
        templates = dict(self.conn.execute("SELECT id, name FROM response_templates"))
        items = self._export_rows("feedback", f"customer_id IN ({marks})", ids)
        attached = self._attached([i["id"] for i in items], templates)
        return {
            "customers": self._export_rows("customers", f"id IN ({marks})", ids),
            "followups": self._export_rows(
                "followups", f"feedback_id IS NULL AND customer_id IN ({marks})", ids
            ),
            "feedback": [_with_attached(item, attached) for item in items],
        }


def holds_person(conn: sqlite3.Connection, person: Person) -> bool:
    """Whether a database (a backup, opened read-only) still holds the person's details:
    their customer record with a name or contact, or an item with their e-mail or phone."""
    ids = person.customer_ids
    if conn.execute(
        f"SELECT 1 FROM customers WHERE id IN ({_marks(ids)}) "
        "AND (name <> '' OR email <> '' OR phone <> '') LIMIT 1",
        ids,
    ).fetchone():
        return True
    conn.create_function("fd_digits", 1, lambda t: re.sub(r"\D", "", t or ""))
    for email in person.emails:
        if conn.execute(
            "SELECT 1 FROM feedback WHERE lower(trim(email)) = ? LIMIT 1", (email,)
        ).fetchone():
            return True
    for phone in person.phones:
        if conn.execute(
            "SELECT 1 FROM feedback WHERE phone <> '' AND fd_digits(phone) = ? LIMIT 1", (phone,)
        ).fetchone():
            return True
    return False


def schema_of(path) -> int | None:
    """The schema version of a database file (a backup), None when it cannot be read."""
    try:
        with contextlib.closing(open_backup(path)) as conn:
            return conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        return None
