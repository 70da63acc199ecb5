"""The report's charts: NPS over the last 12 months, how customers felt, top problems."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QPainterPath,
)

from ...core.dashboard import whole_percents
from ...core.report import MonthReport
from .. import display
from ..display import number, percent, signed
from .blocks import (
    _month_name,
    _section_title,
)
from .canvas import (
    ACCENT,
    BAD_TEXT,
    BAND,
    COLUMN_GAP_MM,
    GOOD_TEXT,
    INK,
    MUTED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    PROBLEM,
    PROBLEMS_SHOWN,
    RULE,
    _Canvas,
)


def _charts(c: _Canvas, top: float, report: MonthReport) -> float:
    """The NPS trend at the left; how customers felt and the top problems at the right."""
    gap = COLUMN_GAP_MM * c.mm
    column = (c.width - gap) / 2
    right_x = column + gap
    felt = _feelings(c, right_x, top, column, report)
    problems = _problems(c, right_x, top + felt + 4.5 * c.mm, column, report)
    height = max(felt + 4.5 * c.mm + problems, 56 * c.mm)
    _nps_chart(c, 0, top, column, height, report)
    return height


def _nps_chart(
    c: _Canvas, x: float, top: float, width: float, height: float, report: MonthReport
) -> None:
    """NPS month by month: a line through round points over a band of its margin, broken
    where a month had no 0-10 answers, with a zero line and the value at each point."""
    title_height = _section_title(
        c, x, top, width, QCoreApplication.translate("report", "NPS, last 12 months")
    )
    small, small_bold = c.face(8), c.face(8, bold=True)
    points = [
        (first, result.score, result.margin95 or 0.0)
        if result is not None and result.score is not None
        else (first, None, None)
        for first, result in report.trend
    ]
    valid = [(s, m) for _, s, m in points if s is not None]
    gaps = len(valid) < len(points)
    note = QCoreApplication.translate("report", "Shaded: 95% margin of error")
    if gaps:
        note = QCoreApplication.translate("report", "{0} · gaps: no 0-10 answers").format(note)
    note_lines = c.lines(note, small, width)
    note_top = top + height - len(note_lines) * small.line
    for i, line in enumerate(note_lines):
        c.text(x, note_top + i * small.line, line, small, MUTED)
    if not valid:
        message = QCoreApplication.translate("report", "No 0-10 answers in these 12 months.")
        c.paragraph(x, top + title_height + 12 * c.mm, message, c.face(9.5), width, MUTED)
        return
    plot_top = top + title_height + small.line + 1.2 * c.mm
    plot_bottom = note_top - 2 * small.line - 2.4 * c.mm
    low = max(-100.0, min(0.0, *(s - m for s, m in valid)))
    high = min(100.0, max(0.0, *(s + m for s, m in valid)))
    step = next((s for s in (5, 10, 20, 25, 50) if (high - low) / s <= 5), 50)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step
    if high == low:
        high += step
    ticks = list(range(int(low), int(high) + 1, step))
    axis = max(small.width(signed(t)) for t in ticks) + 1.8 * c.mm
    plot_left = x + axis
    slot = (x + width - plot_left) / len(points)

    def at_x(i: int) -> float:
        return plot_left + slot * (i + 0.5)

    def at_y(value: float) -> float:
        value = max(low, min(high, value))
        return plot_bottom - (value - low) / (high - low) * (plot_bottom - plot_top)

    for tick in ticks:
        y = at_y(tick)
        c.rule(plot_left, y, x + width, y, RULE, 0.5)
        c.text(
            x,
            y - small.metrics.ascent() / 2 - 0.3 * c.mm,
            signed(tick),
            small,
            MUTED,
            "right",
            axis - 1.8 * c.mm,
        )
    runs: list[list[int]] = []
    for i, (_, score, _) in enumerate(points):
        if score is None:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        band = QPainterPath()
        if len(run) == 1:
            i = run[0]
            _, score, margin = points[i]
            band.addRect(
                QRectF(
                    at_x(i) - slot * 0.2,
                    at_y(score + margin),
                    slot * 0.4,
                    at_y(score - margin) - at_y(score + margin),
                )
            )
        else:
            band.moveTo(at_x(run[0]), at_y(points[run[0]][1] + points[run[0]][2]))
            for i in run[1:]:
                band.lineTo(at_x(i), at_y(points[i][1] + points[i][2]))
            for i in reversed(run):
                band.lineTo(at_x(i), at_y(points[i][1] - points[i][2]))
            band.closeSubpath()
        c.path(band, None, 0, BAND)
    c.rule(plot_left, at_y(0), x + width, at_y(0), MUTED, 0.9)
    for run in runs:
        if len(run) > 1:
            line = QPainterPath(QPointF(at_x(run[0]), at_y(points[run[0]][1])))
            for i in run[1:]:
                line.lineTo(at_x(i), at_y(points[i][1]))
            c.path(line, ACCENT, 1.8, None)
    radius = 1.0 * c.mm
    last = len(points) - 1
    for i, (_, score, _) in enumerate(points):
        if score is None:
            continue
        dot = QPainterPath()
        r = radius * (1.3 if i == last else 1.0)
        dot.addEllipse(QPointF(at_x(i), at_y(score)), r, r)
        c.path(dot, ACCENT, 1.2, ACCENT if i == last else "#ffffff")
        neighbours = [points[j][1] for j in (i - 1, i + 1) if 0 <= j <= last]
        neighbours = [n for n in neighbours if n is not None]
        above = not neighbours or score >= sum(neighbours) / len(neighbours)
        label_top = at_y(score) - r - 0.6 * c.mm - small.line
        if not above or label_top < plot_top - small.line:
            label_top = at_y(score) + r + 0.6 * c.mm
        if label_top + small.line > plot_bottom + small.line * 0.5:
            label_top = at_y(score) - r - 0.6 * c.mm - small.line
        face = small_bold if i == last else small
        c.text(at_x(i) - slot / 2, label_top, signed(score), face, INK, "center", slot)
    short = QLocale.FormatType.ShortFormat
    names = [QLocale().standaloneMonthName(first.month, short) for first, _, _ in points]
    if max(small.width(n) for n in names) > slot * 0.95:
        names = [n[:1] for n in names]
    month_top = plot_bottom + 1.2 * c.mm
    for i, name in enumerate(names):
        face = small_bold if i == last else small
        c.text(at_x(i) - slot / 2, month_top, name, face, INK, "center", slot)
    year_top = month_top + small.line
    new_year = next((i for i, (first, _, _) in enumerate(points) if first.month == 1), 0)
    year = points[new_year][0].year
    if new_year:  # the years on either side of a mark where January starts
        mark = plot_left + slot * new_year
        c.rule(mark, plot_bottom, mark, year_top + small.line, RULE, 0.6)
        c.text(mark - 1 * c.mm, year_top, str(year - 1), small, MUTED, "right", 0)
        c.text(mark + 1 * c.mm, year_top, str(year), small, MUTED)
    else:
        c.text(at_x(0) - slot / 2, year_top, str(year), small, MUTED, "center", slot)


def _feelings(c: _Canvas, x: float, top: float, width: float, report: MonthReport) -> float:
    """One 100% bar of positive, neutral and negative feedback, with counts and shares."""
    total = report.board.total
    unscored = ""
    if total.unscored:
        unscored = display.words().not_scored(total.unscored)
    y = top + _section_title(
        c, x, top, width, QCoreApplication.translate("report", "How customers felt"), unscored
    )
    parts = [
        (QCoreApplication.translate("report", "Positive"), total.positive, POSITIVE, "#ffffff"),
        (QCoreApplication.translate("report", "Neutral"), total.neutral, NEUTRAL, INK),
        (QCoreApplication.translate("report", "Negative"), total.negative, NEGATIVE, INK),
    ]
    face, bold = c.face(9.5), c.face(9.5, bold=True)
    scored = sum(n for _, n, _, _ in parts)
    if not scored:
        message = QCoreApplication.translate(
            "report", "None of this month's feedback could be read as positive or negative."
        )
        return y - top + c.paragraph(x, y, message, face, width, MUTED)
    shares = whole_percents([n for _, n, _, _ in parts])
    bar = 6.5 * c.mm
    left = x
    for (_, n, color, on_color), share in zip(parts, shares, strict=True):
        if not n:
            continue
        piece = width * n / scored
        c.box(QRectF(left, y, piece, bar), color)
        label = percent(share / 100)
        if bold.width(label) + 1.6 * c.mm <= piece:
            c.text(left, y + (bar - bold.line) / 2, label, bold, on_color, "center", piece)
        left += piece
        if left < x + width - 0.1:
            c.rule(left, y, left, y + bar, "#ffffff", 1.2)
    y += bar + 2 * c.mm
    column = width / 3
    swatch = 2.6 * c.mm
    for i, ((name, n, color, _), share) in enumerate(zip(parts, shares, strict=True)):
        cx = x + i * column
        c.box(QRectF(cx, y + (face.line - swatch) / 2, swatch, swatch), color)
        c.text(cx + swatch + 1.2 * c.mm, y, c.elide(name, face, column - swatch), face, INK)
        amount = QCoreApplication.translate("report", "{0} · {1}").format(
            number(n), percent(share / 100)
        )
        c.text(cx + swatch + 1.2 * c.mm, y + face.line, amount, bold, INK)
    return y + 2 * face.line - top


def _problems(c: _Canvas, x: float, top: float, width: float, report: MonthReport) -> float:
    """The most tagged problems, each with a bar (all in one colour) and its change."""
    board = report.board
    aside = QCoreApplication.translate("report", "vs {0}").format(_month_name(board.before_start))
    tags = board.negative_tags[:PROBLEMS_SHOWN]
    y = top + _section_title(
        c,
        x,
        top,
        width,
        QCoreApplication.translate("report", "Top problems"),
        aside if tags else "",
    )
    face, bold = c.face(9.5), c.face(9.5, bold=True)
    if not tags:
        return (
            y
            - top
            + c.paragraph(
                x,
                y,
                QCoreApplication.translate("report", "No problems tagged this month."),
                face,
                width,
                MUTED,
            )
        )

    def change_text(change: int) -> tuple[str, str]:
        if change > 0:
            return QCoreApplication.translate("report", "▲ {0}").format(number(change)), BAD_TEXT
        if change < 0:
            return QCoreApplication.translate("report", "▼ {0}").format(number(-change)), GOOD_TEXT
        return "=", MUTED

    name_width = min(max(face.width(t.name) for t in tags), width * 0.4)
    count_width = max(bold.width(number(t.count)) for t in tags)
    change_width = max(face.width(change_text(t.change)[0]) for t in tags)
    bar_left = x + name_width + 2.5 * c.mm
    bar_room = x + width - change_width - 3 * c.mm - count_width - 1.5 * c.mm - bar_left
    most = max(t.count for t in tags) or 1
    row = face.line + 1.0 * c.mm
    for i, tag in enumerate(tags):
        ry = y + i * row
        name = c.elide(tag.name, face, name_width, mode=Qt.TextElideMode.ElideMiddle)
        c.text(x, ry, name, face, INK)
        length = max(bar_room * tag.count / most, 0.8 * c.mm)
        thick = face.metrics.ascent() * 0.8
        bar = QRectF(bar_left, ry + face.metrics.ascent() - thick, length, thick)
        c.box(bar, PROBLEM, radius_mm=0.4)
        c.text(bar_left + length + 1.5 * c.mm, ry, number(tag.count), bold, INK)
        words, tint = change_text(tag.change)
        c.text(x, ry, words, face, tint, "right", width)
    return y + len(tags) * row - 1.0 * c.mm - top
