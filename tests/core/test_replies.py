"""Replies, their history, template use, and how fast customers are answered, checked against
times worked out by hand."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from feedback_desk.core import intake
from feedback_desk.core.errors import ChangedElsewhere
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store import Store
from feedback_desk.core.templates import (
    ResponseTemplate,
    export_templates,
    import_templates,
    load_starting_templates,
    rank,
)

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


def add_one(store, **fields) -> int:
    intake.add_feedback(store, [NewFeedback(**fields)], "form")
    return store.conn.execute("SELECT max(id) FROM feedback").fetchone()[0]


@pytest.fixture
def answered(store):
    """Five October items answered after 1 h 45 min, 5 h, 30 h, 2 days and never, by two
    people, and one November item answered after 3 h."""
    plan = [
        ("2026-10-01T09:00:00", "2026-10-01T10:45:00", "Min"),
        ("2026-10-02T09:00:00", "2026-10-02T14:00:00", "Jo"),
        ("2026-10-03T09:00:00", "2026-10-04T15:00:00", "Min"),
        ("2026-10-04T09:00:00", "2026-10-06T09:00:00", "Jo"),
        ("2026-10-05T09:00:00", None, ""),
        ("2026-11-02T09:00:00", "2026-11-02T12:00:00", "Min"),
    ]
    for number, (received, replied, by) in enumerate(plan):
        fid = add_one(store, body=f"Visit number {number}", received_at=received, rating=4)
        if replied:
            store.add_reply(fid, "Thank you!", replied, "public", by)
    return store


def test_response_times_by_hand(answered):
    october = answered.response_times(date(2026, 10, 1), date(2026, 10, 31))
    # 1.75, 5, 30, 48 hours: the middle two average 17.5 h; two of five within a day.
    assert october.feedback == 5
    assert october.answered == 4
    assert october.median_hours == 17.5
    assert october.within_24h == 2
    assert october.share_within_24h == pytest.approx(0.4)
    everything = answered.response_times()
    # 1.75, 3, 5, 30, 48: the middle one is 5 h.
    assert (everything.feedback, everything.answered, everything.median_hours) == (6, 5, 5.0)


def test_response_times_per_month_and_per_member(answered):
    months = dict(answered.response_times_by("month"))
    assert list(months) == ["2026-10-01", "2026-11-01"]
    assert months["2026-10-01"].median_hours == 17.5
    assert months["2026-11-01"].median_hours == 3.0
    assert months["2026-11-01"].within_24h == 1
    members = dict(answered.response_times_by("member"))
    # Min: 1.75, 30, 3 -> 3 h; Jo: 5, 48 -> 26.5 h.
    assert members["Min"].answered == 3
    assert members["Min"].median_hours == 3.0
    assert members["Min"].within_24h == 2
    assert members["Jo"].median_hours == 26.5
    assert members["Jo"].share_within_24h == pytest.approx(0.5)


def test_who_answered_first_is_the_same_over_everything_or_a_period(answered):
    # An edit by someone else keeps who answered first; a later reply by another changes
    # nothing either. All time and a period holding everything are counted two ways.
    first = answered.replies_of(1)[0]
    answered.edit_reply(first.id, "Thank you, truly!", "Jo")
    answered.add_reply(2, "Anything else?", "2026-10-02T18:00:00", "public", "Min")
    everything = answered.response_times_by("member")
    assert everything == answered.response_times_by("member", date(2026, 1, 1))
    assert [(name, t.answered) for name, t in everything] == [("Jo", 2), ("Min", 3)]


def test_stats_json_fills_the_response_figures(answered):
    october = answered.stats(date(2026, 10, 1), date(2026, 10, 31))
    assert october["replied"] == 4
    assert october["needs_reply"] == 1
    assert october["median_first_response_hours"] == 17.5
    assert october["first_response"] == {
        "feedback": 5,
        "answered": 4,
        "within_24h": 2,
        "share_within_24h": 0.4,
        "median_hours": 17.5,
    }


def test_a_reply_before_the_feedback_counts_as_at_once_and_the_first_reply_counts(store):
    early = add_one(store, body="Typed in late", received_at="2026-10-01T12:00:00")
    store.add_reply(early, "Thanks", "2026-10-01T11:00:00")
    later = add_one(store, body="Two answers", received_at="2026-10-02T08:00:00")
    store.add_reply(later, "Second", "2026-10-02T20:00:00")
    store.add_reply(later, "First", "2026-10-02T10:00:00")  # recorded afterwards
    assert store.get_feedback(later).first_reply_at == "2026-10-02T10:00:00"
    figures = store.response_times()
    # 0 h and 2 h.
    assert (figures.answered, figures.median_hours, figures.within_24h) == (2, 1.0, 2)


def test_replies_and_reply_dates_from_an_import_count(store):
    intake.add_feedback(
        store,
        [
            NewFeedback(
                body="Great cake",
                received_at="2026-09-01T10:00:00",
                reply="Thank you",
                replied_at="2026-09-01T16:00:00",
            ),
            NewFeedback(body="Nice", received_at="2026-09-02T10:00:00", reply="Thanks"),
        ],
        "file",
    )
    september = store.stats(date(2026, 9, 1), date(2026, 9, 30))
    assert september["replied"] == 2  # both were answered...
    assert september["first_response"]["answered"] == 1  # ...one at a known time
    assert september["median_first_response_hours"] == 6.0
    assert september["needs_reply"] == 0


def test_an_edit_keeps_the_history_and_the_time_first_answered(store):
    fid = add_one(store, body="Cold coffee", received_at="2026-10-01T09:00:00", rating=2)
    first = store.add_reply(fid, "Sorry!", "2026-10-01T10:00:00", "email", "Min")
    edited = store.edit_reply(first, "Sorry about the coffee, Jane.", "Jo", "2026-10-03T08:00:00")
    versions = store.replies_of(fid)
    assert [(r.body, r.current) for r in versions] == [
        ("Sorry!", False),
        ("Sorry about the coffee, Jane.", True),
    ]
    assert versions[1].replaces == first
    assert versions[1].id == edited
    assert (versions[1].replied_at, versions[1].how, versions[1].by) == (
        "2026-10-01T10:00:00",
        "email",
        "Jo",
    )
    item = store.get_feedback(fid)
    assert item.reply == "Sorry about the coffee, Jane."
    assert item.first_reply_at == "2026-10-01T10:00:00"
    assert store.response_times().median_hours == 1.0
    with pytest.raises(KeyError):
        store.edit_reply(9999, "Nothing to edit")


def test_marking_replied_leaves_a_status_the_owner_chose_alone(store):
    fid = add_one(store, body="Parking is hard")
    store.set_status([fid], "follow_up")
    store.add_reply(fid, "We will call you", "2026-10-01T10:00:00")
    assert store.get_feedback(fid).status == "follow_up"
    other = add_one(store, body="Lovely")
    store.add_reply(other, "Thank you", "2026-10-01T10:00:00")
    assert store.get_feedback(other).status == "replied"


def test_a_new_desk_has_the_starting_templates_once(db_path):
    with Store(db_path) as store:
        names = [t.name for t in store.response_templates()]
        assert sorted(names, key=str.casefold) == sorted(
            (t.name for t in load_starting_templates()), key=str.casefold
        )
        store.delete_template(store.response_templates()[0].id)
    with Store(db_path) as store:  # a deleted starting template stays deleted
        assert len(store.response_templates()) == len(names) - 1


def test_template_uses_count_items_answered_not_edits(store):
    template = store.response_templates()[0]
    one = add_one(store, body="First visit")
    two = add_one(store, body="Second visit")
    reply = store.add_reply(one, "Hi", "2026-10-01T10:00:00", template_id=template.id)
    store.edit_reply(reply, "Hi there")
    store.add_reply(two, "Hello", "2026-10-02T10:00:00", template_id=template.id)
    uses = {t.id: t.uses for t in store.response_templates()}
    assert uses[template.id] == 2
    assert sum(uses.values()) == 2
    store.delete_template(template.id)
    assert [r.body for r in store.replies_of(one)] == ["Hi", "Hi there"]  # the text stays


def test_what_answered_similar_items_ranks_first(store):
    templates = store.response_templates()
    negative = [t for t in templates if t.sentiments == ("negative",) and not t.tags]
    assert negative, "the starting set has a general template for complaints"
    for number in range(3):
        fid = add_one(store, body=f"We waited an hour, so slow {number}", rating=1)
        store.add_reply(fid, "Sorry", "2026-10-01T10:00:00", template_id=negative[0].id)
    fresh = store.get_feedback(add_one(store, body="Slow again, waited ages", rating=2))
    assert "Speed" in fresh.tags  # the starting rule tagged it
    similar = store.template_uses_on_similar(fresh)
    assert similar == {negative[0].id: 3}
    happy = store.get_feedback(add_one(store, body="Quick and friendly", rating=5))
    assert store.template_uses_on_similar(happy) == {}
    ranked = rank(templates, fresh, similar)
    speed = next(t for t in templates if t.tags == ("Speed",))
    assert ranked[0] == speed  # a template for the item's own tag still comes first
    others = rank([t for t in templates if t != speed], fresh, similar)
    assert others[0].id == negative[0].id


def test_templates_from_another_shop_are_added_without_clashes(store, tmp_path):
    ours = store.response_templates()
    mine = replace(ours[0], body="Our own words for this")
    shared = [
        ResponseTemplate(None, ours[1].name, ours[1].body, ours[1].sentiments, ours[1].tags),
        ResponseTemplate(None, mine.name, mine.body, ("positive",), ()),
        ResponseTemplate(None, "Birthday cake thanks", "Happy birthday, {first_name}!", (), ()),
    ]
    path = tmp_path / "shared.json"
    export_templates(shared, path)
    added = store.add_templates(import_templates(path))
    # The same template is not added twice; a name in use gets a number.
    assert added == [f"{mine.name} (2)", "Birthday cake thanks"]
    assert len(store.response_templates()) == len(ours) + 2


def schema_1_database(path) -> sqlite3.Connection:
    """A database as the first released schema wrote it, made with schema 1's own steps."""
    from feedback_desk.core.search_text import search_text
    from feedback_desk.core.store.database import _statements
    from feedback_desk.core.store.schema import V1

    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("fd_search_text", -1, search_text, deterministic=True)
    for statement in _statements(V1):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    return conn


def test_an_older_database_gains_reply_times_and_customers(db_path):
    conn = schema_1_database(db_path)
    stamp = "2026-10-01T09:00:00"
    for number, email in enumerate(("jane@example.com", "JANE@example.com ", "")):
        conn.execute(
            "INSERT INTO feedback (received_at, body, email, dedup_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (stamp, f"Visit {number}", email, f"k{number}", stamp, stamp),
        )
    conn.execute(
        "INSERT INTO replies (feedback_id, body, replied_at, created_at) "
        "VALUES (1, 'Thanks', '2026-10-01T13:00:00', ?)",
        (stamp,),
    )
    conn.execute(
        "INSERT INTO followups (feedback_id, action, due, outcome, done_at, created_at) "
        "VALUES (1, 'call', '2026-10-02', 'came back', ?, ?)",
        (stamp, stamp),
    )
    conn.close()
    with Store(db_path) as store:
        assert store.get_feedback(1).first_reply_at == "2026-10-01T13:00:00"
        assert store.response_times().median_hours == 4.0
        ids = [r[0] for r in store.conn.execute("SELECT customer_id FROM feedback ORDER BY id")]
        assert ids[0] is not None and ids[0] == ids[1] and ids[2] is None
        assert store.customer(ids[0]).email == "jane@example.com"
        assert store.followups_of(1)[0].outcome == "came_back"
        assert store.inbox_count() == 3
        assert len(store.response_templates()) == len(load_starting_templates())
    assert list((db_path.parent / "backups").glob("*before-schema-2.db"))


def test_a_reply_without_a_time_keeps_the_time_first_answered(store):
    fid = add_one(store, body="Cold", received_at="2026-10-01T09:00:00")
    store.add_reply(fid, "Sorry", "2026-10-01T10:00:00")
    store.add_reply(fid, "Posted again on the site", None)
    assert store.get_feedback(fid).first_reply_at == "2026-10-01T10:00:00"
    assert store.response_times().median_hours == 1.0


def test_days_without_a_time_are_answered_but_not_timed(store):
    # A review dated by the day only, answered the next morning: no hours can be told.
    day_only = add_one(store, body="Nice", received_at="2026-10-03")
    store.add_reply(day_only, "Thanks", "2026-10-04T08:00:00")
    reply_day = add_one(store, body="Good", received_at="2026-10-03T09:00:00")
    store.add_reply(reply_day, "Thanks", "2026-10-03")
    midnight = add_one(store, body="Lovely", received_at="2026-10-05T00:00:00")  # as imported
    store.add_reply(midnight, "Thanks", "2026-10-05T08:00:00")
    timed = add_one(store, body="Great", received_at="2026-10-03T09:00:00")
    store.add_reply(timed, "Thanks", "2026-10-03T11:00:00")
    figures = store.response_times()
    assert (figures.feedback, figures.answered, figures.median_hours) == (4, 1, 2.0)
    assert store.stats()["replied"] == 4


def test_only_the_latest_version_of_a_reply_can_change(store):
    fid = add_one(store, body="Cold", received_at="2026-10-01T09:00:00")
    first = store.add_reply(fid, "Sorry", "2026-10-01T10:00:00", "public", "Min")
    second = store.edit_reply(first, "Sorry, we called you", "Min", how="phone")
    assert store.replies_of(fid)[-1].how == "phone"
    with pytest.raises(ChangedElsewhere, match="latest version"):
        store.edit_reply(first, "An older text")
    assert [r.current for r in store.replies_of(fid)] == [False, True]
    assert store.replies_of(fid)[-1].id == second


def test_importing_the_same_file_again_adds_nothing(store, tmp_path):
    ours = store.response_templates()
    shared = [
        ResponseTemplate(None, ours[0].name, "Another shop's words", ("positive",), ()),
        ResponseTemplate(None, "Birthday cake thanks", "Happy birthday, {first_name}!", (), ()),
    ]
    path = tmp_path / "shared.json"
    export_templates(shared, path)
    assert store.add_templates(import_templates(path)) == [
        f"{ours[0].name} (2)",
        "Birthday cake thanks",
    ]
    assert store.add_templates(import_templates(path)) == []
    assert store.add_templates(import_templates(path)) == []
    assert len(store.response_templates()) == len(ours) + 2
