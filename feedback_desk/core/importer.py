"""Importing a file of feedback: preview, check, then write it all or nothing.

The file is read twice at most: once for the preview (a sample), once to write. Writing is one
transaction, so a crash, a kill or Cancel half-way leaves the database exactly as it was; each
import is a batch that can be undone as a whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import intake
from .importing import pipeline, scoring
from .importing.ledger import Ledger
from .importing.pipeline import CHUNK, ImportCancelled, RowCheck  # noqa: F401 - re-exported
from .importing.presets import (
    Mapping,
    detect_mapping,
    mapping_from_overrides,
    mapping_key,
    with_channel,
)
from .importing.reading import NotATable, Table, TableInfo, open_table, table_from_text
from .importing.rows import converter
from .importing.values import ValueProblem, detect_date_order, empty_row
from .problems import plain_write_problem
from .records import NewFeedback
from .words import translate

SAMPLE = 200


class ImportRefused(Exception):
    """``strict`` was asked for and some rows cannot be read; nothing was written."""

    def __init__(self, problems: list[dict]):
        self.problems = problems
        super().__init__(_refusal(problems))


def _refusal(problems: list[dict]) -> str:
    """Why a strict import wrote nothing: the first three rows' problems, one sentence per
    count so a translation can say each its own way."""
    first = "; ".join(
        translate("import", "row {0}: {1}").format(p["row"], _one_line(p["reason"]))
        for p in problems[:3]
    )
    if len(problems) == 1:
        return translate("import", "1 row cannot be read ({0}); nothing was imported").format(first)
    if len(problems) <= 3:
        return translate("import", "{0} rows cannot be read ({1}); nothing was imported").format(
            len(problems), first
        )
    return translate(
        "import", "{0} rows cannot be read ({1} and {2} more); nothing was imported"
    ).format(len(problems), first, len(problems) - 3)


@dataclass(frozen=True)
class PastedRows:
    """Rows copied from a spreadsheet and pasted: imported like a file, with a preview."""

    text: str
    name: str = "pasted rows"


Source = Path | PastedRows


def open_source(source: Source, settings: ImportSettings) -> Table:
    if isinstance(source, PastedRows):
        return table_from_text(source.text, delimiter=settings.delimiter)
    return open_table(
        source, encoding=settings.encoding, delimiter=settings.delimiter, sheet=settings.sheet
    )


def source_name(source: Source) -> str:
    return source.name if isinstance(source, PastedRows) else Path(source).name


@dataclass(frozen=True)
class ImportSettings:
    """What the owner (wizard) or the command line chose; None means 'detect it'."""

    encoding: str | None = None
    delimiter: str | None = None
    mapping: Mapping | None = None
    preset: str | None = None
    overrides: dict[str, str] = field(default_factory=dict)
    channel: str | None = None
    date_order: str | None = None
    strict: bool = False
    sheet: str | None = None  # a workbook's sheet; None: the first with a table
    keep_duplicates: bool = False  # import rows already there (or repeated) all the same


@dataclass(frozen=True)
class RowOutcome:
    row: int
    feedback: NewFeedback | None
    problem: str = ""


@dataclass(frozen=True)
class ImportPreview:
    """What the wizard shows before anything is written."""

    source: Source
    info: TableInfo
    mapping: Mapping
    rows: list[RowOutcome]
    cells: list[list[str]]  # the same rows as the file has them
    remembered: bool  # the mapping came from an earlier file with the same headers
    date_order_known: bool  # False: the file cannot tell 03/04 from 04/03; ask the owner


@dataclass(frozen=True)
class ImportSummary:
    """The summary of ``import --json`` (CLI.md)."""

    file: str
    batch_id: int | None
    added: int
    duplicates: int
    skipped: list[dict]
    encoding: str
    delimiter: str | None
    preset: str
    # Why that encoding ("utf8", "legacy", "utf8_with_bad_bytes"...: see encoding.py).
    encoding_why: str = ""
    # Each duplicate row and what it repeats: {"row": 7, "item": 12} (a stored item) or
    # {"row": 9, "of_row": 3} (an earlier row of the file).
    duplicate_rows: list[dict] = field(default_factory=list)
    # Rows imported with bytes that were not UTF-8 in them (shown as �).
    bad_byte_rows: list[int] = field(default_factory=list)
    sheet: str = ""  # the workbook's sheet read, "" for other files

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def _remembered_key(headers) -> str:
    # v2: a mapping remembered before columns were also read by their values (stars, dates,
    # replies; issue 18) would bring back the old mistakes, so those are not reused.
    return f"import_mapping:v2:{mapping_key(headers)}"


def resolve_mapping(store, table: Table, settings: ImportSettings) -> tuple[Mapping, bool, bool]:
    """The mapping to use, whether it was remembered, and whether the date order is known."""
    headers = table.info.headers
    remembered = None
    if settings.mapping is not None:
        mapping = settings.mapping
    elif not settings.preset and (remembered := store.get_setting(_remembered_key(headers))):
        mapping = Mapping(
            **{
                **remembered,
                "columns": tuple(remembered["columns"]),
                "reasons": ("remembered",) * len(remembered["columns"]),
            }
        )
    else:
        mapping = detect_mapping(
            headers, [cells for _, cells in table.sample(SAMPLE)], preset=settings.preset
        )
    if settings.overrides:
        mapping = mapping_from_overrides(headers, mapping, settings.overrides)
    if settings.channel:
        mapping = with_channel(mapping, intake.normalise_channel(settings.channel))
    changes = {}
    known = True
    if settings.date_order:
        changes["date_order"] = settings.date_order
    elif mapping.date_order is None and "received_at" in mapping.columns:
        column = mapping.columns.index("received_at")
        order = detect_date_order(
            cells[column] for _, cells in table.sample(SAMPLE) if column < len(cells)
        )
        known = order is not None
        changes["date_order"] = order or "mdy"
    if changes:
        mapping = dataclasses.replace(mapping, **changes)
    return mapping, bool(remembered), known


def preview(
    store, source: Source, settings: ImportSettings = ImportSettings(), rows: int = 20
) -> ImportPreview:
    """Read the start of a file and show how its rows would be stored."""
    table = open_source(source, settings)
    mapping, remembered, known = resolve_mapping(store, table, settings)
    convert = converter(table.info.headers, mapping)
    sample = table.sample(rows)
    outcomes = [_outcome(convert, n, cells) for n, cells in sample]
    return ImportPreview(
        source, table.info, mapping, outcomes, [c for _, c in sample], remembered, known
    )


def find_problems(
    source: Source,
    settings: ImportSettings,
    mapping: Mapping,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[dict]:
    """Every row that cannot be read, by spreadsheet row number, without writing anything."""
    return check_rows(None, source, settings, mapping, cancelled).problems


def check_rows(
    store,
    source: Source,
    settings: ImportSettings,
    mapping: Mapping,
    cancelled: Callable[[], bool] = lambda: False,
) -> RowCheck:
    """Read every row as the import would, writing nothing: the rows that cannot be read,
    the duplicates and what they repeat, the rows with bytes that are not text. ``store``
    None skips looking for duplicates of stored items."""
    return pipeline.check_table(store, open_source(source, settings), mapping, cancelled)


def _outcome(convert, row: int, cells) -> RowOutcome:
    try:
        return RowOutcome(row, convert(cells))
    except ValueProblem as problem:
        return RowOutcome(row, None, str(problem))


def run_import(
    store,
    source: Source,
    settings: ImportSettings = ImportSettings(),
    progress: Callable[[float, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    helper=None,
) -> ImportSummary:
    """Import every readable row of a file (or pasted rows) as one batch, all or nothing.

    ``progress(fraction, rows_done)`` is called after each chunk; ``cancelled()`` is asked as
    often, and Cancel rolls the whole import back. Raises NotATable for a file that is not a
    table, ImportRefused when ``strict`` and a row is bad. ``helper``: the scoring process,
    when the caller started it earlier (``scoring.start_helper``); it is shut down here."""
    size = len(source.text) if isinstance(source, PastedRows) else scoring.file_size(source)
    with scoring.helper_for(size, helper) as pool:
        return _import(store, source, settings, progress, cancelled, pool)


def _import(store, source: Source, settings: ImportSettings, progress, cancelled, pool):
    table = open_source(source, settings)
    mapping, _, _ = resolve_mapping(store, table, settings)
    headers = table.info.headers
    now = intake.now_iso()
    problems: list[dict] = []
    with store.transaction():
        batch_id = store.start_batch(
            "paste" if isinstance(source, PastedRows) else "file",
            now,
            source_name(source),
            encoding=table.info.encoding,
            delimiter=table.info.delimiter or "",
            preset=mapping.preset,
            mapping=dataclasses.asdict(mapping),
        )
        set_aside = pipeline.set_indexes_aside(store, table)
        ledger = Ledger(store, settings.keep_duplicates, batch_id)
        # Indexes set aside, rows go in without a larger page cache, in less memory.
        with store.import_cache(larger=not set_aside):
            watch = ledger if pipeline.may_have_bad_bytes(table) else None
            chunks = pipeline.chunks(table, converter(headers, mapping), problems, watch)
            written = [0, 0]  # added, read
            for numbered, scores in pipeline.scored(chunks, pool):
                if cancelled():
                    raise ImportCancelled()
                _write(store, ledger, numbered, scores, now, batch_id, settings, written)
                if progress:
                    progress(table.progress(), written[1] + len(problems))
        added, total = written
        if settings.strict and problems:
            raise ImportRefused(problems)
        if total == 0:
            raise NotATable(_nothing_readable(problems, headers, mapping))
        store.build_indexes(set_aside)
        store.finish_batch(batch_id, added, total - added, problems)
        store.set_setting(_remembered_key(headers), dataclasses.asdict(mapping))
    return ImportSummary(
        source_name(source),
        batch_id,
        added,
        total - added,
        problems,
        table.info.encoding,
        table.info.delimiter,
        mapping.preset,
        table.info.encoding_why,
        ledger.duplicates,
        ledger.bad_bytes,
        table.info.sheet,
    )


def _write(store, ledger, numbered, scores, now, batch_id, settings, written) -> None:
    """One chunk's rows prepared and written; ``written`` counts (added, read)."""
    chunk = [item for _, item in numbered]
    rows = []
    for item, words in zip(chunk, scores, strict=True):
        row = intake.prepare(item, now, batch_id, words and words[:2])
        if words and words[2]:
            row["search_text"] = words[2]  # read by the helper (Korean, Chinese, Japanese)
        rows.append(row)
    numbers = [n for n, _ in numbered]
    if settings.keep_duplicates:
        ledger.sort(numbers, rows)
    newest = store.newest_feedback_id()
    added = store.insert_feedback(
        rows, [i.tags for i in chunk], [(i.reply, i.replied_at) for i in chunk]
    )
    if not settings.keep_duplicates:
        ledger.written(numbers, rows, newest, added)
    written[0] += added
    written[1] += len(chunk)


def _nothing_readable(problems: list[dict], headers, mapping: Mapping) -> str:
    if not problems:
        return translate("import", "The file has a header row but no rows of feedback under it.")
    if all(p["reason"] == empty_row() for p in problems) and not (
        {"body", "title", "rating", "nps_score"} & set(mapping.columns)
    ):
        seen = ", ".join(f"'{h}'" for h in headers[:12]) + (" ..." if len(headers) > 12 else "")
        return translate(
            "import",
            "No column of this file holds feedback text, stars or a score that I recognise, "
            "so none of its {0} rows can be imported. Its columns are: {1}. "
            "In the preview, choose what a column holds in its 'Goes into' list; on the "
            "command line, name it, e.g. --map body=COLUMN or --map rating=COLUMN.",
        ).format(len(problems), seen)
    if len(problems) == 1:
        return translate(
            "import", "The one row could not be read; the problem is on row {0}: {1}."
        ).format(problems[0]["row"], _one_line(problems[0]["reason"]))
    return translate(
        "import",
        "None of the {0} rows could be read; the first problem is on row {1}: {2}.",
    ).format(len(problems), problems[0]["row"], _one_line(problems[0]["reason"]))


def _one_line(reason: str) -> str:
    """A row's reason inside a refusal, which is one line (CLI.md): the value it quotes may
    hold line breaks."""
    return " ".join(reason.split())


def undo_import(store, batch_id: int) -> int:
    """Remove everything an import added; returns how many items went."""
    if not store.batch_exists(batch_id):
        raise LookupError(
            translate("import", "There is no import number {0} to undo.").format(batch_id)
        )
    return store.undo_batch(batch_id, intake.now_iso())


def plain_reason(exc: BaseException) -> str | None:
    """What went wrong with an import, in words for the owner; None when it was a bug."""
    if isinstance(exc, NotATable | ImportRefused):
        return str(exc)
    written = plain_write_problem(exc, translate("faults", "nothing was imported"))
    if written is None and isinstance(exc, OSError):
        return translate("import", "The file cannot be read: {0}. Nothing was imported.").format(
            exc.strerror or exc
        )
    return written
