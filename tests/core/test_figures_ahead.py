"""The figures counted ahead (schema V7) stay exactly what counting the items themselves gives,
after every way the desk changes: an import (with replies), its undo, replies added and edited,
status, spam, sentiment, tags, the trash, erasing a customer, restoring an export, and old desks
migrated. "Counting the items" here is plain SQL and Python written for the test, not the
store's own statements; and the dashboard, stats and response times read from the sums agree
with the same figures counted item by item."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from feedback_desk.core import backups, dashboard, erasure, importer
from feedback_desk.core.demo import load_demo
from feedback_desk.core.export import export_desk
from feedback_desk.core.records import Segment
from feedback_desk.core.restore import restore_export
from feedback_desk.core.store import Store
from feedback_desk.core.store import dashboard as store_dashboard
from feedback_desk.core.store import replies as store_replies
from feedback_desk.core.store import stats as store_stats

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 20)
EXPORTS = Path(__file__).resolve().parents[1] / "data" / "exports"
SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"
COUNTED = "deleted_at IS NULL AND is_spam = 0"
DAY_COUNTS = (
    "count(*)",
    "count(*) FILTER (WHERE nps_score >= 9)",
    "count(*) FILTER (WHERE nps_score BETWEEN 7 AND 8)",
    "count(*) FILTER (WHERE nps_score <= 6)",
    *(f"count(*) FILTER (WHERE sentiment = '{s}')" for s in ("positive", "neutral", "negative")),
    "count(*) FILTER (WHERE sentiment = 'unscored')",
    *(f"count(*) FILTER (WHERE rating = {n})" for n in range(1, 6)),
    "count(*) FILTER (WHERE status IN ('new', 'needs_reply'))",
    "count(first_reply_at)",
)


def _hours(received: str, answered: str) -> float | None:
    """Hours from feedback to its first answer as the owner reads them: None for a bare day."""
    if received[11:19] in ("", "00:00:00") or answered[11:19] in ("", "00:00:00"):
        return None
    taken = datetime.fromisoformat(answered) - datetime.fromisoformat(received)
    return max(0, round(taken.total_seconds())) / 3600


def assert_counted_right(store) -> None:
    """The sums per day and channel, per tag, and each item's first answer, as kept, against
    the items counted now."""
    conn = store.conn
    days = {
        row[:2]: row[2:]
        for row in conn.execute(
            f"SELECT substr(received_at, 1, 10), channel, {', '.join(DAY_COUNTS)} "
            f"FROM feedback WHERE {COUNTED} GROUP BY 1, 2"
        )
    }
    kept = {row[:2]: row[2:] for row in conn.execute("SELECT * FROM figures_by_day")}
    assert kept == days
    tags = conn.execute(
        "SELECT substr(f.received_at, 1, 10), f.channel, f.sentiment, ft.tag_id, count(*) "
        f"FROM feedback f JOIN feedback_tags ft ON ft.feedback_id = f.id WHERE f.{COUNTED} "
        "GROUP BY 1, 2, 3, 4"
    ).fetchall()
    assert sorted(conn.execute("SELECT * FROM tags_by_day")) == sorted(tags)
    replies: dict[int, list] = {}
    for fid, rid, when, by in conn.execute("SELECT feedback_id, id, replied_at, by FROM replies"):
        replies.setdefault(fid, []).append((rid, when, by))
    for fid, received, first, by, hours in conn.execute(
        "SELECT id, received_at, first_reply_at, first_reply_by, first_reply_hours FROM feedback"
    ):
        if first is None:
            assert (by, hours) == (None, None), fid
            continue
        firsts = sorted(r for r in replies.get(fid, []) if r[1] == first)
        assert by == (firsts[0][2] if firsts else ""), fid
        expected = _hours(received, first)
        assert hours is None if expected is None else hours == pytest.approx(expected), fid


@pytest.fixture
def demo(store):
    load_demo(store, TODAY)
    return store


def test_a_demo_desk_is_counted_right_through_every_change(demo):
    store = demo
    assert_counted_right(store)
    assert store.conn.execute("SELECT count(*) FROM tags_by_day").fetchone()[0] > 0

    # An import whose rows bring replies with their times, then more changes of every kind.
    summary = importer.run_import(store, EXPORTS / "trustpilot.csv")
    assert summary.added > 0
    assert_counted_right(store)
    waiting = [
        r[0] for r in store.conn.execute("SELECT id FROM feedback WHERE first_reply_at IS NULL")
    ]
    reply = store.add_reply(waiting[0], "Sorry about that.", "2026-11-19T10:00:00", by="Dana")
    store.edit_reply(reply, "Sorry about that, truly.", by="Sam")
    # An earlier answer found later: it becomes the first, and its writer the one who answered.
    store.add_reply(waiting[0], "Called them.", "2026-11-18T08:00:00", by="Min-jun", how="phone")
    store.add_reply(waiting[1], "Thanks!", None, by="Dana")  # no time known
    assert_counted_right(store)
    assert store.get_feedback(waiting[0]).first_reply_at == "2026-11-18T08:00:00"

    store.set_status(waiting[2:6], "resolved")
    store.mark_spam(waiting[6:9])
    store.unmark_spam(waiting[6:7])
    store.override_sentiment(waiting[9:12], "negative")
    store.clear_override(waiting[9:10])
    assert_counted_right(store)

    tag = store.create_tag("Parking")
    store.tag(waiting[:20], tag)
    store.untag(waiting[:5], tag)
    other = store.tags()[0].id
    store.merge_tags([tag], other)
    store.delete_tag(store.tags()[1].id)
    assert_counted_right(store)

    moved = store.delete_feedback(waiting[20:40])
    store.restore_feedback(moved[:5])
    assert store.empty_trash() == 15
    assert_counted_right(store)

    (email,) = store.conn.execute(
        "SELECT c.email FROM customers c JOIN feedback f ON f.customer_id = c.id "
        "WHERE c.email <> '' GROUP BY c.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    person = erasure.find(store, email)
    erasure.erase(store, person)
    assert_counted_right(store)

    importer.undo_import(store, summary.batch_id)
    assert_counted_right(store)


def test_a_restored_export_is_counted_as_the_desk_it_came_from(demo, tmp_path):
    out = tmp_path / "desk.json"
    export_desk(demo, out)
    with Store(tmp_path / "new.db") as new:
        restore_export(new, out)
        assert_counted_right(new)
        assert new.stats(today=TODAY) == demo.stats(today=TODAY)


def test_a_restored_backup_is_counted_as_it_was(db_path):
    with Store(db_path) as store:
        load_demo(store, TODAY)
        backup = store.backup()
        before = store.stats(today=TODAY)
        ids = [r[0] for r in store.conn.execute("SELECT id FROM feedback LIMIT 30")]
        store.mark_spam(ids[:10])
        store.delete_feedback(ids[10:20])
        store.add_reply(ids[25], "Thank you!", "2026-11-19T10:00:00", by="Dana")
    backups.restore(db_path, backup)
    with Store(db_path) as store:
        assert_counted_right(store)
        assert store.stats(today=TODAY) == before


@pytest.mark.parametrize("version", range(1, 7))
def test_an_old_desk_is_counted_when_it_migrates(version, tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(SCHEMAS / f"feedback-v{version}.db", path)
    with Store(path) as store:
        assert store.conn.execute("SELECT count(*) FROM figures_by_day").fetchone()[0] > 0
        assert_counted_right(store)


def test_the_figures_read_ahead_are_those_counted_item_by_item(demo, monkeypatch):
    """Every figure the dashboard, stats and the Response times tab show, read from the sums,
    equals the same figure counted from the items (the way a location's figures are read)."""
    store = demo
    asked = [
        lambda: dashboard.build(store, "12m", "month", TODAY),
        lambda: dashboard.build(store, "3m", "week", TODAY, Segment(channel="survey")),
        lambda: dashboard.build(
            store, "custom", "quarter", TODAY, custom=(date(2016, 1, 1), TODAY)
        ),
        lambda: store.stats(today=TODAY),
        lambda: store.stats(date(2026, 10, 1), date(2026, 10, 31), TODAY),
        lambda: store.response_times_by("month"),
        lambda: store.response_times_by("week", date(2026, 9, 1), TODAY),
        lambda: store.response_times_by("member"),
        lambda: store.response_times_by("month", date(2026, 6, 1)),
        lambda: store.response_times_by("member", date(2026, 6, 1)),
    ]
    ahead = [ask() for ask in asked]
    assert ahead[0].total.feedback > 0 and ahead[0].negative_tags
    for module in (store_stats, store_dashboard, store_replies):
        monkeypatch.setattr(module, "counted_ahead", lambda segment: False)
    assert [ask() for ask in asked] == ahead
