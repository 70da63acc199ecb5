"""The row of figures at the top of the report: NPS, feedback, stars, answered, first
response and follow-ups, each with what it is compared with."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QRectF

from ...core.report import MonthReport
from .. import display
from ..display import number, percent, signed
from .blocks import (
    _month_name,
)
from .canvas import (
    BAD_TEXT,
    BOX,
    GOOD_TEXT,
    INK,
    MUTED,
    RULE,
    _Canvas,
    _Face,
)


@dataclass(frozen=True)
class _Figure:
    label: str
    value: str
    details: tuple[tuple[str, str, bool], ...]  # text, colour, bold


def _figure_list(report: MonthReport) -> list[_Figure]:
    board = report.board
    total, before = board.total, board.before
    last_month = _month_name(board.before_start)
    nps = total.nps
    if nps.score is None:
        nps_figure = _Figure(
            QCoreApplication.translate("report", "NPS"),
            "—",
            ((QCoreApplication.translate("report", "no 0-10 answers"), MUTED, False),),
        )
    else:
        answers = display.words().answers(nps.responses)
        change = board.nps_change
        if change is None:
            moved = (
                QCoreApplication.translate("report", "no 0-10 answers in {0}").format(last_month),
                MUTED,
                False,
            )
        elif f"{abs(change):.0f}" == "0":
            moved = (
                QCoreApplication.translate("report", "same as {0}").format(last_month),
                MUTED,
                False,
            )
        elif change > 0:
            moved = (
                QCoreApplication.translate("report", "▲ {0} on {1}").format(
                    f"{change:.0f}", last_month
                ),
                GOOD_TEXT,
                True,
            )
        else:
            moved = (
                QCoreApplication.translate("report", "▼ {0} on {1}").format(
                    f"{-change:.0f}", last_month
                ),
                BAD_TEXT,
                True,
            )
        margin = QCoreApplication.translate("report", "± {0}").format(f"{nps.margin95 or 0:.0f}")
        nps_figure = _Figure(
            QCoreApplication.translate("report", "NPS"),
            signed(nps.score),
            ((f"{margin} · {answers}", MUTED, False), moved),
        )
    feedback = _Figure(
        QCoreApplication.translate("report", "Feedback"),
        number(total.feedback),
        (
            (
                QCoreApplication.translate("report", "{0} in {1}").format(
                    number(before.feedback), last_month
                ),
                MUTED,
                False,
            ),
        ),
    )
    average = total.average_stars
    if average is None:
        stars = _Figure(
            QCoreApplication.translate("report", "Average stars"),
            "—",
            ((QCoreApplication.translate("report", "no star ratings"), MUTED, False),),
        )
    else:
        stars = _Figure(
            QCoreApplication.translate("report", "Average stars"),
            QCoreApplication.translate("report", "{0} ★").format(
                QLocale().toString(average, "f", 2)
            ),
            (
                (
                    display.words().from_ratings(total.rated),
                    MUTED,
                    False,
                ),
            ),
        )
    rate = total.response_rate
    answered = _Figure(
        QCoreApplication.translate("report", "Answered"),
        percent(rate) if rate is not None else "—",
        (
            (
                QCoreApplication.translate("report", "{0} of {1} replied").format(
                    number(total.replied), number(total.feedback)
                ),
                MUTED,
                False,
            ),
        ),
    )
    times = board.response
    if times.median_hours is None:
        first = _Figure(
            QCoreApplication.translate("report", "First response"),
            "—",
            ((QCoreApplication.translate("report", "no timed replies"), MUTED, False),),
        )
    else:
        within = times.share_within_24h or 0.0
        first = _Figure(
            QCoreApplication.translate("report", "First response"),
            display.duration(times.median_hours),
            (
                (QCoreApplication.translate("report", "median time to a reply"), MUTED, False),
                (
                    QCoreApplication.translate("report", "{0} within 24 hours").format(
                        percent(within)
                    ),
                    MUTED,
                    False,
                ),
            ),
        )
    overdue = (
        (
            QCoreApplication.translate("report", "{0} overdue").format(
                number(report.followups_overdue)
            ),
            BAD_TEXT,
            True,
        )
        if report.followups_overdue
        else (QCoreApplication.translate("report", "none overdue"), MUTED, False)
    )
    followups = _Figure(
        QCoreApplication.translate("report", "Follow-ups done"),
        number(report.followups_done),
        (
            (
                QCoreApplication.translate("report", "{0} still open").format(
                    number(report.followups_open)
                ),
                MUTED,
                False,
            ),
            overdue,
        ),
    )
    return [nps_figure, feedback, stars, answered, first, followups]


def _figures(c: _Canvas, top: float, report: MonthReport) -> float:
    """Six figure boxes, three to a row."""
    figures = _figure_list(report)
    columns = 3
    gap, pad = 3 * c.mm, 2.6 * c.mm
    box_width = (c.width - gap * (columns - 1)) / columns
    inner = box_width - 2 * pad
    label_face, detail, detail_bold = c.face(9.5, bold=True), c.face(9.5), c.face(9.5, bold=True)

    def value_face(text: str) -> _Face:
        for size in (21, 19, 17, 15):
            face = c.face(size, bold=True)
            if face.width(text) <= inner:
                return face
        return c.face(15, bold=True)

    value_line = c.face(21, bold=True).line

    def wrapped(figure: _Figure) -> list[tuple[str, str, _Face]]:
        found = []
        for text, color, bold in figure.details:
            face = detail_bold if bold else detail
            found += [(line, color, face) for line in c.lines(text, face, inner, 2)]
        return found

    lines = [wrapped(f) for f in figures]
    most = max(len(found) for found in lines)
    height = 2 * pad + label_face.line + 0.4 * c.mm + value_line + most * detail.line
    rows = math.ceil(len(figures) / columns)
    for i, figure in enumerate(figures):
        x = (i % columns) * (box_width + gap)
        y = top + (i // columns) * (height + gap)
        c.box(QRectF(x, y, box_width, height), BOX, RULE, 1.6)
        c.text(x + pad, y + pad, c.elide(figure.label, label_face, inner), label_face, MUTED)
        y += pad + label_face.line + 0.4 * c.mm
        face = value_face(figure.value)
        c.text(
            x + pad,
            y + value_line - face.line,
            c.elide(figure.value, face, inner),
            face,
            INK,
        )
        y += value_line
        for line, color, face in lines[i]:
            c.text(x + pad, y, line, face, color)
            y += detail.line
    return rows * height + (rows - 1) * gap
