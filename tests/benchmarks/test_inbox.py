"""The inbox on big databases: count, first page and jump to the last page, through the store
and through the Qt model, against the plain SQL query run with sqlite3 in the same run."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from feedback_desk.core.store import Store

from .helpers import Figure, median_of, report

PAGE = 200
TARGET_MS = 50  # on 1,000,000 items
COUNT = "SELECT count(*) FROM feedback WHERE deleted_at IS NULL"
PLAIN_PAGE = (  # what anyone would write: newest first, LIMIT and OFFSET
    "SELECT id, received_at, channel, author, rating, nps_score, sentiment, mixed, status, "
    "title, substr(body, 1, 240) FROM feedback WHERE deleted_at IS NULL "
    "ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?"
)


def query_plans(raw: sqlite3.Connection, statements: list[str]) -> list[str]:
    """EXPLAIN QUERY PLAN of each distinct SELECT the store ran, one line each."""
    notes = []
    for sql in dict.fromkeys(s for s in statements if s.lstrip().upper().startswith("SELECT")):
        plan = " / ".join(row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}"))
        shown = sql if len(sql) < 140 else sql[:137] + "..."
        notes.append(f"{shown}\n        plan: {plan}")
    return notes


@pytest.mark.bench
@pytest.mark.parametrize("db", ["db_100k", "db_1m"])
def test_inbox_pages(request, qapp, db):
    from feedback_desk.ui.inbox.model import TEXT, InboxModel

    path = request.getfixturevalue(db)
    with Store(path) as store, contextlib.closing(sqlite3.connect(path)) as raw:
        n = store.inbox_count()
        last = n - PAGE

        def raw_page(offset):
            return raw.execute(PLAIN_PAGE, (PAGE, offset)).fetchall()

        def model_row(row):
            model = InboxModel(store)
            model.refresh()
            return model.data(model.index(row, TEXT))

        # Correct first: the same rows as the plain query, and the model agrees.
        first_page = store.inbox_page(0, PAGE, total=n)
        last_page = store.inbox_page(last, PAGE, total=n)
        assert n == raw.execute(COUNT).fetchone()[0] >= 100_000
        assert len(first_page) == len(last_page) == PAGE
        assert [r.id for r in first_page] == [r[0] for r in raw_page(0)]
        assert [r.id for r in last_page] == [r[0] for r in raw_page(last)]
        model = InboxModel(store)
        model.refresh()
        assert model.rowCount() == n
        assert model.id_at(0) == first_page[0].id and model.id_at(n - 1) == last_page[-1].id
        assert model_row(0) and model_row(n - 1)

        statements = []
        store.conn.set_trace_callback(statements.append)
        store.inbox_count()
        store.inbox_page(0, PAGE, total=n)
        store.inbox_page(last, PAGE, total=n)
        store.conn.set_trace_callback(None)

        t = median_of(
            {
                "count": store.inbox_count,
                "raw count": lambda: raw.execute(COUNT).fetchone(),
                "first": lambda: store.inbox_page(0, PAGE, total=n),
                "raw first": lambda: raw_page(0),
                "last": lambda: store.inbox_page(last, PAGE, total=n),
                "raw last": lambda: raw_page(last),
                "model refresh": lambda: InboxModel(store).refresh(),
                "model row 0": lambda: model_row(0),
                "model last row": lambda: model_row(n - 1),
            }
        )
        plans = query_plans(raw, statements)

    target = TARGET_MS if n >= 1_000_000 else None
    raw_first = "sqlite3: count + plain LIMIT 200"
    report(
        f"inbox-{n}",
        f"Inbox on {n:,} items (median of 5)",
        [
            Figure(
                "store.inbox_count()",
                t["count"],
                t["raw count"],
                "sqlite3: count(*)",
                max_value=target,
            ),
            Figure(
                "store.inbox_page(0, 200)",
                t["first"],
                t["raw first"],
                "sqlite3: plain LIMIT 200",
                max_value=target,
            ),
            Figure(
                f"store.inbox_page({last}, 200)",
                t["last"],
                t["raw last"],
                f"sqlite3: plain OFFSET {last}",
                max_value=target,
            ),
            Figure(
                "InboxModel.refresh()",
                t["model refresh"],
                t["raw count"],
                "sqlite3: count(*)",
                max_value=target,
            ),
            Figure(
                "new model: refresh + data(row 0)",
                t["model row 0"],
                t["raw count"] + t["raw first"],
                raw_first,
                max_value=target,
            ),
            Figure(
                "new model: refresh + data(last row)",
                t["model last row"],
                t["raw count"] + t["raw last"],
                f"sqlite3: count + plain OFFSET {last}",
                max_value=target,
            ),
        ],
        notes=plans,
    )
