"""Undo and redo for the owner's changes: every change is a pair of store calls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class Change(QUndoCommand):
    """One change the owner made (tag, status, override, note, delete...), possibly to many
    items at once. ``apply`` does it (again, on redo), ``revert`` puts back exactly what was
    there before; ``after`` refreshes what the window shows."""

    def __init__(
        self,
        text: str,
        apply: Callable[[], None],
        revert: Callable[[], None],
        after: Callable[[], None],
    ):
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self._after = after

    def redo(self) -> None:
        self._done(self._apply)

    def undo(self) -> None:
        self._done(self._revert)

    def _done(self, change: Callable[[], object]) -> None:
        try:
            change()
        except BaseException:
            # Not done (a full disk, the team server gone): the stack drops it rather than
            # offer to undo what never happened; the error goes on to the caller.
            self.setObsolete(True)
            raise
        self._after()
