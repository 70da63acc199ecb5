"""Importing a review export (issue 3): the app's `import` against what its two big jobs cost
done plainly in the same run: writing the rows (`sqlite-utils insert --csv`) and scoring the
texts (a bare VADER loop). Also a million-row file: its time and the import's peak memory.

The rows are the Amazon review sentences of the VADER ground truth, replicated and varied
(dates, authors, stars)."""

from __future__ import annotations

import csv
import itertools
import json
import random
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from .conftest import FIRST
from .helpers import Figure, median_of, report, run_measured

BIN = Path(sys.executable).parent
ROWS = 100_000
BIG_ROWS = 1_000_000
REPEAT = 3
MAX_MEMORY_MB = 500


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


def app_import(db: Path, path: Path) -> tuple[dict, float]:
    """Run `feedback-desk --db DB import PATH --json`; its summary and peak memory in MB (the
    larger of the import process and its scoring process)."""
    out, _, peak_mb = run_measured([BIN / "feedback-desk", "--db", db, "import", path, "--json"])
    return json.loads(out), peak_mb


def sqlite_utils_insert(db: Path, path: Path) -> None:
    subprocess.run(
        [BIN / "sqlite-utils", "insert", db, "feedback", path, "--csv"],
        check=True,
        stdout=subprocess.DEVNULL,
    )


@pytest.mark.bench
def test_import_speed(amazon, tmp_path):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    path = tmp_path / "reviews-100k.csv"
    texts = review_csv(path, ROWS, amazon)
    analyzer = SentimentIntensityAnalyzer()
    fresh = (tmp_path / f"run-{n}.db" for n in itertools.count())
    runs: list[tuple[dict, float]] = []

    t = median_of(
        {
            "app": lambda: runs.append(app_import(next(fresh), path)),
            "sqlite-utils": lambda: sqlite_utils_insert(next(fresh), path),
            "vader": lambda: [analyzer.polarity_scores(text) for text in texts],
        },
        repeat=REPEAT,
    )
    summary, peak_100k = runs[-1]
    assert summary["skipped"] == [] and summary["added"] + summary["duplicates"] == ROWS
    for db in tmp_path.glob("run-*.db*"):
        db.unlink()

    big = tmp_path / "reviews-1m.csv"
    review_csv(big, BIG_ROWS, amazon)
    began = time.perf_counter()
    big_summary, peak_1m = app_import(tmp_path / "big.db", big)
    big_ms = (time.perf_counter() - began) * 1000
    assert big_summary["skipped"] == []
    assert big_summary["added"] + big_summary["duplicates"] == BIG_ROWS

    references = t["sqlite-utils"] + t["vader"]
    report(
        "import_speed",
        f"Importing a {ROWS:,}-row review CSV (median of {REPEAT}, "
        "interleaved) and a 1,000,000-row one (once)",
        [
            Figure(
                "app import, 100k rows", t["app"], references, "sqlite-utils + VADER", max_ratio=1.0
            ),
            Figure(
                "  sqlite-utils insert --csv", t["sqlite-utils"], references, "sqlite-utils + VADER"
            ),
            Figure("  VADER polarity_scores loop", t["vader"], references, "sqlite-utils + VADER"),
            Figure(
                "app import, 1M rows", big_ms, t["app"] * BIG_ROWS / ROWS, "100k time x 10 (linear)"
            ),
            Figure(
                "peak memory, 1M-row import",
                peak_1m,
                peak_100k,
                "peak of 100k import",
                unit="MB",
                max_value=MAX_MEMORY_MB,
            ),
        ],
        notes=[
            f"app {t['app']:.0f} ms vs sqlite-utils {t['sqlite-utils']:.0f} ms + VADER "
            f"{t['vader']:.0f} ms = {references:.0f} ms; ratio {t['app'] / references:.2f} "
            "(target <= 1.0)",
            f"100k: {ROWS / t['app'] * 1000:,.0f} rows/s, added {summary['added']:,}, "
            f"duplicates {summary['duplicates']:,}",
            f"1M: {BIG_ROWS / big_ms * 1000:,.0f} rows/s, added {big_summary['added']:,}, "
            f"duplicates {big_summary['duplicates']:,}",
            "times are wall time of the whole process (start-up included) for the app and "
            "sqlite-utils, in-process for the VADER loop",
        ],
    )
    for leftover in (big, *tmp_path.glob("big.db*")):
        leftover.unlink()
