"""Follow-ups: what is to be done for a customer by when, and what came of it.

Follow-ups of feedback in the trash or marked as spam are left out of every list and count,
as their feedback is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date, timedelta

from ..records import FollowUp
from .database import now_iso
from .dialect import Dialect

_COLUMNS = (
    "u.id, u.feedback_id, u.customer_id, u.action, u.due, u.assignee, u.note, u.done_at, "
    "u.outcome, u.created_at, coalesce(nullif(c.name, ''), f.author, ''), "
    "coalesce(substr(f.body, 1, 240), ''), u.version"
)
_FROM = (
    "followups u LEFT JOIN feedback f ON f.id = u.feedback_id "
    "LEFT JOIN customers c ON c.id = coalesce(u.customer_id, f.customer_id)"
)
_LIVE = "(u.feedback_id IS NULL OR (f.deleted_at IS NULL AND f.is_spam = 0))"
# Which follow-ups each list of the Follow-ups page holds, and in which order.
VIEWS = {
    "overdue": ("u.done_at IS NULL AND u.due < :today", "u.due, u.id"),
    "today": ("u.done_at IS NULL AND u.due = :today", "u.id"),
    "upcoming": ("u.done_at IS NULL AND u.due > :today", "u.due, u.id"),
    "open": ("u.done_at IS NULL", "u.due, u.id"),
    "done": ("u.done_at IS NOT NULL", "u.done_at DESC, u.id DESC"),
}


class FollowUpStore:
    conn: sqlite3.Connection
    sql: Dialect

    def add_followup(
        self,
        feedback_id: int,
        due: str,
        action: str,
        now: str,
        assignee: str = "",
        note: str = "",
        done_at: str | None = None,
        outcome: str = "",
    ) -> int:
        """A follow-up of a piece of feedback, for the customer it came from."""
        return self.conn.execute(
            "INSERT INTO followups (feedback_id, customer_id, action, due, assignee, note, "
            "done_at, outcome, created_at) "
            "VALUES (?, (SELECT customer_id FROM feedback WHERE id = ?), ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            (feedback_id, feedback_id, action, due, assignee, note, done_at, outcome, now),
        ).fetchone()[0]

    def followups(self, view: str, today: date, limit: int | None = None) -> list[FollowUp]:
        """The follow-ups of one list: 'overdue', 'today', 'upcoming', 'open' (overdue first)
        or 'done' (latest first); all of them, or the first ``limit``."""
        where, order = VIEWS[view]
        return self._followups(f"{where} AND {_LIVE}", order, {"today": today.isoformat()}, limit)

    def followup_view_counts(self, today: date) -> dict[str, int]:
        """How many follow-ups each list holds."""
        row = self.conn.execute(
            "SELECT count(*) FILTER (WHERE u.done_at IS NULL AND u.due < :today), "
            "count(*) FILTER (WHERE u.done_at IS NULL AND u.due = :today), "
            "count(*) FILTER (WHERE u.done_at IS NULL AND u.due > :today), "
            f"count(*) FILTER (WHERE u.done_at IS NOT NULL) FROM {_FROM} WHERE {_LIVE}",
            {"today": today.isoformat()},
        ).fetchone()
        return dict(
            zip(("overdue", "today", "upcoming", "done"), (n or 0 for n in row), strict=True)
        )

    def followups_due(self, today: date) -> tuple[int, int]:
        """(overdue, due today): what the sidebar counts, read from the open follow-ups'
        index alone."""
        row = self.conn.execute(
            "SELECT count(*) FILTER (WHERE u.due < :today), "
            f"count(*) FILTER (WHERE u.due = :today) FROM {_FROM} "
            f"WHERE u.done_at IS NULL AND u.due <= :today AND {_LIVE}",
            {"today": today.isoformat()},
        ).fetchone()
        return row[0] or 0, row[1] or 0

    def followups_for_report(
        self, start: date, end: date, location: str, today: date, limit: int
    ) -> tuple[int, int, int, list[FollowUp]]:
        """(done from ``start`` to ``end``; open today, overdue today and the first
        ``limit`` open ones, overdue first, of the feedback given up to ``end``) for one
        location's feedback, or everyone's with ''. A report of an old month so never lists
        follow-ups of feedback that came after it."""
        where = f"{_LIVE} AND (:location = '' OR f.location = :location)"
        still_open = "u.done_at IS NULL AND (u.feedback_id IS NULL OR f.received_at < :after)"
        params = {
            "location": location,
            "today": today.isoformat(),
            "start": start.isoformat(),
            "after": (end + timedelta(days=1)).isoformat(),
        }
        done, waiting, overdue = self.conn.execute(
            "SELECT count(*) FILTER (WHERE u.done_at >= :start AND u.done_at < :after), "
            f"count(*) FILTER (WHERE {still_open}), "
            f"count(*) FILTER (WHERE {still_open} AND u.due < :today) FROM {_FROM} "
            f"WHERE {where}",
            params,
        ).fetchone()
        listed = self._followups(f"{still_open} AND {where}", "u.due, u.id", params, limit)
        return done or 0, waiting or 0, overdue or 0, listed

    def get_followup(self, followup_id: int) -> FollowUp | None:
        found = self._followups("u.id = :id", "u.id", {"id": followup_id}, 1)
        return found[0] if found else None

    def followups_of(self, feedback_id: int) -> list[FollowUp]:
        """A piece of feedback's follow-ups, open ones first, soonest due first."""
        return self._followups(
            "u.feedback_id = :id", "u.done_at IS NOT NULL, u.due, u.id", {"id": feedback_id}, 100
        )

    def update_followup(
        self,
        followup_id: int,
        action: str,
        due: str,
        assignee: str,
        note: str,
        seen: int | None = None,
    ) -> None:
        """Change a follow-up; ``seen``: its version the person changed (see versions.py)."""
        self._write_rows(
            "followups",
            "action = ?, due = ?, assignee = ?, note = ?",
            {followup_id: (action, due, assignee, note)},
            None if seen is None else {followup_id: seen},
            "edit",
        )

    def complete_followup(
        self,
        followup_id: int,
        outcome: str,
        note: str = "",
        now: str | None = None,
        seen: int | None = None,
    ) -> None:
        """Mark a follow-up done with its outcome; ``note`` (what happened) is added to its
        note. A follow-up that resolved the problem resolves its feedback too."""
        with self.transaction():
            self._write_rows(
                "followups",
                "done_at = ?, outcome = ?, note = CASE WHEN ? = '' THEN note "
                "WHEN note = '' THEN ? ELSE note || '\n' || ? END",
                {followup_id: (now or now_iso(), outcome, note, note, note)},
                None if seen is None else {followup_id: seen},
                "done",
            )
            if outcome == "resolved":
                at = now or now_iso()
                self.conn.execute(
                    "UPDATE feedback SET status = 'resolved', updated_at = ?, "
                    "version = version + 1, changed = 'status', changed_by = ?, changed_at = ? "
                    "WHERE id = (SELECT feedback_id FROM followups WHERE id = ?)",
                    (at, self.desk_person, at, followup_id),
                )

    def delete_followups(self, ids: Sequence[int]) -> list[FollowUp]:
        """Delete follow-ups; returns them as they were, for an undo to put back."""
        gone = [f for f in (self.get_followup(i) for i in ids) if f]
        self.conn.executemany("DELETE FROM followups WHERE id = ?", [(f.id,) for f in gone])
        return gone

    def restore_followups(self, followups: Sequence[FollowUp]) -> None:
        self.conn.executemany(
            "INSERT INTO followups (id, feedback_id, customer_id, action, due, assignee, note, "
            "done_at, outcome, created_at, version) VALUES (:id, :feedback_id, :customer_id, "
            ":action, :due, :assignee, :note, :done_at, :outcome, :created_at, "
            "CASE WHEN :version > 0 THEN :version ELSE 1 END)",
            [asdict(f) for f in followups],
        )

    def _followups(self, where: str, order: str, params: dict, limit: int | None) -> list[FollowUp]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE {where} ORDER BY {order}"
            + (f" LIMIT {int(limit)}" if limit is not None else ""),
            params,
        )
        return [FollowUp(*row) for row in rows]
