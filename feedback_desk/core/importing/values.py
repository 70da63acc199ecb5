"""Reading one cell as a date, a star rating, an NPS answer or clean text.

Each reader either returns the value or raises :class:`ValueProblem` with a reason in plain
words that names the value, for the import summary.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import datetime, timedelta

from ..words import translate

_TIME = (
    r"(?:[T\s]+(?P<ampm1>AM|PM|오전|오후)?\s*(?P<h>\d{1,2}):(?P<mi>\d{2})"
    r"(?::(?P<s>\d{2})(?:[.,]\d+)?)?\s*(?P<ampm2>AM|PM|A\.M\.|P\.M\.|오전|오후)?)?"
    r"\s*(?P<tz>Z|(?:GMT|UTC)?\s*[+-]\d{1,2}(?::?\d{2})?|GMT|UTC)?"
)
_YMD = re.compile(
    r"(?P<y>\d{4})\s*(?:[-/.]|년)\s*(?P<m>\d{1,2})\s*(?:[-/.]|월)\s*"
    r"(?P<d>\d{1,2})\s*[.일]?" + _TIME,
    re.IGNORECASE,
)
_AB_Y = re.compile(
    r"(?P<a>\d{1,2})\s*[-/.]\s*(?P<b>\d{1,2})\s*[-/.]\s*(?P<y>\d{4}|\d{2})\.?" + _TIME,
    re.IGNORECASE,
)
_MONTH_NAME = re.compile(
    r"(?:(?P<d1>\d{1,2})\s+(?P<mon1>[A-Za-z]{3,9})\.?|"
    r"(?P<mon2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
    r",?\s+(?P<y>\d{4})" + _TIME,
    re.IGNORECASE,
)
# The commonest shapes by far (exports written by programs), read at once.
_PLAIN_ISO = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d:\d\d)?", re.ASCII)
_AB = re.compile(r"\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(?:\d{4}|\d{2})\b")
_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_DIGITS = {str(n): n for n in range(1, 6)}
_STARS = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:/\s*5(?:[.,]0)?|out of 5|stars?|점|개)?", re.I)
_NPS = re.compile(r"(\d{1,2})(?:[.,]0+)?(?:\s*(?:[-–—:(/]|점|$).*)?", re.DOTALL)
_BREAK = re.compile(r"<\s*(?:br|/p|p|/div|div|/li)\b[^>]*>", re.IGNORECASE)
# Only tags HTML has: "<jane@example.com>", "<3" or "<Gangnam branch>" are the customer's text.
_TAG = re.compile(
    r"</?(?:a|abbr|b|big|blockquote|br|center|code|del|div|em|font|h[1-6]|hr|i|img|ins|li|"
    r"mark|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_EPOCH = datetime(1970, 1, 1)
# Dates as review pages show them: Naver's "24.5.3.금" and "5.3.금", a weekday before an
# English date ("Thu, 7 May 2026"), a zone's name after a JavaScript date ("... (GMT)").
_KOREAN_SHORT = re.compile(
    r"(?:(?P<y>\d{4}|\d{2})\.\s*)?(?P<m>\d{1,2})\.\s*(?P<d>\d{1,2})\.?\s*\(?[월화수목금토일](?:요일)?\)?"
)
_WEEKDAY_BEFORE = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_ZONE_NAME_AFTER = re.compile(r"\s*\([A-Za-z][A-Za-z ]*\)$")


class ValueProblem(ValueError):
    """A cell that cannot be read as what its column holds; the message says why."""


def empty_row() -> str:
    """The reason given for a row with nothing in it (the importer looks for it)."""
    return translate("import", "empty row")


def _offset_minutes(tz: str | None) -> int | None:
    if not tz:
        return None
    tz = tz.upper().replace("GMT", "").replace("UTC", "").strip()
    if tz in ("", "Z"):
        return 0
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "").strip()
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    return sign * (int(hours) * 60 + int(minutes))


def _build(text: str, year: int, month: int, day: int, m: re.Match[str]) -> tuple[str, int | None]:
    hour = int(m["h"]) if m["h"] else 0
    minute = int(m["mi"]) if m["mi"] else 0
    second = int(m["s"]) if m["s"] else 0
    ampm = (m["ampm1"] or m["ampm2"] or "").upper().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueProblem(
                translate("import", "date '{0}' has a time that is not a 12-hour time").format(text)
            )
        hour = hour % 12 + (12 if ampm in ("PM", "오후") else 0)
    try:
        when = datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise ValueProblem(_not_real(text)) from None
    return when.isoformat(), _offset_minutes(m["tz"])


def parse_date(text: str, order: str | None = "mdy") -> tuple[str, int | None]:
    """``(YYYY-MM-DDTHH:MM:SS, offset minutes or None)`` for a date as people write it.

    The time is the wall-clock time as written: an offset never moves it, it is returned
    apart. ``order`` ("mdy" or "dmy") settles dates like 03/04/2026; with None such a date is
    a problem unless one of its numbers is above 12. Unix times (10 or 13 digits) are UTC.
    """
    value = text.strip()
    if _PLAIN_ISO.fullmatch(value):
        try:
            return datetime.fromisoformat(value).isoformat(), None
        except ValueError:
            pass  # not a real day or time: told below, as for any other shape
    if value.isdigit() and len(value) in (10, 13):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return (_EPOCH + timedelta(seconds=int(seconds))).isoformat(), 0
    if m := _YMD.fullmatch(value):
        return _build(text, int(m["y"]), int(m["m"]), int(m["d"]), m)
    if m := _AB_Y.fullmatch(value):
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        year += 2000 if year < 100 else 0
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a or a == b or order == "mdy":
            month, day = a, b
        elif order == "dmy":
            day, month = a, b
        else:
            raise ValueProblem(
                translate(
                    "import",
                    "date '{0}' could be day-first or month-first: say which order the file uses",
                ).format(text)
            )
        return _build(text, year, month, day, m)
    if (m := _MONTH_NAME.fullmatch(value)) and (
        (month := _MONTHS.get((m["mon1"] or m["mon2"]).lower())) is not None
    ):
        return _build(text, int(m["y"]), month, int(m["d1"] or m["d2"]), m)
    if (m := _KOREAN_SHORT.fullmatch(value)) is not None:
        return _short_korean(text, m)
    bare = _WEEKDAY_BEFORE.sub("", _ZONE_NAME_AFTER.sub("", value))
    if bare != value:
        return parse_date(bare, order)
    raise ValueProblem(translate("import", "date '{0}' is not a date").format(text))


def _not_real(text: str) -> str:
    return translate("import", "date '{0}' is not a real date or time").format(text)


def _short_korean(text: str, m: re.Match[str]) -> tuple[str, int | None]:
    """Naver's "24.5.3.금" (two-digit year) or "5.3.금" (this year's, or last year's when
    that day is still to come)."""
    month, day = int(m["m"]), int(m["d"])
    if m["y"]:
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    else:
        today = datetime.now()
        year = today.year - ((month, day) > (today.month, today.day))
    try:
        return datetime(year, month, day).isoformat(), None
    except ValueError:
        raise ValueProblem(_not_real(text)) from None


def detect_date_order(samples: Iterable[str]) -> str | None:
    """ "dmy" or "mdy" as the file's own dates settle it (a first number above 12 means
    day-first, a second above 12 month-first), None when its dates could be either (or
    disagree), so the owner is asked. A file with no such dates at all (ISO, Korean,
    Unix times) returns "mdy": the order is never used for them, so nothing is asked."""
    ambiguous = False
    found: set[str] = set()
    for sample in samples:
        if not (m := _AB.match(sample)):
            continue
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            found.add("dmy")
        elif b > 12 >= a:
            found.add("mdy")
        elif a != b:
            ambiguous = True
    if len(found) == 1:
        return found.pop()
    return None if found or ambiguous else "mdy"


def _star_symbols(value: str) -> int | None:
    filled = sum(value.count(s) for s in "★⭐🌟")
    if filled and not value.strip("★☆⭐🌟✩✰ \ufe0f"):
        return filled
    return None


def parse_stars(text: str) -> int | None:
    """A star rating 1-5 from "5", "4.0", "4,0", "5 stars", "5/5", "★★★★☆", "FIVE", "5점";
    None for an empty cell. Half stars round up (4.5 is 5), as review sites round."""
    value = text.strip()
    if (digit := _DIGITS.get(value)) is not None:  # most files: at once
        return digit
    if not value or value.upper() == "STAR_RATING_UNSPECIFIED":
        return None
    number: float | None = _star_symbols(value)
    if number is None:
        if (word := _WORDS.get(value.lower())) is not None:
            number = word
        elif m := _STARS.fullmatch(value):
            number = float(m[1].replace(",", "."))
    if number is None or not 1 <= number <= 5:
        raise ValueProblem(
            translate("import", "stars '{0}' is not a rating from 1 to 5").format(text)
        )
    return int(number + 0.5)


def parse_nps(text: str) -> int | None:
    """An NPS answer 0-10 from "9", "9 - Very likely", "10 (Extremely likely)"; None if empty."""
    value = text.strip()
    if not value:
        return None
    m = _NPS.fullmatch(value)
    if m is None or int(m[1]) > 10:
        raise ValueProblem(
            translate("import", "score '{0}' is not an answer from 0 to 10").format(text)
        )
    return int(m[1])


def clean_text(text: str) -> str:
    """Plain text from what an export may hold: HTML entities decoded, <br> and <p> as line
    breaks, other HTML tags removed (other text in angle brackets is kept), Windows line ends
    and outer white space trimmed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = _TAG.sub("", _BREAK.sub("\n", text))
    if "&" in text:
        # Entities after the tags, so an escaped "&lt;b&gt;" stays as the text "<b>".
        text = html.unescape(text).replace("\xa0", " ")
    if "\n\n\n" in text or "\n " in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def split_tags(text: str) -> tuple[str, ...]:
    """Tags from a cell: separated by commas or semicolons, blanks and repeats dropped."""
    tags = (t.strip() for t in text.replace(";", ",").split(","))
    return tuple(dict.fromkeys(t for t in tags if t))
