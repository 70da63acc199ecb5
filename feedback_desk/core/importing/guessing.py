"""Which field a column of an unknown file holds, from its header and from its values, and
why (a reason code the import preview words for the owner).

Header first ("Review Stars", "Company Reply Date", "만족도 (1~5점)"), then the values: a
column of 1-5 answers under a question is the rating, 0-10 under a recommend question is the
NPS, the longest free-text answers are the feedback. Of several dates, the one a response
was submitted or created wins over a start, update or reply date.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Sequence

from .values import ValueProblem, parse_date, parse_nps, parse_stars

# A header's words that say a column is not about the customer even if it ends in "name".
_NOT_PERSON = (
    "location", "package", "app ", "webshop", "business", "company", "shop", "store", "domain",
    "file", "product", "item", "campaign", "survey", "form ", "collector", "page", "sheet",
    "version", "menu", "branch", "listing", "device", "매장", "지점", "상품", "제품", "메뉴",
    "가게", "업체",
)  # fmt: skip
_REPLY = (
    "reply", "replied", "response from owner", "owner response", "business response",
    "developer response", "company response", "merchant response", "comment from owner",
    "답변", "답글", "사장님", "댓글",
)  # fmt: skip
_DATEISH = (" date", " time", " at", "timestamp", "날짜", "일시", "일자", "시간", "일 ")
_SUBMITTED = (
    "submit", "completion", "completed", "recorded", "created", "creation", "posted",
    "published", "timestamp", "reviewed", "review date", "제출", "작성", "등록", "타임스탬프",
    "응답 일시",
)  # fmt: skip
_LESSER_DATE = ("start", "landed", "stage", "modified", "update", "last ", "시작", "수정")
_METADATA = (
    "millis", "epoch", "ip address", "ipaddress", "user agent", "network id", "collector id",
    "review link", "permalink", "url", "latitude", "longitude", "device", "language",
    "duration", "progress", "finished", "status", "distribution channel", "user language",
    "package name", "app version", "business unit", "consumer user id", "location id",
    "webshop", "domain", "verified", "featured", "hidden", "published", "picture", "photo",
    "image", "media", "votes", "helpful", "thumbs", "source of review",
)  # fmt: skip
_RATING_WORDS = (
    "rating", "stars", "star ", "score", "rate ", "rate your", "만족도", "평점", "별점",
    "점수", "평가", "1~5", "1-5", "1 5점", "5점", "satisf", "만족",
)  # fmt: skip
_RECOMMEND = ("recommend", "nps", "likely", "추천")
_QUESTION = ("how ", "what ", "why ", "would ", "please ", "tell us", "any ", "어떻", "무엇", "?")
_FREE_WORDS = (
    "comment", "feedback", "review", "message", "suggest", "improve", "reason", "why",
    "anything", "tell us", "opinion", "experience", "describe", "의견", "이유", "개선",
    "말씀", "후기", "리뷰", "내용", "자유", "하고 싶은",
)  # fmt: skip


def _has(name: str, words: Sequence[str]) -> bool:
    spaced = f" {name} "
    return any(w in spaced for w in words)


def _share(values: list[str], test: Callable[[str], object]) -> float:
    if not values:
        return 0.0
    good = 0
    for value in values:
        with contextlib.suppress(ValueProblem, ValueError):
            good += test(value) is not None
    return good / len(values)


def _plain_int(value: str) -> int | None:
    number = value.strip().split()[0] if value.strip() else ""
    return int(number) if number.isdigit() else None


def _all_in(values: list[str], low: int, high: int) -> bool:
    numbers = [_plain_int(v) for v in values]
    good = [n for n in numbers if n is not None and low <= n <= high]
    return bool(values) and len(good) >= max(1, 0.8 * len(values))


def looks_like_dates(values: list[str]) -> bool:
    return _share(values, lambda v: parse_date(v, "mdy")) >= 0.8


def score_column(name: str, values: list[str]) -> tuple[str, str] | None:
    """("rating" or "nps_score", reason) for a column of scores, by header and values."""
    recommend = _has(name, _RECOMMEND)
    ratingish = _has(name, _RATING_WORDS) or (_has(name, _QUESTION) and _has(name, (" rate",)))
    if not values:
        if recommend:
            return "nps_score", "recommend_question"
        return ("rating", "header") if ratingish and not _has(name, (" score",)) else None
    symbols = _share(values, parse_stars) >= 0.8 and any(not v.strip().isdigit() for v in values)
    if symbols and not recommend:
        return "rating", "values_stars"
    if recommend and _all_in(values, 0, 10) and _share(values, parse_nps) >= 0.8:
        return "nps_score", "values_nps"
    if ratingish and _all_in(values, 1, 5):
        return "rating", "values_stars"
    if ratingish and _all_in(values, 0, 10) and _has(name, (" score", "nps")):
        return "nps_score", "values_nps"
    return None


def header_target(name: str) -> tuple[str, str] | None:
    """What a header alone says, for the words real exports use that exact names miss:
    (target, reason) or None."""
    if _has(name, _REPLY):
        if _has(name, ("millis", "epoch")):
            return "extra", "metadata"
        return ("replied_at", "reply_date") if _has(name, _DATEISH) else ("reply", "reply")
    if _has(name, _METADATA):
        return "extra", "metadata"
    if _has(name, (" location", " store name", " branch", "location name", "매장", "지점")):
        return "location", "header"
    if _has(name, (" product", " item", "listing", "product handle", "상품", "제품")):
        # A product's number is no name for it: kept, while its title or handle is used.
        return ("extra", "metadata") if _has(name, (" id", "productid")) else ("product", "header")
    if _has(name, ("title", "subject", "headline", "제목")):
        return "title", "header"
    if _has(name, ("email", "e mail", "이메일")):
        return "email", "header"
    if _has(name, (" phone", "전화", "연락처", "휴대폰")):
        return "phone", "header"
    if _has(name, (" name", "reviewer", "author", "display name", "nickname", "이름", "작성자",
                   "닉네임", "고객명", "respondent")) and not _has(name, (" id",)):  # fmt: skip
        if _has(name, _NOT_PERSON):
            return "extra", "not_customer"
        return "author", "header"
    if _has(name, (" id", "#", "token")) and _has(
        name, ("review", "response", "respondent", "submission", "entry", "#", "token", "리뷰")
    ):
        return "external_id", "header"
    return None


def date_rank(name: str) -> int:
    """How much a date column says "when the feedback was given": 3 submitted or created, 2
    a plain date, 1 end, 0 a start, update or visit date (kept, not used, when a better one
    is there)."""
    if _has(name, _SUBMITTED):
        return 3
    if _has(name, _LESSER_DATE):
        return 0
    if _has(name, (" end",)):
        return 1
    return 2


def is_dateish(name: str) -> bool:
    return _has(name, _DATEISH) or _has(name, _SUBMITTED[:7]) or name in ("date", "time")


def free_text(name: str, values: list[str]) -> bool:
    """Answers people write themselves (not choices, numbers, dates, links or e-mails)."""
    texts = [v for v in values if not re.fullmatch(r"[\d\s.,:/+\-]+|\S+@\S+|https?://\S+", v)]
    if not texts or len(texts) < 0.5 * len(values):
        return False
    average = sum(len(v) for v in texts) / len(texts)
    return average >= 15 or (_has(name, _FREE_WORDS) and average >= 3)


def average_length(values: list[str]) -> float:
    return sum(len(v) for v in values) / len(values) if values else 0.0
