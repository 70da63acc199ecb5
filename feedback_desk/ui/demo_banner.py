"""Trying the demo: a question first, then the demo desk with a bar that says so and leads
back to the owner's own feedback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget


def ask_to_try_demo(parent: QWidget) -> bool:
    """Say what the demo is and where it goes before anything happens."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DemoBanner", "Try demo data"))
    box.setText(
        QCoreApplication.translate(
            "DemoBanner", "Look around with the feedback of an invented bakery?"
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "DemoBanner",
            "The demo opens in a separate demo desk with about 450 invented reviews and "
            "survey answers. Your own feedback is not touched, and a bar at the top of the "
            "window brings you back to it.",
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("DemoBanner", "Open the demo"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is open_button


class DemoBanner(QFrame):
    """The bar across the top of the demo desk."""

    back_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.text = QLabel(
            self.tr(
                "<b>Demo</b> — invented feedback of a bakery, to try things out. "
                "Nothing here is yours, and your own feedback is untouched."
            )
        )
        self.text.setWordWrap(True)
        self.back = QPushButton(self.tr("Back to my feedback"))
        self.back.clicked.connect(self.back_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.back)
