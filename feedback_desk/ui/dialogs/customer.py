"""One customer: what the owner keeps about them (contact, location, product, value, notes)
and their whole story (feedback, replies, follow-ups and notes, newest first), whether they
were happier after being followed up, and other feedback under the same name that may be
theirs. Names are only linked when the owner says so."""

from __future__ import annotations

import dataclasses
import html
import math
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ChangedElsewhere
from ...core.followups import ACTIONS
from ...core.nps import improved, kind_from
from .. import display
from ..problems import WRITE_ERRORS, tell_write_problem
from . import customer_rights

# What the customer's text is cut to in the list of maybe-the-same-person feedback.
PREVIEW_CHARS = 80
# The one-line details, in the order of the form; notes come after them.
FIELDS = ("name", "email", "phone", "location", "product", "value")
_CONTACT = ("reply", "followup", "followup_done")


def _scores(detail: str) -> tuple[str, int | None, int | None, str]:
    """(channel, rating, nps_score, sentiment) of a feedback entry's detail."""
    channel, rating, nps, sentiment = [*detail.split("|"), "", "", ""][:4]
    rating, nps = (int(float(n)) if n.strip() else None for n in (rating, nps))
    return channel, rating, nps, sentiment


def _parts(detail: str, count: int) -> list[str]:
    """The ``count`` fields of a detail; the last may hold a '|' of its own (a name)."""
    return [*detail.split("|", count - 1), *[""] * count][:count]


def _plan(entry) -> tuple:
    """What a follow-up's planned and done entries share: the item, the action, the note."""
    return entry.feedback_id, entry.detail.split("|")[0], entry.text


def _shown(text: str) -> str:
    """Text for a check box or a group title, where '&' would mark a shortcut key."""
    return text.replace("&", "&&")


class CustomerDialog(QDialog):
    def __init__(self, store, feedback_id: int, parent=None):
        super().__init__(parent)
        self.store = store
        self.feedback_id = feedback_id
        self.customer = store.customer_for(feedback_id)
        self.same_checks: list[tuple[QCheckBox, int]] = []
        self.resize(780, 620)

        self.fields = {key: QLineEdit() for key in FIELDS}
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.notes.setPlaceholderText(self.tr("Anything worth remembering about them"))
        form = QFormLayout()
        form.addRow(self._label(self.tr("Details"), "sectionHeading"))
        for key, label, hint in (
            ("name", self.tr("Name"), ""),
            ("email", self.tr("E-mail"), self.tr("name@example.com")),
            ("phone", self.tr("Phone"), ""),
            ("location", self.tr("Location"), self.tr("e.g. Riverside shop")),
            ("product", self.tr("Product"), self.tr("What they usually buy")),
            ("value", self.tr("Value"), self.tr("e.g. 1200 (spend per year)")),
        ):
            self.fields[key].setPlaceholderText(hint)
            form.addRow(label, self.fields[key])
        form.addRow(self.tr("Notes"), self.notes)
        text = self.tr(
            "Location, product and value let you group customers, for example your best "
            "customers at the Riverside shop."
        )
        form.addRow(self._label(text, "muted"))
        self.problem = self._label("", "problem")
        form.addRow(self.problem)
        self.loop = self._label("", "loop")
        self.story = QTextBrowser()
        self.story.setOpenLinks(False)
        right = QVBoxLayout()
        right.addWidget(self._label(self.tr("Their story"), "sectionHeading"))
        right.addWidget(self.loop)
        right.addWidget(self.story, 1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addSpacing(12)
        columns.addLayout(right, 3)

        # Maybe the same person: under both columns, wide enough for a line of their text.
        self.same_box = QGroupBox()
        self.same_scroll = QScrollArea()
        self.same_scroll.setWidgetResizable(True)
        self.same_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.same_scroll.viewport().setAutoFillBackground(False)
        self.same_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.link_button = QPushButton(self.tr("Link the ticked ones to this customer"))
        self.link_button.clicked.connect(self.link_ticked)
        same = QGridLayout(self.same_box)
        same.addWidget(self.same_scroll, 0, 0, 1, 2)
        text = self.tr("Names are only linked when you say so: two people can share a name.")
        same.addWidget(self._label(text, "muted"), 1, 0)
        same.addWidget(self.link_button, 1, 1)
        same.setColumnStretch(0, 1)

        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Save | buttons.Close)
        # A customer's requests: a copy of their data, or their details erased.
        self.erased = False
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.export_button = self.buttons.addButton(self.tr("Export their data..."), role)
        self.erase_button = self.buttons.addButton(self.tr("Erase customer..."), role)
        self.export_button.clicked.connect(
            lambda: customer_rights.export_data(self, self.store, self.customer.id)
        )
        self.erase_button.clicked.connect(self.erase)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.same_box)
        layout.addWidget(self.buttons)

        self._saved = self._form()
        self._fill_form(self.customer)
        self.refresh()

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # The details -----------------------------------------------------------------------------
    def _form(self) -> tuple[str, ...]:
        return (*(self.fields[key].text() for key in FIELDS), self.notes.toPlainText())

    def _fill_form(self, customer, keep_typed: bool = False) -> None:
        """Show ``customer``'s details; with ``keep_typed``, fields the owner changed since
        the last save keep what they typed."""
        value = customer.value
        if value is not None:
            places = 0 if float(value).is_integer() else 2
            value = QLocale().toString(float(value), "f", places)
        fresh = (*(getattr(customer, key) for key in FIELDS[:-1]), value or "", customer.notes)
        typed = self._form()
        for key, now, was, new in zip(FIELDS, typed, self._saved, fresh, strict=False):
            if not (keep_typed and now != was):
                self.fields[key].setText(new)
        if not (keep_typed and typed[-1] != self._saved[-1]):
            self.notes.setPlainText(fresh[-1])
        self._saved = fresh
        name = customer.name.strip()
        self.setWindowTitle(self.tr("Customer: {0}").format(name) if name else self.tr("Customer"))

    def _value(self) -> tuple[float | None, bool]:
        """The value typed (None for empty), and whether it is a number ('$1,200' is)."""
        text = self.fields["value"].text().strip().strip("$€£¥₩ ")
        if not text:
            return None, True
        number, ok = QLocale().toDouble(text)
        if not ok:  # '1200.50' typed where the locale writes '1200,50'
            number, ok = QLocale.c().toDouble(text)
        return (number if ok else None), ok and math.isfinite(number)

    def _wrote(self, write, lost: str, title: str) -> bool:
        """Run ``write``; a failed write is told plainly (saying that ``lost``)."""
        try:
            write()
        except WRITE_ERRORS as exc:
            tell_write_problem(self, title, exc, lost)
            return False
        return True

    def changed(self) -> bool:
        """Whether the details differ from what is saved."""
        return self._form() != self._saved

    def save(self) -> bool:
        """Store the details. A value that is not a number, or a failed write, is told
        plainly; nothing is saved and what was typed stays."""
        value, ok = self._value()
        if not ok:
            self.problem.setText(
                self.tr("The value must be a number, like 1200, or left empty. Nothing was saved.")
            )
            self.fields["value"].setFocus()
            return False
        texts = {key: self.fields[key].text().strip() for key in FIELDS[:-1]}
        notes = self.notes.toPlainText().strip()
        updated = dataclasses.replace(self.customer, **texts, value=value, notes=notes)
        title = self.tr("Customer not saved")
        lost = QCoreApplication.translate("faults", "the customer was not saved")
        try:
            self.store.update_customer(updated, seen=self.customer.version)
        except ChangedElsewhere as exc:
            self._changed_elsewhere(exc)
            return False
        except WRITE_ERRORS as exc:
            tell_write_problem(self, title, exc, lost)
            return False
        self.problem.clear()
        self.customer = self.store.customer(self.customer.id) or updated
        self._fill_form(self.customer)
        return True

    def _changed_elsewhere(self, exc: ChangedElsewhere) -> None:
        """Someone changed this customer since the dialog showed them: the details this
        person did not touch now show the other change, what they typed stays, and saving
        again keeps theirs."""
        fresh = self.store.customer(self.customer.id)
        if fresh is not None:
            self.customer = fresh
            self._fill_form(fresh, keep_typed=True)
        self.problem.setText(
            str(exc)
            + " "
            + self.tr(
                "The details you did not change now show theirs; what you typed is still here. "
                "Save again to keep it."
            )
        )

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Close; with unsaved details, ask whether to save them first."""
        if not self.changed():
            return super().reject()
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Save the changes?"),
            self.tr("You changed this customer's details. Save the changes?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            self.accept()
        elif answer == buttons.Discard:
            super().reject()

    def erase(self) -> None:
        """Erase the customer's personal details (asked first), then show what is left."""
        if not customer_rights.erase(self, self.store, self.customer.id):
            return
        self.erased = True
        self.customer = self.store.customer(self.customer.id) or self.customer
        self._saved = self._form()
        self._fill_form(self.customer)
        self.refresh()

    # The story -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the story, the loop line and the maybe-the-same-person box as stored now."""
        timeline = self.store.timeline(self.customer.id)
        self.loop.setText(self.loop_text(timeline))
        self.loop.setVisible(bool(self.loop.text()))
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        # A done follow-up's note holds the plan's note too: it is shown once, when done.
        done = {_plan(e) for e in timeline if e.kind == "followup_done"}
        parts = []
        for entry in reversed(timeline):  # every piece is escaped: customer text is not HTML
            when = html.escape(display.date_text(entry.at or "", with_time=True))
            text = html.escape(entry.text.strip()).replace("\n", "<br>")
            if entry.kind == "followup" and _plan(entry) in done:
                text = ""
            parts.append(
                f'<p style="margin-bottom:12px"><span style="color:{muted}">{when}</span>'
                f" · <b>{html.escape(self.heading(entry))}</b>{'<br>' if text else ''}{text}</p>"
            )
        self.story.setHtml("".join(parts) or html.escape(self.tr("Nothing here yet.")))
        mine = (e for e in timeline if e.kind == "feedback" and e.feedback_id == self.feedback_id)
        channel = next((_scores(e.detail)[0] for e in mine), self.customer.channel)
        self._fill_same_name(channel)

    def heading(self, entry) -> str:
        """The bold words of a story entry: 'Feedback on Google · NPS 4 · Negative'."""
        if entry.kind == "feedback":
            channel, rating, nps, sentiment = _scores(entry.detail)
            words = [self.tr("Feedback on {0}").format(display.channel_name(channel))]
            words.append(display.score_text(rating, nps))
            if sentiment != "unscored":
                words.append(display.sentiment_name(sentiment))
            return " · ".join(w for w in words if w)
        if entry.kind == "reply":
            how, by = _parts(entry.detail, 2)
            text = self.tr("Reply by {0}").format(by) if by else self.tr("Reply")
            return f"{text} ({self.word(how, how=True)})" if how else text
        if entry.kind == "followup":
            action, due, assignee = _parts(entry.detail, 3)
            text = self.tr("Follow-up planned: {0} by {1}").format(
                self.word(action), display.date_text(due)
            )
            return f"{text} ({assignee})" if assignee else text
        if entry.kind == "followup_done":
            action, outcome = _parts(entry.detail, 2)
            text = self.tr("Follow-up done: {0}").format(self.word(action))
            return f"{text} — {self.word(outcome)}" if outcome else text
        if entry.kind == "note":
            return self.tr("Note by {0}").format(entry.detail) if entry.detail else self.tr("Note")
        return entry.kind.replace("_", " ")

    def word(self, key: str, how: bool = False) -> str:
        """The words for a follow-up action or outcome, or for how a reply was sent."""
        if how:
            return display.how_name(key)
        return display.action_name(key) if key in ACTIONS else display.outcome_name(key)

    def loop_text(self, timeline) -> str:
        """'NPS 4 on 1 Oct → NPS 9 on 1 Nov: happier since you followed up.': the first
        unhappy feedback against the latest (of those with a score or a sentiment), when a
        reply or a follow-up came between them; '' when there is nothing to compare."""
        scored = []
        for index, entry in enumerate(timeline):
            if entry.kind == "feedback":
                _, rating, nps, sentiment = _scores(entry.detail)
                if rating is not None or nps is not None or sentiment not in ("", "unscored"):
                    scored.append((index, entry.at, (nps, rating, sentiment)))
        first = next((s for s in scored if kind_from(*s[2]) == "unhappy"), None)
        if len(scored) < 2 or first is None or first[0] >= scored[-1][0]:
            return ""
        latest = scored[-1]
        if not any(e.kind in _CONTACT for e in timeline[first[0] + 1 : latest[0]]):
            return ""
        words = (
            self.tr("{0} on {1} → {2} on {3}: happier since you followed up.")
            if improved(first[2], latest[2])
            else self.tr("{0} on {1} → {2} on {3}: not happier yet.")
        )
        return words.format(
            display.feeling(*first[2]),
            display.date_text(first[1]),
            display.feeling(*latest[2]),
            display.date_text(latest[1]),
        )

    # Maybe the same person -------------------------------------------------------------------
    def _fill_same_name(self, channel: str) -> None:
        self.same_checks = []
        rows = QWidget()
        self.same_scroll.setWidget(rows)  # the rows shown before go
        rows.setAutoFillBackground(False)
        layout = QVBoxLayout(rows)
        layout.setContentsMargins(0, 0, 0, 0)
        found = self.store.same_name(self.feedback_id)
        self.same_box.setVisible(bool(found))
        if not found:
            return
        title = self.tr("Also under the name “{0}” on {1} — the same person?")
        self.same_box.setTitle(
            _shown(title.format(found[0][2].strip(), display.channel_name(channel)))
        )
        for fid, received_at, _author, text in found:
            short = text = " ".join(text.split())
            if len(text) > PREVIEW_CHARS:
                short = text[: PREVIEW_CHARS - 1].rstrip() + "…"
            check = QCheckBox(_shown(f"{display.date_text(received_at)} · {short}"))
            check.setToolTip(f"<p>{html.escape(text)}</p>")  # rich text, so shown as written
            check.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            check.toggled.connect(self._ticks_changed)
            layout.addWidget(check)
            self.same_checks.append((check, fid))
        layout.addStretch(1)
        shown = min(len(found), 3)  # more rows scroll
        self.same_scroll.setFixedHeight(shown * self.same_checks[0][0].sizeHint().height() + 8)
        self._ticks_changed()

    def _ticks_changed(self) -> None:
        self.link_button.setEnabled(any(check.isChecked() for check, _ in self.same_checks))

    def link_ticked(self) -> None:
        """Link the ticked feedback to this customer, then show the story with it."""
        ids = [fid for check, fid in self.same_checks if check.isChecked()]
        if not ids:
            return
        link = partial(self.store.link_to_customer, ids, self.customer.id)
        if not self._wrote(link, "nothing was linked", self.tr("Not linked")):
            return
        self.customer = self.store.customer(self.customer.id) or self.customer
        # Details the merge filled in show, except in fields the owner is editing.
        self._fill_form(self.customer, keep_typed=True)
        self.refresh()
