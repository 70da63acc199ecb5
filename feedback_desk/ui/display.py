"""How values read on screen: channel names, scores, dates (colours: colours.py)."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject, QTime

from ..core.records import CHANNELS


def tr(text: str) -> str:
    return QCoreApplication.translate("display", text)


def channel_name(channel: str) -> str:
    names = {
        "google": QCoreApplication.translate("display", "Google"),
        "yelp": QCoreApplication.translate("display", "Yelp"),
        "naver": QCoreApplication.translate("display", "Naver"),
        "kakao": QCoreApplication.translate("display", "Kakao Map"),
        "baemin": QCoreApplication.translate("display", "Baemin"),
        "coupang_eats": QCoreApplication.translate("display", "Coupang Eats"),
        "yogiyo": QCoreApplication.translate("display", "Yogiyo"),
        "daangn": QCoreApplication.translate("display", "Daangn"),
        "instagram": QCoreApplication.translate("display", "Instagram"),
        "facebook": QCoreApplication.translate("display", "Facebook"),
        "survey": QCoreApplication.translate("display", "Survey"),
        "email": QCoreApplication.translate("display", "Email"),
        "phone": QCoreApplication.translate("display", "Phone"),
        "in_person": QCoreApplication.translate("display", "In person"),
        "website": QCoreApplication.translate("display", "Website"),
        "other": QCoreApplication.translate("display", "Other"),
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
        "positive": QCoreApplication.translate("display", "Positive"),
        "neutral": QCoreApplication.translate("display", "Neutral"),
        "negative": QCoreApplication.translate("display", "Negative"),
        "unscored": QCoreApplication.translate("display", "Not scored"),
    }.get(label, label)


def status_name(status: str) -> str:
    return {
        "new": QCoreApplication.translate("display", "New"),
        "needs_reply": QCoreApplication.translate("display", "Needs reply"),
        "replied": QCoreApplication.translate("display", "Replied"),
        "follow_up": QCoreApplication.translate("display", "Follow-up"),
        "resolved": QCoreApplication.translate("display", "Resolved"),
        "ignored": QCoreApplication.translate("display", "Ignored"),
    }.get(status, status)


def score_text(rating: int | None, nps_score: int | None) -> str:
    """Stars as stars, a 0-10 answer as 'NPS 9'."""
    if nps_score is not None:
        return QCoreApplication.translate("display", "NPS {0}").format(nps_score)
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


def count(text: str, **values) -> str:
    """A sentence with a count, from ``self.tr("%Ln items", "", n)``: Qt picks the plural form
    of the language (the English ones are in feedback_desk_en.ts) and writes the number the
    locale's way; ``values`` fill its other {names}."""
    return text.format(**values) if values else text


class Counted(QObject):
    """Counted sentences of modules with no object of their own to translate them:
    ``Counted.tr("%Ln rows cannot be read.", "", n)`` gets the language's plural forms (lupdate
    marks a count only in tr() calls, and finds the context only in a class named here)."""


class Words(QObject):
    """Counted words used by pages with no object of their own to translate them."""

    def answers(self, n: int) -> str:
        return self.tr("%Ln answers", "", n)

    def ratings(self, n: int) -> str:
        return self.tr("%Ln ratings", "", n)

    def from_ratings(self, n: int) -> str:
        return self.tr("from %Ln ratings", "", n)

    def not_scored(self, n: int) -> str:
        return self.tr("%Ln not scored", "", n)

    def uses(self, n: int) -> str:
        return self.tr("used %Ln times", "", n)


@cache
def words() -> Words:
    return Words()


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
        return (
            QCoreApplication.translate("display", "under 1 min")
            if minutes < 1
            else QCoreApplication.translate("display", "{0} min").format(minutes)
        )
    if hours < 48:
        return QCoreApplication.translate("display", "{0} hours").format(
            QLocale().toString(hours, "f", 1)
        )
    return QCoreApplication.translate("display", "{0} days").format(
        QLocale().toString(hours / 24, "f", 1)
    )


def age_short(hours: float) -> str:
    """How long something has waited, in a narrow column: '20 min', '5 h', '3 d', '6 wk'."""
    for limit, size, unit in (
        (1, 1 / 60, QCoreApplication.translate("display", "min")),
        (48, 1, QCoreApplication.translate("display", "h")),
        (24 * 21, 24, QCoreApplication.translate("display", "d")),
        (24 * 120, 24 * 7, QCoreApplication.translate("display", "wk")),
        (24 * 730, 24 * 30.4, QCoreApplication.translate("display", "mo")),
    ):
        if hours < limit:
            return _number_unit(int(hours / size), unit)
    return _number_unit(int(hours / (24 * 365)), QCoreApplication.translate("display", "yr"))


def _number_unit(n: int, unit: str) -> str:
    """'5 h' ('5시간'): a number and its short unit, spaced as the language spaces them."""
    return QCoreApplication.translate("display", "{0} {1}").format(n, unit)


def action_name(action: str) -> str:
    """A follow-up's action in words."""
    return {
        "call": QCoreApplication.translate("display", "Call"),
        "email": QCoreApplication.translate("display", "Email"),
        "visit": QCoreApplication.translate("display", "Visit"),
        "offer": QCoreApplication.translate("display", "Offer or discount"),
        "review_request": QCoreApplication.translate("display", "Ask for a review"),
    }.get(action, action.replace("_", " ").capitalize())


def how_name(how: str) -> str:
    """How a reply was sent, in a word or two."""
    return {
        "public": QCoreApplication.translate("display", "public"),
        "email": QCoreApplication.translate("display", "email"),
        "phone": QCoreApplication.translate("display", "phone"),
        "in_person": QCoreApplication.translate("display", "in person"),
        "imported": QCoreApplication.translate("display", "imported"),
    }.get(how, how.replace("_", " "))


def outcome_name(outcome: str) -> str:
    """What came of a follow-up, in words."""
    return {
        "resolved": QCoreApplication.translate("display", "Resolved"),
        "came_back": QCoreApplication.translate("display", "Came back"),
        "review_updated": QCoreApplication.translate("display", "Review updated"),
        "offer_accepted": QCoreApplication.translate("display", "Offer accepted"),
        "no_answer": QCoreApplication.translate("display", "No answer"),
        "other": QCoreApplication.translate("display", "Other"),
    }.get(outcome, outcome.replace("_", " ").capitalize())


def shaped(day: date, shape: str) -> str:
    """A day in a date shape marked with QT_TRANSLATE_NOOP("display", ...): the translation
    may reorder it (Korean: "M월 d일 (ddd)"), the names of months and days are the locale's."""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr(shape))


def day_month(day: date, year: bool = True) -> str:
    """'5 Nov 2026' / '2026년 11월 5일'; without the year: '5 Nov' / '11월 5일'."""
    if year:
        return shaped(day, QT_TRANSLATE_NOOP("display", "d MMM yyyy"))
    return shaped(day, QT_TRANSLATE_NOOP("display", "d MMM"))


def long_day(day: date) -> str:
    """'5 November 2026' / '2026년 11월 5일'."""
    return shaped(day, QT_TRANSLATE_NOOP("display", "d MMMM yyyy"))


def date_words(day: date, today: date) -> str:
    """A day in a reply: '3 October' ('10월 3일'), with the year when not this year's."""
    if day.year == today.year:
        return shaped(day, QT_TRANSLATE_NOOP("display", "d MMMM"))
    return long_day(day)


def month_year(day: date) -> str:
    """'November 2026' / '2026년 11월'."""
    return shaped(day, QT_TRANSLATE_NOOP("display", "MMMM yyyy"))


def clock(moment: datetime) -> str:
    """'3:20 PM' / '오후 3:20': the locale's short time."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime) -> str:
    """'5 Nov 2026 at 3:20 PM' / '2026년 11월 5일 오후 3:20'."""
    return QCoreApplication.translate("display", "{0} at {1}").format(
        day_month(moment.date()), clock(moment)
    )


def day_text(iso: str, today: date | None = None) -> str:
    """A due day as the owner reads it, counted from ``today`` (default: the clock's):
    'Today', 'Tomorrow', 'Yesterday' or 'Mon 30 Nov' (with the year when not this year's;
    Korean: '11월 30일 (월)')."""
    today = today or date.today()
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    named = {
        0: QCoreApplication.translate("display", "Today"),
        1: QCoreApplication.translate("display", "Tomorrow"),
        -1: QCoreApplication.translate("display", "Yesterday"),
    }
    if (day - today).days in named:
        return named[(day - today).days]
    if day.year == today.year:
        return shaped(day, QT_TRANSLATE_NOOP("display", "ddd d MMM"))
    return shaped(day, QT_TRANSLATE_NOOP("display", "ddd d MMM yyyy"))


def weekday_name(index: int) -> str:
    """Monday is 0, as in core.followups: the locale's short name ('Mon', '월')."""
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)
