"""Reading the words of an import's feedback (the language check, VADER or the Korean model, and
the search index's text of Korean, Chinese and Japanese: the slowest steps of an import) in a
second process, beside the one that reads the file and writes the rows.

The helper is started before anything else of the import, so that its own start-up (a Python
process, the VADER lexicon) overlaps the reading of the file and the opening of the database
instead of delaying the first scores; its texts are sent chunk by chunk (of 1,000 rows), a few
chunks ahead of the writing, so neither process waits for the other and the last chunk leaves
little to do at the end. When the helper lags (still starting, or on a busy machine), the
importing process takes back the chunks it has not begun and scores them itself
(pipeline.scored).

This module imports nothing heavy: the command line starts the helper before it loads the rest
of the import.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# From this size on, a file is scored in the helper process: below it, the start of a process
# (about 0.2 s of processor time) costs more than it saves.
PARALLEL_FROM_BYTES = 150_000
# Chunks sent to the helper ahead of the one being written.
AHEAD = 4


def worth_a_helper(size_bytes: int) -> bool:
    return size_bytes >= PARALLEL_FROM_BYTES and (os.cpu_count() or 1) >= 2


def file_size(source) -> int:
    """The size of a file to import (0 for pasted rows or a file that cannot be read: the
    import itself then says what is wrong)."""
    try:
        return Path(source).stat().st_size if isinstance(source, str | Path) else 0
    except OSError:
        return 0


def start_helper(size_bytes: int) -> ProcessPoolExecutor | None:
    """A one-process pool that is already starting (with VADER loaded as it starts), or None
    for a file too small to be worth it."""
    if not worth_a_helper(size_bytes):
        return None
    pool = ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_get_ready,
    )
    pool.submit(int)  # a pool starts its process on the first task: now, not at the first chunk
    return pool


@contextlib.contextmanager
def helper_for(size_bytes: int, started: ProcessPoolExecutor | None = None) -> Iterator:
    """The helper started earlier (``started``), or one started now; shut down at the end."""
    pool = started if started is not None else start_helper(size_bytes)
    try:
        yield pool
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def read_words(parts: list[tuple[str, str, str]]) -> list[tuple[str, float | None, str | None]]:
    """Of each (title, body, author): the text's language and compound (as
    ``sentiment.score_texts``), and its search index text where it holds Korean, Chinese or
    Japanese (pairs of letters, see search_text.py), else None."""
    from ..intake import scoring_text
    from ..search_text import cjk_search_text
    from ..sentiment import text_compound

    return [
        (*text_compound(scoring_text(title, body)), cjk_search_text(title, body, author))
        for title, body, author in parts
    ]


def _get_ready() -> None:
    """Run in the helper as it starts: it ends with its parent (a killed import leaves no
    helper behind), and it loads VADER and the language words before the first texts come."""
    from ..lifeline import end_with_parent
    from ..sentiment import score_texts

    end_with_parent()
    score_texts(["good"])
