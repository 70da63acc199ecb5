"""A big database of Korean feedback, built once and kept beside the English one: the inbox's
searches are timed on Korean words too (the first market is Korean shops).

The texts are real Korean reviews: the NSMC raw crawl (e9t/nsmc, CC0; shared/data/nsmc,
review_id<TAB>movie_id<TAB>rating<TAB>split<TAB>text), each scored once through
``intake.prepare``, then copied as conftest.build copies the English ones (conftest.write_copies).
"""

from __future__ import annotations

import itertools
import lzma
from pathlib import Path

from tests.conftest import shared_data

from .conftest import NOW, cached_db, write_copies

TEXTS = 20_000  # distinct reviews, scored once each
NAMES = ("김민준", "이서연", "박지훈", "최수아", "정하준", "강지우", "조예은", "윤도윤")


def reviews(count: int) -> list[tuple[int, str]]:
    """(the reviewer's 1-10 rating, text) of the first ``count`` reviews."""
    with lzma.open(shared_data("nsmc", "reviews.tsv.xz"), "rt", encoding="utf-8") as lines:
        next(lines)
        rows = (line.rstrip("\n").split("\t", 4) for line in lines)
        return [(int(r[2]), r[4]) for r in itertools.islice(rows, count)]


def build(path: Path, size: int) -> None:
    """Write ``size`` Korean items to a new database at ``path``."""
    from feedback_desk.core import intake
    from feedback_desk.core.records import NewFeedback

    stamp = NOW.isoformat()
    bases = [
        intake.prepare(NewFeedback(body=text, channel="naver", rating=(rating + 1) // 2), stamp)
        for rating, text in reviews(TEXTS)
    ]
    write_copies(path, size, bases, list(NAMES))


def korean_db(size: int) -> Path:
    """The path of a Korean database of ``size`` items (built, or migrated, once)."""
    return cached_db(size, "feedback-ko", build)
