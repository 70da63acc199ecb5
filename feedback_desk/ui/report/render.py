"""Painting the monthly report on a PDF writer or a printer, one or two pages.

Everything is drawn with QPainter in units of 1/1200 inch, measured from the device's page
layout and scaled to its resolution, so a print preview or a printer given
``page_layout(size)`` and a 300 dpi PDF break their lines alike and get the same pages.
Charts are paths, rectangles and text (vector in a PDF), in colours that stay apart when
printed in grey. Text from feedback is always drawn as a plain string, never as HTML, and
fonts fall back to ones that can write Korean or Japanese.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from ... import APP_NAME
from ...core.report import MonthReport
from ...core.writing import check_pdf, replacing
from .blocks import (
    _continued,
    _followups,
    _footer,
    _header,
    _nothing,
    _quotes,
    _summary,
    _title_parts,
)
from .canvas import (
    FIRST_PAGE_FOLLOWUPS,
    LETTER_TERRITORIES,
    MARGIN_MM,
    PDF_DPI,
    SECTION_GAP_MM,
    _Canvas,
)
from .charts import (
    _charts,
)
from .figures import (
    _figures,
)


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
    # Drawn into a temporary file beside it, checked to be a whole PDF (a full disk leaves a
    # cut one without a word from the writer), then moved over it: see core/writing.py.
    lost = QCoreApplication.translate("report", "the report was not saved")
    with replacing(path, lost, check=check_pdf) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout(page_size))
        writer.setTitle(" · ".join(_title_parts(report, with_business=True)))
        writer.setCreator(APP_NAME)
        try:
            pages = paint_report(report, writer)
        finally:
            del writer  # closes the file before it is checked and moved
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
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise OSError(
            QCoreApplication.translate(
                "report", "The report could not be finished: the file or printer failed."
            )
        )
    return len(pages)


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
