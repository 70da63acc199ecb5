"""What a desk on a team server does its own way: its search words are written with the row
by every path that changes an item's title, text or customer or a note's text; reading that
stops being wanted is cancelled on the server; a desk opened for reading never migrates.

On the tests' own PostgreSQL server (tests/pg.py); skipped, with the reason, where it cannot
start (failed under FEEDBACK_DESK_REQUIRE_POSTGRES=1).
"""

from __future__ import annotations

import contextlib
import time

import psycopg
import pytest

from feedback_desk.core import erasure, intake
from feedback_desk.core.errors import StoreError
from feedback_desk.core.export import export_desk
from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.core.restore import restore_export
from feedback_desk.core.search_text import server_search_text
from feedback_desk.core.store import ReadingStopped, Store
from feedback_desk.core.store.schema_pg import SCHEMA_VERSION

pytestmark = pytest.mark.both_engines
server_only = pytest.mark.parametrize("engine", ["server"])


def add(store, *items: NewFeedback):
    with store.transaction():
        return intake.add_feedback(store, items, "form")


def assert_search_current(store) -> None:
    """Every item's and note's search words are those of its text as it is now."""
    stale = [
        ("feedback", fid)
        for fid, title, body, author, words in store.conn.execute(
            "SELECT id, title, body, author, search::text FROM feedback"
        ).fetchall()
        if words != _words(store, server_search_text(title, body, author))
    ] + [
        ("notes", nid)
        for nid, body, words in store.conn.execute(
            "SELECT id, body, search::text FROM notes"
        ).fetchall()
        if words != _words(store, server_search_text(body))
    ]
    assert not stale, f"search words not current for {stale}"


def _words(store, text: str) -> str:
    return store.conn.execute("SELECT to_tsvector('fd_search', ?)::text", (text,)).fetchone()[0]


def found(store, words: str) -> list[int]:
    return sorted(r.id for r in store.inbox_page(0, 50, InboxQuery(search=words)))


@server_only
def test_new_items_and_notes_carry_their_search_words(store):
    (first, second), _ = _two_items(store)
    note = store.add_note(first, "손님이 크루아상 환불 요청", by="Min")
    assert_search_current(store)
    assert found(store, "아상") == [first] and found(store, "Anna") == [second]
    assert found(store, "환불") == [first]  # by its note
    assert note


def _two_items(store):
    added = add(
        store,
        NewFeedback(body="맛있는 크루아상", author="김민지", received_at="2026-03-01T09:00:00"),
        NewFeedback(
            body="Stale bread", title="Café", author="Anna", received_at="2026-03-02T09:00:00"
        ),
    )
    ids = [r.id for r in store.inbox_page(0, 10)][::-1]
    return ids, added


@server_only
def test_a_deleted_note_put_back_by_undo_is_found_again(store):
    (first, _), _ = _two_items(store)
    note = store.delete_note(store.add_note(first, "refund promised"))
    assert found(store, "refund") == []
    store.restore_note(note)
    assert_search_current(store)
    assert found(store, "refund") == [first]


@server_only
def test_an_erasure_rewrites_the_search_words_of_items_and_notes(store):
    added = add(
        store,
        NewFeedback(
            body="Call Jane Doe on 503-555-0199",
            author="Jane Doe",
            email="jane.doe@example.com",
            received_at="2026-03-01T09:00:00",
        ),
        NewFeedback(body="Bob liked it", author="Bob Stone", received_at="2026-03-02T09:00:00"),
    )
    assert added
    jane = min(r.id for r in store.inbox_page(0, 10))
    store.add_note(jane, "Jane Doe asked for a refund")
    assert found(store, "jane") == [jane]
    erasure.erase(store, erasure.find(store, "jane.doe@example.com"))
    assert_search_current(store)
    assert found(store, "jane") == [] and found(store, "doe") == []
    assert found(store, "refund") == [jane]  # the rest of the note is still found
    assert len(found(store, "bob")) == 1


@server_only
def test_a_restored_export_and_an_undone_import_leave_the_search_words_current(
    store, tmp_path, pg_server, pg_desk_template
):
    (first, _), batch = _two_items(store)
    store.add_note(first, "단골 손님")
    out = tmp_path / "desk.json"
    export_desk(store, out)
    store.undo_batch(batch.batch_id, intake.now_iso())
    assert_search_current(store)
    assert found(store, "아상") == [] and found(store, "단골") == []
    name = pg_server.create_database(pg_desk_template)
    try:
        with Store(pg_server.url(name)) as other:
            restore_export(other, out)
            assert_search_current(other)
            assert found(other, "아상") == [first] and found(other, "단골") == [first]
    finally:
        pg_server.drop_database(name)


@server_only
def test_a_long_count_on_the_server_is_called_off(store, desk_location):
    add(store, NewFeedback(body="one", received_at="2026-03-01T09:00:00"))
    # Another desk holds the feedback table: the count waits until it is called off.
    with contextlib.closing(psycopg.connect(desk_location)) as other:
        other.execute("LOCK TABLE feedback IN ACCESS EXCLUSIVE MODE")
        began = time.perf_counter()
        assert store.inbox_count(stop=lambda: time.perf_counter() > began + 0.2) is None
        assert time.perf_counter() - began < 2
        with (
            pytest.raises(ReadingStopped),
            store.stopping_when(lambda: time.perf_counter() > began + 0.4),
        ):
            store.conn.execute("SELECT pg_sleep(5)")
        assert store.inbox_count_capped(within=0.05) is None  # the window's quick count
    assert store.inbox_count() == 1  # the connection goes on as before
    assert store.inbox_count(stop=lambda: False) == 1


@server_only
def test_a_server_desk_opened_for_reading_reads_and_never_migrates(store, desk_location):
    add(store, NewFeedback(body="Great coffee", received_at="2026-03-01T09:00:00"))
    with Store.reading(desk_location) as reading:
        assert reading.inbox_count() == 1 and found(reading, "coffee")
        with pytest.raises(StoreError, match="read-only"):
            reading.set_setting("business_name", "Bakery")
    for version, said in ((SCHEMA_VERSION + 1, "newer version"), (1, "needs an upgrade")):
        store.conn.execute("UPDATE schema_version SET version = ?", (version,))
        with pytest.raises(StoreError, match=said):
            Store.reading(desk_location)
        (kept,) = store.conn.execute("SELECT version FROM schema_version").fetchone()
        assert kept == version  # nothing was migrated


def test_a_desk_on_either_engine_reads_what_it_wrote(store, engine):
    """The same calls on a file and on a server (the module's other tests are server-only)."""
    (first, second), _ = _two_items(store)
    store.add_note(second, "frais")
    assert found(store, "크루아상") == [first]
    assert found(store, "cafe") == [second]
    assert found(store, "frais") == [second]
