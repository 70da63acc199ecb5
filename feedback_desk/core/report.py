"""The monthly report: what one or two printed pages say about a month, made from the store's
figures (the dashboard's, for the month and the one before), with no network and no model.

The words of the summary are written from the numbers by a few plain rules, so the same
figures always give the same sentence.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date

from . import dashboard
from .nps import NpsResult
from .records import FollowUp, Segment
from .settings import BUSINESS_NAME, text_setting
from .templates.placeholders import EAST_ASIAN, channel_name, customer_name, is_title

TREND_MONTHS = 12
QUOTES = 3
FOLLOWUPS_LISTED = 40  # as many as page 2 holds; the report says how many more there are


def month_days(text: str) -> tuple[date, date]:
    """'2026-10' -> (2026-10-01, 2026-10-31); ValueError for anything else, a year outside
    1900 to 9998 included."""
    year, month = (int(part) for part in text.split("-"))
    if not 1900 <= year <= 9998:
        raise ValueError(f"year {year} is out of range")
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


@dataclass(frozen=True)
class Quote:
    feedback_id: int
    text: str
    who: str  # a first name and the channel, never a full name on a wall


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
    open_followups: list[FollowUp] = field(default_factory=list)  # customers' short names
    made_on: date | None = None

    @property
    def so_far(self) -> bool:
        """The month is not over on the day the report is made."""
        return self.made_on is not None and self.first <= self.made_on < self.last

    @property
    def title(self) -> str:
        return f"{self.first:%B %Y}"  # the command line's English; the window uses its locale

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
    # One period, the month: the report reads its totals, never a series within it.
    board = dashboard.build(store, "month", "month", today, segment, custom=(first, last))
    trend_start = dashboard.add_months(first, 1 - TREND_MONTHS)
    done, still_open, overdue, listed = store.followups_for_report(
        first, last, location, today, FOLLOWUPS_LISTED
    )
    return MonthReport(
        business=text_setting(store, BUSINESS_NAME),
        first=first,
        last=last,
        location=location,
        board=board,
        trend=dashboard.nps_by_period(store, trend_start, last, "month", segment),
        loved=_quotes(store, "positive", first, last, segment),
        to_fix=_quotes(store, "negative", first, last, segment),
        followups_done=done,
        followups_open=still_open,
        followups_overdue=overdue,
        open_followups=[replace(f, customer=short_name(f.customer)) for f in listed],
        made_on=today,
    )


def _quotes(store, sentiment: str, first: date, last: date, segment: Segment) -> list[Quote]:
    return [
        Quote(
            fid, text, f"{short_name(author) or 'A customer'}, {channel_name(channel) or 'Other'}"
        )
        for fid, text, author, channel in store.quotes(sentiment, first, last, segment, QUOTES)
    ]


def short_name(name: str) -> str:
    """A name as a report on a wall may show it: "Maria" for "Maria Gonzalez", "Jane" for
    "Dr. Jane van der Berg", "김○○" for "김민준" (a family name and circles, as Korean notices
    write it), "山田" for "山田 太郎" (family name first); "" for no name, an e-mail address or
    "Anonymous" (the templates' customer_name decides)."""
    words = [w.strip(".,;:") for w in customer_name(name).split() if not is_title(w)]
    words = [w for w in words if w]
    if not words:
        return ""
    first = words[0]
    if len(words) == 1 and len(first) > 1 and all(EAST_ASIAN.match(c) for c in first):
        return first[0] + "○" * (len(first) - 1)
    return first


def summary(report: MonthReport) -> str:
    """One sentence on the month, from its numbers. A change of NPS is called a rise or a
    fall only when it is clear (Dashboard.nps_change_is_clear); otherwise the sentence
    gives the move and says that chance alone can move it so much."""
    board = report.board
    total = board.total
    when = f"So far in {report.title}" if report.so_far else f"In {report.title}"
    if total.feedback == 0:
        return f"No feedback was recorded in {report.title}{' so far' if report.so_far else ''}."
    parts = []
    nps, change = total.nps, board.nps_change
    answers = _count(nps.responses, "answer")
    before = f"{report.board.before_start:%B}"
    if nps.score is None:
        parts.append(f"{_count(total.feedback, 'piece')} of feedback came in")
    elif change is None:
        parts.append(f"NPS was {_signed(nps.score)} from {answers}")
    elif board.nps_change_is_clear:
        moved = "rose" if change > 0 else "fell"
        parts.append(
            f"NPS {moved} {abs(change):.0f} points on {before} to {_signed(nps.score)} "
            f"from {answers}"
        )
    elif round(change) == 0:
        parts.append(f"NPS held steady at {_signed(nps.score)} from {answers}")
    else:
        way = "up" if change > 0 else "down"
        parts.append(
            f"NPS was {_signed(nps.score)} from {answers} ({way} {abs(change):.0f} on "
            f"{before}, within what chance alone can move it)"
        )
    if board.negative_tags:
        most = board.negative_tags[0].count
        top = [t.name for t in board.negative_tags if t.count == most]
        named = " and ".join([", ".join(top[:-1]), top[-1]] if len(top) > 1 else top)
        each = " each" if len(top) > 1 else ""
        problem = "problems were" if len(top) > 1 else "problem was"
        parts.append(f"the most mentioned {problem} {named} ({_count(most, 'time')}{each})")
    rate = total.response_rate
    if rate is not None:
        parts.append(f"you answered {rate:.0%} of the feedback")
    sentence = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    return f"{when}, {sentence}."


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _signed(score: float) -> str:
    score = round(score)
    return f"+{score}" if score > 0 else f"−{-score}" if score < 0 else "0"
