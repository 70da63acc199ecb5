"""Finding the header of a table: the row of column names, which may sit below a title and
may run over two or three rows (SurveyMonkey, Qualtrics).

Works on records (lists of cells) from a CSV sample or a workbook's first rows alike.
"""

from __future__ import annotations

import re

from ..words import translate
from .encoding import NotATable

_NUMBERISH = re.compile(r"[\d\s.,:/+\-%$€₩¥£()]+")
# SurveyMonkey's second header row names the kind of answer under each question.
_ANSWER_KINDS = frozenset(
    {"response", "open-ended response", "other (please specify)", "응답", "개방형 응답"}
)


def is_header(cells: list[str], width: int) -> bool:
    labels = sum(1 for c in cells if c.strip() and not _NUMBERISH.fullmatch(c.strip()))
    return labels >= 1 and labels * 2 >= width


def column_name(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return f"Column {letters}"


def _find_header(records: list[list[str]], width: int) -> int:
    """Index of the header record: the first of the table's width that is mostly labels;
    failing that, the first record of two or more cells that is mostly labels."""
    for i, cells in enumerate(records):
        if len(cells) == width and is_header(cells, width):
            return i
    for i, cells in enumerate(records):
        if len(cells) >= 2 and is_header(cells, len(cells)):
            return i
    raise NotATable(
        translate(
            "import",
            "I could not find a header row (the column names) at the top of this "
            "file, so I cannot tell what its columns are.",
        )
    )


def _import_ids(cells: list[str]) -> bool:
    return any(c.lstrip().startswith('{"ImportId"') for c in cells)


def _cell(cells: list[str], i: int) -> str:
    return cells[i].strip() if i < len(cells) else ""


_CODE = re.compile(r"(?:V|Q|QID)\d+(?:_\w*)?")


def _labels_over_numbers(row: list[str], data: list[list[str]]) -> bool:
    """Whether ``row`` is more header: it has labels in at least two columns whose values
    below are numbers or dates in most rows, and numbers in none of them."""
    if not data:
        return False
    labelled = 0
    for i, cell in enumerate(row):
        values = [r[i].strip() for r in data if i < len(r) and r[i].strip()]
        numeric = sum(1 for v in values if _NUMBERISH.fullmatch(v))
        if not values or numeric < 0.8 * len(values):
            continue
        if _NUMBERISH.fullmatch(cell.strip()):
            return False
        labelled += bool(cell.strip())
    return labelled >= 2


def read_headers(records: list[list[str]], width: int) -> tuple[tuple[str, ...], int]:
    """The column names and how many records the header takes from the top (title rows
    included), so the data starts after them.

    Qualtrics writes three header rows: short names (Q1), the question text, and
    {"ImportId": ...}; the question text names the column. SurveyMonkey writes two: the
    question, then the kind of answer ("Response", "Open-Ended Response") or, for a question
    with several choices, each choice under a question cell left blank."""
    index = _find_header(records, width)
    first = [c.strip() for c in records[index]]
    below = records[index + 1 : index + 3]
    names = list(first)
    used = 1
    if len(below) == 2 and _import_ids(below[1]):
        names = [_cell(below[0], i) or first[i] for i in range(len(first))]
        used = 3
    elif below and _import_ids(below[0]):
        used = 2
    elif below and _labels_over_numbers(below[0], records[index + 2 : index + 22]):
        # A second row of labels above rows of numbers (older Qualtrics: "V1, Q1" then
        # "ResponseID, How likely..."): the row with the words names the columns.
        second = below[0]
        names = [
            _cell(second, i) if _CODE.fullmatch(first[i]) and _cell(second, i) else first[i]
            for i in range(len(first))
        ]
        used = 2
    elif below and any(c.strip().casefold() in _ANSWER_KINDS for c in below[0]):
        second = below[0]
        question = ""
        names = []
        for i in range(max(len(first), len(second))):
            top, kind = _cell(first, i), _cell(second, i)
            question = top or question
            if top and (not kind or kind.casefold() in _ANSWER_KINDS):
                names.append(top)
            else:
                names.append(f"{question}: {kind}" if question and kind else top or kind)
        used = 2
    while len(names) > 1 and not names[-1]:
        names.pop()
    return tuple(c or column_name(i) for i, c in enumerate(names)), index + used
