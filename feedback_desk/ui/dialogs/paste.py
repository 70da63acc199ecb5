"""Paste feedback: one review, or many separated by blank lines."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from ...core.paste import PastedReview, looks_like_table, split_reviews
from ...core.records import NewFeedback
from .. import display


class PasteDialog(QDialog):
    """``save(items)`` stores the reviews and says whether it could; the dialog stays open
    with its text when it could not. Rows from a spreadsheet are left to the caller, which
    finds them in ``table_text`` after the dialog is accepted."""

    def __init__(self, save, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Paste feedback"))
        self.resize(640, 560)
        intro = QLabel(
            self.tr(
                "Paste one review, or several separated by a blank line. A review may begin with "
                "lines such as “Date: 2026-10-03”, “Author: Sam”, “Stars: 4” or “Score: 9”."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr(
                "Stars: 5\nAuthor: Sam K.\nThe sourdough is the best in town!\n\n"
                "Waited twenty minutes for a coffee. Not great."
            )
        )
        self.channel = display.channel_combo()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate().addDays(1))
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("Optional"))
        form = QFormLayout()
        form.addRow(self.tr("Where it came from"), self.channel)
        form.addRow(self.tr("Date, unless a review says"), self.date)
        form.addRow(self.tr("Customer, unless a review says"), self.author)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._reviews: list[PastedReview] = []
        self.table_text = ""  # set when the paste is rows from a spreadsheet
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._update)
        for signal in (
            self.text.textChanged,
            self.channel.currentIndexChanged,
            self.date.dateChanged,
            self.author.textChanged,
        ):
            signal.connect(self._timer.start)
        self._update()

    def _defaults(self) -> NewFeedback:
        day = self.date.date().toPython()
        now = datetime.now().replace(microsecond=0)
        when = now if day == now.date() else datetime(day.year, day.month, day.day)
        return NewFeedback(
            channel=self.channel.currentData(),
            received_at=when.isoformat(),
            author=self.author.text().strip(),
        )

    def _update(self) -> None:
        text = self.text.toPlainText()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if looks_like_table(text):
            self._reviews = []
            self.table_text = text
            self.summary.setText(
                self.tr(
                    "This looks like rows copied from a spreadsheet: the next step shows its "
                    "columns and where each one goes."
                )
            )
            ok.setEnabled(True)
            ok.setText(self.tr("Preview the rows..."))
            return
        self.table_text = ""
        self._reviews = split_reviews(text, self._defaults())
        good = [r for r in self._reviews if r.feedback]
        lines = (
            [display.count(self.tr("%Ln reviews ready to add.", "", len(good)))]
            if text.strip()
            else []
        )
        lines += [
            self.tr("Review {0} will be left out: {1}.").format(r.number, r.problem)
            for r in self._reviews
            if not r.feedback
        ]
        self.summary.setText("\n".join(lines))
        ok.setEnabled(bool(good))
        ok.setText(
            display.count(self.tr("Add %Ln reviews", "", len(good))) if good else self.tr("Add")
        )

    def accept(self) -> None:
        self._timer.stop()
        self._update()
        if self.table_text or (self.feedback() and self._save(self.feedback())):
            super().accept()

    def feedback(self) -> list[NewFeedback]:
        return [r.feedback for r in self._reviews if r.feedback]
