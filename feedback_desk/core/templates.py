"""Response templates: filling their placeholders, ranking them for an item, sharing them.

A template's body may carry the placeholders in ``PLACEHOLDERS`` (``{first_name}``,
``{business_name}``...). ``render`` fills them from a feedback item and the owner's settings;
a value that is missing falls back to natural words ("Hi there,", "your order", "The team") so
the reply still reads well, and never shows braces. Anything else in braces is the owner's own
text and is kept as typed; customer data is inserted literally, never interpreted.

``ResponseTemplate.sentiments`` holds the labels a template suits: the sentiments
(``positive``, ``neutral``, ``negative``) and, for templates written for one situation, an NPS
group (``detractor``, ``passive``, ``promoter``: it then suits only NPS answers in that group)
or ``spam`` (it then suits only items marked as spam or fake). ``tags`` are tag names.

Pure Python, no Qt, no SQL; nothing is read until it is asked for.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .records import Feedback
from .resources import resource_path

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
SENTIMENT_LABELS = ("positive", "neutral", "negative")
NPS_LABELS = ("detractor", "passive", "promoter")
SPAM_LABEL = "spam"
SUIT_LABELS = (*SENTIMENT_LABELS, *NPS_LABELS, SPAM_LABEL)

FILE_FORMAT = "feedback-desk-templates"
FILE_VERSION = 1
MAX_FILE_BYTES = 5_000_000

CHANNEL_NAMES = {
    "google": "Google",
    "yelp": "Yelp",
    "naver": "Naver",
    "facebook": "Facebook",
    "survey": "Survey",
    "email": "Email",
    "phone": "Phone",
    "in_person": "In person",
    "website": "Website",
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class ResponseTemplate:
    """A reply the owner can start from: ``body`` carries placeholders, ``sentiments`` and
    ``tags`` say which feedback it suits (empty: any), ``uses`` counts how often it was used."""

    id: int | None
    name: str
    body: str
    sentiments: tuple[str, ...]
    tags: tuple[str, ...]
    uses: int = 0


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
_EAST_ASIAN = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7a3]")
_INITIAL = re.compile(r"^\w\.?$")


def _clean(value: str | None) -> str:
    """One line, single spaces, no control characters."""
    if not value:
        return ""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())


def _is_title(word: str) -> bool:
    return word.rstrip(".").casefold() in _TITLES


def customer_name(author: str | None) -> str:
    """The customer's name as they gave it, or "" for none, an e-mail or "Anonymous"."""
    name = _clean(author)
    if not name or "@" in name or name.casefold() in _ANONYMOUS:
        return ""
    if all(_is_title(word) for word in name.split()):
        return ""
    return name


def first_name(author: str | None) -> str:
    """How to greet the customer: "Jane" for "Mrs. Jane Smith", "Mrs. Smith" for "Mrs. Smith",
    the whole name for Korean, Chinese or Japanese names ("김지우")."""
    full = customer_name(author)
    if not full:
        return ""
    if _EAST_ASIAN.search(full):
        return full
    words = full.split()
    rest = list(words)
    while rest and _is_title(rest[0]):
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


def date_in_words(day: date, today: date) -> str:
    """ "3 October", with the year when it is not this year ("3 October 2024")."""
    words = f"{day.day} {MONTHS[day.month - 1]}"
    return words if day.year == today.year else f"{words} {day.year}"


def placeholder_values(
    item: Feedback | None, business_name: str, owner_name: str, today: date
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
        values["date"] = date_in_words(date.fromisoformat((item.received_at or "")[:10]), today)
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
) -> str:
    """The template's text for ``item``, placeholders filled.

    A missing value falls back to natural words ("Hi {first_name}," -> "Hi there,",
    "{product}" -> "your order", "{owner_name}" -> "The team"); unknown placeholders and other
    braces are kept as typed; values go in literally, whatever characters they hold.
    """
    values = placeholder_values(item, business_name, owner_name, today)
    text = (template_body or "").replace(_GAP, "")
    text = _KNOWN.sub(lambda m: "{" + m.group(1).lower() + "}", text)
    for name in PLACEHOLDERS:
        if values[name] or "{" + name + "}" not in text:
            continue
        for pattern, repl in _rules(name):
            text = pattern.sub(repl if callable(repl) else _literal(repl), text)
    text = _tidy_gaps(text)
    return _KNOWN.sub(lambda m: values[m.group(1)], text)


# --- ranking ---------------------------------------------------------------------------------


def item_sentiment(item: Feedback) -> str:
    """The item's sentiment; for an unscored item, what its NPS answer or stars say ("" if
    nothing does)."""
    if item.sentiment in SENTIMENT_LABELS:
        return item.sentiment
    if item.nps_score is not None and 0 <= item.nps_score <= 10:
        score = item.nps_score
        return "negative" if score <= 6 else "neutral" if score <= 8 else "positive"
    if item.rating is not None and 1 <= item.rating <= 5:
        return "negative" if item.rating <= 2 else "neutral" if item.rating == 3 else "positive"
    return ""


def nps_group(item: Feedback) -> str:
    """'detractor', 'passive' or 'promoter' for an item with a 0-10 answer, else ""."""
    score = item.nps_score
    if score is None or not 0 <= score <= 10:
        return ""
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


def _fit(template: ResponseTemplate, item: Feedback) -> tuple[int, int]:
    """(group, tags shared): groups from best (0) to not suited (6)."""
    labels = {label.casefold() for label in template.sentiments}
    sentiments = labels & set(SENTIMENT_LABELS)
    groups = labels & set(NPS_LABELS)
    item_tags = {tag.casefold() for tag in item.tags}
    shared = len(item_tags & {tag.casefold() for tag in template.tags})
    if SPAM_LABEL in labels:
        return (0 if item.is_spam else 6), shared
    if groups:
        if nps_group(item) not in groups:
            return 6, shared
        return 1, shared
    sentiment = item_sentiment(item)
    if not sentiments:
        return 5, shared
    if not sentiment:
        return 5, 0  # nothing says how the customer felt: sentiment templates after general ones
    if sentiment not in sentiments:
        return 6, shared
    if shared:
        return 2, shared
    return (3 if not template.tags else 4), 0


def rank(
    templates: Iterable[ResponseTemplate],
    item: Feedback,
    used_on_similar: Mapping[int, int] | None = None,
) -> list[ResponseTemplate]:
    """All ``templates``, best for ``item`` first.

    Groups, best first: the fake-review template for an item marked spam; a template for the
    item's NPS group (detractor, passive, promoter); one suited to the item's sentiment that
    shares its tags; one for the sentiment with no tags; one for the sentiment with other tags;
    general ones (no sentiment); and last those that do not suit it (another sentiment, another
    NPS group, the fake-review one for a genuine item). Within a group, templates used more on
    similar items (``used_on_similar``: counts by template id) come first, then those sharing
    more tags, then by name.
    """
    similar = used_on_similar or {}

    def key(template: ResponseTemplate) -> tuple[int, int, int, str, str, int]:
        group, shared = _fit(template, item)
        used = similar.get(template.id, 0) if template.id is not None else 0
        ident = template.id if template.id is not None else -1
        return group, -used, -shared, template.name.casefold(), template.name, ident

    return sorted(templates, key=key)


# --- files -----------------------------------------------------------------------------------


def _template_dict(template: ResponseTemplate) -> dict[str, Any]:
    return {
        "name": template.name,
        "body": template.body,
        "sentiments": list(template.sentiments),
        "tags": list(template.tags),
    }


def export_templates(templates: Iterable[ResponseTemplate], path: str | os.PathLike[str]) -> None:
    """Write ``templates`` to a small JSON file another shop can import (ids and use counts,
    which belong to this shop, stay behind). The file is replaced only once fully written."""
    data = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "templates": [_template_dict(t) for t in templates],
    }
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".templates-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _labels(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: “{key}” must be a list of words.")
    return tuple(dict.fromkeys(v.strip() for v in value if v.strip()))


def templates_from_data(data: Any) -> list[ResponseTemplate]:
    """Templates from the parsed JSON of a templates file; ValueError in plain words if it is
    not one."""
    if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
        raise ValueError("This file is not a Feedback Desk templates file.")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("This templates file has no valid version number.")
    if version > FILE_VERSION:
        raise ValueError(
            "This templates file was made by a newer version of Feedback Desk; "
            "update the app to import it."
        )
    entries = data.get("templates")
    if not isinstance(entries, list):
        raise ValueError("This templates file has no list of templates.")
    templates = []
    for number, entry in enumerate(entries, start=1):
        where = f"Template {number}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where} is not a template.")
        name, body = entry.get("name"), entry.get("body")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{where} has no name.")
        where = f"Template {number} (“{name.strip()}”)"
        if not isinstance(body, str) or not body.strip():
            raise ValueError(f"{where} has no text.")
        sentiments = tuple(s.casefold() for s in _labels(entry, "sentiments", where))
        unknown = [s for s in sentiments if s not in SUIT_LABELS]
        if unknown:
            raise ValueError(
                f"{where}: “{unknown[0]}” is not one of " + ", ".join(SUIT_LABELS) + "."
            )
        templates.append(
            ResponseTemplate(
                None, name.strip(), body, sentiments, _labels(entry, "tags", where), uses=0
            )
        )
    return templates


def import_templates(path: str | os.PathLike[str]) -> list[ResponseTemplate]:
    """Read a templates file written by ``export_templates`` (ids and uses are left unset).

    Raises ValueError with a plain message when the file cannot be read or is not a templates
    file; nothing is changed either way."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise ValueError("This file is too large to be a templates file.")
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError("This file is not a Feedback Desk templates file.") from err
    except OSError as err:
        raise ValueError(f"Could not read {file.name}: {err.strerror or err}.") from err
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError("This file is not a Feedback Desk templates file.") from err
    return templates_from_data(data)


def load_starting_templates() -> list[ResponseTemplate]:
    """The templates a new desk starts with (resources/templates/starting.json), read now."""
    return import_templates(resource_path("templates", "starting.json"))
