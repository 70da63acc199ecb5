"""Hearing what other desks change on a team server (LISTEN/NOTIFY).

Every change on the server sends one notice per statement naming its table (schema_pg.py).
A second connection listens; asking drains what arrived without waiting (a fraction of a
millisecond when nothing did), and leaves out the desk's own changes (by its connection's
process id on the server).
"""

from __future__ import annotations

import psycopg

from ..location import ServerLocation
from .connection import CONNECT_TIMEOUT_S, connect_problem, unreachable

CHANNEL = "feedback_desk"


class Listener:
    def __init__(self, location: ServerLocation, own_pid: int):
        self.location, self.own_pid = location, own_pid
        try:
            self._conn = psycopg.connect(
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name="Feedback Desk (changes)",
                **location.conninfo(),
            )
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            raise connect_problem(location, exc) from exc

    def fileno(self) -> int:
        """The socket that becomes readable when a notice arrives (for the window's watch)."""
        return self._conn.fileno()

    def changed_tables(self) -> set[str]:
        """The tables other desks changed since the last ask."""
        try:
            return {n.payload for n in self._conn.notifies(timeout=0) if n.pid != self.own_pid}
        except psycopg.Error as exc:
            raise unreachable(self.location, exc) from exc

    def close(self) -> None:
        self._conn.close()
