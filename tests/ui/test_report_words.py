"""The report's sentences, written by the window from the core's facts: in English with its
singular and plural, and in Korean in Korean word order, with the locale's month names."""

from __future__ import annotations

import pytest

from feedback_desk.core import report
from feedback_desk.ui import language
from feedback_desk.ui.report.words import words
from tests.core.test_dashboard import TODAY, add, fill_desk


def test_september_by_hand(store):
    fill_desk(store)
    made = report.build(store, "2026-09", TODAY)
    assert words().summary(made.summary) == (
        "In September 2026, NPS was 0 from 2 answers (up 100 on August, within what chance "
        "alone can move it), the most mentioned problem was Staff (1 time) and you answered 33% "
        "of the feedback."
    )
    assert [words().who(q) for q in made.loved] == ["A customer, Survey"]


def test_the_month_so_far(store):
    fill_desk(store)
    made = report.build(store, "2026-11", TODAY)
    assert (
        words()
        .summary(made.summary)
        .startswith("So far in November 2026, NPS was +50 from 2 answers,")
    )


def test_a_clear_rise_is_called_a_rise(store):
    for day in range(1, 31):
        add(store, f"2026-06-{day:02d}T10:00:00", f"Fine visit {day}", nps_score=3 + day % 2)
        add(store, f"2026-07-{day:02d}T10:00:00", f"Great visit {day}", nps_score=10)
    made = report.build(store, "2026-07", TODAY)
    assert (
        words()
        .summary(made.summary)
        .startswith("In July 2026, NPS rose 200 points on June to +100 from 30")
    )


def test_a_tie_names_every_top_problem(store):
    for tag in ("Speed", "Price"):
        add(store, "2026-05-02T10:00:00", f"Bad {tag.lower()} today, awful", tags=(tag,))
    made = report.build(store, "2026-05", TODAY)
    assert "the most mentioned problems were Price and Speed (1 time each)" in (
        words().summary(made.summary)
    )


def test_an_empty_month(store):
    made = report.build(store, "2026-03", TODAY)
    assert words().summary(made.summary) == "No feedback was recorded in March 2026."


@pytest.fixture
def korean(qapp):
    language.install(qapp, "ko")
    yield
    language.install(qapp, "en")


def test_in_korean_the_sentence_is_korean(store, korean):
    fill_desk(store)
    made = report.build(store, "2026-09", TODAY)
    sentence = words().summary(made.summary)
    assert sentence.startswith("2026년 9월")
    assert "응답 2건" in sentence and "8월" in sentence and "33%" in sentence
    assert "September" not in sentence and "answers" not in sentence
    assert words().who(made.loved[0]) == "손님 · 설문"
    empty = report.build(store, "2026-03", TODAY)
    assert words().summary(empty.summary) == "2026년 3월에는 기록된 피드백이 없습니다."
