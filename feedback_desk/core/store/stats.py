"""The figures: counted in SQL, so they stay quick on ten years of feedback.

Spam and the trash count nowhere. A period is a pair of inclusive dates compared with the
date as the customer gave it (the first ten characters of ``received_at``).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from ..nps import from_counts
from ..records import Segment
from .dialect import Dialect

_COUNTED = "f.deleted_at IS NULL AND f.is_spam = 0"


def group_key(sql: Dialect, grouping: str, day: str = "f.received_at") -> str:
    """The SQL of the first day (YYYY-MM-DD) of the week (Monday), month or quarter that the
    ISO date or time ``day`` falls in, or '' for "all" (the whole period as one group)."""
    if grouping == "all":
        return "''"
    if grouping == "week":
        return sql.week_start(day)
    if grouping == "month":
        return f"substr({day}, 1, 7) || '-01'"
    if grouping == "quarter":
        return (
            f"substr({day}, 1, 5) || CASE (CAST(substr({day}, 6, 2) AS INTEGER) - 1) / 3 "
            "WHEN 0 THEN '01' WHEN 1 THEN '04' WHEN 2 THEN '07' ELSE '10' END || '-01'"
        )
    raise ValueError(f"Unknown grouping {grouping!r}.")


def period_clause(
    start: date | None, end: date | None, segment: Segment | None = None
) -> tuple[str, list]:
    """Conditions selecting feedback given from ``start`` to ``end`` inclusive, of one
    channel, location or product if ``segment`` says so."""
    conditions, params = [_COUNTED], []
    for column in ("channel", "location", "product"):
        if segment and getattr(segment, column):
            conditions.append(f"f.{column} = ?")
            params.append(getattr(segment, column))
    if start:
        conditions.append("f.received_at >= ?")
        params.append(start.isoformat())
    if end:
        conditions.append("f.received_at < ?")
        params.append((end + timedelta(days=1)).isoformat())
    return " AND ".join(conditions), params


def counted_ahead(segment: Segment | None) -> bool:
    """Whether the figures counted ahead (figures_by_day and tags_by_day, kept per day and
    channel: see schema V7) answer for the segment: all feedback, or one channel's."""
    return not (segment and (segment.location or segment.product))


def day_clause(
    start: date | None, end: date | None, segment: Segment | None = None
) -> tuple[str, list]:
    """period_clause for the figures counted ahead (alias ``d``): the days from ``start`` to
    ``end`` inclusive, of one channel if ``segment`` says so (see counted_ahead)."""
    conditions, params = ["TRUE"], []
    for condition, value in (
        ("d.channel = ?", segment.channel if segment else ""),
        ("d.day >= ?", start.isoformat() if start else ""),
        ("d.day <= ?", end.isoformat() if end else ""),
    ):
        if value:
            conditions.append(condition)
            params.append(value)
    return " AND ".join(conditions), params


# The columns of figures_by_day that dashboard.Counts reads, in its order, and their sums.
DAY_FIGURES = (
    "feedback, promoters, passives, detractors, positive, neutral, negative, unscored, "
    "stars1, stars2, stars3, stars4, stars5, needs_reply"
)
DAY_SUMS = ", ".join(f"coalesce(sum(d.{column}), 0)" for column in DAY_FIGURES.split(", "))


class StatsStore:
    conn: sqlite3.Connection
    sql: Dialect

    def stats(
        self,
        start: date | None = None,
        end: date | None = None,
        today: date | None = None,
        segment: Segment | None = None,
    ) -> dict:
        """The figures of ``stats --json`` (CLI.md) for feedback given in the period."""
        today = today or date.today()
        where, params = period_clause(start, end, segment)
        if counted_ahead(segment):
            # From the figures counted ahead: the same counts, a few thousand rows to add.
            days, day_params = day_clause(start, end, segment)
            sums = self.conn.execute(
                f"SELECT {DAY_SUMS}, min(d.day), max(d.day) FROM figures_by_day d WHERE {days}",
                day_params,
            ).fetchone()
            stars = sums[8:13]
            rated = sum(stars)
            average = sum(n * (i + 1) for i, n in enumerate(stars)) / rated if rated else None
            row = (*sums[:8], rated, average, sums[13], sums[14], sums[15])
        else:
            row = self.conn.execute(
                "SELECT count(*), "
                + ", ".join(
                    f"count(*) FILTER (WHERE {condition})"
                    for condition in (
                        "nps_score >= 9",
                        "nps_score BETWEEN 7 AND 8",
                        "nps_score <= 6",
                        "sentiment = 'positive'",
                        "sentiment = 'neutral'",
                        "sentiment = 'negative'",
                        "sentiment = 'unscored'",
                    )
                )
                + ", count(rating), avg(rating), "
                "count(*) FILTER (WHERE status IN ('new', 'needs_reply')), "
                "min(received_at), max(received_at) "
                f"FROM feedback f WHERE {where}",
                params,
            ).fetchone()
        total = row[0]
        nps = from_counts(row[1] or 0, row[2] or 0, row[3] or 0)
        # Answered: a dated reply (from an index alone) or an undated one an import brought.
        replied = sum(self.replied_by_period("all", start, end, segment).values())
        responses = self.response_times(start, end, segment)
        first_from = start.isoformat() if start else (row[11] or "")[:10] or None
        first_to = end.isoformat() if end else (row[12] or "")[:10] or None
        return {
            "period": {"from": first_from, "to": first_to},
            "feedback": total,
            "nps": nps.as_dict(),
            "sentiment": {
                "positive": row[4] or 0,
                "neutral": row[5] or 0,
                "negative": row[6] or 0,
                "unscored": row[7] or 0,
            },
            "ratings": {
                "count": row[8],
                "average": round(row[9], 2) if row[9] is not None else None,
            },
            "replied": replied,
            "needs_reply": row[10] or 0,
            "median_first_response_hours": responses.median_hours,
            "first_response": responses.as_dict(),
            "followups": self.followup_counts(where, params, today),
            "closing_the_loop": self.loop_figures(start, end, segment).as_dict(),
            "channels": self.channel_counts(start, end, segment),
            "top_tags": [
                {"tag": name, "count": count}
                for name, count in self.tag_totals(start, end, segment, where, params)
            ],
        }

    def tag_totals(
        self, start: date | None, end: date | None, segment: Segment | None, where: str, params
    ) -> list[tuple[str, int]]:
        """(name, items) of the ten tags most used on the feedback of the period."""
        if counted_ahead(segment):
            days, day_params = day_clause(start, end, segment)
            return self.conn.execute(
                "SELECT t.name, sum(d.items) FROM tags_by_day d JOIN tags t ON t.id = d.tag_id "
                f"WHERE {days} GROUP BY t.id HAVING sum(d.items) > 0 "
                "ORDER BY sum(d.items) DESC, t.name LIMIT 10",
                day_params,
            ).fetchall()
        return self.conn.execute(
            "SELECT t.name, count(*) FROM feedback f JOIN feedback_tags ft "
            f"ON ft.feedback_id = f.id JOIN tags t ON t.id = ft.tag_id WHERE {where} "
            "GROUP BY t.id ORDER BY count(*) DESC, t.name LIMIT 10",
            params,
        ).fetchall()

    def changed_elsewhere(self) -> bool:
        """Whether another connection (a command-line import, another program) committed a
        change since the last call: SQLite's data_version, one cheap read. On a team server:
        whether another desk's changes were heard (see changed_tables)."""
        if self.sql.is_server:
            return bool(self.changed_tables())
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        seen, self._data_version = getattr(self, "_data_version", version), version
        return version != seen

    def newest_day(self) -> date | None:
        """The day of the newest feedback counted (None with none), from the index alone."""
        newest = self.conn.execute(f"SELECT max(f.received_at) FROM feedback f WHERE {_COUNTED}")
        found = newest.fetchone()[0]
        return date.fromisoformat(found[:10]) if found else None

    def followup_counts(self, where: str, params: list, today: date) -> dict:
        row = self.conn.execute(
            "SELECT count(*) FILTER (WHERE u.done_at IS NULL), "
            "count(*) FILTER (WHERE u.done_at IS NULL AND u.due < ?), "
            "count(*) FILTER (WHERE u.done_at IS NOT NULL) "
            # From the follow-ups (a few thousand), not from the feedback (maybe millions).
            f"FROM followups u {self.sql.ordered_join} feedback f ON f.id = u.feedback_id "
            f"WHERE {where}",
            (today.isoformat(), *params),
        ).fetchone()
        return {"open": row[0] or 0, "overdue": row[1] or 0, "done": row[2] or 0}
