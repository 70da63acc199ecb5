"""A connection to a team server that the store uses as it uses SQLite's.

The store writes ``?`` (or ``?1``, ``:name``) parameters as SQLite takes them; PgConnection
rewrites them to psycopg's ``%s`` / ``%(name)s`` once per statement (outside quotes and
comments, with a literal ``%`` doubled), reads ``numeric`` as float as SQLite gives REAL,
answers ``in_transaction``, and turns every psycopg error into one of the store's own
(StoreError and its kinds) with words the owner can act on.

A lost connection (the server stopped, the network gone) is ServerUnreachable. The next use
outside a transaction connects again by itself, trying no more often than ``Backoff`` says, so
a window asking every second does not wait on a dead server each time. A transaction cut off
is never carried on over a new connection: the server has undone it, and every statement of it
but ROLLBACK fails until the store ends it (nothing of it is ever reported as saved).
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.types.numeric import FloatLoader

from ...errors import Fault, ServerRefused, ServerUnreachable, StoreError, WriteFailed
from ...words import translate
from ..location import ServerLocation

T = TypeVar("T")

CONNECT_TIMEOUT_S = 5
RECONNECT_TIMEOUT_S = 2  # libpq's least: a window waits no longer while the server is away
RETRY_AFTER_S = (1, 2, 5, 10)  # between tries to connect again, then every 10 s
# A dead network (not a stopped server, which says so at once) shows within about 25 s on a
# connection at rest, and a statement waiting on one fails after 15 s, instead of the
# system's quarter of an hour (TCP only: a local socket has no such thing).
_ALIVE = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 15_000,
}
# The store's session on the server. psycopg prepares a statement run five times, and the
# server may then plan it once for any value: a search's statement planned for "good" read the
# whole search index for "the" (180 ms instead of 20 on a million items). Each search is planned
# for its own words instead (a fraction of a millisecond). The inbox's reads are short: compiling
# one (JIT, for a plan the server guesses costly) or sharing it among worker processes costs
# more than it saves (a tag's first page: 66 ms with workers, 20 without).
SESSION = (
    "-c plan_cache_mode=force_custom_plan",
    "-c jit=off",
    "-c max_parallel_workers_per_gather=0",
)
# A quoted string or name, a comment, or a parameter: ?, ?NNN or :name (not a :: cast).
_TOKEN = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|(\?)(\d*)|(?<![:\w]):([A-Za-z_]\w*)|(%)"
)


# A statement that ends a transaction (not ROLLBACK TO a savepoint).
_ENDS = re.compile(r"\s*(COMMIT|END|ROLLBACK)\s*;?\s*$", re.IGNORECASE)
# What may be sent again after a lost connection, outside a transaction: it changes nothing.
_HARMLESS = re.compile(r"\s*(SELECT|BEGIN)\b", re.IGNORECASE)
_OPEN = (TransactionStatus.INTRANS, TransactionStatus.INERROR, TransactionStatus.ACTIVE)


@lru_cache(maxsize=512)
def rewrite(sql: str) -> tuple[str, bool]:
    """``sql`` with psycopg's placeholders, and whether its parameters are by name (``?N``
    becomes ``%(pN)s``, so a sequence of values is then passed as a mapping; a bare ``?``
    beside them is the next number, as SQLite counts)."""
    named = False
    largest = 0
    numbered = re.search(r"\?\d", sql) is not None

    def swap(match: re.Match) -> str:
        nonlocal named, largest
        mark, number, name, percent = match.groups()
        if percent:
            return "%%"
        if mark and (number or numbered):
            named = True
            at = int(number) if number else largest + 1
            largest = max(largest, at)
            return f"%(p{at})s"
        if mark:
            return "%s"
        if name:
            named = True
            return f"%({name})s"
        return match.group().replace("%", "%%")  # psycopg reads % inside quotes too

    return _TOKEN.sub(swap, sql), named


class _Cursor(psycopg.Cursor):
    @property
    def lastrowid(self) -> int | None:
        """The id the last INSERT gave (as sqlite3 tells it); ``INSERT ... RETURNING id``
        says it without a second round trip, and is the way the store goes."""
        row = self.connection.execute("SELECT lastval()").fetchone()
        return row[0] if row else None


def _bound(params, named: bool):
    if named and params is not None and not isinstance(params, dict):
        return {f"p{n}": value for n, value in enumerate(params, 1)}
    return params


class Backoff:
    """When to try connecting again after a failure: 1, 2, 5, then every 10 seconds; and
    ``why_not``, the last error met (the connection is not there)."""

    def __init__(self):
        self.failures, self.next_try = 0, 0.0
        self.why_not: StoreError | None = None

    def due(self) -> bool:
        return time.monotonic() >= self.next_try

    def failed(self, why: StoreError) -> None:
        wait = RETRY_AFTER_S[min(self.failures, len(RETRY_AFTER_S) - 1)]
        self.failures += 1
        self.next_try = time.monotonic() + wait
        self.why_not = why

    def connect(self, connect: Callable[[], T], now: bool = False) -> T:
        """``connect()`` when a try is due (or ``now``), else the last error again at once;
        a failure puts the next try off."""
        if not now and not self.due():
            raise type(self.why_not)(*self.why_not.args)
        try:
            connection = connect()
        except StoreError as exc:
            self.failed(exc)
            raise
        self.failures, self.next_try = 0, 0.0
        return connection


def open_connection(
    location: ServerLocation, name: str, timeout: int = CONNECT_TIMEOUT_S, **extra
) -> psycopg.Connection:
    """A new autocommit connection to ``location``, or the plain reason it failed. What the
    address says (a longer connect_timeout, its own options) goes before the app's defaults;
    ``extra``'s options are added to the address's."""
    given = location.conninfo()
    if "options" in extra and given.get("options"):
        extra = {**extra, "options": f"{given['options']} {extra['options']}"}
    info = {"connect_timeout": timeout, "application_name": name, **_ALIVE, **given, **extra}
    try:
        return psycopg.connect(autocommit=True, **info)
    except psycopg.Error as exc:
        raise connect_problem(location, exc) from exc


class PgConnection:
    """The store's connection to a team server, shaped like sqlite3.Connection."""

    def __init__(self, location: ServerLocation, read_only: bool = False):
        self.location = location
        read_only_session = ["-c default_transaction_read_only=on"] if read_only else []
        self._extra = {"options": " ".join([*SESSION, *read_only_session])}
        self._conn = self._connect(CONNECT_TIMEOUT_S)
        self._closed = False
        self._backoff = Backoff()
        # The error that cut a transaction off, until the store ends it with ROLLBACK.
        self._cut_off: ServerUnreachable | None = None

    def _connect(self, timeout: int) -> psycopg.Connection:
        conn = open_connection(self.location, "Feedback Desk", timeout, **self._extra)
        conn.adapters.register_loader("numeric", FloatLoader)
        conn.cursor_factory = _Cursor
        return conn

    @property
    def in_transaction(self) -> bool:
        if self._cut_off is not None:
            return True  # until the store says ROLLBACK: its transaction is over, unsaved
        if self._conn.broken:
            return False
        return self._conn.info.transaction_status != TransactionStatus.IDLE

    @property
    def backend_pid(self) -> int:
        return self._conn.info.backend_pid

    @property
    def lost(self) -> bool:
        """Whether the connection was lost (and is not back yet)."""
        return self._conn.broken or self._cut_off is not None

    def reconnect(self, now: bool = False) -> bool:
        """Connect again if the connection was lost and a try is due (see Backoff; ``now``:
        whether or not); True when it was lost and is back. Raises ServerUnreachable while
        the server is away."""
        if not self._conn.broken and not self._conn.closed:
            return False
        if self._closed:
            raise psycopg.OperationalError("the connection is closed")
        self._conn = self._backoff.connect(lambda: self._connect(RECONNECT_TIMEOUT_S), now)
        return True

    _begun = False  # whether the statement under way runs inside a transaction

    def _ready(self, sql: str) -> bool:
        """Before a statement: connect again if need be (outside a transaction), and note
        whether a transaction is open (cut off if the connection goes now). After a cut, the
        store's ROLLBACK ends it quietly (False: the server has undone it), a COMMIT fails,
        and every other statement fails until then."""
        ends = _ENDS.match(sql) is not None
        if self._cut_off is not None:
            cut = self._cut_off
            if ends:
                self._cut_off = None
                if sql.lstrip()[:1].upper() == "R":  # ROLLBACK
                    return False
            raise type(cut)(*cut.args)
        self.reconnect()
        self._begun = not ends and self._conn.info.transaction_status in _OPEN
        return True

    def execute(self, sql: str, params=None) -> psycopg.Cursor:
        if not self._ready(sql):
            return None  # a ROLLBACK with nothing to undo: nobody reads from it
        try:
            return self._run(sql, params)
        except ServerUnreachable:
            # A connection that died while idle (the server restarted between two clicks)
            # is found only now: what changes nothing is asked again once, over a new one.
            if self._begun or not _HARMLESS.match(sql) or not self._conn.broken:
                raise
            self._ready(sql)
            return self._run(sql, params)

    def _run(self, sql: str, params) -> psycopg.Cursor:
        cursor = self._conn.cursor()
        try:
            if params is None:  # sent as it is: nothing to rewrite
                return cursor.execute(sql)
            query, named = rewrite(sql)
            return cursor.execute(query, _bound(params, named))
        except psycopg.Error as exc:
            raise self._problem(exc) from exc

    def executemany(self, sql: str, seq_of_params) -> psycopg.Cursor:
        self._ready(sql)
        query, named = rewrite(sql)
        cursor = self._conn.cursor()
        try:
            cursor.executemany(query, [_bound(p, named) for p in seq_of_params])
        except psycopg.Error as exc:
            raise self._problem(exc) from exc
        return cursor

    def copy_rows(self, table: str, columns: tuple[str, ...], rows) -> None:
        """Rows into a table by COPY: the quickest way in (an import's stage table)."""
        self._ready("COPY")
        try:
            with self._conn.cursor().copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN"
            ) as copy:
                for row in rows:
                    copy.write_row(row)
        except psycopg.Error as exc:
            raise self._problem(exc) from exc

    def run_script(self, script: str) -> None:
        """Statements as they are (a schema step: no parameters, nothing rewritten)."""
        self._ready(script)
        try:
            self._conn.execute(script)
        except psycopg.Error as exc:
            raise self._problem(exc) from exc

    def cancel(self) -> None:
        """Ask the server to cancel the statement this connection runs (from another thread:
        the statement then fails with QueryCanceled); nothing when none runs."""
        with contextlib.suppress(psycopg.Error):  # out of reach: the statement says so
            self._conn.cancel_safe(timeout=CONNECT_TIMEOUT_S)

    def close(self) -> None:
        self._closed = True
        self._conn.close()

    def _problem(self, exc: psycopg.Error) -> StoreError:
        state = exc.sqlstate or ""
        if self._conn.broken or state.startswith("08") or state in ("57P01", "57P02", "57P03"):
            lost = unreachable(self.location, exc)
            self._backoff.why_not = lost
            if self._begun:
                self._cut_off = lost
            return lost
        if state.startswith("28") or state == "42501":
            return ServerRefused(
                translate(
                    "store", "The team server {0} refused this ({1}). Nothing was changed."
                ).format(self.location, _first_line(exc))
            )
        if state == "53100":
            return WriteFailed(
                translate(
                    "store",
                    "The team server {0} has no room left on its disk. Nothing was changed.",
                ).format(self.location),
                Fault.FULL,
            )
        error = StoreError(
            translate("store", "The team server {0} could not do this ({1}).").format(
                self.location, _first_line(exc)
            )
        )
        error.sqlstate = state
        return error


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def unreachable(location: ServerLocation, exc: BaseException) -> ServerUnreachable:
    return ServerUnreachable(
        translate(
            "store",
            "The team server {0} cannot be reached ({1}). Check that it is running and that "
            "this computer is on its network.",
        ).format(location, _first_line(exc))
    )


def answers(location: ServerLocation) -> bool:
    """Whether the server takes a new connection now: one short try on a connection of its
    own, closed at once (safe on any thread)."""
    try:
        open_connection(location, "Feedback Desk (is it back?)", RECONNECT_TIMEOUT_S).close()
    except StoreError:
        return False
    return True


def connect_problem(location: ServerLocation, exc: psycopg.Error) -> StoreError:
    """Why a connection failed, in plain words. libpq gives no error code before it is
    connected, so its words tell (English; a server speaking another language falls back to
    its own message)."""
    text = str(exc)
    if "no password supplied" in text:
        return ServerRefused(
            translate(
                "store",
                "The team server {0} asks for the password of {1}, and none was given. Enter "
                "it in Settings > Team (or, on the command line, in PGPASSWORD).",
            ).format(location, location.user)
        )
    if "does not support SSL" in text:
        return ServerRefused(
            translate(
                "store",
                "The team server {0} does not offer TLS, which Feedback Desk requires for a "
                "server on another computer (so the team's feedback never crosses the network "
                "readable). Its owner turns it on: ssl = on and a certificate, see the README.",
            ).format(location)
        )
    if "no pg_hba.conf entry" in text:
        return ServerRefused(
            translate(
                "store",
                "The team server {0} does not let {1} connect from this computer over TLS: its "
                "pg_hba.conf has no line for it. Its owner adds one (hostssl ... "
                "scram-sha-256), see the README.",
            ).format(location, location.user)
        )
    if "certificate" in text and ("verify" in text or "SSL" in text):
        return ServerRefused(
            translate(
                "store",
                "The certificate of the team server {0} could not be trusted ({1}).",
            ).format(location, _first_line(exc))
        )
    if "password authentication failed" in text:
        return ServerRefused(
            translate(
                "store",
                "The team server {0} did not accept the user {1} with this password. Check "
                "both in Settings > Team.",
            ).format(location, location.user)
        )
    if isinstance(exc, psycopg.ProgrammingError) or re.search(r"invalid \w+ value", text):
        return ServerRefused(
            translate(
                "store",
                "The address of the team server {0} has a setting that cannot be used ({1}). "
                "Check the address.",
            ).format(location, _first_line(exc))
        )
    if re.search(r'role ".*" does not exist', text):
        return ServerRefused(
            translate("store", "The team server {0} has no user {1}.").format(
                location, location.user
            )
        )
    if re.search(r'database ".*" does not exist', text):
        return ServerRefused(
            translate(
                "store",
                "The team server {0} has no database {1}. Create it on the server first (its "
                "owner: createdb), or check its name.",
            ).format(location, location.database)
        )
    return unreachable(location, exc)
