"""Records that travel between the store, the core and the UI.

Plain frozen dataclasses: the UI and the command line never see SQL rows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CHANNELS = (
    "google",
    "yelp",
    "naver",
    "facebook",
    "survey",
    "email",
    "phone",
    "in_person",
    "website",
    "other",
)
STATUSES = ("new", "needs_reply", "replied", "follow_up", "resolved", "ignored")
SENTIMENTS = ("positive", "neutral", "negative", "unscored")


@dataclass(frozen=True)
class NewFeedback:
    """A piece of feedback before it is stored: from a paste, a form, an import or the demo.

    ``received_at`` is the local wall-clock time of the business as ISO 8601
    (``YYYY-MM-DDTHH:MM:SS`` or ``YYYY-MM-DD``); ``utc_offset_minutes`` keeps an offset the
    source gave, without moving the date.
    """

    body: str = ""
    received_at: str | None = None
    utc_offset_minutes: int | None = None
    channel: str = "other"
    author: str = ""
    email: str = ""
    phone: str = ""
    rating: int | None = None
    nps_score: int | None = None
    title: str = ""
    location: str = ""
    product: str = ""
    external_id: str = ""
    reply: str = ""
    replied_at: str | None = None
    tags: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Feedback:
    """A stored feedback item as the inbox and the detail pane show it."""

    id: int
    received_at: str
    channel: str
    author: str
    email: str
    phone: str
    rating: int | None
    nps_score: int | None
    title: str
    body: str
    location: str
    product: str
    language: str
    sentiment: str
    compound: float | None
    sentiment_overridden: bool
    mixed: bool
    status: str
    assignee: str
    external_id: str
    batch_id: int | None
    is_spam: bool
    extra: dict[str, Any]
    created_at: str
    updated_at: str
    tags: tuple[str, ...] = ()
    reply: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The feedback object of the command line's JSON (CLI.md)."""
        data = asdict(self)
        data["tags"] = list(self.tags)
        return data


@dataclass(frozen=True)
class InboxQuery:
    """Which feedback the inbox lists. Empty fields mean 'any'."""

    search: str = ""
    channel: str = ""
    sentiment: str = ""
    status: str = ""
    batch_id: int | None = None


@dataclass(frozen=True, slots=True)
class InboxRow:
    """What one line of the inbox shows; the full item is fetched when it is selected."""

    id: int
    received_at: str
    channel: str
    author: str
    rating: int | None
    nps_score: int | None
    sentiment: str
    mixed: bool
    status: str
    title: str
    preview: str


@dataclass(frozen=True)
class AddResult:
    """What adding a set of feedback did."""

    batch_id: int
    added: int
    duplicates: int


@dataclass(frozen=True)
class ImportBatch:
    """One import (or paste, or form entry) as the import history lists it."""

    id: int
    source: str
    file_name: str
    preset: str
    added: int
    duplicates: int
    skipped: int
    problems: list[dict]
    created_at: str
    undone_at: str | None
    remaining: int
