"""What the dashboard shows, made from the store's counts: the figures for a period and for the
same stretch before it, each week, month or quarter of it, channels, tags and response times.

Every period of the range is listed, those without feedback too (``counts`` is None), so a
chart can leave a gap there instead of drawing a zero. Each figure knows the inbox query that
lists exactly the items it counts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta

from .nps import NpsResult, add_months, from_counts, next_period, period_start
from .records import InboxQuery, ResponseTimes, Segment

TOP_TAGS = 8
FEW_ANSWERS = 30  # fewer 0-10 answers than this, and no change of NPS is called clear
PERIODS = ("3m", "6m", "12m", "year", "custom")
GROUPINGS = ("week", "month", "quarter")
_MONTHS = {"3m": 3, "6m": 6, "12m": 12}


def period_range(choice: str, today: date) -> tuple[date, date]:
    """The first and last day of "the last 3, 6 or 12 months" (whole months up to today: the
    last 3 months of 2026-12-01 are October, November and December so far) or "this year"."""
    if choice == "year":
        return date(today.year, 1, 1), today
    return add_months(today.replace(day=1), 1 - _MONTHS[choice]), today


def previous_range(choice: str, start: date, end: date) -> tuple[date, date]:
    """The same stretch just before: as many months back for a choice in months or a year,
    the calendar month before for a "month", as many days back for a custom range."""
    if choice == "month":
        return add_months(start, -1), start - timedelta(days=1)
    if choice == "year":
        return add_months(start, -12), add_months(end, -12)
    if choice in _MONTHS:
        return add_months(start, -_MONTHS[choice]), add_months(end, -_MONTHS[choice])
    days = (end - start).days + 1
    return start - timedelta(days=days), start - timedelta(days=1)


def period_days(start: date, end: date, grouping: str) -> list[tuple[date, date]]:
    """(first day, last day) of each week, month or quarter from ``start`` to ``end``, the
    first and last cut to the range."""
    days = []
    day = period_start(start, grouping)
    while day <= end:
        days.append((max(day, start), min(next_period(day, grouping) - timedelta(days=1), end)))
        day = next_period(day, grouping)
    return days


def nps_by_period(
    store, start: date, end: date, grouping: str, segment: Segment | None = None
) -> list[tuple[date, NpsResult | None]]:
    """NPS of each period (None where there was no feedback at all): the counts alone,
    for a trend that needs nothing else."""
    days = period_days(start, end, grouping)
    return [
        (first, Counts.from_row(row).nps if row[0] else None)
        for (first, _), row in zip(days, store.counts_in(days, segment), strict=True)
    ]


@dataclass(frozen=True)
class Counts:
    """What was counted in one period (the columns of store.counts_by_period)."""

    feedback: int = 0
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    positive: int = 0
    neutral: int = 0
    negative: int = 0
    unscored: int = 0
    stars: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)  # how many gave 1, 2, ... 5 stars
    needs_reply: int = 0
    replied: int = 0

    @classmethod
    def from_row(cls, row: tuple, replied: int = 0) -> Counts:
        """From a row of store.counts_in."""
        return cls(*row[:8], tuple(row[8:13]), row[13], replied)

    def __add__(self, other: Counts) -> Counts:
        def add(a, b):
            return tuple(map(add, a, b)) if isinstance(a, tuple) else a + b

        return Counts(*(add(getattr(self, f.name), getattr(other, f.name)) for f in fields(self)))

    @property
    def nps(self) -> NpsResult:
        return from_counts(self.promoters, self.passives, self.detractors)

    @property
    def rated(self) -> int:
        return sum(self.stars)

    @property
    def average_stars(self) -> float | None:
        if not self.rated:
            return None
        return sum(n * (i + 1) for i, n in enumerate(self.stars)) / self.rated

    @property
    def star_estimate(self) -> NpsResult:
        """An NPS-like figure from stars: 5 stars as promoters, 4 as passives, 1 to 3 as
        detractors. Only an estimate: stars are not the 0-10 question."""
        one, two, three, four, five = self.stars
        return from_counts(five, four, one + two + three)

    @property
    def share_negative(self) -> float | None:
        """Negative feedback as a share of the feedback with a sentiment."""
        scored = self.positive + self.neutral + self.negative
        return self.negative / scored if scored else None

    @property
    def response_rate(self) -> float | None:
        return self.replied / self.feedback if self.feedback else None


@dataclass(frozen=True)
class Period:
    """One week, month or quarter of the range (cut to the range at its ends)."""

    start: date
    end: date
    counts: Counts | None  # None: no feedback at all, shown as a gap
    response: ResponseTimes
    whole: bool = True  # False: the range holds only part of it (the current month so far)


@dataclass(frozen=True)
class TagMove:
    tag_id: int
    name: str
    color: str
    count: int
    before: int  # in the same stretch before

    @property
    def change(self) -> int:
        return self.count - self.before


@dataclass(frozen=True)
class Dashboard:
    choice: str
    start: date
    end: date
    before_start: date
    before_end: date
    grouping: str
    segment: Segment
    periods: list[Period]
    total: Counts
    before: Counts
    response: ResponseTimes
    followups: dict  # open, overdue (today) and done, of the segment's feedback at any time
    channels: dict[str, int]
    negative_tags: list[TagMove] = field(default_factory=list)
    positive_tags: list[TagMove] = field(default_factory=list)

    @property
    def nps_change(self) -> float | None:
        now, then = self.total.nps.score, self.before.nps.score
        return None if now is None or then is None else round(now - then, 1)

    @property
    def nps_change_is_clear(self) -> bool:
        """Whether NPS moved by more than chance alone would move it: beyond the 95% margin
        of the difference of two scores (the square root of the sum of their squared
        margins), with FEW_ANSWERS answers at least on each side (below that the margin
        itself is unreliable: ten promoters out of ten have a margin of 0)."""
        change = self.nps_change
        now, then = self.total.nps, self.before.nps
        if change is None or min(now.responses, then.responses) < FEW_ANSWERS:
            return False
        return abs(change) > math.hypot(now.margin95, then.margin95)

    def query(self, period: Period | None = None, **filters) -> InboxQuery:
        """The inbox query listing exactly the items of a figure: those of the period (or of
        the whole range) in the segment, narrowed by ``filters`` (InboxQuery fields)."""
        start, end = (period.start, period.end) if period else (self.start, self.end)
        return replace(
            InboxQuery(
                date_from=start.isoformat(),
                date_to=end.isoformat(),
                channels=(self.segment.channel,) if self.segment.channel else (),
                location=self.segment.location,
                product=self.segment.product,
            ),
            **filters,
        )


def build(
    store,
    choice: str,
    grouping: str,
    today: date,
    segment: Segment | None = None,
    custom: tuple[date, date] | None = None,
) -> Dashboard:
    """Everything the dashboard shows for a period choice (PERIODS, or "month": a calendar
    month compared with the one before; ``custom`` gives the days of "custom" and "month")
    grouped by week, month or quarter."""
    if grouping not in GROUPINGS:
        raise ValueError(f"unknown grouping {grouping!r}: week, month or quarter")
    segment = segment or Segment()
    if choice in ("custom", "month"):
        if not custom or custom[0] > custom[1]:
            raise ValueError("a custom period needs a first day on or before its last day")
        start, end = custom
    else:
        start, end = period_range(choice, today)
    before_start, before_end = previous_range(choice, start, end)
    days = period_days(start, end, grouping)
    found = store.counts_in([*days, (before_start, before_end)], segment)
    replied = store.replied_by_period(grouping, start, end, segment)
    hours = store.answer_hours(days, segment)
    periods = []
    for (first, last), row, taken in zip(days, found[:-1], hours, strict=True):
        key = period_start(first, grouping).isoformat()
        counts = Counts.from_row(row, replied.get(key, 0)) if row[0] else None
        whole = first == period_start(first, grouping) and last == (
            next_period(period_start(first, grouping), grouping) - timedelta(days=1)
        )
        periods.append(Period(first, last, counts, _response(counts, taken), whole))
    total = sum((p.counts for p in periods if p.counts), Counts())
    tags: dict[str, list[TagMove]] = {"negative": [], "positive": []}
    for sentiment, *move in store.tag_counts((start, end), (before_start, before_end), segment):
        if len(tags[sentiment]) < TOP_TAGS:
            tags[sentiment].append(TagMove(*move))
    return Dashboard(
        choice=choice,
        start=start,
        end=end,
        before_start=before_start,
        before_end=before_end,
        grouping=grouping,
        segment=segment,
        periods=periods,
        total=total,
        before=Counts.from_row(found[-1]),
        # The periods' sorted runs: sorted() merges them rather than sorting afresh.
        response=_response(total, sorted(h for taken in hours for h in taken)),
        # Open follow-ups are of today, whenever their feedback came: as the Follow-ups page.
        followups=store.followup_counts_in(None, None, segment, today),
        channels=store.channel_counts(start, end, segment),
        negative_tags=tags["negative"],
        positive_tags=tags["positive"],
    )


def _response(counts: Counts | None, hours: list[float]) -> ResponseTimes:
    """Response times of the feedback counted, from the hours each answered one waited
    (sorted)."""
    return ResponseTimes.of(counts.feedback if counts else 0, hours)


def whole_percents(counts: list[int]) -> list[int]:
    """Whole percentages of the counts that add up to exactly 100 (the largest remainders go
    up), so that a bar or a report's line of shares never shows 99% or 101%; all 0 for none."""
    total = sum(counts)
    if not total:
        return [0 for _ in counts]
    exact = [100 * n / total for n in counts]
    whole = [int(e) for e in exact]
    by_remainder = sorted(range(len(counts)), key=lambda i: exact[i] - whole[i], reverse=True)
    for i in by_remainder[: 100 - sum(whole)]:
        whole[i] += 1
    return whole
