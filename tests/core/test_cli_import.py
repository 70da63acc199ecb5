"""`feedback-desk import` and `undo-import` as a script calls them (CLI.md), including a kill
with SIGKILL half-way through an import: the database must come back whole."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store import Store

SUMMARY_KEYS = [
    "file",
    "batch_id",
    "added",
    "duplicates",
    "skipped",
    "encoding",
    "delimiter",
    "preset",
    "encoding_why",
    "duplicate_rows",
    "bad_byte_rows",
    "sheet",
]
EARLIER = [
    NewFeedback(
        body="The scones were lovely",
        channel="email",
        author="Old Friend",
        rating=5,
        received_at="2026-01-05T10:00:00",
    ),
    NewFeedback(
        body="Parking was hard to find",
        channel="phone",
        author="Neighbour",
        received_at="2026-01-06T09:00:00",
    ),
]
KOREAN = (
    "날짜,이름,별점,내용,비고\n"
    "2026-10-01,김민수,5,정말 맛있어요,단골\n"
    "2026-10-02,이영희,2,너무 늦게 나왔어요,\n"
    "2026-10-03,박철수,별로,그냥 그래요,\n"
)
KOREAN_SKIPPED = [{"row": 4, "reason": "stars '별로' is not a rating from 1 to 5"}]
FRENCH = (
    "Date;Nom;Note;Avis;Source\n"
    "03/10/2026;Élodie;5;Très bon café, service rapide;Bouche-à-oreille\n"
    "25/10/2026;François;2;Trop cher, pas génial;\n"
)


def command(db, *args) -> list[str]:
    return [sys.executable, "-m", "feedback_desk", "--db", str(db), *map(str, args)]


def cli(db, *args, check: bool = True) -> subprocess.CompletedProcess:
    from tests.conftest import assert_no_network, guarded_env

    env = guarded_env(dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    result = subprocess.run(
        command(db, *args), capture_output=True, text=True, env=env, timeout=120
    )
    assert_no_network(result)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def seeded(db) -> list:
    """A database holding the owner's earlier feedback; returns those items."""
    with Store(db) as store:
        intake.add_feedback(store, EARLIER, "form")
        return list(store.iter_feedback())


def dump(db) -> list[str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return list(conn.iterdump())


def items(db) -> list:
    with Store(db) as store:
        return list(store.iter_feedback())


def write(tmp_path, name: str, text: str, encoding: str):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def import_json(db, path, *args) -> dict:
    return json.loads(cli(db, "import", path, "--json", *args).stdout)


@pytest.fixture
def db(db_path):
    seeded(db_path)
    return db_path


def test_summary_of_a_cp949_korean_file(db, tmp_path):
    summary = import_json(db, write(tmp_path, "후기.csv", KOREAN, "cp949"))
    assert list(summary) == SUMMARY_KEYS
    assert summary == {
        "file": "후기.csv",
        "batch_id": 2,
        "added": 2,
        "duplicates": 0,
        "skipped": KOREAN_SKIPPED,
        "encoding": "cp949",
        "delimiter": ",",
        "preset": "generic",
        "encoding_why": "legacy",
        "duplicate_rows": [],
        "bad_byte_rows": [],
        "sheet": "",
    }
    new = items(db)[len(EARLIER) :]
    assert [(f.author, f.rating, f.body, f.extra) for f in new] == [
        ("김민수", 5, "정말 맛있어요", {"비고": "단골"}),
        ("이영희", 2, "너무 늦게 나왔어요", {}),
    ]


FRENCH_ARGS = (
    "--map",
    "author=Nom",
    "--map",
    "rating=Note",
    "--map",
    "body=Avis",
    "--channel",
    "Google",
)


def test_semicolon_cp1252_french_file_with_map_and_channel(db, tmp_path):
    path = write(tmp_path, "avis.csv", FRENCH, "cp1252")
    summary = import_json(db, path, *FRENCH_ARGS)
    assert summary == {
        "file": "avis.csv",
        "batch_id": 2,
        "added": 2,
        "duplicates": 0,
        "skipped": [],
        "encoding": "cp1252",
        "delimiter": ";",
        "preset": "generic",
        "encoding_why": "legacy",
        "duplicate_rows": [],
        "bad_byte_rows": [],
        "sheet": "",
    }
    new = items(db)[len(EARLIER) :]
    assert [(f.received_at, f.author, f.rating, f.body, f.channel, f.extra) for f in new] == [
        (
            "2026-10-03T00:00:00",
            "Élodie",
            5,
            "Très bon café, service rapide",
            "google",
            {"Source": "Bouche-à-oreille"},
        ),
        ("2026-10-25T00:00:00", "François", 2, "Trop cher, pas génial", "google", {}),
    ]
    again = import_json(db, path, *FRENCH_ARGS)
    assert (again["added"], again["duplicates"]) == (0, 2)


def test_strict_exits_2_and_changes_nothing(db, tmp_path):
    before = dump(db)
    result = cli(
        db,
        "import",
        write(tmp_path, "후기.csv", KOREAN, "cp949"),
        "--strict",
        "--json",
        check=False,
    )
    assert result.returncode == 2
    assert "row 4" in result.stderr and result.stdout == ""
    assert dump(db) == before


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, b""],
    ids=["png", "empty"],
)
def test_a_file_that_is_not_a_table_exits_2_with_one_line(db, tmp_path, data):
    before = dump(db)
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    result = cli(db, "import", path, "--json", check=False)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("feedback-desk: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert dump(db) == before


def test_undo_import(db, tmp_path):
    earlier = items(db)
    batch = import_json(db, write(tmp_path, "후기.csv", KOREAN, "cp949"))["batch_id"]
    assert len(items(db)) == len(earlier) + 2
    result = cli(db, "undo-import", batch)
    assert result.stdout.strip() == f"Removed the 2 feedback items that import {batch} added."
    assert items(db) == earlier
    again = cli(db, "undo-import", batch, check=False)
    assert again.returncode == 2 and f"no import number {batch}" in again.stderr


def test_a_workbook_sheet_by_name_and_duplicates_imported_anyway(db, tmp_path):
    from pathlib import Path

    book = Path(__file__).parent.parent / "data" / "exports" / "microsoft_forms_2.xlsx"
    first = import_json(db, book, "--sheet", "Form1")
    assert (first["added"], first["sheet"], first["encoding"]) == (2, "Form1", "xlsx")
    again = import_json(db, book)
    assert (again["added"], again["duplicates"]) == (0, 2)
    assert [d["row"] for d in again["duplicate_rows"]] == [2, 3]
    anyway = import_json(db, book, "--import-duplicates")
    assert (anyway["added"], anyway["duplicates"]) == (2, 0)
    refused = cli(db, "import", book, "--sheet", "Nope", check=False)
    assert refused.returncode == 2
    assert "no sheet named 'Nope'; its sheets are: Form1, Notes" in refused.stderr
