"""Restoring a Feedback Desk export (core/export.py) into a new, empty desk: moving to a new
computer, or out of a backup that is only an export.

The restore is one transaction and keeps every id, so exporting the restored desk gives the
same document again (apart from ``exported_at``). It refuses a desk that already holds
feedback, customers, follow-ups or imports, rather than mixing two desks: the owner restores
into a new database file. A new desk's starting tags, templates and settings are replaced by
the export's; a CSV that lost its ``desk_json`` (a spreadsheet took it out) keeps them, adds
its tags with their colours, and links replies to this desk's templates of the same name.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .export import CSV_FLAGS, CSV_SIGNATURE, EXPORT_FORMAT, uninert
from .problems import plain_write_problem
from .store.database import StoreError, now_iso
from .words import translate

_JSON_START = re.compile(r'^\ufeff?\s*\{\s*"feedback_desk_export"\s*:')
# CSV columns that hold numbers, or text that may be missing (blank = none).
_INTEGERS = ("id", "rating", "nps_score", "utc_offset_minutes", "customer_id", "batch_id")
_NULLABLE = ("spam_reported_at", "deleted_at", "first_reply_at")
# Cells that hold a value of the JSON itself; the columns only a CSV has.
_JSON_CELLS = ("extra", "tags_json", "notes_json", "replies_json", "followups_json")
_CSV_ONLY = ("tags_json", "customer_json", "import_json", "desk_json")
_LARGEST_CELL = 2**31 - 1  # a note or an import's details may exceed csv's 128 KB default


class RestoreRefused(StoreError):
    """The desk is not empty, or the file is not a Feedback Desk export; nothing changed."""


@dataclass(frozen=True)
class RestoreSummary:
    """What a restore wrote: ``feedback`` items (the trash and spam included) and customers."""

    file: str
    format: str  # 'json' or 'csv'
    feedback: int
    customers: int

    def describe(self) -> str:
        one_item, one_customer = self.feedback == 1, self.customers == 1
        if one_item and one_customer:
            said = translate("restore", "Restored 1 feedback item and 1 customer from {2}.")
        elif one_item:
            said = translate("restore", "Restored 1 feedback item and {1} customers from {2}.")
        elif one_customer:
            said = translate("restore", "Restored {0} feedback items and 1 customer from {2}.")
        else:
            said = translate("restore", "Restored {0} feedback items and {1} customers from {2}.")
        return said.format(self.feedback, self.customers, self.file)

    def as_dict(self) -> dict[str, Any]:
        """The keys of ``import --json`` (CLI.md), so scripts read a restore as an import,
        and what the restore was."""
        return {
            "file": self.file,
            "batch_id": None,
            "added": self.feedback,
            "duplicates": 0,
            "skipped": [],
            "encoding": "utf-8",
            "delimiter": "," if self.format == "csv" else "",
            "preset": "feedback_desk_export",
            "restored": True,
            "format": self.format,
            "feedback": self.feedback,
            "customers": self.customers,
        }


def export_format(path: Path) -> str | None:
    """'json' or 'csv' when the file is a Feedback Desk export, None for any other file
    (which the ordinary import reads)."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as f:
            start = f.read(4096)
    except (OSError, UnicodeDecodeError):
        return None
    if _JSON_START.match(start):
        return "json"
    header = next(csv.reader(start.splitlines()[:1]), [])
    return "csv" if set(header) >= CSV_SIGNATURE else None


def restore_export(store, path: Path) -> RestoreSummary:
    """Read a Feedback Desk export (JSON or CSV) into the empty desk ``store``, all or
    nothing. Raises RestoreRefused for a desk that is not empty or a file that is not an
    export, StoreError for an export whose rows do not fit together."""
    path = Path(path)
    held = {name: n for name, n in store.desk_holdings().items() if n}
    if held:
        listed = ", ".join(_held(name, n) for name, n in held.items())
        raise RestoreRefused(
            translate(
                "restore",
                "This desk is not empty (it holds {0}), so {1} was not restored "
                "and nothing changed. Restore an export into a new database file instead, e.g. "
                "feedback-desk --db NEW.db import EXPORT.",
            ).format(listed, path.name)
        )
    fmt = export_format(path)
    if fmt is None:
        raise RestoreRefused(
            translate("restore", "{0} is not a Feedback Desk export; nothing changed.").format(
                path.name
            )
        )
    desk = _read_json(path) if fmt == "json" else _read_csv(path, store)
    try:
        count = store.restore_desk(**desk)
    except sqlite3.Error as exc:
        raise StoreError(_restore_problem(exc)) from exc
    except KeyError as exc:  # a hand-edited file
        raise RestoreRefused(
            translate(
                "restore", "{0} is damaged: a record has no {1}. Nothing was restored."
            ).format(path.name, repr(exc.args[0]))
        ) from exc
    except (
        AttributeError,
        TypeError,
        ValueError,
        OverflowError,  # an id of 1e30
    ) as exc:
        raise RestoreRefused(
            translate(
                "restore",
                "{0} is damaged: a value does not fit where it is ({1}). Nothing was restored.",
            ).format(path.name, exc)
        ) from exc
    return RestoreSummary(path.name, fmt, count, store.desk_holdings()["customers"])


def _held(name: str, n: int) -> str:
    """What a desk holds of one kind, counted: one phrase per kind and count."""
    if name == "feedback":
        said = translate("restore", "1 feedback item") if n == 1 else None
        said = said or translate("restore", "{0} feedback items")
    elif name == "customers":
        said = translate("restore", "1 customer") if n == 1 else None
        said = said or translate("restore", "{0} customers")
    elif name == "followups":
        said = translate("restore", "1 follow-up") if n == 1 else None
        said = said or translate("restore", "{0} follow-ups")
    else:
        said = translate("restore", "1 import") if n == 1 else None
        said = said or translate("restore", "{0} imports")
    return said.format(n)


def _broken_rules() -> dict[str, str]:
    return {
        "UNIQUE": translate("restore", "two records share one id"),
        "NOT NULL": translate("restore", "a record lacks a value it must have"),
        "CHECK": translate(
            "restore", "a value is out of its range (stars 1 to 5, an NPS answer 0 to 10)"
        ),
        "FOREIGN KEY": translate("restore", "a record refers to another that is not there"),
    }


def _restore_problem(exc: sqlite3.Error) -> str:
    """Why an export could not be written, in words: the place (a full disk, a read-only
    file) or the file (two records with one id, a value of the wrong kind)."""
    said = str(exc)
    wrong_kind = (sqlite3.InterfaceError, sqlite3.DataError, sqlite3.ProgrammingError)
    if isinstance(exc, wrong_kind) or "mismatch" in said:
        what = translate(
            "restore",
            "a value is of the wrong kind (a list or a fraction where a text or a whole "
            "number belongs)",
        )
    elif isinstance(exc, sqlite3.IntegrityError):
        what = next(
            (words for key, words in _broken_rules().items() if key in said),
            translate("restore", "its records do not fit together"),
        )
    else:
        return plain_write_problem(exc, translate("faults", "nothing was restored")) or (
            translate(
                "restore", "The export could not be restored ({0}); nothing was written."
            ).format(exc)
        )
    return translate(
        "restore", "The export is damaged: {0}. Nothing was restored. (In detail: {1}.)"
    ).format(what, exc)


# JSON ---------------------------------------------------------------------------------------
def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RestoreRefused(
            translate("restore", "{0} is damaged and cannot be read ({1}).").format(path.name, exc)
        ) from exc
    version = data.get("feedback_desk_export")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RestoreRefused(
            translate(
                "restore",
                "{0} is damaged: its export format is {1}, not a number. Nothing was restored.",
            ).format(path.name, repr(version))
        )
    if version > EXPORT_FORMAT:
        raise RestoreRefused(
            translate(
                "restore",
                "{0} was written by a newer version of Feedback Desk (export format "
                "{1}); nothing was restored. Please update Feedback Desk to restore it.",
            ).format(path.name, version)
        )
    return {
        "feedback": data.get("feedback", []),
        "customers": data.get("customers", []),
        "imports": data.get("imports", []),
        "tags": data.get("tags"),
        "templates": data.get("templates"),
        "settings": data.get("settings"),
        "followups": data.get("followups", []),
    }


# CSV ----------------------------------------------------------------------------------------
def _read_csv(path: Path, store) -> dict:
    csv.field_size_limit(max(csv.field_size_limit(), _LARGEST_CELL))
    feedback, customers, imports, colours = [], {}, {}, {}
    desk: dict[str, Any] = {}
    for number, cells in enumerate(_csv_rows(path), start=2):
        try:
            item, customer, batch, found = _csv_item(cells)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise RestoreRefused(
                translate(
                    "restore", "Row {0} of {1} cannot be read ({2}); nothing was restored."
                ).format(number, path.name, exc)
            ) from exc
        for tag in item.pop("tags_json"):
            colours.setdefault(tag["name"], tag.get("color"))
        if customer:
            customers[customer["id"]] = customer
        if batch:
            imports[batch["id"]] = batch
        desk = desk or found
        feedback.append(item)
    for record in desk.get("customers", []):
        customers.setdefault(record["id"], record)
    for record in desk.get("imports", []):
        imports.setdefault(record["id"], record)
    if "templates" not in desk:
        # A CSV without the desk's row: replies keep a template of the same name here, if any.
        templates = {t["name"]: t["id"] for t in store.export_templates()}
        for item in feedback:
            for reply in item["replies"]:
                reply["template_id"] = templates.get(reply.get("template", ""))
    # What the CSV names but does not describe (a row taken out of it in a spreadsheet).
    for item in feedback:
        if item["batch_id"] is not None and item["batch_id"] not in imports:
            imports[item["batch_id"]] = {
                "id": item["batch_id"],
                "source": "file",
                "created_at": item["created_at"],
            }
        if item["customer_id"] not in customers:
            item["customer_id"] = None
        for followup in item["followups"]:
            if followup.get("customer_id") not in customers:
                followup["customer_id"] = None
    for customer in customers.values():
        if customer.get("merged_into") not in customers:
            customer["merged_into"] = None
    return {
        "feedback": feedback,
        "customers": list(customers.values()),
        "imports": list(imports.values()),
        "tags": desk["tags"] if "tags" in desk else _tags_with(store.export_tags(), colours),
        "templates": desk.get("templates"),
        "settings": desk.get("settings"),
        "followups": desk.get("followups", []),
    }


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            yield {k: uninert(v or "") for k, v in row.items() if k is not None}


def _csv_item(cells: dict[str, str]) -> tuple[dict, dict, dict, dict]:
    """A row as a feedback item, and the customer, import and rest of the desk it holds."""
    item: dict[str, Any] = {k: v for k, v in cells.items() if k not in _CSV_ONLY}
    for column in _INTEGERS:
        item[column] = int(cells[column]) if cells.get(column, "") != "" else None
    item["compound"] = float(cells["compound"]) if cells.get("compound") else None
    for column in _NULLABLE:
        item[column] = cells.get(column) or None
    for flag in CSV_FLAGS:
        item[flag] = cells.get(flag, "") == "yes"
    for column in _JSON_CELLS:
        empty = "{}" if column == "extra" else "[]"
        item[column.removesuffix("_json")] = json.loads(cells.get(column) or empty)
    item["tags_json"] = item.pop("tags")
    item["tags"] = [tag["name"] for tag in item["tags_json"]]
    item.pop("reply", None)  # the latest of the replies, which are restored themselves
    found = [json.loads(cells.get(c) or "{}") for c in ("customer_json", "import_json")]
    desk = json.loads(cells.get("desk_json") or "{}")
    if desk and not isinstance(desk.get("feedback_desk_export"), int):
        raise ValueError(translate("restore", "its desk_json is not a Feedback Desk export's"))
    if desk.get("feedback_desk_export", 0) > EXPORT_FORMAT:
        raise ValueError(translate("restore", "it was written by a newer version of Feedback Desk"))
    return item, found[0], found[1], desk


def _tags_with(tags: list[dict], colours: dict[str, str | None]) -> list[dict]:
    """The desk's tags with the CSV's colours, and the CSV's tags the desk lacks."""
    known = {tag["name"].casefold(): tag for tag in tags}
    for name, colour in colours.items():
        tag = known.get(name.casefold())
        if tag is None:
            tag = known[name.casefold()] = {"name": name, "created_at": now_iso(), "rules": []}
            tags.append(tag)
        if colour:
            tag["color"] = colour
    return tags
