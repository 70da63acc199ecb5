"""Reading Excel workbooks: .xlsx with openpyxl (read-only, streamed) and old .xls with xlrd.

Cells become the text the rest of the import reads: an Excel date becomes an ISO date, a
whole number loses its ".0", an empty cell is "". The first sheet with a table is read unless
the owner picks another.
"""

from __future__ import annotations

import itertools
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..words import translate
from .encoding import NotATable
from .headers import is_header, read_headers
from .table import Table, TableInfo

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SAMPLE_ROWS = 200


def is_workbook(path: Path, head: bytes) -> bool:
    """An .xlsx (a zip holding xl/workbook.xml) or an .xls (an OLE file named .xls)."""
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                return "xl/workbook.xml" in z.namelist()
        except (zipfile.BadZipFile, OSError, ValueError):
            return False
    return head.startswith(_OLE) and path.suffix.lower() == ".xls"


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def _trimmed(row: list[str]) -> list[str]:
    while row and not row[-1].strip():
        row.pop()
    return row


class _Book:
    """One workbook's sheets as rows of text, whichever library reads it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.xls = not zipfile.is_zipfile(path)
        try:
            if self.xls:
                import xlrd  # the reader of old .xls files, kept for exactly that

                self.book = xlrd.open_workbook(str(path), on_demand=True)
                self.names = tuple(self.book.sheet_names())
            else:
                import openpyxl

                self.book = openpyxl.load_workbook(path, read_only=True, data_only=True)
                self.names = tuple(self.book.sheetnames)
        except Exception as exc:  # each library has its own errors for a damaged file
            raise _damaged(exc) from None

    def rows(self, name: str) -> Iterator[list[str]]:
        try:
            if self.xls:
                import xlrd

                sheet = self.book.sheet_by_name(name)
                for r in range(sheet.nrows):
                    yield [self._xls_cell(c, xlrd) for c in sheet.row(r)]
            else:
                for row in self.book[name].iter_rows(values_only=True):
                    yield [cell_text(v) for v in row]
        except Exception as exc:
            raise _damaged(exc) from None

    def size(self, name: str) -> int:
        if self.xls:
            return self.book.sheet_by_name(name).nrows
        return self.book[name].max_row or 0

    def _xls_cell(self, cell, xlrd) -> str:
        if cell.ctype == xlrd.XL_CELL_DATE:
            try:
                return cell_text(xlrd.xldate_as_datetime(cell.value, self.book.datemode))
            except (ValueError, OverflowError):
                return str(cell.value)
        if cell.ctype == xlrd.XL_CELL_BOOLEAN:
            return cell_text(bool(cell.value))
        return cell_text(cell.value)

    def close(self) -> None:
        if self.xls:
            self.book.release_resources()
        else:
            self.book.close()


def _damaged(exc: Exception) -> NotATable:
    encrypted = "encrypt" in str(exc).lower() or "password" in str(exc).lower()
    if encrypted:
        return NotATable(
            translate(
                "import",
                "This Excel workbook is protected by a password, so it cannot be read. Open it "
                "in Excel, remove the password (File > Info > Protect Workbook), save, and "
                "import it.",
            )
        )
    return NotATable(
        translate(
            "import",
            "This Excel workbook cannot be read: it seems damaged or cut short. Open it in "
            "Excel and save it again (or save it as CSV UTF-8), then import that file.",
        )
    )


def _width(records: list[list[str]]) -> int:
    counts = Counter(len(r) for r in records if r)
    return max(counts.items(), key=lambda item: (item[1], item[0]))[0] if counts else 0


class SheetTable(Table):
    """A table read from one sheet of a workbook, again from the top at each ``rows()``."""

    def __init__(self, info: TableInfo, path: Path, size: int) -> None:
        super().__init__(info, lambda: (_ for _ in ()).throw(AssertionError), size)
        self.path = path
        self._done = 0

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        book = _Book(self.path)
        width = len(self.info.headers)
        self._done = 0
        try:
            for number, cells in enumerate(book.rows(self.info.sheet), 1):
                self._done = number
                cells = _trimmed(cells)
                if number <= self.info.header_row or not any(c.strip() for c in cells):
                    continue
                if len(cells) < width:
                    cells += [""] * (width - len(cells))
                yield number, cells
        finally:
            book.close()
        self._done = self.size_bytes

    def progress(self) -> float:
        return 1.0 if not self.size_bytes else min(1.0, self._done / self.size_bytes)


def open_workbook(path: Path, sheet: str | None = None) -> SheetTable:
    """The chosen sheet (by name), else the first sheet with a table in it."""
    book = _Book(path)
    try:
        if sheet is not None and sheet not in book.names:
            raise NotATable(
                translate(
                    "import", "This workbook has no sheet named '{0}'; its sheets are: {1}."
                ).format(sheet, ", ".join(book.names))
            )
        for name in [sheet] if sheet is not None else book.names:
            records = [_trimmed(r) for r in itertools.islice(book.rows(name), _SAMPLE_ROWS)]
            width = _width(records)
            if width >= 2 and any(is_header(r, len(r)) for r in records if len(r) >= 2):
                headers, header_row = read_headers(records, width)
                kind = "xls" if book.xls else "xlsx"
                info = TableInfo(kind, None, headers, header_row, "excel", "", book.names, name)
                return SheetTable(info, path, book.size(name))
        raise NotATable(
            translate(
                "import",
                "No sheet of this workbook holds a table with a row of column names (sheets: {0}).",
            ).format(", ".join(book.names))
        )
    finally:
        book.close()
