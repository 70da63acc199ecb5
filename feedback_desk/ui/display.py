"""How values read on screen: channel names, scores, dates, sentiment colours."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ..core.records import CHANNELS

SENTIMENT_COLORS = {
    "positive": QColor("#2e7d32"),
    "neutral": QColor("#8a6d00"),
    "negative": QColor("#c62828"),
    "unscored": QColor("#6b7280"),
}


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


def count(n: int, one: str, many: str, **values) -> str:
    """'1 review' or '3 reviews'. Both forms go through tr(), so a translation can give its
    own; ``{n}`` in them stands for the number, written the locale's way."""
    from PySide6.QtCore import QLocale

    return tr(one if n == 1 else many).format(n=QLocale().toString(n), **values)
