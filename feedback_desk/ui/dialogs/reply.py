"""Answer one piece of feedback: start from the templates that suit it best, write the reply,
copy it to paste on the review site, and record that it was answered, when, how and by whom.
An answered item opens on its reply, which can be changed; earlier versions stay listed."""

from __future__ import annotations

from datetime import date
from difflib import SequenceMatcher

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ChangedElsewhere
from ...core.intake import now_iso
from ...core.records import Feedback
from ...core.settings import BUSINESS_NAME, OWNER_NAME, acting_person, text_setting
from ...core.templates import ResponseTemplate, rank, render
from .. import display
from ..problems import WRITE_ERRORS, tell_write_problem

# How many of the ranked templates are marked as suggested.
SUGGESTED = 3
# How much of a template's text must remain for the reply to count as made from it.
KEPT_FOR_USE = 0.5


class ReplyDialog(QDialog):
    def __init__(self, store, item: Feedback, parent=None):
        super().__init__(parent)
        self.store = store
        self.item = item
        self._template: ResponseTemplate | None = None  # the template last put in
        self._inserted = ""  # the text it put in, to see whether the owner changed it
        replies = store.replies_of(item.id)
        self.current = next((r for r in reversed(replies) if r.current), None)
        # The newest reply seen as the dialog opened: an answer someone else sends meanwhile
        # is told before this one goes (None: told already, send anyway).
        self._seen_reply: int | None = max((r.id for r in replies), default=0)
        self.setWindowTitle(self.tr("Reply to {0}").format(item.author or self.tr("the customer")))
        self.resize(900, 600)

        review = QLabel(self._review_text())
        review.setWordWrap(True)
        review.setTextFormat(Qt.TextFormat.PlainText)
        review.setObjectName("muted")
        review.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.templates = QListWidget()
        self.templates.setObjectName("replyTemplates")
        self.templates.itemActivated.connect(lambda _i: self.use_template())  # double-click, Enter
        self.use_button = QPushButton(self.tr("Use template"))
        self.use_button.setToolTip(self.tr("Put the chosen template in the reply, filled in"))
        self.use_button.clicked.connect(self.use_template)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Templates, best for this feedback first")))
        left_layout.addWidget(self.templates, 1)
        left_layout.addWidget(self.use_button)

        self._initial = self.current.body if self.current else ""
        self.text = QPlainTextEdit(self._initial)
        self.text.setPlaceholderText(
            self.tr(
                "Thank them by name, show you understood, say what you will do. For a complaint, "
                "offer to continue by phone or email."
            )
        )
        self.by = QComboBox()
        self.by.setEditable(True)
        self.by.lineEdit().setPlaceholderText(self.tr("Your name (Settings keeps it)"))
        self.how = QComboBox()
        for key, name in (
            ("public", self.tr("Posted publicly on the review site")),
            ("email", self.tr("By email")),
            ("phone", self.tr("By phone")),
            ("in_person", self.tr("In person")),
        ):
            self.how.addItem(name, key)
        form = QFormLayout()
        form.addRow(self.tr("Answered by"), self.by)
        form.addRow(self.tr("How it was sent"), self.how)
        self.history = QLabel()
        self.history.setObjectName("muted")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.sign_hint = QLabel(
            self.tr("Set your business name and your name in Settings to sign replies.")
        )
        self.sign_hint.setObjectName("muted")
        self.sign_hint.setWordWrap(True)
        self.sign_hint.setVisible(
            not (text_setting(store, BUSINESS_NAME) and text_setting(store, OWNER_NAME))
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Your reply")))
        right_layout.addWidget(self.text, 1)
        right_layout.addLayout(form)
        right_layout.addWidget(self.sign_hint)
        right_layout.addWidget(self.history)
        right_layout.addWidget(self.problem)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 600])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the reply, to paste it on the review site"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button = None
        if self.current:
            self.new_button = self.buttons.addButton(
                self.tr("Add as another reply"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.new_button.setToolTip(
                self.tr("Keep the reply above as it was and record this one too")
            )
            self.new_button.clicked.connect(lambda: self.record(edit=False))
        self.replied_button = self.buttons.addButton(
            self.tr("Save changes") if self.current else self.tr("Mark as replied"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.copy_button.clicked.connect(self.copy)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(review)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._fill_people()
        self._fill_templates()
        self._show_history(replies)
        self.by.currentTextChanged.connect(self._signer_changed)
        self.text.setFocus()

    # What the dialog shows -------------------------------------------------------------------
    def _review_text(self) -> str:
        item = self.item
        meta = [display.date_text(item.received_at, with_time=True)]
        meta += [display.channel_name(item.channel)]
        score = display.score_text(item.rating, item.nps_score)
        meta += [score] if score else []
        text = f"{item.title}\n{item.body}" if item.title else item.body
        return " · ".join(meta) + "\n" + text

    def _fill_people(self) -> None:
        owner = text_setting(self.store, OWNER_NAME)
        # The names the owner gave: only these sign a reply (never the computer's login).
        self._signers = {n for n in (owner, self.item.assignee, *self.store.team()) if n}
        default = self.item.assignee or acting_person(self.store)
        for name in dict.fromkeys([default, owner, *self.store.team()]):
            if name:
                self.by.addItem(name)
        self.by.setCurrentText(default)

    def _fill_templates(self) -> None:
        similar = self.store.template_uses_on_similar(self.item)
        ranked = rank(self.store.response_templates(), self.item, similar)
        for number, template in enumerate(ranked):
            entry = QListWidgetItem(template.name)
            entry.setData(Qt.ItemDataRole.UserRole, template)
            entry.setToolTip(self._render(template.body))
            if number < SUGGESTED:
                entry.setText(self.tr("★ {0}").format(template.name))
            self.templates.addItem(entry)
        if ranked:
            self.templates.setCurrentRow(0)
        else:
            self.use_button.setEnabled(False)
            self.templates.addItem(self.tr("No templates yet: write them on the Templates page."))

    def _show_history(self, replies) -> None:
        if not self.current:
            self.history.hide()
            return
        lines = [
            self.tr("Answered {0} by {1}.").format(
                display.date_text(self.current.replied_at or self.current.created_at, True),
                self.current.by or self.tr("someone"),
            )
        ]
        earlier = [r for r in replies if r.id != self.current.id]
        if earlier:
            lines.append(self.tr("Earlier versions and replies:"))
            for reply in earlier:
                when = display.date_text(reply.created_at, with_time=True)
                lines.append(f"{when} · {reply.by or '—'}: {' '.join(reply.body.split())[:160]}")
        self.history.setText("\n".join(lines))
        self.how.setCurrentIndex(max(self.how.findData(self.current.how), 0))

    def _answered_elsewhere(self, exc: ChangedElsewhere, edit: bool) -> None:
        """Someone answered (or changed the reply) since the dialog opened: say who and when,
        show their words, keep what this person wrote; the next press sends it anyway (a new
        reply) or changes the latest version (an edit)."""
        replies = self.store.replies_of(self.item.id)
        if edit and self.current:
            self.current = next((r for r in reversed(replies) if r.current), self.current)
            self._show_history(replies)
            self.problem.setText(str(exc))
            return
        self._seen_reply = None
        lines = [
            f"{display.date_text(r.created_at, with_time=True)} · {r.by or '—'}: "
            f"{' '.join(r.body.split())[:160]}"
            for r in replies
            if r.current
        ]
        self.history.setText("\n".join(lines))
        self.history.show()
        self.problem.setText(
            str(exc) + " " + self.tr("Press the button again to send yours as well.")
        )

    def _render(self, body: str) -> str:
        by = self.by.currentText().strip()
        signer = by if by in self._signers else text_setting(self.store, OWNER_NAME)
        business = text_setting(self.store, BUSINESS_NAME)
        return render(body, self.item, business, signer, date.today(), display.date_words)

    # What the owner does ---------------------------------------------------------------------
    def use_template(self) -> None:
        """Fill the reply from the chosen template, after asking when that would replace words
        the owner wrote. It replaces the draft as one edit: Ctrl+Z in the reply undoes it."""
        entry = self.templates.currentItem()
        template = entry.data(Qt.ItemDataRole.UserRole) if entry else None
        if template is None:
            return
        draft = self.text.toPlainText().strip()
        if draft and draft not in (self._inserted.strip(), self._initial.strip()):
            answer = QMessageBox.question(
                self,
                self.tr("Use template"),
                self.tr("Replace what you wrote with “{0}”?").format(template.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._put_in(template)

    def _put_in(self, template: ResponseTemplate) -> None:
        self._template = template
        self._inserted = self._render(template.body)
        cursor = self.text.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self._inserted)
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    def _signer_changed(self) -> None:
        """A template's signature follows who is answering, until the owner edits the text."""
        if self._template and self._inserted and self.text.toPlainText() == self._inserted:
            self._put_in(self._template)

    def template_used(self) -> int | None:
        """The template the reply was made from: the one put in, while most of its words are
        still there (a reply rewritten from scratch does not count as its use)."""
        if self._template is None or not self._inserted:
            return None
        kept = SequenceMatcher(None, self._inserted, self.text.toPlainText()).ratio()
        return self._template.id if kept >= KEPT_FOR_USE else None

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText().strip())

    def accept(self) -> None:
        self.record(edit=self.current is not None)

    def reject(self) -> None:
        """Cancel or Esc: a reply the owner wrote is only thrown away when they say so."""
        if self.text.toPlainText().strip() not in ("", self._initial.strip()):
            answer = QMessageBox.question(
                self,
                self.tr("Discard the reply?"),
                self.tr("Close without saving the reply you wrote?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def record(self, edit: bool) -> None:
        """Store the reply (or the new version of the current one) and close. A failed write
        is told plainly and the dialog stays open with the text."""
        body = self.text.toPlainText().strip()
        if not body:
            self.problem.setText(self.tr("Write the reply first."))
            return
        how = self.how.currentData()
        try:  # reading the owner's name may meet the team server gone too
            by = self.by.currentText().strip() or acting_person(self.store)
            if edit and self.current:
                if body != self.current.body.strip() or how != self.current.how:
                    self.store.edit_reply(
                        self.current.id, body, by, how=how, template_id=self.template_used()
                    )
            else:
                self.store.add_reply(
                    self.item.id,
                    body,
                    now_iso(),
                    how,
                    by,
                    template_id=self.template_used(),
                    seen=self._seen_reply,
                )
        except ChangedElsewhere as exc:
            self._answered_elsewhere(exc, edit)
            return
        except WRITE_ERRORS as exc:
            tell_write_problem(
                self, self.tr("Reply not saved"), exc, self.tr("the reply was not saved")
            )
            return
        super().accept()
