"""Several people at once: two desks (two Store objects) on one file or one team server never
silently overwrite each other. The second save made on what its person saw is refused when
the first changed it since, with a plain message of what changed, who and when; nothing of
the refused save is written. Runs on both engines; the server's part skips, with the reason,
where PostgreSQL cannot start.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from feedback_desk.core import intake
from feedback_desk.core.errors import ChangedElsewhere
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store import Store
from feedback_desk.core.store.location import parse_location
from feedback_desk.core.templates import ResponseTemplate

NOW = "2026-03-05T09:00:00"


@pytest.fixture(params=["sqlite", "postgresql"])
def desks(request, tmp_path):
    """Two desks on one database: (Min-ji's, Jo's)."""
    location = (
        tmp_path / "feedback.db" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    )
    first, second = Store(location), Store(location)
    first.desk_person, second.desk_person = "Min-ji", "Jo"
    yield first, second
    first.close()
    second.close()


def add(store, *bodies: str) -> list[int]:
    items = [NewFeedback(body=b, author="Kim", received_at="2026-03-01T10:00:00") for b in bodies]
    batch = intake.add_feedback(store, items, source="form").batch_id
    return [row[0] for row in store.feedback_in_batch(batch)]


def seen(store, *ids: int) -> dict[int, int]:
    return {i: store.get_feedback(i).version for i in ids}


def test_the_second_save_sees_the_first_and_says_who_what_and_when(desks):
    mine, theirs = desks
    (fid,) = add(mine, "The croissant was stale")
    opened = seen(mine, fid)  # both open the item
    theirs.set_status([fid], "resolved", seen=seen(theirs, fid))
    with pytest.raises(ChangedElsewhere) as refused:
        mine.set_status([fid], "ignored", seen=opened)
    message = str(refused.value)
    assert "The croissant was stale" in message
    assert "status" in message and "Jo" in message
    assert refused.value.by == "Jo" and refused.value.ids == (fid,)
    assert mine.get_feedback(fid).status == "resolved"  # theirs stands, nothing of mine
    # Seeing the change, the person can make theirs again.
    mine.set_status([fid], "ignored", seen=seen(mine, fid))
    assert theirs.get_feedback(fid).status == "ignored"


@pytest.mark.parametrize(
    "change",
    [
        lambda s, ids, v: s.override_sentiment(ids, "negative", seen=v),
        lambda s, ids, v: s.assign(ids, "Jo", seen=v),
        lambda s, ids, v: s.mark_spam(ids, seen=v),
        lambda s, ids, v: s.set_reported(ids, "2026-03-05", seen=v),
        lambda s, ids, v: s.delete_feedback(ids, seen=v),
        lambda s, ids, v: s.tag(ids, s.create_tag("Late"), seen=v),
        lambda s, ids, v: [s.add_reply(i, "Thanks", NOW, by="Jo") for i in ids],
    ],
    ids=["sentiment", "assignee", "spam", "reported", "trash", "tags", "reply"],
)
def test_every_change_to_an_item_moves_it_on(desks, change):
    mine, theirs = desks
    ids = add(mine, "Cold coffee", "Slow service")
    opened = seen(mine, *ids)
    change(theirs, ids, seen(theirs, *ids))
    assert all(v > opened[i] for i, v in seen(mine, *ids).items())
    with pytest.raises(ChangedElsewhere):
        mine.assign(ids, "Min-ji", seen=opened)
    assert {mine.get_feedback(i).assignee for i in ids} != {"Min-ji"}


def test_a_bulk_change_is_all_or_nothing_and_counts_the_items_changed(desks):
    mine, theirs = desks
    ids = add(mine, "One", "Two", "Three")
    opened = seen(mine, *ids)
    late = mine.create_tag("Late")
    theirs.assign(ids[1:], "Jo", seen=seen(theirs, *ids[1:]))
    with pytest.raises(ChangedElsewhere, match="2 of the items"):
        mine.tag(ids, late, seen=opened)
    assert all("Late" not in mine.get_feedback(i).tags for i in ids)


def test_without_a_version_seen_writes_go_through_as_before(desks):
    mine, theirs = desks
    (fid,) = add(mine, "Imported")
    theirs.set_status([fid], "resolved")
    mine.set_status([fid], "ignored")  # imports, the command line, the demo
    assert theirs.get_feedback(fid).status == "ignored"


def test_undo_over_a_teammates_later_change_is_refused(desks):
    mine, theirs = desks
    (fid,) = add(mine, "Undo me")
    before = mine.statuses_of([fid])
    versions = seen(mine, fid)
    mine.set_status([fid], "resolved", seen=versions)
    assert versions == seen(mine, fid)  # brought up to date: what an undo passes
    after = dict(versions)
    theirs.assign([fid], "Jo", seen=seen(theirs, fid))
    with pytest.raises(ChangedElsewhere, match="assigned"):
        mine.set_statuses(before, seen=after)
    assert mine.get_feedback(fid).status == "resolved"


def test_an_item_deleted_elsewhere_is_said_to_be_deleted(desks):
    mine, theirs = desks
    (fid,) = add(mine, "Gone soon")
    opened = seen(mine, fid)
    theirs.delete_feedback([fid])
    theirs.empty_trash()
    with pytest.raises(ChangedElsewhere, match="deleted"):
        mine.set_status([fid], "resolved", seen=opened)


def test_a_reply_to_an_item_answered_since_tells_who_and_can_still_be_sent(desks):
    mine, theirs = desks
    (fid,) = add(mine, "Where is my order?")
    newest = mine.newest_reply_id(fid)  # Min-ji opens the reply dialog: no answer yet
    theirs.add_reply(fid, "We are on it!", NOW, by="Jo", seen=theirs.newest_reply_id(fid))
    with pytest.raises(ChangedElsewhere, match="Jo") as told:
        mine.add_reply(fid, "Sorry, calling you now", NOW, by="Min-ji", seen=newest)
    assert told.value.by == "Jo"
    assert [r.by for r in mine.replies_of(fid)] == ["Jo"]  # nothing of hers sent yet
    mine.add_reply(fid, "Sorry, calling you now", NOW, by="Min-ji")  # she sends it anyway
    assert [r.by for r in theirs.replies_of(fid)] == ["Jo", "Min-ji"]


def test_two_edits_of_one_reply_keep_the_first_and_refuse_the_second(desks):
    mine, theirs = desks
    (fid,) = add(mine, "Cold")
    reply = mine.add_reply(fid, "Sorry", NOW, by="Min-ji")
    theirs.edit_reply(reply, "Sorry, we called you", "Jo")
    with pytest.raises(ChangedElsewhere, match="Jo"):
        mine.edit_reply(reply, "Sorry about that", "Min-ji")
    assert [r.body for r in mine.replies_of(fid) if r.current] == ["Sorry, we called you"]


def test_follow_ups_customers_and_templates_are_not_overwritten(desks):
    mine, theirs = desks
    (fid,) = add(mine, "Missing cake")
    up = mine.add_followup(fid, "2026-03-06", "call", NOW)
    shown = mine.get_followup(up).version
    theirs.update_followup(up, "call", "2026-03-07", "Jo", "Later", seen=shown)
    with pytest.raises(ChangedElsewhere, match="follow-up"):
        mine.update_followup(up, "email", "2026-03-06", "", "", seen=shown)
    with pytest.raises(ChangedElsewhere):
        mine.complete_followup(up, "resolved", seen=shown)
    assert mine.get_followup(up).done_at is None
    assert mine.get_feedback(fid).status != "resolved"

    customer = mine.customer_for(fid)
    theirs.update_customer(replace(customer, notes="Likes oat milk"), seen=customer.version)
    with pytest.raises(ChangedElsewhere, match="customer"):
        mine.update_customer(replace(customer, notes="Nut allergy"), seen=customer.version)
    assert theirs.customer(customer.id).notes == "Likes oat milk"

    tid = mine.save_template(ResponseTemplate(None, "Sorry", "We are sorry.", (), ()))
    shown = mine.get_template(tid)
    theirs.save_template(replace(shown, body="We are very sorry."), seen=shown.version)
    with pytest.raises(ChangedElsewhere, match="template"):
        mine.save_template(replace(shown, body="Sorry!"), seen=shown.version)
    with pytest.raises(ChangedElsewhere):
        mine.delete_template(tid, seen=shown.version)
    assert theirs.get_template(tid).body == "We are very sorry."
    mine.delete_template(tid, seen=mine.get_template(tid).version)
    assert mine.get_template(tid) is None


def test_two_saves_at_the_same_moment_one_wins_one_is_told(desks):
    """The check is in the statement that writes: a save that waits for another desk's
    transaction is refused once that one lands, on either engine."""
    mine, theirs = desks
    (fid,) = add(mine, "Both at once")
    opened = seen(mine, fid)
    outcome: list[object] = []

    def second() -> None:
        try:
            theirs.set_status([fid], "ignored", seen=dict(opened))
            outcome.append("saved")
        except ChangedElsewhere as exc:
            outcome.append(exc)

    with mine.transaction():
        mine.set_status([fid], "resolved", seen=dict(opened))
        other = threading.Thread(target=second)
        other.start()
        time.sleep(0.3)  # the other desk is waiting for this one's write
        assert not outcome
    other.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], ChangedElsewhere)
    assert "Min-ji" in str(outcome[0])
    assert theirs.get_feedback(fid).status == "resolved"


def test_a_schema_7_server_desk_gets_versions(pg_url):
    """V7 -> V8 on a team server: a desk made at schema 7 opens at 8, its rows at version 1."""
    from feedback_desk.core.store.pg.connection import PgConnection
    from feedback_desk.core.store.pg.engine import _STARTING_TAGS
    from feedback_desk.core.store.schema_pg import BASELINE, SCHEMA_VERSION

    old = PgConnection(parse_location(pg_url), False)
    old.run_script(BASELINE + _STARTING_TAGS)
    old.execute(
        "INSERT INTO feedback (received_at, body, dedup_key, created_at, updated_at) "
        "VALUES ('2026-03-01', 'Old item', 'k1', ?, ?)",
        (NOW, NOW),
    )
    old.close()
    with Store(pg_url) as store:
        assert SCHEMA_VERSION == 8
        assert store.conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 8
        (fid,) = [r[0] for r in store.conn.execute("SELECT id FROM feedback")]
        assert store.get_feedback(fid).version == 1
        store.set_status([fid], "resolved", seen={fid: 1})
        assert store.get_feedback(fid).version == 2


def test_details_erased_on_another_desk_cannot_be_saved_back(desks):
    mine, theirs = desks
    (fid,) = add(mine, "Call me back")
    shown = mine.customer_for(fid)  # the customer dialog open on this desk
    theirs.erase_person(theirs.person(shown.id))
    with pytest.raises(ChangedElsewhere, match="erased"):
        mine.update_customer(replace(shown, notes="Prefers mornings"), seen=shown.version)
    assert theirs.customer(shown.id).name == ""
