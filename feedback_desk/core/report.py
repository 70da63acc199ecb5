"""The monthly report: what one or two printed pages say about a month, made from the store's
figures (the dashboard's, for the month and the one before), with no network and no model.

The words of the summary are written from the numbers by a few plain rules, so the same
figures always give the same sentence.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date

from . import dashboard
from .nps import NpsResult
from .records import FollowUp, Segment
from .settings import BUSINESS_NAME, text_setting
from .templates.placeholders import MONTHS

TREND_MONTHS = 12
QUOTES = 3
FOLLOWUPS_LISTED = 8


def month_days(text: str) -> tuple[date, date]:
    """'2026-10' -> (2026-10-01, 2026-10-31); ValueError for anything else."""
    year, month = (int(part) for part in text.split("-"))
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


@dataclass(frozen=True)
class Quote:
    feedback_id: int
    text: str
    who: str  # a first name and the channel, never a full name on a wall
    stars: int | None
    nps_score: int | None


@dataclass(frozen=True)
class MonthReport:
    business: str
    first: date
    last: date
    location: str
    board: dashboard.Dashboard  # the month against the month before
    trend: list[tuple[date, NpsResult | None]]  # NPS of each of the last 12 months
    loved: list[Quote]
    to_fix: list[Quote]
    followups_done: int
    followups_open: int
    followups_overdue: int
    open_followups: list[FollowUp] = field(default_factory=list)
    made_on: date | None = None

    @property
    def title(self) -> str:
        return f"{MONTHS[self.first.month - 1]} {self.first.year}"

    @property
    def empty(self) -> bool:
        return self.board.total.feedback == 0

    @property
    def summary(self) -> str:
        return summary(self)


def build(store, month: str, today: date, location: str = "") -> MonthReport:
    """The report of a month ('2026-10') for everyone or for one location."""
    first, last = month_days(month)
    segment = Segment(location=location)
    board = dashboard.build(store, "month", "week", today, segment, custom=(first, last))
    trend_start = dashboard.add_months(first, 1 - TREND_MONTHS)
    months = dashboard.build(store, "custom", "month", today, segment, custom=(trend_start, last))
    done, still_open, overdue, listed = store.followups_for_report(
        first, last, location, today, FOLLOWUPS_LISTED
    )
    return MonthReport(
        business=text_setting(store, BUSINESS_NAME),
        first=first,
        last=last,
        location=location,
        board=board,
        trend=[(p.start, p.counts.nps if p.counts else None) for p in months.periods],
        loved=_quotes(store, "positive", first, last, segment),
        to_fix=_quotes(store, "negative", first, last, segment),
        followups_done=done,
        followups_open=still_open,
        followups_overdue=overdue,
        open_followups=listed,
        made_on=today,
    )


def _quotes(store, sentiment: str, first: date, last: date, segment: Segment) -> list[Quote]:
    return [
        Quote(fid, text, _who(author, channel), stars, nps)
        for fid, text, author, channel, stars, nps in store.quotes(
            sentiment, first, last, segment, QUOTES
        )
    ]


def _who(author: str, channel: str) -> str:
    """'Maria, Google': the first name only, as a report may hang on a wall."""
    name = author.split()[0] if author.strip() else "A customer"
    return f"{name}, {channel.replace('_', ' ').title()}"


def summary(report: MonthReport) -> str:
    """One sentence on the month, from its numbers."""
    board = report.board
    total = board.total
    if total.feedback == 0:
        return f"No feedback was recorded in {report.title}."
    parts = []
    nps, change = total.nps, board.nps_change
    if nps.score is None:
        parts.append(f"{_count(total.feedback, 'piece')} of feedback came in")
    elif change is None or not board.nps_change_is_clear:
        held = "held steady at" if change is not None else "was"
        parts.append(f"NPS {held} {_signed(nps.score)} from {_count(nps.responses, 'answer')}")
    else:
        moved = "rose" if change > 0 else "fell"
        parts.append(
            f"NPS {moved} {abs(change):.0f} points to {_signed(nps.score)} "
            f"from {_count(nps.responses, 'answer')}"
        )
    if board.negative_tags:
        top = board.negative_tags[0]
        parts.append(f"the most mentioned problem was {top.name} ({_count(top.count, 'time')})")
    rate = total.response_rate
    if rate is not None:
        parts.append(f"you answered {rate:.0%} of the feedback")
    sentence = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    return f"In {report.title}, {sentence}."


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _signed(score: float) -> str:
    return f"+{score:.0f}" if score > 0 else f"{score:.0f}"
