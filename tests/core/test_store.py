"""The store: the database file, its schema steps, and feedback in and out."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date

import pytest

from feedback_desk.core import intake
from feedback_desk.core.export import export
from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.core.store import Store, StoreError, schema

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


def add(store, *items, source="paste"):
    return intake.add_feedback(store, list(items), source)


@pytest.mark.file_only  # the file's own settings
def test_new_database_is_wal_with_foreign_keys_and_current_schema(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert {
        "feedback",
        "customers",
        "tags",
        "feedback_tags",
        "response_templates",
        "replies",
        "followups",
        "notes",
        "import_batches",
        "settings",
        "feedback_fts",
    } <= tables


def test_a_migration_copies_the_file_first_and_runs_in_steps(db_path, monkeypatch):
    with Store(db_path) as store:
        add(store, NewFeedback(body="Lovely bread", rating=5))
    monkeypatch.setattr(
        schema, "MIGRATIONS", (*schema.MIGRATIONS, "ALTER TABLE feedback ADD COLUMN mood TEXT;")
    )
    monkeypatch.setattr("feedback_desk.core.store.database.MIGRATIONS", schema.MIGRATIONS)
    current = schema.SCHEMA_VERSION
    monkeypatch.setattr("feedback_desk.core.store.database.SCHEMA_VERSION", current + 1)
    with Store(db_path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == current + 1
        assert store.inbox_count() == 1
    copies = list((db_path.parent / "backups").glob(f"*before-schema-{current + 1}.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == current
        assert copy.execute("SELECT body FROM feedback").fetchone()[0] == "Lovely bread"


def test_a_failing_migration_step_changes_nothing(db_path, monkeypatch):
    with Store(db_path) as store:
        add(store, NewFeedback(body="Lovely bread", rating=5))
    broken = "ALTER TABLE feedback ADD COLUMN mood TEXT;\nTHIS IS NOT SQL;"
    monkeypatch.setattr(
        "feedback_desk.core.store.database.MIGRATIONS", (*schema.MIGRATIONS, broken)
    )
    current = schema.SCHEMA_VERSION
    monkeypatch.setattr("feedback_desk.core.store.database.SCHEMA_VERSION", current + 1)
    with pytest.raises(StoreError, match="Nothing in it was changed"):
        Store(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == current
        columns = [r[1] for r in conn.execute("PRAGMA table_info(feedback)")]
        assert "mood" not in columns


def test_a_database_from_a_newer_version_is_refused_untouched(db_path):
    Store(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        Store(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_gets_a_plain_message(db_path):
    db_path.write_bytes(b"this is a shopping list, not a database" * 100)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="not a Feedback Desk database"):
        Store(db_path)
    assert db_path.read_bytes() == before


def test_duplicates_are_left_out_by_text_or_external_id(store):
    first = add(
        store,
        NewFeedback(body="Great  bread", author="Ann", received_at="2026-10-01T09:00:00"),
        NewFeedback(body="x", external_id="r-1", channel="google"),
    )
    again = add(
        store,
        NewFeedback(body="great bread", author="ann", received_at="2026-10-01T17:00:00"),
        NewFeedback(body="edited later", external_id="r-1", channel="Google"),
        NewFeedback(body="Great bread", author="Ann", received_at="2026-10-02T09:00:00"),
    )
    assert (first.added, first.duplicates) == (2, 0)
    assert (again.added, again.duplicates) == (1, 2)
    assert store.inbox_count() == 3


def test_inbox_pages_read_the_same_from_either_end(store):
    items = [
        NewFeedback(
            body=f"review {i}",
            received_at=f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00",
        )
        for i in range(537)
    ]
    add(store, *items)
    total = store.inbox_count()
    forward = [r.id for start in range(0, total, 100) for r in store.inbox_page(start, 100)]
    both_ends = [
        r.id for start in range(0, total, 100) for r in store.inbox_page(start, 100, total=total)
    ]
    assert forward == both_ends
    assert len(set(forward)) == total == 537
    dates = [r.received_at for r in store.inbox_page(0, total)]
    assert dates == sorted(dates, reverse=True)


def test_search_finds_words_and_word_starts(store):
    add(
        store,
        NewFeedback(body="The croissants were flaky and buttery"),
        NewFeedback(body="Coffee was cold", title="Disappointed"),
        NewFeedback(body="Nice", author="Croissant Lover"),
    )
    assert {f.body for f in store.search("croissant")} == {
        "The croissants were flaky and buttery",
        "Nice",
    }
    assert [f.body for f in store.search("disap")] == ["Coffee was cold"]
    assert store.search('"; DROP TABLE feedback; --') == []
    assert store.inbox_count(InboxQuery(search="cold coffee")) == 1


def test_stats_by_hand(store):
    add(
        store,
        NewFeedback(
            body="Love it",
            nps_score=10,
            received_at="2026-10-02T10:00:00",
            channel="survey",
            reply="Thank you!",
            replied_at="2026-10-02T14:00:00",
        ),
        NewFeedback(body="Fine", nps_score=8, received_at="2026-10-03T10:00:00", channel="survey"),
        NewFeedback(
            body="Slow",
            nps_score=3,
            received_at="2026-10-31T23:30:00+09:00"[:19],
            utc_offset_minutes=540,
            channel="survey",
            tags=("Speed",),
            reply="Sorry",
            replied_at="2026-11-01T09:30:00",
        ),
        NewFeedback(
            body="Stale bread, awful",
            rating=1,
            received_at="2026-10-20T08:00:00",
            channel="google",
            tags=("Quality", "Speed"),
        ),
        NewFeedback(body="크루아상이 최고예요", received_at="2026-10-21T08:00:00", channel="naver"),
        NewFeedback(body="Next month", nps_score=9, received_at="2026-11-01T00:00:00"),
    )
    october = store.stats(date(2026, 10, 1), date(2026, 10, 31), today=date(2026, 11, 22))
    assert october["feedback"] == 5
    assert october["nps"] == {
        "responses": 3,
        "promoters": 1,
        "passives": 1,
        "detractors": 1,
        "score": 0.0,
        "margin95": 92.4,
    }
    # The Korean review is read by the Korean text model.
    assert october["sentiment"] == {"positive": 2, "neutral": 1, "negative": 2, "unscored": 0}
    assert october["ratings"] == {"count": 1, "average": 1.0}
    assert october["replied"] == 2
    assert october["needs_reply"] == 3
    # First responses: 4 h and 10 h -> median 7 h.
    assert october["median_first_response_hours"] == 7.0
    assert october["channels"] == {"survey": 3, "google": 1, "naver": 1}
    assert october["top_tags"] == [{"tag": "Speed", "count": 2}, {"tag": "Quality", "count": 1}]
    assert store.stats()["feedback"] == 6


def test_undo_batch_removes_exactly_that_batch(store):
    add(store, NewFeedback(body="kept"))
    batch = add(store, NewFeedback(body="one", tags=("Speed",)), NewFeedback(body="two"))
    assert store.undo_batch(batch.batch_id, intake.now_iso()) == 2
    assert [f.body for f in store.iter_feedback()] == ["kept"]
    assert store.conn.execute("SELECT count(*) FROM feedback_tags").fetchone()[0] == 0


def test_export_csv_is_safe_in_a_spreadsheet_and_json_keeps_everything(store, tmp_path):
    add(
        store,
        NewFeedback(
            body='=HYPERLINK("http://x")',
            author="@joe",
            tags=("Price",),
            reply="Thanks",
            extra={"Table": "4"},
        ),
        NewFeedback(body="크루아상이 최고예요", rating=5),
    )
    assert export(store.iter_feedback(), tmp_path / "all.csv") == 2
    with (tmp_path / "all.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["body"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["author"] == "'@joe"
    assert rows[0]["tags"] == "Price"
    assert rows[1]["body"] == "크루아상이 최고예요"
    export(store.iter_feedback(), tmp_path / "all.json")
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert data[0]["tags"] == ["Price"] and data[0]["reply"] == "Thanks"
    assert data[0]["extra"] == {"Table": "4"}
    assert data[1]["sentiment"] == "positive"


@pytest.mark.file_only  # SQLite's triggers and FTS5 check; a server: test_search_words_*
def test_the_search_index_follows_adds_edits_and_deletes(store):
    kept = add(store, NewFeedback(body="Sourdough was perfect"))
    gone = add(store, NewFeedback(body="Sourdough was burnt"), NewFeedback(body="Rye was dry"))
    assert len(store.search("sourdough")) == 2
    store.undo_batch(gone.batch_id, intake.now_iso())
    assert [f.body for f in store.search("sourdough")] == ["Sourdough was perfect"]
    assert store.search("rye") == []
    item = store.search("sourdough")[0]
    with store.transaction():
        store.conn.execute(
            "UPDATE feedback SET body = 'Baguette was perfect' WHERE id = ?", (item.id,)
        )
    assert store.search("sourdough") == [] and len(store.search("baguette")) == 1
    # FTS5's own check that the index matches the table, row for row.
    store.conn.execute("INSERT INTO feedback_fts(feedback_fts) VALUES ('integrity-check')")
    assert kept.added == 1


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("크루아상", ["크루아상이 최고예요"]),
        ("커피", ["커피가 식었어요"]),
        ("빵", ["식빵이 맛있어요"]),
        ("最高", ["このパンは最高です"]),
        ("美味しい", ["ケーキが美味しい！"]),
        ("面包", ["这里的面包很好吃"]),
        ("café", ["Très bon café"]),
        ("cafe", ["Très bon café"]),
        ("croiss", ["The croissants were flaky"]),
        ("staff", ["Rude staff (noted by Dana)"]),
    ],
)
def test_search_finds_words_inside_korean_japanese_and_chinese(store, query, found):
    add(
        store,
        *[
            NewFeedback(body=text)
            for text in (
                "크루아상이 최고예요",
                "커피가 식었어요",
                "식빵이 맛있어요",
                "このパンは最高です",
                "ケーキが美味しい！",
                "这里的面包很好吃",
                "Très bon café",
                "The croissants were flaky",
            )
        ],
    )
    item = add(store, NewFeedback(body="Rude staff (noted by Dana)"))
    assert item.added == 1
    assert sorted(f.body for f in store.search(query)) == found


def test_search_looks_in_handling_notes(store):
    add(store, NewFeedback(body="The order was wrong"), NewFeedback(body="Lovely"))
    wrong = store.search("wrong")[0]
    store.add_note(wrong.id, "Refunded the birthday cake", "Dana", intake.now_iso())
    assert [f.body for f in store.search("refunded")] == ["The order was wrong"]


@pytest.mark.parametrize("typed", ["good", "g", "go", "goo", "visit go"])
def test_a_common_word_pages_the_same_way_both_plans(store, monkeypatch, typed):
    from feedback_desk.core.store import inbox as inbox_module

    items = [
        NewFeedback(
            body=f"good visit {i}" if i % 3 else f"fine visit {i}",
            received_at=f"2026-0{1 + i % 9}-1{i % 10}T10:00:00",
        )
        for i in range(90)
    ]
    add(store, *items)
    query = InboxQuery(search=typed)
    total = store.inbox_count(query)
    assert total == 60
    usual = [r.id for r in store.inbox_page(0, 25, query, total=total)]
    monkeypatch.setattr(inbox_module, "FREQUENT_MATCHES", 10)
    asked = []
    if not store.is_server:  # the walk newest first is the file's plan (on a server: one)
        store.conn.set_trace_callback(asked.append)
    walked = [r.id for r in store.inbox_page(0, 25, query, total=total)]
    if not store.is_server:
        store.conn.set_trace_callback(None)
    last = [r.id for r in store.inbox_page(50, 25, query, total=total)]
    assert walked == usual and len(walked) == 25
    assert len(last) == 10 and not set(last) & set(walked)
    # English words in plain text: each item's own text tells on the way.
    assert store.is_server or any("fd_words_found" in sql for sql in asked)


def test_a_count_to_a_cap_says_when_there_are_more(store):
    items = [
        NewFeedback(
            body=f"good coffee {i}" if i % 3 else f"slow service {i}",
            channel="google" if i % 2 else "email",
            received_at=f"2026-0{1 + i % 9}-1{i % 10}T10:00:00",
        )
        for i in range(60)
    ]
    add(store, *items)
    good = InboxQuery(search="goo")
    assert store.inbox_count(good) == 40
    assert store.inbox_count_capped(good, cap=100) == (40, True)
    assert store.inbox_count_capped(good, cap=39) == (39, False)
    assert store.inbox_count_capped(good, cap=40) == (40, True)
    both = InboxQuery(search="good", channels=("google",))
    assert store.inbox_count_capped(both, cap=100) == (store.inbox_count(both), True) == (20, True)
    assert store.inbox_count_capped(InboxQuery(), cap=50) == (50, False)
    assert store.inbox_count_capped(InboxQuery(channels=("email",))) == (30, True)
    # An item found by its note alone counts too.
    slow = store.inbox_page(0, 1, InboxQuery(search="slow"))[0]
    store.add_note(slow.id, "Offered a goodwill voucher", "Dana", intake.now_iso())
    assert store.inbox_count_capped(good, cap=100) == (41, True)
    # Items in the trash or spam are never counted, however the count is made.
    gone = [r.id for r in store.inbox_page(0, 6, good)]
    store.delete_feedback(gone[:3])
    store.mark_spam(gone[3:])
    assert store.inbox_count(good) == 35
    for cap, expected in ((10, (10, False)), (34, (34, False)), (35, (35, True)), (36, (35, True))):
        assert store.inbox_count_capped(good, cap=cap) == expected
    mixed = InboxQuery(mixed=True)
    assert store.inbox_count_capped(mixed) == (store.inbox_count(mixed), True)
