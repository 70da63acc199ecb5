"""The dashboard's figures against values worked out by hand and against ``stats --json``, and
the inbox query behind each figure against the items it counts."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date

import pytest

from feedback_desk.core import dashboard, intake
from feedback_desk.core.records import NewFeedback, Segment

from .test_cli import cli

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 20)  # "the last 3 months": 1 September to 20 November
IMPORTED = "2026-11-20T09:00:00"


def add(store, received_at: str, body: str, **fields) -> int:
    intake.add_feedback(store, [NewFeedback(body=body, received_at=received_at, **fields)], "file")
    return store.conn.execute("SELECT max(id) FROM feedback").fetchone()[0]


@pytest.fixture
def desk(store):
    return store, fill_desk(store)


def fill_desk(store) -> dict[str, int]:
    """Fourteen items worked out by hand (name -> id). The keyword rules are removed so only
    the tags given here count."""
    for rule in store.tag_rules():
        store.delete_tag_rule(rule.id)
    ids = {
        # September, the first month of the period.
        "loved": add(
            store,
            "2026-09-02T10:00:00",
            "Wonderful coffee, we loved it!",
            channel="survey",
            nps_score=10,
            location="Main St",
        ),
        "cold": add(
            store,
            "2026-09-15T12:00:00",
            "Terrible. Cold food and a rude waiter.",
            channel="survey",
            nps_score=3,
            location="Main St",
            tags=("Staff",),
        ),
        "cake": add(
            store,
            "2026-09-20T15:00:00",
            "Great cake!",
            channel="google",
            rating=5,
            tags=("Quality",),
        ),
        # October: nothing at all (a gap). November:
        "back": add(
            store,
            "2026-11-03T09:00:00",
            "Lovely cakes, we will be back.",
            channel="survey",
            nps_score=9,
            location="Harbour",
            product="Cake",
            reply="Thank you!",  # an import's reply without a date
        ),
        "slow": add(
            store,
            "2026-11-05T08:00:00",
            "Slow and rude staff, awful.",
            channel="google",
            rating=2,
            tags=("Staff",),
        ),
        "nice": add(
            store, "2026-11-10T18:00:00", "Nice place, good service.", channel="yelp", rating=4
        ),
        "okay": add(store, "2026-11-15T10:00:00", "It was okay.", channel="survey", nps_score=7),
        "korean": add(store, "2026-11-16T10:00:00", "まあまあです", channel="naver"),  # no score
        "three": add(store, "2026-11-17T10:00:00", "An average visit.", channel="yelp", rating=3),
        "spam": add(
            store, "2026-11-11T10:00:00", "Buy followers now", channel="survey", nps_score=0
        ),
        "gone": add(store, "2026-11-12T10:00:00", "Bad, bad, bad.", channel="survey", nps_score=1),
        # The same stretch before (1 June to 20 August), and a day after it that is in neither.
        "july": add(
            store, "2026-07-04T10:00:00", "Great, friendly team!", channel="survey", nps_score=9
        ),
        "august": add(
            store,
            "2026-08-05T10:00:00",
            "Rude and slow, horrible.",
            channel="survey",
            nps_score=2,
            tags=("Staff",),
        ),
        "between": add(store, "2026-08-25T10:00:00", "Awful.", channel="survey", nps_score=0),
    }
    store.mark_spam([ids["spam"]])
    store.delete_feedback([ids["gone"]])
    store.add_reply(ids["loved"], "Thanks!", "2026-09-02T12:00:00")  # 2 hours
    store.add_reply(ids["slow"], "Sorry.", "2026-11-06T14:00:00")  # 30 hours
    store.add_reply(ids["three"], "Thanks.", "2026-11-18")  # a bare day: replied, not timed
    store.add_followup(ids["cold"], "2026-11-01", "call", IMPORTED)  # open and overdue
    store.add_followup(ids["slow"], "2026-11-06", "email", IMPORTED, done_at=IMPORTED)
    sentiments = {
        name: store.get_feedback(fid).sentiment
        for name, fid in ids.items()
        if name not in ("gone", "spam")
    }
    assert sentiments == {
        "loved": "positive",
        "cold": "negative",
        "cake": "positive",
        "back": "positive",
        "slow": "negative",
        "nice": "positive",
        "okay": "neutral",  # 7: a passive
        "korean": "unscored",  # no score, and in a language no model reads (Japanese)
        "three": "neutral",  # 3 stars
        "july": "positive",
        "august": "negative",
        "between": "negative",
    }
    return ids


def test_the_last_three_months_by_hand(desk):
    store, _ = desk
    board = dashboard.build(store, "3m", "month", TODAY)
    assert (board.start, board.end) == (date(2026, 9, 1), TODAY)
    assert (board.before_start, board.before_end) == (date(2026, 6, 1), date(2026, 8, 20))
    september, october, november = board.periods
    assert (september.start, september.end) == (date(2026, 9, 1), date(2026, 9, 30))
    assert october.counts is None  # a gap, not a zero
    assert (november.start, november.end) == (date(2026, 11, 1), TODAY)
    assert september.counts.nps.score == 0.0  # one promoter, one detractor
    assert november.counts.nps.score == 50.0  # a promoter and a passive
    assert november.counts.stars == (0, 1, 1, 1, 0)
    assert november.counts.average_stars == 3.0
    # September: the 2-hour answer. November: the import's undated reply, the 30-hour one
    # and the bare day's.
    assert (september.counts.replied, november.counts.replied) == (1, 3)
    assert (september.response.median_hours, november.response.median_hours) == (2.0, 30.0)
    assert november.response.answered == 1  # only the 30-hour one has times to measure
    total = board.total
    # Two promoters, a passive and a detractor of four answers: (2 - 1) / 4.
    assert (total.feedback, total.promoters, total.passives, total.detractors) == (9, 2, 1, 1)
    assert total.nps.score == 25.0
    # Margin: 1.96 * sqrt((2/4 + 1/4 - (1/4)^2) / 4) * 100 = 1.96 * 0.4146 * 100.
    assert total.nps.margin95 == 81.3
    assert (total.positive, total.neutral, total.negative, total.unscored) == (4, 2, 2, 1)
    assert total.share_negative == pytest.approx(2 / 8)  # of those with a sentiment
    # Before: one promoter and one detractor; 25 August is in neither stretch.
    assert board.before.feedback == 2
    assert board.before.nps.score == 0.0
    assert board.nps_change == 25.0
    # 25 points is well inside the margins (81 now, 139 before): not a clear change.
    assert not board.nps_change_is_clear
    assert total.star_estimate.responses == 4  # 5, 2, 4 and 3 stars: +1, -1, 0, -1
    assert total.star_estimate.score == -25.0
    assert (board.response.answered, board.response.median_hours) == (2, 16.0)
    assert board.response.within_24h == 1
    assert total.replied == 4 and total.response_rate == pytest.approx(4 / 9)
    assert board.followups == {"open": 1, "overdue": 1, "done": 1}
    assert board.channels == {"survey": 4, "google": 2, "yelp": 2, "naver": 1}
    staff = board.negative_tags[0]
    assert (staff.name, staff.count, staff.before, staff.change) == ("Staff", 2, 1, 1)
    assert [(t.name, t.count, t.before) for t in board.positive_tags] == [("Quality", 1, 0)]


def test_every_figure_equals_stats_json(desk, desk_location):
    store, _ = desk
    for choice, grouping, segment in [
        ("3m", "month", Segment()),
        ("12m", "week", Segment()),
        ("year", "quarter", Segment(location="Main St")),
        ("6m", "month", Segment(channel="google")),
        ("3m", "week", Segment(product="Cake")),
    ]:
        board = dashboard.build(store, choice, grouping, TODAY, segment)
        figures = store.stats(board.start, board.end, TODAY, segment)
        args = ["stats", "--json", "--from", str(board.start), "--to", str(board.end)]
        for name in ("channel", "location", "product"):
            if getattr(segment, name):
                args += [f"--{name}", getattr(segment, name)]
        # The command line counts follow-ups overdue as of its own today. (Its --db takes
        # a team server's address with the team desk's command line; until then the file.)
        if not store.is_server:
            printed = json.loads(cli(*args, db=desk_location).stdout)
            assert {k: v for k, v in printed.items() if k != "followups"} == {
                k: v for k, v in figures.items() if k != "followups"
            }
        total = board.total
        assert total.feedback == figures["feedback"]
        assert total.nps.as_dict() == figures["nps"]
        assert {
            "positive": total.positive,
            "neutral": total.neutral,
            "negative": total.negative,
            "unscored": total.unscored,
        } == figures["sentiment"]
        average = round(total.average_stars, 2) if total.average_stars is not None else None
        assert {"count": total.rated, "average": average} == figures["ratings"]
        assert total.replied == figures["replied"]
        assert total.needs_reply == figures["needs_reply"]
        assert board.response.as_dict() == figures["first_response"]
        assert board.response.median_hours == figures["median_first_response_hours"]
        # Open follow-ups are today's, whenever their feedback came.
        assert board.followups == store.stats(None, None, TODAY, segment)["followups"]
        assert board.channels == figures["channels"]
        assert sum(board.channels.values()) == total.feedback  # counted by another query
        # Each period is the stats of its own days.
        for period in board.periods:
            alone = store.stats(period.start, period.end, TODAY, segment)
            assert (period.counts.feedback if period.counts else 0) == alone["feedback"]
            if period.counts:
                assert period.counts.nps.as_dict() == alone["nps"]
                assert period.counts.replied == alone["replied"]
                assert period.response.as_dict() == alone["first_response"]
                average = period.counts.average_stars
                assert {
                    "count": period.counts.rated,
                    "average": round(average, 2) if average is not None else None,
                } == alone["ratings"]
                assert period.counts.negative == alone["sentiment"]["negative"]


def test_each_figure_opens_exactly_the_items_it_counts(desk):
    store, _ = desk
    board = dashboard.build(store, "12m", "month", TODAY)
    filters = {
        "feedback": {},
        "promoters": {"nps_group": "promoter"},
        "passives": {"nps_group": "passive"},
        "detractors": {"nps_group": "detractor"},
        "positive": {"sentiments": ("positive",)},
        "neutral": {"sentiments": ("neutral",)},
        "negative": {"sentiments": ("negative",)},
    }
    for period in board.periods:
        counts = period.counts
        if counts is None:
            assert store.inbox_count(board.query(period)) == 0
            continue
        for name, narrowed in filters.items():
            assert store.inbox_count(board.query(period, **narrowed)) == getattr(counts, name)
        assert store.inbox_count(board.query(period, nps_group="answered")) == counts.nps.responses
        for stars in range(1, 6):
            assert (
                store.inbox_count(board.query(period, ratings=(stars,))) == counts.stars[stars - 1]
            )
        assert store.inbox_count(board.query(period, replied=True)) == counts.replied
        assert store.inbox_count(board.query(period, replied=False)) == (
            counts.feedback - counts.replied
        )
    for channel, count in board.channels.items():
        assert store.inbox_count(board.query(channels=(channel,))) == count
    for tag in board.negative_tags:
        query = board.query(tags=(tag.tag_id,), sentiments=("negative",))
        assert store.inbox_count(query) == tag.count


def test_a_segment_narrows_every_figure_and_its_items(desk):
    store, _ = desk
    board = dashboard.build(store, "3m", "month", TODAY, Segment(location="Main St"))
    assert board.total.feedback == 2
    assert board.total.nps.score == 0.0
    assert board.channels == {"survey": 2}
    assert store.inbox_count(board.query()) == 2
    assert store.inbox_count(board.query(nps_group="detractor")) == 1


def test_weeks_start_on_monday_and_are_cut_to_the_period(desk):
    store, _ = desk
    board = dashboard.build(store, "3m", "week", TODAY)
    first, second = board.periods[:2]
    # 1 September 2026 is a Tuesday: its week began on Monday 31 August, before the period.
    assert (first.start, first.end) == (date(2026, 9, 1), date(2026, 9, 6))
    assert second.start == date(2026, 9, 7)
    assert board.periods[-1].end == TODAY
    assert sum(p.counts.feedback for p in board.periods if p.counts) == 9
    # 2 Sep; 15 and 20 Sep (a Sunday: the same week); 3 and 5 Nov; 10 and 15 Nov; 16 and 17.
    assert sum(1 for p in board.periods if p.counts) == 5


def test_a_desk_with_nothing_yet(store):
    board = dashboard.build(store, "12m", "month", TODAY)
    assert len(board.periods) == 12
    assert all(p.counts is None for p in board.periods)
    assert board.total.nps.score is None and board.nps_change is None
    assert board.total.share_negative is None and board.response.median_hours is None


@pytest.mark.parametrize(
    ("choice", "start", "before"),
    [
        ("3m", date(2026, 9, 1), (date(2026, 6, 1), date(2026, 8, 20))),
        ("6m", date(2026, 6, 1), (date(2025, 12, 1), date(2026, 5, 20))),
        ("12m", date(2025, 12, 1), (date(2024, 12, 1), date(2025, 11, 20))),
        ("year", date(2026, 1, 1), (date(2025, 1, 1), date(2025, 11, 20))),
    ],
)
def test_periods_and_the_stretch_before(choice, start, before):
    assert dashboard.period_range(choice, TODAY) == (start, TODAY)
    assert dashboard.previous_range(choice, start, TODAY) == before


def test_a_custom_period_compares_with_as_many_days_before(store):
    board = dashboard.build(
        store, "custom", "week", TODAY, custom=(date(2026, 3, 1), date(2026, 3, 31))
    )
    assert (board.before_start, board.before_end) == (date(2026, 1, 29), date(2026, 2, 28))
    with pytest.raises(ValueError, match="first day on or before"):
        dashboard.build(store, "custom", "week", TODAY, custom=(date(2026, 3, 2), date(2026, 3, 1)))


def test_month_arithmetic_keeps_to_the_end_of_short_months():
    assert dashboard.add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert dashboard.add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert dashboard.add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert dashboard.add_months(date(2026, 1, 15), -13) == date(2024, 12, 15)


def test_counts_add_up_field_by_field():
    one = dashboard.Counts(1, 1, 0, 0, 1, 0, 0, 0, (0, 0, 0, 0, 1), 1, 0)
    two = dashboard.Counts(2, 0, 1, 1, 0, 1, 1, 0, (1, 0, 0, 1, 0), 0, 2)
    both = one + two
    assert [getattr(both, f.name) for f in fields(both)] == [
        3, 1, 1, 1, 1, 1, 1, 0, (1, 0, 0, 1, 1), 1, 2
    ]  # fmt: skip


def test_a_trend_of_nps_alone(desk):
    store, _ = desk
    trend = dashboard.nps_by_period(store, date(2026, 9, 1), TODAY, "month")
    assert [(first, nps.score if nps else None) for first, nps in trend] == [
        (date(2026, 9, 1), 0.0),
        (date(2026, 10, 1), None),  # no feedback: a gap
        (date(2026, 11, 1), 50.0),
    ]
