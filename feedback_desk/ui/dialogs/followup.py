"""Plan a follow-up (what, by when, who, a note) and say what came of it.

``saved`` shows a dialog whose OK saves on the version of the follow-up it showed. When
someone changed it since, the dialog stays open with what this person entered, says what
changed (ChangedElsewhere) and shows the follow-up as it now is; saving again keeps theirs
over it. A write that fails otherwise (a full disk, the team server gone) is told and the
dialog stays open with everything typed in it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from ...core.errors import ChangedElsewhere
from ...core.followups import ACTIONS, OUTCOMES
from ...core.records import FollowUp
from .. import display
from ..problems import WRITE_ERRORS, tell_write_problem


def people_combo(team: list[str], chosen: str) -> QComboBox:
    """Who does it: nobody, or someone of the team (or a name typed in)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("")
    for name in dict.fromkeys([*team, chosen]):
        if name:
            combo.addItem(name)
    combo.setCurrentText(chosen)
    combo.lineEdit().setPlaceholderText(QCoreApplication.translate("display", "Nobody yet"))
    return combo


class VersionedDialog(QDialog):
    """A dialog on a follow-up as it was at version ``seen``; ``refused`` tells it someone
    changed the follow-up since (see ``saved``)."""

    _save: Callable[[tuple, int], object] | None = None
    _reload: Callable[[], FollowUp | None] = staticmethod(lambda: None)

    def saves(self, save: Callable, reload: Callable[[], FollowUp | None]) -> VersionedDialog:
        """From now on OK runs ``save(values, seen)``; ``reload`` reads the follow-up as it
        is now, to show when someone changed it since."""
        self._save, self._reload = save, reload
        return self

    def accept(self) -> None:
        if self._save is not None:
            try:
                self._save(self.values(), self.seen)
            except ChangedElsewhere as exc:
                self.refused(exc, self._reload())
                return
            except WRITE_ERRORS as exc:
                title = QCoreApplication.translate("followups", "Follow-up not saved")
                lost = QCoreApplication.translate("followups", "the follow-up was not saved")
                tell_write_problem(self, title, exc, lost)
                return
        super().accept()

    def _start(self, followup: FollowUp) -> None:
        self.seen = followup.version
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()

    def refused(self, exc: ChangedElsewhere, now: FollowUp | None) -> None:
        """Say what changed and show the follow-up as it now is; what this person entered
        stays, and saving again keeps it over the other change."""
        lines = [str(exc)]
        if now is not None:
            self.seen = now.version
            words = QCoreApplication.translate(
                "followups", "It now says: {0} by {1}, {2}. Save again to keep yours instead."
            ).format(
                display.action_name(now.action),
                display.date_text(now.due),
                now.assignee or QCoreApplication.translate("followups", "nobody"),
            )
            if now.done_at:
                words += " " + QCoreApplication.translate("followups", "It is marked done.")
            lines.append(words)
        self.problem.setText("\n".join(lines))
        self.problem.show()


def saved(dialog: VersionedDialog, save: Callable, reload: Callable[[], FollowUp | None]) -> bool:
    """Show ``dialog``; its OK runs ``save(values, seen)`` and closes it once that goes
    through (see the module's words for what happens otherwise). True when saved."""
    return bool(dialog.saves(save, reload).exec())


class FollowUpDialog(VersionedDialog):
    """Change a follow-up: ``values()`` gives (action, due ISO day, assignee, note)."""

    def __init__(
        self,
        followup: FollowUp,
        team: list[str],
        about: str = "",
        parent=None,
    ):
        super().__init__(parent)
        self._start(followup)
        self.setWindowTitle(self.tr("Follow-up"))
        self.action = QComboBox()
        for key in ACTIONS:
            self.action.addItem(display.action_name(key), key)
        self.action.setCurrentIndex(max(self.action.findData(followup.action), 0))
        self.due = QDateEdit(QDate.fromString(followup.due[:10], Qt.DateFormat.ISODate))
        self.due.setCalendarPopup(True)
        self.assignee = people_combo(team, followup.assignee)
        self.note = QPlainTextEdit(followup.note)
        self.note.setPlaceholderText(self.tr("What to say or offer, the best time to call..."))
        self.note.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.action)
        form.addRow(self.tr("By"), self.due)
        form.addRow(self.tr("Who"), self.assignee)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if about:
            words = QLabel(about)
            words.setObjectName("muted")
            words.setWordWrap(True)
            words.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(words)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, str, str]:
        return (
            self.action.currentData(),
            self.due.date().toString(Qt.DateFormat.ISODate),
            self.assignee.currentText().strip(),
            self.note.toPlainText().strip(),
        )


class DoneDialog(VersionedDialog):
    """Mark a follow-up done: ``values()`` gives (outcome, what happened)."""

    def __init__(self, followup: FollowUp, parent=None):
        super().__init__(parent)
        self._start(followup)
        who = followup.customer or self.tr("the customer")
        self.setWindowTitle(self.tr("Follow-up done"))
        self.outcome = QComboBox()
        for key in OUTCOMES:
            self.outcome.addItem(display.outcome_name(key), key)
        self.happened = QPlainTextEdit()
        self.happened.setPlaceholderText(self.tr("What was said or agreed (optional)"))
        self.happened.setFixedHeight(90)
        heading = QLabel(
            self.tr("{0} {1}: how did it go?").format(display.action_name(followup.action), who)
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Resolved also marks the feedback resolved. If the customer writes again, the "
                "desk shows whether they are happier."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("What happened"), self.happened)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.done_button = buttons.addButton(
            self.tr("Mark done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return self.outcome.currentData(), self.happened.toPlainText().strip()
