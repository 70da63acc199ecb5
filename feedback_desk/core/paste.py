"""Reading feedback pasted as text: one review, or many separated by blank lines.

A review may start with lines such as ``Date: 2026-10-03``, ``Channel: Google``,
``Author: Kim``, ``Stars: 4`` (or ``★★★★☆``) or ``Score: 9``; everything after is its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .importing.values import ValueProblem, clean_text, parse_date, parse_nps, parse_stars
from .records import NewFeedback
from .words import translate

_KEYS = {
    "date": "received_at",
    "when": "received_at",
    "날짜": "received_at",
    "작성일": "received_at",
    "방문일": "received_at",
    "일시": "received_at",
    "channel": "channel",
    "source": "channel",
    "채널": "channel",
    "출처": "channel",
    "플랫폼": "channel",
    "author": "author",
    "name": "author",
    "customer": "author",
    "from": "author",
    "이름": "author",
    "작성자": "author",
    "닉네임": "author",
    "고객": "author",
    "stars": "rating",
    "rating": "rating",
    "별점": "rating",
    "평점": "rating",
    "별": "rating",
    "score": "nps_score",
    "nps": "nps_score",
    "점수": "nps_score",
    "title": "title",
    "제목": "title",
    "email": "email",
    "이메일": "email",
    "phone": "phone",
    "전화": "phone",
}
_KEY_LINE = re.compile(r"^\s*([^\W\d_]+)\s*[:：]\s*(.*?)\s*$")
_STARS_LINE = re.compile(r"^\s*[★☆]{1,5}\s*$")
_BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class PastedReview:
    """One review found in the pasted text, or the reason it cannot be read."""

    number: int
    feedback: NewFeedback | None
    problem: str = ""


def looks_like_table(text: str) -> bool:
    """Rows copied from a spreadsheet: several lines, each with tabs between the cells."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= 2 and sum("\t" in line for line in lines) >= len(lines) * 0.8


def split_reviews(
    text: str, defaults: NewFeedback = NewFeedback(), date_order: str = "mdy"
) -> list[PastedReview]:
    """Each block of the pasted text as a review; ``defaults`` fills what a block leaves out."""
    blocks = [b for b in _BLANK_LINES.split(text.replace("\r\n", "\n")) if b.strip()]
    return [_read_block(n, block, defaults, date_order) for n, block in enumerate(blocks, 1)]


def _read_block(number: int, block: str, defaults: NewFeedback, date_order: str) -> PastedReview:
    fields: dict = {}
    lines = block.strip("\n").split("\n")
    try:
        while lines:
            if _STARS_LINE.match(lines[0]):
                fields["rating"] = parse_stars(lines.pop(0))
                continue
            match = _KEY_LINE.match(lines[0])
            field = _KEYS.get(match.group(1).casefold()) if match else None
            if not field:
                break
            lines.pop(0)
            fields[field] = _value(field, match.group(2), date_order)
    except ValueProblem as problem:
        return PastedReview(number, None, str(problem))
    body = clean_text("\n".join(lines))
    if not body and not fields.get("title"):
        return PastedReview(number, None, translate("paste", "there is no text to keep"))
    if "received_at" in fields:
        fields["received_at"], fields["utc_offset_minutes"] = fields["received_at"]
    return PastedReview(number, replace(defaults, body=body, **fields))


def _value(field: str, text: str, date_order: str):
    if field == "received_at":
        return parse_date(text, date_order)
    if field == "rating":
        return parse_stars(text)
    if field == "nps_score":
        return parse_nps(text)
    return text
