"""The demo must tell the story the dashboard is built for: months of feedback on every channel,
answered and followed up, with an NPS that gets better."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest

from feedback_desk.core.demo import DemoSummary, load_demo, months_before
from feedback_desk.core.records import InboxQuery
from feedback_desk.core.sentiment import label_from_compound, label_from_score
from feedback_desk.core.store import Store
from tests.conftest import STARTING_TAGS

TODAY = date(2025, 6, 14)
EVERY_CHANNEL = {"google", "yelp", "naver", "facebook", "survey", "email", "phone", "in_person"}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("demo") / "demo.db")
    summary = load_demo(store, today=TODAY)
    yield store, summary
    store.close()


def month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def test_spans_six_months_and_every_channel(loaded):
    store, summary = loaded
    stats = store.stats(today=TODAY)
    start, end = (date.fromisoformat(stats["period"][k]) for k in ("from", "to"))
    assert (end - start).days >= 183
    assert end < TODAY
    assert set(stats["channels"]) == EVERY_CHANNEL
    # Spam is stored but counts in no figure.
    spam = store.inbox_count(InboxQuery(spam="only"))
    assert 400 <= stats["feedback"] + spam == summary.added <= 500
    assert set(summary.channels) == EVERY_CHANNEL
    assert summary.describe().startswith(f"Added {summary.added} demo feedback items over 7 ")


def test_scores_match_channels(loaded):
    store, _ = loaded
    items = list(store.iter_feedback())
    for item in items:
        if item.channel == "survey":
            assert item.nps_score is not None and item.rating is None
        elif item.channel in ("google", "yelp", "naver", "facebook"):
            assert item.rating is not None and item.nps_score is None
        else:
            assert item.rating is None and item.nps_score is None
        assert item.location in ("Main Street", "Riverside")
        assert item.product and item.author
        if item.channel in ("email", "phone"):
            assert item.email or item.phone
    stats = store.stats(today=TODAY)
    assert stats["nps"]["responses"] >= 100
    assert stats["ratings"]["count"] >= 100
    assert 2.5 < stats["ratings"]["average"] < 4.5
    mix = stats["sentiment"]
    assert mix["positive"] > mix["negative"] > 0 and mix["neutral"] > 0


def test_korean_items_are_scored_from_their_stars_or_their_words(loaded):
    store, _ = loaded
    korean = [f for f in store.iter_feedback() if f.language == "ko"]
    assert len(korean) >= 15
    assert sum(f.channel == "naver" for f in korean) >= 10
    for item in korean:
        from_score = label_from_score(item.rating, item.nps_score)
        # Without stars the Korean text model reads the words.
        assert item.compound is not None
        assert item.sentiment == (from_score or label_from_compound(item.compound, "ko"))
    assert {f.sentiment for f in korean} >= {"positive", "negative"}
    # A croissant review on Naver (stars) and a phone call about the matcha croissant (none).
    found = {(f.channel, f.rating, f.sentiment) for f in store.search("크루아상")}
    assert any(c == "naver" and s == "positive" for c, _, s in found)
    assert any(c in ("phone", "in_person") and r is None and s != "unscored" for c, r, s in found)


def test_tags_replies_and_followups(loaded):
    store, _ = loaded
    stats = store.stats(today=TODAY)
    assert {t["tag"] for t in stats["top_tags"]} == STARTING_TAGS
    older = store.stats(end=TODAY - timedelta(days=4), today=TODAY)
    assert 0.6 <= older["replied"] / older["feedback"] <= 0.8
    recent = store.stats(start=TODAY - timedelta(days=3), today=TODAY)
    assert recent["feedback"] > 0 and recent["replied"] == 0
    assert 1 <= stats["median_first_response_hours"] <= 48
    followups = stats["followups"]
    upcoming = followups["open"] - followups["overdue"]
    assert followups["overdue"] > 0 and upcoming > 0
    assert followups["done"] > followups["open"]
    assert store.search("overpriced")[0].tags
    assert store.inbox_count(InboxQuery(status="resolved")) > 20
    assert store.inbox_count(InboxQuery(status="follow_up")) > 0
    assert store.inbox_count(InboxQuery(status="ignored", spam="include")) >= 2


def test_mixed_signals_are_there(loaded):
    store, _ = loaded
    mixed = [f for f in store.iter_feedback() if f.mixed]
    assert any(f.rating == 1 for f in mixed)
    assert any(f.nps_score == 10 for f in mixed)


def test_nps_improves_over_the_months(loaded):
    store, _ = loaded
    first = months_before(TODAY, 7).replace(day=1)
    second_end = month_end(month_end(first) + timedelta(days=1))
    early = store.stats(first, second_end, today=TODAY)["nps"]
    last_two = (TODAY.replace(day=1) - timedelta(days=1)).replace(day=1)
    late = store.stats(last_two, TODAY, today=TODAY)["nps"]
    assert early["responses"] >= 20 and late["responses"] >= 20
    assert early["score"] < 20 < late["score"]
    assert late["score"] - early["score"] >= 15


def test_second_load_adds_nothing(tmp_path):
    with Store(tmp_path / "twice.db") as store:
        first = load_demo(store, today=TODAY)
        before = store.stats(today=TODAY)
        again = load_demo(store, today=TODAY)
        assert first.added > 0
        assert again == DemoSummary(0, 7, ())
        assert "nothing added" in again.describe()
        assert store.stats(today=TODAY) == before


def test_same_seed_same_demo_other_seed_other_demo(tmp_path):
    def items(name: str, seed: int) -> list[tuple]:
        with Store(tmp_path / name) as store:
            load_demo(store, today=TODAY, seed=seed)
            return [(f.received_at, f.channel, f.author, f.body) for f in store.iter_feedback()]

    assert items("a.db", 7) == items("b.db", 7)
    assert items("a.db", 7) != items("c.db", 8)


@pytest.mark.parametrize("today", [date(2026, 1, 2), date(2025, 3, 31), date(2024, 2, 29)])
def test_any_today_gives_a_full_demo(tmp_path, today):
    with Store(tmp_path / "any.db") as store:
        summary = load_demo(store, today=today)
        stats = store.stats(today=today)
    assert summary.added >= 400 and set(summary.channels) == EVERY_CHANNEL
    assert stats["period"]["to"] < today.isoformat()


def test_import_does_no_work():
    code = (
        "import sys, feedback_desk.core.demo; "
        "assert 'vaderSentiment' not in sys.modules and 'PySide6' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_spam_is_marked_reported_and_counts_nowhere(loaded):
    from feedback_desk.core.records import InboxQuery

    store, _ = loaded
    spam = store.inbox_count(InboxQuery(spam="only"))
    assert spam >= 2
    everything = store.inbox_count(InboxQuery(spam="include"))
    assert store.stats(today=TODAY)["feedback"] == everything - spam


KOREAN_CHANNELS = {"naver", "kakao", "baemin", "coupang_eats", "yogiyo", "daangn", "instagram"}


def test_the_korean_demo_is_a_korean_shop(tmp_path):
    """Under Korean: 해오름 베이커리, its reviews on Naver, Kakao Map and the delivery apps, a
    Korean survey, and replies in Korean."""
    with Store(tmp_path / "demo.db") as store:
        summary = load_demo(store, today=TODAY, language="ko")
        items = list(store.iter_feedback())
        assert 400 <= summary.added <= 500
        assert set(summary.channels) >= KOREAN_CHANNELS
        hangul = [i for i in items if any("가" <= ch <= "힣" for ch in i.body)]
        assert len(hangul) == len(items)
        assert {i.location for i in items} == {"본점", "연남점"}
        surveys = [i for i in items if i.channel == "survey"]
        assert surveys and all(i.nps_score is not None for i in surveys)
        replies = [r for i in items[:200] for r in store.replies_of(i.id)]
        assert replies and all(any("가" <= ch <= "힣" for ch in r.body) for r in replies)
        assert set(store.team()) == {"박민", "이수진"}
