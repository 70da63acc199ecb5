"""Exporting everything and restoring it into an empty desk, with nothing lost."""

from __future__ import annotations

import csv
import dataclasses
import json

import pytest

from feedback_desk.core import intake
from feedback_desk.core.export import CSV_COLUMNS, export_desk, inert, uninert
from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.core.restore import RestoreRefused, export_format, restore_export
from feedback_desk.core.store import Store, StoreError
from tests.core.test_cli import FEEDBACK_KEYS

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
NUMBERS = {"id", "rating", "nps_score", "compound", "utc_offset_minutes", "customer_id"}
NUMBERS |= {"batch_id"}
TRICKY = ('=HYPERLINK("http://evil.example","click")', "+1 555 010 0199", "@home", "-3")


def _desk(store: Store) -> dict[str, int]:
    """A desk with something of every kind: the fixture every round trip starts from."""
    added = intake.add_feedback(
        store,
        [
            NewFeedback(
                body="Waited 40 minutes for a latte, staff were rude.",
                received_at="2026-03-02T09:15:00",
                utc_offset_minutes=-300,
                channel="google",
                author="Jane Doe",
                email="Jane@Example.com",
                phone="(555) 010-0199",
                rating=1,
                location="Main St",
                product="Latte",
                external_id="g-1",
                extra={"Table": "4", "Visit": "=1+1"},
            ),
            NewFeedback(
                body="크루아상이 최고예요! 직원도 친절해요",
                received_at="2026-03-03T11:00:00",
                channel="naver",
                author="김민지",
                nps_score=10,
                phone="010-1234-5678",
            ),
            NewFeedback(
                body=TRICKY[0],
                title="@home",
                received_at="2026-03-04",
                channel="survey",
                author="+1 555 010 0199",
                nps_score=3,
                reply="Sorry to hear that",
                replied_at="2026-03-05T10:00:00",
            ),
            NewFeedback(body="-3", received_at="2026-03-05T12:00:00", channel="email"),
            NewFeedback(body="\tTab at the start", received_at="2026-03-06T08:00:00"),
            NewFeedback(body="\rCR at the start", received_at="2026-03-06T09:00:00"),
            NewFeedback(
                body="Buy cheap followers at spam.example", received_at="2026-03-07", rating=5
            ),
            NewFeedback(body="Lovely sourdough, a bit pricey", received_at="2026-03-08"),
            NewFeedback(
                body="'quoted already and '=still text", received_at="2026-03-09", rating=4
            ),
        ],
        "paste",
    )
    ids = [row[0] for row in store.feedback_in_batch(added.batch_id)]
    jane, minji, tricky, minus, tab, cr, spam, trash, quoted = ids
    allergy = store.create_tag("Allergy", "#123456")
    store.set_tag_color(store.create_tag("Unused", "#abcdef"), "#fedcba")
    store.add_tag_rule(allergy, "nuts, gluten, 견과류")
    store.tag([jane, minji, tricky], allergy)
    template = store.response_templates()[0]
    first = store.add_reply(jane, "Sorry, Jane.", "2026-03-02T12:00:00", "public", "Min")
    store.edit_reply(first, "Sorry Jane, please call us.", "Min", "2026-03-02T13:00:00")
    store.add_reply(minji, "감사합니다!", "2026-03-03T12:30:00", "email", "Min", None, template.id)
    with store.transaction():
        store.add_note(jane, "Called her back, offered a free coffee", "Min", "2026-03-02T14:00")
        store.add_note(minji, "단골 손님", "Jo", "2026-03-03T13:00:00")
        store.add_note(tricky, "=cmd|' /C calc'!A0", "Jo", "2026-03-05T11:00:00")
        done = store.add_followup(jane, "2026-03-03", "call", "2026-03-02T14:00:00", "Min", "-5")
        store.add_followup(tricky, "2026-03-09", "email", "2026-03-05T11:00:00", "Jo", "@Jo")
    store.complete_followup(done, "resolved", "She came back", "2026-03-03T10:00:00")
    store.mark_spam([spam])
    store.set_reported([spam], "2026-03-08")
    store.delete_feedback([trash], "2026-03-09T10:00:00")
    store.override_sentiment([minus], "negative")
    store.assign([jane, tricky], "Min")
    customer = store.customer_for(jane)
    store.update_customer(
        dataclasses.replace(customer, value=250.0, notes="=VIP\nAllergic to nuts")
    )
    store.save_view("Allergy on Naver", InboxQuery(channels=("naver",), tags=(allergy,)))
    with store.transaction():
        store.set_setting("business_name", "Sunrise Bakery")
        store.set_team(["Min", "Jo"])
    return {"jane": jane, "minji": minji, "tricky": tricky, "cr": cr, "tab": tab, "q": quoted}


@pytest.fixture
def desk(store):
    return store, _desk(store)


def _json(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


def _csv(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_json_export_holds_everything(desk, tmp_path):
    store, ids = desk
    assert export_desk(store, tmp_path / "desk.json") == 9
    data = json.loads((tmp_path / "desk.json").read_text(encoding="utf-8"))
    assert data["feedback_desk_export"] == 1 and data["exported_at"]
    items = {item["id"]: item for item in data["feedback"]}
    jane = items[ids["jane"]]
    assert tuple(jane)[: len(FEEDBACK_KEYS)] == FEEDBACK_KEYS
    assert jane["tags"] == ["Allergy", "Speed", "Staff"]
    assert jane["reply"] == "Sorry Jane, please call us."
    assert [r["body"] for r in jane["replies"]] == ["Sorry, Jane.", "Sorry Jane, please call us."]
    assert jane["replies"][1]["replaces"] == jane["replies"][0]["id"]
    assert jane["notes"][0]["body"].startswith("Called her back")
    assert jane["followups"][0]["outcome"] == "resolved" and jane["followups"][0]["note"]
    assert jane["extra"] == {"Table": "4", "Visit": "=1+1"}  # JSON needs no inert prefix
    assert jane["utc_offset_minutes"] == -300 and jane["assignee"] == "Min"
    assert jane["email"] == "Jane@Example.com" and jane["external_id"] == "g-1"
    assert items[ids["minji"]]["replies"][0]["template"]
    assert items[ids["tricky"]]["body"].startswith("=HYPERLINK")
    assert sum(item["is_spam"] for item in data["feedback"]) == 1
    assert [i["spam_reported_at"] for i in data["feedback"] if i["is_spam"]] == ["2026-03-08"]
    assert sum(item["deleted_at"] is not None for item in data["feedback"]) == 1
    assert any(item["sentiment_overridden"] for item in data["feedback"])
    customer = next(c for c in data["customers"] if c["id"] == jane["customer_id"])
    assert customer["value"] == 250.0 and customer["notes"].startswith("=VIP")
    tags = {t["name"]: t for t in data["tags"]}
    assert tags["Unused"]["color"] == "#fedcba" and tags["Allergy"]["rules"][0]["keywords"]
    assert data["settings"]["business_name"] == "Sunrise Bakery"
    assert data["settings"]["saved_views"][0]["name"] == "Allergy on Naver"
    assert len(data["templates"]) >= 16 and data["imports"][0]["source"] == "paste"


def test_json_export_restores_into_an_empty_desk_exactly(desk, tmp_path):
    store, ids = desk
    export_desk(store, tmp_path / "first.json")
    with Store(tmp_path / "new.db") as new:
        summary = restore_export(new, tmp_path / "first.json")
        assert (summary.format, summary.feedback, summary.customers) == ("json", 9, 2)
        export_desk(new, tmp_path / "second.json")
        # Search, customers and the saved view work on the restored desk.
        assert [f.id for f in new.search("크루아상")] == [ids["minji"]]
        assert [f.id for f in new.search("latte")] == [ids["jane"]]
        assert new.inbox_count(InboxQuery(search="coffee")) == 1
        new.conn.execute("INSERT INTO feedback_fts(feedback_fts) VALUES ('integrity-check')")
        assert new.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        later = intake.add_feedback(
            new, [NewFeedback(body="Back again", email="jane@example.com")], "form"
        )
        item = new.get_feedback(new.feedback_in_batch(later.batch_id)[0][0])
        assert item.customer_id == new.get_feedback(ids["jane"]).customer_id
        assert new.view_counts()["Allergy on Naver"] == 1
    assert _json(tmp_path / "second.json") == _json(tmp_path / "first.json")


def test_csv_export_restores_into_an_empty_desk_exactly(desk, tmp_path):
    store, ids = desk
    assert export_desk(store, tmp_path / "first.csv") == 9
    assert export_format(tmp_path / "first.csv") == "csv"
    with Store(tmp_path / "new.db") as new:
        summary = restore_export(new, tmp_path / "first.csv")
        assert (summary.format, summary.feedback) == ("csv", 9)
        export_desk(new, tmp_path / "second.csv")
        jane = new.get_feedback(ids["jane"])
        assert jane.tags == ("Allergy", "Speed", "Staff") and jane.customer_id is not None
        assert new.customer(jane.customer_id).notes == "=VIP\nAllergic to nuts"
        assert {t.name: t.color for t in new.tags()}["Allergy"] == "#123456"
        assert [f.id for f in new.search("크루아상")] == [ids["minji"]]
        assert new.get_feedback(ids["tab"]).body == "\tTab at the start"
        assert new.get_feedback(ids["cr"]).body == "\rCR at the start"
        assert new.get_feedback(ids["q"]).body == "'quoted already and '=still text"
        assert new.get_feedback(ids["tricky"]).author == "+1 555 010 0199"
        assert {t.name: t.color for t in new.tags()}["Unused"] == "#fedcba"
        assert new.get_setting("business_name") == "Sunrise Bakery"
    assert _csv(tmp_path / "second.csv") == _csv(tmp_path / "first.csv")


def test_a_csv_without_its_desk_column_still_restores_the_feedback(desk, tmp_path):
    store, ids = desk
    export_desk(store, tmp_path / "full.csv")
    header, *rows = _csv(tmp_path / "full.csv")
    keep = [i for i, column in enumerate(header) if column != "desk_json"]
    with (tmp_path / "cut.csv").open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([[row[i] for i in keep] for row in [header, *rows]])
    with Store(tmp_path / "new.db") as new:
        assert restore_export(new, tmp_path / "cut.csv").feedback == 9
        jane = new.get_feedback(ids["jane"])
        assert jane.tags == ("Allergy", "Speed", "Staff") and jane.customer_id is not None
        assert {t.name: t.color for t in new.tags()}["Allergy"] == "#123456"
        assert len(new.replies_of(ids["jane"])) == 2
        assert new.replies_of(ids["minji"])[0].template_id is not None
        assert [f.id for f in new.search("크루아상")] == [ids["minji"]]


def test_every_csv_cell_a_spreadsheet_would_run_is_inert(desk, tmp_path):
    store, _ = desk
    export_desk(store, tmp_path / "desk.csv")
    header, *rows = _csv(tmp_path / "desk.csv")
    assert tuple(header) == CSV_COLUMNS
    prefixed = set()
    for row in rows:
        for column, cell in zip(header, row, strict=True):
            if column in NUMBERS and cell:
                float(cell)  # a number stays a number, -300 included
            else:
                assert not cell.startswith(DANGEROUS), (column, cell)
            if cell.startswith("'"):
                prefixed.add(uninert(cell))
    assert set(TRICKY) | {"\tTab at the start", "\rCR at the start"} <= prefixed
    assert any(cell == "-300" for row in rows for cell in row)


@pytest.mark.parametrize(
    "text", ["=1+1", "+1 555", "-3", "@home", "\tx", "\rx", "'=x", "''+x", "'tis", "''", "", "ok"]
)
def test_inert_is_taken_off_exactly(text):
    assert uninert(inert(text)) == text
    assert not inert(text).startswith(DANGEROUS)
    assert inert(text) == text or inert(text) == "'" + text


def test_restoring_into_a_desk_that_is_not_empty_is_refused_and_changes_nothing(desk, tmp_path):
    store, _ = desk
    export_desk(store, tmp_path / "desk.json")
    export_desk(store, tmp_path / "desk.csv")
    before = tmp_path / "before.json"
    export_desk(store, before)
    for name in ("desk.json", "desk.csv"):
        with pytest.raises(RestoreRefused, match="not empty"):
            restore_export(store, tmp_path / name)
    export_desk(store, tmp_path / "after.json")
    assert _json(tmp_path / "after.json") == _json(before)


def test_a_file_that_is_not_an_export_is_refused(store, tmp_path):
    plain = tmp_path / "reviews.csv"
    plain.write_text("date,review\n2026-03-01,Great\n", encoding="utf-8")
    assert export_format(plain) is None
    with pytest.raises(RestoreRefused, match="not a Feedback Desk export"):
        restore_export(store, plain)
    assert store.desk_holdings()["feedback"] == 0


def test_an_export_that_does_not_fit_is_refused_and_the_new_desk_stays_empty(desk, tmp_path):
    store, _ = desk
    export_desk(store, tmp_path / "desk.json")
    data = json.loads((tmp_path / "desk.json").read_text(encoding="utf-8"))
    data["feedback"][-1]["rating"] = 9  # stars are 1 to 5
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    data["feedback_desk_export"] = 99
    (tmp_path / "newer.json").write_text(json.dumps(data), encoding="utf-8")
    with Store(tmp_path / "new.db") as new:
        templates = new.response_templates()
        with pytest.raises(StoreError, match=r"out of its range.*Nothing was restored"):
            restore_export(new, tmp_path / "bad.json")
        with pytest.raises(RestoreRefused, match="newer version"):
            restore_export(new, tmp_path / "newer.json")
        assert set(new.desk_holdings().values()) == {0}
        assert new.response_templates() == templates and len(new.tags()) == 9
        assert new.get_setting("business_name") is None


def test_the_summary_reads_like_an_import(desk, tmp_path):
    store, _ = desk
    export_desk(store, tmp_path / "desk.csv")
    with Store(tmp_path / "new.db") as new:
        summary = restore_export(new, tmp_path / "desk.csv").as_dict()
    assert summary["added"] == summary["feedback"] == 9 and summary["restored"]
    assert {"file", "batch_id", "duplicates", "skipped", "encoding", "delimiter", "preset"} <= set(
        summary
    )


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_an_export_that_fails_halfway_leaves_the_old_file_and_nothing_else(tmp_path, suffix):
    from feedback_desk.core.errors import WriteFailed
    from feedback_desk.core.export import export

    out = tmp_path / f"items{suffix}"
    out.write_text("the export of last week", encoding="utf-8")

    def items_then_a_failure():
        yield from ()
        raise OSError(28, "No space left on device")

    with pytest.raises(WriteFailed, match=r"The disk is full, so nothing was exported\. Nothing "):
        export(items_then_a_failure(), out)
    assert out.read_text(encoding="utf-8") == "the export of last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]
