"""Follow-ups, customers, the at-risk radar and closing the loop, against cases worked out by
hand; the calendar file read back by an independent iCalendar parser."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import icalendar
import pytest

from feedback_desk.core import intake
from feedback_desk.core.followups import (
    FollowUpRules,
    add_business_days,
    calendar,
    open_day_on_or_after,
    suggest,
)
from feedback_desk.core.nps import improved
from feedback_desk.core.records import NewFeedback

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

FRIDAY = date(2026, 11, 27)
RULES = FollowUpRules()


def add(store, **fields) -> int:
    intake.add_feedback(store, [NewFeedback(**fields)], "form")
    return store.conn.execute("SELECT max(id) FROM feedback").fetchone()[0]


# Due dates ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "days", "open_days", "expected"),
    [
        (FRIDAY, 1, (0, 1, 2, 3, 4), date(2026, 11, 30)),  # Friday + 1 business day: Monday
        (FRIDAY - timedelta(1), 1, (0, 1, 2, 3, 4), FRIDAY),  # Thursday: Friday
        (FRIDAY + timedelta(1), 1, (0, 1, 2, 3, 4), date(2026, 11, 30)),  # Saturday: Monday
        (FRIDAY, 1, (0, 1, 2, 3, 4, 5), date(2026, 11, 28)),  # open on Saturdays
        (FRIDAY, 3, (0, 1, 2, 3, 4), date(2026, 12, 2)),  # Mon, Tue, Wed
        (FRIDAY, 1, (), date(2026, 11, 28)),  # no open day set: every day counts
        (FRIDAY + timedelta(1), 0, (0, 1, 2, 3, 4), date(2026, 11, 30)),  # 0 days, closed: Monday
        (FRIDAY, 0, (0, 1, 2, 3, 4), FRIDAY),  # 0 days on an open day: that day
    ],
)
def test_business_days_skip_the_days_the_business_is_closed(start, days, open_days, expected):
    assert add_business_days(start, days, open_days) == expected


def test_open_day_on_or_after():
    assert open_day_on_or_after(FRIDAY, (0, 1, 2, 3, 4)) == FRIDAY
    assert open_day_on_or_after(FRIDAY + timedelta(1), (0, 1, 2, 3, 4)) == date(2026, 11, 30)


def test_what_each_customer_gets_and_by_when(store):
    detractor = store.get_feedback(add(store, body="Cold", nps_score=3, phone="555-0100"))
    passive = store.get_feedback(add(store, body="Fine", nps_score=7, email="p@example.com"))
    promoter = store.get_feedback(add(store, body="Great", nps_score=10))
    complaint = store.get_feedback(add(store, body="Rude", rating=1, email="c@example.com"))
    got = {
        name: suggest(item, RULES, FRIDAY)
        for name, item in (
            ("detractor", detractor),
            ("passive", passive),
            ("promoter", promoter),
            ("complaint", complaint),
        )
    }
    assert (got["detractor"].action, got["detractor"].due) == ("call", date(2026, 11, 30))
    assert (got["complaint"].action, got["complaint"].kind) == ("email", "unhappy")
    # Friday + 3 days is Monday; Friday + 2 is Sunday, so Monday too.
    assert (got["passive"].action, got["passive"].due) == ("email", date(2026, 11, 30))
    assert (got["promoter"].action, got["promoter"].due) == ("review_request", date(2026, 11, 30))
    wednesday = suggest(promoter, RULES, date(2026, 11, 25))
    assert wednesday.due == FRIDAY


# Customers ------------------------------------------------------------------------------------
def test_the_same_email_or_phone_is_the_same_customer(store):
    first = add(store, body="Slow", author="Jane Doe", email="Jane@Example.com")
    second = add(store, body="Better", author="J. Doe", email=" jane@example.com")
    by_phone = add(store, body="Called", author="Jane", phone="(555) 010-0199")
    phone_again = add(store, body="Again", author="", phone="555.010.0199")
    nobody = add(store, body="Nice", author="Jane Doe")
    ids = dict(store.conn.execute("SELECT id, customer_id FROM feedback").fetchall())
    assert ids[first] == ids[second] is not None
    assert ids[by_phone] == ids[phone_again] is not None
    assert ids[by_phone] != ids[first]
    assert ids[nobody] is None  # a name alone does not make a match
    customer = store.customer(ids[first])
    assert (customer.name, customer.email, customer.feedback) == ("Jane Doe", "jane@example.com", 2)


def test_a_name_on_the_same_channel_is_linked_only_when_the_owner_says_so(store):
    emailed = add(store, body="Slow", author="Jane Doe", email="jane@example.com", channel="google")
    named = add(store, body="Great now", author="jane doe", channel="google")
    elsewhere = add(store, body="Yelp too", author="Jane Doe", channel="yelp")
    other = add(store, body="Hi", author="Sam", channel="google", email="sam@example.com")
    assert [r[0] for r in store.same_name(emailed)] == [named]
    assert store.same_name(add(store, body="Anon", author="Anonymous", channel="google")) == []
    jane = store.customer_for(emailed)
    store.add_followup(named, "2026-12-01", "call", "2026-11-30T10:00:00")
    assert store.link_to_customer([named], jane.id) == 1
    assert store.customer(jane.id).feedback == 2
    assert store.followups_of(named)[0].customer_id == jane.id
    assert store.same_name(emailed) == []
    # Linking an item that had a customer of its own merges that customer in.
    sam = store.customer_for(other)
    store.link_to_customer([other], jane.id)
    assert store.customer(sam.id).id == jane.id  # the merged customer leads to the one kept
    assert store.customer(jane.id).feedback == 3
    assert store.customer_for(elsewhere).id != jane.id


def test_a_customer_story_in_order(store):
    fid = add(
        store,
        body="Cold coffee",
        author="Jane",
        email="j@example.com",
        received_at="2026-10-01T09:00:00",
        nps_score=4,
    )
    store.add_reply(fid, "So sorry", "2026-10-01T11:00:00", "email", "Min")
    followup = store.add_followup(fid, "2026-10-02", "call", "2026-10-01T11:05:00", "Min", "Call")
    store.complete_followup(followup, "resolved", "Offered a free coffee", "2026-10-02T15:00:00")
    store.add_note(fid, "She comes on Fridays", "Min", "2026-10-03T08:00:00")
    again = add(
        store,
        body="Lovely now",
        email="J@example.com",
        received_at="2026-11-01T09:00:00",
        nps_score=9,
    )
    story = store.timeline(store.customer_for(fid).id)
    assert [(e.kind, e.feedback_id) for e in story] == [
        ("feedback", fid),
        ("reply", fid),
        ("followup", fid),
        ("followup_done", fid),
        ("note", fid),
        ("feedback", again),
    ]
    assert story[3].text == "Call\nOffered a free coffee"
    assert store.get_feedback(fid).status == "resolved"  # a resolving follow-up resolves it


# The radar ------------------------------------------------------------------------------------
def test_the_radar_lists_the_unanswered_unhappy_first(store):
    today = date(2026, 12, 1)

    def ago(days: int) -> str:
        return (datetime(2026, 12, 1, 9) - timedelta(days=days)).isoformat()

    worst = add(store, body="Never again", nps_score=0, received_at=ago(5), author="A")
    bad = add(store, body="Meh, slow", nps_score=5, received_at=ago(10), author="B")
    stars = add(store, body="Dirty tables", rating=1, received_at=ago(3), author="C")
    passive = add(store, body="It was fine", nps_score=7, received_at=ago(4), author="D")
    add(store, body="Too new to worry", nps_score=2, received_at=ago(0), author="E")
    add(store, body="Too old now", nps_score=2, received_at=ago(120), author="F")
    answered = add(store, body="Answered", nps_score=3, received_at=ago(6), author="G")
    store.add_reply(answered, "Sorry", ago(5))
    followed = add(store, body="Followed", nps_score=3, received_at=ago(6), author="H")
    store.add_followup(followed, today.isoformat(), "call", ago(5))
    add(store, body="Happy", nps_score=10, received_at=ago(6), author="I")
    add(store, body="Angry", nps_score=1, received_at=ago(8), email="k@example.com")
    add(store, body="Happy again", nps_score=9, received_at=ago(2), email="k@example.com")
    spam = add(store, body="Spam", nps_score=0, received_at=ago(5), author="L")
    store.mark_spam([spam])
    radar = store.at_risk(today, RULES.at_risk_after_days)
    assert [r.feedback_id for r in radar] == [worst, stars, bad, passive]
    assert [r.kind for r in radar] == ["unhappy", "unhappy", "unhappy", "passive"]
    assert [r.feedback_id for r in store.at_risk(today, 6)] == [bad]  # waited 6 days or more


# Closing the loop -----------------------------------------------------------------------------
def test_loop_figures_by_hand(store):
    def visit(email, nps, day, **more):
        return add(
            store,
            body=f"Visit {email} {day}",
            email=email,
            nps_score=nps,
            received_at=f"2026-10-{day:02d}T09:00:00",
            **more,
        )

    jane = visit("jane@example.com", 4, 1)
    store.complete_followup(store.add_followup(jane, "2026-10-02", "call", "x"), "resolved")
    visit("jane@example.com", 9, 20)
    sam = visit("sam@example.com", 3, 2)
    store.add_reply(sam, "Sorry", "2026-10-02T12:00:00")
    visit("sam@example.com", 2, 25)
    visit("lee@example.com", 5, 3)  # nobody answered
    visit("kim@example.com", 6, 4)  # answered, never came back
    store.add_reply(store.conn.execute("SELECT max(id) FROM feedback").fetchone()[0], "Hi", "x")
    loop = store.loop_figures(date(2026, 10, 1), date(2026, 10, 31))
    # Unhappy in October: Jane (4), Sam (3, then 2), Lee (5), Kim (6): four customers.
    # Sam's answered 3 was followed by a 2: he came back, not happier.
    assert (loop.unhappy, loop.contacted, loop.came_back, loop.improved) == (4, 3, 2, 1)
    changes = {(c.before[0], c.after[0]): c.improved for c in loop.changes}
    assert changes == {(4, 9): True, (3, 2): False}


def test_improved_compares_like_with_like():
    assert improved((4, None, "negative"), (9, None, "positive"))
    assert not improved((None, 2, "negative"), (None, 1, "negative"))
    assert improved((None, 2, "negative"), (8, None, "neutral"))  # unhappy -> passive
    assert not improved((None, None, "neutral"), (None, None, "neutral"))


# Lists and the calendar -----------------------------------------------------------------------
def test_follow_up_lists_and_counts(store):
    today = date(2026, 12, 1)
    fid = add(store, body="Cold", author="Jane Doe", nps_score=2)
    for due in ("2026-11-28", "2026-12-01", "2026-12-03", "2026-12-10"):
        store.add_followup(fid, due, "call", "2026-11-27T10:00:00", "Min")
    done = store.add_followup(fid, "2026-11-20", "email", "2026-11-19T10:00:00")
    store.complete_followup(done, "no_answer")
    counts = store.followup_view_counts(today)
    assert counts == {"overdue": 1, "today": 1, "upcoming": 2, "done": 1}
    assert [f.due for f in store.followups("open", today)] == [
        "2026-11-28",
        "2026-12-01",
        "2026-12-03",
        "2026-12-10",
    ]
    first = store.followups("overdue", today)[0]
    assert first.customer == "Jane Doe" and first.overdue(today.isoformat())
    assert first.as_dict(today.isoformat()) == {
        "id": first.id,
        "feedback_id": fid,
        "customer": "Jane Doe",
        "action": "call",
        "due": "2026-11-28",
        "assignee": "Min",
        "overdue": True,
    }
    store.mark_spam([fid])
    assert store.followup_view_counts(today) == {"overdue": 0, "today": 0, "upcoming": 0, "done": 0}
    assert store.stats(today=today)["followups"] == {"open": 0, "overdue": 0, "done": 0}


def test_the_calendar_file_reads_back(store):
    fid = add(
        store,
        body="Le café était froid, et le serveur — pas aimable.\nÀ revoir; vite.",
        author="Zoë Müller",
        nps_score=2,
    )
    long_korean = add(store, body="커피가 너무 늦게 나왔어요. " * 12, author="김지우", nps_score=5)
    store.add_followup(fid, "2026-12-02", "call", "2026-12-01T10:00:00", "Min", "Call, then email")
    store.add_followup(long_korean, "2026-12-03", "review_request", "2026-12-01T10:00:00")
    text = calendar(
        store.followups("open", date(2026, 12, 1)), "Maple & Rye", datetime(2026, 12, 1)
    )
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    parsed = icalendar.Calendar.from_ical(text)
    events = parsed.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [
        "Call Zoë Müller",
        "Ask for a review from 김지우",
    ]
    assert events[0].decoded("DTSTART") == date(2026, 12, 2)
    assert events[0].decoded("DTEND") == date(2026, 12, 3)
    assert str(events[0]["DESCRIPTION"]).startswith("Call, then email\nLe café était froid, et")
    assert "À revoir; vite." in str(events[0]["DESCRIPTION"])
    assert "커피가 너무 늦게 나왔어요." in str(events[1]["DESCRIPTION"])
    assert str(events[0]["UID"]) != str(events[1]["UID"])
    assert str(parsed["X-WR-CALNAME"]) == "Maple & Rye follow-ups"


def test_undoing_an_import_forgets_the_customers_it_brought(store):
    kept = add(store, body="Regular", email="kept@example.com")
    result = intake.add_feedback(
        store,
        [
            NewFeedback(body="New one", email="new@example.com"),
            NewFeedback(body="Again", email="kept@example.com"),
        ],
        "file",
    )
    assert store.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 2
    store.undo_batch(result.batch_id, "2026-12-01T10:00:00")
    emails = [r[0] for r in store.conn.execute("SELECT email FROM customers")]
    assert emails == ["kept@example.com"]
    assert store.customer_for(kept).feedback == 1


def test_merged_customers_stay_found_by_their_address_and_keep_their_notes(store):
    a = add(store, body="First", author="Jane", email="a@example.com")
    b = add(store, body="Second", author="Jane", email="b@example.com")
    c = add(store, body="Third", author="Jane", email="c@example.com")
    jane_a, jane_b, jane_c = (store.customer_for(i) for i in (a, b, c))
    store.update_customer(replace(jane_b, notes="VIP, the owner's friend"))
    store.update_customer(replace(jane_c, notes="Allergic to nuts"))
    store.link_to_customer([b], jane_c.id)  # b merged into c
    store.link_to_customer([c], jane_a.id)  # c (with b) merged into a
    assert store.customer(jane_b.id).id == jane_a.id  # the chain leads to the one kept
    kept = store.customer(jane_a.id)
    assert kept.feedback == 3
    assert "VIP, the owner's friend" in kept.notes and "Allergic to nuts" in kept.notes
    again = add(store, body="Back again", email="B@example.com")
    assert store.customer_for(again).id == jane_a.id  # b's address still finds her


def test_a_contact_learned_later_joins_up_the_customer(store):
    add(store, body="By phone", author="Min", phone="555-0101")
    add(store, body="Both", author="Min", phone="555 0101", email="min@example.com")
    by_mail = add(store, body="By mail", author="Min", email="MIN@example.com")
    assert store.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 1
    assert store.customer_for(by_mail).phone == "555-0101"


def test_placeholder_phone_numbers_match_nobody(store):
    one = add(store, body="One", author="A", phone="000-000-0000")
    two = add(store, body="Two", author="B", phone="0000000000")
    ids = dict(store.conn.execute("SELECT id, customer_id FROM feedback").fetchall())
    assert ids[one] is None and ids[two] is None


def test_a_spam_items_follow_up_does_not_hide_a_customer_at_risk(store):
    today = date(2026, 12, 1)
    spam = add(store, body="Buy now", email="k@example.com", received_at="2026-11-20T09:00:00")
    store.add_followup(spam, "2026-11-21", "call", "2026-11-20T10:00:00")
    store.mark_spam([spam])
    angry = add(
        store, body="Awful", nps_score=1, email="k@example.com", received_at="2026-11-25T09:00:00"
    )
    store.conn.execute(
        "UPDATE followups SET created_at = '2026-11-26T10:00:00' WHERE feedback_id = ?", (spam,)
    )
    assert [r.feedback_id for r in store.at_risk(today, 2)] == [angry]


def test_the_calendar_stamp_is_utc():
    from feedback_desk.core.records import FollowUp

    entry = FollowUp(1, 1, None, "call", "2026-12-02", "", "", None, "", "2026-12-01", "Jo", "")
    text = calendar([entry], "", datetime(2026, 12, 1, 9, 30).astimezone())
    stamp = next(line for line in text.split("\r\n") if line.startswith("DTSTAMP:"))
    assert stamp.endswith("Z") and len(stamp) == len("DTSTAMP:20261201T093000Z")


def test_the_previous_feedback_of_a_customer_says_whether_it_was_answered(store):
    first = add(
        store,
        body="Cold",
        email="j@example.com",
        nps_score=4,
        received_at="2026-10-01T09:00:00",
    )
    again = add(
        store,
        body="Better",
        email="j@example.com",
        nps_score=9,
        received_at="2026-11-01T09:00:00",
    )
    assert store.previous_feedback(first) is None
    assert store.previous_feedback(again) == ("2026-10-01T09:00:00", (4, None, "negative"), False)
    store.add_reply(first, "Sorry", "2026-10-01T10:00:00")
    assert store.previous_feedback(again)[2] is True
