"""Triage writes on sets of items: status, spam, sentiment, assignee, notes and the trash.

Each bulk write runs in one transaction, and for each there is a read of the state it changes
(statuses_of, spam_state, sentiment_state, assignees_of) and a write putting that state back,
which is what the window's Undo keeps. Each takes the versions the person saw (``seen``, see
versions.py): an item changed elsewhere since is not overwritten.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence

from .. import sentiment as scoring
from ..records import SENTIMENTS, STATUSES, Note
from .database import now_iso
from .dialect import Dialect
from .versions import Seen


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[list[int]]:
    """SQLite takes a limited number of parameters: long id lists go in slices."""
    ids = list(dict.fromkeys(ids))
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


# Columns whose values the Filter menu lists (never a value from outside: they name columns).
FILTER_COLUMNS = ("channel", "location", "product", "assignee")


class TriageStore:
    conn: sqlite3.Connection
    sql: Dialect
    desk_person: str

    def _read(self, columns: str, ids: Sequence[int]) -> dict[int, tuple]:
        found: dict[int, tuple] = {}
        for chunk in _chunks(ids):
            for row in self.conn.execute(
                f"SELECT id, {columns} FROM feedback WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ):
                found[row[0]] = tuple(row[1:])
        return found

    # Status ----------------------------------------------------------------------------------
    def set_status(
        self, ids: Sequence[int], status: str, now: str | None = None, seen: Seen = None
    ) -> None:
        """Give every item the status (one of records.STATUSES)."""
        self.set_statuses(dict.fromkeys(ids, status), now, seen)

    def statuses_of(self, ids: Sequence[int]) -> dict[int, str]:
        """{id: status}: what set_statuses needs to undo a set_status."""
        return {i: row[0] for i, row in self._read("status", ids).items()}

    def set_statuses(
        self, statuses: Mapping[int, str], now: str | None = None, seen: Seen = None
    ) -> None:
        """Give each item its own status (undo of set_status)."""
        if bad := set(statuses.values()) - set(STATUSES):
            raise ValueError(f"Unknown status {sorted(bad)[0]!r}.")
        now = now or now_iso()
        self._write_rows(
            "feedback",
            "status = ?, updated_at = ?",
            {i: (status, now) for i, status in statuses.items()},
            seen,
            "status",
        )

    # Spam ------------------------------------------------------------------------------------
    def mark_spam(self, ids: Sequence[int], seen: Seen = None) -> None:
        """Spam or fake: out of the inbox and of every figure, listed in the Spam view."""
        self._set_spam(ids, 1, seen)

    def unmark_spam(self, ids: Sequence[int], seen: Seen = None) -> None:
        self._set_spam(ids, 0, seen)

    def set_reported(self, ids: Sequence[int], reported_on: str | None, seen: Seen = None) -> None:
        """When the items were reported to the platform (an ISO date), or None for not yet."""
        self._write_rows(
            "feedback",
            "spam_reported_at = ?",
            {i: (reported_on,) for i in ids},
            seen,
            "spam",
        )

    def spam_state(self, ids: Sequence[int]) -> dict[int, tuple[bool, str | None]]:
        """{id: (is_spam, reported_at)}: what restore_spam_state needs."""
        rows = self._read("is_spam, spam_reported_at", ids)
        return {i: (bool(spam), reported) for i, (spam, reported) in rows.items()}

    def restore_spam_state(
        self, state: Mapping[int, tuple[bool, str | None]], seen: Seen = None
    ) -> None:
        """Undo of mark_spam, unmark_spam and set_reported."""
        self._write_rows(
            "feedback",
            "is_spam = ?, spam_reported_at = ?",
            {i: (int(spam), reported) for i, (spam, reported) in state.items()},
            seen,
            "spam",
        )

    def _set_spam(self, ids: Sequence[int], flag: int, seen: Seen) -> None:
        now = now_iso()
        self._write_rows(
            "feedback", "is_spam = ?, updated_at = ?", {i: (flag, now) for i in ids}, seen, "spam"
        )

    # Sentiment -------------------------------------------------------------------------------
    def override_sentiment(self, ids: Sequence[int], label: str, seen: Seen = None) -> None:
        """The owner's label wins over the computed one until clear_override."""
        if label not in SENTIMENTS:
            raise ValueError(f"Unknown sentiment {label!r}.")
        now = now_iso()
        self._write_rows(
            "feedback",
            "sentiment = ?, sentiment_overridden = 1, updated_at = ?",
            {i: (label, now) for i in ids},
            seen,
            "sentiment",
        )

    def clear_override(self, ids: Sequence[int], seen: Seen = None) -> None:
        """Back to the computed label, decided again from the stored language, text score,
        rating and NPS answer (the text is not read again)."""
        rows = self._read("language, compound, rating, nps_score", ids)
        now = now_iso()
        self._write_rows(
            "feedback",
            "sentiment = ?, sentiment_overridden = 0, updated_at = ?",
            {i: (scoring.decide(*row).sentiment, now) for i, row in rows.items()},
            seen,
            "sentiment",
        )

    def sentiment_state(self, ids: Sequence[int]) -> dict[int, tuple[str, bool]]:
        """{id: (label, overridden)}: what restore_sentiment needs."""
        return {
            i: (label, bool(flag))
            for i, (label, flag) in self._read("sentiment, sentiment_overridden", ids).items()
        }

    def restore_sentiment(self, state: Mapping[int, tuple[str, bool]], seen: Seen = None) -> None:
        """Undo of override_sentiment and clear_override."""
        self._write_rows(
            "feedback",
            "sentiment = ?, sentiment_overridden = ?",
            {i: (label, int(flag)) for i, (label, flag) in state.items()},
            seen,
            "sentiment",
        )

    # Assignee and team -----------------------------------------------------------------------
    def assign(self, ids: Sequence[int], assignee: str, seen: Seen = None) -> None:
        """Who is on it ('' for nobody)."""
        self.set_assignees(dict.fromkeys(ids, assignee.strip()), seen)

    def assignees_of(self, ids: Sequence[int]) -> dict[int, str]:
        return {i: row[0] for i, row in self._read("assignee", ids).items()}

    def set_assignees(self, assignees: Mapping[int, str], seen: Seen = None) -> None:
        """Each item its own assignee (undo of assign)."""
        now = now_iso()
        self._write_rows(
            "feedback",
            "assignee = ?, updated_at = ?",
            {i: (who, now) for i, who in assignees.items()},
            seen,
            "assignee",
        )

    def team(self) -> list[str]:
        """The names items can be assigned to (Settings)."""
        return list(self.get_setting("team", []))

    def set_team(self, names: Sequence[str]) -> None:
        self.set_setting("team", list(dict.fromkeys(n.strip() for n in names if n.strip())))

    # Notes -----------------------------------------------------------------------------------
    def add_note(self, feedback_id: int, body: str, by: str = "", now: str | None = None) -> int:
        """A handling note (by ``by``, else the desk's person); the search finds its words."""
        column, value, search = self.sql.search_column(body)
        return self.conn.execute(
            f"INSERT INTO notes (feedback_id, body, by, created_at{column}) "
            f"VALUES (?, ?, ?, ?{value}) RETURNING id",
            (feedback_id, body, by or self.desk_person, now or now_iso(), *search),
        ).fetchone()[0]

    def notes_of(self, feedback_id: int) -> list[Note]:
        """An item's notes, newest first."""
        return [
            Note(*row)
            for row in self.conn.execute(
                "SELECT id, feedback_id, body, by, created_at FROM notes WHERE feedback_id = ? "
                "ORDER BY created_at DESC, id DESC",
                (feedback_id,),
            )
        ]

    def delete_note(self, note_id: int) -> Note | None:
        """Remove a note; returns it (for restore_note), or None when there was none."""
        row = self.conn.execute(
            "SELECT id, feedback_id, body, by, created_at FROM notes WHERE id = ?", (note_id,)
        ).fetchone()
        if row:
            self.conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        return Note(*row) if row else None

    def restore_note(self, note: Note) -> None:
        """Put a deleted note back with its own id and time."""
        column, value, search = self.sql.search_column(note.body)
        self.conn.execute(
            f"INSERT INTO notes (id, feedback_id, body, by, created_at{column}) "
            f"VALUES (?, ?, ?, ?, ?{value})",
            (note.id, note.feedback_id, note.body, note.by, note.created_at, *search),
        )

    # Trash -----------------------------------------------------------------------------------
    def delete_feedback(
        self, ids: Sequence[int], now: str | None = None, seen: Seen = None
    ) -> list[int]:
        """Move items to the trash. Returns the ids that moved (restore_feedback undoes)."""
        now = now or now_iso()
        with self.transaction():
            moved = sorted(i for i, (gone,) in self._read("deleted_at", ids).items() if not gone)
            self._write_rows(
                "feedback",
                "deleted_at = ?",
                {i: (now,) for i in moved},
                seen,
                "trash",
            )
        return moved

    def restore_feedback(self, ids: Sequence[int], seen: Seen = None) -> None:
        """Take items out of the trash."""
        self._write_rows("feedback", "deleted_at = NULL", {i: () for i in ids}, seen, "trash")

    def empty_trash(self) -> int:
        """Delete the items in the trash for good. Returns how many."""
        with self.transaction():
            return self.conn.execute("DELETE FROM feedback WHERE deleted_at IS NOT NULL").rowcount

    # Values the Filter menu offers -------------------------------------------------------
    def filter_values(self, column: str) -> list[str]:
        """The different non-blank values of a filterable column, by name (at most 200: more
        would not fit in a menu). Read from the feedback_filter index alone: about 100 ms
        on a million items, paid only when the owner opens that menu."""
        if column not in FILTER_COLUMNS:
            raise ValueError(f"Cannot list the values of {column!r}.")
        return [
            row[0]
            for row in self.conn.execute(
                # (the order's key selected too: PostgreSQL sorts DISTINCT rows only by it)
                f"SELECT DISTINCT {column}, {self.sql.nocase(column)} AS k FROM feedback "
                f"WHERE deleted_at IS NULL AND {column} <> '' ORDER BY k LIMIT 200"
            )
        ]

    def rename_assignee(self, old: str, new: str) -> int:
        """Feedback assigned to ``old`` (trash included) is assigned to ``new``; returns how
        many items not in the trash moved (a team member was renamed in Settings)."""
        with self.transaction():
            moved = self.conn.execute(
                "SELECT count(*) FROM feedback WHERE assignee = ? AND deleted_at IS NULL", (old,)
            ).fetchone()[0]
            now = now_iso()
            self.conn.execute(
                "UPDATE feedback SET assignee = ?, updated_at = ?, version = version + 1, "
                "changed = 'assignee', changed_by = ?, changed_at = ? WHERE assignee = ?",
                (new.strip(), now, self.desk_person, now, old),
            )
        return moved
