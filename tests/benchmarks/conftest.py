"""Benchmark databases of realistic feedback, built once and kept on disk between runs.

The rows are the Amazon review sentences of the VADER ground truth, each scored once through
``intake.prepare``, then copied with other dates (over ten years), customers, statuses and
duplicate keys, and written through ``Store.insert_feedback`` like an import of 50,000 rows.

Sizes: FEEDBACK_DESK_BENCH_SIZE sets the big database (1,000,000 items unless told, the size
the targets are set for), e.g. ``FEEDBACK_DESK_BENCH_SIZE=100000 make bench`` for a quick run;
the small one is 100,000 items or the big size, whichever is smaller. A database built for an
older schema is copied and brought up to date by the store's own migrations, not rebuilt.

At the end of the session every figure of every benchmark is printed as one table.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import shared_data

BIG = int(os.environ.get("FEEDBACK_DESK_BENCH_SIZE", "1000000").replace("_", ""))
SMALL = min(100_000, BIG)
BUILD_VERSION = 3  # bump when the rows built change, so cached databases are rebuilt
CHUNK = 50_000
CACHE = Path(
    os.environ.get("FEEDBACK_DESK_BENCH_CACHE", Path.home() / ".cache" / "feedback-desk-bench")
)
AMAZON = ("vader-ground-truth", "amazonReviewSnippets_GroundTruth.txt")

CHANNELS = ("google", "yelp", "facebook", "survey", "email", "website", "phone", "in_person")
FIRST = (
    "Maria",
    "James",
    "Min-jun",
    "Sofia",
    "Liam",
    "Aisha",
    "Noah",
    "Yuki",
    "Olivia",
    "Lucas",
    "Fatima",
    "Ethan",
    "Chloe",
    "Mateo",
    "Hana",
    "Daniel",
    "Zara",
    "Omar",
)
STAFF = ("Dana", "Min-jun", "Sam")
STATUSES = ("new",) * 6 + ("needs_reply", "replied", "replied", "resolved", "follow_up", "ignored")


def read_amazon(path: Path) -> list[tuple[float, str]]:
    """(mean human rating, text) of each line: ID<TAB>MEAN<TAB>TEXT, CRLF line ends."""
    rows = []
    for line in path.read_bytes().decode("utf-8").split("\r\n"):
        if line:
            _, mean, text = line.split("\t", 2)
            rows.append((float(mean), text))
    return rows


@pytest.fixture(scope="session")
def amazon() -> list[tuple[float, str]]:
    return read_amazon(shared_data(*AMAZON))


def templates(amazon: list[tuple[float, str]], now: str) -> list[dict]:
    """One prepared (scored) row per distinct text, with a channel and a score to match:
    stars for review sites, a 0-10 answer for surveys, nothing for the rest."""
    from feedback_desk.core.intake import prepare
    from feedback_desk.core.records import NewFeedback

    rng = random.Random(1)
    rows = []
    for text, mean in sorted({text: mean for mean, text in amazon}.items()):
        channel = rng.choice(CHANNELS)
        rating = nps = None
        if channel in ("google", "yelp", "facebook"):
            rating = min(5, max(1, round(3 + mean * 0.6 + rng.uniform(-0.6, 0.6))))
        elif channel == "survey":
            nps = min(10, max(0, round(6 + mean * 1.2 + rng.uniform(-1, 1))))
        item = NewFeedback(
            body=text.strip(),
            channel=channel,
            rating=rating,
            nps_score=nps,
            product=rng.choice(("", "", "Espresso", "Delivery", "Cake")),
        )
        rows.append(prepare(item, now))
    return rows


NOW = datetime(2026, 1, 15, 18, 0, 0)  # the databases' last day


def build(path: Path, size: int, amazon: list[tuple[float, str]]) -> None:
    """Write ``size`` feedback rows to a new database at ``path``."""
    authors = [f"{first} {chr(65 + i)}." for first in FIRST for i in range(26)]
    write_copies(path, size, templates(amazon, NOW.isoformat()), authors)


def write_copies(path: Path, size: int, bases: list[dict], authors: list[str]) -> None:
    """Write ``size`` copies of the prepared rows ``bases`` with other dates over ten years,
    customers, statuses and keys, in imports of CHUNK rows, with their replies."""
    from feedback_desk.core.store import Store

    rng = random.Random(size)
    stamp = NOW.isoformat()
    start = NOW - timedelta(days=3652)
    span = int((NOW - start).total_seconds())
    with Store(path) as store:
        for first in range(0, size, CHUNK):
            count = min(CHUNK, size - first)
            with store.transaction():
                batch = store.start_batch("file", stamp, f"bench-{first // CHUNK + 1}.csv")
                rows = []
                for n in range(first, first + count):
                    row = dict(rng.choice(bases))
                    row["received_at"] = (
                        start + timedelta(seconds=rng.randrange(span))
                    ).isoformat()
                    row["author"] = rng.choice(authors)
                    row["status"] = rng.choice(STATUSES)
                    row["dedup_key"] = (
                        "h|" + hashlib.blake2b(f"{size}|{n}".encode(), digest_size=16).hexdigest()
                    )
                    row["batch_id"] = batch
                    rows.append(row)
                added = store.insert_feedback(rows)
                answer_replied(store, batch, rng)
                store.finish_batch(batch, added, count - added)
            assert added == count


def answer_replied(store, batch: int, rng: random.Random) -> None:
    """Replies for the batch's replied and resolved items, an hour to four days after they
    arrived, by one of three people, half of them from one of the starting templates."""
    templates = [t.id for t in store.response_templates()]
    answered = [
        (fid, received)
        for fid, received in store.conn.execute(
            "SELECT id, received_at FROM feedback WHERE batch_id = ? "
            "AND status IN ('replied', 'resolved')",
            (batch,),
        )
    ]
    replies = []
    for fid, received in answered:
        when = (datetime.fromisoformat(received) + timedelta(hours=rng.uniform(1, 96))).isoformat()
        template = rng.choice(templates) if rng.random() < 0.5 else None
        replies.append((fid, "Thank you for your feedback.", when, rng.choice(STAFF), template))
    store.conn.executemany(
        "INSERT INTO replies (feedback_id, body, replied_at, how, by, template_id, created_at) "
        "VALUES (?, ?, ?, 'public', ?, ?, ?3)",
        replies,
    )
    store.conn.executemany(
        "UPDATE feedback SET first_reply_at = ? WHERE id = ?",
        [(when, fid) for fid, _, when, _, _ in replies],
    )


def _schema_key(version: int) -> str:
    """A short key of the first ``version`` migration steps' text (indexes change while a step
    is unreleased, so the version number alone could reuse a stale database)."""
    from feedback_desk.core.store.schema import MIGRATIONS

    text = "".join(MIGRATIONS[:version])
    return f"v{version}-" + hashlib.blake2b(text.encode(), digest_size=4).hexdigest()


def cached_db(size: int, name: str = "feedback", make: Callable | None = None) -> Path:
    """The path of a database of ``size`` items, built first when it is not in the cache, or
    migrated from a copy built for an older schema. ``make(path, size)`` builds another kind
    (named ``name``) than the English one."""
    from feedback_desk.core.store import Store
    from feedback_desk.core.store.schema import SCHEMA_VERSION

    def named(version: int) -> Path:
        return CACHE / f"{name}-{size}-{_schema_key(version)}-b{BUILD_VERSION}.db"

    path = named(SCHEMA_VERSION)
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    began = time.perf_counter()
    older = next((named(v) for v in range(SCHEMA_VERSION - 1, 0, -1) if named(v).exists()), None)
    if older:
        shutil.copyfile(older, partial)
        with Store(partial):  # opening migrates
            pass
        for backup in (CACHE / "backups").glob(partial.stem + "*"):
            backup.unlink()  # the copy the migration made first
        done = f"migrated from {older.name}"
    elif make:
        make(partial, size)
        done = "built"
    else:
        build(partial, size, read_amazon(shared_data(*AMAZON)))  # the data only to build
        done = "built"
    partial.replace(path)  # only a complete build is ever reused
    print(f"\n{done}: {path} ({size:,} items) in {time.perf_counter() - began:.0f} s")
    return path


@pytest.fixture(scope="session")
def db_100k() -> Path:
    """The small database: 100,000 items (or fewer, see SMALL)."""
    return cached_db(SMALL)


@pytest.fixture(scope="session")
def db_1m() -> Path:
    """The big database: 1,000,000 items unless FEEDBACK_DESK_BENCH_SIZE says otherwise."""
    return cached_db(BIG)


def pytest_terminal_summary(terminalreporter) -> None:
    """Every figure of the session in one table: value, reference, ratio, target."""
    from .helpers import HEADER, TABLE, _cells, table

    if not TABLE:
        return
    terminalreporter.section("every figure (medians, spread = fastest-slowest run)")
    rows = [(title.split(" (")[0], *_cells(f)) for title, f in TABLE]
    for line in table(rows, ("benchmark", *HEADER)):
        terminalreporter.write_line(line)
    terminalreporter.write_line(
        "ratios are against a reference timed in the same run, interleaved: on a loaded "
        "machine trust them over the absolute times"
    )
