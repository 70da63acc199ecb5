"""The few pieces of SQL that SQLite and PostgreSQL spell differently.

Everything else the store writes is SQL both engines run. Where no common form exists, the
store asks its dialect (``self.sql``) for the piece: ``self.sql.greatest("0", "x")``. Each
piece is a function of the SQL it wraps (or the text itself), so a statement reads the same
on both engines save for these names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    name: str
    # The larger and the smaller of SQL values (SQLite's max() and min() of two or more).
    greatest: Callable[..., str]
    least: Callable[..., str]
    # Whole seconds from one ISO time to a later one (both SQL text expressions).
    seconds_between: Callable[[str, str], str]
    # The Monday (YYYY-MM-DD) of the week of an ISO date or time.
    week_start: Callable[[str], str]
    # An expression compared and sorted without regard to the case of its letters.
    nocase: Callable[[str], str]
    # Tells the planner which index to read a table through ('' where it is not needed).
    hint: Callable[[str], str]
    # A join that keeps the order written (the left table is read first).
    ordered_join: str
    # Begins a read-only transaction that sees one moment of the database.
    read_snapshot: str
    # Foreign keys checked at COMMIT rather than at each statement.
    defer_foreign_keys: str
    # Sets the next id of a table after rows were inserted with their own ids ('' if none).
    after_explicit_ids: Callable[[str], str]
    # Whether one INSERT ... SELECT ... ON CONFLICT DO UPDATE may meet the same key twice
    # (SQLite: row by row; PostgreSQL refuses, so such rows are grouped first).
    upsert_repeats: bool


def _args(values: tuple[str, ...]) -> str:
    return ", ".join(values)


SQLITE = Dialect(
    name="sqlite",
    greatest=lambda *values: f"max({_args(values)})",
    least=lambda *values: f"min({_args(values)})",
    seconds_between=lambda start, end: f"round((julianday({end}) - julianday({start})) * 86400)",
    week_start=lambda day: f"date({day}, '-6 days', 'weekday 1')",
    nocase=lambda expr: f"{expr} COLLATE NOCASE",
    hint=lambda index: f"INDEXED BY {index}",
    ordered_join="CROSS JOIN",
    read_snapshot="BEGIN",  # deferred: the snapshot is taken at the first read
    defer_foreign_keys="PRAGMA defer_foreign_keys = ON",
    after_explicit_ids=lambda table: "",  # SQLite takes max(id) + 1 by itself
    upsert_repeats=True,
)

POSTGRES = Dialect(
    name="postgresql",
    greatest=lambda *values: f"greatest({_args(values)})",
    least=lambda *values: f"least({_args(values)})",
    seconds_between=lambda start, end: (
        f"round(extract(epoch FROM CAST({end} AS timestamp) - CAST({start} AS timestamp)))"
    ),
    week_start=lambda day: (
        f"to_char(date_trunc('week', CAST(substr({day}, 1, 10) AS date)), 'YYYY-MM-DD')"
    ),
    nocase=lambda expr: f'lower({expr}) COLLATE "C"',
    hint=lambda index: "",
    ordered_join="JOIN",
    read_snapshot="BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    defer_foreign_keys="SET CONSTRAINTS ALL DEFERRED",
    after_explicit_ids=lambda table: (
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
        f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
    ),
    upsert_repeats=False,
)
