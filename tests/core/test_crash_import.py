"""A command-line import killed with SIGKILL at any moment leaves the database whole.

The import is one transaction (importer.run_import). This test kills `feedback-desk import`
of a large file at 20 moments spread over the whole import, from the first instant to just
after it would have finished, and checks after each kill that the database opens, passes
SQLite's integrity check, still holds the owner's earlier feedback, tags, replies and notes
exactly as they were, and holds either every row of the file (with a finished batch) or none.

The whole test takes about 25 s on the 2-core test machine: one uninterrupted import of
30,000 rows (about 2 s; 2.3 MB, big enough for the import's helper process), then 20 kills,
six of them around the end of the import, where the commit is.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from feedback_desk.core.importer import run_import
from feedback_desk.core.importing.scoring import PARALLEL_FROM_BYTES
from feedback_desk.core.store import Store
from tests.conftest import assert_no_network, guarded_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROWS = 30_000
EARLIER_ROWS = 500
KILLS = 20
CLI = (sys.executable, "-m", "feedback_desk")
PHRASES = (
    "the bread was fresh and warm",
    "service was slow",
    "lovely staff",
    "too expensive for what it is",
    "the coffee tasted burnt",
    "great atmosphere",
    "we waited twenty minutes",
    "friendly and quick",
    "the croissant was amazing",
    "our table was dirty",
    "will come back",
    "never again",
    "the portion was small",
    "best cake in town",
    "the cashier was rude",
    "맛있어요",
    "Très bon café",
)


def write_reviews(path, rows: int, seed: int, name: str) -> None:
    """A review export with every row distinct (author), generated from ``seed``."""
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Date", "Name", "Stars", "Review"])
        for n in range(rows):
            text = ". ".join(rng.choice(PHRASES) for _ in range(rng.randint(1, 4)))
            out.writerow(
                [
                    f"20{rng.randint(20, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    f"{name} {n}",
                    rng.randint(1, 5),
                    text.capitalize() + ".",
                ]
            )


def earlier_database(path, tmp_path) -> None:
    """The owner's desk before the big import: an import of 500 rows, then triage on it."""
    first = tmp_path / "earlier.csv"
    write_reviews(first, EARLIER_ROWS, seed=1, name="Regular")
    with Store(path) as store:
        summary = run_import(store, first)
        assert summary.added == EARLIER_ROWS
        ids = [item.id for item in store.iter_feedback()]
        favourite = store.create_tag("Favourite", "#ff8800")
        speed = next(t.id for t in store.tags() if t.name == "Speed")
        store.tag(ids[::7], favourite)
        store.tag(ids[::11], speed)
        for n, feedback_id in enumerate(ids[:40]):
            store.add_reply(feedback_id, f"Thank you, reply {n}", f"2026-01-{n % 28 + 1:02d}T10:00")
        for feedback_id in ids[40:60]:
            store.add_note(feedback_id, "Called them back, all good", by="Sam")
        store.set_status(ids[60:80], "resolved")
    for suffix in ("-wal", "-shm"):
        assert not os.path.exists(f"{path}{suffix}"), "the earlier database was not closed"


EARLIER_QUERIES = (
    "SELECT * FROM feedback WHERE id <= :last ORDER BY id",
    "SELECT * FROM feedback_tags WHERE feedback_id <= :last ORDER BY feedback_id, tag_id",
    "SELECT * FROM tags ORDER BY id",
    "SELECT * FROM replies WHERE feedback_id <= :last ORDER BY id",
    "SELECT * FROM notes ORDER BY id",
    "SELECT * FROM import_batches WHERE id <= :batch ORDER BY id",
    "SELECT * FROM customers ORDER BY id",
)


def earlier_digest(store, last: int, batch: int) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for query in EARLIER_QUERIES:
        for row in store.conn.execute(query, {"last": last, "batch": batch}):
            digest.update(repr(row).encode())
        digest.update(b"\x1e")
    return digest.hexdigest()


def high_water(store) -> tuple[int, int]:
    feedback = store.conn.execute("SELECT max(id) FROM feedback").fetchone()[0]
    batch = store.conn.execute("SELECT max(id) FROM import_batches").fetchone()[0]
    return feedback, batch


def check_after(db, last: int, batch: int, digest: str) -> int:
    """The database opens, is intact, kept the earlier data; returns how many items the big
    import left (0 or ROWS, with its finished batch)."""
    with Store(db) as store:  # opens without an exception: that is the first check
        assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert earlier_digest(store, last, batch) == digest
        assert len(store.search("Regular 7")) >= 1  # the earlier items' search index is whole
        new = store.conn.execute("SELECT count(*) FROM feedback WHERE id > ?", (last,))
        new = new.fetchone()[0]
        batches = store.conn.execute(
            "SELECT file_name, added, duplicates, skipped FROM import_batches WHERE id > ?",
            (batch,),
        ).fetchall()
    if new:
        assert new == ROWS
        assert batches == [("big.csv", ROWS, 0, 0)]
    else:
        assert batches == []
    return new


def kill_moments(rng: random.Random, duration: float) -> list[float]:
    """Seconds after the start to kill at: the very start, spread over the whole import,
    and crowded near its end (the commit), some just after it should have finished."""
    moments = [0.0, 0.02 * duration]
    moments += [rng.uniform(0.9, 1.15) * duration for _ in range(6)]
    moments += [rng.uniform(0.0, 1.0) * duration for _ in range(KILLS - len(moments))]
    rng.shuffle(moments)
    return moments


def test_sigkill_at_random_moments_leaves_the_database_whole(tmp_path):
    big = tmp_path / "big.csv"
    write_reviews(big, ROWS, seed=2026, name="Customer")
    assert big.stat().st_size > PARALLEL_FROM_BYTES  # the helper process is used too
    template = tmp_path / "template.db"
    earlier_database(template, tmp_path)
    with Store(template) as store:
        last, batch = high_water(store)
        digest = earlier_digest(store, last, batch)
    env = guarded_env(dict(os.environ, QT_QPA_PLATFORM="offscreen"))

    def command(db) -> list[str]:
        return [*CLI, "--db", str(db), "import", str(big), "--json"]

    # One import without a kill: it imports the whole file, and says how long an import takes.
    whole = tmp_path / "whole.db"
    shutil.copyfile(template, whole)
    began = time.monotonic()
    result = subprocess.run(command(whole), capture_output=True, text=True, env=env, timeout=120)
    duration = time.monotonic() - began
    assert_no_network(result)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["added"], summary["duplicates"], summary["skipped"]) == (ROWS, 0, [])
    assert check_after(whole, last, batch, digest) == ROWS

    rng = random.Random(20260501)
    outcomes = []
    for attempt, delay in enumerate(kill_moments(rng, duration)):
        db = tmp_path / f"killed-{attempt}.db"
        shutil.copyfile(template, db)
        # Its own process group, so the kill takes the import's helper process with it, as a
        # power cut would.
        process = subprocess.Popen(
            command(db),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        _, stderr = process.communicate(timeout=30)
        assert process.returncode != 86, f"the import tried to use the network: {stderr}"
        assert process.returncode in (0, -signal.SIGKILL), stderr
        left = check_after(db, last, batch, digest)
        outcomes.append((round(delay, 2), left))
        for leftover in tmp_path.glob(f"killed-{attempt}.db*"):
            leftover.unlink()
    print(f"\nwhole import {duration:.1f} s; (kill after s, rows there): {outcomes}")
    assert 0 in {left for _, left in outcomes}  # the kill at the very start came in time
