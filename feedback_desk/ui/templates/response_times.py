"""How fast the owner answers: time to first response, month by month and by team member."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.records import ResponseTimes
from .. import display
from ..widgets.labels import label
from ..widgets.lists import read_only_rows

RECENT_DAYS = 30
# The tables cover this month and the eleven before it: what an owner acts on, and quick on
# ten years of feedback.
MONTHS_SHOWN = 12
NO_TIME = "—"


def share_text(part: int, whole: int) -> str:
    """ "62%"; a dash when there is nothing to take a share of."""
    if not whole:
        return NO_TIME
    return QCoreApplication.translate("response_times", "{0}%").format(
        QLocale().toString(round(100 * part / whole))
    )


def month_text(first_day: str) -> str:
    """ "October 2026" for "2026-10-01", in the owner's language."""
    try:
        return display.month_year(date.fromisoformat(first_day))
    except ValueError:
        return first_day


def _table(headers: list[str]) -> QTableWidget:
    table = read_only_rows(QTableWidget(0, len(headers)), selectable=False)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = QTableWidgetItem(value)
            if c:  # figures line up on the right, the way numbers are read down a column
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, cell)
    for c in range(1, table.columnCount()):
        item = table.horizontalHeaderItem(c)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.resizeColumnToContents(c)
        table.setColumnWidth(c, table.columnWidth(c) + 24)  # room between the figures


class Headline(QFrame):
    """One period at a glance: the median time, the share answered within a day, how many."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = label(title, "sectionHeading")
        self.median = label("", "")
        font = self.median.font()
        font.setPixelSize(24)
        font.setWeight(QFont.Weight.DemiBold)
        self.median.setFont(font)
        self.median_words = label(
            QCoreApplication.translate("response_times", "typical time to first response (median)"),
            "muted",
        )
        self.within = label("", "")
        self.answered = label("", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 14)
        layout.setSpacing(2)
        for widget in (self.title, self.median, self.median_words):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(self.within)
        layout.addWidget(self.answered)

    def show_times(self, times: ResponseTimes) -> None:
        self.median.setText(display.duration(times.median_hours))
        share = share_text(times.within_24h, times.feedback)
        self.within.setText(
            QCoreApplication.translate("response_times", "{0} answered within 24 hours").format(
                share
            )
        )
        self.answered.setText(
            QCoreApplication.translate(
                "response_times", "{0} of {1} answered at a known time"
            ).format(QLocale().toString(times.answered), QLocale().toString(times.feedback))
            if times.feedback
            else QCoreApplication.translate("response_times", "No feedback in this period")
        )


class ResponseTimesView(QWidget):
    """The "How fast you answer" tab; figures are read when it is shown, not before."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        title = label(
            QCoreApplication.translate("response_times", "How fast you answer"), "emptyTitle"
        )
        intro = label(
            QCoreApplication.translate(
                "response_times",
                "Customers expect an answer within hours. Time to first response counts from "
                "when the feedback was given to your first reply.",
            ),
            "muted",
        )
        self.recent = Headline(
            QCoreApplication.translate("response_times", "Last {0} days").format(RECENT_DAYS)
        )
        self.year = Headline(QCoreApplication.translate("response_times", "Last 12 months"))
        cards = QHBoxLayout()
        cards.setSpacing(12)
        cards.addWidget(self.recent, 1)
        cards.addWidget(self.year, 1)
        cards.addStretch(1)

        self.months = _table(
            [
                QCoreApplication.translate("response_times", "Month"),
                QCoreApplication.translate("response_times", "Feedback"),
                QCoreApplication.translate("response_times", "Answered"),
                QCoreApplication.translate("response_times", "Within 24 h"),
                QCoreApplication.translate("response_times", "Median time"),
            ]
        )
        self.members = _table(
            [
                QCoreApplication.translate("response_times", "Who"),
                QCoreApplication.translate("response_times", "Answered"),
                QCoreApplication.translate("response_times", "Of theirs within 24 h"),
                QCoreApplication.translate("response_times", "Median time"),
            ]
        )
        tables = QGridLayout()
        tables.setHorizontalSpacing(16)
        tables.addWidget(
            label(QCoreApplication.translate("response_times", "Month by month"), "sectionHeading"),
            0,
            0,
        )
        tables.addWidget(
            label(
                QCoreApplication.translate("response_times", "Who answered first"), "sectionHeading"
            ),
            0,
            1,
        )
        tables.addWidget(self.months, 1, 0)
        tables.addWidget(self.members, 1, 1)
        tables.setColumnStretch(0, 3)
        tables.setColumnStretch(1, 2)
        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.setSpacing(10)
        figures_layout.addLayout(cards)
        figures_layout.addLayout(tables, 1)

        self.empty = label(
            QCoreApplication.translate(
                "response_times",
                "No replies yet. Answer a review (select it in the Inbox and press R) and its "
                "response time shows here.",
            ),
            "",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(figures)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.stack, 1)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self, today: date | None = None) -> None:
        today = today or date.today()
        index = today.year * 12 + today.month - MONTHS_SHOWN
        year_start = date(index // 12, index % 12 + 1, 1)
        year = self.store.response_times(start=year_start)
        if not year.answered:
            if self.store.response_times().answered:
                self.empty.setText(
                    QCoreApplication.translate(
                        "response_times", "No replies in the last 12 months."
                    )
                )
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(0)
        self.year.show_times(year)
        self.recent.show_times(
            self.store.response_times(start=today - timedelta(days=RECENT_DAYS - 1))
        )
        months = reversed(self.store.response_times_by("month", start=year_start))
        _fill(
            self.months,
            [
                [
                    month_text(first_day),
                    QLocale().toString(t.feedback),
                    QLocale().toString(t.answered),
                    share_text(t.within_24h, t.feedback),
                    display.duration(t.median_hours),
                ]
                for first_day, t in months
            ],
        )
        members = sorted(
            self.store.response_times_by("member", start=year_start),
            key=lambda m: (-m[1].answered, m[0].casefold()),
        )
        _fill(
            self.members,
            [
                [
                    name or QCoreApplication.translate("response_times", "Not recorded (imported)"),
                    QLocale().toString(t.answered),
                    share_text(t.within_24h, t.answered),
                    display.duration(t.median_hours),
                ]
                for name, t in members
            ],
        )
