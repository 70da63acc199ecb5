"""Undo and redo for the owner's changes: every change is a pair of store calls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ...core.errors import ChangedElsewhere


class Change(QUndoCommand):
    """One change the owner made (tag, status, override, note, delete...), possibly to many
    items at once. ``apply`` does it (again, on redo), ``revert`` puts back exactly what was
    there before; ``after`` refreshes what the window shows. ``done``: ``apply`` has already
    run (the first redo does nothing). An undo or redo refused because someone changed the
    items since (ChangedElsewhere) is told through ``refused`` and leaves the stack: the
    window shows the other person's change instead."""

    def __init__(
        self,
        text: str,
        apply: Callable[[], None],
        revert: Callable[[], None],
        after: Callable[[], None],
        done: bool = False,
        refused: Callable[[ChangedElsewhere], None] | None = None,
    ):
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self._after = after
        self._done = done
        self._refused = refused

    def redo(self) -> None:
        if self._done:
            self._done = False
        else:
            self._run(self._apply)
        self._after()

    def undo(self) -> None:
        self._run(self._revert)
        self._after()

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except ChangedElsewhere as exc:
            self.setObsolete(True)
            if self._refused is None:
                raise
            self._refused(exc)
        except BaseException:
            # Not done (a full disk, the team server gone): the stack drops it rather than
            # offer to undo what never happened; the error goes on to the caller.
            self.setObsolete(True)
            raise
