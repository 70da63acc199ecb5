"""A big database of Korean feedback, built once and kept beside the English one: the inbox's
searches are timed on Korean words too (the first market is Korean shops).

The texts are real Korean reviews: the NSMC raw crawl (e9t/nsmc, CC0; shared/data/nsmc,
review_id<TAB>movie_id<TAB>rating<TAB>split<TAB>text), each scored once through
``intake.prepare``, then copied with other dates over ten years ending 2026-01-15 (the English
database's last day), statuses and duplicate keys, and written through ``Store.insert_feedback``
in imports of 50,000 rows, as conftest.build does for the English one.
"""

from __future__ import annotations

import hashlib
import itertools
import lzma
import random
import time
from datetime import datetime, timedelta
from pathlib import Path

from tests.conftest import shared_data

from .conftest import CACHE, CHUNK, STATUSES, _schema_key

TEXTS = 20_000  # distinct reviews, scored once each
NAMES = ("김민준", "이서연", "박지훈", "최수아", "정하준", "강지우", "조예은", "윤도윤")


def reviews(count: int) -> list[tuple[int, str]]:
    """(the reviewer's 1-10 rating, text) of the first ``count`` reviews."""
    with lzma.open(shared_data("nsmc", "reviews.tsv.xz"), "rt", encoding="utf-8") as lines:
        next(lines)
        rows = (line.rstrip("\n").split("\t", 4) for line in lines)
        return [(int(r[2]), r[4]) for r in itertools.islice(rows, count)]


def build(path: Path, size: int) -> None:
    from feedback_desk.core import intake
    from feedback_desk.core.records import NewFeedback
    from feedback_desk.core.store import Store

    rng = random.Random(size)
    now = datetime(2026, 1, 15, 18, 0, 0)
    stamp = now.isoformat()
    start = now - timedelta(days=3652)
    span = int((now - start).total_seconds())
    bases = [
        intake.prepare(NewFeedback(body=text, channel="naver", rating=(rating + 1) // 2), stamp)
        for rating, text in reviews(TEXTS)
    ]
    with Store(path) as store:
        for first in range(0, size, CHUNK):
            count = min(CHUNK, size - first)
            with store.transaction():
                batch = store.start_batch("file", stamp, f"naver-{first // CHUNK + 1}.csv")
                rows = []
                for n in range(first, first + count):
                    row = dict(rng.choice(bases))
                    row["received_at"] = (
                        start + timedelta(seconds=rng.randrange(span))
                    ).isoformat()
                    row["author"] = rng.choice(NAMES)
                    row["status"] = rng.choice(STATUSES)
                    row["dedup_key"] = (
                        "k|" + hashlib.blake2b(f"{size}|{n}".encode(), digest_size=16).hexdigest()
                    )
                    row["batch_id"] = batch
                    rows.append(row)
                added = store.insert_feedback(rows)
                store.finish_batch(batch, added, count - added)


def korean_db(size: int) -> Path:
    """The path of a Korean database of ``size`` items, built first when not in the cache."""
    from feedback_desk.core.store.schema import SCHEMA_VERSION

    path = CACHE / f"feedback-ko-{size}-{_schema_key(SCHEMA_VERSION)}.db"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    began = time.perf_counter()
    build(partial, size)
    partial.replace(path)
    print(f"\nbuilt: {path} ({size:,} Korean items) in {time.perf_counter() - began:.0f} s")
    return path
