"""Painting the monthly report on a PDF writer or a printer, one or two pages.

Everything is drawn with QPainter in units of 1/1200 inch, measured from the device's page
layout and scaled to its resolution, so a print preview or a printer given
``page_layout(size)`` and a 300 dpi PDF break their lines alike and get the same pages.
Charts are paths, rectangles and text (vector in a PDF), in colours that stay apart when
printed in grey. Text from feedback is always drawn as a plain string, never as HTML, and
fonts fall back to ones that can write Korean or Japanese.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from ... import APP_NAME
from ...core.dashboard import whole_percents
from ...core.report import MonthReport, Quote
from .. import display
from ..display import number, percent, signed
from .words import words as report_words

INK = "#1f2933"
MUTED = "#5b6675"
RULE = "#d9dee5"
BOX = "#f4f6f9"
ACCENT = "#1f6f8b"
BAND = "#d3e5ec"
# Positive, neutral and negative differ in lightness (dark, light, middle), so a greyscale
# print still tells them apart; the problem bars share one muted red, as a tag's own colour
# (a green one, say) could be read as a feeling.
POSITIVE = "#1f7a4d"
NEUTRAL = "#cbd2db"
NEGATIVE = "#e06666"
PROBLEM = "#b36b6b"
GOOD_TEXT = "#1f7a4d"
BAD_TEXT = "#b42323"
FALLBACK_FAMILIES = (
    "Noto Sans",
    "Noto Sans CJK KR",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Malgun Gothic",
    "Yu Gothic",
    "PingFang SC",
    "Apple SD Gothic Neo",
    "Hiragino Sans",
    "Microsoft YaHei",
)
# Territories whose paper is US Letter (CLDR); everyone else prints on A4.
LETTER_TERRITORIES = (
    "UnitedStates",
    "Canada",
    "Mexico",
    "Philippines",
    "Chile",
    "Colombia",
    "Venezuela",
    "CostaRica",
    "Guatemala",
    "Nicaragua",
    "Panama",
    "PuertoRico",
    "ElSalvador",
    "Belize",
)
PDF_DPI = 300
LAYOUT_DPI = 1200  # the units the report is laid out in, on every device
MARGIN_MM = 15
SECTION_GAP_MM = 5.0
COLUMN_GAP_MM = 8.0
QUOTE_LINES = 4
SUMMARY_LINES = 6
PROBLEMS_SHOWN = 5
FIRST_PAGE_FOLLOWUPS = 8  # on page 1 at most; page 2 lists as many as it holds


def tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


def default_page_size(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """US Letter where people print on it (the US, Canada, Mexico, the Philippines and a few
    more of the Americas), A4 everywhere else."""
    territory = (locale or QLocale()).territory()
    letter = {getattr(QLocale.Country, name, None) for name in LETTER_TERRITORIES}
    if territory in letter:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def page_layout(page_size: QPageSize.PageSizeId) -> QPageLayout:
    """The report's page: portrait with 15 mm margins. Give it to a QPrinter
    (``setPageLayout``) before previewing or printing, so it gets the PDF's pages."""
    return QPageLayout(
        QPageSize(page_size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(report: MonthReport, path: Path, page_size: QPageSize.PageSizeId) -> int:
    """Save the report as a PDF (300 dpi, ``page_layout``); returns the pages.

    The file is written beside the target and moved over it when done, so a failure never
    leaves half a report behind. A folder or anything else that is not a plain file (a
    device, a socket) is refused before anything is written; a link to a file is replaced."""
    path = Path(path)
    if path.is_dir():
        raise OSError(
            QCoreApplication.translate(
                "report", "{0} is a folder, not a file. Choose a file name for the report."
            ).format(path)
        )
    if path.exists() and not path.is_file():
        raise OSError(
            QCoreApplication.translate(
                "report",
                "{0} is not an ordinary file (it may be a device or a socket). Choose another "
                "file name for the report.",
            ).format(path)
        )
    part = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(part))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(page_size))
    writer.setTitle(" · ".join(_title_parts(report, with_business=True)))
    writer.setCreator(APP_NAME)
    try:
        try:
            pages = paint_report(report, writer)
        finally:
            del writer  # closes the file before it is moved or removed
        os.replace(part, path)
    except BaseException:
        with suppress(OSError):
            part.unlink(missing_ok=True)
        raise
    return pages


def paint_report(report: MonthReport, printer_or_writer: QPagedPaintDevice) -> int:
    """Paint the report on a QPdfWriter or QPrinter, page by page (newPage between); returns
    the number of pages (1 or 2 on A4 or Letter; a smaller page may take a third)."""
    painter = QPainter()
    if not painter.begin(printer_or_writer):
        raise OSError(
            QCoreApplication.translate(
                "report", "The report could not be drawn: the file or printer is not available."
            )
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        canvas = _Canvas(painter, printer_or_writer)
        pages = _plan(canvas, report)
        for number, blocks in enumerate(pages, 1):
            if number > 1:
                printer_or_writer.newPage()
            for block, top in blocks:
                block(canvas, top)
            _footer(canvas, report, number, len(pages))
    finally:
        painter.end()
    return len(pages)


# ---------------------------------------------------------------- drawing on the page


@dataclass(frozen=True)
class _Face:
    """A font at its size on this page, with its measures."""

    font: QFont
    metrics: QFontMetricsF

    @property
    def line(self) -> float:
        return max(self.metrics.lineSpacing(), self.metrics.height())

    def width(self, text: str) -> float:
        return self.metrics.horizontalAdvance(text)


class _Canvas:
    """The painter and the page in units of 1/LAYOUT_DPI inch, whatever the device's own
    resolution (the painter scales them to its pixels): fonts sized in these units measure
    the same on a 300 dpi PDF, a 1200 dpi printer and a preview, so lines break in the same
    places and the pages match. ``pt`` and ``mm`` are one point and one millimetre; ``dry``
    measures without drawing."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.device = device
        resolution = getattr(device, "resolution", None)
        scale = (resolution() if resolution else device.logicalDpiY()) / LAYOUT_DPI
        painter.scale(scale, scale)
        area = device.pageLayout().paintRect(QPageLayout.Unit.Inch)
        self.width = area.width() * LAYOUT_DPI
        self.height = area.height() * LAYOUT_DPI
        default = QFontInfo(QGuiApplication.font()).family()
        self.families = [default, *(f for f in FALLBACK_FAMILIES if f != default)]
        self.dry = False
        self.pt = LAYOUT_DPI / 72
        self.mm = LAYOUT_DPI / 25.4
        self._faces: dict[tuple[float, bool, bool], _Face] = {}

    def face(self, size: float, bold: bool = False, italic: bool = False) -> _Face:
        key = (size, bold, italic)
        if key not in self._faces:
            font = QFont()
            font.setFamilies(self.families)
            font.setPixelSize(round(size * self.pt))
            font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            font.setItalic(italic)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            if hasattr(font, "setFeature"):  # no "ﬀ" ligatures: the PDF's words stay searchable
                font.setFeature(QFont.Tag("liga"), 0)
            self._faces[key] = _Face(font, QFontMetricsF(font, self.device))
        return self._faces[key]

    def measure(self, block: Callable[..., float], *args, **kwargs) -> float:
        """The height ``block(self, *args, **kwargs)`` would take, drawing nothing."""
        self.dry = True
        try:
            return block(self, *args, **kwargs)
        finally:
            self.dry = False

    def text(
        self,
        x: float,
        y: float,
        text: str,
        face: _Face,
        color: str = INK,
        align: str = "left",
        width: float = 0.0,
    ) -> float:
        """One line of plain text with its top at ``y``, aligned in ``width``; returns its
        width."""
        advance = face.width(text)
        if not self.dry and text:
            if align == "right":
                x += width - advance
            elif align == "center":
                x += (width - advance) / 2
            self.painter.setFont(face.font)
            self.painter.setPen(QColor(color))
            self.painter.drawText(QPointF(x, y + face.metrics.ascent()), text)
        return advance

    def elide(
        self,
        text: str,
        face: _Face,
        width: float,
        words: bool = False,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> str:
        """The text cut with "…" (at its end, or where ``mode`` says) to fit ``width``; with
        ``words``, at a space when one is near."""
        cut = face.metrics.elidedText(text, mode, max(width, 0.0))
        if not words or cut == text or not cut.endswith("…"):
            return cut
        kept = cut[:-1]
        space = kept.rfind(" ")
        if space > len(kept) * 0.6:
            kept = kept[:space]
        return kept.rstrip(" ,;:.-—") + "…"

    def lines(
        self, text: str, face: _Face, width: float, max_lines: int = 0, tail: str = ""
    ) -> list[str]:
        """The text (white space made single) broken into lines of ``width``; past
        ``max_lines`` the last line is cut with "…" and ends with ``tail``."""
        text = " ".join(text.split())
        if not text:
            return []
        layout = QTextLayout(text, face.font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        spans = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        units = text.encode("utf-16-le")  # Qt counts UTF-16 units, Python code points

        def piece(start: int, length: int | None = None) -> str:
            end = None if length is None else 2 * (start + length)
            return units[2 * start : end].decode("utf-16-le").strip()

        found = [piece(start, length) for start, length in spans]
        if max_lines and len(found) > max_lines:
            rest = piece(spans[max_lines - 1][0])
            if tail and rest.endswith(tail):
                rest = rest[: -len(tail)]
            last = self.elide(rest, face, width - face.width(tail), words=True) + tail
            found = [*found[: max_lines - 1], last]
        return found

    def paragraph(
        self,
        x: float,
        y: float,
        text: str,
        face: _Face,
        width: float,
        color: str = INK,
        max_lines: int = 0,
        tail: str = "",
    ) -> float:
        """Wrapped plain text from ``y``; returns its height."""
        found = self.lines(text, face, width, max_lines, tail)
        for i, line in enumerate(found):
            self.text(x, y + i * face.line, line, face, color)
        return len(found) * face.line

    def pen(self, color: str, width_pt: float) -> QPen:
        pen = QPen(QColor(color), width_pt * self.pt)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def rule(self, x1: float, y1: float, x2: float, y2: float, color: str, width_pt: float):
        if not self.dry:
            pen = self.pen(color, width_pt)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self.painter.setPen(pen)
            self.painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def box(
        self, rect: QRectF, fill: str | None, stroke: str | None = None, radius_mm: float = 0.0
    ) -> None:
        if self.dry:
            return
        self.painter.setPen(self.pen(stroke, 0.6) if stroke else Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        if radius_mm:
            r = radius_mm * self.mm
            self.painter.drawRoundedRect(rect, r, r)
        else:
            self.painter.drawRect(rect)

    def path(self, path: QPainterPath, stroke: str | None, width_pt: float, fill: str | None):
        if self.dry:
            return
        self.painter.setPen(self.pen(stroke, width_pt) if stroke else Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        self.painter.drawPath(path)


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


# ---------------------------------------------------------------- planning the pages


def _plan(c: _Canvas, report: MonthReport) -> list[list[tuple[Callable, float]]]:
    """The blocks of each page with their tops. Page 1 holds the header, summary, figures and
    charts; each list (the quotes, then the follow-ups with at most FIRST_PAGE_FOLLOWUPS rows)
    joins them when it fits whole below, else goes to page 2, where the follow-ups list as
    many rows as the page holds. On A4 and Letter that is all; a smaller page (A5) moves what
    does not fit to the next page rather than shrinking anything."""
    gap = SECTION_GAP_MM * c.mm
    bottom = c.height - c.measure(_footer, report, 2, 2) - gap
    if report.empty:
        first = [partial(_header, report=report), partial(_nothing, report=report)]
        lists = []
    else:
        first = [
            partial(_header, report=report),
            partial(_summary, report=report),
            partial(_figures, report=report),
            partial(_charts, report=report),
        ]
        lists = [
            partial(_quotes, report=report),
            partial(_followups, report=report, limit=FIRST_PAGE_FOLLOWUPS),
        ]
    pages: list[list[tuple[Callable, float]]] = [[]]
    y = 0.0
    later = []
    for block in first:
        if later or (pages[0] and y + c.measure(block, y) > bottom):
            later.append(block)  # only on a page smaller than A4 or Letter
        else:
            pages[0].append((block, y))
            y += c.measure(block, y) + gap
    for block in lists:
        if not later and y + c.measure(block, y) <= bottom:
            pages[0].append((block, y))
            y += c.measure(block, y) + gap
        else:
            later.append(block)
    lead = partial(_continued, report=report)

    def new_page() -> float:
        pages.append([(lead, 0.0)])
        return c.measure(lead, 0.0) + gap

    for block in later:
        if len(pages) == 1:
            y = new_page()
        if block.func is _followups:
            block = _fitting_followups(c, report, y, bottom)
            if block.keywords["limit"] < min(3, len(report.open_followups)) and len(pages[-1]) > 1:
                y = new_page()  # too few rows fit below the quotes: a page of their own
                block = _fitting_followups(c, report, y, bottom)
        elif len(pages[-1]) > 1 and y + c.measure(block, y) > bottom:
            y = new_page()
        pages[-1].append((block, y))
        y += c.measure(block, y) + gap
    return pages


def _fitting_followups(c: _Canvas, report: MonthReport, top: float, bottom: float) -> partial:
    """The follow-ups block with as many rows as fit from ``top`` to ``bottom``."""
    low, high = 0, len(report.open_followups)
    while low < high:
        rows = (low + high + 1) // 2
        if top + c.measure(_followups, top, report, rows) <= bottom:
            low = rows
        else:
            high = rows - 1
    return partial(_followups, report=report, limit=low)


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
