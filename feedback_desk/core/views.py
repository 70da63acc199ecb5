"""Saved views of the inbox: the built-in ones every business needs, and the owner's own.

A view is a name and an InboxQuery. Built-in views are made for a given day ("Negative this
week" moves with the calendar); the owner's are stored as JSON (see query_to_json).
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from .records import InboxQuery, SavedView

NEEDS_REPLY = "Needs reply"
NEGATIVE_THIS_WEEK = "Negative this week"
DETRACTORS = "Detractors"
MIXED_SIGNALS = "Mixed signals"
SPAM = "Spam"
BUILTIN_NAMES = (NEEDS_REPLY, NEGATIVE_THIS_WEEK, DETRACTORS, MIXED_SIGNALS, SPAM)

_TUPLES = {f.name for f in dataclasses.fields(InboxQuery) if f.type.startswith("tuple")}


def builtin_views(today: date | None = None) -> list[SavedView]:
    """The built-in views, "this week" being the seven days up to and including ``today``."""
    today = today or date.today()
    week = (today - timedelta(days=6)).isoformat()
    return [
        SavedView(NEEDS_REPLY, InboxQuery(statuses=("new", "needs_reply")), builtin=True),
        SavedView(
            NEGATIVE_THIS_WEEK,
            InboxQuery(sentiments=("negative",), date_from=week, date_to=today.isoformat()),
            builtin=True,
        ),
        SavedView(DETRACTORS, InboxQuery(nps_group="detractor"), builtin=True),
        SavedView(MIXED_SIGNALS, InboxQuery(mixed=True), builtin=True),
        SavedView(SPAM, InboxQuery(spam="only"), builtin=True),
    ]


def query_to_json(query: InboxQuery) -> dict[str, Any]:
    """The fields that differ from an empty query, as plain JSON values."""
    empty = InboxQuery()
    return {
        f.name: list(value) if isinstance(value, tuple) else value
        for f in dataclasses.fields(InboxQuery)
        if (value := getattr(query, f.name)) != getattr(empty, f.name)
    }


def query_from_json(data: dict[str, Any]) -> InboxQuery:
    """Back from query_to_json; fields a newer or older version wrote are ignored."""
    known = {f.name for f in dataclasses.fields(InboxQuery)}
    return InboxQuery(**{k: tuple(v) if k in _TUPLES else v for k, v in data.items() if k in known})
