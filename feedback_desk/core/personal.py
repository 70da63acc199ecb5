"""Who a person is, as the desk knows them (their customer records, e-mail addresses, phone
digits and names), and their text with those details taken out: what erasing a customer
(core/erasure.py) and finding them in a backup work from. No SQL and no Qt here."""

from __future__ import annotations

import re
from dataclasses import dataclass

# What stands where a name, an e-mail address or a phone number was.
ERASED = "[erased]"
# A run of digits with the separators phone numbers are written with: (555) 010-0199,
# +82 10-1234-5678, 010.1234.5678.
_PHONE_LIKE = re.compile(r"\+?\d[\d\s().\-]{4,}\d")
_EMAIL_LIKE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_SHORTEST_NAME = 2  # a one-letter word ("J.") is too common to replace everywhere


@dataclass(frozen=True)
class Person:
    """One customer with those merged into them: their records and details."""

    customer_ids: tuple[int, ...]
    emails: frozenset[str] = frozenset()  # lower case
    phones: frozenset[str] = frozenset()  # digits only
    names: frozenset[str] = frozenset()  # as written, full names and the names they go by

    @property
    def id(self) -> int:
        return self.customer_ids[0]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def name_forms(name: str) -> set[str]:
    """The ways a name may appear in a text: the whole name and, for a name of several
    words, each word long enough to be a name ("Jane Doe": Jane Doe, Jane, Doe)."""
    name = " ".join(name.split())
    if not name or "@" in name:
        return set()
    forms = {name}
    words = [w.strip(".,") for w in name.split()]
    if len(words) > 1:
        forms |= {w for w in words if len(w) >= _SHORTEST_NAME}
    return forms


def scrub(text: str, person: Person) -> str:
    """``text`` with the person's e-mail addresses, phone numbers and names replaced by
    ``ERASED``; anything else stays as written."""
    if not text:
        return text

    def email(found: re.Match) -> str:
        return ERASED if found.group(0).casefold() in person.emails else found.group(0)

    def phone(found: re.Match) -> str:
        # Without a trunk 0 or a country code: 010-1234-5678 is +82 10 1234 5678.
        digits = _digits(found.group(0)).lstrip("0")
        mine = any(
            digits.endswith(p.lstrip("0")) or p.lstrip("0").endswith(digits) for p in person.phones
        )
        return ERASED if mine and len(digits) >= 6 else found.group(0)

    text = _EMAIL_LIKE.sub(email, text)
    if person.phones:
        text = _PHONE_LIKE.sub(phone, text)
    # Longest first, so "Jane Doe" goes whole before "Jane" is looked for.
    for name in sorted(person.names, key=len, reverse=True):
        # Latin names as whole words (Jane, not inside Janet); Korean and other names that
        # take particles (민지님, 민지씨) wherever they appear.
        whole = name.isascii()
        pattern = (r"(?<!\w)" if whole else "") + re.escape(name) + (r"(?!\w)" if whole else "")
        text = re.sub(pattern, ERASED, text, flags=re.IGNORECASE)
    return text
