"""Filling a template's placeholders from a feedback item, with natural words for what is
missing ("Hi {first_name}," becomes "Hi there," when the customer gave no name)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from datetime import date

from ..records import Feedback

PLACEHOLDERS = (
    "first_name",
    "customer_name",
    "business_name",
    "owner_name",
    "channel",
    "product",
    "location",
    "date",
)
CHANNEL_NAMES = {
    "google": "Google",
    "yelp": "Yelp",
    "naver": "Naver",
    "kakao": "Kakao Map",
    "baemin": "Baemin",
    "coupang_eats": "Coupang Eats",
    "yogiyo": "Yogiyo",
    "daangn": "Daangn",
    "instagram": "Instagram",
    "facebook": "Facebook",
    "survey": "Survey",
    "email": "Email",
    "phone": "Phone",
    "in_person": "In person",
    "website": "Website",
}

# --- names -----------------------------------------------------------------------------------

_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "mme", "mlle", "herr", "frau"}
)
_ANONYMOUS = frozenset(
    {
        "anonymous",
        "anon",
        "a google user",
        "google user",
        "a customer",
        "customer",
        "guest",
        "unknown",
        "n/a",
        "na",
        "none",
        "-",
        "익명",
    }
)
# Hangul, CJK ideographs and kana: such names are said in full (Korean: full name + 님).
EAST_ASIAN = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7a3]")
_INITIAL = re.compile(r"^\w\.?$")


def _clean(value: str | None) -> str:
    """One line, single spaces, no control characters."""
    if not value:
        return ""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())


def is_title(word: str) -> bool:
    return word.rstrip(".").casefold() in _TITLES


def customer_name(author: str | None) -> str:
    """The customer's name as they gave it, or "" for none, an e-mail or "Anonymous"."""
    name = _clean(author)
    if not name or "@" in name or name.casefold() in _ANONYMOUS:
        return ""
    if all(is_title(word) for word in name.split()):
        return ""
    return name


def first_name(author: str | None) -> str:
    """How to greet the customer: "Jane" for "Mrs. Jane Smith", "Mrs. Smith" for "Mrs. Smith",
    the whole name for Korean, Chinese or Japanese names ("김지우")."""
    full = customer_name(author)
    if not full:
        return ""
    if EAST_ASIAN.search(full):
        return full
    words = full.split()
    rest = list(words)
    while rest and is_title(rest[0]):
        rest.pop(0)
    if len(rest) < len(words) and len(rest) == 1:
        return full  # "Mrs. Smith": the title and surname are how to address them
    if len(rest) > 1 and _INITIAL.match(rest[0]):
        return " ".join(rest)  # "J. Smith"
    first = rest[0].strip(",;")
    if first.isalpha() and (first.islower() or (first.isupper() and len(first) > 1)):
        first = first.capitalize()
    return first


def channel_name(channel: str | None) -> str:
    """The channel as the app shows it ("Google"); "" when unknown or "other"."""
    key = _clean(channel).casefold()
    if not key or key == "other":
        return ""
    return CHANNEL_NAMES.get(key, key.replace("_", " ").title())


# How a day reads in a reply: (day, today) -> words. The window passes its locale's
# (ui/display.py: "3 October", "10월 3일"); the core's own, for the command line and the demo,
# are the C locale's English month names.
DateWords = Callable[[date, date], str]


def english_date(day: date, today: date) -> str:
    """ "3 October", with the year when it is not this year ("3 October 2024")."""
    words = f"{day.day} {day:%B}"
    return words if day.year == today.year else f"{words} {day.year}"


def placeholder_values(
    item: Feedback | None,
    business_name: str,
    owner_name: str,
    today: date,
    date_words: DateWords = english_date,
) -> dict[str, str]:
    """The value of each placeholder for ``item``; "" where there is none."""
    values = dict.fromkeys(PLACEHOLDERS, "")
    values["business_name"] = _clean(business_name)
    values["owner_name"] = _clean(owner_name)
    if item is None:
        return values
    values["first_name"] = first_name(item.author)
    values["customer_name"] = customer_name(item.author)
    values["channel"] = channel_name(item.channel)
    values["product"] = _clean(item.product)
    values["location"] = _clean(item.location)
    with contextlib.suppress(ValueError):  # no date, or not one: the fallback words say it
        values["date"] = date_words(date.fromisoformat((item.received_at or "")[:10]), today)
    return values


# --- rendering -------------------------------------------------------------------------------

_GAP = "\x00"  # where a missing value was taken out; tidied away before values go in
_KNOWN = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}", re.IGNORECASE)
_SEP = r"[ \t]"


def _sentence_start(text: str, pos: int) -> bool:
    """True when ``pos`` starts the text, a line or a sentence."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    while i >= 0 and text[i] in "\"'”’)":
        i -= 1
    return i < 0 or text[i] in "\n.!?"


def _upper_first(words: str) -> str:
    return words[:1].upper() + words[1:]


def _words(words: str) -> Callable[[re.Match[str]], str]:
    """Put ``words`` in, capitalised at the start of a sentence."""

    def replace(m: re.Match[str]) -> str:
        return _upper_first(words) if _sentence_start(m.string, m.start()) else words

    return replace


def _keep(group: int, words: str) -> Callable[[re.Match[str]], str]:
    """Keep the context word of ``group`` and add ``words`` after it ("Hi" + " there")."""

    def replace(m: re.Match[str]) -> str:
        return m.group(group) + words

    return replace


def _determiner(words: str) -> Callable[[re.Match[str]], str]:
    """Replace "the {x}" by ``words``, capitalised when the determiner was."""

    def replace(m: re.Match[str]) -> str:
        return _upper_first(words) if m.group(1)[:1].isupper() else words

    return replace


def _vocative_start(m: re.Match[str]) -> str:
    """At a sentence start, "{first_name}, thank you" -> "Thank you"; elsewhere left alone."""
    if not _sentence_start(m.string, m.start()):
        return m.group(0)
    return _upper_first(m.group(1))


_Rule = tuple[str, str | Callable[[re.Match[str]], str]]

_NAME_RULES: tuple[_Rule, ...] = (
    (r"{P}" + _SEP + r"*님", "고객님"),  # Korean: "{first_name} 님" for no name is "고객님"
    (r"(?i)\b(hi|hello|hey|hiya)" + _SEP + r"*,?" + _SEP + r"+{P}", _keep(1, " there")),
    (r"(?i)\b(dear)" + _SEP + r"+{P}", _keep(1, " customer")),
    (_SEP + r"*," + _SEP + r"*{P}" + _SEP + r"*,(?=[ \t])", ""),
    (
        r"(?i)\b(good (?:morning|afternoon|evening)|greetings|welcome(?: back)?|thanks|"
        r"thank you|congratulations|cheers)" + _SEP + r"*,?" + _SEP + r"*{P}",
        _keep(1, ""),
    ),
    (_SEP + r"*," + _SEP + r"*{P}(?=[ \t]*(?:[.!?;:)]|\n|$))", ""),
    (r"{P}" + _SEP + r"*[,:]" + _SEP + r"*(\S?)", _vocative_start),
    (r"{P}['’]s\b", _words("your")),
    (
        r"(?i)\b(to|for|with|see|seeing|meet|meeting|welcome|welcoming)" + _SEP + r"+{P}",
        _keep(1, " you"),
    ),
    (r"{P}", _GAP),
)
_RULES: dict[str, tuple[_Rule, ...]] = {
    "first_name": _NAME_RULES,
    "customer_name": _NAME_RULES,
    "business_name": (
        (r"(?i)\b(the)" + _SEP + r"+{P}" + _SEP + r"+team\b", _keep(1, " team")),
        (r"(?i)\b(team)" + _SEP + r"+(?:at|of|from)" + _SEP + r"+{P}", _keep(1, "")),
        (r"{P}['’]s\b", _words("our")),
        (
            r"(?i)\b(everyone|everybody|all of us|we|us)" + _SEP + r"+at" + _SEP + r"+{P}",
            _keep(1, " here"),
        ),
        (_SEP + r"+at" + _SEP + r"+{P}" + _SEP + r"*(?=\n|$)", ""),  # "Min at {b}", signed
        (r"(?i)\bat" + _SEP + r"+{P}", "with us"),
        (
            r"(?i)\b(to|visiting|visit|visited|choosing|choose|chose|with|for|from|about|on|"
            r"supporting|support|recommending|recommend|recommended|in|trusting|trust)"
            + _SEP
            + r"+{P}",
            _keep(1, " us"),
        ),
        (_SEP + r"*[,|·–—-]" + _SEP + r"*{P}" + _SEP + r"*(?=\n|$)", ""),
        (r"(?m)^" + _SEP + r"*{P}" + _SEP + r"*$", _GAP),
        (r"{P}", _words("our team")),
    ),
    "owner_name": (
        (r"(?i){P}" + _SEP + r"+and" + _SEP + r"+the" + _SEP + r"+team\b", _words("the team")),
        (r"{P}", _words("the team")),
    ),
    "product": (
        (r"(?i)\b(the|your|our|this|that|my|an?)" + _SEP + r"+{P}", _determiner("your order")),
        (r"{P}", _words("your order")),
    ),
    "location": (
        (
            r"(?i)\b(our|the)" + _SEP + r"+{P}" + _SEP + r"+(shop|store|branch|location|"
            r"restaurant|salon|cafe|café|clinic|studio|office|site)\b",
            lambda m: m.group(1) + " " + m.group(2),
        ),
        (r"(?i)\b(our|the)" + _SEP + r"+{P}", _determiner("our shop")),
        (r"{P}", _words("our shop")),
    ),
    "channel": (
        (_SEP + r"+(?i:on|via|through|from|at|in)" + _SEP + r"+{P}", ""),
        (
            r"{P}" + _SEP + r"+((?i:reviews?|posts?|comments?|messages?|ratings?|survey|answers?|"
            r"feedback))",
            lambda m: m.group(1),
        ),
        (r"{P}", _GAP),
    ),
    "date": (
        (
            r"(?<=\w)" + _SEP + r"+(?i:on|of|from|dated)" + _SEP + r"+{P}",
            "",
        ),
        (r"(?i)\b(?:on|of|from|dated)" + _SEP + r"+{P}", _words("recently")),
        (r"{P}", _words("recently")),
    ),
}
_COMPILED: dict[str, list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]]] = {}


def _rules(name: str) -> list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]]:
    """The fallback rules of one placeholder, compiled the first time they are needed."""
    if name not in _COMPILED:
        token = re.escape("{" + name + "}")
        _COMPILED[name] = [
            (re.compile(pattern.replace("{P}", token)), repl) for pattern, repl in _RULES[name]
        ]
    return _COMPILED[name]


def _literal(words: str) -> Callable[[re.Match[str]], str]:
    return lambda _m: words


def _tidy_gaps(text: str) -> str:
    """Take out the places where a missing value was removed, without leaving double spaces,
    " ," or empty signature lines behind; the rest of the owner's text is left as typed."""
    if _GAP not in text:
        return text
    text = re.sub(_GAP + r"(?:[ \t]*" + _GAP + ")+", _GAP, text)
    lines = []
    for line in text.split("\n"):
        if _GAP in line and not line.replace(_GAP, "").strip(" \t,;:.|·–—-"):
            continue  # a line that held only missing values
        line = re.sub(r"[ \t]*[(\[][ \t]*" + _GAP + r"[ \t]*[)\]]", "", line)
        line = re.sub(r"[ \t]*" + _GAP + r"[ \t]*(?=[,.!?;:)\]])", "", line)
        line = re.sub(r"(?<=[(\[])[ \t]*" + _GAP + r"[ \t]*", "", line)
        line = re.sub(r"(?<=\S)[ \t]+" + _GAP + r"[ \t]+(?=\S)", " ", line)
        line = re.sub(
            r"^([ \t]*)" + _GAP + r"[ \t]*[,;:]?[ \t]*(.?)",
            lambda m: m.group(1) + m.group(2).upper(),
            line,
        )
        lines.append(line.replace(_GAP, ""))
    return "\n".join(lines)


def render(
    template_body: str,
    item: Feedback | None,
    business_name: str,
    owner_name: str,
    today: date,
    date_words: DateWords = english_date,
) -> str:
    """The template's text for ``item``, placeholders filled.

    A missing value falls back to natural words ("Hi {first_name}," -> "Hi there,",
    "{product}" -> "your order", "{owner_name}" -> "The team"); unknown placeholders and other
    braces are kept as typed; values go in literally, whatever characters they hold.
    """
    values = placeholder_values(item, business_name, owner_name, today, date_words)
    text = (template_body or "").replace(_GAP, "")
    text = _KNOWN.sub(lambda m: "{" + m.group(1).lower() + "}", text)
    for name in PLACEHOLDERS:
        if values[name] or "{" + name + "}" not in text:
            continue
        for pattern, repl in _rules(name):
            text = pattern.sub(repl if callable(repl) else _literal(repl), text)
    text = _tidy_gaps(text)
    return _KNOWN.sub(lambda m: values[m.group(1)], text)
