"""Linking customers while importing (issue 6): a survey export with an e-mail on every row,
against the same file without its e-mail column, in the same run."""

from __future__ import annotations

import csv
import itertools
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from .helpers import Figure, median_of, report
from .test_import_speed import app_import

ROWS = 100_000
PEOPLE = 30_000


def survey_csv(path: Path, amazon: list[tuple[float, str]], with_email: bool) -> None:
    rng = random.Random(ROWS)
    start = datetime(2025, 1, 1, 8)
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Date", "Name", *(["Email"] if with_email else []), "Score", "Comment"])
        for n in range(ROWS):
            person = rng.randrange(PEOPLE)
            when = start + timedelta(minutes=rng.randrange(365 * 24 * 60))
            email = [f"person{person}@example.com"] if with_email else []
            text = f"{amazon[n % len(amazon)][1].strip()} ({n})"
            out.writerow(
                [
                    when.strftime("%Y-%m-%d %H:%M"),
                    f"Person {person}",
                    *email,
                    rng.randint(0, 10),
                    text,
                ]
            )


@pytest.mark.bench
def test_linking_customers_while_importing(amazon, tmp_path):
    files = {}
    for name, with_email in (("emails", True), ("plain", False)):
        files[name] = tmp_path / f"survey-{name}.csv"
        survey_csv(files[name], amazon, with_email)
    fresh = (tmp_path / f"run-{n}.db" for n in itertools.count())
    last = {}

    def run(name):
        db = next(fresh)
        app_import(db, files[name])
        last[name] = db

    times = median_of({"emails": lambda: run("emails"), "plain": lambda: run("plain")})
    with sqlite3.connect(last["emails"]) as conn:
        customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        linked = conn.execute(
            "SELECT count(*) FROM feedback WHERE customer_id IS NOT NULL"
        ).fetchone()[0]
    assert linked == ROWS
    report(
        "import_customers",
        f"Importing a {ROWS:,}-row survey with e-mails (median of 5)",
        [
            Figure(
                "import with e-mails (customers linked)",
                times["emails"],
                times["plain"],
                "the same file without e-mails",
            )
        ],
        [f"{customers:,} customers made for {PEOPLE:,} people; {linked:,} items linked"],
    )
