"""Turning incoming feedback into rows ready to store: scored, keyed for duplicates.

This is the one path every new item takes (paste, form, import, demo), so the inbox labels,
the duplicate rules and the figures agree whatever the way in.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from functools import lru_cache

from . import sentiment
from .records import CHANNEL_ALIASES, AddResult, NewFeedback
from .sentiment import scoring_text
from .store.database import now_iso

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Case and spacing folded, for recognising the same review twice."""
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=256)  # a file has a handful of channels and a hundred thousand rows
def normalise_channel(name: str) -> str:
    """Channels are free words ('google', 'kakao'); stored lower-case with underscores. A
    known channel's Korean or English names give its one key ('네이버', 'Naver Place': naver)."""
    slug = _SPACE.sub("_", name.strip().casefold())
    return _aliases().get(slug.replace("_", "").replace("-", ""), slug) or "other"


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    names = {key.replace("_", ""): key for key in CHANNEL_ALIASES}
    names.update({alias: key for key, aliases in CHANNEL_ALIASES.items() for alias in aliases})
    return names


def dedup_key(item: NewFeedback, received_at: str) -> str:
    """The same feedback twice gets the same key: by external id where the source has one,
    else by channel, author, day and normalised text."""
    if item.external_id:
        scope = f"{item.id_scope}|" if item.id_scope else ""
        return f"x|{normalise_channel(item.channel)}|{scope}{item.external_id}"
    parts = "\x1f".join(
        (
            normalise_channel(item.channel),
            normalise_text(item.author),
            received_at[:10],
            normalise_text(item.title),
            normalise_text(item.body),
        )
    )
    return "h|" + hashlib.blake2b(parts.encode(), digest_size=16).hexdigest()


def prepare(
    item: NewFeedback,
    now: str,
    batch_id: int | None = None,
    text_score: tuple[str, float | None] | None = None,
) -> dict:
    """A row for the feedback table (tags and replies are stored beside it).

    ``text_score`` is the text's (language, compound) when another process has already
    worked it out (see ``scoring.read_words``)."""
    channel = normalise_channel(item.channel)
    received_at = item.received_at or now
    language, compound = text_score or sentiment.text_compound(scoring_text(item.title, item.body))
    scored = sentiment.decide(language, compound, item.rating, item.nps_score)
    return {
        "received_at": received_at,
        "utc_offset_minutes": item.utc_offset_minutes,
        "channel": channel,
        "author": item.author,
        "email": item.email,
        "phone": item.phone,
        "rating": item.rating,
        "nps_score": item.nps_score,
        "title": item.title,
        "body": item.body,
        "location": item.location,
        "product": item.product,
        "language": scored.language,
        "sentiment": scored.sentiment,
        "compound": scored.compound,
        "mixed": int(scored.mixed),
        "status": "replied" if item.reply else "new",
        # A reply the source already had counts for the time to first response.
        "first_reply_at": item.replied_at if item.reply else None,
        "external_id": item.external_id,
        "dedup_key": dedup_key(item, received_at),
        "batch_id": batch_id,
        "extra": json.dumps(item.extra, ensure_ascii=False) if item.extra else "{}",
        "created_at": now,
        "updated_at": now,
    }


def add_feedback(
    store, items: Sequence[NewFeedback], source: str, file_name: str = "", **details
) -> AddResult:
    """Score and store feedback as one batch, all or nothing; duplicates are passed over."""
    now = now_iso()
    with store.transaction():
        batch_id = store.start_batch(source, now, file_name, **details)
        rows = [prepare(item, now, batch_id) for item in items]
        added = store.insert_feedback(
            rows, [i.tags for i in items], [(i.reply, i.replied_at) for i in items]
        )
        store.finish_batch(batch_id, added, len(rows) - added)
    return AddResult(batch_id, added, len(rows) - added)
