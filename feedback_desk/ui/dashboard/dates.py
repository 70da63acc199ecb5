"""The days, weeks, months and quarters under the dashboard's charts, as the owner's locale
writes them: QLocale's month names, in the order and with the words of the locale's own long
date ("Sep 2026" and "Sep 1, 2026" in the US, "1 Sept 2026" in Britain, "2026년 9월 1일").
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ...core.dashboard import Period


def _without(pattern: str, letter: str) -> str:
    """The date pattern without one field (its letters and what is glued after them: the
    comma of "d, yyyy", the 일 of "d일", the 年 of "yyyy年")."""
    return re.sub(rf"(?<![A-Za-z]){letter}+[^\sA-Za-z]*\s*", "", pattern).strip(" ,.")


def _patterns(locale: QLocale) -> tuple[str, str, str]:
    """Qt date patterns for a day with its year, a day of a week and a month of a year, made
    from the locale's own long date without its weekday, with short month names: "MMM d,
    yyyy" in the US, "d MMM yyyy" in Britain, "yyyy년 MMM d일" in Korea."""
    long = locale.dateFormat(QLocale.FormatType.LongFormat).replace("MMMM", "MMM")
    whole = _without(long, "dddd") if "dddd" in long else long
    whole = whole.rstrip(",") or "d MMM yyyy"
    return whole, _without(whole, "y"), _without(whole, "d")


def _written(value: date, which: int) -> str:
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), _patterns(locale)[which])


def day(value: date) -> str:
    """A day as the owner reads it: "1 Sep 2026"."""
    return _written(value, 0)


def period_label(period: Period, grouping: str) -> str:
    """What the axis says under a period: "Sep 2026", "31 Aug" (its Monday), "Q3 2026"."""
    first = period.start
    if grouping == "quarter":
        return QCoreApplication.translate("dashboard", "Q{0} {1}").format(
            (first.month - 1) // 3 + 1, first.year
        )
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
    if so_far:
        return QCoreApplication.translate("dashboard", "{0} (so far)").format(days)
    return QCoreApplication.translate("dashboard", "{0} (part)").format(days)
