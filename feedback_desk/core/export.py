"""Exporting all feedback to CSV or JSON, so the owner's data is never locked in."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .records import Feedback

CSV_COLUMNS = (
    "id",
    "received_at",
    "channel",
    "author",
    "email",
    "phone",
    "rating",
    "nps_score",
    "title",
    "body",
    "location",
    "product",
    "language",
    "sentiment",
    "status",
    "assignee",
    "external_id",
    "tags",
    "reply",
    "is_spam",
    "extra",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(value: object) -> object:
    """A text cell a spreadsheet would run as a formula is made to show as text instead."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export(feedback, out: Path, fmt: str | None = None) -> int:
    """Write every item of the iterable ``feedback`` to ``out``; returns how many.

    ``fmt`` is 'csv' or 'json'; by default it follows the file's extension."""
    out = Path(out)
    fmt = fmt or ("json" if out.suffix.lower() == ".json" else "csv")
    partial = out.with_name(out.name + ".part")
    with partial.open("w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as f:
        count = _write_csv(feedback, f) if fmt == "csv" else _write_json(feedback, f)
    partial.replace(out)  # a half-written export never takes the place of a good one
    return count


def _write_csv(feedback, f) -> int:
    writer = csv.writer(f)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for item in feedback:
        row = _csv_row(item)
        writer.writerow([inert(row[c]) for c in CSV_COLUMNS])
        count += 1
    return count


def _csv_row(item: Feedback) -> dict:
    row = item.as_dict()
    row["tags"] = ", ".join(item.tags)
    row["extra"] = json.dumps(item.extra, ensure_ascii=False) if item.extra else ""
    row["is_spam"] = "yes" if item.is_spam else ""
    return row


def _write_json(feedback, f) -> int:
    f.write("[")
    count = 0
    for item in feedback:
        f.write(",\n" if count else "\n")
        f.write(json.dumps(item.as_dict(), ensure_ascii=False))
        count += 1
    f.write("\n]\n")
    return count
