"""The command line on a team server (issue 22): ``--db postgresql://...`` works with every
command (CLI.md), and the commands that only make sense on a file say plainly why not."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.core.test_cli import FEEDBACK_KEYS, cli
from tests.netguard import netguard

DATA = Path(__file__).resolve().parents[1] / "data"


def test_every_reading_and_writing_command_works_on_a_server(pg_url, tmp_path):
    assert cli("demo", db=pg_url).stdout.startswith("Added ")
    figures = json.loads(cli("stats", "--json", db=pg_url).stdout)
    assert figures["feedback"] > 100 and figures["nps"]["responses"] > 0
    found = json.loads(cli("search", "croissant", "--json", db=pg_url).stdout)
    assert found and all(set(FEEDBACK_KEYS) <= set(item) for item in found)
    assert json.loads(cli("followups", "--json", db=pg_url).stdout)
    assert json.loads(cli("followups", "--at-risk", "--json", db=pg_url).stdout)
    assert json.loads(cli("responses", "--by", "month", "--json", db=pg_url).stdout)
    listed = json.loads(cli("templates", "--json", db=pg_url).stdout)
    shared = tmp_path / "templates.json"
    cli("templates", "--export", str(shared), db=pg_url)
    added = cli("templates", "--import", str(shared), db=pg_url).stdout
    assert added.startswith("Added 0 ") and listed  # the same templates: none new
    out = tmp_path / "all.json"
    assert "Exported " in cli("export", "--out", str(out), db=pg_url).stdout
    assert len(json.loads(out.read_text(encoding="utf-8"))["feedback"]) >= figures["feedback"]
    month = figures["period"]["to"][:7]
    pdf = tmp_path / "report.pdf"
    cli("report", "--month", month, "--out", str(pdf), db=pg_url)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_import_undo_and_erasure_on_a_server(pg_url, tmp_path):
    summary = json.loads(
        cli("import", str(DATA / "korean_shop_reviews.tsv"), "--json", db=pg_url).stdout
    )
    assert summary["added"] > 0
    found = json.loads(cli("search", "빵", "--json", db=pg_url).stdout)
    assert found
    removed = cli("undo-import", str(summary["batch_id"]), db=pg_url).stdout
    assert f"Removed the {summary['added']} feedback items" in removed
    assert json.loads(cli("stats", "--json", db=pg_url).stdout)["feedback"] == 0
    cli("demo", db=pg_url)
    theirs = tmp_path / "customer.json"
    said = cli("export", "--customer", "1", "--out", str(theirs), db=pg_url).stdout
    assert said.startswith("Exported customer 1's") and theirs.is_file()
    erased = cli("erase-customer", "1", db=pg_url).stdout  # the demo's first customer
    assert erased.startswith("Erased customer") and "Still in the backup" not in erased
    assert "pg_dump" in erased  # what the server's own copies keep, said plainly


def test_file_only_commands_say_why_not_on_a_server(pg_url, tmp_path):
    for words in (("backup",), ("backups",), ("restore", "newest")):
        result = cli(*words, db=pg_url, check=False)
        assert result.returncode == 2, words
        assert "is a team server" in result.stderr and "pg_" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


def test_move_to_server_copies_the_file_and_refuses_a_full_desk(pg_url, tmp_path):
    db = tmp_path / "feedback.db"
    cli("demo", db=db)
    before = db.read_bytes()
    local = json.loads(cli("stats", "--json", db=db).stdout)
    moved = json.loads(cli("move-to-server", pg_url, "--json", db=db).stdout)
    assert moved["counts"]["feedback"] >= local["feedback"]
    assert "password" not in json.dumps(moved)
    assert db.read_bytes() == before
    assert json.loads(cli("stats", "--json", db=pg_url).stdout) == local
    again = cli("move-to-server", pg_url, db=db, check=False)
    assert again.returncode == 2 and "already holds" in again.stderr
    said = cli("move-to-server", pg_url, "--replace", db=db).stdout
    assert said.startswith("Moved the desk to ") and "unchanged" in said
    elsewhere = cli(
        "move-to-server", "postgresql://fd@db.example.com/shop?sslmode=disable", db=db, check=False
    )
    assert elsewhere.returncode == 2 and "TLS" in elsewhere.stderr
    on_server = cli("move-to-server", pg_url, db=pg_url, check=False)
    assert on_server.returncode == 2 and "give the file" in on_server.stderr


def test_the_window_opens_on_a_server_and_paints_each_page(pg_url):
    cli("demo", db=pg_url)
    for page in ("inbox", "settings", "dashboard"):
        said = cli("gui", "--smoke", "--page", page, db=pg_url).stdout
        assert said.startswith("ready "), said


def test_a_command_may_reach_only_the_test_server(pg_url):
    # An address elsewhere (no name to look up, so only the guard at psycopg's connect
    # stands between libpq and the network): the child is stopped before any connection.
    from tests.conftest import guarded_env

    elsewhere = "postgresql://fd@shop.example/desk?hostaddr=10.9.8.7"
    result = subprocess.run(
        [sys.executable, "-m", "feedback_desk", "--db", elsewhere, "stats"],
        capture_output=True,
        text=True,
        env=guarded_env(),
        timeout=60,
    )
    assert result.returncode == netguard.EXIT_STATUS
    assert "psycopg.connect(10.9.8.7" in result.stderr
    assert cli("stats", "--json", db=pg_url).returncode == 0  # its own server: allowed


def test_every_way_of_writing_the_address_reaches_the_same_desk(pg_url):
    """libpq's keyword/value form (as managed services show it), a connect_timeout and an
    application_name of the owner's own all reach the desk; a setting libpq does not know,
    or a value it does not take, is told as a bad address, not as a server that cannot be
    reached."""
    from feedback_desk.core.store.location import parse_location

    assert cli("demo", db=pg_url).stdout.startswith("Added ")
    server = parse_location(pg_url)
    keywords = f"host={server.host} port={server.port} dbname='{server.database}' user=fd"
    tuned = f"{pg_url}&connect_timeout=3&application_name=counter%202"
    counted = {
        json.loads(cli("stats", "--json", db=db).stdout)["feedback"]
        for db in (pg_url, keywords, tuned)
    }
    assert len(counted) == 1 and counted.pop() > 100
    for wrong in (f"{pg_url}&sslmod=require", f"{keywords} sslmod=require"):
        said = cli("stats", db=wrong, check=False)
        assert said.returncode == 2 and "does not know: sslmod" in said.stderr
        assert "cannot be reached" not in said.stderr and "Traceback" not in said.stderr
    wrong = cli("stats", db=f"{pg_url}&sslmode=bogus", check=False)
    assert wrong.returncode == 2 and "cannot be used" in wrong.stderr and "bogus" in wrong.stderr
    assert "cannot be reached" not in wrong.stderr and "Traceback" not in wrong.stderr


def test_the_window_refuses_a_server_elsewhere_without_tls():
    result = cli(
        "gui", "--smoke", db="postgresql://fd@shop.example/desk?sslmode=disable", check=False
    )
    assert result.returncode == 2 and "TLS" in result.stderr


def test_an_address_that_cannot_be_read_is_told_without_its_password(tmp_path):
    for args in (
        ["--db", "postgresql://bob:S3cretPw@db.shop.kr:54x2/shop", "stats"],
        ["--db", str(tmp_path / "a.db"), "move-to-server", "postgresql://bob:S3cretPw@db:5x/s"],
        ["--db", str(tmp_path / "a.db"), "move-to-server", "postgres:/bob:S3cretPw@db/shop"],
        ["--db", "postgresql://bob:S3cretPw@[db.shop.kr/shop", "stats"],
        ["--db", "host=db.shop.kr user=bob password=S3cretPw port=x", "stats"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "feedback_desk", *args],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        assert done.returncode == 2, done.stderr
        assert "S3cretPw" not in done.stdout + done.stderr
        assert "Traceback" not in done.stderr and "server address" in done.stderr
