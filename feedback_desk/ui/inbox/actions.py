"""The owner's changes to feedback, each one undoable, on any number of items at once.

Each change passes the versions of the items the person saw (``seen``, see
core/store/versions.py), and its undo and redo the versions it left: a change made on an
item someone changed since on another desk is refused, told (``refused``) and not undoable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from ...core.errors import ChangedElsewhere
from ...core.settings import acting_person
from ..actions.undo import Change


class TriageActions:
    """Pushes a Change on the undo stack for every change; ``after`` refreshes the window.
    ``seen(ids)``: the versions of those items the window shows; ``refused(exc)`` tells a
    change refused because someone changed the items since."""

    def __init__(
        self,
        store,
        stack: QUndoStack,
        after: Callable[[], None],
        seen: Callable[[Sequence[int]], dict[int, int]] | None = None,
        refused: Callable[[ChangedElsewhere], None] | None = None,
    ):
        self.store = store
        self.stack = stack
        self.after = after
        self.seen = seen or (lambda ids: {})
        self.refused = refused
        # The versions this window's own last writes left: what an undo or redo is made on
        # (a later change of this person's own is no reason to refuse one).
        self.own: dict[int, int] = {}

    def _push(
        self,
        text: str,
        apply: Callable[[dict], object],
        revert: Callable[[dict], object],
        ids: Sequence[int] = (),
    ) -> bool:
        """Make the change at once, on the versions seen; undoable when it was made. The
        store brings ``versions`` up to date with each write, for the next undo or redo."""
        versions = self.seen(ids)
        try:
            apply(versions)
        except ChangedElsewhere as exc:
            if self.refused is None:
                raise
            self.after()  # the other person's change, shown
            self.refused(exc)
            return False
        self.own.update(versions)
        self.stack.push(
            Change(
                text,
                lambda: self._again(apply, ids),
                lambda: self._again(revert, ids),
                self._after_refusal_or_change,
                done=True,
                refused=self._refused_later,
            )
        )
        return True

    def _again(self, step: Callable[[dict], object], ids: Sequence[int]) -> None:
        """An undo or redo, on the versions this window's own writes left."""
        versions = {i: self.own[i] for i in ids if i in self.own}
        step(versions)
        self.own.update(versions)

    def _after_refusal_or_change(self) -> None:
        self.after()
        if (exc := getattr(self, "_pending", None)) is not None:
            self._pending = None
            if self.refused is not None:
                self.refused(exc)

    def _refused_later(self, exc: ChangedElsewhere) -> None:
        self._pending = exc  # told once the window shows the items as they are

    def set_status(self, ids: Sequence[int], status: str) -> None:
        before = self.store.statuses_of(ids)
        self._push(
            QCoreApplication.translate("actions", "Change status"),
            lambda v: self.store.set_status(ids, status, seen=v),
            lambda v: self.store.set_statuses(before, seen=v),
            ids,
        )

    def set_sentiment(self, ids: Sequence[int], label: str | None) -> None:
        """A label the owner chose, or None to go back to the automatic one."""
        before = self.store.sentiment_state(ids)

        def apply(versions):
            if label:
                self.store.override_sentiment(ids, label, seen=versions)
            else:
                self.store.clear_override(ids, seen=versions)

        self._push(
            QCoreApplication.translate("actions", "Change sentiment"),
            apply,
            lambda v: self.store.restore_sentiment(before, seen=v),
            ids,
        )

    def assign(self, ids: Sequence[int], name: str) -> None:
        before = self.store.assignees_of(ids)
        self._push(
            QCoreApplication.translate("actions", "Assign"),
            lambda v: self.store.assign(ids, name, seen=v),
            lambda v: self.store.set_assignees(before, seen=v),
            ids,
        )

    def set_tag(self, ids: Sequence[int], tag_id: int, on: bool) -> None:
        """Tag or untag; undo touches only the items this change really changed."""
        changed: list[int] = []
        do, undo = (self.store.tag, self.store.untag) if on else (self.store.untag, self.store.tag)

        def apply(versions):
            changed[:] = do(ids, tag_id, seen=versions)

        self._push(
            QCoreApplication.translate("actions", "Tag")
            if on
            else QCoreApplication.translate("actions", "Remove tag"),
            apply,
            lambda versions: undo(changed, tag_id, seen=versions),
            ids,
        )

    def set_spam(self, ids: Sequence[int], spam: bool) -> None:
        before = self.store.spam_state(ids)
        self._push(
            QCoreApplication.translate("actions", "Mark as spam")
            if spam
            else QCoreApplication.translate("actions", "Mark as not spam"),
            lambda v: (self.store.mark_spam if spam else self.store.unmark_spam)(ids, seen=v),
            lambda v: self.store.restore_spam_state(before, seen=v),
            ids,
        )

    def set_reported(self, ids: Sequence[int], day: date | None) -> None:
        before = self.store.spam_state(ids)
        self._push(
            QCoreApplication.translate("actions", "Reported to the platform"),
            lambda v: self.store.set_reported(ids, day.isoformat() if day else None, seen=v),
            lambda v: self.store.restore_spam_state(before, seen=v),
            ids,
        )

    def add_note(self, feedback_id: int, text: str) -> None:
        by = acting_person(self.store)
        note = {}

        def apply(_versions):  # a note is a new row: nobody else's change is in its way
            if "removed" in note:  # redo: the same note, same time, same id
                self.store.restore_note(note.pop("removed"))
            else:
                note["id"] = self.store.add_note(feedback_id, text, by)

        def revert(_versions):
            note["removed"] = self.store.delete_note(note["id"])

        self._push(QCoreApplication.translate("actions", "Add note"), apply, revert)

    def delete(self, ids: Sequence[int]) -> None:
        moved: list[int] = []

        def apply(versions):
            moved[:] = self.store.delete_feedback(ids, seen=versions)

        self._push(
            QCoreApplication.translate("actions", "Move to trash"),
            apply,
            lambda v: self.store.restore_feedback(moved, seen=v),
            ids,
        )

    def restore(self, ids: Sequence[int]) -> None:
        self._push(
            QCoreApplication.translate("actions", "Restore from trash"),
            lambda v: self.store.restore_feedback(ids, seen=v),
            lambda v: self.store.delete_feedback(ids, seen=v),
            ids,
        )
