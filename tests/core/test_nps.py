"""NPS math against values worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from feedback_desk.core import nps

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


@pytest.mark.parametrize(
    ("score", "group"),
    [
        (0, "detractor"),
        (6, "detractor"),
        (7, "passive"),
        (8, "passive"),
        (9, "promoter"),
        (10, "promoter"),
    ],
)
def test_buckets(score, group):
    assert nps.bucket(score) == group


@pytest.mark.parametrize("score", [-1, 11])
def test_out_of_range_is_refused(score):
    with pytest.raises(ValueError):
        nps.bucket(score)


def test_score_and_margin_by_hand():
    # 20 promoters, 10 passives, 10 detractors: 50% - 25% = +25.
    # Draws +1/0/-1: mean 0.25, E[x^2] = 0.75, variance 0.75 - 0.0625 = 0.6875;
    # margin = 1.96 * sqrt(0.6875 / 40) * 100 = 25.7 points.
    result = nps.from_scores([10] * 12 + [9] * 8 + [8] * 5 + [7] * 5 + [3] * 10)
    assert (result.responses, result.promoters, result.passives, result.detractors) == (
        40,
        20,
        10,
        10,
    )
    assert result.score == 25.0
    assert result.margin95 == 25.7


def test_all_promoters_is_plus_100_with_no_spread():
    result = nps.from_scores([9, 10, 10])
    assert result.score == 100.0
    assert result.margin95 == 0.0


def test_twenty_answers_are_noisy():
    # 8 promoters, 6 passives, 6 detractors of 20: NPS +10; variance 0.4 + 0.3 - 0.1^2 = 0.69,
    # margin 1.96 * sqrt(0.69 / 20) = 36.4 points, which is why the dashboard shows the band.
    result = nps.from_counts(8, 6, 6)
    assert result.score == 10.0
    assert result.margin95 == 36.4


def test_no_answers_has_no_score():
    result = nps.from_scores([])
    assert result.score is None and result.margin95 is None


@pytest.mark.parametrize(
    ("day", "grouping", "start"),
    [
        (date(2026, 10, 15), "week", date(2026, 10, 12)),
        (date(2026, 10, 12), "week", date(2026, 10, 12)),
        (date(2026, 10, 15), "month", date(2026, 10, 1)),
        (date(2026, 11, 30), "quarter", date(2026, 10, 1)),
        (date(2026, 3, 31), "quarter", date(2026, 1, 1)),
    ],
)
def test_period_start(day, grouping, start):
    assert nps.period_start(day, grouping) == start


def test_series_by_week_month_and_quarter_by_hand(store):
    from feedback_desk.core import intake
    from feedback_desk.core.records import NewFeedback

    answers = [
        ("2026-01-05T09:00:00", 10),  # Monday, week of Jan 5, Q1
        ("2026-01-11T20:00:00", 3),  # Sunday, same week
        ("2026-01-12T08:00:00", 9),  # next Monday
        ("2026-02-28T12:00:00", 7),
        ("2026-04-01T00:00:00", 0),  # Q2
    ]
    items = [
        NewFeedback(body=f"answer {i}", received_at=when, nps_score=score)
        for i, (when, score) in enumerate(answers)
    ]
    items.append(NewFeedback(body="stars are not NPS", rating=5, received_at="2026-01-06"))
    intake.add_feedback(store, items, "paste")

    from feedback_desk.core.dashboard import nps_by_period

    def series(grouping, start=date(2026, 1, 1), end=date(2026, 4, 30)):
        """The periods with answers: what the dashboard's and the report's trend show."""
        found = nps_by_period(store, start, end, grouping)
        return [(day, result) for day, result in found if result and result.responses]

    weeks = series("week")
    assert [(d.isoformat(), r.responses, r.score) for d, r in weeks] == [
        ("2026-01-05", 2, 0.0),
        ("2026-01-12", 1, 100.0),
        ("2026-02-23", 1, 0.0),
        ("2026-03-30", 1, -100.0),
    ]
    months = series("month")
    assert [(d.isoformat(), r.promoters, r.passives, r.detractors) for d, r in months] == [
        ("2026-01-01", 2, 0, 1),
        ("2026-02-01", 0, 1, 0),
        ("2026-04-01", 0, 0, 1),
    ]
    quarters = series("quarter", end=date(2026, 3, 31))
    assert [(d.isoformat(), r.score) for d, r in quarters] == [("2026-01-01", 25.0)]
