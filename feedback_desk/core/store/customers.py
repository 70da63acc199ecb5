"""Customers: the people behind the feedback, their story, and who is at risk of leaving.

Feedback with an e-mail address or a phone number is linked to a customer as it comes in (the
same address or the same digits of a phone: the same person). A name alone is not enough: two
"Jane D." on Google may be two people, so the owner confirms such links (``same_name`` finds
them, ``link_to_customer`` makes them). Feedback with no customer stands for itself.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from datetime import date, timedelta

from ..nps import kind_from
from ..records import AtRisk, Customer, LoopChange, LoopFigures, Segment, TimelineEntry
from ..templates import customer_name
from .database import now_iso
from .dialect import Dialect
from .query import REPLIED
from .stats import period_clause

_CUSTOMER = (
    "c.id, c.name, c.email, c.phone, c.channel, c.location, c.product, c.value, c.notes, "
    "(SELECT count(*) FROM feedback g WHERE g.customer_id = c.id AND g.deleted_at IS NULL), "
    "c.version"
)
_COUNTED = "f.deleted_at IS NULL AND f.is_spam = 0"
# The radar looks back this far: a customer unanswered for longer has most likely gone.
RADAR_DAYS = 90
# Feedback not answered, not followed up, and not settled by the owner another way.
# A follow-up of the item itself, or one planned for its customer since (about feedback not
# in the trash nor spam), counts as being looked after; the two lookups each use an index.
_UNHANDLED = (
    "f.first_reply_at IS NULL AND f.status NOT IN ('replied', 'resolved', 'ignored') "
    f"AND NOT {REPLIED} "
    "AND NOT EXISTS (SELECT 1 FROM followups u WHERE u.feedback_id = f.id) "
    "AND (f.customer_id IS NULL OR NOT EXISTS (SELECT 1 FROM followups u "
    " JOIN feedback h ON h.id = u.feedback_id WHERE u.customer_id = f.customer_id "
    " AND u.created_at >= f.received_at AND h.deleted_at IS NULL AND h.is_spam = 0))"
)
_LATEST = (
    "(f.customer_id IS NULL OR NOT EXISTS (SELECT 1 FROM feedback g "
    "WHERE g.customer_id = f.customer_id AND g.deleted_at IS NULL AND g.is_spam = 0 "
    "AND (g.received_at > f.received_at OR (g.received_at = f.received_at AND g.id > f.id))))"
)
_UNHAPPY = (
    "(f.nps_score <= 6 OR (f.nps_score IS NULL AND (f.sentiment = 'negative' OR f.rating <= 2)))"
)


def _contacted(sql: Dialect, f: str) -> str:
    """Whether feedback ``f`` (a table alias) was answered or had a follow-up done (1 or 0):
    what counts as having closed the loop with its customer. A dated reply sets
    first_reply_at (store/replies.py), so only undated ones are looked up (a small index),
    and only when first_reply_at does not tell already."""
    return (
        f"CASE WHEN {f}.first_reply_at IS NOT NULL THEN 1 WHEN EXISTS (SELECT 1 FROM replies r "
        f"{sql.hint('replies_undated')} "
        f"WHERE r.feedback_id = {f}.id AND r.replied_at IS NULL) THEN 1 WHEN EXISTS "
        f"(SELECT 1 FROM followups u WHERE u.feedback_id = {f}.id AND u.done_at IS NOT NULL) "
        "THEN 1 ELSE 0 END"
    )


def contact_keys(email: str, phone: str) -> tuple[str, str]:
    """What identifies a person: the e-mail address in lower case, and the digits of a phone
    number (at least six of them, not all the same, so '-' or '000-0000' identifies nobody)."""
    email = email.strip().casefold()
    digits = re.sub(r"\D", "", phone or "")
    # "000-000-0000" and the like stand for no number at all.
    real = len(digits) >= 6 and len(set(digits)) > 1
    return (email if "@" in email else ""), (digits if real else "")


def _chunks(values: list, size: int = 500):
    for start in range(0, len(values), size):
        yield values[start : start + size]


class CustomerStore:
    conn: sqlite3.Connection
    sql: Dialect

    # Linking ---------------------------------------------------------------------------------
    def link_customers(self, batch_id: int | None = None) -> int:
        """Link the batch's feedback (all feedback with None) that has an e-mail or a phone to
        its customer, creating customers not seen before. Returns how many items were linked."""
        where = "customer_id IS NULL AND (email <> '' OR phone <> '')"
        params: list = []
        if batch_id is not None:
            where += " AND batch_id = ?"
            params.append(batch_id)
        rows = self.conn.execute(
            "SELECT id, author, email, phone, channel, location, product, received_at "
            f"FROM feedback WHERE {where} ORDER BY received_at, id",
            params,
        ).fetchall()
        keyed = [(row, *contact_keys(row[2], row[3])) for row in rows]
        keyed = [k for k in keyed if k[1] or k[2]]
        by_email, by_phone = self._known_contacts(
            {k[1] for k in keyed if k[1]}, {k[2] for k in keyed if k[2]}
        )
        links = []
        for (fid, author, _, phone, channel, location, product, _), ekey, pkey in keyed:
            customer = by_email.get(ekey) if ekey else None
            customer = customer or (by_phone.get(pkey) if pkey else None)
            if customer is None:
                customer = self._new_customer(
                    customer_name(author), ekey, phone, pkey, channel, location, product
                )
            else:  # what this item tells of them that the customer did not say yet
                self._learn_contact(customer, ekey, phone, pkey)
            if ekey:
                by_email.setdefault(ekey, customer)
            if pkey:
                by_phone.setdefault(pkey, customer)
            links.append((customer, fid))
        self.conn.executemany("UPDATE feedback SET customer_id = ? WHERE id = ?", links)
        return len(links)

    def fill_phone_keys(self) -> int:
        """The phone digits of customers an older version stored before phone_key existed
        (schema 3 added the column without filling it); returns how many were filled."""
        found = self.conn.execute(
            "SELECT id, email, phone FROM customers WHERE phone <> '' AND phone_key = ''"
        ).fetchall()
        keys = [(contact_keys(email, phone)[1], cid) for cid, email, phone in found]
        self.conn.executemany(
            "UPDATE customers SET phone_key = ? WHERE id = ?", [k for k in keys if k[0]]
        )
        return sum(1 for key, _ in keys if key)

    def _new_customer(self, name, email, phone, phone_key, channel, location, product) -> int:
        now = now_iso()
        return self.conn.execute(
            "INSERT INTO customers (name, email, phone, phone_key, channel, location, product, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (name, email, phone.strip(), phone_key, channel, location, product, now, now),
        ).fetchone()[0]

    def _learn_contact(self, customer: int, email: str, phone: str, phone_key: str) -> None:
        if email:
            self.conn.execute(
                "UPDATE customers SET email = ? WHERE id = ? AND email = ''", (email, customer)
            )
        if phone_key:
            self.conn.execute(
                "UPDATE customers SET phone = ?, phone_key = ? WHERE id = ? AND phone_key = ''",
                (phone.strip(), phone_key, customer),
            )

    def _known_contacts(self, emails: set[str], phones: set[str]):
        by_email: dict[str, int] = {}
        by_phone: dict[str, int] = {}
        for column, keys, found in (("email", emails, by_email), ("phone_key", phones, by_phone)):
            for chunk in _chunks(sorted(keys)):
                for key, cid in self.conn.execute(
                    f"SELECT {column}, coalesce(merged_into, id) FROM customers "
                    f"WHERE {column} IN ({', '.join('?' * len(chunk))}) ORDER BY id",
                    chunk,
                ):
                    found.setdefault(key, cid)
        return by_email, by_phone

    def forget_empty_customers(self, customer_ids: Sequence[int]) -> None:
        """Delete those of these customers that no feedback or follow-up is left for and that
        hold nothing the owner wrote (after an import is undone, say)."""
        for chunk in _chunks(list(customer_ids)):
            self.conn.execute(
                f"DELETE FROM customers WHERE id IN ({', '.join('?' * len(chunk))}) "
                "AND notes = '' AND value IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.customer_id = customers.id) "
                "AND NOT EXISTS (SELECT 1 FROM followups u WHERE u.customer_id = customers.id) "
                "AND NOT EXISTS (SELECT 1 FROM customers m WHERE m.merged_into = customers.id)",
                chunk,
            )

    def customer(self, customer_id: int) -> Customer | None:
        """A customer, or the one they were merged into."""
        row = self.conn.execute(
            f"SELECT {_CUSTOMER} FROM customers c WHERE c.id = "
            "(SELECT coalesce(merged_into, id) FROM customers WHERE id = ?)",
            (customer_id,),
        ).fetchone()
        return Customer(*row) if row else None

    def customer_for(self, feedback_id: int) -> Customer:
        """The customer a piece of feedback came from; one is made from the feedback itself
        when it has none yet, so every story has a place to be kept."""
        row = self.conn.execute(
            "SELECT customer_id, author, email, phone, channel, location, product "
            "FROM feedback WHERE id = ?",
            (feedback_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"feedback {feedback_id} does not exist")
        if row[0] is not None:
            return self.customer(row[0])
        author, email, phone, channel, location, product = row[1:]
        ekey, pkey = contact_keys(email, phone)
        with self.transaction():
            name = customer_name(author) or author.strip()
            cid = self._new_customer(name, ekey, phone, pkey, channel, location, product)
            self.conn.execute(
                "UPDATE feedback SET customer_id = ? WHERE id = ?", (cid, feedback_id)
            )
            self.conn.execute(
                "UPDATE followups SET customer_id = ? WHERE feedback_id = ?", (cid, feedback_id)
            )
        return self.customer(cid)

    def update_customer(self, customer: Customer, seen: int | None = None) -> None:
        """Save what the owner keeps about a customer (name, contact, segments, notes);
        ``seen``: the customer's version the person changed (see versions.py)."""
        ekey, pkey = contact_keys(customer.email, customer.phone)
        self._write_rows(
            "customers",
            "name = ?, email = ?, phone = ?, phone_key = ?, location = ?, product = ?, "
            "value = ?, notes = ?, updated_at = ?",
            {
                customer.id: (
                    customer.name.strip(),
                    ekey or customer.email.strip(),
                    customer.phone.strip(),
                    pkey,
                    customer.location.strip(),
                    customer.product.strip(),
                    customer.value,
                    customer.notes,
                    now_iso(),
                )
            },
            None if seen is None else {customer.id: seen},
            "edit",
        )

    def same_name(self, feedback_id: int, limit: int = 20) -> list[tuple[int, str, str, str]]:
        """Other feedback under the same name on the same channel that is not this customer's:
        (id, received_at, author, text) of each, newest first. Maybe the same person: the owner
        decides."""
        row = self.conn.execute(
            "SELECT author, channel, coalesce(customer_id, -id) FROM feedback WHERE id = ?",
            (feedback_id,),
        ).fetchone()
        if row is None or not customer_name(row[0]):
            return []
        return [
            tuple(r)
            for r in self.conn.execute(
                "SELECT f.id, f.received_at, f.author, substr(f.body, 1, 160) FROM feedback f "
                f"WHERE f.channel = ? AND {self.sql.nocase('f.author')} = {self.sql.nocase('?')} "
                "AND f.author <> '' "
                f"AND coalesce(f.customer_id, -f.id) <> ? AND {_COUNTED} "
                "ORDER BY f.received_at DESC LIMIT ?",
                (row[1], row[0].strip(), row[2], limit),
            )
        ]

    def link_to_customer(self, feedback_ids: Sequence[int], customer_id: int) -> int:
        """The owner says these items came from this customer: they are linked to it, and a
        customer they already had is merged into it (its feedback and follow-ups move, blank
        details are filled in). Returns how many items were linked."""
        target = self.customer(customer_id)
        if target is None:
            raise KeyError(f"customer {customer_id} does not exist")
        with self.transaction():
            for chunk in _chunks(list(dict.fromkeys(feedback_ids))):
                marks = ", ".join("?" * len(chunk))
                others = [
                    r[0]
                    for r in self.conn.execute(
                        f"SELECT DISTINCT customer_id FROM feedback WHERE id IN ({marks}) "
                        "AND customer_id IS NOT NULL AND customer_id <> ?",
                        (*chunk, target.id),
                    )
                ]
                for other in others:
                    self._merge(other, target.id)
                self.conn.execute(
                    f"UPDATE feedback SET customer_id = ? WHERE id IN ({marks})",
                    (target.id, *chunk),
                )
                self.conn.execute(
                    f"UPDATE followups SET customer_id = ? WHERE feedback_id IN ({marks})",
                    (target.id, *chunk),
                )
        return len(set(feedback_ids))

    def _merge(self, source: int, target: int) -> None:
        for table in ("feedback", "followups"):
            self.conn.execute(
                f"UPDATE {table} SET customer_id = ? WHERE customer_id = ?", (target, source)
            )
        for column in ("name", "email", "phone", "phone_key", "location", "product", "notes"):
            self.conn.execute(
                f"UPDATE customers SET {column} = (SELECT {column} FROM customers WHERE id = ?) "
                f"WHERE id = ? AND {column} = ''",
                (source, target),
            )
        self.conn.execute(
            "UPDATE customers SET value = coalesce(value, (SELECT value FROM customers "
            "WHERE id = ?)) WHERE id = ?",
            (source, target),
        )
        self.conn.execute(
            "UPDATE customers SET notes = notes || '\n' || (SELECT notes FROM customers "
            "WHERE id = :source) WHERE id = :target AND notes <> '' AND (SELECT notes "
            "FROM customers WHERE id = :source) NOT IN ('', notes)",
            {"source": source, "target": target},
        )
        # The merged customer keeps its e-mail and phone, so new feedback from them still
        # finds the customer kept; those merged into it before now lead there too.
        self.conn.execute(
            "UPDATE customers SET merged_into = :target, updated_at = :now "
            "WHERE id = :source OR merged_into = :source",
            {"target": target, "now": now_iso(), "source": source},
        )
        self._bump("customers", [source, target], None, "merge")

    def previous_feedback(self, feedback_id: int) -> tuple[str, tuple, bool] | None:
        """The customer's feedback before this one: (received_at, (nps_score, rating,
        sentiment), whether it was answered or followed up), or None if this is their first."""
        row = self.conn.execute(
            "SELECT g.received_at, g.nps_score, g.rating, g.sentiment, "
            f"{_contacted(self.sql, 'g')} "
            "FROM feedback f JOIN feedback g ON g.customer_id = f.customer_id "
            "WHERE f.id = ? AND g.deleted_at IS NULL AND g.is_spam = 0 AND (g.received_at < "
            "f.received_at OR (g.received_at = f.received_at AND g.id < f.id)) "
            "ORDER BY g.received_at DESC, g.id DESC LIMIT 1",
            (feedback_id,),
        ).fetchone()
        return (row[0], tuple(row[1:4]), bool(row[4])) if row else None

    # The story -------------------------------------------------------------------------------
    def timeline(self, customer_id: int) -> list[TimelineEntry]:
        """Everything that happened with a customer, oldest first: their feedback, the replies,
        the follow-ups (planned and done) and the handling notes."""
        ids = "(SELECT id FROM feedback WHERE customer_id = :c AND deleted_at IS NULL)"
        rows = self.conn.execute(
            "SELECT received_at, 'feedback', id, CASE WHEN title <> '' THEN title || '\n' "
            "ELSE '' END || body, channel || '|' || coalesce(CAST(rating AS TEXT), '') || '|' "
            f"|| coalesce(CAST(nps_score AS TEXT), '') || '|' || sentiment FROM feedback "
            f"WHERE id IN {ids} "
            "UNION ALL SELECT coalesce(replied_at, created_at), 'reply', feedback_id, body, "
            f"how || '|' || by FROM replies WHERE feedback_id IN {ids} "
            "AND NOT EXISTS (SELECT 1 FROM replies x WHERE x.replaces = replies.id) "
            "UNION ALL SELECT created_at, 'followup', feedback_id, note, action || '|' || due "
            "|| '|' || assignee FROM followups "
            f"WHERE customer_id = :c OR feedback_id IN {ids} "
            "UNION ALL SELECT done_at, 'followup_done', feedback_id, note, action || '|' || "
            f"outcome FROM followups WHERE done_at IS NOT NULL AND (customer_id = :c "
            f"OR feedback_id IN {ids}) "
            "UNION ALL SELECT created_at, 'note', feedback_id, body, by FROM notes "
            f"WHERE feedback_id IN {ids} ORDER BY 1, 2",
            {"c": customer_id},
        )
        return [TimelineEntry(*row) for row in rows]

    def _items_read(self, columns: str, source: str, ids: list[int]) -> dict[int, tuple]:
        """{id: the other ``columns``} of the items ``ids`` (the first column is f.id)."""
        found = {}
        for chunk in _chunks(ids):
            for fid, *values in self.conn.execute(
                f"SELECT {columns} FROM {source} WHERE f.id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ):
                found[fid] = tuple(values)
        return found

    # At risk ---------------------------------------------------------------------------------
    def at_risk(self, today: date, after_days: int) -> list[AtRisk]:
        """Customers whose latest feedback (of the last ``RADAR_DAYS`` days) is unhappy or
        lukewarm and that nobody answered or followed up for ``after_days`` days: the unhappy
        first, the lowest scores and the most valuable customers first, then the longest
        waiting."""
        rows = self.conn.execute(
            "SELECT f.id, f.customer_id, coalesce(nullif(c.name, ''), f.author), f.received_at, "
            "f.channel, f.rating, f.nps_score, substr(f.body, 1, 240), c.value, f.sentiment "
            "FROM feedback f LEFT JOIN customers c ON c.id = f.customer_id "
            f"WHERE {_COUNTED} AND f.received_at >= ? AND f.received_at < ? "
            "AND (f.nps_score <= 8 OR (f.nps_score IS NULL AND (f.sentiment IN "
            "('negative', 'neutral') OR f.rating <= 3))) "
            f"AND {_UNHANDLED} AND {_LATEST}",
            (
                (today - timedelta(days=RADAR_DAYS)).isoformat(),
                (today - timedelta(days=max(after_days, 0) - 1)).isoformat(),
            ),
        ).fetchall()
        found = [
            AtRisk(
                fid,
                cid,
                name or "",
                "unhappy" if kind_from(nps, rating, sentiment) == "unhappy" else "passive",
                received,
                channel,
                rating,
                nps,
                text,
                value,
            )
            for fid, cid, name, received, channel, rating, nps, text, value, sentiment in rows
        ]

        def risk(entry: AtRisk) -> tuple:
            score = entry.nps_score if entry.nps_score is not None else (entry.rating or 3) * 2
            return (entry.kind != "unhappy", score, -(entry.value or 0), entry.received_at)

        return sorted(found, key=risk)

    # Closing the loop ------------------------------------------------------------------------
    def loop_figures(
        self, start: date | None = None, end: date | None = None, segment: Segment | None = None
    ) -> LoopFigures:
        """Of the customers unhappy in the period (each once, however often they wrote), how
        many were answered or followed up, and how those who wrote again afterwards felt."""
        where, params = period_clause(start, end, segment)
        rows = self.conn.execute(
            "SELECT coalesce(f.customer_id, -f.id), f.id, f.nps_score, f.rating, f.sentiment, "
            f"{_contacted(self.sql, 'f')}, "
            "(SELECT g.id FROM feedback g WHERE g.customer_id = f.customer_id "
            "AND g.deleted_at IS NULL AND g.is_spam = 0 AND (g.received_at > f.received_at "
            "OR (g.received_at = f.received_at AND g.id > f.id)) ORDER BY g.received_at DESC, "
            "g.id DESC LIMIT 1) "
            # The unhappy have an index of their own holding all this but the names (schema
            # V7): a year's are read from it alone, not from the table.
            f"FROM feedback f {self.sql.hint('feedback_unhappy')} "
            f"WHERE {where} AND {_UNHAPPY} ORDER BY f.received_at DESC, f.id DESC",
            params,
        ).fetchall()
        # Per customer: were they contacted, and after their latest contacted unhappy
        # feedback, how did they feel the last time they wrote?
        customers: dict[int, list] = {}
        for row in rows:
            customers.setdefault(row[0], []).append(row)
        contacted = {
            key: next((r for r in group if r[5]), None) for key, group in customers.items()
        }
        came_back = [r for r in contacted.values() if r and r[6] is not None]
        later = self._items_read(
            "id, nps_score, rating, sentiment", "feedback f", [r[6] for r in came_back]
        )
        names = self._items_read(
            "f.id, coalesce(nullif(c.name, ''), f.author)",
            "feedback f LEFT JOIN customers c ON c.id = f.customer_id",
            [r[1] for r in came_back],
        )
        changes = [
            LoopChange(
                names[fid][0] or "", fid, after_id, (nps, rating, sentiment), later[after_id]
            )
            for _, fid, nps, rating, sentiment, _, after_id in came_back
            if after_id in later
        ]
        return LoopFigures(
            unhappy=len(customers),
            contacted=sum(1 for r in contacted.values() if r),
            came_back=len(changes),
            improved=sum(1 for c in changes if c.improved),
            changes=tuple(changes),
        )
