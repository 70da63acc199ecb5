"""What each chart of the dashboard draws from the figures (core/dashboard.py): its series, the
words shown on hover, and the inbox items a click on a bar or point opens.

A panel is made fresh for each refresh; ``items(index, key)`` answers a click with the inbox
query listing exactly what that bar or point counts, and a sentence saying what it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ...core.dashboard import Counts, Dashboard, Period, whole_percents
from ...core.records import InboxQuery
from .. import display
from ..display import number, percent, signed
from .charts import Series
from .dates import period_label, period_words

GREEN, GREY, RED, BLUE, AMBER = "#2f9e66", "#94a3b8", "#d64545", "#3b7dd8", "#d08a1e"
STAR_COLORS = ("#d64545", "#e07b39", "#d9b23a", "#7cb369", "#2f9e66")


def tr(text: str) -> str:
    return QCoreApplication.translate("dashboard", text)


@dataclass
class Panel:
    """One chart's content. ``kind`` is "bars" or "lines"; ``options`` go to the chart's
    show_bars or show_lines."""

    kind: str
    categories: list[str]
    series: list[Series]
    tips: list[str]
    items: Callable[[int, str], tuple[InboxQuery, str] | None]
    options: dict = field(default_factory=dict)
    summary: str = ""  # a line under the title: the figure for the whole period


# Words ---------------------------------------------------------------------------------------
def percents(counts: list[int]) -> list[str]:
    """Whole percentages of the counts that add up to 100%; "—" each for none."""
    if not sum(counts):
        return ["—"] * len(counts)
    return [f"{number(w)}%" for w in whole_percents(counts)]


def answers(n: int) -> str:
    return display.words().answers(n)


def ratings(n: int) -> str:
    return display.words().ratings(n)


def nps_words(counts: Counts) -> str:
    nps = counts.nps
    if nps.score is None:
        return QCoreApplication.translate("dashboard", "No 0-10 answers")
    return QCoreApplication.translate(
        "dashboard", "NPS {0}, give or take {1}\n{2}: promoters {3}, passives {4}, detractors {5}"
    ).format(
        signed(nps.score),
        number(nps.margin95),
        answers(nps.responses),
        number(nps.promoters),
        number(nps.passives),
        number(nps.detractors),
    )


# Panels ----------------------------------------------------------------------------------------
class Panels:
    """The panels for one refresh of the dashboard."""

    def __init__(self, board: Dashboard, shares: bool = False):
        self.board = board
        self.shares = shares
        self.labels = [period_label(p, board.grouping) for p in board.periods]

    def _words(self, period: Period) -> str:
        """A period's days; the last one of a range that ends today is "so far"."""
        board = self.board
        return period_words(period, period.end == board.end and board.choice != "custom")

    def _tip(self, index: int, lines: list[str]) -> str:
        return "\n".join([self._words(self.board.periods[index]), *lines])

    def _period_items(self, filters: dict[tuple[int, str] | str, tuple[dict, str]]):
        """A click handler: (index, key) -> query of that period narrowed by the filters
        given for the key, with words naming it."""

        def items(index: int, key: str):
            if key not in filters or not 0 <= index < len(self.board.periods):
                return None
            period = self.board.periods[index]
            narrowed, words = filters[key]
            return self.board.query(period, **narrowed), f"{words}, {self._words(period)}"

        return items

    def nps(self) -> Panel:
        board = self.board
        scores, low, high, tips = [], [], [], []
        for i, period in enumerate(board.periods):
            nps = period.counts.nps if period.counts else None
            score = nps.score if nps else None
            scores.append(score)
            low.append(max(-100.0, score - nps.margin95) if score is not None else None)
            high.append(min(100.0, score + nps.margin95) if score is not None else None)
            tips.append(
                self._tip(
                    i,
                    [nps_words(period.counts)]
                    if period.counts
                    else [QCoreApplication.translate("dashboard", "No feedback")],
                )
            )
        total = board.total.nps
        summary = (
            QCoreApplication.translate("dashboard", "No 0-10 answers in this period yet.")
            if total.score is None
            else QCoreApplication.translate(
                "dashboard",
                "NPS {0}, give or take {1}, from {2}: the share who would recommend you (9-10) "
                "minus the share who would not (0-6). The shaded band is how far chance alone "
                "could move it; under each point, how many answered then.",
            ).format(signed(total.score), number(total.margin95), answers(total.responses))
        )
        counted = [
            number(p.counts.nps.responses) if p.counts and p.counts.nps.responses else ""
            for p in board.periods
        ]
        return Panel(
            "lines",
            self.labels,
            [Series("nps", QCoreApplication.translate("dashboard", "NPS"), BLUE, scores)],
            tips,
            self._period_items(
                {
                    "nps": (
                        {"nps_group": "answered"},
                        QCoreApplication.translate("dashboard", "Answers 0-10"),
                    )
                }
            ),
            {
                "band": (low, high),
                "reference": 0.0,
                "point_labels": counted,
                "empty": QCoreApplication.translate("dashboard", "No 0-10 answers in this period"),
            },
            summary,
        )

    def _stacked(
        self, parts, value_of, nothing: str, filters: dict, empty: str, summary: str = ""
    ) -> Panel:
        """Stacked bars of counts (or shares of each period's total) for the parts (key,
        name, colour), a tip per period listing them, and a click on a part opening the
        period's items narrowed by ``filters[key]``."""
        series, tips = [], []
        totals = [
            sum(value_of(p.counts, key) for key, *_ in parts) if p.counts else 0
            for p in self.board.periods
        ]
        for key, name, color in parts:
            values = []
            for period, total in zip(self.board.periods, totals, strict=True):
                if not period.counts or not total:
                    values.append(None)
                    continue
                value = value_of(period.counts, key)
                values.append(value / total * 100 if self.shares else value)
            series.append(Series(key, name, color, values))
        for i, (period, total) in enumerate(zip(self.board.periods, totals, strict=True)):
            if not total:
                tips.append(
                    self._tip(
                        i,
                        [
                            nothing
                            if period.counts
                            else QCoreApplication.translate("dashboard", "No feedback")
                        ],
                    )
                )
                continue
            values = [value_of(period.counts, key) for key, *_ in parts]
            lines = [
                f"{name}: {number(n)} ({share})"
                for (_, name, _), n, share in zip(parts, values, percents(values), strict=True)
            ]
            tips.append(self._tip(i, lines))
        options = {"y_suffix": "%" if self.shares else "", "empty": empty}
        return Panel(
            "bars", self.labels, series, tips, self._period_items(filters), options, summary
        )

    def groups(self) -> Panel:
        parts = [
            ("detractor", QCoreApplication.translate("dashboard", "Detractors (0-6)"), RED),
            ("passive", QCoreApplication.translate("dashboard", "Passives (7-8)"), GREY),
            ("promoter", QCoreApplication.translate("dashboard", "Promoters (9-10)"), GREEN),
        ]
        return self._stacked(
            parts,
            lambda c, key: getattr(c, key + "s"),
            QCoreApplication.translate("dashboard", "No 0-10 answers"),
            {key: ({"nps_group": key}, name) for key, name, _ in parts},
            QCoreApplication.translate("dashboard", "No 0-10 answers in this period"),
        )

    def sentiment(self) -> Panel:
        parts = [
            ("negative", QCoreApplication.translate("dashboard", "Negative"), RED),
            ("neutral", QCoreApplication.translate("dashboard", "Neutral"), GREY),
            ("positive", QCoreApplication.translate("dashboard", "Positive"), GREEN),
        ]
        share = self.board.total.share_negative
        return self._stacked(
            parts,
            lambda c, key: getattr(c, key),
            QCoreApplication.translate("dashboard", "Only feedback without a sentiment"),
            {
                key: (
                    {"sentiments": (key,)},
                    QCoreApplication.translate("dashboard", "{0} feedback").format(name),
                )
                for key, name, _ in parts
            },
            QCoreApplication.translate("dashboard", "No feedback with a sentiment in this period"),
            QCoreApplication.translate(
                "dashboard", "{0} of the feedback with a sentiment was negative."
            ).format(percent(share))
            if share is not None
            else "",
        )

    def stars(self) -> Panel:
        averages, tips = [], []
        for i, period in enumerate(self.board.periods):
            average = period.counts.average_stars if period.counts else None
            averages.append(average)
            tips.append(
                self._tip(
                    i,
                    [
                        QCoreApplication.translate(
                            "dashboard", "{0} stars on average from {1}"
                        ).format(number(average, 2), ratings(period.counts.rated))
                        if average is not None
                        else QCoreApplication.translate("dashboard", "No star ratings")
                    ],
                )
            )
        total = self.board.total
        return Panel(
            "lines",
            self.labels,
            [
                Series(
                    "stars",
                    QCoreApplication.translate("dashboard", "Average stars"),
                    AMBER,
                    averages,
                )
            ],
            tips,
            self._period_items(
                {
                    "stars": (
                        {"ratings": (1, 2, 3, 4, 5)},
                        QCoreApplication.translate("dashboard", "Star ratings"),
                    )
                }
            ),
            {
                "y_range": (0.8, 5.2),
                "empty": QCoreApplication.translate("dashboard", "No star ratings in this period"),
            },
            QCoreApplication.translate("dashboard", "{0} stars on average from {1}.").format(
                number(total.average_stars, 2), ratings(total.rated)
            )
            if total.rated
            else QCoreApplication.translate("dashboard", "No star ratings in this period."),
        )

    def star_counts(self) -> Panel:
        total = self.board.total
        names = [
            QCoreApplication.translate("dashboard", "★★★★★  5"),
            QCoreApplication.translate("dashboard", "★★★★  4"),
            QCoreApplication.translate("dashboard", "★★★  3"),
            QCoreApplication.translate("dashboard", "★★  2"),
            QCoreApplication.translate("dashboard", "★  1"),
        ]
        counts = list(reversed(total.stars))  # 5 stars first, at the top
        labels = [
            f"{number(n)}  ({share})" if n else ""
            for n, share in zip(counts, percents(counts), strict=True)
        ]
        tips = [f"{name.split()[-1]} ★: {label}" for name, label in zip(names, labels, strict=True)]

        def items(index: int, key: str):
            if not 0 <= index < 5:
                return None
            stars = 5 - index
            return self.board.query(ratings=(stars,)), QCoreApplication.translate(
                "dashboard", "{0}-star ratings"
            ).format(stars)

        return Panel(
            "bars",
            names,
            [
                Series(
                    "count",
                    QCoreApplication.translate("dashboard", "Ratings"),
                    AMBER,
                    [n or None for n in counts],
                )
            ],
            tips,
            items,
            {
                "horizontal": True,
                "labels": labels,
                "empty": QCoreApplication.translate("dashboard", "No star ratings in this period"),
            },
        )

    def estimate(self) -> Panel:
        scores, tips = [], []
        for i, period in enumerate(self.board.periods):
            estimate = period.counts.star_estimate if period.counts else None
            score = estimate.score if estimate else None
            scores.append(score)
            tips.append(
                self._tip(
                    i,
                    [
                        QCoreApplication.translate(
                            "dashboard", "Estimate {0} from {1} (not NPS)"
                        ).format(signed(score), ratings(estimate.responses))
                        if score is not None
                        else QCoreApplication.translate("dashboard", "No star ratings")
                    ],
                )
            )
        return Panel(
            "lines",
            self.labels,
            [
                Series(
                    "estimate",
                    QCoreApplication.translate("dashboard", "Estimate from stars"),
                    AMBER,
                    scores,
                    dashed=True,
                )
            ],
            tips,
            self._period_items(
                {
                    "estimate": (
                        {"ratings": (1, 2, 3, 4, 5)},
                        QCoreApplication.translate("dashboard", "Star ratings"),
                    )
                }
            ),
            {
                "reference": 0.0,
                "empty": QCoreApplication.translate("dashboard", "No star ratings in this period"),
            },
            QCoreApplication.translate(
                "dashboard",
                "Not NPS: 5 stars counted as promoters, 4 as passives and 1 to 3 as detractors. "
                "Stars do not ask whether customers would recommend you.",
            ),
        )

    def channels(self) -> Panel:
        board = self.board
        keys = list(board.channels)
        total = sum(board.channels.values())
        labels = [f"{number(n)}  ({percent(n / total)})" for n in board.channels.values()]
        names = [display.channel_name(key) for key in keys]

        def items(index: int, key: str):
            if not 0 <= index < len(keys):
                return None
            return board.query(channels=(keys[index],)), QCoreApplication.translate(
                "dashboard", "Feedback from {0}"
            ).format(names[index])

        return Panel(
            "bars",
            names,
            [
                Series(
                    "count",
                    QCoreApplication.translate("dashboard", "Feedback"),
                    BLUE,
                    list(board.channels.values()),
                )
            ],
            [f"{name}: {label}" for name, label in zip(names, labels, strict=True)],
            items,
            {"horizontal": True, "labels": labels},
        )

    def tags(self, sentiment: str) -> Panel:
        board = self.board
        moves = board.negative_tags if sentiment == "negative" else board.positive_tags
        color = RED if sentiment == "negative" else GREEN
        labels = [f"{number(m.count)}  {_arrow(m)}" for m in moves]
        tips = [
            QCoreApplication.translate(
                "dashboard", "{0}: {1} now, {2} in the same stretch before"
            ).format(m.name, number(m.count), number(m.before))
            for m in moves
        ]
        words = (
            QCoreApplication.translate("dashboard", "Negative feedback tagged {0}")
            if sentiment == "negative"
            else QCoreApplication.translate("dashboard", "Positive feedback tagged {0}")
        )

        def items(index: int, key: str):
            if not 0 <= index < len(moves):
                return None
            query = board.query(tags=(moves[index].tag_id,), sentiments=(sentiment,))
            return query, words.format(moves[index].name)

        return Panel(
            "bars",
            [m.name for m in moves],
            [
                Series(
                    "count",
                    QCoreApplication.translate("dashboard", "Feedback"),
                    color,
                    [m.count for m in moves],
                )
            ],
            tips,
            items,
            {
                "horizontal": True,
                "labels": labels,
                "empty": QCoreApplication.translate(
                    "dashboard", "No tagged negative feedback in this period"
                )
                if sentiment == "negative"
                else QCoreApplication.translate(
                    "dashboard", "No tagged positive feedback in this period"
                ),
            },
        )

    def replies(self) -> Panel:
        def value_of(counts: Counts, key: str) -> int:
            return counts.replied if key == "answered" else counts.feedback - counts.replied

        rate = self.board.total.response_rate
        return self._stacked(
            [
                ("answered", QCoreApplication.translate("dashboard", "Answered"), GREEN),
                ("waiting", QCoreApplication.translate("dashboard", "Not answered"), AMBER),
            ],
            value_of,
            QCoreApplication.translate("dashboard", "No feedback"),
            {
                "answered": (
                    {"replied": True},
                    QCoreApplication.translate("dashboard", "Answered feedback"),
                ),
                "waiting": (
                    {"replied": False},
                    QCoreApplication.translate("dashboard", "Feedback not answered yet"),
                ),
            },
            QCoreApplication.translate("dashboard", "No feedback in this period"),
            QCoreApplication.translate("dashboard", "{0} of the feedback was answered.").format(
                percent(rate)
            )
            if rate is not None
            else "",
        )

    def first_response(self) -> Panel:
        hours, tips = [], []
        for i, period in enumerate(self.board.periods):
            times = period.response
            hours.append(times.median_hours)
            tips.append(
                self._tip(
                    i,
                    [
                        QCoreApplication.translate(
                            "dashboard",
                            "Median {0} to the first answer; {1} of {2} answered within 24 hours",
                        ).format(
                            display.duration(times.median_hours),
                            number(times.within_24h),
                            number(times.feedback),
                        )
                        if times.median_hours is not None
                        else QCoreApplication.translate(
                            "dashboard", "Nothing answered at a known time"
                        )
                    ],
                )
            )
        response = self.board.response
        return Panel(
            "lines",
            self.labels,
            [Series("hours", QCoreApplication.translate("dashboard", "Median hours"), BLUE, hours)],
            tips,
            self._period_items(
                {
                    "hours": (
                        {"replied": True},
                        QCoreApplication.translate(
                            "dashboard",
                            "Answered feedback (the median counts those answered at a known time)",
                        ),
                    )
                }
            ),
            {
                "y_suffix": " h",
                "reference": 24.0,
                "empty": QCoreApplication.translate(
                    "dashboard", "Nothing answered at a known time in this period"
                ),
            },
            QCoreApplication.translate(
                "dashboard", "Median {0} to the first answer; {1} answered within 24 hours."
            ).format(display.duration(response.median_hours), percent(response.share_within_24h))
            if response.median_hours is not None
            else QCoreApplication.translate(
                "dashboard", "Nothing was answered at a known time in this period."
            ),
        )


def _arrow(move) -> str:
    """A tag's change against the same stretch before: ▲3, ▼2, = or new."""
    change = move.change
    if not move.before:
        return QCoreApplication.translate("dashboard", "new")
    if change > 0:
        return f"▲{number(change)}"
    if change < 0:
        return f"▼{number(-change)}"
    return "="
