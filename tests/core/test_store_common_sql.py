"""The store's SQL stays in the part SQLite and PostgreSQL both run (see store/dialect.py for
the few pieces they spell differently): a team desk on a server runs the same statements."""

import re
from pathlib import Path

import pytest

from feedback_desk.core.store import Store, StoreError
from feedback_desk.core.store.dialect import POSTGRES, SQLITE, Dialect
from feedback_desk.core.store.exports import REFERENCES

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

STORE = Path(__file__).parents[2] / "feedback_desk" / "core" / "store"

# Forms only SQLite takes, and what the store writes instead.
SQLITE_ONLY = {
    r"INSERT OR IGNORE": "INSERT ... ON CONFLICT DO NOTHING",
    r"\?\d": "a :name parameter",
    r"printf\(": "CASE",
    r"LIMIT -1": "no LIMIT at all",
    r"json_group_array": "a dialect piece",
    r"julianday\(": "sql.seconds_between",
    r"INDEXED BY": "sql.hint(index)",
    r"COLLATE NOCASE": "sql.nocase(expr)",
    r"CROSS JOIN": "sql.ordered_join",
    r"char\(10\)": "'\\n' (a newline in the literal)",
    r" IS \?": "IS NOT DISTINCT FROM ?",
    r"\.lastrowid": "INSERT ... RETURNING id",
}
# Where SQLite's own SQL belongs: the schema's history (each step as it shipped), the file
# engine, and the dialect itself.
SQLITE_PLACES = {"dialect.py", "schema.py", "database.py"}
# Not swept yet (none left: every file of the store is checked).
NOT_YET: set[str] = set()


@pytest.mark.parametrize(
    "path",
    sorted(p for p in STORE.glob("*.py") if p.name not in SQLITE_PLACES | NOT_YET),
    ids=lambda p: p.name,
)
def test_store_sql_has_no_sqlite_only_forms(path):
    found = [
        f"{path.name}:{number}: {line.strip()} (write {instead})"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for pattern, instead in SQLITE_ONLY.items()
        if re.search(pattern, line)
    ]
    assert not found, "\n".join(found)


def test_the_not_yet_list_only_names_files_that_still_need_it():
    """A file swept clean leaves NOT_YET, so the check above covers it from then on."""
    clean = [
        name
        for name in sorted(NOT_YET)
        if not any(
            re.search(pattern, (STORE / name).read_text(encoding="utf-8"))
            for pattern in SQLITE_ONLY
        )
    ]
    assert not clean, f"take {clean} out of NOT_YET"


def test_both_dialects_give_every_piece():
    for dialect in (SQLITE, POSTGRES):
        assert isinstance(dialect, Dialect)
    assert SQLITE.nocase("t.name") == "t.name COLLATE NOCASE"
    assert POSTGRES.hint("feedback_answers") == ""


def test_a_file_desk_speaks_sqlite(tmp_path):
    with Store(tmp_path / "feedback.db") as store:
        assert store.sql is SQLITE


def test_a_restore_checks_every_reference_the_schema_declares(store):
    if store.is_server:
        declared = set(
            store.conn.execute(
                "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text "
                "FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid "
                "AND a.attnum = c.conkey[1] WHERE c.contype = 'f'"
            ).fetchall()
        )
    else:
        tables = [
            r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        declared = {
            (table, column, parent)
            for table in tables
            for parent, column in store.conn.execute(
                'SELECT "table", "from" FROM pragma_foreign_key_list(?)', (table,)
            )
        }
    assert set(REFERENCES) == declared


def test_an_export_whose_rows_do_not_fit_together_restores_nothing(store):
    def item(n, **more):
        return {
            "id": n,
            "received_at": "2026-11-02T10:00:00",
            "body": f"item {n}",
            "dedup_key": f"k{n}",
            "created_at": "2026-11-02",
            "updated_at": "2026-11-02",
            **more,
        }

    with pytest.raises(StoreError, match=r"1 row of replies refers to response_templates"):
        store.restore_desk(
            feedback=[
                item(1),
                item(
                    2,
                    replies=[
                        {"id": 5, "body": "Thanks", "created_at": "2026-11-02", "template_id": 999}
                    ],
                ),
            ]
        )
    with pytest.raises(StoreError, match=r"2 rows of followups refer to customers"):
        store.restore_desk(
            feedback=[item(1)],
            followups=[
                {"id": n, "due": "2026-11-09", "created_at": "2026-11-02", "customer_id": 77}
                for n in (1, 2)
            ],
        )
    assert set(store.desk_holdings().values()) == {0}
    assert store.broken_references() == []
