"""Hearing what other desks change on a team server (LISTEN/NOTIFY).

Every change on the server sends one notice per statement naming its table (schema_pg.py).
A second connection listens; asking drains what arrived without waiting (a fraction of a
millisecond when nothing did, and no query), and leaves out the desk's own changes (by its
connection's process id on the server, which changes when that connection comes back).

When the server goes away the listener's socket says so at once (it becomes readable, and
asking raises ServerUnreachable); the next ask after a short wait (connection.Backoff)
connects again and answers every table, since notices sent meanwhile were missed.
"""

from __future__ import annotations

import select
from collections.abc import Callable

import psycopg

from ..location import ServerLocation
from ..schema_pg import NOTIFIED
from .connection import RECONNECT_TIMEOUT_S, Backoff, open_connection, unreachable

CHANNEL = "feedback_desk"


class Listener:
    def __init__(self, location: ServerLocation, own_pid: Callable[[], int]):
        """``own_pid``: the server process id of the desk's own connection, asked each time."""
        self.location, self.own_pid = location, own_pid
        self._backoff = Backoff()
        self._missed = False  # connected again: notices may have been missed meanwhile
        self._conn = self._connect()

    def _connect(self, timeout: int | None = None) -> psycopg.Connection:
        extra = {"timeout": timeout} if timeout else {}
        conn = open_connection(self.location, "Feedback Desk (changes)", **extra)
        try:
            conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            conn.close()
            raise unreachable(self.location, exc) from exc
        return conn

    def fileno(self) -> int:
        """The socket that becomes readable when a notice arrives or the server goes (for
        the window's watch); it changes when the listener connects again."""
        return -1 if self._conn.closed else self._conn.fileno()

    @property
    def lost(self) -> bool:
        return self._conn.closed

    def changed_tables(self) -> set[str]:
        """The tables other desks changed since the last ask; every table when the listener
        has just connected again."""
        if self._conn.closed:
            self.reconnect()
        if self._missed:
            self._missed = False
            return set(NOTIFIED)  # what was told while away is lost: anything may have changed
        try:
            own = self.own_pid()
            heard = {n.payload for n in self._conn.notifies(timeout=0) if n.pid != own}
            # A server shutting down says so, then closes: what is left to read then is the
            # end of the connection, found by reading once more (at once: nothing waits).
            if select.select([self._conn.fileno()], [], [], 0)[0]:
                heard |= {n.payload for n in self._conn.notifies(timeout=0) if n.pid != own}
            return heard
        except psycopg.Error as exc:
            self._conn.close()
            lost = unreachable(self.location, exc)
            self._backoff.failed(lost)  # the server has just gone: no use asking this second
            raise lost from exc

    def reconnect(self, now: bool = False) -> None:
        """Listen again if the connection was lost and a try is due (``now``: whether or
        not); raises ServerUnreachable while the server is away."""
        if not self._conn.closed:
            return
        self._conn = self._backoff.connect(lambda: self._connect(RECONNECT_TIMEOUT_S), now)
        self._missed = True

    def close(self) -> None:
        self._conn.close()
