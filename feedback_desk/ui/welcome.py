"""The first start's one question: who the business is and who answers, skippable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ..core import settings
from .problems import WRITE_ERRORS, tell_write_problem
from .widgets.labels import label


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


class WelcomeCard(QFrame):
    """Two lines to fill in on the empty inbox of a new desk; Save or Skip, and it is gone
    for good. The names sign the replies and head the report; Settings changes them later."""

    answered = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("welcomeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(520)  # as wide as the words under it
        heading = label(self.tr("Welcome! Two questions before you start"), "sectionHeading")
        why = label(
            self.tr(
                "Replies are signed with your name and the monthly report carries the "
                "business's name. You can skip this and fill it in later in Settings."
            ),
            "",
        )
        self.business = QLineEdit()
        self.business.setPlaceholderText(_tr(settings.BUSINESS_NAME.placeholder))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(_tr(settings.OWNER_NAME.placeholder))
        form = QFormLayout()
        form.addRow(_tr(settings.BUSINESS_NAME.label), self.business)
        form.addRow(_tr(settings.OWNER_NAME.label), self.owner)
        self.save = QPushButton(self.tr("Save"))
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        self.skip = QPushButton(self.tr("Skip"))
        self.skip.clicked.connect(lambda: self._answer("", ""))
        self.owner.returnPressed.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setVisible(settings.needs_welcome(store))

    def _save(self) -> None:
        self._answer(self.business.text(), self.owner.text())

    def _answer(self, business: str, owner: str) -> None:
        try:
            settings.welcome(self.store, business, owner)
        except WRITE_ERRORS as exc:
            tell_write_problem(self, self.tr("Welcome"), exc, "the names were not saved")
            return
        self.hide()
        self.answered.emit()


def place_in(page, card: WelcomeCard) -> None:
    """Put the card at the top of the empty inbox's words."""
    # Centred by stretches, not by an alignment flag, which would squeeze its wrapped words
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    page.layout().insertLayout(1, row)
    page.layout().insertSpacing(2, 16)
