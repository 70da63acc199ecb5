"""Writing a big import quickly and in little memory.

Each index of the feedback table is kept up to date row by row as rows go in: for an import of
100,000 rows into a desk of fewer items, that costs more than building each index once at the
end (a sort), and a million rows' indexes would have to sit in the page cache to be kept up to
date quickly. So a big import into a smaller desk sets the indexes aside and builds them again
before its end, inside its one transaction: a crash, a kill or Cancel puts them back as they
were, with everything else. The duplicate key's index (and any other that makes a value unique)
stays, as it is what passes over the duplicates. On a team server the same holds (the search
words' GIN index most of all), and the planner is told of the new rows at the end (ANALYZE),
so the inbox's first page of a big desk stays on its indexes.
"""

from __future__ import annotations

import sqlite3

from .dialect import Dialect


class BulkStore:
    conn: sqlite3.Connection
    sql: Dialect

    def set_aside_indexes(self) -> list[str]:
        """Drop the feedback table's indexes that need not be unique; their definitions, for
        ``build_indexes``. Only inside a transaction."""
        assert self.conn.in_transaction, "indexes are set aside only inside a transaction"
        found = self.conn.execute(self.sql.indexes_of("feedback", unique=False)).fetchall()
        for name, _ in found:
            self.conn.execute(f'DROP INDEX "{name}"')
        return [sql for _, sql in found]

    def build_indexes(self, definitions: list[str]) -> None:
        for sql in definitions:
            self.conn.execute(sql)
        if definitions and self.sql.is_server:
            self.conn.execute("ANALYZE feedback")
