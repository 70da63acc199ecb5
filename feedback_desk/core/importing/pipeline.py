"""The loop an import (and its check before writing) runs: rows read and turned into items in
chunks, texts scored beside the parsing, duplicates and bad bytes noted."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .. import intake, sentiment
from ..records import NewFeedback
from .ledger import Ledger
from .presets import Mapping
from .reading import Table
from .rows import converter
from .values import ValueProblem

CHUNK = 5000


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


def scored(numbered: Iterator[list[tuple[int, NewFeedback]]], pool) -> Iterator[tuple[list, list]]:
    """Each chunk with its texts' scores. With a pool, chunk k is scored there while this
    process parses chunk k + 1 and then writes chunk k."""
    if pool is None:
        for chunk in numbered:
            yield chunk, [None] * len(chunk)
        return
    pending = None
    for chunk in numbered:
        texts = [intake.scoring_text(item.title, item.body) for _, item in chunk]
        future = pool.submit(sentiment.score_texts, texts)
        if pending:
            yield pending[0], pending[1].result()
        pending = (chunk, future)
    if pending:
        yield pending[0], pending[1].result()


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
