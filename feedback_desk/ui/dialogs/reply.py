"""Answer one piece of feedback: write the reply, copy it to paste on the review site, and
record that it was answered, when and how."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...core.intake import now_iso
from ...core.records import Feedback


class ReplyDialog(QDialog):
    def __init__(self, store, item: Feedback, parent=None):
        super().__init__(parent)
        self.store = store
        self.item = item
        self.setWindowTitle(self.tr("Reply to {0}").format(item.author or self.tr("the customer")))
        self.resize(560, 460)
        review = QLabel(item.body or item.title)
        review.setWordWrap(True)
        review.setTextFormat(Qt.TextFormat.PlainText)
        review.setObjectName("muted")
        self.text = QPlainTextEdit(item.reply)
        self.text.setPlaceholderText(
            self.tr(
                "Thank them by name, show you understood, say what you will do. For a complaint, "
                "offer to continue by phone or email."
            )
        )
        self.how = QComboBox()
        for key, name in (
            ("public", self.tr("Posted publicly on the review site")),
            ("email", self.tr("By email")),
            ("phone", self.tr("By phone")),
            ("in_person", self.tr("In person")),
        ):
            self.how.addItem(name, key)
        form = QFormLayout()
        form.addRow(self.tr("How it was sent"), self.how)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the reply, to paste it on the review site"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.replied_button = self.buttons.addButton(
            self.tr("Mark as replied"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button.clicked.connect(self.copy)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(review)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText().strip())

    def accept(self) -> None:
        body = self.text.toPlainText().strip()
        if not body:
            self.problem.setText(self.tr("Write the reply first."))
            return
        by = self.store.get_setting("user_name") or getpass.getuser()
        self.store.add_reply(self.item.id, body, now_iso(), self.how.currentData(), by)
        super().accept()
