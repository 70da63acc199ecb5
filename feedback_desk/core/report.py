"""The monthly report: what one or two printed pages say about a month, made from the store's
figures (the dashboard's, for the month and the one before), with no network and no model.

The summary is facts (``Summary``): the window and the command line write its sentence in
the owner's language (ui/report/words.py), so the same figures always give the same words.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date

from . import dashboard
from .nps import NpsResult
from .records import FollowUp, Segment
from .settings import BUSINESS_NAME, text_setting
from .templates.placeholders import EAST_ASIAN, customer_name, is_title

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
    name: str  # a first name ("" for none), never a full name on a wall
    channel: str


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
    def empty(self) -> bool:
        return self.board.total.feedback == 0

    @property
    def summary(self) -> Summary:
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
        Quote(fid, text, short_name(author), channel)
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


@dataclass(frozen=True)
class Summary:
    """The month in facts, for the window and the command line to put into words: NPS (and
    its move on the month before, called a rise or a fall only when it is clear, as
    Dashboard.nps_change_is_clear says), the most mentioned problems, the share answered."""

    month: date  # its first day
    so_far: bool
    feedback: int
    before: date  # the first day of the month compared with
    nps: float | None
    answers: int
    nps_change: float | None
    change_is_clear: bool
    top_problems: tuple[str, ...]  # the most mentioned, all of them on a tie
    top_problem_count: int
    response_rate: float | None


def summary(report: MonthReport) -> Summary:
    board = report.board
    total = board.total
    top: tuple[str, ...] = ()
    most = 0
    if board.negative_tags:
        most = board.negative_tags[0].count
        top = tuple(t.name for t in board.negative_tags if t.count == most)
    return Summary(
        month=report.first,
        so_far=report.so_far,
        feedback=total.feedback,
        before=board.before_start,
        nps=total.nps.score,
        answers=total.nps.responses,
        nps_change=board.nps_change,
        change_is_clear=board.nps_change_is_clear,
        top_problems=top,
        top_problem_count=most,
        response_rate=total.response_rate,
    )
