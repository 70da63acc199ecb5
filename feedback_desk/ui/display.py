"""How values read on screen: channel names, scores, dates (colours: colours.py)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.records import CHANNELS


def tr(text: str) -> str:
    return QCoreApplication.translate("display", text)


def channel_name(channel: str) -> str:
    names = {
        "google": tr("Google"),
        "yelp": tr("Yelp"),
        "naver": tr("Naver"),
        "facebook": tr("Facebook"),
        "survey": tr("Survey"),
        "email": tr("Email"),
        "phone": tr("Phone"),
        "in_person": tr("In person"),
        "website": tr("Website"),
        "other": tr("Other"),
    }
    return names.get(channel, channel.replace("_", " ").title())


def channel_combo(first: tuple[str, object] | None = None, selected: str = ""):
    """A picker of the known channels (optionally after a ``first`` (name, value) entry)."""
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    if first:
        combo.addItem(*first)
    for key in CHANNELS:
        combo.addItem(channel_name(key), key)
    if selected:
        combo.setCurrentIndex(combo.findData(selected))
    return combo


def sentiment_name(label: str) -> str:
    return {
        "positive": tr("Positive"),
        "neutral": tr("Neutral"),
        "negative": tr("Negative"),
        "unscored": tr("Not scored"),
    }.get(label, label)


def status_name(status: str) -> str:
    return {
        "new": tr("New"),
        "needs_reply": tr("Needs reply"),
        "replied": tr("Replied"),
        "follow_up": tr("Follow-up"),
        "resolved": tr("Resolved"),
        "ignored": tr("Ignored"),
    }.get(status, status)


def score_text(rating: int | None, nps_score: int | None) -> str:
    """Stars as stars, a 0-10 answer as 'NPS 9'."""
    if nps_score is not None:
        return tr("NPS {0}").format(nps_score)
    if rating is not None:
        return "★" * rating + "☆" * (5 - rating)
    return ""


def feeling(nps_score: int | None, rating: int | None, sentiment: str) -> str:
    """How a piece of feedback felt, in the customer's own terms: 'NPS 4', '★★☆☆☆', or the
    sentiment when they gave no score."""
    return score_text(rating, nps_score) or sentiment_name(sentiment)


def date_text(iso: str, with_time: bool = False) -> str:
    """A stored ISO date as the owner's locale would write it, without seconds."""
    from PySide6.QtCore import QDateTime, QLocale, Qt

    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    qt = QDateTime.fromString(moment.isoformat(timespec="seconds"), Qt.DateFormat.ISODate)
    if with_time and (moment.hour or moment.minute):
        return QLocale().toString(qt, QLocale.FormatType.ShortFormat)
    return QLocale().toString(qt.date(), QLocale.FormatType.ShortFormat)


def number(value: float, decimals: int = 0) -> str:
    """A number written the locale's way (1,234 or 1.234), with that many decimals, rounded
    as the command line rounds it (Python's round, not Qt's)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(round(value, decimals)), "f", decimals)


def signed(value: float, decimals: int = 0) -> str:
    """+12, −3 or 0 (a value that rounds to zero has no sign)."""
    value = round(value, decimals)
    text = number(abs(value), decimals)
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else text


def percent(share: float | None) -> str:
    """A share (0.27) as the owner reads it: "27%"; "—" for none."""
    return "—" if share is None else f"{number(share * 100)}%"


def count(n: int, one: str, many: str, **values) -> str:
    """'1 review' or '3 reviews'. Both forms go through tr(), so a translation can give its
    own; ``{n}`` in them stands for the number, written the locale's way."""
    from PySide6.QtCore import QLocale

    return tr(one if n == 1 else many).format(n=QLocale().toString(n), **values)


def _has_time(iso: str | None) -> bool:
    return (iso or "")[11:19] not in ("", "00:00:00")


def hours_since(iso: str | None, until: str | None = None) -> float | None:
    """Hours from a stored time to ``until`` (a stored time) or to now. None when either is
    not a time of day: a bare day ("2026-10-03", stored by imports as midnight) cannot say how
    many hours passed, except that a day before today has waited whole days."""
    try:
        start = datetime.fromisoformat(iso or "")
        end = datetime.fromisoformat(until) if until is not None else datetime.now()
    except ValueError:
        return None
    start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)  # the shop's own clock
    if not _has_time(iso) or (until is not None and not _has_time(until)):
        if until is not None:
            return None
        days = (end.date() - start.date()).days
        return days * 24.0 if days >= 1 else None
    return max((end - start).total_seconds() / 3600, 0.0)


def duration(hours: float | None) -> str:
    """A response time in the unit a person would pick: '45 min', '5.2 hours', '3.1 days'
    (hours up to two days, where the 24-hour promise is judged); a dash for none."""
    if hours is None:
        return "—"
    if hours < 1:
        minutes = round(hours * 60)
        return tr("under 1 min") if minutes < 1 else tr("{0} min").format(minutes)
    if hours < 48:
        return tr("{0} hours").format(QLocale().toString(hours, "f", 1))
    return tr("{0} days").format(QLocale().toString(hours / 24, "f", 1))


def age_short(hours: float) -> str:
    """How long something has waited, in a narrow column: '20 min', '5 h', '3 d', '6 wk'."""
    for limit, size, unit in (
        (1, 1 / 60, tr("min")),
        (48, 1, tr("h")),
        (24 * 21, 24, tr("d")),
        (24 * 120, 24 * 7, tr("wk")),
        (24 * 730, 24 * 30.4, tr("mo")),
    ):
        if hours < limit:
            return f"{int(hours / size)} {unit}"
    return f"{int(hours / (24 * 365))} {tr('yr')}"


def action_name(action: str) -> str:
    """A follow-up's action in words."""
    return {
        "call": tr("Call"),
        "email": tr("Email"),
        "visit": tr("Visit"),
        "offer": tr("Offer or discount"),
        "review_request": tr("Ask for a review"),
    }.get(action, action.replace("_", " ").capitalize())


def how_name(how: str) -> str:
    """How a reply was sent, in a word or two."""
    return {
        "public": tr("public"),
        "email": tr("email"),
        "phone": tr("phone"),
        "in_person": tr("in person"),
        "imported": tr("imported"),
    }.get(how, how.replace("_", " "))


def outcome_name(outcome: str) -> str:
    """What came of a follow-up, in words."""
    return {
        "resolved": tr("Resolved"),
        "came_back": tr("Came back"),
        "review_updated": tr("Review updated"),
        "offer_accepted": tr("Offer accepted"),
        "no_answer": tr("No answer"),
        "other": tr("Other"),
    }.get(outcome, outcome.replace("_", " ").capitalize())


def day_text(iso: str, today: date | None = None) -> str:
    """A due day as the owner reads it, counted from ``today`` (default: the clock's):
    'Today', 'Tomorrow', 'Yesterday' or 'Mon 30 Nov' (with the year when not this year's)."""
    from PySide6.QtCore import QDate, QLocale

    today = today or date.today()
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    named = {0: tr("Today"), 1: tr("Tomorrow"), -1: tr("Yesterday")}
    if (day - today).days in named:
        return named[(day - today).days]
    shape = "ddd d MMM" if day.year == today.year else "ddd d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), shape)
