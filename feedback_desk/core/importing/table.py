"""A table read from a file: what detection found (TableInfo) and its rows, one at a time
(Table). CSV and JSON tables are opened by reading.py, workbooks by sheets.py; both build on
this module, which imports neither."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TextIO

from ..words import translate
from . import jsonrows
from .encoding import NotATable

_BIG_CELL = 2**31 - 1


@dataclass(frozen=True)
class TableInfo:
    """What detection found. ``header_row`` is the header's row number as a spreadsheet shows
    it (records, not physical lines); it is 0 for JSON, whose items are numbered from 1."""

    encoding: str
    delimiter: str | None
    headers: tuple[str, ...]
    header_row: int
    kind: str
    # Why this encoding (see encoding.detect_encoding_why); "" for pasted text and workbooks.
    encoding_why: str = ""
    # A workbook's sheets, and the one read.
    sheets: tuple[str, ...] = ()
    sheet: str = ""


class Table:
    """A detected table whose rows can be read (again) from the start, one at a time."""

    def __init__(
        self, info: TableInfo, open_text: Callable[[], tuple[TextIO, Callable[[], int]]], size: int
    ) -> None:
        self.info = info
        self.size_bytes = size
        self._open_text = open_text
        self._position: Callable[[], int] = lambda: 0

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells) for each data row after the header.

        Row numbers count records as a spreadsheet shows them (a quoted value with line breaks
        is one row). Fully blank rows are skipped but keep their number. Short rows are padded
        to the header's width and empty cells past it dropped; non-empty cells past the header
        are kept, so the row is longer than the header and the caller can report it rather
        than lose data silently.
        """
        stream, position = self._open_text()
        self._position = position
        with stream:
            try:
                if self.info.kind == "json":
                    yield from self._json_rows(stream)
                else:
                    yield from self._csv_rows(stream)
            except BaseException:  # stopped early or failed: keep the last position readable
                last = position()
                self._position = lambda: last
                raise
        self._position = lambda: self.size_bytes

    def _csv_rows(self, stream: TextIO) -> Iterator[tuple[int, list[str]]]:
        width = len(self.info.headers)
        allow_big_cells()
        records = csv.reader(stream, delimiter=self.info.delimiter or ",")
        number = 0
        try:
            for number, cells in enumerate(records, 1):
                if number <= self.info.header_row or not any(c.strip() for c in cells):
                    continue
                if len(cells) < width:
                    cells += [""] * (width - len(cells))
                elif len(cells) > width:
                    while len(cells) > width and not cells[-1].strip():
                        cells.pop()
                yield number, cells
        except csv.Error as e:
            if "NUL" in str(e):
                why = translate(
                    "import",
                    "The file cannot be read past row {0}: a NUL byte (binary data) there. Open "
                    "it in a spreadsheet, check that row, and save it again as CSV UTF-8.",
                )
            else:
                why = translate(
                    "import",
                    "The file cannot be read past row {0}: a broken quote or line there. Open "
                    "it in a spreadsheet, check that row, and save it again as CSV UTF-8.",
                )
            raise NotATable(why.format(number + 1)) from None

    def _json_rows(self, stream: TextIO) -> Iterator[tuple[int, list[str]]]:
        headers = self.info.headers
        for number, item in enumerate(jsonrows.iter_items(stream), 1):
            flat = jsonrows.flatten(item)
            yield number, [flat.get(h, "") for h in headers]

    def sample(self, n: int = 20) -> list[tuple[int, list[str]]]:
        """The first ``n`` data rows, for a preview and for detecting the mapping."""
        return list(itertools.islice(self.rows(), n))

    def progress(self) -> float:
        """How far the current ``rows()`` iteration has read, from 0 to 1."""
        if not self.size_bytes:
            return 1.0
        return min(1.0, self._position() / self.size_bytes)


def allow_big_cells() -> None:
    """A cell of any size is read (a long review, a pasted e-mail thread): csv refuses cells
    over 128 KB unless told otherwise. Set when a file is read, never at import time."""
    if csv.field_size_limit() < _BIG_CELL:
        csv.field_size_limit(_BIG_CELL)
