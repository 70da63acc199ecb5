"""Which column holds what: recognising well-known exports from their headers.

A mapping gives each column one target: a feedback field, "extra" (kept with the item under
its header) or "ignore". Unknown columns become "extra", so nothing is thrown away unless the
owner says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .values import ValueProblem, detect_date_order, parse_nps

FIELDS = (
    "received_at",
    "author",
    "email",
    "phone",
    "rating",
    "nps_score",
    "title",
    "body",
    "channel",
    "location",
    "product",
    "external_id",
    "reply",
    "replied_at",
    "tags",
)
TARGETS = (*FIELDS, "extra", "ignore")
PRESETS = ("google_takeout", "google_forms_nps", "survey_nps", "review_platform", "generic")
PRESET_CHANNELS = {
    "google_takeout": "google",
    "google_forms_nps": "survey",
    "survey_nps": "survey",
    "review_platform": "other",
    "generic": None,
}
# Only the body may come from several columns (survey questions join into one text).
MULTI = frozenset({"body", "extra", "ignore"})

# Exact header names (normalised: lower case, single spaces, no punctuation).
_EXACT = {
    "received_at": "date|created|created at|created date|creation date|date created|created time|"
    "createtime|submitted|submitted at|submission date|submitted on|timestamp|time|"
    "datetime|review date|posted|posted at|date posted|visit date|"
    "날짜|작성일|작성일시|등록일|등록일시|일시|일자|타임스탬프|제출 시간|응답 일시",
    "author": "name|author|reviewer|reviewer name|customer|customer name|user|username|"
    "full name|your name|reviewer displayname|이름|작성자|고객명|고객|닉네임|성명",
    "email": "email|e mail|email address|mail|이메일|이메일 주소|메일",
    "phone": "phone|phone number|telephone|tel|mobile|전화|전화번호|연락처|휴대폰",
    "rating": "rating|ratings|stars|star|star rating|starrating|review rating|overall rating|"
    "별점|평점|만족도",
    "nps_score": "nps|nps score|score|likelihood to recommend|recommend score|추천 점수|추천지수",
    "title": "title|subject|headline|review title|제목",
    "body": "content|review|text|review text|comment|comments|feedback|message|body|"
    "description|내용|리뷰|후기|의견|리뷰 내용|후기 내용",
    "channel": "channel|source|platform|site|채널|출처|플랫폼",
    "location": "location|store|branch|shop|store name|매장|지점|매장명|지점명",
    "product": "product|item|menu|service|상품|제품|메뉴|상품명|제품명",
    "external_id": "id|review id|response id|respondent id|reviewid|리뷰 id|응답 id",
    "reply": "reply|response|owner response|owner reply|business response|reply text|"
    "reviewreply comment|답변|답글|사장님 답글|답변 내용",
    "replied_at": "reply date|replied at|response date|reply time|reviewreply updatetime|"
    "답변일|답글 날짜|답변 일시",
    "tags": "tags|tag|labels|categories|태그|분류",
}
_EXACT_FIELD = {name: field for field, names in _EXACT.items() for name in names.split("|")}
# Words inside longer headers or survey questions ("Which store did you visit?").
# English words match at the start of a word (" date" is not in "update"), Korean anywhere.
_CONTAINS = (
    ("nps_score", (" recommend", "추천")),
    ("email", (" email", " e mail", "이메일")),
    ("phone", (" phone", "전화", "연락처")),
    ("location", (" store", " branch", "매장", "지점")),
    ("product", (" product", " menu", "상품", "제품", "메뉴")),
    ("received_at", (" date", "날짜", "일시")),
    ("author", (" name", "이름")),
)
_FREE_TEXT = (
    "why",
    "what",
    "how",
    "anything",
    "comment",
    "feedback",
    "improve",
    "suggest",
    "reason",
    "tell us",
    "이유",
    "의견",
    "개선",
    "말씀",
    "자유",
    "무엇",
    "어떤",
)
_TAKEOUT = {
    "name": "external_id",
    "reviewer displayname": "author",
    "starrating": "rating",
    "comment": "body",
    "createtime": "received_at",
    "reviewreply comment": "reply",
    "reviewreply updatetime": "replied_at",
    "reviewer profilephotourl": "ignore",
}
_PUNCT = re.compile(r"[\s_\-./:?!*()\[\]\"']+")


@dataclass(frozen=True)
class Mapping:
    """One target per header, the preset it came from, the channel for rows that do not name
    one, and the date order ("mdy"/"dmy"; None when the file does not settle it)."""

    preset: str
    columns: tuple[str, ...]
    channel: str | None = None
    date_order: str | None = None


def normalise_header(header: str) -> str:
    """Header as compared: case, spacing and punctuation folded ("Created_At" = "created at")."""
    return _PUNCT.sub(" ", header.casefold()).strip()


def mapping_key(headers: Sequence[str]) -> str:
    """A stable fingerprint of a set of headers, to remember the mapping for files like it."""
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return "h1-" + hashlib.blake2b(joined.encode(), digest_size=10).hexdigest()


def _guess(name: str) -> str:
    if field := _EXACT_FIELD.get(name):
        return field
    spaced = f" {name} "
    return next((f for f, words in _CONTAINS if any(w in spaced for w in words)), "extra")


def _column(rows: Sequence[Sequence[str]], index: int) -> list[str]:
    return [r[index].strip() for r in rows if index < len(r) and r[index].strip()]


def _all_nps(values: list[str]) -> bool:
    """Most answers are 0-10: one mistyped answer must not change what the file is taken for
    (it is reported as a problem row instead)."""
    good = 0
    for value in values:
        with contextlib.suppress(ValueProblem):
            good += parse_nps(value) is not None
    return good > len(values) / 2 and len(values) - good <= max(1, len(values) // 5)


def _is_free_text(name: str, values: list[str]) -> bool:
    if any(w in name for w in _FREE_TEXT):
        return True
    return bool(values) and sum(len(v) for v in values) / len(values) >= 15


def _detect_preset(names: list[str], rows: Sequence[Sequence[str]]) -> str:
    if {"starrating", "reviewer displayname"} <= set(names):
        return "google_takeout"
    guesses = [_guess(n) for n in names]
    recommend = [i for i, g in enumerate(guesses) if g == "nps_score"]
    if (
        {"timestamp", "타임스탬프"} & set(names)
        and recommend
        and any(_all_nps(_column(rows, i)) for i in recommend)
    ):
        return "google_forms_nps"
    if "nps_score" in guesses and "rating" not in guesses:
        return "survey_nps"
    if (
        {"rating", "body"} <= set(guesses)
        and {"title", "reply", "author"} & set(guesses)
        and all(n.isascii() for n in names)
    ):
        return "review_platform"
    return "generic"


def _assign(names: list[str], preset: str, rows: Sequence[Sequence[str]]) -> list[str]:
    if preset == "google_takeout":
        return [_TAKEOUT.get(n, "extra") for n in names]
    targets = [_guess(n) for n in names]
    if preset == "google_forms_nps":
        for i, name in enumerate(names):
            if name in ("timestamp", "타임스탬프"):
                targets[i] = "received_at"
            elif targets[i] == "extra" and _is_free_text(name, _column(rows, i)):
                targets[i] = "body"
    taken: set[str] = set()
    for i, target in enumerate(targets):
        if target not in MULTI:
            if target in taken:
                targets[i] = "extra"  # a second "date" column: kept, not used
            taken.add(target)
    return targets


def detect_mapping(
    headers: Sequence[str], sample_rows: Sequence[Sequence[str]] = (), preset: str | None = None
) -> Mapping:
    """The mapping for a file from its headers and a few rows (to tell free text from
    choices, 0-10 answers from others, and day-first dates from month-first).

    ``preset`` forces one of :data:`PRESETS` instead of recognising it.
    """
    names = [normalise_header(h) for h in headers]
    if preset is None:
        preset = _detect_preset(names, sample_rows)
    elif preset not in PRESETS:
        raise ValueError(f"'{preset}' is not a preset; the presets are: {', '.join(PRESETS)}")
    columns = _assign(names, preset, sample_rows)
    channel = PRESET_CHANNELS[preset]
    if "channel" in columns and preset != "google_takeout":
        channel = None  # the rows say their channel; empty cells fall back to "other"
    dates = [
        v
        for i, t in enumerate(columns)
        if t in ("received_at", "replied_at")
        for v in _column(sample_rows, i)
    ]
    return Mapping(preset, tuple(columns), channel, detect_date_order(dates))


def _find_column(headers: Sequence[str], column: str) -> int:
    for i, header in enumerate(headers):
        if header == column:
            return i
    wanted = normalise_header(column)
    for i, header in enumerate(headers):
        if normalise_header(header) == wanted:
            return i
    if column.isdigit() and 1 <= int(column) <= len(headers):
        return int(column) - 1
    raise ValueError(f"there is no column '{column}'; the columns are: {', '.join(headers)}")


def mapping_from_overrides(
    headers: Sequence[str], base: Mapping, overrides: dict[str, str]
) -> Mapping:
    """``base`` with the owner's choices (``{field: column}``, as in ``--map FIELD=COLUMN``)
    applied. A column is named by its header (case and spacing do not matter) or its number
    from 1. The column that held a field before becomes "extra". Raises ValueError."""
    columns = list(base.columns)
    for target, column in overrides.items():
        if target not in TARGETS:
            raise ValueError(f"'{target}' is not a field; the fields are: {', '.join(TARGETS)}")
        index = _find_column(headers, column)
        if target not in MULTI:
            columns = ["extra" if t == target else t for t in columns]
        columns[index] = target
    return replace(base, columns=tuple(columns))


def with_channel(mapping: Mapping, channel: str) -> Mapping:
    """Every row of the file gets ``channel`` (``--channel``); a channel column is kept as an
    extra field instead."""
    columns = tuple("extra" if t == "channel" else t for t in mapping.columns)
    return replace(mapping, columns=columns, channel=channel)
