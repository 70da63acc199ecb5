"""The days, weeks, months and quarters under the dashboard's charts, as the owner's locale
writes them: month names from QLocale, and day, month and year in the locale's own order
("Sep 2026" in English, "2026 9월" in Korean, "1 Sep 2026", "Sep 1, 2026" or "2026 9월 1").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ...core.dashboard import Period


def tr(text: str) -> str:
    return QCoreApplication.translate("dashboard", text)


def _order(locale: QLocale) -> str:
    """ "ymd", "dmy" or "mdy": the order of the locale's short date (ko: yy. M. d.)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    found = {part: pattern.find(part) for part in "ydM"}
    if min(found.values()) < 0:
        return "dmy"
    return "".join(sorted("ydM", key=found.get)).replace("M", "m")


# Qt date patterns for each order: a day with its year, a day of a week, a month of a year.
_PATTERNS = {
    "ymd": ("yyyy MMM d", "MMM d", "yyyy MMM"),
    "mdy": ("MMM d, yyyy", "MMM d", "MMM yyyy"),
    "dmy": ("d MMM yyyy", "d MMM", "MMM yyyy"),
}


def _written(value: date, which: int) -> str:
    locale = QLocale()
    pattern = _PATTERNS.get(_order(locale), _PATTERNS["dmy"])[which]
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def day(value: date) -> str:
    """A day as the owner reads it: "1 Sep 2026"."""
    return _written(value, 0)


def period_label(period: Period, grouping: str) -> str:
    """What the axis says under a period: "Sep 2026", "31 Aug" (its Monday), "Q3 2026"."""
    first = period.start
    if grouping == "quarter":
        return tr("Q{0} {1}").format((first.month - 1) // 3 + 1, first.year)
    return _written(first, 2 if grouping == "month" else 1)


def period_words(period: Period, so_far: bool = False) -> str:
    """The days of a period, for a tooltip or a status line: "1 Sep 2026 – 30 Sep 2026",
    with "(so far)" when it is still going on, "(part)" when the range cuts it."""
    if period.start == period.end:
        days = day(period.start)
    else:
        days = f"{day(period.start)} – {day(period.end)}"
    if period.whole:
        return days
    return f"{days} {tr('(so far)') if so_far else tr('(part)')}"
