"""Planning, changing and completing follow-ups, each one undoable (Ctrl+Z), from the inbox
and from the Follow-ups page alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from ...core.followups import suggest
from ...core.intake import now_iso
from ...core.records import WAITING
from ...core.settings import followup_rules
from .undo import Change


class FollowUpActions:
    """Pushes a Change on the undo stack for every change; ``after`` refreshes the window."""

    def __init__(self, store, stack: QUndoStack, after: Callable[[], None]):
        self.store = store
        self.stack = stack
        self.after = after

    def plan(self, feedback_ids: Sequence[int], today: date | None = None) -> list[int]:
        """A follow-up for each item as the owner's rules say (what, by when, who is on the
        item); the status of the answered items becomes Follow-up. An item still waiting for
        an answer stays in Needs reply, its waiting time running: planning a call does not
        answer the review. Returns the new follow-ups' ids."""
        today = today or date.today()
        # F twice plans one follow-up, not two: items with one open are left as they are.
        feedback_ids = [
            fid
            for fid in feedback_ids
            if not any(f.done_at is None for f in self.store.followups_of(fid))
        ]
        if not feedback_ids:
            return []
        rules = followup_rules(self.store)
        statuses = self.store.statuses_of(feedback_ids)
        answered = [i for i in feedback_ids if statuses.get(i) not in WAITING]
        made: list = []

        def apply():
            with self.store.transaction():
                if made:  # redo: the same follow-ups again, same ids
                    self.store.restore_followups(made)
                else:
                    made.extend(self._add(feedback_ids, rules, today))
                if answered:
                    self.store.set_status(answered, "follow_up")

        def revert():
            with self.store.transaction():
                self.store.delete_followups([f.id for f in made])
                self.store.set_statuses(statuses)

        self.stack.push(
            Change(QCoreApplication.translate("followups", "Follow up"), apply, revert, self.after)
        )
        return [f.id for f in made]

    def _add(self, feedback_ids: Sequence[int], rules, today: date) -> list:
        now, made = now_iso(), []
        for fid in feedback_ids:
            item = self.store.get_feedback(fid)
            if item is not None:
                step = suggest(item, rules, today)
                new = self.store.add_followup(
                    fid, step.due.isoformat(), step.action, now, item.assignee
                )
                made.append(self.store.get_followup(new))
        return made

    def change(
        self,
        followup_id: int,
        action: str,
        due: str,
        assignee: str,
        note: str,
        seen: int | None = None,
    ) -> None:
        """Change a follow-up as it was at version ``seen`` (None: as it is); raises
        ChangedElsewhere, changing nothing, when someone changed it since. Its undo is
        refused in the same way over a later change."""
        before = self.store.get_followup(followup_id)
        if before is None:
            return
        version = [seen if seen is not None else before.version]

        def write(values) -> None:
            self.store.update_followup(followup_id, *values, seen=version[0])
            version[0] += 1

        write((action, due, assignee, note))
        self.stack.push(
            Change(
                QCoreApplication.translate("followups", "Change follow-up"),
                lambda: write((action, due, assignee, note)),
                lambda: write((before.action, before.due, before.assignee, before.note)),
                self.after,
                done=True,
                refused=lambda exc: None,  # the lists show the follow-up as it now is
            )
        )

    def complete(
        self, followup_id: int, outcome: str, happened: str, seen: int | None = None
    ) -> None:
        """Done, with what came of it; undo puts the follow-up and its feedback back. Raises
        ChangedElsewhere, changing nothing, when someone changed it since version ``seen``."""
        before = self.store.get_followup(followup_id)
        if before is None:
            return
        statuses = self.store.statuses_of([before.feedback_id] if before.feedback_id else [])
        self.store.complete_followup(followup_id, outcome, happened, seen=seen)

        def revert():
            with self.store.transaction():
                self.store.delete_followups([followup_id])
                self.store.restore_followups([before])
                self.store.set_statuses(statuses)

        self.stack.push(
            Change(
                QCoreApplication.translate("followups", "Follow-up done"),
                lambda: self.store.complete_followup(followup_id, outcome, happened),
                revert,
                self.after,
                done=True,
            )
        )

    def delete(self, followup_ids: Sequence[int]) -> None:
        gone: list = []

        def apply():
            gone[:] = self.store.delete_followups(followup_ids)

        self.stack.push(
            Change(
                QCoreApplication.translate("followups", "Delete follow-up"),
                apply,
                lambda: self.store.restore_followups(gone),
                self.after,
            )
        )
