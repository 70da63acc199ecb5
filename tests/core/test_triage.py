"""Triage: tags and their rules, filters, saved views, status, spam, sentiment, notes, trash,
and the undo helpers that put each bulk change back exactly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from feedback_desk.core import intake, views
from feedback_desk.core.importer import run_import
from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.core.search_text import keyword_query
from feedback_desk.core.store.query import where_clause
from tests.conftest import STARTING_TAGS

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


def add(store, *items: NewFeedback) -> list[int]:
    batch = intake.add_feedback(store, list(items), source="form").batch_id
    return [row[0] for row in store.feedback_in_batch(batch)]


def one(store, body: str = "", **fields) -> int:
    return add(store, NewFeedback(body=body, received_at="2025-03-01T10:00:00", **fields))[0]


def tag_id(store, name: str) -> int:
    return next(t.id for t in store.tags() if t.name == name)


def tags_of(store, fid: int) -> tuple[str, ...]:
    return store.get_feedback(fid).tags


def page_ids(store, query: InboxQuery) -> list[int]:
    return [r.id for r in store.inbox_page(0, 1000, query)]


# Tags ------------------------------------------------------------------------------------------
def test_a_new_database_has_the_starting_tags_with_distinct_colours_and_rules(store):
    tags = store.tags()
    assert {t.name for t in tags} == STARTING_TAGS
    assert len({t.color for t in tags}) == len(tags)
    assert all(t.count == 0 and t.color.startswith("#") for t in tags)
    assert {r.tag_name for r in store.tag_rules()} == STARTING_TAGS
    assert "took forever" in next(r for r in store.tag_rules() if r.tag_name == "Speed").keywords


def test_tags_create_rename_colour_delete(store):
    vip = store.create_tag("VIP")
    assert {t.name for t in store.tags()} == STARTING_TAGS | {"VIP"}
    with pytest.raises(ValueError):
        store.create_tag("vip")
    with pytest.raises(ValueError):
        store.rename_tag(vip, "speed")
    store.rename_tag(vip, "Regulars")
    store.set_tag_color(vip, "#AABBCC")
    with pytest.raises(ValueError):
        store.set_tag_color(vip, "red")
    tag = next(t for t in store.tags() if t.id == vip)
    assert (tag.name, tag.color) == ("Regulars", "#aabbcc")
    fid = one(store, "A regular")
    assert store.tag([fid], vip) == [fid]
    store.delete_tag(vip)
    assert tags_of(store, fid) == ()
    assert "Regulars" not in {t.name for t in store.tags()}


def test_tag_and_untag_return_only_what_changed_so_undo_is_exact(store):
    a, b, c = add(store, *(NewFeedback(body=f"item {n}") for n in range(3)))
    vip = store.create_tag("VIP")
    store.tag([a], vip)
    assert store.tag([a, b, c, b], vip) == [b, c]
    store.untag([b, c], vip)  # undo
    assert [tags_of(store, i) for i in (a, b, c)] == [("VIP",), (), ()]
    removed = store.untag([a, b], vip)
    assert removed == [a]
    store.tag(removed, vip)  # undo
    assert tags_of(store, a) == ("VIP",)
    assert next(t for t in store.tags() if t.id == vip).count == 1


def test_merge_keeps_one_link_per_item_and_moves_rules_and_undo_restores(store):
    a, b, c = add(store, *(NewFeedback(body=f"item {n}") for n in range(3)))
    x, y, z = (store.create_tag(n) for n in ("Coffee", "Kaffee", "Cafe"))
    store.tag([a, b], x)
    store.tag([b, c], y)
    store.tag([c], z)
    rule = store.add_tag_rule(y, "kaffee")
    before = store.tag_snapshot([x, y, z])
    assert store.merge_tags([y, z, x], into=x) == 1  # only c was new to Coffee
    assert [tags_of(store, i) for i in (a, b, c)] == [("Coffee",), ("Coffee",), ("Coffee",)]
    assert next(r for r in store.tag_rules() if r.id == rule).tag_id == x
    assert {t.name for t in store.tags()} == STARTING_TAGS | {"Coffee"}
    store.restore_tags(before)
    assert [tags_of(store, i) for i in (a, b, c)] == [
        ("Coffee",),
        ("Coffee", "Kaffee"),
        ("Cafe", "Kaffee"),
    ]
    assert next(r for r in store.tag_rules() if r.id == rule).tag_id == y


def test_tag_counts_leave_the_trash_out(store):
    a, b = add(store, NewFeedback(body="one"), NewFeedback(body="two"))
    vip = store.create_tag("VIP")
    store.tag([a, b], vip)
    store.delete_feedback([b])
    assert next(t for t in store.tags() if t.id == vip).count == 1


# Rules -----------------------------------------------------------------------------------------
def test_keyword_queries_are_whole_words_and_phrases():
    assert keyword_query("late") == '"late"'
    assert keyword_query("took forever") == '"took forever"'
    assert keyword_query("불친절") == '"불친 친절"'
    assert keyword_query('x" OR y') == '"x OR y"'  # quotes cannot open an operator


def test_rules_preview_then_apply_whole_words_any_case(store):
    for rule in store.tag_rules():
        store.update_tag_rule(rule.id, enabled=False)  # keep the new items untagged
    ids = add(
        store,
        NewFeedback(body="We waited and it was LATE."),
        NewFeedback(body="The latest cake is great"),  # "late" only as a prefix
        NewFeedback(body="It took forever to get a table"),
        NewFeedback(body="Forever took it"),  # the words, not the phrase
        NewFeedback(body="Slow slow slow"),
    )
    speed = tag_id(store, "Speed")
    rule = store.add_tag_rule(speed, "late, took forever, slow")
    store.tag([ids[4]], speed)  # already tagged: not counted again
    deleted = one(store, "late again")
    store.delete_feedback([deleted])
    assert store.preview_rules([rule]) == {rule: 2}
    before = store.tag_snapshot([speed])
    assert store.apply_rules([rule]) == 2
    assert [bool(tags_of(store, i)) for i in ids] == [True, False, True, False, True]
    assert store.preview_rules([rule]) == {rule: 0}
    store.restore_tags(before)  # undo
    assert [bool(tags_of(store, i)) for i in ids] == [False, False, False, False, True]


def test_rules_tag_new_feedback_automatically_korean_inside_korean(store):
    rude, slow, tasty, english = add(
        store,
        NewFeedback(body="직원이 너무 불친절했어요"),
        NewFeedback(body="음식이 나오는 게 너무 느려요"),
        NewFeedback(body="크루아상이 정말 맛있어요!"),
        NewFeedback(body="The staff were RUDE and we waited ages"),
    )
    assert tags_of(store, rude) == ("Staff",)
    assert tags_of(store, slow) == ("Speed",)
    assert tags_of(store, tasty) == ("Quality",)
    assert tags_of(store, english) == ("Speed", "Staff")


def test_rules_tag_an_import_and_only_its_rows(store, tmp_path):
    old = one(store, "was slow")
    store.untag([old], tag_id(store, "Speed"))
    path = tmp_path / "reviews.csv"
    path.write_text("date,review\n2025-01-02,Too expensive\n2025-01-03,Lovely\n")
    batch = run_import(store, path).batch_id
    tagged = {r[0]: tags_of(store, r[0]) for r in store.feedback_in_batch(batch)}
    assert sorted(tagged.values()) == [(), ("Price",)]
    assert tags_of(store, old) == ()  # outside the batch: left alone


def test_disabled_rules_do_not_apply(store):
    for rule in store.tag_rules():
        store.update_tag_rule(rule.id, enabled=False)
    assert tags_of(store, one(store, "slow and rude")) == ()
    assert store.preview_rules() == {}


def test_rule_crud(store):
    price = tag_id(store, "Price")
    rule = store.add_tag_rule(price, " cheap ,, bargain ")
    store.update_tag_rule(rule, keywords=["deal", "bargain"], enabled=False)
    found = next(r for r in store.tag_rules() if r.id == rule)
    assert (found.keywords, found.enabled, found.tag_name) == (("deal", "bargain"), False, "Price")
    store.delete_tag_rule(rule)
    assert rule not in {r.id for r in store.tag_rules()}


# Filters ---------------------------------------------------------------------------------------
@pytest.fixture
def varied(store):
    """Twenty-four items mixing every filtered field, with what Python knows of each."""
    channels = ("google", "yelp", "survey", "email")
    items = []
    for n in range(24):
        channel = channels[n % 4]
        items.append(
            NewFeedback(
                body=f"item number {n}" + (" croissant" if n % 5 == 0 else ""),
                received_at=f"2025-03-{n + 1:02d}T{8 + n % 10:02d}:30:00",
                channel=channel,
                rating=(n % 5) + 1 if channel in ("google", "yelp") else None,
                nps_score=n % 11 if channel == "survey" else None,
                location=("Main", "Riverside", "")[n % 3],
                product=("Cake", "")[n % 2],
            )
        )
    ids = add(store, *items)
    store.set_status(ids[::3], "needs_reply")
    store.set_status(ids[1::4], "resolved")
    store.assign(ids[::4], "Dana")
    a, b = store.create_tag("A"), store.create_tag("B")
    store.tag(ids[:12], a)
    store.tag(ids[8:16], b)
    store.mark_spam([ids[23]])
    store.delete_feedback([ids[22]])
    records = [store.get_feedback(i) for i in ids]
    return store, records, a, b


def expected(records, keep) -> list[int]:
    live = [r for r in records if not r.is_spam and r.id not in _trashed(records)]
    return sorted((r.id for r in live if keep(r)), key=lambda i: -i)


def _trashed(records):
    return {records[22].id}


def test_filters_singly_and_combined_match_python(varied):
    store, records, a, b = varied
    day = lambda r: r.received_at[:10]  # noqa: E731
    cases = [
        (InboxQuery(), lambda r: True),
        (InboxQuery(channels=("google", "yelp")), lambda r: r.channel in ("google", "yelp")),
        (InboxQuery(channel="survey"), lambda r: r.channel == "survey"),
        (InboxQuery(sentiments=("negative",)), lambda r: r.sentiment == "negative"),
        (InboxQuery(ratings=(1, 5)), lambda r: r.rating in (1, 5)),
        (InboxQuery(nps_group="promoter"), lambda r: (r.nps_score or -1) >= 9),
        (InboxQuery(nps_group="passive"), lambda r: r.nps_score in (7, 8)),
        (InboxQuery(nps_group="detractor"), lambda r: r.nps_score is not None and r.nps_score <= 6),
        (InboxQuery(statuses=("needs_reply", "resolved")), lambda r: r.status != "new"),
        (InboxQuery(status="new"), lambda r: r.status == "new"),
        (InboxQuery(location="Main"), lambda r: r.location == "Main"),
        (InboxQuery(product="Cake"), lambda r: r.product == "Cake"),
        (InboxQuery(assignee="Dana"), lambda r: r.assignee == "Dana"),
        (InboxQuery(mixed=False), lambda r: not r.mixed),
        (
            InboxQuery(date_from="2025-03-05", date_to="2025-03-10"),
            lambda r: "2025-03-05" <= day(r) <= "2025-03-10",
        ),
        (InboxQuery(tags=(a, b)), lambda r: r.id in {x.id for x in records[:16]}),
        (InboxQuery(tags=(a, b), tags_mode="all"), lambda r: r.id in {x.id for x in records[8:12]}),
        (
            InboxQuery(
                channels=("google",),
                sentiments=("negative", "neutral"),
                date_from="2025-03-01",
                date_to="2025-03-20",
            ),
            lambda r: (
                r.channel == "google"
                and r.sentiment in ("negative", "neutral")
                and day(r) <= "2025-03-20"
            ),
        ),
        (
            InboxQuery(search="croissant", location="Main", statuses=("needs_reply",)),
            lambda r: "croissant" in r.body and r.location == "Main" and r.status == "needs_reply",
        ),
        (
            InboxQuery(tags=(a,), product="Cake", assignee="Dana"),
            lambda r: (
                r.id in {x.id for x in records[:12]}
                and r.product == "Cake"
                and r.assignee == "Dana"
            ),
        ),
    ]
    for query, keep in cases:
        want = expected(records, keep)
        assert store.inbox_count(query) == len(want), query
        got = page_ids(store, query)
        # Newest first: the items were given on consecutive days, in id order.
        assert got == want, query


def test_date_range_includes_both_days(varied):
    store, records, _, _ = varied
    query = InboxQuery(date_from="2025-03-02", date_to="2025-03-02")
    assert page_ids(store, query) == [records[1].id]


def test_filters_are_parameters_never_sql(store):
    where, params = where_clause(InboxQuery(location="x' OR 1=1 --", channels=("a", "b")))
    assert "x'" not in where and params == ["a", "b", "x' OR 1=1 --"]


def test_inbox_rows_carry_tags_assignee_and_spam(varied):
    store, records, _, _ = varied
    row = next(r for r in store.inbox_page(0, 100) if r.id == records[8].id)
    assert (row.tags, row.assignee, row.is_spam) == (("A", "B"), "Dana", False)
    spam = store.inbox_page(0, 10, InboxQuery(spam="only"))
    assert [(r.id, r.is_spam) for r in spam] == [(records[23].id, True)]


# Spam ------------------------------------------------------------------------------------------
def test_spam_is_out_of_figures_and_inbox_but_in_the_spam_view(store):
    real, fake = add(
        store,
        NewFeedback(body="Fine", received_at="2025-03-01", rating=5),
        NewFeedback(body="Buy followers", received_at="2025-03-02", rating=1),
    )
    state = store.spam_state([fake])
    store.mark_spam([fake])
    store.set_reported([fake], "2025-03-03")
    assert store.stats()["feedback"] == 1 and store.stats()["ratings"]["average"] == 5
    assert page_ids(store, InboxQuery()) == [real]
    assert page_ids(store, InboxQuery(spam="only")) == [fake]
    assert page_ids(store, InboxQuery(spam="include")) == [fake, real]
    assert store.view_counts()[views.SPAM] == 1
    assert store.spam_state([fake]) == {fake: (True, "2025-03-03")}
    assert store.search("followers") == []
    store.restore_spam_state(state)  # undo
    assert store.spam_state([fake]) == {fake: (False, None)}
    assert store.stats()["feedback"] == 2
    store.mark_spam([fake])
    store.unmark_spam([fake])
    assert store.inbox_count() == 2


# Status, sentiment, assignee -------------------------------------------------------------------
def test_status_bulk_and_undo(store):
    a, b = add(store, NewFeedback(body="one"), NewFeedback(body="two"))
    store.set_status([b], "follow_up")
    before = store.statuses_of([a, b])
    store.set_status([a, b], "resolved")
    assert store.statuses_of([a, b]) == {a: "resolved", b: "resolved"}
    store.set_statuses(before)
    assert store.statuses_of([a, b]) == {a: "new", b: "follow_up"}
    with pytest.raises(ValueError):
        store.set_status([a], "spam")


def test_override_sentiment_then_clear_recomputes(store):
    happy = one(store, "Wonderful, lovely, great!")
    starred = one(store, "Meh", rating=1)
    before = store.sentiment_state([happy, starred])
    assert before == {happy: ("positive", False), starred: ("negative", False)}
    store.override_sentiment([happy, starred], "neutral")
    assert store.get_feedback(happy).sentiment_overridden is True
    assert store.sentiment_state([happy]) == {happy: ("neutral", True)}
    assert store.inbox_count(InboxQuery(sentiments=("neutral",))) == 2
    store.clear_override([happy, starred])
    assert store.sentiment_state([happy, starred]) == before
    store.override_sentiment([happy], "negative")
    store.restore_sentiment(before)  # undo
    assert store.sentiment_state([happy, starred]) == before


def test_assign_team_and_undo(store):
    store.set_team([" Dana ", "Lee", "", "Dana"])
    assert store.team() == ["Dana", "Lee"]
    a, b = add(store, NewFeedback(body="one"), NewFeedback(body="two"))
    before = store.assignees_of([a, b])
    store.assign([a, b], "Lee")
    assert store.get_feedback(a).assignee == "Lee"
    assert store.inbox_count(InboxQuery(assignee="Lee")) == 2
    store.set_assignees(before)
    assert store.assignees_of([a, b]) == {a: "", b: ""}


# Notes -----------------------------------------------------------------------------------------
def test_notes_newest_first_searchable_and_restored_with_their_id(store):
    fid = one(store, "Cake was dry")
    first = store.add_note(fid, "Called the customer", "Dana", "2025-03-02T09:00:00")
    second = store.add_note(fid, "Refunded the birthday cake", "Lee", "2025-03-03T09:00:00")
    notes = store.notes_of(fid)
    assert [(n.id, n.by, n.created_at) for n in notes] == [
        (second, "Lee", "2025-03-03T09:00:00"),
        (first, "Dana", "2025-03-02T09:00:00"),
    ]
    assert [f.id for f in store.search("refunded")] == [fid]
    gone = store.delete_note(second)
    assert store.search("refunded") == [] and [n.id for n in store.notes_of(fid)] == [first]
    store.restore_note(gone)
    assert store.notes_of(fid) == notes
    assert [f.id for f in store.search("birthday")] == [fid]
    assert store.delete_note(9999) is None


# Trash -----------------------------------------------------------------------------------------
def test_trash_restore_and_empty(store):
    a, b, c = add(store, *(NewFeedback(body=f"item {n}") for n in range(3)))
    store.add_note(b, "note", "Dana")
    assert store.delete_feedback([b, c, 999]) == [b, c]
    assert store.delete_feedback([b]) == []  # already there
    assert page_ids(store, InboxQuery()) == [a]
    assert page_ids(store, InboxQuery(trash=True)) == [c, b]
    assert store.stats()["feedback"] == 1
    store.restore_feedback([c])
    assert page_ids(store, InboxQuery()) == [c, a]
    assert store.empty_trash() == 1
    assert store.get_feedback(b) is None and store.inbox_count(InboxQuery(trash=True)) == 0
    assert store.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0


# Views -----------------------------------------------------------------------------------------
def test_builtin_views_and_their_counts(store):
    today = date(2025, 3, 10)
    ids = add(
        store,
        NewFeedback(body="Awful", received_at="2025-03-04T10:00:00", rating=1),  # 7th day back
        NewFeedback(body="Awful", received_at="2025-03-03T10:00:00", rating=2),  # 8 days: out
        NewFeedback(body="ok", received_at="2025-03-09", channel="survey", nps_score=3),
        NewFeedback(body="Terrible, horrible, awful", received_at="2025-03-08", rating=5),
        NewFeedback(body="Buy now", received_at="2025-03-10"),
    )
    store.set_status([ids[0]], "needs_reply")
    store.set_status([ids[1], ids[2]], "resolved")
    store.mark_spam([ids[4]])
    counts = store.view_counts(today)
    assert counts == {
        views.NEEDS_REPLY: 2,  # ids[0] needs a reply, ids[3] is new; spam does not count
        views.NEGATIVE_THIS_WEEK: 2,  # ids[0] and the detractor ids[2]
        views.DETRACTORS: 1,
        views.MIXED_SIGNALS: 1,
        views.SPAM: 1,
    }
    week = next(v for v in views.builtin_views(today) if v.name == views.NEGATIVE_THIS_WEEK)
    assert (week.query.date_from, week.query.date_to) == ("2025-03-04", "2025-03-10")


def test_saved_views_round_trip_and_count(store):
    query = InboxQuery(channels=("google",), ratings=(1, 2), mixed=False, tags=(1,))
    assert views.query_from_json(views.query_to_json(query)) == query
    store.save_view("Bad Google", query)
    store.save_view("Bad Google", replace(query, ratings=(1,)))  # replaced, not added
    with pytest.raises(ValueError):
        store.save_view("spam", InboxQuery())
    assert [(v.name, v.query.ratings) for v in store.saved_views()] == [("Bad Google", (1,))]
    one(store, "slow", channel="google", rating=1)
    assert store.view_counts()["Bad Google"] == 1  # the Speed rule tagged it (tag id 1)
    store.delete_view("Bad Google")
    assert store.saved_views() == []


def test_tags_without_counts_are_the_same_tags(store):
    counted = store.tags()
    plain = store.tags(counted=False)
    assert [(t.id, t.name, t.color) for t in plain] == [(t.id, t.name, t.color) for t in counted]
    assert {t.count for t in plain} == {0}
