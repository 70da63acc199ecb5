"""A connection to a team server that the store uses as it uses SQLite's.

The store writes ``?`` (or ``?1``, ``:name``) parameters as SQLite takes them; PgConnection
rewrites them to psycopg's ``%s`` / ``%(name)s`` once per statement (outside quotes and
comments, with a literal ``%`` doubled), reads ``numeric`` as float as SQLite gives REAL,
answers ``in_transaction``, and turns every psycopg error into one of the store's own
(StoreError and its kinds) with words the owner can act on.
"""

from __future__ import annotations

import contextlib
import re
from functools import lru_cache

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.types.numeric import FloatLoader

from ...errors import Fault, ServerRefused, ServerUnreachable, StoreError, WriteFailed
from ...words import translate
from ..location import ServerLocation

CONNECT_TIMEOUT_S = 5
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


class PgConnection:
    """The store's connection to a team server, shaped like sqlite3.Connection."""

    def __init__(self, location: ServerLocation, read_only: bool = False):
        self.location = location
        info = location.conninfo()
        info["options"] = " ".join(
            [*SESSION, *(["-c default_transaction_read_only=on"] if read_only else [])]
        )
        try:
            self._conn = psycopg.connect(
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name="Feedback Desk",
                **info,
            )
        except psycopg.Error as exc:
            raise connect_problem(location, exc) from exc
        self._conn.adapters.register_loader("numeric", FloatLoader)
        self._conn.cursor_factory = _Cursor

    @property
    def in_transaction(self) -> bool:
        return self._conn.info.transaction_status != TransactionStatus.IDLE

    @property
    def backend_pid(self) -> int:
        return self._conn.info.backend_pid

    def execute(self, sql: str, params=None) -> psycopg.Cursor:
        cursor = self._conn.cursor()
        try:
            if params is None:  # sent as it is: nothing to rewrite
                return cursor.execute(sql)
            query, named = rewrite(sql)
            return cursor.execute(query, _bound(params, named))
        except psycopg.Error as exc:
            raise self._problem(exc) from exc

    def executemany(self, sql: str, seq_of_params) -> psycopg.Cursor:
        query, named = rewrite(sql)
        cursor = self._conn.cursor()
        try:
            cursor.executemany(query, [_bound(p, named) for p in seq_of_params])
        except psycopg.Error as exc:
            raise self._problem(exc) from exc
        return cursor

    def copy_rows(self, table: str, columns: tuple[str, ...], rows) -> None:
        """Rows into a table by COPY: the quickest way in (an import's stage table)."""
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
        self._conn.close()

    def _problem(self, exc: psycopg.Error) -> StoreError:
        state = exc.sqlstate or ""
        if self._conn.broken or state.startswith("08") or state in ("57P01", "57P02", "57P03"):
            return unreachable(self.location, exc)
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


def connect_problem(location: ServerLocation, exc: psycopg.Error) -> StoreError:
    """Why a connection failed, in plain words. libpq gives no error code before it is
    connected, so its words tell (English; a server speaking another language falls back to
    its own message)."""
    text = str(exc)
    if "password authentication failed" in text or "no password supplied" in text:
        return ServerRefused(
            translate(
                "store",
                "The team server {0} did not accept the password of {1}. Check the password "
                "in Settings > Team.",
            ).format(location, location.user)
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
