"""Importing a review export (issue 3, issue 21): the app's `import` against what its two big
jobs cost done plainly in the same run: writing the rows (`sqlite-utils insert --csv`) and
scoring the texts (a bare VADER loop). Files of 10,000 and 100,000 rows, wall time and processor
time (of every process, the app's scoring helper included) side by side. Also a million-row
file: its time and the import's peak memory.

The rows are the Amazon review sentences of the VADER ground truth, replicated and varied
(dates, authors, stars)."""

from __future__ import annotations

import csv
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from .conftest import FIRST
from .helpers import REPEAT, Figure, Timing, report

BIN = Path(sys.executable).parent
SIZES = (10_000, 100_000)
BIG_ROWS = 1_000_000
MAX_MEMORY_MB = 300


def review_csv(path: Path, rows: int, amazon: list[tuple[float, str]]) -> list[str]:
    """Write a review-site export of ``rows`` rows; returns the review texts in file order."""
    rng = random.Random(rows)
    start = datetime(2024, 1, 1)
    texts = []
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Date", "Reviewer", "Stars", "Review", "Verified"])
        for n in range(rows):
            mean, text = amazon[n % len(amazon)]
            stars = min(5, max(1, round(3 + mean * 0.6 + rng.uniform(-0.6, 0.6))))
            when = start + timedelta(seconds=rng.randrange(3 * 365 * 86400))
            out.writerow(
                [
                    when.strftime("%Y-%m-%d %H:%M:%S"),
                    f"{rng.choice(FIRST)} {chr(65 + rng.randrange(26))}.",
                    stars,
                    text,
                    rng.choice(("yes", "no", "")),
                ]
            )
            texts.append(text)
    return texts


# The import run inside this small launcher, which then reports its own peak and its helper's:
# their sum bounds what the two held at once (the helper is a child of the importing process).
_IMPORT = (
    "import resource, sys\n"
    "from feedback_desk.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print('peaks_kib', own, helper, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def app_import(db: Path, path: Path) -> tuple[dict, float]:
    """Run `feedback-desk --db DB import PATH --json`; its summary and peak memory in MB (the
    importing process's peak plus its scoring helper's)."""
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT, "--db", str(db), "import", str(path), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    own, helper = (int(k) for k in result.stderr.split("peaks_kib ")[1].split()[:2])
    kib = own + helper if sys.platform != "darwin" else (own + helper) / 1024  # macOS: bytes
    return json.loads(result.stdout), kib * 1024 / 1e6


def processes(command: list) -> tuple[float, float]:
    """Run a command to its end: its wall time and its processor time (user + system, of the
    process and every child it waited for), in ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall * 1000, cpu * 1000


def in_process(run) -> tuple[float, float]:
    began, cpu = time.perf_counter(), time.process_time()
    run()
    return (time.perf_counter() - began) * 1000, (time.process_time() - cpu) * 1000


def compare(path: Path, texts: list[str], analyzer, tmp_path: Path) -> dict[str, list]:
    """Wall and processor times of the app's import and of the two plain jobs, taking turns,
    at least five rounds; the app's last summary."""
    fresh = (tmp_path / f"run-{n}.db" for n in itertools.count())
    times: dict[str, list[tuple[float, float]]] = {"app": [], "sqlite-utils": [], "vader": []}
    for _ in range(max(REPEAT, 5)):
        app_db = next(fresh)
        times["app"].append(
            processes([BIN / "feedback-desk", "--db", app_db, "import", path, "--json"])
        )
        plain_db = next(fresh)
        times["sqlite-utils"].append(
            processes([BIN / "sqlite-utils", "insert", plain_db, "feedback", path, "--csv"])
        )
        times["vader"].append(in_process(lambda: [analyzer.polarity_scores(t) for t in texts]))
    for db in tmp_path.glob("run-*.db*"):
        db.unlink()
    return times


def figures(rows: int, times: dict[str, list]) -> list[Figure]:
    """Wall and processor time of the app against the plain jobs' sum (round by round)."""
    out = []
    for kind, at in (("wall", 0), ("CPU", 1)):
        app = Timing([t[at] for t in times["app"]])
        plain = Timing(
            [s[at] + v[at] for s, v in zip(times["sqlite-utils"], times["vader"], strict=True)]
        )
        reference = f"sqlite-utils + VADER, {kind}"
        out += [
            Figure(
                f"app import, {rows:,} rows, {kind}",
                app,
                plain,
                reference,
                max_ratio=1.0 if kind == "wall" else None,
            ),
            Figure(
                f"  sqlite-utils insert --csv, {kind}",
                Timing([t[at] for t in times["sqlite-utils"]]),
                plain,
                reference,
            ),
            Figure(
                f"  VADER polarity_scores loop, {kind}",
                Timing([t[at] for t in times["vader"]]),
                plain,
                reference,
            ),
        ]
    return out


@pytest.mark.bench
def test_import_speed(amazon, tmp_path):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    table: list[Figure] = []
    notes = []
    for rows in SIZES:
        path = tmp_path / f"reviews-{rows}.csv"
        texts = review_csv(path, rows, amazon)
        times = compare(path, texts, analyzer, tmp_path)
        summary, peak = app_import(tmp_path / "check.db", path)
        assert summary["skipped"] == [] and summary["added"] + summary["duplicates"] == rows
        # What the import stored is what the plain jobs worked out: the rows and the scores.
        stored = sqlite3_rows(tmp_path / "check.db")
        assert len(stored) == summary["added"]
        scored = [(body, compound) for body, compound in stored if compound is not None]
        assert len(scored) > 0.9 * len(stored)
        assert all(
            compound == analyzer.polarity_scores(body)["compound"]
            for body, compound in scored[:: max(1, len(scored) // 500)]
        )
        for leftover in tmp_path.glob("check.db*"):
            leftover.unlink()
        table += figures(rows, times)
        app_wall = Timing([t[0] for t in times["app"]])
        notes.append(
            f"{rows:,}: {rows / app_wall * 1000:,.0f} rows/s, added {summary['added']:,}, "
            f"duplicates {summary['duplicates']:,}"
        )
        path.unlink()
        if rows == SIZES[-1]:
            hundred_k = (float(app_wall), rows, peak)

    big = tmp_path / "reviews-1m.csv"
    review_csv(big, BIG_ROWS, amazon)
    began = time.perf_counter()
    big_summary, peak_1m = app_import(tmp_path / "big.db", big)
    big_ms = (time.perf_counter() - began) * 1000
    assert big_summary["skipped"] == []
    assert big_summary["added"] + big_summary["duplicates"] == BIG_ROWS
    table += [
        Figure(
            "app import, 1M rows, wall",
            big_ms,
            hundred_k[0] * BIG_ROWS / hundred_k[1],
            "100k time x 10 (linear)",
        ),
        Figure(
            "peak memory, 1M-row import",
            peak_1m,
            hundred_k[2],
            f"peak of the {hundred_k[1]:,}-row import",
            unit="MB",
            max_value=MAX_MEMORY_MB,
        ),
    ]
    notes += [
        f"1M: {BIG_ROWS / big_ms * 1000:,.0f} rows/s, added {big_summary['added']:,}, "
        f"duplicates {big_summary['duplicates']:,}",
        "wall: the whole process (start-up included) for the app and sqlite-utils, in-process "
        "for the VADER loop (its lexicon loaded beforehand); CPU: user + system time of every "
        "process, the app's scoring helper included",
        "peak memory: the importing process's peak plus its scoring helper's",
    ]
    report(
        "import_speed",
        f"Importing review CSVs of {', '.join(f'{n:,}' for n in SIZES)} rows (median of "
        f"{max(REPEAT, 5)}, interleaved) and of 1,000,000 rows (once)",
        table,
        notes=notes,
    )
    for leftover in (big, *tmp_path.glob("big.db*")):
        leftover.unlink()


def sqlite3_rows(db: Path) -> list[tuple[str, float]]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT body, compound FROM feedback ORDER BY id").fetchall()
