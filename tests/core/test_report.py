"""What the monthly report says, worked out by hand: the summary's facts, the quotes chosen,
the follow-ups counted and the names shown. (Its sentences: tests/ui/test_report_words.py.)"""

from __future__ import annotations

from datetime import date

import pytest

from feedback_desk.core import report
from feedback_desk.core.records import NewFeedback

from .test_dashboard import TODAY, add, fill_desk

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Maria Gonzalez", "Maria"),
        ("Dr. Jane van der Berg", "Jane"),
        ("김민준", "김○○"),  # a Korean name: the family name and circles
        ("山田 太郎", "山田"),  # family name first
        ("O'Brien-Smythe,", "O'Brien-Smythe"),
        ("   ", ""),
        ("jane.doe@example.com", ""),  # never an address on a wall
        ("Anonymous", ""),
        ("익명", ""),
    ],
)
def test_a_report_shows_first_names_only(name, shown):
    assert report.short_name(name) == shown


def test_september_by_hand(store):
    fill_desk(store)
    made = report.build(store, "2026-09", TODAY)
    assert made.first == date(2026, 9, 1) and not made.so_far and not made.empty
    assert made.board.total.feedback == 3
    # "Great cake!" is too short to quote (under 12 characters).
    assert [q.text for q in made.loved] == ["Wonderful coffee, we loved it!"]
    assert [(q.name, q.channel) for q in made.loved] == [("", "survey")]
    assert [q.text for q in made.to_fix] == ["Terrible. Cold food and a rude waiter."]
    # One promoter and one detractor (0) after August's two detractors (-100): up 100, but
    # from two answers a side, too few to call it a rise.
    facts = made.summary
    assert (facts.nps, facts.answers, facts.nps_change, facts.change_is_clear) == (0, 2, 100, False)
    assert facts.before == date(2026, 8, 1)
    assert (facts.top_problems, facts.top_problem_count) == (("Staff",), 1)
    assert round(facts.response_rate, 2) == 0.33
    # Done in September: none. Open today of feedback up to 30 September: the cold food's.
    assert (made.followups_done, made.followups_open, made.followups_overdue) == (0, 1, 1)
    assert [f.due for f in made.open_followups] == ["2026-11-01"]


def test_the_month_so_far_and_a_move_within_chance(store):
    fill_desk(store)
    made = report.build(store, "2026-11", TODAY)
    assert made.so_far
    # November 50 from 2 answers; October had none to compare with.
    assert made.summary.so_far and (made.summary.nps, made.summary.answers) == (50, 2)
    assert made.summary.nps_change is None
    # Done in November: the slow staff's e-mail; open today: the cold food's (given in
    # September, before November's end).
    assert (made.followups_done, made.followups_open) == (1, 1)


def test_a_clear_rise_is_called_a_rise(store):
    for day in range(1, 31):
        add(store, f"2026-06-{day:02d}T10:00:00", f"Fine visit {day}", nps_score=3 + day % 2)
        add(store, f"2026-07-{day:02d}T10:00:00", f"Great visit {day}", nps_score=10)
    made = report.build(store, "2026-07", TODAY)
    assert made.board.nps_change_is_clear
    assert (made.summary.nps, made.summary.nps_change, made.summary.answers) == (100, 200, 30)
    assert made.summary.change_is_clear


def test_a_small_move_is_said_to_be_within_chance(store):
    add(store, "2026-06-02T10:00:00", "Okay", nps_score=8)
    add(store, "2026-06-03T10:00:00", "Okay", nps_score=9)
    for day in (2, 3, 4):
        add(store, f"2026-07-{day:02d}T10:00:00", "Loved it", nps_score=10)
    made = report.build(store, "2026-07", TODAY)
    facts = made.summary
    assert (facts.nps, facts.answers, facts.nps_change, facts.change_is_clear) == (
        100,
        3,
        50,
        False,
    )


def test_quotes_leave_out_mixed_signals_and_words_that_say_the_opposite(store):
    add(store, "2026-05-02T10:00:00", "Terrible awful horrible experience, never again", rating=5)
    add(store, "2026-05-03T10:00:00", "Lovely staff and a wonderful cake", rating=5)
    add(store, "2026-05-04T10:00:00", "정말 맛있어요, 또 올게요!", rating=5, channel="naver")
    made = report.build(store, "2026-05", TODAY)
    loved = [q.text for q in made.loved]
    assert "Lovely staff and a wonderful cake" in loved
    assert "정말 맛있어요, 또 올게요!" in loved  # not read by VADER: quoted on its stars
    assert not any("Terrible" in text for text in loved)


def test_a_tie_names_every_top_problem(store):
    for tag in ("Speed", "Price"):
        add(store, "2026-05-02T10:00:00", f"Bad {tag.lower()} today, awful", tags=(tag,))
    made = report.build(store, "2026-05", TODAY)
    assert made.summary.top_problems == ("Price", "Speed")
    assert made.summary.top_problem_count == 1


def test_an_empty_month(store):
    made = report.build(store, "2026-03", TODAY)
    assert made.empty and made.summary.feedback == 0 and not made.summary.so_far


@pytest.mark.parametrize("text", ["2026-13", "someday", "0001-05", "9999-12", "2026"])
def test_a_month_that_is_not_a_month(text):
    with pytest.raises(ValueError):
        report.month_days(text)


def test_month_days():
    assert report.month_days("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))


def test_a_follow_up_of_later_feedback_is_not_on_an_old_report(store):
    later = add(store, "2026-10-05T10:00:00", "Cold coffee, awful", nps_score=2)
    store.add_followup(later, "2026-10-06", "call", "2026-10-05T11:00:00")
    made = report.build(store, "2026-09", TODAY)
    assert made.followups_open == 0 and made.open_followups == []
    assert report.build(store, "2026-10", TODAY).followups_open == 1


def test_names_of_follow_ups_are_short(store):
    intake_item = NewFeedback(
        body="Rude", received_at="2026-10-05T10:00:00", author="Maria Gonzalez", nps_score=1
    )
    from feedback_desk.core import intake

    intake.add_feedback(store, [intake_item], "file")
    fid = store.conn.execute("SELECT max(id) FROM feedback").fetchone()[0]
    store.add_followup(fid, "2026-10-06", "call", "2026-10-05T11:00:00")
    made = report.build(store, "2026-10", TODAY)
    assert [f.customer for f in made.open_followups] == ["Maria"]
