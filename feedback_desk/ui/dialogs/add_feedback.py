"""Add feedback by hand: a phone call, a comment at the counter, an email."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from ...core.records import NewFeedback
from .. import display


class AddFeedbackDialog(QDialog):
    """``save([item])`` stores the feedback and says whether it could; the dialog stays open
    with what was typed when it could not."""

    def __init__(self, save, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Add feedback"))
        self.resize(520, 560)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addDays(1))
        self.channel = display.channel_combo(selected="phone")
        self.author = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.rating = QComboBox()
        self.rating.addItem(self.tr("No stars"), None)
        for stars in range(5, 0, -1):
            self.rating.addItem("★" * stars + "☆" * (5 - stars), stars)
        self.nps = QComboBox()
        self.nps.addItem(self.tr("Not asked"), None)
        for score in range(10, -1, -1):
            self.nps.addItem(str(score), score)
        self.nps.setToolTip(
            self.tr(
                "“How likely are you to recommend us to a friend?” from 0 to 10: this is what "
                "the Net Promoter Score is made of."
            )
        )
        self.title = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("What did the customer say?"))
        self.location = QLineEdit()
        self.product = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("How it reached you"), self.channel)
        form.addRow(self.tr("Customer"), self.author)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Stars"), self.rating)
        form.addRow(self.tr("Would recommend (0-10)"), self.nps)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Feedback"), self.body)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Product"), self.product)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if not (
            self.body.toPlainText().strip()
            or self.title.text().strip()
            or self.rating.currentData()
            or self.nps.currentData() is not None
        ):
            self.problem.setText(self.tr("Write down what the customer said, or their score."))
            self.body.setFocus()
            return
        if self._save([self.feedback()]):
            super().accept()

    def feedback(self) -> NewFeedback:
        return NewFeedback(
            body=self.body.toPlainText().strip(),
            received_at=self.when.dateTime().toPython().replace(microsecond=0).isoformat(),
            channel=self.channel.currentData(),
            author=self.author.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            rating=self.rating.currentData(),
            nps_score=self.nps.currentData(),
            title=self.title.text().strip(),
            location=self.location.text().strip(),
            product=self.product.text().strip(),
        )
