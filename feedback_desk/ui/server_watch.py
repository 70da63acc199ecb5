"""A window on a team server: what other desks change shows within a moment, and the server
going away is said at once, in plain words, until it is back.

The watch reads nothing while nothing happens: the store's listener (LISTEN/NOTIFY) has a
socket that becomes readable when another desk changes something or the server goes; a
short pause gathers a burst of notices into one refresh. A timer asks the listener too (no
query: it only drains what arrived) in case a notice came in with other traffic, and while
the server is away it asks, on a thread, whether the server answers again: the window never
waits on a server that does not answer.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from ..core.errors import ServerUnreachable
from . import problems
from .tasks import Task

POLL_MS = 1000  # the listener asked this often (and the server, while it is away)
GATHER_MS = 100  # a burst of notices (an import on another desk) becomes one refresh

log = logging.getLogger(__name__)


class ServerWatch(QObject):
    """``changed(set)``: the tables another desk changed (every table after the server was
    away); ``lost(str)``: the server cannot be reached (why); ``back()``: it can again."""

    changed = Signal(set)
    lost = Signal(str)
    back = Signal()

    def __init__(self, store, parent: QObject | None = None, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self.store = store
        self.away = False
        self._notifier: QSocketNotifier | None = None
        self._asking: Task | None = None  # whether the server is back, on a thread
        self.gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self.gather.timeout.connect(self.check)
        self.timer = QTimer(self, interval=poll_ms)
        self.timer.timeout.connect(self.check)
        problems.server_lost_hooks.append(self.went)
        try:
            store.changed_tables()  # listening from now on
        except ServerUnreachable as exc:
            self.went(exc)
        self._watch_socket()
        self.timer.start()

    def _watch_socket(self) -> None:
        """A notifier on the listener's socket (a new one after a reconnection)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        socket = None if self.away else self.store.change_socket()
        if socket is not None and socket >= 0:
            self._notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._heard)

    def _heard(self, *_) -> None:
        if self._notifier is not None:  # level-triggered: quiet until the notices are read
            self._notifier.setEnabled(False)
        if not self.gather.isActive():
            self.gather.start()

    def check(self) -> None:
        """What changed since the last check. While the server is away: whether it answers
        again, asked on a thread (a server across a dead network takes seconds to say no),
        and once it does, connect again here and read everything."""
        if self.away:
            self._ask_if_back()
            return
        try:
            tables = self.store.changed_tables()
        except ServerUnreachable as exc:
            self.went(exc)
            return
        if self._notifier is not None:
            self._notifier.setEnabled(True)
        if tables:
            self.changed.emit(tables)

    def _ask_if_back(self) -> None:
        if self._asking is not None:
            return
        store = self.store
        self._asking = Task(
            lambda _progress, _cancelled: store.server_answers(),
            what="asking whether the team server is back",
            parent=self,
        )
        self._asking.done.connect(self._answered)
        self._asking.ended.connect(self._asked)
        self._asking.start()

    def _asked(self) -> None:
        self._asking.deleteLater()
        self._asking = None

    def _answered(self, answers: bool) -> None:
        if not answers or not self.away:
            return
        try:
            self.store.reach_server()
            self.store.changed_tables()  # all of them: read everything again below
        except ServerUnreachable:
            return  # gone again: asked again on the next tick
        self.away = False
        self._watch_socket()
        self.back.emit()
        self.changed.emit(set())  # anything may have changed while it was away

    def went(self, exc: BaseException) -> None:
        """The server cannot be reached (found here or wherever the store said so)."""
        if self.away:
            return
        self.away = True
        self._watch_socket()  # the old socket is closed: no notifier on it
        log.warning("the team server cannot be reached")  # its address stays out of the log
        self.lost.emit(str(exc))

    def stop(self) -> None:
        self.timer.stop()
        self.gather.stop()
        if self._asking is not None:
            self._asking.wait()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self.went in problems.server_lost_hooks:
            problems.server_lost_hooks.remove(self.went)


class ServerBanner(QFrame):
    """The bar across the top of the window while the team server cannot be reached."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("serverBanner")
        self.text = QLabel(
            self.tr(
                "<b>The team server cannot be reached.</b> Reconnecting… What you type is "
                "kept: save it again once the server is back."
            )
        )
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        self.hide()


class ServerPlace(QLabel):
    """In the status bar: where the desk is (server and database, never a password), and
    whether it is live (other desks' changes show as they come) or the server is away."""

    def __init__(self, location, parent=None):
        super().__init__(parent)
        host = location.host
        if location.is_local:
            where = self.tr("this computer")
        else:
            where = host if location.port == 5432 else f"{host}:{location.port}"
        self._place = self.tr("Team server {0}, database {1}").format(where, location.database)
        self.setToolTip(self.tr("Changes made on the other desks show here as they are made."))
        self.set_live(True)

    def set_live(self, live: bool) -> None:
        state = self.tr("live") if live else self.tr("cannot be reached")
        self.setText(f"{self._place} · {state}")
