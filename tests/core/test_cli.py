"""The command line contract (CLI.md), called as a script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from feedback_desk import __version__

# The keys of a feedback item in search --json and the JSON export, in CLI.md's order.
FEEDBACK_KEYS = (
    "id",
    "received_at",
    "channel",
    "author",
    "rating",
    "nps_score",
    "title",
    "body",
    "sentiment",
    "status",
    "tags",
    "reply",
)


def cli(*args, db=None, check=True):
    from tests.conftest import assert_no_network, guarded_env

    command = [sys.executable, "-m", "feedback_desk"]
    command += ["--db", str(db)] if db else []
    env = guarded_env(dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    result = subprocess.run([*command, *args], capture_output=True, text=True, env=env, timeout=120)
    assert_no_network(result)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_version():
    assert cli("--version").stdout.strip() == f"Feedback Desk {__version__}"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    out = cli("demo", db=db).stdout
    assert out.startswith("Added ") and "demo feedback items" in out
    return db


def test_stats_json_has_the_contract_keys(demo_db):
    figures = json.loads(cli("stats", "--json", db=demo_db).stdout)
    assert set(figures) >= {
        "period",
        "feedback",
        "nps",
        "sentiment",
        "ratings",
        "replied",
        "needs_reply",
        "median_first_response_hours",
        "followups",
        "channels",
        "top_tags",
    }
    assert set(figures["nps"]) == {
        "responses",
        "promoters",
        "passives",
        "detractors",
        "score",
        "margin95",
    }
    nps = figures["nps"]
    assert nps["responses"] == nps["promoters"] + nps["passives"] + nps["detractors"] > 0
    expected = round((nps["promoters"] - nps["detractors"]) / nps["responses"] * 100, 1)
    assert nps["score"] == expected
    assert sum(figures["sentiment"].values()) == figures["feedback"]
    assert sum(figures["channels"].values()) == figures["feedback"]


def test_stats_for_a_month_counts_only_that_month(demo_db):
    everything = json.loads(cli("stats", "--json", db=demo_db).stdout)
    month = everything["period"]["to"][:7]
    figures = json.loads(cli("stats", "--month", month, "--json", db=demo_db).stdout)
    assert figures["period"]["from"] == f"{month}-01"
    assert 0 < figures["feedback"] < everything["feedback"]


def test_a_month_that_is_not_a_month_is_a_plain_error(demo_db):
    result = cli("stats", "--month", "2026-13", db=demo_db, check=False)
    assert result.returncode == 2
    assert "'2026-13' is not a month" in result.stderr


def test_search_json_objects(demo_db):
    found = json.loads(cli("search", "croissant", "--json", db=demo_db).stdout)
    assert found
    for item in found:
        assert set(FEEDBACK_KEYS) <= set(item)
        assert "croissant" in (item["body"] + item["title"] + item["author"]).lower()


def test_export_csv_and_json_hold_every_item(demo_db, tmp_path):
    total = json.loads(cli("stats", "--json", db=demo_db).stdout)["feedback"]
    cli("export", "--out", str(tmp_path / "all.json"), db=demo_db)
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert document["feedback_desk_export"] == 1
    items = document["feedback"]
    # Spam is left out of figures but never out of an export.
    assert len(items) >= total
    assert any(item["tags"] for item in items) and any(item["reply"] for item in items)
    out = cli("export", "--out", str(tmp_path / "all.csv"), db=demo_db).stdout
    assert f"Exported {len(items)} feedback items" in out


def test_a_damaged_database_is_a_plain_error_and_is_left_alone(tmp_path):
    db = tmp_path / "broken.db"
    db.write_bytes(b"\x00garbage" * 512)
    result = cli("stats", db=db, check=False)
    assert result.returncode == 2
    assert "not a Feedback Desk database" in result.stderr
    assert db.read_bytes() == b"\x00garbage" * 512


def test_gui_smoke_paints_and_saves_a_screenshot(demo_db, tmp_path):
    shot = tmp_path / "inbox.png"
    result = cli("gui", "--smoke", "--screenshot", str(shot), db=demo_db)
    word, ms = result.stdout.split()
    assert word == "ready" and int(ms) > 0
    assert shot.stat().st_size > 10_000
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 760 and image.height() >= 480


@pytest.mark.parametrize("page", ["followups", "dashboard", "reports", "templates", "settings"])
def test_gui_smoke_opens_each_page(demo_db, page):
    assert cli("gui", "--smoke", "--page", page, db=demo_db).stdout.startswith("ready ")


def test_responses_by_month_and_member_agree_with_stats(demo_db):
    months = json.loads(cli("responses", "--json", db=demo_db).stdout)
    figures = json.loads(cli("stats", "--json", db=demo_db).stdout)
    # The demo covers seven months before today, so seven or eight calendar months.
    assert 7 <= len(months) <= 8 and all(m["period"].endswith("-01") for m in months)
    assert sum(m["feedback"] for m in months) == figures["feedback"]
    assert sum(m["answered"] for m in months) == figures["first_response"]["answered"]
    members = json.loads(cli("responses", "--by", "member", "--json", db=demo_db).stdout)
    assert {m["member"] for m in members} == {"Dana", "Min-jun"}
    assert sum(m["answered"] for m in members) == figures["first_response"]["answered"]


def test_templates_go_to_a_file_and_into_another_desk(demo_db, tmp_path):
    listed = json.loads(cli("templates", "--json", db=demo_db).stdout)
    assert sum(t["uses"] for t in listed) > 0  # the demo answers with templates
    shared = tmp_path / "ours.json"
    cli("templates", "--export", str(shared), db=demo_db)
    other = tmp_path / "other.db"
    cli("templates", "--json", db=other)  # a new desk with the starting set
    own = {
        "format": "feedback-desk-templates",
        "version": 1,
        "templates": [
            {"name": "Birthday cakes", "body": "Happy birthday, {first_name}!", "sentiments": []}
        ],
    }
    (tmp_path / "own.json").write_text(json.dumps(own), encoding="utf-8")
    assert cli("templates", "--import", str(shared), db=other).stdout.startswith("Added 0 ")
    assert cli("templates", "--import", str(tmp_path / "own.json"), db=other).stdout.startswith(
        "Added 1 "
    )
    names = {t["name"] for t in json.loads(cli("templates", "--json", db=other).stdout)}
    assert names == {t["name"] for t in listed} | {"Birthday cakes"}
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"\x89PNG not a templates file")
    result = cli("templates", "--import", str(broken), db=other, check=False)
    assert result.returncode == 2
    assert "not a Feedback Desk templates file" in result.stderr


def test_followups_json_overdue_first_and_as_a_calendar(demo_db, tmp_path):
    import icalendar

    found = json.loads(cli("followups", "--json", db=demo_db).stdout)
    assert found, "the demo leaves follow-ups open"
    assert all(
        set(f) == {"id", "feedback_id", "customer", "action", "due", "assignee", "overdue"}
        for f in found
    )
    flags = [f["overdue"] for f in found]
    assert flags == sorted(flags, reverse=True)  # overdue first
    assert [f["due"] for f in found] == sorted(f["due"] for f in found)
    stats = json.loads(cli("stats", "--json", db=demo_db).stdout)
    assert stats["followups"]["open"] == len(found)
    assert stats["followups"]["overdue"] == sum(flags)
    ics = tmp_path / "followups.ics"
    cli("followups", "--ics", str(ics), db=demo_db)
    events = icalendar.Calendar.from_ical(ics.read_text(encoding="utf-8")).walk("VEVENT")
    assert len(events) == len(found)
    risky = json.loads(cli("followups", "--at-risk", "--json", db=demo_db).stdout)
    assert risky and all(r["kind"] in ("unhappy", "passive") for r in risky)
    loop = stats["closing_the_loop"]
    assert loop["unhappy"] >= loop["contacted"] >= loop["came_back"] >= loop["improved"] > 0


def test_a_file_given_alone_is_opened_in_the_window(tmp_path):
    """What "Open with" on a CSV starts: ``feedback-desk FILE``, maybe after ``--db P``."""
    from feedback_desk.cli import opened_with

    csv_file = tmp_path / "reviews.csv"
    csv_file.write_text("Date,Review\n2026-03-02,Great rolls\n", encoding="utf-8")
    name = str(csv_file)
    assert opened_with([name]) == ["gui", "--open", name]
    assert opened_with(["--db", "x.db", name]) == ["--db", "x.db", "gui", "--open", name]
    assert opened_with(["--verbose", name]) == ["--verbose", "gui", "--open", name]
    # A file that is not there is still meant as one: the window says so in plain words.
    absent = str(tmp_path / "absent.csv")
    assert opened_with([absent]) == ["gui", "--open", absent]
    for untouched in (["import", name], ["stats"], [], ["stat"]):  # "stat": a mistyped command
        assert opened_with(untouched) == untouched


def test_the_restore_hint_can_be_pasted_as_it_is(tmp_path):
    """The data folder is called "Feedback Desk": the hint quotes the path it names."""
    import shlex

    db = tmp_path / "Feedback Desk" / "feedback.db"
    cli("demo", db=db)
    cli("backup", db=db)
    db.write_bytes(b"\x00garbage" * 100)
    said = cli("stats", db=db, check=False).stderr
    hint = said[said.index("feedback-desk --db") :].strip()
    assert shlex.split(hint) == ["feedback-desk", "--db", str(db), "restore", "newest"]
    assert "newest good backup" in said
