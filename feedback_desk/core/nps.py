"""Net Promoter Score, done right.

NPS = % promoters (9-10) - % detractors (0-6), from 0-10 answers only: star ratings are never
NPS. Each answer is a draw of +1 (promoter), 0 (passive) or -1 (detractor); the score is the
mean of those draws times 100, so its 95% margin of error follows from their variance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

Z95 = 1.959964


@dataclass(frozen=True)
class NpsResult:
    """Counts, score (None without answers) and 95% margin of error in NPS points."""

    responses: int
    promoters: int
    passives: int
    detractors: int
    score: float | None
    margin95: float | None

    def as_dict(self) -> dict:
        return {
            "responses": self.responses,
            "promoters": self.promoters,
            "passives": self.passives,
            "detractors": self.detractors,
            "score": self.score,
            "margin95": self.margin95,
        }


def bucket(score: int) -> str:
    """'promoter', 'passive' or 'detractor' for a 0-10 answer."""
    if not 0 <= score <= 10:
        raise ValueError(f"an NPS answer is 0 to 10, not {score}")
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


def from_counts(promoters: int, passives: int, detractors: int) -> NpsResult:
    """NPS and its margin from the three counts."""
    n = promoters + passives + detractors
    if n == 0:
        return NpsResult(0, 0, 0, 0, None, None)
    p, d = promoters / n, detractors / n
    nps = p - d
    variance = p + d - nps * nps
    margin = Z95 * math.sqrt(variance / n) * 100
    return NpsResult(n, promoters, passives, detractors, round(nps * 100, 1), round(margin, 1))


def from_scores(scores: list[int]) -> NpsResult:
    """NPS of a list of 0-10 answers."""
    buckets = [bucket(s) for s in scores]
    return from_counts(
        buckets.count("promoter"), buckets.count("passive"), buckets.count("detractor")
    )


def period_start(day: date, grouping: str) -> date:
    """The first day of the week (Monday), month or quarter that ``day`` falls in."""
    if grouping == "week":
        return date.fromordinal(day.toordinal() - day.weekday())
    if grouping == "month":
        return day.replace(day=1)
    if grouping == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    raise ValueError(f"unknown grouping {grouping!r}: week, month or quarter")


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), on the month's last day where it is short."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    first_of_next = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return date(year, month + 1, min(day.day, (first_of_next - timedelta(days=1)).day))


def next_period(day: date, grouping: str) -> date:
    """The first day of the week, month or quarter after the one starting on ``day``."""
    if grouping == "week":
        return day + timedelta(days=7)
    return add_months(day, 3 if grouping == "quarter" else 1)


# --- how a customer felt ----------------------------------------------------------------------
def kind_from(nps_score: int | None, rating: int | None, sentiment: str) -> str:
    """'unhappy' (a detractor, or negative), 'passive' (7-8, or lukewarm) or 'happy'; the
    customer's own 0-10 answer decides first, as it does for the sentiment."""
    if nps_score is not None:
        return "unhappy" if nps_score <= 6 else "passive" if nps_score <= 8 else "happy"
    if sentiment == "negative" or (rating is not None and rating <= 2):
        return "unhappy"
    if sentiment == "positive":
        return "happy"
    return "passive"


_KIND_RANK = {"unhappy": 0, "passive": 1, "happy": 2}


def improved(
    before: tuple[int | None, int | None, str], after: tuple[int | None, int | None, str]
) -> bool:
    """Whether feedback (nps_score, rating, sentiment) given later is happier: it moved up a
    group, unhappy -> lukewarm -> happy (a detractor 4 who answers 9; not 2 -> 3, still a
    detractor)."""
    return _KIND_RANK[kind_from(*after)] > _KIND_RANK[kind_from(*before)]
