"""The Reports page: the month's report as it will print, then Print... or Save as PDF....

The preview, the printer and the PDF are painted by one function (render.paint_report), so
what the owner sees is what comes out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import dashboard, report
from .. import display
from ..problems import READ_ERRORS, WRITE_ERRORS, tell_write_problem
from ..widgets.labels import label
from ..widgets.pages import ReadWhenShown
from .render import default_page_size, page_layout, paint_report, write_pdf

MONTHS_LISTED = 36
PAPERS = (("A4", QPageSize.PageSizeId.A4), ("Letter", QPageSize.PageSizeId.Letter))


def last_complete_month(newest: date, today: date) -> str:
    """The month a report opens on: the one before ``today``'s (which is not over), or the
    month of the newest feedback when that is earlier."""
    before = dashboard.add_months(today.replace(day=1), -1)
    return min(before, newest.replace(day=1)).strftime("%Y-%m")


def tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


class ReportsPage(ReadWhenShown, QWidget):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.today: date | None = None  # None: the real today
        self.report: report.MonthReport | None = None

        self.month = QComboBox()
        self.month.setObjectName("report-month")
        self.location = QComboBox()
        self.location.setObjectName("report-location")
        self.paper = QComboBox()
        self.paper.setObjectName("report-paper")
        for name, size in PAPERS:
            self.paper.addItem(name, size)
        self.paper.setCurrentIndex(self.paper.findData(default_page_size()))
        self.paper.setToolTip(
            QCoreApplication.translate("report", "The paper the report is laid out for")
        )
        for combo in (self.month, self.location, self.paper):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.month, self.location):
            combo.activated.connect(lambda _i: self.refresh())
        # Another paper: the same report laid out again, nothing read.
        self.paper.activated.connect(lambda _i: self._lay_out() if self.report else self.refresh())
        self.print_button = QPushButton(QCoreApplication.translate("report", "Print..."))
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button = QPushButton(QCoreApplication.translate("report", "Save as PDF..."))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.fit_width = QPushButton(QCoreApplication.translate("report", "Fit width"))
        self.fit_page = QPushButton(QCoreApplication.translate("report", "Whole page"))
        zoom = QButtonGroup(self)
        for button in (self.fit_width, self.fit_page):
            button.setCheckable(True)
            zoom.addButton(button)
            button.clicked.connect(self._zoom)
        self.fit_width.setChecked(True)

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.setObjectName("report-preview")
        self.preview.paintRequested.connect(self._paint)

        choices = QHBoxLayout()
        for combo in (self.month, self.location, self.paper):
            choices.addWidget(combo)
        choices.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.fit_width, self.fit_page, self.print_button, self.pdf_button):
            actions.addWidget(button)
        # One line when it fits; on a narrow window the buttons take a line of their own,
        # rather than squeezing the month's name and their words until they are cut off.
        self.controls = controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        controls.addLayout(choices, 1)
        controls.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(label(QCoreApplication.translate("report", "Reports"), "emptyTitle"))
        layout.addWidget(
            label(
                QCoreApplication.translate(
                    "report",
                    "One or two pages for the staff-room wall or the accountant: how customers "
                    "felt this month, what they loved, what to fix and the follow-ups still "
                    "open. Made on this computer; nothing is sent anywhere.",
                )
            )
        )
        layout.addLayout(controls)
        self.problem = label("", "problem")
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(self.preview, 1)

    # Choosing ----------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        """The months from the newest feedback back (at most three years), and the
        locations when there are several."""
        chosen = self.month.currentData()
        newest = self.store.newest_day() or (self.today or date.today())
        first = newest.replace(day=1)
        self.month.clear()
        this_month = (self.today or date.today()).replace(day=1)
        for n in range(MONTHS_LISTED):
            month = dashboard.add_months(first, -n)
            name = display.month_year(month)
            if month == this_month:
                name = QCoreApplication.translate("report", "{0} (so far)").format(name)
            self.month.addItem(name, month.strftime("%Y-%m"))
        if chosen is None:  # first shown: the last month that is over, not this one so far
            chosen = last_complete_month(newest, self.today or date.today())
        self.month.setCurrentIndex(max(0, self.month.findData(chosen)))
        where = self.location.currentData() or ""
        locations = self.store.filter_values("location")
        self.location.clear()
        self.location.addItem(QCoreApplication.translate("report", "All locations"), "")
        for name in locations:
            self.location.addItem(name, name)
        self.location.setCurrentIndex(max(0, self.location.findData(where)))
        self.location.setVisible(len(locations) > 1)

    def choose(self, month: str, location: str = "", paper=None) -> None:
        """Show the report of a month ('2026-10'): for tests and links."""
        self._fill_choices()
        self.month.setCurrentIndex(self.month.findData(month))
        if self.month.currentIndex() < 0:
            self.month.insertItem(0, month, month)
            self.month.setCurrentIndex(0)
        self.location.setCurrentIndex(max(0, self.location.findData(location)))
        if paper is not None:
            self.paper.setCurrentIndex(self.paper.findData(paper))
        self.refresh(fill=False)

    def refresh(self, fill: bool | None = None) -> None:
        """Make the chosen month's report again and show it. A database that cannot be read
        now is said in plain words; Print and Save wait until the report is made again."""
        try:
            if fill or (fill is None and self._stale):
                self._fill_choices()
            self.report = report.build(
                self.store,
                self.month.currentData(),
                self.today or date.today(),
                self.location.currentData() or "",
            )
        except READ_ERRORS as exc:
            self._stale = True
            self.problem.setText(
                QCoreApplication.translate(
                    "report",
                    "Feedback Desk could not read the month's figures just now ({0}). Nothing "
                    "was changed; they are read again when you come back or choose a month.",
                ).format(exc)
            )
            self.problem.show()
            self.report = None
            self.print_button.setEnabled(False)
            self.pdf_button.setEnabled(False)
            return
        self._stale = False
        self.problem.hide()
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self._lay_out()

    def _lay_out(self) -> None:
        """Show the report made last on the chosen paper."""
        self.printer.setPageLayout(page_layout(self.paper.currentData()))  # as the PDF's
        self.preview.updatePreview()
        self._zoom()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = (
            sum(self.controls.itemAt(i).layout().sizeHint().width() for i in range(2)) + 48
            <= self.width()
        )
        self.controls.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

    def _zoom(self) -> None:
        """Fit the page's width to the window, or show one whole page."""
        if self.fit_page.isChecked():
            self.preview.fitInView()
        else:
            self.preview.fitToWidth()

    def _paint(self, printer: QPrinter) -> None:
        if self.report is not None:
            paint_report(self.report, printer)

    # Printing ----------------------------------------------------------------------------------
    def print_report(self) -> None:
        if self.report is None:
            return
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("report", "Print the report"))
        if dialog.exec():
            paint_report(self.report, self.printer)

    def _file_name(self) -> str:
        place = f" {self.report.location}" if self.report.location else ""
        return f"Feedback report {self.report.first:%Y-%m}{place}.pdf"

    def save_pdf(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("report", "Save the report as PDF"),
            str(Path.home() / self._file_name()),
            QCoreApplication.translate("report", "PDF document (*.pdf)"),
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:
            write_pdf(self.report, target, self.paper.currentData())
        except WRITE_ERRORS as exc:
            tell_write_problem(
                self,
                QCoreApplication.translate("report", "Save as PDF"),
                exc,
                QCoreApplication.translate("report", "The report was not saved."),
            )
