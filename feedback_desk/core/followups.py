"""Follow-ups: what to do next for a customer, and by when.

Good practice (PRODUCT.md): a detractor or a complaint is called back the next business day;
a passive is asked soon after what would have made it better; a promoter is thanked and asked
for a review a couple of days later. ``suggest`` turns that into an action and a due date from
the owner's rules; ``calendar`` writes open follow-ups as an iCalendar file.

Pure Python, no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .nps import kind_from
from .records import Feedback, FollowUp

ACTIONS = ("call", "email", "visit", "offer", "review_request")
OUTCOMES = ("resolved", "came_back", "review_updated", "offer_accepted", "no_answer", "other")
# Monday is 0, as date.weekday() counts.
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class FollowUpRules:
    """The owner's rules (Settings): how soon each kind of customer is followed up, on which
    days the business works, and after how many days without an answer a customer is at
    risk."""

    unhappy_business_days: int = 1
    passive_days: int = 3
    promoter_days: int = 2
    open_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    at_risk_after_days: int = 2


@dataclass(frozen=True)
class Suggestion:
    """What a follow-up of one item should be: ``action`` by ``due``, and why."""

    action: str
    due: date
    kind: str  # 'unhappy', 'passive' or 'happy'


def open_day_on_or_after(day: date, open_days: Iterable[int]) -> date:
    """``day``, or the first day after it the business is open."""
    days = set(open_days) or set(range(7))  # a business open on no day is open every day
    while day.weekday() not in days:
        day += timedelta(days=1)
    return day


def add_business_days(day: date, count: int, open_days: Iterable[int]) -> date:
    """The ``count``-th open day after ``day`` (Friday + 1 business day is Monday); with 0,
    ``day`` itself or the next open day."""
    days = tuple(open_days)
    if count <= 0:
        return open_day_on_or_after(day, days)
    for _ in range(count):
        day = open_day_on_or_after(day + timedelta(days=1), days)
    return day


def kind_of(item: Feedback) -> str:
    return kind_from(item.nps_score, item.rating, item.sentiment)


def suggest(item: Feedback, rules: FollowUpRules, today: date) -> Suggestion:
    """The follow-up good practice asks for ``item``, due by the owner's rules."""
    kind = kind_of(item)
    if kind == "unhappy":
        action = "call" if item.phone or not item.email else "email"
        due = add_business_days(today, rules.unhappy_business_days, rules.open_days)
    elif kind == "passive":
        action = "email" if item.email or not item.phone else "call"
        due = open_day_on_or_after(today + timedelta(days=rules.passive_days), rules.open_days)
    else:
        action = "review_request"
        due = open_day_on_or_after(today + timedelta(days=rules.promoter_days), rules.open_days)
    return Suggestion(action, due, kind)


# --- calendar --------------------------------------------------------------------------------

ACTION_WORDS = {
    "call": "Call",
    "email": "Email",
    "visit": "Visit",
    "offer": "Make an offer to",
    "review_request": "Ask for a review from",
}


def _escape(text: str) -> str:
    """A TEXT value of RFC 5545: backslash, semicolon, comma and line breaks escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continued with a space (RFC 5545, 3.1), never splitting a
    character."""
    parts, current = [], ""
    for ch in line:
        limit = 75 if not parts else 74
        if len((current + ch).encode("utf-8")) > limit:
            parts.append(current)
            current = ""
        current += ch
    parts.append(current)
    return [parts[0], *(" " + p for p in parts[1:])]


def summary_of(followup: FollowUp) -> str:
    """ "Call Jane Doe": what the calendar entry says."""
    who = followup.customer or "the customer"
    return f"{ACTION_WORDS.get(followup.action, followup.action.title())} {who}"


def calendar(followups: Iterable[FollowUp], business: str, now: datetime) -> str:
    """An iCalendar file of all-day entries, one per follow-up, on its due day. The UID of a
    follow-up stays the same, so importing the file again updates entries instead of
    doubling them."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")  # UTC, as RFC 5545 asks
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Feedback Desk//Follow-ups//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(f'{business} follow-ups' if business else 'Follow-ups')}",
    ]
    for followup in followups:
        due = date.fromisoformat(followup.due[:10])
        details = [followup.note, followup.feedback_text]
        details += [f"Assigned to {followup.assignee}"] if followup.assignee else []
        lines += [
            "BEGIN:VEVENT",
            f"UID:followup-{followup.id}@feedback-desk",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{due + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(summary_of(followup))}",
            f"DESCRIPTION:{_escape(chr(10).join(d for d in details if d))}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
