"""NPS math against values worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from feedback_desk.core import nps


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
