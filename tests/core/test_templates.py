"""Response templates: placeholders and their fallbacks, the starting set, ranking, files.

Expectations are written out by hand."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import pytest

from feedback_desk.core.records import Feedback
from feedback_desk.core.templates import (
    PLACEHOLDERS,
    ResponseTemplate,
    export_templates,
    first_name,
    import_templates,
    load_starting_templates,
    rank,
    render,
)
from tests.conftest import STARTING_TAGS

TODAY = date(2026, 5, 20)


def item(**changes) -> Feedback:
    base = Feedback(
        id=1,
        received_at="2026-10-03T14:05:00",
        channel="google",
        author="Jane Smith",
        email="",
        phone="",
        rating=None,
        nps_score=None,
        title="",
        body="",
        location="Mapo",
        product="sourdough loaf",
        language="en",
        sentiment="negative",
        compound=None,
        sentiment_overridden=False,
        mixed=False,
        status="new",
        assignee="",
        external_id="",
        batch_id=None,
        is_spam=False,
        extra={},
        created_at="2026-10-03T14:05:00",
        updated_at="2026-10-03T14:05:00",
    )
    return replace(base, **changes)


EMPTY = item(author="", product="", location="", channel="other", received_at="")


def r(body: str, it: Feedback | None = None, business: str = "", owner: str = "") -> str:
    return render(body, it, business, owner, date(2026, 11, 1))


# --- rendering -------------------------------------------------------------------------------


def test_every_placeholder_present():
    body = (
        "Hi {first_name} ({customer_name}), thanks for your {channel} review of {date} "
        "about the {product} at {location}. {owner_name}, {business_name}"
    )
    assert r(body, item(), "Sunny Bakery", "Min") == (
        "Hi Jane (Jane Smith), thanks for your Google review of 3 October "
        "about the sourdough loaf at Mapo. Min, Sunny Bakery"
    )


def test_date_of_another_year_carries_the_year():
    assert r("{date}", item(received_at="2025-01-09")) == "9 January 2025"
    assert r("{date}", item(received_at="2026-12-25")) == "25 December"


@pytest.mark.parametrize(
    ("channel", "shown"),
    [
        ("google", "Google"),
        ("naver", "Naver"),
        ("in_person", "In person"),
        ("kakao", "Kakao Map"),
        ("tiktok", "Tiktok"),
    ],
)
def test_channel_display_names(channel, shown):
    assert r("{channel}", item(channel=channel)) == shown


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hi {first_name},", "Hi there,"),
        ("Hello {first_name}!", "Hello there!"),
        ("Hi, {first_name}!", "Hi there!"),
        ("Dear {customer_name},", "Dear customer,"),
        ("Thank you, {first_name}!", "Thank you!"),
        ("Thanks {first_name}.", "Thanks."),
        ("Thank you, {first_name}, for coming.", "Thank you for coming."),
        ("See you soon, {first_name}.", "See you soon."),
        ("{first_name}, thank you for writing.", "Thank you for writing."),
        ("We hope to see {first_name} again.", "We hope to see you again."),
        ("I am sorry {first_name} that it went wrong.", "I am sorry that it went wrong."),
        ("Good morning {first_name},", "Good morning,"),
        ("Thank you for visiting {business_name}.", "Thank you for visiting us."),
        ("{business_name} is proud of its bread.", "Our team is proud of its bread."),
        ("All of us at {business_name} say thanks.", "All of us here say thanks."),
        ("Your time at {business_name} matters.", "Your time with us matters."),
        ("The {business_name} team", "The team"),
        ("{business_name}'s staff", "Our staff"),
        ("Best,\n{owner_name}", "Best,\nThe team"),
        ("Best,\n{owner_name}\n{business_name}", "Best,\nThe team"),
        ("Best,\n{owner_name}, {business_name}", "Best,\nThe team"),
        ("Regards, {owner_name} at {business_name}", "Regards, the team"),
        ("Thanks! ({channel})", "Thanks!"),
        ("Ask for {owner_name} next time.", "Ask for the team next time."),
        ("Sorry about the {product}.", "Sorry about your order."),
        ("The {product} was late.", "Your order was late."),
        ("{product} is on us.", "Your order is on us."),
        ("Welcome to {location}.", "Welcome to our shop."),
        ("Our {location} branch is open.", "Our branch is open."),
        ("Thanks for your review on {channel}.", "Thanks for your review."),
        ("Your {channel} review helps.", "Your review helps."),
        ("Sorry about your visit on {date}.", "Sorry about your visit."),
        ("On {date}, you wrote to us.", "Recently, you wrote to us."),
        ("Hi {first_name}, about {product} at {location} on {date}: sorry.", None),
    ],
)
def test_fallbacks_for_missing_values(body, expected):
    out = r(body, EMPTY)
    if expected is not None:
        assert out == expected
    assert "{" not in out and "}" not in out
    assert "  " not in out and " ," not in out and " ." not in out


def test_no_item_at_all_reads_like_a_missing_one():
    body = "Hi {first_name},\n\nThanks for visiting {business_name}.\n\n{owner_name}"
    assert render(body, None, "", "", TODAY) == "Hi there,\n\nThanks for visiting us.\n\nThe team"


def test_whitespace_only_settings_count_as_missing():
    assert r("{owner_name}\n{business_name}", item(), "   ", " \t") == "The team"


def test_value_fills_and_fallback_mix_in_one_text():
    body = "Hi {first_name}, sorry about the {product}.\n{owner_name}\n{business_name}"
    assert r(body, item(author="", product="flat white"), "Blue Door", "") == (
        "Hi there, sorry about the flat white.\nThe team\nBlue Door"
    )


@pytest.mark.parametrize(
    ("author", "first", "full"),
    [
        ("Jane Smith", "Jane", "Jane Smith"),
        ("  jane   smith ", "Jane", "jane smith"),
        ("JOHN", "John", "JOHN"),
        ("Mrs. Jane Smith", "Jane", "Mrs. Jane Smith"),
        ("Mrs. Smith", "Mrs. Smith", "Mrs. Smith"),
        ("Dr Kim", "Dr Kim", "Dr Kim"),
        ("J. Smith", "J. Smith", "J. Smith"),
        ("김지우", "김지우", "김지우"),
        ("김 지우", "김 지우", "김 지우"),
        ("남궁 민", "남궁 민", "남궁 민"),
        ("山田太郎", "山田太郎", "山田太郎"),
        ("Anonymous", "there", "customer"),
        ("A Google User", "there", "customer"),
        ("jane@example.com", "there", "customer"),
        ("Mr.", "there", "customer"),
    ],
)
def test_names(author, first, full):
    it = item(author=author)
    assert r("Hi {first_name}", it) == f"Hi {first}"
    assert r("Dear {customer_name}", it) == f"Dear {full}"


def test_first_name_helper_keeps_korean_names_whole():
    assert first_name("김지우") == "김지우"
    assert first_name("") == ""


@pytest.mark.parametrize(
    "author",
    [
        "{admin}",
        "{first_name}",
        "Bobby'); DROP TABLE feedback;--",
        '"Quoted" O\'Brien',
        "<b>Bold</b> &amp;",
        "Zoë 🍞",
        "{0} {} %s \\1 \\g<0>",
    ],
)
def test_odd_characters_in_values_go_in_literally(author):
    assert r("Hi {customer_name}!", item(author=author)) == f"Hi {author}!"


def test_odd_characters_in_settings_and_product():
    it = item(product="{product} & <i>cake</i>", location="{date}")
    out = r("{business_name}: {product} at {location}", it, "Kim's {Café}", "x")
    assert out == "Kim's {Café}: {product} & <i>cake</i> at {date}"


@pytest.mark.parametrize(
    "body",
    [
        "Use code {foo} at {business_name}",
        "Braces { alone } and {} and {{first_name}} and {first_name",
        "{0} {!r} {first_name:>10} %(name)s",
        "{FOO_BAR}",
    ],
)
def test_unknown_placeholders_and_literal_braces_are_kept(body):
    out = r(body, item(), "Shop", "Min")
    expected = body.replace("{business_name}", "Shop").replace("{{first_name}}", "{Jane}")
    assert out == expected


def test_placeholder_names_are_not_case_sensitive():
    assert r("Hi {First_Name} / {CHANNEL}", item()) == "Hi Jane / Google"


def test_newlines_and_spacing_of_the_owners_text_are_kept():
    body = "Hi {first_name},\n\n  Indented  text.\n\n\nBye"
    assert r(body, item()) == "Hi Jane,\n\n  Indented  text.\n\n\nBye"


# --- starting templates ----------------------------------------------------------------------


def test_starting_templates_are_the_good_practice_set():
    templates = load_starting_templates()
    assert 14 <= len(templates) <= 20
    assert len({t.name for t in templates}) == len(templates)
    for t in templates:
        assert t.id is None and t.uses == 0
        assert set(t.tags) <= STARTING_TAGS, t.name
        assert t.sentiments, t.name
        for name in re.findall(r"\{(\w+)\}", t.body):
            assert name in PLACEHOLDERS, (t.name, name)
    labels = {label for t in templates for label in t.sentiments}
    assert labels == {"positive", "neutral", "negative", "detractor", "passive", "promoter", "spam"}
    tags = {tag for t in templates for tag in t.tags}
    assert {"Speed", "Order accuracy", "Price", "Staff", "Quality"} <= tags
    for t in templates:
        text = t.body.lower()
        if "negative" in t.sentiments:
            assert "call me" in text or "write to us" in text, t.name  # moves it private
            assert "sorry" in text and "thank" in text, t.name
        if t.sentiments == ("positive",) and not t.tags:
            assert "another site" in text or "review" in text, t.name
    fake = next(t for t in templates if "spam" in t.sentiments)
    assert "no record" in fake.body


@pytest.mark.parametrize("it", [None, EMPTY, item(author="김지우", sentiment="positive")])
def test_starting_templates_render_as_sentences_without_braces(it):
    for t in load_starting_templates():
        out = render(t.body, it, "", "", TODAY)
        assert "{" not in out and "}" not in out, t.name
        assert "  " not in out and " ," not in out and " ." not in out, t.name
        assert "there there" not in out, t.name
        paragraphs = [p for p in out.split("\n\n") if p]
        assert paragraphs[0][0].isupper() or paragraphs[0].startswith("Hi"), t.name
        for paragraph in paragraphs[1:-1]:
            assert paragraph[0].isupper(), (t.name, paragraph)
            assert paragraph.rstrip()[-1] in ".!?", (t.name, paragraph)
        assert paragraphs[-1] == "The team", t.name


def test_starting_template_with_everything_filled():
    fake = next(t for t in load_starting_templates() if t.name == "Suspected fake review")
    out = render(fake.body, item(is_spam=True), "Sunny Bakery", "Min", TODAY)
    assert "matching this review on 3 October, and" in out
    assert out.endswith("\n\nMin\nSunny Bakery")


# --- ranking ---------------------------------------------------------------------------------


def tpl(tid: int, name: str, sentiments=(), tags=()) -> ResponseTemplate:
    return ResponseTemplate(tid, name, "Hi {first_name}", tuple(sentiments), tuple(tags))


LIBRARY = [
    tpl(1, "General", ()),
    tpl(2, "Negative", ("negative",)),
    tpl(3, "Slow service", ("negative",), ("Speed",)),
    tpl(4, "Rude staff", ("negative",), ("Staff",)),
    tpl(5, "Positive", ("positive",)),
    tpl(6, "Neutral", ("neutral",)),
    tpl(7, "NPS detractor", ("negative", "detractor")),
    tpl(8, "NPS passive", ("neutral", "passive")),
    tpl(9, "NPS promoter", ("positive", "promoter")),
    tpl(10, "Fake review", ("spam",)),
    tpl(11, "Slow and rude", ("negative",), ("Speed", "Staff")),
]


def names(templates) -> list[str]:
    return [t.name for t in templates]


@pytest.mark.parametrize(
    ("it", "similar", "expected"),
    [
        (
            item(sentiment="negative", tags=("Speed",)),
            {},
            ["Slow and rude", "Slow service", "Negative", "Rude staff", "General"],
        ),
        (
            item(sentiment="negative", tags=("speed", "Staff")),
            {},
            ["Slow and rude", "Rude staff", "Slow service", "Negative", "General"],
        ),
        (
            item(sentiment="negative", tags=("Speed",)),
            {3: 2, 11: 1, 4: 5},
            ["Slow service", "Slow and rude", "Negative", "Rude staff", "General"],
        ),
        (
            item(sentiment="negative", tags=("Speed", "Staff")),
            {3: 2},
            ["Slow service", "Slow and rude", "Rude staff", "Negative", "General"],
        ),
        (
            item(sentiment="negative", tags=()),
            {4: 1},
            ["Negative", "Rude staff", "Slow and rude", "Slow service", "General"],
        ),
        (item(sentiment="positive"), {}, ["Positive", "General"]),
        (item(sentiment="neutral"), {}, ["Neutral", "General"]),
        (
            item(sentiment="negative", nps_score=3, tags=("Speed",)),
            {},
            ["NPS detractor", "Slow and rude", "Slow service", "Negative"],
        ),
        (item(sentiment="neutral", nps_score=8), {}, ["NPS passive", "Neutral", "General"]),
        (item(sentiment="positive", nps_score=10), {}, ["NPS promoter", "Positive", "General"]),
        (item(sentiment="unscored", nps_score=6), {}, ["NPS detractor", "Negative"]),
        (item(sentiment="unscored", rating=5), {}, ["Positive", "General"]),
        (item(sentiment="negative", is_spam=True), {}, ["Fake review", "Negative"]),
    ],
)
def test_rank_best_first(it, similar, expected):
    ranked = names(rank(LIBRARY, it, similar))
    assert ranked[: len(expected)] == expected
    assert sorted(ranked) == sorted(names(LIBRARY))  # nothing is dropped


@pytest.mark.parametrize(
    ("it", "last"),
    [
        (item(sentiment="negative"), {"Fake review", "NPS detractor"}),
        (item(sentiment="negative", nps_score=8), {"NPS detractor"}),
        (item(sentiment="positive", nps_score=None), {"NPS promoter", "Fake review"}),
    ],
)
def test_special_templates_sink_for_items_they_do_not_fit(it, last):
    ranked = names(rank(LIBRARY, it))
    general = ranked.index("General")
    for name in last:
        assert ranked.index(name) > general, name


def test_rank_is_deterministic_ties_by_name():
    same = [tpl(3, "b"), tpl(1, "C"), tpl(2, "a"), tpl(None, "a")]
    ranked = rank(same, item(sentiment="positive"))
    assert [(t.name, t.id) for t in ranked] == [("a", None), ("a", 2), ("b", 3), ("C", 1)]
    assert rank(list(reversed(same)), item(sentiment="positive")) == ranked


def test_rank_unscored_item_puts_general_first():
    ranked = names(rank(LIBRARY, item(sentiment="unscored")))
    assert ranked[0] == "General"


# --- files -----------------------------------------------------------------------------------


def test_export_import_round_trip(tmp_path):
    templates = [
        ResponseTemplate(
            4, "Sorry 😔", "Hi {first_name}, 죄송합니다 {foo}", ("negative",), ("Speed",), 9
        ),
        ResponseTemplate(None, "Fake", "We have no record.", ("spam",), (), 0),
    ]
    path = tmp_path / "shared.json"
    export_templates(templates, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "feedback-desk-templates" and data["version"] == 1
    assert "uses" not in data["templates"][0] and "id" not in data["templates"][0]
    back = import_templates(path)
    assert back == [replace(t, id=None, uses=0) for t in templates]
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_starting_file_is_an_importable_templates_file(tmp_path):
    path = tmp_path / "again.json"
    export_templates(load_starting_templates(), path)
    assert import_templates(path) == load_starting_templates()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,body\nx,y\n", "not a Feedback Desk templates file"),
        ('{"format": "something-else", "version": 1, "templates": []}', "not a Feedback Desk"),
        ("[1, 2, 3]", "not a Feedback Desk templates file"),
        ('{"format": "feedback-desk-templates", "version": 9, "templates": []}', "newer version"),
        ('{"format": "feedback-desk-templates", "version": "1", "templates": []}', "version"),
        ('{"format": "feedback-desk-templates", "version": 1}', "no list of templates"),
        (
            '{"format": "feedback-desk-templates", "version": 1, "templates": [{"body": "x"}]}',
            "Template 1 has no name",
        ),
        (
            '{"format": "feedback-desk-templates", "version": 1, '
            '"templates": [{"name": "A", "body": " "}]}',
            "has no text",
        ),
        (
            '{"format": "feedback-desk-templates", "version": 1, '
            '"templates": [{"name": "A", "body": "b", "sentiments": ["angry"]}]}',
            "“angry” is not one of",
        ),
        (
            '{"format": "feedback-desk-templates", "version": 1, '
            '"templates": [{"name": "A", "body": "b", "tags": "Speed"}]}',
            "must be a list",
        ),
    ],
)
def test_bad_files_are_refused_in_plain_words(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)):
        import_templates(path)


def test_binary_and_missing_files_are_refused(tmp_path):
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    with pytest.raises(ValueError, match="not a Feedback Desk templates file"):
        import_templates(binary)
    with pytest.raises(ValueError, match="Could not read"):
        import_templates(tmp_path / "missing.json")
