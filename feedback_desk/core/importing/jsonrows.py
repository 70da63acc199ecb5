"""Reading rows from JSON exports one item at a time: Google Takeout reviews
(``{"reviews": [...]}`` or a bare list of them) and plain arrays of flat objects.

The items are decoded one by one from a rolling buffer, so a large export never sits in
memory whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from ..words import translate
from .encoding import NotATable

# Google Business Profile review fields, flattened with dots, in the order a person reads them.
TAKEOUT_HEADERS = (
    "name",
    "reviewer.displayName",
    "starRating",
    "comment",
    "createTime",
    "reviewReply.comment",
    "reviewReply.updateTime",
)
SAMPLE_ITEMS = 1000
_DECODER = json.JSONDecoder()
_READ = 1 << 16


class _Cursor:
    """A position in a JSON text read from a stream in pieces."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.buf = ""
        self.pos = 0
        self.eof = False

    def _fill(self) -> bool:
        # Read at least as much as is buffered, so one huge value costs O(n log n), not O(n²).
        chunk = self.stream.read(max(_READ, len(self.buf) - self.pos))
        if not chunk:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + chunk
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space, '' at the end."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def take(self, expected: str) -> None:
        if self.peek() not in expected:
            raise _broken(f"expected '{expected}'")
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                obj, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as e:
                if self.eof or not self._fill():
                    raise _broken(e.msg) from None
                continue
            except RecursionError:
                raise NotOneTable(
                    translate(
                        "import",
                        "This JSON file nests its values too deeply to be a table of records "
                        "(lists inside lists, hundreds of levels down).",
                    )
                ) from None
            except ValueError:  # a number of thousands of digits
                raise NotOneTable(
                    translate(
                        "import",
                        "This JSON file holds a number thousands of digits long, which is not "
                        "a value of feedback; it cannot be read as a table.",
                    )
                ) from None
            # A number at the end of the buffer may continue in the next piece.
            if end == len(self.buf) and not self.eof and self._fill():
                continue
            self.pos = end
            return obj


class NotOneTable(NotATable):
    """The file is JSON, but not one table of records: told as such, never read as a CSV."""


def _more_than_one() -> NotOneTable:
    return NotOneTable(
        translate(
            "import",
            "This file holds more than one JSON document: something follows the end of the "
            "first one, and it would be lost. Put all the records in one list [ ... ], or "
            "save each document as a file of its own and import them one by one.",
        )
    )


def _broken(why: str) -> NotATable:
    return NotATable(
        translate(
            "import", "This JSON file is broken ({0}), so it cannot be read as a table."
        ).format(why)
    )


def _array(cursor: _Cursor) -> Iterator[Any]:
    cursor.take("[")
    if cursor.peek() == "]":
        cursor.pos += 1
        return
    while True:
        yield cursor.value()
        if cursor.peek() == "]":
            cursor.pos += 1
            return
        cursor.take(",")


def iter_items(stream: TextIO) -> Iterator[dict[str, Any]]:
    """The objects of a top-level array, or of the first array inside a top-level object
    (``reviews`` in Google Takeout)."""
    cursor = _Cursor(stream)
    first = cursor.peek()
    if first == "[":
        items = _array(cursor)
    elif first == "{":
        items = _first_array_in_object(cursor)
    else:
        raise _broken("it does not start with [ or {")
    for item in items:
        if not isinstance(item, dict):
            raise NotATable(
                translate(
                    "import",
                    "This JSON file is a list of values, not a list of records "
                    "with named fields, so it cannot be read as a table.",
                )
            )
        yield item
    if cursor.peek():
        raise _more_than_one()


def _first_array_in_object(cursor: _Cursor) -> Iterator[Any]:
    cursor.take("{")
    found = False
    while cursor.peek() not in "}":
        cursor.value()  # the key
        cursor.take(":")
        if cursor.peek() == "[" and not found:
            found = True
            yield from _array(cursor)
        else:
            cursor.value()
        if cursor.peek() == ",":
            cursor.pos += 1
    cursor.take("}")
    if not found:
        if cursor.peek():
            raise _more_than_one()
        raise NotATable(
            translate("import", "This JSON file has no list of reviews or records in it.")
        )


def flatten(
    item: dict[str, Any], prefix: str = "", out: dict[str, str] | None = None
) -> dict[str, str]:
    """Nested objects become dotted keys ("reviewer.displayName"); every value a string."""
    out = {} if out is None else out
    for key, value in item.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flatten(value, name + ".", out)
        elif value is None:
            out[name] = ""
        elif isinstance(value, bool):
            out[name] = "true" if value else "false"
        elif isinstance(value, (list, tuple)):
            if all(isinstance(v, (str, int, float)) for v in value):
                out[name] = ", ".join(str(v) for v in value)
            else:
                out[name] = json.dumps(value, ensure_ascii=False)
        else:
            out[name] = str(value)
    return out


def is_takeout(items: list[dict[str, Any]]) -> bool:
    """Google Business Profile reviews: they carry a star rating word and a reviewer."""
    return any("starRating" in item or "reviewer" in item for item in items)


def headers_for(items: list[dict[str, Any]]) -> tuple[str, ...]:
    """Column names for a JSON export: every key seen in the sample, Takeout's first."""
    seen: dict[str, None] = dict.fromkeys(TAKEOUT_HEADERS) if is_takeout(items) else {}
    for item in items:
        seen.update(dict.fromkeys(flatten(item)))
    return tuple(seen)
