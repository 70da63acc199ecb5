"""A Korean shop's desk: its channels under their Korean and English names, its paste labels,
its tags in Korean, its templates offered first for a Korean review and "장지민 님"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from feedback_desk.core import korean_tags as korean
from feedback_desk.core.intake import add_feedback, normalise_channel
from feedback_desk.core.paste import split_reviews
from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.core.templates import load_starting_templates, rank, render

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


@pytest.mark.parametrize(
    ("written", "channel"),
    [
        # How export files and owners name them (Naver Smart Place's own name, the apps' names
        # in their stores: 배달의민족, 쿠팡이츠, 요기요, 당근).
        ("네이버", "naver"),
        ("naver", "naver"),
        ("Naver Place", "naver"),
        ("네이버 플레이스", "naver"),
        ("NAVER", "naver"),
        ("카카오맵", "kakao"),
        ("Kakao Map", "kakao"),
        ("배달의민족", "baemin"),
        ("배민", "baemin"),
        ("Baemin", "baemin"),
        ("쿠팡이츠", "coupang_eats"),
        ("Coupang Eats", "coupang_eats"),
        ("요기요", "yogiyo"),
        ("당근마켓", "daangn"),
        ("인스타그램", "instagram"),
        ("구글", "google"),
        ("Tripadvisor", "tripadvisor"),  # a channel we do not know stays itself
    ],
)
def test_korean_and_english_names_give_one_channel(written, channel):
    assert normalise_channel(written) == channel


def test_a_file_saying_네이버_makes_no_second_channel(store):
    items = [
        NewFeedback(body="맛있어요", channel="네이버", received_at="2026-11-02T10:00:00"),
        NewFeedback(body="Lovely", channel="Naver", received_at="2026-11-03T10:00:00"),
        NewFeedback(body="좋아요", channel="Naver Place", received_at="2026-11-04T10:00:00"),
    ]
    add_feedback(store, items, "file")
    assert {item.channel for item in store.iter_feedback()} == {"naver"}


def test_the_paste_dialog_reads_korean_labels():
    pasted = "작성자: 장지민\n날짜: 2026-11-05\n별점: 4\n채널: 배달의민족\n빵이 맛있어요."
    (review,) = split_reviews(pasted)
    item = review.feedback
    assert (item.author, item.received_at[:10], item.rating) == ("장지민", "2026-11-05", 4)
    assert normalise_channel(item.channel) == "baemin" and item.body == "빵이 맛있어요."
    (scored,) = split_reviews("닉네임: 지민\n평점: 2\n늦게 왔어요")
    assert (scored.feedback.author, scored.feedback.rating) == ("지민", 2)


def korean_review(**fields) -> object:
    from tests.core.test_templates import item

    return item(**{"body": "배달이 너무 늦었어요. 빵도 식었고요.", "author": "장지민", **fields})


def test_a_korean_review_is_offered_the_korean_templates_first():
    templates = [
        replace(t, id=n)
        for n, t in enumerate(load_starting_templates() + load_starting_templates("ko"))
    ]
    review = korean_review(sentiment="negative", rating=1, tags=("Speed",))
    best = rank(templates, review)[0]
    assert best.name == "배달 지연·문제 사과"
    english = replace(review, body="The delivery was very late and cold.", author="Jane Smith")
    assert not any("가" <= ch <= "힣" for ch in rank(templates, english)[0].body)


def test_korean_templates_greet_by_full_name_with_님_and_never_hi():
    (thanks,) = [t for t in load_starting_templates("ko") if t.name == "감사 인사: 좋은 리뷰"]
    text = render(thanks.body, korean_review(), "해오름 베이커리", "박민", date(2026, 11, 5))
    assert text.startswith("장지민 님, 안녕하세요!") and "Hi" not in text
    nameless = render(thanks.body, korean_review(author=""), "", "", date(2026, 11, 5))
    assert nameless.startswith("고객님, 안녕하세요!")


def test_every_nps_group_and_the_fake_review_have_a_korean_template():
    suits = {label for t in load_starting_templates("ko") for label in t.sentiments}
    assert {"positive", "neutral", "negative", "detractor", "passive", "promoter", "spam"} <= suits


def test_a_new_desk_opened_in_korean_has_korean_tags_whose_rules_read_korean(store):
    assert korean.name_tags_in_korean(store)
    names = {tag.name for tag in store.tags(counted=False)}
    assert {"속도", "주문 누락", "맛·품질"} <= names and "Speed" not in names
    store.add_starting_templates("ko")
    templates = store.response_templates()
    assert all(any("가" <= ch <= "힣" for ch in t.body) for t in templates)
    (late,) = [t for t in templates if t.name == "배달 지연·문제 사과"]
    assert late.tags == ("속도",)
    add_feedback(
        store, [NewFeedback(body="배달이 한참 늦게 왔어요", received_at="2026-11-05")], "paste"
    )
    (item,) = store.iter_feedback()
    assert "속도" in item.tags
    assert not korean.name_tags_in_korean(store)  # once


def test_a_desk_in_use_keeps_its_tags(store):
    add_feedback(store, [NewFeedback(body="Slow today", received_at="2026-11-05")], "paste")
    assert not korean.name_tags_in_korean(store)
    assert "Speed" in {tag.name for tag in store.tags(counted=False)}
    assert store.inbox_count(InboxQuery()) == 1
