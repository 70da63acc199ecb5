"""Every released schema opens, migrates and keeps all its data.

tests/data/schemas/feedback-v{N}.db is a desk as the release that wrote schema N left it
(made by tests/data/make_schema_files.py with that release's code). Each is copied, opened with
today's Store and compared with the file as it was, table by table, on the columns the old
schema had.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from feedback_desk.core import dashboard, intake, sentiment
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store import Store
from feedback_desk.core.store.database import backups_dir
from feedback_desk.core.store.schema import MIGRATIONS, SCHEMA_VERSION

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"
RELEASED = sorted(int(p.stem.removeprefix("feedback-v")) for p in SCHEMAS.glob("feedback-v*.db"))
TODAY = date(2026, 3, 15)


def _tables(conn: sqlite3.Connection) -> dict[str, bool]:
    """Ordinary tables (not the search index's) and whether each has a rowid."""
    virtual = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")
    ]
    return {
        name: "WITHOUT ROWID" not in sql.upper()
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        if name not in virtual and not any(name.startswith(v + "_") for v in virtual)
    }


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> dict[tuple, dict]:
    """The rows of a table on ``columns``, by primary key."""
    info = conn.execute(f"PRAGMA table_info({table})").fetchall()
    key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] or ["rowid"]
    found = {}
    for row in conn.execute(f"SELECT {', '.join(key + columns)} FROM {table}"):
        found[tuple(row[: len(key)])] = dict(zip(columns, row[len(key) :], strict=True))
    return found


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _expected(table: str, row: dict, version: int) -> dict:
    """What an old row is after the migrations: V3 made follow-up outcomes keys; V5 read
    Korean text with the Korean model (the customer's stars still decide the label)."""
    if table == "followups" and version < 3:
        return {**row, "outcome": row["outcome"].replace(" ", "_")}
    if table == "feedback" and version < 5 and row["language"] == "ko":
        scored = sentiment.rescore(row["title"], row["body"], row["rating"], row["nps_score"])
        assert scored.sentiment == row["sentiment"]  # every old Korean row had a score
        return {**row, "compound": scored.compound, "mixed": int(scored.mixed)}
    return row


@pytest.fixture(params=RELEASED, ids=[f"schema-{n}" for n in RELEASED])
def migrated(request, tmp_path):
    version = request.param
    source = SCHEMAS / f"feedback-v{version}.db"
    path = tmp_path / "desk" / "feedback.db"
    path.parent.mkdir()
    shutil.copyfile(source, path)
    with contextlib.closing(sqlite3.connect(source)) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == version
        before = {
            table: (_columns(old, table), _rows(old, table, _columns(old, table)))
            for table in _tables(old)
        }
    with Store(path) as store:
        yield version, before, store


def _schema(conn: sqlite3.Connection) -> set[tuple]:
    return set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def test_every_older_schema_has_its_file():
    missing = set(range(1, SCHEMA_VERSION)) - set(RELEASED)
    assert not missing, (
        f"no file for schema {sorted(missing)}: add the release's commit to RELEASES in "
        "tests/data/make_schema_files.py and run it"
    )
    assert max(RELEASED) <= SCHEMA_VERSION


@pytest.mark.parametrize("version", RELEASED)
def test_todays_steps_still_make_what_each_release_made(version, tmp_path):
    """A step that has shipped is never edited: today's first N steps make exactly the tables
    and indexes that release N wrote."""
    with contextlib.closing(sqlite3.connect(SCHEMAS / f"feedback-v{version}.db")) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == version
        assert old.execute("SELECT count(*) FROM feedback").fetchone()[0] >= 20
        released = _schema(old)
    with contextlib.closing(sqlite3.connect(tmp_path / "today.db")) as today:
        # the app's own scoring, which schema 5's step calls on stored rows (here: none)
        today.create_function("fd_language", 2, lambda *_: "und")
        today.create_function("fd_rescored", 5, lambda *_: None)
        # and the search text, which schema 6's step indexes again (here: no rows)
        today.create_function("fd_search_text", -1, lambda *_: "")
        for step in MIGRATIONS[:version]:
            today.executescript(step)
        assert _schema(today) == released


def test_an_old_desk_migrates_with_a_backup_and_stays_whole(migrated):
    version, _, store = migrated
    conn = store.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO feedback_fts(feedback_fts) VALUES ('integrity-check')")
    backups = list(backups_dir(store.path).glob(f"*-before-schema-{version + 1}.db"))
    if version == SCHEMA_VERSION:  # today's schema: nothing to upgrade, nothing to back up
        assert not backups_dir(store.path).exists()
        return
    assert len(backups) == 1
    with contextlib.closing(sqlite3.connect(backups[0])) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == version


def test_every_old_row_keeps_its_values(migrated):
    version, before, store = migrated
    for table, (columns, old_rows) in before.items():
        new_rows = _rows(store.conn, table, columns)
        for key, old in old_rows.items():
            assert key in new_rows, f"{table} {key} is gone"
            new = new_rows[key]
            expected = _expected(table, old, version)
            if table == "feedback" and old["customer_id"] is None:
                # Feedback an old version stored without a customer is linked on first open.
                expected = {**expected, "customer_id": new["customer_id"]}
            assert new == expected, f"{table} {key}"
    # V2 worked out when each item was first answered from its replies.
    first = dict(store.conn.execute("SELECT id, first_reply_at FROM feedback"))
    assert first[1] == "2025-11-03T12:00:00" and first[22] is None and first[3] is None


def test_an_old_desk_searches_counts_and_shows_its_dashboard(migrated):
    _, before, store = migrated
    assert {f.id for f in store.search("크루아상")} == {2}
    assert {f.id for f in store.search("sourdough")} == {3}
    assert [f.id for f in store.search("빵")] == [24, 9]
    counted = sum(
        1 for row in before["feedback"][1].values() if not row["is_spam"] and not row["deleted_at"]
    )
    figures = store.stats(today=TODAY)
    assert figures["feedback"] == counted
    assert figures["nps"]["responses"] == 7
    assert figures["replied"] >= 4
    board = dashboard.build(store, "6m", "month", TODAY)
    assert board.total.feedback == counted
    assert store.view_counts(TODAY)
    # Customers work after the migration: new feedback from a known address finds its customer.
    added = intake.add_feedback(
        store, [NewFeedback(body="Hi again", email="jane@example.com")], "form"
    )
    fid = store.feedback_in_batch(added.batch_id)[0][0]
    assert store.get_feedback(fid).customer_id == store.get_feedback(1).customer_id == 1
    assert store.timeline(1)


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_an_old_desk_exports_and_restores_with_nothing_lost(migrated, tmp_path, suffix):
    """Merged customers, an undone import, spam and the trash of a real old desk survive a
    move to a new computer through an export."""
    from feedback_desk.core.export import export_desk
    from feedback_desk.core.restore import restore_export

    _, _, store = migrated
    first, second = tmp_path / f"first{suffix}", tmp_path / f"second{suffix}"
    assert export_desk(store, first) == 24
    with Store(tmp_path / "new" / "feedback.db") as new:
        assert restore_export(new, first).feedback == 24
        export_desk(new, second)
        assert {f.id for f in new.search("크루아상")} == {2}
        assert new.stats(today=TODAY)["feedback"] == store.stats(today=TODAY)["feedback"]
    if suffix == ".json":
        first_text, second_text = (p.read_text(encoding="utf-8") for p in (first, second))
        # At most the line saying when it was exported differs.
        differ = [
            (a, b)
            for a, b in zip(first_text.splitlines(), second_text.splitlines(), strict=True)
            if a != b
        ]
        assert all('"exported_at"' in a for a, _ in differ) and len(differ) <= 1
    else:
        assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("version", [1, 2])
def test_a_customer_an_old_version_knew_by_phone_is_found_by_phone(version, tmp_path):
    path = tmp_path / "feedback.db"
    shutil.copyfile(SCHEMAS / f"feedback-v{version}.db", path)
    with Store(path) as store:
        added = intake.add_feedback(
            store, [NewFeedback(body="Again", phone="555.010.0199")], "form"
        )
        fid = store.feedback_in_batch(added.batch_id)[0][0]
        assert store.get_feedback(fid).customer_id == 3  # Mrs. Park, (555) 010-0199


def test_schema_5_reads_korean_text_and_leaves_unread_languages_unscored(tmp_path):
    """Korean items an older version stored as not scored are read by the Korean text model
    when the desk is opened (after a backup); one the owner labelled by hand stays as it was;
    a Vietnamese complaint an older version took for calm English is not scored any more."""
    path = tmp_path / "desk" / "feedback.db"
    path.parent.mkdir()
    shutil.copyfile(SCHEMAS / "feedback-v4.db", path)
    rows = [
        # id, body, rating, language, sentiment, compound, overridden
        (
            101,
            "배달이 한 시간 넘게 걸리고 음식이 다 식었어요. 최악이에요",
            None,
            "ko",
            "unscored",
            None,
            0,
        ),
        (
            102,
            "직원분들이 친절하고 빵이 정말 맛있어요. 또 올게요!",
            None,
            "ko",
            "unscored",
            None,
            0,
        ),
        (103, "직원분들이 친절하고 커피가 정말 맛있어요", None, "ko", "negative", None, 1),
        (104, "정말 맛있어요! 직원분들도 최고예요", 1, "ko", "negative", None, 0),
        (105, "Dịch vụ rất tệ", None, "en", "neutral", 0.0, 0),
        (106, "The bread was stale and the coffee cold.", None, "en", "negative", -0.44, 0),
    ]
    with contextlib.closing(sqlite3.connect(path)) as old:
        for fid, body, rating, language, label, compound, overridden in rows:
            old.execute(
                "INSERT INTO feedback (id, received_at, body, rating, language, sentiment, "
                "compound, sentiment_overridden, dedup_key, created_at, updated_at) "
                "VALUES (?, '2026-01-05T10:00', ?, ?, ?, ?, ?, ?, ?, '2026-01-05', '2026-01-05')",
                (fid, body, rating, language, label, compound, overridden, f"v5-{fid}"),
            )
        old.commit()
    with Store(path) as store:
        got = {i: store.get_feedback(i) for i, *_ in rows}
        assert list(backups_dir(path).glob("*-before-schema-5.db"))
    assert (got[101].sentiment, got[102].sentiment) == ("negative", "positive")
    assert got[101].compound < 0 < got[102].compound
    assert (got[103].sentiment, got[103].compound) == ("negative", None)  # set by hand
    assert (got[104].sentiment, got[104].mixed) == ("negative", True)  # 1 star, glowing words
    assert (got[105].language, got[105].sentiment, got[105].compound) == ("und", "unscored", None)
    assert (got[106].sentiment, got[106].compound) == ("negative", -0.44)  # English: as it was
