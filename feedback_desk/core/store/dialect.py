"""The few pieces of SQL that SQLite and PostgreSQL write differently, by one name each.

The store's SQL is written in what both engines run (``?`` parameters, ``ON CONFLICT``,
``RETURNING``, ``count(*) FILTER``...); where they differ it asks ``self.sql.<name>`` for the
piece. SQLITE and POSTGRES are the two dialects; a store has one (``Store.sql``).
"""

from __future__ import annotations

from ..search_text import (
    any_keyword_query,
    any_keyword_tsquery,
    match_query,
    search_text,
    server_search_text,
    tsquery,
)

# The search index asked for an item of ``feedback f`` (two parameters: the query twice).
_FTS_MATCH = (
    "{a}.id IN (SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ? "
    "UNION ALL SELECT n.feedback_id FROM notes n WHERE n.id IN "
    "(SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?))"
)
# On a server the item's own words are asked in the row, and the few items a note matches
# are read first (an array the planner can OR with the search words' index): so the planner
# may walk the inbox newest first for a common word (1 ms on a million items) or read the
# index for a rare one, as it chooses for a plain search (an IN (... UNION ...) took 1-10 s).
_TS_MATCH = (
    "({a}.search @@ ?::tsquery OR {a}.id = ANY (ARRAY("
    "SELECT feedback_id FROM notes WHERE search @@ ?::tsquery)))"
)


class Dialect:
    """SQLite's pieces (the file desk, the default)."""

    name = "sqlite"
    is_server = False
    read_snapshot = "BEGIN"  # a read of several statements that sees one moment
    defer_foreign_keys = "PRAGMA defer_foreign_keys = ON"  # checked at COMMIT
    # Whether one INSERT ... SELECT ... ON CONFLICT DO UPDATE may meet the same key twice
    # (SQLite: row by row; PostgreSQL refuses, so such rows are grouped first).
    upsert_repeats = True

    # Search ----------------------------------------------------------------------------------
    def search_query(self, text: str) -> str:
        """The owner's search words as the value text_match takes."""
        return match_query(text)

    def keywords_query(self, keywords: list[str] | tuple[str, ...]) -> str:
        """A tag rule's keywords (any of them) as the value text_match takes."""
        return any_keyword_query(keywords)

    def text_match(self, alias: str = "f") -> str:
        """An item of ``feedback <alias>`` matches by its text or a note (the query twice)."""
        return _FTS_MATCH.format(a=alias)

    def notes_match(self, alias: str = "n") -> str:
        """A note of ``notes <alias>`` matches (one parameter)."""
        return f"{alias}.id IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)"

    def count_matches_capped(self) -> str:
        """How many items match, counted no further than a limit (the query, the limit)."""
        return (
            "SELECT count(*) FROM (SELECT 1 FROM feedback_fts WHERE feedback_fts MATCH ? LIMIT ?)"
        )

    def search_value(self) -> str | None:
        """The expression an INSERT gives the search column (a parameter of search_values),
        or None where an index outside the table is kept apart (SQLite's FTS5)."""
        return None

    def search_values(self, *parts: str | None) -> str:
        """The text the search index keeps for an item's title, text and customer."""
        return search_text(*parts)

    def search_column(self, *parts: str | None) -> tuple[str, str, tuple]:
        """What an INSERT adds for the search words of ``parts`` (an item's title, text and
        customer, or a note's text): a column, its value's SQL and the value. Nothing on a
        file, whose search index is kept apart."""
        value = self.search_value()
        if value is None:
            return "", "", ()
        return ", search", f", {value}", (self.search_values(*parts),)

    # Planning --------------------------------------------------------------------------------
    def hint(self, index: str) -> str:
        """Which index a query walks, where the engine takes the hint."""
        return f"INDEXED BY {index}"

    ordered_join = "CROSS JOIN"  # the left table first (SQLite's way of saying so)

    # Functions -------------------------------------------------------------------------------
    def greatest(self, *values: str) -> str:
        return f"max({', '.join(values)})"

    def least(self, *values: str) -> str:
        return f"min({', '.join(values)})"

    def seconds_between(self, start: str, end: str) -> str:
        """Whole seconds from one ISO time to another."""
        return f"round((julianday({end}) - julianday({start})) * 86400)"

    def week_start(self, day: str) -> str:
        """The Monday (ISO, 'YYYY-MM-DD') of the week of an ISO date or time."""
        return f"date({day}, '-6 days', 'weekday 1')"

    def names_json(self, expr: str) -> str:
        """An aggregate: the values of ``expr`` as a JSON list ('[]' for none)."""
        return f"json_group_array({expr})"

    def nocase(self, expr: str) -> str:
        """``expr`` compared and sorted regardless of case."""
        return f"{expr} COLLATE NOCASE"

    def digits(self, expr: str) -> str:
        """The digits of ``expr`` alone (phone numbers)."""
        return f"fd_digits({expr})"

    def indexes_of(self, table: str, unique: bool = True) -> str:
        """The (name, definition) of a table's indexes by name, the unique ones (primary key
        included) only if ``unique``."""
        return (
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' "
            "AND sql IS NOT NULL"
            + ("" if unique else " AND sql NOT LIKE 'CREATE UNIQUE %'")
            + " ORDER BY name"
        )

    def after_explicit_ids(self, table: str) -> str:
        """What to run after rows were inserted with their ids given (a restore); '' when
        nothing (SQLite takes max(id) + 1 by itself)."""
        return ""


class PostgresDialect(Dialect):
    """PostgreSQL's pieces (a team server)."""

    name = "postgresql"
    is_server = True
    read_snapshot = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
    defer_foreign_keys = "SET CONSTRAINTS ALL DEFERRED"
    upsert_repeats = False
    ordered_join = "JOIN"

    def search_query(self, text: str) -> str:
        return tsquery(text)

    def keywords_query(self, keywords: list[str] | tuple[str, ...]) -> str:
        return any_keyword_tsquery(keywords)

    def text_match(self, alias: str = "f") -> str:
        return _TS_MATCH.format(a=alias)

    def notes_match(self, alias: str = "n") -> str:
        return f"{alias}.search @@ ?::tsquery"

    def count_matches_capped(self) -> str:
        return "SELECT count(*) FROM (SELECT 1 FROM feedback WHERE search @@ ?::tsquery LIMIT ?) s"

    def search_value(self) -> str | None:
        return "to_tsvector('fd_search', ?)"

    def search_values(self, *parts: str | None) -> str:
        return server_search_text(*parts)

    def hint(self, index: str) -> str:
        return ""

    def greatest(self, *values: str) -> str:
        return f"greatest({', '.join(values)})"

    def least(self, *values: str) -> str:
        return f"least({', '.join(values)})"

    def seconds_between(self, start: str, end: str) -> str:
        return f"round(extract(epoch FROM CAST({end} AS timestamp) - CAST({start} AS timestamp)))"

    def week_start(self, day: str) -> str:
        return f"to_char(date_trunc('week', CAST(substr({day}, 1, 10) AS date)), 'YYYY-MM-DD')"

    def names_json(self, expr: str) -> str:
        return f"coalesce(json_agg({expr})::text, '[]')"

    def nocase(self, expr: str) -> str:
        # As SQLite's NOCASE: A-Z folded only (lower() under the C collation), so a desk's
        # "Été" and "été" stay two tags on both engines, whatever the server's locale.
        return f'lower({expr} COLLATE "C")'

    def digits(self, expr: str) -> str:
        return f"regexp_replace({expr}, '\\D', '', 'g')"

    def indexes_of(self, table: str, unique: bool = True) -> str:
        return (
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            f"AND tablename = '{table}'"
            + ("" if unique else " AND indexdef NOT LIKE 'CREATE UNIQUE %'")
            + " ORDER BY indexname"
        )

    def after_explicit_ids(self, table: str) -> str:
        return (
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
        )


SQLITE = Dialect()
POSTGRES = PostgresDialect()
