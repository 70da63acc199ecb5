"""A customer asks to be forgotten, or for a copy of their data: their name, e-mail and phone
leave the desk (the search index, an export and the raw file included) while every figure
stays; the backups that still hold them are named, rewritten or removed."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from feedback_desk.core import erasure, intake
from feedback_desk.core.personal import ERASED, Person, scrub
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store.database import check_backup

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

EMAIL = "Jane.Doe@Example.com"
PHONE = "+1 (503) 555-0199"
DIGITS = "15035550199"


def add(store, *items: NewFeedback) -> list[int]:
    intake.add_feedback(store, list(items), "form")
    return [r[0] for r in store.conn.execute("SELECT id FROM feedback ORDER BY id")]


@pytest.fixture
def desk(store):
    """Jane (two items by e-mail and phone, a reply, a note and a follow-up that name her),
    and Bob, who stays."""
    ids = add(
        store,
        NewFeedback(
            "Waited 40 minutes. Call me on 503-555-0199 or write to jane.doe@example.com",
            "2026-03-02T10:00:00",
            channel="survey",
            author="Jane Doe",
            email=EMAIL,
            nps_score=3,
            extra={"Address": "12 Elm Street"},
        ),
        NewFeedback(
            "Much better this time, thanks Mina!",
            "2026-04-05T09:00:00",
            channel="phone",
            author="Jane D.",
            email=EMAIL.lower(),
            phone=PHONE,
            nps_score=9,
        ),
        NewFeedback(
            "Lovely croissants.",
            "2026-03-10",
            channel="google",
            author="Bob Stone",
            email="bob@example.org",
            nps_score=10,
        ),
    )
    jane_items = ids[:2]
    store.conn.execute(
        "UPDATE customers SET notes = 'Jane likes oat milk' WHERE email = 'jane.doe@example.com'"
    )
    store.add_reply(jane_items[0], "Hi Jane, so sorry about the wait.", "2026-03-02T12:00:00")
    store.add_note(jane_items[0], "Jane Doe called again, 503.555.0199", by="Mina")
    with store.transaction():
        store.add_followup(
            jane_items[0], "2026-03-03", "call", "2026-03-02T12:00:00", note="Ring Jane back"
        )
    return store, jane_items, ids[2]


def test_erasing_by_e_mail_leaves_no_name_e_mail_or_phone_and_keeps_every_figure(desk):
    store, jane_items, bob = desk
    before = store.stats(None, None)
    figures = "SELECT id, received_at, channel, rating, nps_score, sentiment, status FROM feedback"
    kept = store.conn.execute(figures).fetchall()
    done = erasure.erase(store, erasure.find(store, "JANE.DOE@example.com"))

    assert (done.erased.items, done.erased.replies, done.erased.notes) == (2, 1, 1)
    assert done.erased.followups == 1
    assert store.stats(None, None) == before  # past NPS and every count unchanged
    assert store.conn.execute(figures).fetchall() == kept
    rows = store.conn.execute(
        "SELECT author, email, phone, title, body, extra FROM feedback WHERE id IN (?, ?) "
        "ORDER BY id",
        jane_items,
    ).fetchall()
    assert all(r[:3] == ("", "", "") and r[5] == "{}" for r in rows)
    assert rows[0][4] == f"Waited 40 minutes. Call me on {ERASED} or write to {ERASED}"
    assert rows[1][4] == "Much better this time, thanks Mina!"  # Mina is the owner's staff
    texts = [
        r[0]
        for r in store.conn.execute(
            "SELECT body FROM replies UNION ALL SELECT body FROM notes "
            "UNION ALL SELECT note FROM followups UNION ALL SELECT notes FROM customers"
        )
    ]
    assert f"Hi {ERASED}, so sorry about the wait." in texts
    assert f"{ERASED} called again, {ERASED}" in texts
    assert f"Ring {ERASED} back" in texts
    assert not any("Jane" in t or "oat milk" in t for t in texts)
    assert store.get_feedback(bob).author == "Bob Stone"  # nobody else is touched


def test_after_an_erasure_search_export_and_the_raw_file_hold_no_trace(desk, db_path, tmp_path):
    store, _, _ = desk
    assert store.search("jane")  # found before
    erasure.erase(store, erasure.find(store, PHONE))
    for word in ("jane", "Doe", "jane.doe@example.com", "0199", "Elm"):
        assert store.search(word) == [], word
    out = tmp_path / "all.json"
    from feedback_desk.core.export import export_desk

    export_desk(store, out)
    exported = out.read_text(encoding="utf-8")
    raw = b""
    if not store.is_server:  # a server's files are the server's (see the next test)
        raw = db_path.read_bytes() + db_path.with_name(db_path.name + "-wal").read_bytes()
    for trace in ("jane.doe", "Jane", "555-0199", "5550199", "oat milk", "Elm Street"):
        assert trace.lower() not in exported.lower(), trace
        assert trace.lower().encode() not in raw.lower(), trace
    assert "Bob Stone" in exported


def test_an_erasure_on_a_server_says_what_the_server_s_own_copies_keep(desk):
    store, _, _ = desk
    done = erasure.erase(store, erasure.find(store, EMAIL))
    if store.is_server:
        assert done.backups == []  # Feedback Desk keeps no copies of a server desk
        assert "write-ahead log" in done.describe() and "pg_dump" in done.describe()
    else:
        assert "pg_dump" not in done.describe()


def test_the_erasure_is_recorded_with_counts_and_no_personal_data(desk):
    store, _, _ = desk
    erasure.erase(store, erasure.find(store, EMAIL))
    (record,) = store.erasures()
    assert set(record) == {"at", "items", "replies", "notes", "followups"}
    assert record["items"] == 2
    assert "jane" not in json.dumps(record).lower()


def test_a_customer_is_found_by_any_spelling_of_their_phone_and_by_id(desk):
    store, jane_items, _ = desk
    person = store.find_person("503.555.0199") or store.find_person(DIGITS)
    assert person is not None
    assert store.find_person(f"#{person.id}").customer_ids == person.customer_ids
    assert set(store.person_items(person)) == set(jane_items)
    with pytest.raises(LookupError, match="no customer has"):
        erasure.find(store, "nobody@example.com")
    assert store.find_person("hello") is None


@pytest.mark.file_only  # the desk's backup files
def test_backups_that_hold_the_customer_are_named_and_rewritten_without_them(desk, db_path):
    store, _, _ = desk
    manual = store.backup(reason="manual")
    person = erasure.find(store, EMAIL)
    done = erasure.erase(store, person)
    assert [b.path for b in done.backups] == [manual]
    assert erasure.can_rewrite(done.backups[0])
    erasure.rewrite_backup(done.backups[0], person)
    raw = manual.read_bytes().lower()
    assert b"jane" not in raw and b"5550199" not in raw and b"555-0199" not in raw
    check_backup(manual)  # still a sound backup, with everyone else in it
    with sqlite3.connect(manual) as conn:
        assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM feedback WHERE author = 'Bob Stone'").fetchone()
    assert erasure.backups_holding(db_path, person) == []
    assert list(db_path.parent.glob("backups/*.part")) == []


@pytest.mark.file_only  # the desk's backup files
def test_backups_that_hold_the_customer_can_be_removed(desk, db_path):
    store, _, _ = desk
    store.backup(reason="manual")
    done = erasure.erase(store, erasure.find(store, EMAIL))
    assert erasure.remove_backups(done.backups) == 1
    assert list((db_path.parent / "backups").iterdir()) == []


def test_one_customer_s_data_as_a_file(desk, tmp_path):
    store, jane_items, _ = desk
    person = erasure.find(store, EMAIL)
    out = tmp_path / "jane.json"
    assert erasure.export_customer(store, person, out) == 2
    held = json.loads(out.read_text(encoding="utf-8"))
    assert [item["id"] for item in held["feedback"]] == jane_items
    assert held["feedback"][0]["replies"][0]["body"].startswith("Hi Jane")
    assert held["feedback"][0]["followups"][0]["note"] == "Ring Jane back"
    assert held["customers"][0]["email"] == "jane.doe@example.com"
    assert "Bob" not in out.read_text(encoding="utf-8")
    csv_out = tmp_path / "jane.csv"
    erasure.export_customer(store, person, csv_out)
    assert csv_out.read_text(encoding="utf-8-sig").count("Jane") >= 2


def test_retention_is_off_by_default_and_forgets_only_customers_long_quiet(desk):
    store, _, bob = desk
    today = date(2029, 3, 20)  # Jane last wrote 2026-04-05, Bob 2026-03-10
    assert erasure.quiet_customers(store, 0, today) == []
    assert len(erasure.quiet_customers(store, 3, today)) == 1  # Bob only
    assert erasure.forget_quiet(store, 3, today) == 1
    assert store.get_feedback(bob).author == ""
    assert store.find_person(EMAIL) is not None  # Jane was heard from within 3 years
    assert erasure.quiet_customers(store, 3, today) == []  # nothing left to forget


def test_names_in_any_script_and_phones_in_any_spelling_are_replaced():
    person = Person(
        (1,), frozenset({"min@example.kr"}), frozenset({"01012345678"}), frozenset({"김민지"})
    )
    text = "김민지님 감사합니다. 010-1234-5678, +82 10 1234 5678 또는 MIN@example.kr 로 연락"
    assert scrub(text, person) == (
        f"{ERASED}님 감사합니다. {ERASED}, {ERASED} 또는 {ERASED} 로 연락"
    )
    latin = Person((1,), names=frozenset({"Jane Doe", "Jane", "Doe"}))
    assert scrub("Janet met Jane Doe; jane said hi", latin) == (
        f"Janet met {ERASED}; {ERASED} said hi"
    )
    assert scrub("Order 2026-03-02, table 12", Person((1,), phones=frozenset({"5550199"}))) == (
        "Order 2026-03-02, table 12"
    )


def test_the_command_line_erases_by_phone_rewrites_backups_and_exports_one_customer(tmp_path):
    from tests.core.test_cli import cli

    db = tmp_path / "shop.db"
    cli("demo", db=db)
    with sqlite3.connect(db) as conn:
        cid, phone, email = conn.execute(
            "SELECT id, phone, email FROM customers WHERE phone <> '' AND email <> '' "
            "ORDER BY id LIMIT 1"
        ).fetchone()
    out = tmp_path / "one.csv"
    said = cli("export", "--customer", str(cid), "--format", "csv", "--out", str(out), db=db)
    assert f"customer {cid}'s" in said.stdout and email in out.read_text(encoding="utf-8-sig")
    backup = Path(cli("backup", db=db).stdout.strip())
    spelled = "".join(c for c in phone if c.isdigit())  # (503) 555-0123 as 5035550123
    done = json.loads(
        cli("erase-customer", spelled, "--backups", "rewrite", "--json", db=db).stdout
    )
    assert set(done) == {"customer_id", "at", "items", "replies", "notes", "followups", "backups"}
    assert done["customer_id"] == cid and done["items"] >= 1
    assert [b["path"] for b in done["backups"]] == [str(backup)]
    for path in (db, backup):
        assert email.encode() not in path.read_bytes() and phone.encode() not in path.read_bytes()
    unknown = cli("erase-customer", "nobody@example.com", db=db, check=False)
    assert unknown.returncode == 2
    assert "no customer has the e-mail, phone or id 'nobody@example.com'" in unknown.stderr


@pytest.mark.file_only  # the desk's backup files
def test_the_copy_a_move_left_behind_is_named_as_holding_the_customer(desk, db_path):
    """After *Move database...* the old file stays as <stem>-moved-<stamp>: it is a copy of
    the customer's details as much as a backup is."""
    store, _, _ = desk
    left = db_path.with_name("feedback-moved-20261001-101500.db")
    store.backup(left)
    person = erasure.find(store, EMAIL)
    done = erasure.erase(store, person)
    assert [(b.path, b.reason) for b in done.backups] == [(left, "moved")]
    erasure.rewrite_backup(done.backups[0], person)
    assert b"jane" not in left.read_bytes().lower()
