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

from ..words import translate
from . import guessing
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
PRESETS = (
    "google_takeout",
    "google_forms_nps",
    "survey_nps",
    "survey",
    "trustpilot",
    "google_play",
    "shop_reviews",
    "review_platform",
    "generic",
)
PRESET_CHANNELS = {
    "google_takeout": "google",
    "google_forms_nps": "survey",
    "survey_nps": "survey",
    "survey": "survey",
    "trustpilot": "trustpilot",
    "google_play": "google_play",
    "shop_reviews": "website",
    "review_platform": "other",
    "generic": None,
}
# Headers only a survey tool writes (Google Forms, Typeform, SurveyMonkey, Qualtrics,
# Microsoft Forms, Tally, Jotform), normalised.
_SURVEY_SIGNS = frozenset(
    {
        "timestamp",
        "타임스탬프",
        "#",
        "submit date utc",
        "respondent id",
        "collector id",
        "response id",
        "responseid",
        "recorded date",
        "completion time",
        "submission id",
        "submission date",
        "submitted at",
        "respondent",
    }
)
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
    "description|review content|review body|review message|review comment|answer|"
    "내용|리뷰|후기|의견|리뷰 내용|후기 내용|리뷰내용",
    "channel": "channel|source|platform|site|채널|출처|플랫폼",
    "location": "location|store|branch|shop|store name|매장|지점|매장명|지점명",
    "product": "product|item|menu|service|handle|product handle|product title|product name|"
    "상품|제품|메뉴|상품명|제품명",
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
    # Why each column goes where it goes: a code per column (see guessing; "asked" when the
    # owner chose it), worded by the import preview.
    reasons: tuple[str, ...] = ()


def normalise_header(header: str) -> str:
    """Header as compared: case, spacing and punctuation folded ("Created_At" = "created at")."""
    return _PUNCT.sub(" ", header.casefold()).strip()


def mapping_key(headers: Sequence[str]) -> str:
    """A stable fingerprint of a set of headers, to remember the mapping for files like it."""
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return "h1-" + hashlib.blake2b(joined.encode(), digest_size=10).hexdigest()


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


def _classify(name: str, values: list[str]) -> tuple[str, str]:
    """(target, reason) for one column by its header, then its values."""
    exact = _EXACT_FIELD.get(name)
    if exact in ("rating", "nps_score"):
        return guessing.score_column(name, values) or (exact, "header")
    if exact == "received_at":
        return exact, "date"
    if exact:
        return exact, "header"
    if found := guessing.header_target(name):
        return found
    if found := guessing.score_column(name, values):
        return found
    if guessing.is_dateish(name) and (not values or guessing.looks_like_dates(values)):
        return "received_at", "date"
    spaced = f" {name} "
    for field, words in _CONTAINS:
        if any(w in spaced for w in words):
            return field, "header_word"
    return "extra", "unknown"


def _detect_preset(names: list[str], targets: list[str], rows: Sequence[Sequence[str]]) -> str:
    present = set(names)
    if {"starrating", "reviewer displayname"} <= present:
        return "google_takeout"
    recommend = [i for i, t in enumerate(targets) if t == "nps_score"]
    if (
        {"timestamp", "타임스탬프"} & present
        and recommend
        and any(_all_nps(_column(rows, i)) for i in recommend)
    ):
        return "google_forms_nps"
    if any(n.startswith(("review consumer", "company reply")) for n in names):
        return "trustpilot"
    if {"package name", "star rating"} <= present:
        return "google_play"
    if "nps_score" in targets and "rating" not in targets:
        return "survey_nps"
    if _SURVEY_SIGNS & present:
        return "survey"
    if "rating" in targets and any("product" in n or "listing" in n for n in names):
        return "shop_reviews"
    if (
        {"rating", "body"} <= set(targets)
        and {"title", "reply", "author"} & set(targets)
        and all(n.isascii() for n in names)
    ):
        return "review_platform"
    return "generic"


def _keep_best_date(targets: list[str], reasons: list[str], names: list[str]) -> None:
    """Of several date columns, the submitted or created one is the date; the others stay."""
    dates = [i for i, t in enumerate(targets) if t == "received_at"]
    if len(dates) > 1:
        best = max(dates, key=lambda i: (guessing.date_rank(names[i]), -i))
        for i in dates:
            if i != best:
                targets[i], reasons[i] = "extra", "lesser_date"
        reasons[best] = "submitted_date"


def _find_feedback(targets: list[str], reasons: list[str], names: list[str], rows) -> None:
    """No column is named as the feedback: the free-text answers are (a survey's questions);
    failing those, the column of the longest texts."""
    if "body" in targets:
        return
    extras = [i for i, t in enumerate(targets) if t == "extra" and reasons[i] == "unknown"]
    free = [i for i in extras if guessing.free_text(names[i], _column(rows, i))]
    for i in free:
        targets[i], reasons[i] = "body", "free_text"
    if not free and extras:
        longest = max(extras, key=lambda i: guessing.average_length(_column(rows, i)))
        if guessing.average_length(_column(rows, longest)) >= 8:
            targets[longest], reasons[longest] = "body", "longest_text"


def _assign(
    names: list[str], preset: str | None, rows: Sequence[Sequence[str]]
) -> tuple[str, list[str], list[str]]:
    if preset == "google_takeout" or (
        preset is None and {"starrating", "reviewer displayname"} <= set(names)
    ):
        targets = [_TAKEOUT.get(n, "extra") for n in names]
        return "google_takeout", targets, ["takeout"] * len(names)
    pairs = [_classify(n, _column(rows, i)) for i, n in enumerate(names)]
    targets = [t for t, _ in pairs]
    reasons = [r for _, r in pairs]
    preset = preset or _detect_preset(names, targets, rows)
    _keep_best_date(targets, reasons, names)
    if preset in ("google_forms_nps", "survey_nps", "survey"):
        # Every answer written in the customer's words is read, searched and scored.
        for i, name in enumerate(names):
            if name in ("timestamp", "타임스탬프"):
                targets[i], reasons[i] = "received_at", "submitted_date"
            elif reasons[i] == "unknown" and _is_free_text(name, _column(rows, i)):
                targets[i], reasons[i] = "body", "free_text"
    _find_feedback(targets, reasons, names, rows)
    taken: set[str] = set()
    for i, target in enumerate(targets):
        if target not in MULTI:
            if target in taken:
                targets[i], reasons[i] = "extra", "second"  # a second rating: kept, not used
            taken.add(target)
    return preset, targets, reasons


def _is_free_text(name: str, values: list[str]) -> bool:
    if any(w in name for w in _FREE_TEXT):
        return True
    return bool(values) and sum(len(v) for v in values) / len(values) >= 15


def detect_mapping(
    headers: Sequence[str], sample_rows: Sequence[Sequence[str]] = (), preset: str | None = None
) -> Mapping:
    """The mapping for a file from its headers and a few rows (to tell free text from
    choices, 0-10 answers from others, and day-first dates from month-first).

    ``preset`` forces one of :data:`PRESETS` instead of recognising it.
    """
    names = [normalise_header(h) for h in headers]
    if preset is not None and preset not in PRESETS:
        raise ValueError(
            translate("import", "'{0}' is not a preset; the presets are: {1}").format(
                preset, ", ".join(PRESETS)
            )
        )
    preset, targets, reasons = _assign(names, preset, sample_rows)
    columns = tuple(targets)
    channel = PRESET_CHANNELS[preset]
    if "channel" in columns and preset != "google_takeout":
        channel = None  # the rows say their channel; empty cells fall back to "other"
    dates = [
        v
        for i, t in enumerate(columns)
        if t in ("received_at", "replied_at")
        for v in _column(sample_rows, i)
    ]
    return Mapping(preset, columns, channel, detect_date_order(dates), tuple(reasons))


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
    raise ValueError(
        translate("import", "there is no column '{0}'; the columns are: {1}").format(
            column, ", ".join(headers)
        )
    )


def mapping_from_overrides(
    headers: Sequence[str], base: Mapping, overrides: dict[str, str]
) -> Mapping:
    """``base`` with the owner's choices (``{field: column}``, as in ``--map FIELD=COLUMN``)
    applied. A column is named by its header (case and spacing do not matter) or its number
    from 1. The column that held a field before becomes "extra". Raises ValueError."""
    columns = list(base.columns)
    reasons = list(base.reasons) if len(base.reasons) == len(columns) else ["asked"] * len(columns)
    for target, column in overrides.items():
        if target not in TARGETS:
            raise ValueError(
                translate("import", "'{0}' is not a field; the fields are: {1}").format(
                    target, ", ".join(TARGETS)
                )
            )
        index = _find_column(headers, column)
        if target not in MULTI:
            columns = ["extra" if t == target else t for t in columns]
        columns[index] = target
        reasons[index] = "asked"
    return replace(base, columns=tuple(columns), reasons=tuple(reasons))


def with_channel(mapping: Mapping, channel: str) -> Mapping:
    """Every row of the file gets ``channel`` (``--channel``); a channel column is kept as an
    extra field instead."""
    columns = tuple("extra" if t == "channel" else t for t in mapping.columns)
    return replace(mapping, columns=columns, channel=channel)
