"""Opening a CSV, TSV or JSON export as a table of rows, streamed.

Detection (binary or text, encoding, delimiter, header row) looks at the first 64 KB plus
one whole-file encoding check; the rows themselves are read one record at a time, so a file
of a million rows costs the memory of one row.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from ..words import translate
from . import jsonrows
from .encoding import SAMPLE_BYTES, NotATable, detect_encoding_why
from .headers import is_header, read_headers
from .table import Table, TableInfo, allow_big_cells

__all__ = ["NotATable", "Table", "TableInfo", "open_table", "table_from_text"]

DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}
_SAMPLE_RECORDS = 200
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _parse_delimiter(delimiter: str | None) -> str | None:
    if delimiter is None:
        return None
    value = _DELIMITER_NAMES.get(delimiter.lower(), delimiter)
    if len(value) != 1:
        raise NotATable(
            translate("import", "'{0}' is not a single-character column separator.").format(
                delimiter
            )
        )
    return value


def _records(text: str, delimiter: str, complete: bool) -> list[list[str]]:
    allow_big_cells()
    # newline="": old Mac files end their lines with a lone CR, which csv reads as a line end.
    stream = io.StringIO(text, newline="")
    records = list(itertools.islice(csv.reader(stream, delimiter=delimiter), _SAMPLE_RECORDS + 1))
    if not complete or len(records) > _SAMPLE_RECORDS:
        records = records[:-1]  # the last record of a cut sample may be cut too
    return records


def _width(records: list[list[str]]) -> tuple[int, int]:
    """The most common cell count among non-blank records, and how many records have it."""
    counts = Counter(len(r) for r in records if any(c.strip() for c in r))
    if not counts:
        return 0, 0
    width, agreeing = max(counts.items(), key=lambda item: (item[1], item[0]))
    return width, agreeing


def _choose_delimiter(text: str, complete: bool) -> tuple[str, list[list[str]], int]:
    best: tuple[tuple[int, int, int], str, list[list[str]], int] | None = None
    for rank, delimiter in enumerate(DELIMITERS):
        try:
            records = _records(text, delimiter, complete)
        except csv.Error:
            continue
        width, agreeing = _width(records)
        key = (agreeing if width >= 2 else 0, width, -rank)
        if best is None or key > best[0]:
            best = (key, delimiter, records, width)
    if best is None:
        raise NotATable(translate("import", "The file could not be read as rows and columns."))
    return best[1], best[2], best[3]


def _detect_csv(text: str, complete: bool, encoding: str, delimiter: str | None) -> TableInfo:
    # Text has almost no control characters; binary data read as Latin-1 has many (~25%).
    controls = len(_CONTROL.findall(text)) if _CONTROL.search(text) else 0
    if controls >= 3 and controls > len(text) / 20:
        raise NotATable(
            translate("import", "This file looks like binary data, not a table of feedback.")
        )
    if not text.strip():
        raise NotATable(translate("import", "The file is empty."))
    if delimiter is None:
        delimiter, records, width = _choose_delimiter(text, complete)
    else:
        records = _records(text, delimiter, complete)
        width = _width(records)[0]
    filled = [r for r in records if any(c.strip() for c in r)]
    if width <= 1:
        if len(filled) <= 1:
            raise NotATable(
                translate(
                    "import",
                    "The file has a single line of text, not a table with a header "
                    "row and rows below it.",
                )
            )
        if len(filled[0][0]) > 80 or not is_header(filled[0], 1):
            raise NotATable(
                translate("import", "This looks like plain text, not a table with named columns.")
            )
    headers, header_row = read_headers(records, width)
    return TableInfo(encoding, delimiter, headers, header_row, "csv")


def _looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("[", "{")


def _detect_json(
    open_text: Callable[[], tuple[TextIO, Callable[[], int]]], encoding: str
) -> TableInfo:
    stream, _ = open_text()
    with stream:
        items = list(itertools.islice(jsonrows.iter_items(stream), jsonrows.SAMPLE_ITEMS))
    headers = jsonrows.headers_for(items)
    if not headers:
        raise NotATable(translate("import", "This JSON file has no records in it."))
    return TableInfo(encoding, None, headers, 0, "json")


def open_table(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    """Detect how ``path`` is written and return it as a :class:`Table`.

    Raises :class:`NotATable` with a plain-English reason when it is not a table (an image,
    binary data, an empty file, a single line, a broken JSON file...).
    """
    path = Path(path)
    with open(path, "rb") as f:
        head = f.read(SAMPLE_BYTES)
        complete = not f.read(1)
    size = path.stat().st_size
    from . import sheets  # it builds on this module's Table

    if sheets.is_workbook(path, head):
        return sheets.open_workbook(path, sheet)
    chosen, why = detect_encoding_why(path, head, encoding)
    text = codecs.getincrementaldecoder(chosen)("replace").decode(head, final=complete)

    def open_text() -> tuple[TextIO, Callable[[], int]]:
        raw = open(path, "rb")  # noqa: SIM115 - closed by the TextIOWrapper's owner
        # "replace": only a mostly-UTF-8 file has bad bytes here (every other choice was
        # checked over the whole file); they become � and their rows are named.
        stream = io.TextIOWrapper(raw, encoding=chosen, errors="replace", newline="")
        return stream, raw.tell

    if _looks_like_json(text) and delimiter is None:
        try:
            info = _detect_json(open_text, chosen)
        except jsonrows.NotOneTable:
            raise
        except NotATable:
            if text.lstrip()[:1] == "{" or (complete and _json_whole(text)):
                raise
        else:
            return Table(dataclasses.replace(info, encoding_why=why), open_text, size)
    info = _detect_csv(text, complete, chosen, _parse_delimiter(delimiter))
    return Table(dataclasses.replace(info, encoding_why=why), open_text, size)


def _json_whole(text: str) -> bool:
    """Whether a small file that starts with '[' parses as JSON at all (else it may be a CSV
    whose first header begins with a bracket)."""
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def table_from_text(text: str, *, delimiter: str | None = None) -> Table:
    """A table from pasted text (from a spreadsheet: tab-separated, header first)."""
    text = text.lstrip("\ufeff")
    sample = text[:SAMPLE_BYTES]
    complete = len(sample) == len(text)
    info = _detect_csv(sample, complete, "utf-8", _parse_delimiter(delimiter))

    def open_text() -> tuple[TextIO, Callable[[], int]]:
        stream = io.StringIO(text, newline="")
        return stream, stream.tell

    return Table(info, open_text, len(text))
