"""The report's blocks of words: the header, the summary, an empty month, the quotes, the
open follow-ups and the footer, each drawn at a top and returning its height."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF

from ...core.report import MonthReport, Quote
from .. import display
from ..display import number
from .canvas import (
    ACCENT,
    BAD_TEXT,
    BOX,
    COLUMN_GAP_MM,
    INK,
    MUTED,
    NEGATIVE,
    POSITIVE,
    QUOTE_LINES,
    RULE,
    SUMMARY_LINES,
    _Canvas,
)
from .words import words as report_words

# ---------------------------------------------------------------- words and numbers


def _month_name(day: date) -> str:
    return QLocale().standaloneMonthName(day.month)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _made_on(report: MonthReport, short: bool = False) -> str:
    made = report.made_on or date.today()
    return display.day_month(made) if short else display.long_day(made)


def _title_parts(report: MonthReport, with_business: bool, so_far: bool = True) -> list[str]:
    """The report's name: 'Customer feedback', the month ("December 2026 (so far)" while it
    is not over, unless not ``so_far``) and the location when set."""
    business = report.business.strip() if with_business else ""
    month = report_words().month(report)
    if so_far and report.so_far:
        month = QCoreApplication.translate("report", "{0} (so far)").format(month)
    return [
        p
        for p in (
            business,
            QCoreApplication.translate("report", "Customer feedback"),
            month,
            report.location,
        )
        if p
    ]


# ---------------------------------------------------------------- the blocks


def _section_title(
    c: _Canvas, x: float, y: float, width: float, title: str, aside: str = ""
) -> float:
    """A section's bold title over a thin rule, with a small note at its right."""
    face, small = c.face(11, bold=True), c.face(9)
    room = width
    if aside:
        aside_width = min(small.width(aside), width * 0.45)
        baseline = y + face.metrics.ascent() - small.metrics.ascent()
        c.text(x, baseline, c.elide(aside, small, aside_width), small, MUTED, "right", width)
        room -= aside_width + 2 * c.mm
    c.text(x, y, c.elide(title, face, room), face, INK)
    rule_y = y + face.line + 0.8 * c.mm
    c.rule(x, rule_y, x + width, rule_y, RULE, 0.6)
    return rule_y - y + 2.2 * c.mm


def _header(c: _Canvas, top: float, report: MonthReport) -> float:
    name = report.business.strip() or QCoreApplication.translate("report", "Customer feedback")
    parts = _title_parts(report, with_business=False)
    if not report.business.strip():
        parts = parts[1:]  # the name already says "Customer feedback"
    y = top + c.paragraph(0, top, name, c.face(22, bold=True), c.width, INK, max_lines=2)
    y += 0.6 * c.mm
    y += c.paragraph(0, y, " · ".join(parts), c.face(12), c.width, MUTED, max_lines=2)
    y += 2.2 * c.mm
    c.box(QRectF(0, y, c.width, 0.9 * c.mm), ACCENT)
    return y + 0.9 * c.mm - top


def _continued(c: _Canvas, top: float, report: MonthReport) -> float:
    """The small heading of page 2 (page 1 has said whether the month is over)."""
    face = c.face(9)
    words = " · ".join(_title_parts(report, with_business=True, so_far=False))
    c.text(
        0,
        top,
        c.elide(
            QCoreApplication.translate("report", "{0} (continued)").format(words), face, c.width
        ),
        face,
        MUTED,
    )
    y = top + face.line + 1.2 * c.mm
    c.box(QRectF(0, y, c.width, 0.5 * c.mm), ACCENT)
    return y + 0.5 * c.mm - top


def _summary(c: _Canvas, top: float, report: MonthReport) -> float:
    sentence = report_words().summary(report.summary)
    return c.paragraph(0, top, sentence, c.face(12.5), c.width, INK, SUMMARY_LINES)


def _nothing(c: _Canvas, top: float, report: MonthReport) -> float:
    """What an empty month says instead of figures."""
    pad = 8 * c.mm
    big, small = c.face(15, bold=True), c.face(11)
    inner = c.width - 2 * pad
    message = report_words().summary(report.summary)
    advice = QCoreApplication.translate(
        "report", "Import or paste feedback in Feedback Desk, then make the report again."
    )
    height = len(c.lines(message, big, inner)) * big.line + 2 * c.mm
    height += len(c.lines(advice, small, inner)) * small.line
    top += 6 * c.mm
    c.box(QRectF(0, top, c.width, height + 2 * pad), BOX, RULE, 2)
    y = top + pad + c.paragraph(pad, top + pad, message, big, inner, INK) + 2 * c.mm
    c.paragraph(pad, y, advice, small, inner, MUTED)
    return 6 * c.mm + height + 2 * pad


def _quotes(c: _Canvas, top: float, report: MonthReport) -> float:
    """What customers loved and what to fix, side by side."""
    gap = COLUMN_GAP_MM * c.mm
    column = (c.width - gap) / 2
    loved = _quote_column(
        c,
        0,
        top,
        column,
        QCoreApplication.translate("report", "What customers loved"),
        report.loved,
        POSITIVE,
        QCoreApplication.translate("report", "No praise to quote this month."),
    )
    to_fix = _quote_column(
        c,
        column + gap,
        top,
        column,
        QCoreApplication.translate("report", "What to fix"),
        report.to_fix,
        NEGATIVE,
        QCoreApplication.translate("report", "No complaints to quote this month."),
    )
    return max(loved, to_fix)


def _quote_column(
    c: _Canvas,
    x: float,
    top: float,
    width: float,
    title: str,
    quotes: list[Quote],
    color: str,
    empty: str,
) -> float:
    """Up to three quotes in italics, each with who said it and a bar in ``color``."""
    y = top + _section_title(c, x, top, width, title)
    words, who = c.face(10.5, italic=True), c.face(9)
    if not quotes:
        return y - top + c.paragraph(x, y, empty, c.face(9.5), width, MUTED)
    indent = 3.2 * c.mm
    close = QCoreApplication.translate("report", "”")
    for i, quote in enumerate(quotes):
        if i:
            y += 3.2 * c.mm
        text = QCoreApplication.translate("report", "“") + " ".join(quote.text.split()) + close
        height = c.paragraph(x + indent, y, text, words, width - indent, INK, QUOTE_LINES, close)
        name = c.elide(
            QCoreApplication.translate("report", "— {0}").format(report_words().who(quote)),
            who,
            width - indent,
        )
        c.text(x + indent, y + height + 0.4 * c.mm, name, who, MUTED)
        height += 0.4 * c.mm + who.line
        c.box(QRectF(x, y + 0.4 * c.mm, 0.8 * c.mm, height - 0.8 * c.mm), color)
        y += height
    return y - top


def _followups(c: _Canvas, top: float, report: MonthReport, limit: int) -> float:
    """The open follow-ups: due day, customer, what to do and who, overdue ones in red."""
    width = c.width
    aside = ""
    if report.followups_open:
        aside = QCoreApplication.translate("report", "{0} open · {1} overdue").format(
            number(report.followups_open), number(report.followups_overdue)
        )
    title = QCoreApplication.translate("report", "Follow-ups open on {0}").format(
        _made_on(report, short=True)
    )
    y = top + _section_title(c, 0, top, width, title, aside)
    face, bold, head = c.face(9.5), c.face(9.5, bold=True), c.face(8.5, bold=True)
    shown = report.open_followups[:limit]
    if not report.followups_open and not shown:
        return (
            y
            - top
            + c.paragraph(
                0,
                y,
                QCoreApplication.translate("report", "Every follow-up is done."),
                face,
                width,
                MUTED,
            )
        )
    today = (report.made_on or date.today()).isoformat()
    rows = []
    for item in shown:
        late = item.overdue(today)
        try:
            due = date.fromisoformat(item.due[:10])
            day = display.day_month(due, year=due.year != report.first.year)
        except ValueError:
            day = item.due
        if late:
            day = QCoreApplication.translate("report", "{0}, overdue").format(day)
        what = display.action_name(item.action)
        note = " ".join(item.note.split())
        rows.append(
            (
                day,
                item.customer.strip() or "—",
                f"{what}: {note}" if note else what,
                item.assignee.strip() or "—",
                late,
            )
        )
    headers = (
        QCoreApplication.translate("report", "Due"),
        QCoreApplication.translate("report", "Customer"),
        QCoreApplication.translate("report", "What to do"),
        QCoreApplication.translate("report", "Who"),
    )
    space = 3 * c.mm
    due_width = max([head.width(headers[0])] + [bold.width(r[0]) for r in rows]) + space
    customer_width = min(
        max([head.width(headers[1])] + [face.width(r[1]) for r in rows]), width * 0.22
    )
    who_width = min(max([head.width(headers[3])] + [face.width(r[3]) for r in rows]), width * 0.16)
    lefts = (0, due_width, due_width + customer_width + space, width - who_width)
    widths = (due_width - space, customer_width, lefts[3] - lefts[2] - space, who_width)
    if shown:
        for left, column, words in zip(lefts, widths, headers, strict=True):
            c.text(left, y, c.elide(words, head, column), head, MUTED)
        y += head.line + 0.8 * c.mm
        c.rule(0, y, width, y, MUTED, 0.5)
        for day, customer, what, who, late in rows:
            y += 0.8 * c.mm
            values = (day, customer, what, who)
            height = face.line
            for n, (left, column, words) in enumerate(zip(lefts, widths, values, strict=True)):
                font = bold if late and n == 0 else face
                color = BAD_TEXT if late and n == 0 else INK
                if n == 2:  # what to do may take two lines
                    height = max(height, c.paragraph(left, y, words, font, column, color, 2))
                else:
                    c.text(left, y, c.elide(words, font, column), font, color)
            y += height + 0.8 * c.mm
            c.rule(0, y, width, y, RULE, 0.4)
    more = report.followups_open - len(shown)
    if more > 0:
        y += 1.2 * c.mm
        y += c.paragraph(
            0,
            y,
            QCoreApplication.translate("report", "and {0} more").format(number(more)),
            face,
            width,
            MUTED,
        )
    return y - top


def _footer(c: _Canvas, report: MonthReport, page: int, pages: int) -> float:
    """The note at the foot of every page, with the page number when there are two or more;
    returns its height."""
    face = c.face(8.5)
    words = QCoreApplication.translate(
        "report",
        "Made with Feedback Desk on {0}. NPS counts only answers from 0 to 10; ± is the 95% "
        "margin of error.",
    ).format(_made_on(report))
    number = (
        QCoreApplication.translate("report", "Page {0} of {1}").format(page, pages)
        if pages > 1
        else ""
    )
    room = c.width - (face.width(number) + 5 * c.mm if number else 0)
    found = c.lines(words, face, room)
    height = 1.8 * c.mm + len(found) * face.line
    top = c.height - height
    c.rule(0, top, c.width, top, RULE, 0.6)
    for i, line in enumerate(found):
        c.text(0, top + 1.8 * c.mm + i * face.line, line, face, MUTED)
    if number:
        c.text(0, top + 1.8 * c.mm, number, face, MUTED, "right", c.width)
    return height
