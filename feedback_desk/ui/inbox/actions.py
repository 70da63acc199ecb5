"""The owner's changes to feedback, each one undoable, on any number of items at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from ...core.settings import acting_person
from ..actions.undo import Change


class TriageActions:
    """Pushes a Change on the undo stack for every change; ``after`` refreshes the window."""

    def __init__(self, store, stack: QUndoStack, after: Callable[[], None]):
        self.store = store
        self.stack = stack
        self.after = after

    def _push(self, text: str, apply: Callable[[], object], revert: Callable[[], object]):
        self.stack.push(Change(text, apply, revert, self.after))

    def set_status(self, ids: Sequence[int], status: str) -> None:
        before = self.store.statuses_of(ids)
        self._push(
            QCoreApplication.translate("actions", "Change status"),
            lambda: self.store.set_status(ids, status),
            lambda: self.store.set_statuses(before),
        )

    def set_sentiment(self, ids: Sequence[int], label: str | None) -> None:
        """A label the owner chose, or None to go back to the automatic one."""
        before = self.store.sentiment_state(ids)

        def apply():
            if label:
                self.store.override_sentiment(ids, label)
            else:
                self.store.clear_override(ids)

        self._push(
            QCoreApplication.translate("actions", "Change sentiment"),
            apply,
            lambda: self.store.restore_sentiment(before),
        )

    def assign(self, ids: Sequence[int], name: str) -> None:
        before = self.store.assignees_of(ids)
        self._push(
            QCoreApplication.translate("actions", "Assign"),
            lambda: self.store.assign(ids, name),
            lambda: self.store.set_assignees(before),
        )

    def set_tag(self, ids: Sequence[int], tag_id: int, on: bool) -> None:
        """Tag or untag; undo touches only the items this change really changed."""
        changed: list[int] = []
        do, undo = (self.store.tag, self.store.untag) if on else (self.store.untag, self.store.tag)

        def apply():
            changed[:] = do(ids, tag_id)

        self._push(
            QCoreApplication.translate("actions", "Tag")
            if on
            else QCoreApplication.translate("actions", "Remove tag"),
            apply,
            lambda: undo(changed, tag_id),
        )

    def set_spam(self, ids: Sequence[int], spam: bool) -> None:
        before = self.store.spam_state(ids)
        self._push(
            QCoreApplication.translate("actions", "Mark as spam")
            if spam
            else QCoreApplication.translate("actions", "Mark as not spam"),
            lambda: (self.store.mark_spam if spam else self.store.unmark_spam)(ids),
            lambda: self.store.restore_spam_state(before),
        )

    def set_reported(self, ids: Sequence[int], day: date | None) -> None:
        before = self.store.spam_state(ids)
        self._push(
            QCoreApplication.translate("actions", "Reported to the platform"),
            lambda: self.store.set_reported(ids, day.isoformat() if day else None),
            lambda: self.store.restore_spam_state(before),
        )

    def add_note(self, feedback_id: int, text: str) -> None:
        by = acting_person(self.store)
        note = {}

        def apply():
            if "removed" in note:  # redo: the same note, same time, same id
                self.store.restore_note(note.pop("removed"))
            else:
                note["id"] = self.store.add_note(feedback_id, text, by)

        def revert():
            note["removed"] = self.store.delete_note(note["id"])

        self._push(QCoreApplication.translate("actions", "Add note"), apply, revert)

    def delete(self, ids: Sequence[int]) -> None:
        moved: list[int] = []

        def apply():
            moved[:] = self.store.delete_feedback(ids)

        self._push(
            QCoreApplication.translate("actions", "Move to trash"),
            apply,
            lambda: self.store.restore_feedback(moved),
        )

    def restore(self, ids: Sequence[int]) -> None:
        self._push(
            QCoreApplication.translate("actions", "Restore from trash"),
            lambda: self.store.restore_feedback(ids),
            lambda: self.store.delete_feedback(ids),
        )
