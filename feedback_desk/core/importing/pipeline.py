"""The loop an import (and its check before writing) runs: rows read and turned into items in
chunks, texts scored beside the parsing, duplicates and bad bytes noted."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .. import intake
from ..records import NewFeedback
from . import scoring
from .ledger import Ledger
from .presets import Mapping
from .reading import Table
from .rows import converter
from .values import ValueProblem

CHUNK = 1000
# An import of at least this many rows, and of more rows than the desk holds items, sets the
# feedback table's indexes aside while it writes and builds them again at its end (store/bulk.py).
SET_ASIDE_FROM_ROWS = 5000
_SAMPLE = 2000


class ImportCancelled(Exception):
    """The owner pressed Cancel; nothing was written."""


@dataclass(frozen=True)
class RowCheck:
    """What the preview tells before anything is written."""

    problems: list[dict]
    duplicates: list[dict]
    bad_byte_rows: list[int]


def may_have_bad_bytes(table: Table) -> bool:
    return table.info.encoding_why == "utf8_with_bad_bytes"


def chunks(
    table: Table, convert, problems: list[dict], watch: Ledger | None = None
) -> Iterator[list[tuple[int, NewFeedback]]]:
    """(row number, item) in chunks; unreadable rows go to ``problems``, and ``watch`` notes
    the rows with bytes that were not text."""
    chunk: list[tuple[int, NewFeedback]] = []
    for row, cells in table.rows():
        if watch is not None:
            watch.look_for_bad_bytes(row, cells)
        try:
            chunk.append((row, convert(cells)))
        except ValueProblem as problem:
            problems.append({"row": row, "reason": str(problem)})
            continue
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def estimated_rows(table: Table) -> int:
    """About how many rows the table has, from the share of the file its first rows take
    (a few thousand: the share read runs ahead of the rows by a buffer of text)."""
    sample = table.sample(_SAMPLE)
    if len(sample) < _SAMPLE:
        return len(sample)
    return int(len(sample) / max(table.progress(), 1e-9))


def set_indexes_aside(store, table: Table) -> list[str]:
    """For a big import into a smaller desk, the indexes set aside (their definitions, to
    build again once the rows are in); nothing for the others."""
    rows = estimated_rows(table)
    if rows < SET_ASIDE_FROM_ROWS or rows < store.newest_feedback_id():
        return []
    return store.set_aside_indexes()


def scored(numbered: Iterator[list[tuple[int, NewFeedback]]], pool) -> Iterator[tuple[list, list]]:
    """Each chunk with its words read (``scoring.read_words``). With a helper process (see
    scoring.py), the next chunks are read there while this process writes a chunk and reads
    the ones after; without one, the words are read as each row is written."""
    if pool is None:
        for chunk in numbered:
            yield chunk, [None] * len(chunk)
        return
    pending: deque[list] = deque()  # [chunk, its parts, the helper's future or the words]
    for chunk in numbered:
        parts = [(item.title, item.body, item.author) for _, item in chunk]
        pending.append([chunk, parts, pool.submit(scoring.read_words, parts)])
        if len(pending) > scoring.AHEAD:
            yield _first(pending)
    while pending:
        yield _first(pending)


def _first(pending: deque[list]) -> tuple[list, list]:
    """The oldest chunk and its scores. Rather than wait for the helper (still starting, or
    slowed by a busy machine), this process scores the newest chunks the helper has not begun."""
    while not (isinstance(pending[0][2], list) or pending[0][2].done()):
        idle = next((p for p in reversed(pending) if _took_back(p)), None)
        if idle is None:
            break
        idle[2] = scoring.read_words(idle[1])
    chunk, _, scores = pending.popleft()
    return chunk, scores if isinstance(scores, list) else scores.result()


def _took_back(entry: list) -> bool:
    """Whether the entry's texts were taken back from the helper (it had not begun them)."""
    return not isinstance(entry[2], list) and entry[2].cancel()


def check_table(
    store, table: Table, mapping: Mapping, cancelled: Callable[[], bool] = lambda: False
) -> RowCheck:
    problems: list[dict] = []
    ledger = Ledger(store) if store is not None else None
    watch = Ledger(None) if may_have_bad_bytes(table) else None
    now = intake.now_iso()
    for chunk in chunks(table, converter(table.info.headers, mapping), problems, watch):
        if cancelled():
            raise ImportCancelled()
        if ledger is not None:
            keys = [{"dedup_key": intake.dedup_key(i, i.received_at or now)} for _, i in chunk]
            ledger.sort([n for n, _ in chunk], keys)
    return RowCheck(problems, ledger.duplicates if ledger else [], watch.bad_bytes if watch else [])
