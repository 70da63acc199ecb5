"""Exporting the desk to CSV or JSON, so the owner's data is never locked in.

What "everything" means: what an owner moving to a new computer would miss if it stayed
behind (a backup copies the database file too; an export is also readable by any other tool).

JSON (``export_desk`` to a .json file) is the complete desk, one document::

    {"feedback_desk_export": 1, "exported_at": ..., "app_version": ..., "schema_version": ...,
     "settings": {...}, "templates": [...], "tags": [...], "imports": [...],
     "customers": [...], "followups": [...], "feedback": [...]}

- ``feedback``: every item, the trash (``deleted_at``) and spam (``is_spam``,
  ``spam_reported_at``) included, with every stored field: the CLI.md keys (``id,
  received_at, channel, author, rating, nps_score, title, body, sentiment, status, tags,
  reply``) and email, phone, location, product, language, assignee, external_id, extra
  fields, the text score (compound), sentiment_overridden, mixed, the source's UTC offset,
  first_reply_at, customer_id, batch_id (its import), the duplicate key (so the same file
  imported again on the new computer still adds nothing), created_at and updated_at. Each
  item carries its ``notes`` (body, by, created_at), every ``replies`` version (body,
  replied_at, how, by, template_id and the template's name, replaces, created_at) and its
  ``followups`` (customer_id, action, due, assignee, note, done_at, outcome, created_at).
- ``customers``: every customer (name, email, phone, channel, location, product, value,
  notes, merged_into...), so links and the customers' stories survive.
- ``tags``: every tag with its colour and its auto-tag rules.
- ``templates``: the response templates as the owner edited them.
- ``settings``: the settings table (business and owner name, team, follow-up rules, open
  days, saved views, the columns remembered for an import's headers).
- ``imports``: the import history, so an import can still be undone from *Imports*.
- ``followups``: the rare follow-ups that belong to no feedback item.

Left out: nothing stored is; the search index is rebuilt on restore, and window positions are
not in the database.

CSV (``export_desk`` to a .csv file) is for spreadsheets: one row per feedback item with the
columns of CSV_COLUMNS, the nested lists as JSON text in cells (``tags_json`` with colours,
``notes_json``, ``replies_json``, ``followups_json``). A customer's record (``customer_json``)
and an import's (``import_json``) are on the first row that names them, and the first row's
``desk_json`` holds the rest of the desk as the JSON has it (settings, templates, tags and
rules, follow-ups of no item, customers and imports no row names), so a CSV export restores as
completely as the JSON. A CSV whose desk_json was taken out still restores its feedback, with
everything attached, the customers who gave it and the tags with their colours. A desk with no
feedback writes a CSV of the header alone: export it as JSON.

Every CSV cell a spreadsheet would run as a formula (text starting with =, +, -, @, a tab or a
carriage return, "+1 555..." and "-3" included) starts with an apostrophe, which shows it as
the text it is; ``uninert`` takes off exactly what ``inert`` added. Numbers stay numbers. JSON
needs no such prefix.
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from .. import __version__
from .records import Feedback
from .store.schema import SCHEMA_VERSION
from .words import translate
from .writing import writing

EXPORT_FORMAT = 1  # the value of "feedback_desk_export": the layout of this module's files

# The columns of ``export`` (a list of feedback items, e.g. search results).
ITEM_COLUMNS = (
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
# The columns of the whole desk's CSV: the item columns first, then the rest.
CSV_COLUMNS = (
    *ITEM_COLUMNS,
    "spam_reported_at",
    "sentiment_overridden",
    "mixed",
    "compound",
    "utc_offset_minutes",
    "first_reply_at",
    "deleted_at",
    "created_at",
    "updated_at",
    "dedup_key",
    "customer_id",
    "batch_id",
    "tags_json",
    "notes_json",
    "replies_json",
    "followups_json",
    "customer_json",
    "import_json",
    "desk_json",
)
# What tells a Feedback Desk CSV export from any other table.
CSV_SIGNATURE = frozenset(
    {"id", "dedup_key", "tags_json", "notes_json", "replies_json", "followups_json"}
)
# Shown as "yes" or blank in the CSV.
CSV_FLAGS = ("is_spam", "sentiment_overridden", "mixed")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _runs_as_formula(text: str) -> bool:
    """Whether inert prefixes ``text``: it starts like a formula, or it is apostrophes
    before such a start (so that uninert can tell the apostrophe it must take off)."""
    stripped = text.lstrip("'")
    return stripped.startswith(_FORMULA_START)


def inert(value: object) -> object:
    """A text cell a spreadsheet would run as a formula is made to show as text instead."""
    if isinstance(value, str) and _runs_as_formula(value):
        return "'" + value
    return value


def uninert(text: str) -> str:
    """The text of a cell ``inert`` wrote: its apostrophe off, only where it added one."""
    if text.startswith("'") and _runs_as_formula(text[1:]):
        return text[1:]
    return text


@contextlib.contextmanager
def _writing(out: Path, fmt: str | None) -> Iterator[tuple[str, TextIO]]:
    """The format ('csv' or 'json', by default from the extension) and a file to write it
    to: written beside ``out`` and put in its place only when whole, so a half-written
    export never takes the place of a good one, and a failed one leaves nothing behind."""
    out = Path(out)
    fmt = fmt or ("json" if out.suffix.lower() == ".json" else "csv")
    if fmt not in ("csv", "json"):
        raise ValueError(f"Unknown export format {fmt!r}: csv or json.")
    # utf-8-sig: spreadsheets read the CSV's Korean as Korean, not as mojibake.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    with writing(out, translate("faults", "nothing was exported"), encoding=encoding) as f:
        yield fmt, f


def export_desk(store, out: Path, fmt: str | None = None) -> int:
    """Write the whole desk (see the module's docstring) to ``out``; returns how many
    feedback items. ``fmt`` is 'csv' or 'json'; by default it follows the file's extension."""
    with _writing(out, fmt) as (fmt, f), store.export_snapshot():
        return _desk_csv(store, f) if fmt == "csv" else _desk_json(store, f)


def export(feedback: Iterable[Feedback], out: Path, fmt: str | None = None) -> int:
    """Write the feedback items of an iterable (the CLI.md feedback objects: a JSON list, or
    ITEM_COLUMNS in CSV) to ``out``; returns how many. ``export_desk`` writes everything."""
    with _writing(out, fmt) as (fmt, f):
        return _items_csv(feedback, f) if fmt == "csv" else _items_json(feedback, f)


# The whole desk -------------------------------------------------------------------------------
def _desk_parts(store) -> dict[str, Any]:
    """Everything but the feedback, as the JSON holds it."""
    return {
        "feedback_desk_export": EXPORT_FORMAT,
        "app_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "settings": store.export_settings(),
        "templates": store.export_templates(),
        "tags": store.export_tags(),
        "imports": store.export_imports(),
        "customers": store.export_customers(),
        "followups": store.export_loose_followups(),
    }


def _desk_json(store, f: TextIO) -> int:
    head = _desk_parts(store)
    head = {
        "feedback_desk_export": EXPORT_FORMAT,
        "exported_at": datetime.now().astimezone().replace(microsecond=0).isoformat(),
        **head,
    }
    # Written as it is read, item by item: a million items never sit in memory at once.
    f.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2])
    f.write(',\n "feedback": [')
    count = 0
    for item in store.export_feedback():
        f.write(",\n  " if count else "\n  ")
        f.write(json.dumps(_json_item(item), ensure_ascii=False))
        count += 1
    f.write("\n ]\n}\n")
    return count


# The keys of CLI.md first, in its order; the rest as the store gives them.
_CLI_KEYS = (
    "id",
    "received_at",
    "channel",
    "author",
    "rating",
    "nps_score",
    "title",
    "body",
    "sentiment",
    "status",
    "tags",
    "reply",
)


def _json_item(item: dict) -> dict:
    return {**{k: item[k] for k in _CLI_KEYS}, **item}


def _desk_csv(store, f: TextIO) -> int:
    writer = csv.writer(f)
    writer.writerow(CSV_COLUMNS)
    desk = _desk_parts(store)
    colours = {tag["name"]: tag["color"] for tag in desk["tags"]}
    records = {
        "customer_json": {c["id"]: c for c in desk.pop("customers")},
        "import_json": {b["id"]: b for b in desk.pop("imports")},
    }
    # The first row also holds the rest of the desk, with the customers and imports that no
    # row names (merged customers, undone imports): the CSV restores as much as the JSON.
    customer_ids, batch_ids = store.feedback_references()
    desk["customers"] = [c for i, c in records["customer_json"].items() if i not in customer_ids]
    desk["imports"] = [b for i, b in records["import_json"].items() if i not in batch_ids]
    named: set[tuple[str, int]] = set()
    count = 0
    for item in store.export_feedback():
        row = _csv_row(item, colours)
        if not count:
            row["desk_json"] = _json_cell(desk)
        for column, key in (
            ("customer_json", item["customer_id"]),
            ("import_json", item["batch_id"]),
        ):
            if key is not None and (column, key) not in named and key in records[column]:
                named.add((column, key))
                row[column] = _json_cell(records[column][key])
        writer.writerow([inert(row.get(c, "")) for c in CSV_COLUMNS])
        count += 1
    return count


def _json_cell(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _csv_row(item: dict, colours: dict[str, str]) -> dict:
    row = {c: item.get(c) for c in CSV_COLUMNS if c in item}
    for flag in CSV_FLAGS:
        row[flag] = "yes" if item[flag] else ""
    row["tags"] = ", ".join(item["tags"])
    row["extra"] = _json_cell(item["extra"]) if item["extra"] else ""
    row["tags_json"] = _json_cell([{"name": n, "color": colours.get(n)} for n in item["tags"]])
    for name in ("notes", "replies", "followups"):
        row[f"{name}_json"] = _json_cell(item[name])
    return {c: ("" if v is None else v) for c, v in row.items()}


# A list of items --------------------------------------------------------------------------
def _items_csv(feedback: Iterable[Feedback], f: TextIO) -> int:
    writer = csv.writer(f)
    writer.writerow(ITEM_COLUMNS)
    count = 0
    for item in feedback:
        row = item.as_dict()
        row["tags"] = ", ".join(item.tags)
        row["extra"] = _json_cell(item.extra) if item.extra else ""
        row["is_spam"] = "yes" if item.is_spam else ""
        writer.writerow([inert(row[c]) for c in ITEM_COLUMNS])
        count += 1
    return count


def _items_json(feedback: Iterable[Feedback], f: TextIO) -> int:
    f.write("[")
    count = 0
    for item in feedback:
        f.write(",\n" if count else "\n")
        f.write(json.dumps(item.as_dict(), ensure_ascii=False))
        count += 1
    f.write("\n]\n")
    return count


# One customer's data -------------------------------------------------------------------------
def write_customer(held: dict[str, list], out: Path, fmt: str | None = None) -> None:
    """Write what the desk holds about one customer (``Store.customer_export``) for a data
    access request: JSON with their ``customers`` records, ``feedback`` (each with its tags,
    notes, replies and follow-ups) and ``followups`` of no item; or a CSV of their feedback
    in the desk's columns, their record in the first row's ``customer_json``."""
    with _writing(out, fmt) as (fmt, f):
        if fmt == "json":
            head = {
                "feedback_desk_customer_export": EXPORT_FORMAT,
                "exported_at": datetime.now().astimezone().replace(microsecond=0).isoformat(),
                "app_version": __version__,
                **held,
                "feedback": [_json_item(item) for item in held["feedback"]],
            }
            f.write(json.dumps(head, ensure_ascii=False, indent=1) + "\n")
            return
        writer = csv.writer(f)
        writer.writerow(CSV_COLUMNS)
        for number, item in enumerate(held["feedback"]):
            row = _csv_row(item, {})
            if not number and held["customers"]:
                row["customer_json"] = _json_cell(held["customers"][0])
            writer.writerow([inert(row.get(c, "")) for c in CSV_COLUMNS])
