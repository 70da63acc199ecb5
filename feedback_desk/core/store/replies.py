"""Answers to feedback: replies with their edit history, which templates they came from, and
how fast the customers were answered.

Every write of a reply keeps ``feedback.first_reply_at`` (when the item was first answered) in
step, so the inbox and the figures read response times from the item itself.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from ..errors import ChangedElsewhere
from ..nps import next_period
from ..records import Feedback, Reply, ResponseTimes, Segment
from ..words import translate
from .database import now_iso
from .dialect import SQLITE, Dialect
from .stats import counted_ahead, day_clause, group_key, period_clause
from .versions import time_words

_REPLY_COLUMNS = (
    "r.id, r.feedback_id, r.body, r.replied_at, r.how, r.by, r.template_id, r.replaces, "
    "r.created_at, NOT EXISTS (SELECT 1 FROM replies x WHERE x.replaces = r.id)"
)
# Whole seconds first: SQLite's julianday's floating point would round 1 h 45 min to 1.7. A reply
# dated before its feedback (a clock or a typing slip) counts as an answer at once. A bare day
# ("2026-10-03", which imports store as midnight) tells no time to measure from or to: such
# an answer counts as replied but not timed (NULL). Each item keeps its own (first_reply_hours,
# with first_reply_by: who answered first), set by schema V7's trigger with every change of
# first_reply_at and by the store as it inserts items (first_reply_hours).


def first_reply_hours(
    received: str = "received_at", answered: str = "first_reply_at", sql: Dialect = SQLITE
) -> str:
    """The SQL of an item's hours to its first answer, from the SQL of when it was given and
    when it was first answered (columns, or an insert's parameters)."""
    return (
        f"CASE WHEN substr({received}, 12, 8) NOT IN ('', '00:00:00') "
        f"AND substr({answered}, 12, 8) NOT IN ('', '00:00:00') THEN "
        f"{sql.greatest('0', sql.seconds_between(received, answered) + ' / 3600.0')} END"
    )


# What groups the answers in an index in order of their hours (schema V7), and that index.
_ORDERED = {
    "month": ("substr(f.received_at, 1, 7)", "feedback_answers_month"),
    "member": ("f.first_reply_by", "feedback_answers_by"),
}


def _who_when(by: str, when: str | None) -> str:
    """ "by Min-ji at 2026-03-02 14:05", or the time alone when nobody was named."""
    if by:
        return translate("store", "by {who} at {when}").format(who=by, when=time_words(when))
    return translate("store", "at {0}").format(time_words(when))


# Ranking looks at what was used on this many of the latest replies made from a template.
SIMILAR_WITHIN = 2000


class ReplyStore:
    conn: sqlite3.Connection
    sql: Dialect

    # Writing ---------------------------------------------------------------------------------
    def add_reply(
        self,
        feedback_id: int,
        body: str,
        replied_at: str | None,
        how: str = "public",
        by: str = "",
        now: str | None = None,
        template_id: int | None = None,
        seen: int | None = None,
    ) -> int:
        """Store a reply (made from ``template_id``, if any) and mark the item replied; a
        reply with no known time (None) leaves the time first answered as it was.

        ``seen``: the newest reply to the item the person saw as they wrote (its id, 0 for
        none). When someone else answered since, nothing is stored and ChangedElsewhere says
        who and when; the person may then send theirs all the same (``seen`` None)."""
        now = now or replied_at or now_iso()
        with self.transaction():
            # The item first (its version goes up): on a server this holds a second desk's
            # answer to the same item until this one is in, so each sees the other's.
            self._bump("feedback", [feedback_id], None, "reply")
            if seen is not None:
                self._refuse_answered(feedback_id, seen)
            reply_id = self.conn.execute(
                "INSERT INTO replies (feedback_id, body, replied_at, how, by, template_id, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (feedback_id, body, replied_at, how, by, template_id, now),
            ).fetchone()[0]
            # (CAST: PostgreSQL asks the type of a parameter first met in IS NULL.)
            first = self.sql.least("coalesce(first_reply_at, :at)", ":at")
            self.conn.execute(
                "UPDATE feedback SET first_reply_at = CASE WHEN CAST(:at AS TEXT) IS NULL "
                f"THEN first_reply_at ELSE {first} END, "
                "status = CASE WHEN status IN ('new', 'needs_reply') THEN 'replied' "
                "ELSE status END, updated_at = :now WHERE id = :id",
                {"at": replied_at, "now": now, "id": feedback_id},
            )
        return reply_id

    def edit_reply(
        self,
        reply_id: int,
        body: str,
        by: str = "",
        now: str | None = None,
        how: str | None = None,
        template_id: int | None = None,
    ) -> int:
        """Change a reply's text (and how it was sent, or the template it came from, when
        given). The new version replaces the old one, which stays in the history; when the
        customer was answered is kept. Only the current version can be changed: one
        changed since (here or on another desk) raises ChangedElsewhere."""
        with self.transaction():
            item = self.conn.execute(
                "SELECT feedback_id FROM replies WHERE id = ?", (reply_id,)
            ).fetchone()
            if item is not None:  # the item first, as add_reply does: edits wait their turn
                self._bump("feedback", [item[0]], None, "reply")
            newer = self.conn.execute(
                "SELECT by, created_at FROM replies WHERE replaces = ?", (reply_id,)
            ).fetchone()
            if newer is not None:
                raise ChangedElsewhere(
                    translate(
                        "store",
                        "This reply was changed since you opened it ({0}), so your version "
                        "was not saved. It now shows the latest version: change that one.",
                    ).format(_who_when(*newer)),
                    (reply_id,),
                    newer[0],
                    newer[1],
                )
            added = self.conn.execute(
                "INSERT INTO replies (feedback_id, body, replied_at, how, by, template_id, "
                "replaces, created_at) SELECT feedback_id, ?, replied_at, coalesce(?, how), ?, "
                "coalesce(?, template_id), id, ? FROM replies WHERE id = ? RETURNING id",
                (body, how, by, template_id, now or now_iso(), reply_id),
            ).fetchone()
            if added is None:
                raise KeyError(f"reply {reply_id} does not exist")
        return added[0]

    def _refuse_answered(self, feedback_id: int, seen: int) -> None:
        """Raise ChangedElsewhere when a reply newer than ``seen`` was stored for the item."""
        newer = self.conn.execute(
            "SELECT by, created_at FROM replies WHERE feedback_id = ? AND id > ? "
            "ORDER BY id DESC LIMIT 1",
            (feedback_id, seen),
        ).fetchone()
        if newer is not None:
            raise ChangedElsewhere(
                translate(
                    "store",
                    "This feedback was answered after you opened it ({0}). Your reply was not "
                    "sent yet: read theirs, then send yours as well if it is still needed.",
                ).format(_who_when(*newer)),
                (feedback_id,),
                newer[0],
                newer[1],
            )

    def newest_reply_id(self, feedback_id: int) -> int:
        """The id of an item's newest reply (0 for none): what ``add_reply(seen=)`` takes."""
        row = self.conn.execute(
            "SELECT max(id) FROM replies WHERE feedback_id = ?", (feedback_id,)
        ).fetchone()
        return row[0] or 0

    # Reading ---------------------------------------------------------------------------------
    def replies_of(self, feedback_id: int) -> list[Reply]:
        """Every version of every reply to an item, oldest first."""
        rows = self.conn.execute(
            f"SELECT {_REPLY_COLUMNS} FROM replies r WHERE r.feedback_id = ? "
            "ORDER BY r.created_at, r.id",
            (feedback_id,),
        )
        return [Reply(*row[:9], current=bool(row[9])) for row in rows]

    def template_uses(self) -> dict[int, tuple[int, str]]:
        """Template id -> (items answered with it, when it was last used)."""
        return {
            tid: (items, last)
            for tid, items, last in self.conn.execute(
                "SELECT template_id, count(DISTINCT feedback_id), max(created_at) FROM replies "
                "WHERE template_id IS NOT NULL GROUP BY template_id"
            )
        }

    def template_uses_on_similar(self, item: Feedback) -> dict[int, int]:
        """Template id -> how often it answered feedback like ``item`` (the same sentiment,
        and a tag in common when the item has tags) among the latest replies."""
        tag_filter, params = "", [SIMILAR_WITHIN, item.id, item.sentiment]
        if item.tags:
            tag_filter = (
                " AND EXISTS (SELECT 1 FROM feedback_tags ft JOIN tags t ON t.id = ft.tag_id "
                f"WHERE ft.feedback_id = f.id AND t.name IN ({', '.join('?' * len(item.tags))}))"
            )
            params += list(item.tags)
        return dict(
            self.conn.execute(
                "SELECT u.template_id, count(*) FROM (SELECT feedback_id, template_id "
                "FROM replies WHERE template_id IS NOT NULL ORDER BY id DESC LIMIT ?) u "
                "JOIN feedback f ON f.id = u.feedback_id "
                f"WHERE f.id <> ? AND f.sentiment = ?{tag_filter} GROUP BY u.template_id",
                params,
            ).fetchall()
        )

    # Response times --------------------------------------------------------------------------
    def response_times(
        self, start: date | None = None, end: date | None = None, segment: Segment | None = None
    ) -> ResponseTimes:
        """How fast the feedback given in the period was answered."""
        found = self.response_times_by("all", start, end, segment)
        return found[0][1] if found else ResponseTimes(0, 0, 0, None)

    def response_times_by(
        self,
        grouping: str,
        start: date | None = None,
        end: date | None = None,
        segment: Segment | None = None,
    ) -> list[tuple[str, ResponseTimes]]:
        """Response times for each week, month or quarter (its first day, oldest first) with
        feedback, or for each team ``member`` who answered first (only answered items count
        there, so ``feedback`` equals ``answered``).

        The answered items' times are read in one pass from their own index and their medians
        taken in Python: on a million items several times quicker than numbering each group's
        times in SQL; how many were given comes from the figures counted ahead."""
        whole = (start is None or start.day == 1) and (
            end is None or (end + timedelta(days=1)).day == 1
        )
        ordered = counted_ahead(segment) and not segment  # see _ordered
        if grouping == "month" and whole and ordered:
            given = self.given_by_period(grouping, start, end, segment)
            found = self._ordered("month", start, end)
            return [
                (key, ResponseTimes(n, *found.get(key[:7], (0, 0, None))))
                for key, n in sorted(given.items())
            ]
        if grouping != "member":
            given = self.given_by_period(grouping, start, end, segment)
            days = [_days(key, grouping, start, end) for key in sorted(given)]
            return [
                (key, ResponseTimes.of(given[key], hours))
                for key, hours in zip(sorted(given), self.answer_hours(days, segment), strict=True)
            ]
        if start is None and end is None and ordered:
            return [
                (member, ResponseTimes(answers, *found))
                for member, (answers, *found) in sorted(self._ordered("member").items())
            ]
        # Who answered first, kept on each item: read from the answered items' index.
        where, params = period_clause(start, end, segment)
        rows = self.conn.execute(
            "SELECT f.first_reply_by, f.first_reply_hours FROM feedback f "
            f"{self.sql.hint('feedback_answers')} WHERE {where} AND f.first_reply_at IS NOT NULL",
            params,
        ).fetchall()
        given: dict[str, int] = {}
        hours: dict[str, list[float]] = {}
        for member, taken in rows:
            given[member] = given.get(member, 0) + 1
            if taken is not None:
                hours.setdefault(member, []).append(taken)
        return [
            (key, ResponseTimes.of(given[key], sorted(hours.get(key, [])))) for key in sorted(given)
        ]

    def _ordered(self, grouping: str, start: date | None = None, end: date | None = None) -> dict:
        """{month (YYYY-MM) or team member: (timed, within 24 hours, median)}, and for a
        member how many they answered first, of all feedback (or whole months from ``start``
        to ``end``). Each group's answers are a range of an index in order of their hours
        (schema V7), so SQLite counts them and steps to the middle one without handing a
        quarter of a million times to Python."""
        key, index = _ORDERED[grouping]
        where, params = period_clause(start, end)
        answered = (
            f"FROM feedback f {self.sql.hint(index)} WHERE {where} AND f.first_reply_at IS NOT NULL"
        )
        found = {}
        for group, answers, timed, within in self.conn.execute(
            f"SELECT {key}, count(*), count(f.first_reply_hours), "
            f"count(*) FILTER (WHERE f.first_reply_hours <= 24) {answered} GROUP BY {key}",
            params,
        ).fetchall():
            middle = self.conn.execute(
                f"SELECT f.first_reply_hours {answered} AND {key} IS NOT DISTINCT FROM ? "
                "AND f.first_reply_hours IS NOT NULL ORDER BY f.first_reply_hours "
                "LIMIT ? OFFSET ?",
                (*params, group, 2 - timed % 2, max(timed - 1, 0) // 2),
            ).fetchall()
            median = _hours(sum(h for (h,) in middle) / len(middle)) if middle else None
            found[group] = (
                (timed, within, median) if grouping == "month" else (answers, timed, within, median)
            )
        return found

    def given_by_period(
        self, grouping: str, start: date | None, end: date | None, segment: Segment | None
    ) -> dict[str, int]:
        """First day of the period ('' for "all") -> how many items were given in it."""
        if counted_ahead(segment):
            where, params = day_clause(start, end, segment)
            sql = (
                f"SELECT {group_key(self.sql, grouping, 'd.day')}, sum(d.feedback) "
                "FROM figures_by_day d "
                f"WHERE {where} GROUP BY 1 HAVING sum(d.feedback) > 0"
            )
        else:
            where, params = period_clause(start, end, segment)
            sql = (
                f"SELECT {group_key(self.sql, grouping)}, count(*) FROM feedback f "
                f"WHERE {where} GROUP BY 1"
            )
        return {key or "": n for key, n in self.conn.execute(sql, params)}


def _days(
    key: str, grouping: str, start: date | None, end: date | None
) -> tuple[date | None, date | None]:
    """The first and last day of the period starting on ``key`` ('' for "all"), cut to
    ``start`` and ``end``."""
    if not key:
        return start, end
    first = date.fromisoformat(key)
    last = next_period(first, grouping) - timedelta(days=1)
    return max(first, start) if start else first, min(last, end) if end else last


def _hours(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None
