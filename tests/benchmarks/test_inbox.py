"""The inbox on big databases, as the owner waits for it: everything, then the first keystroke
and the commonest words of a search, each shown as the inbox does it (a count up to 10,000 and
the first page, through the Qt model) and its end jumped to once the exact count has come from
its thread. Against the plain queries run with sqlite3 in the same run, written by hand."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from feedback_desk.core.records import InboxQuery
from feedback_desk.core.store import Store

from .helpers import Figure, median_of, report
from .test_triage import PLAIN_CAPPED, AsTheInbox

PAGE = 200
TARGET_MS = 50  # on 1,000,000 items
LIVE = "deleted_at IS NULL AND is_spam = 0"
COUNT = f"SELECT count(*) FROM feedback WHERE {LIVE}"
PLAIN_PAGE = (  # what anyone would write: newest first, LIMIT and OFFSET
    "SELECT id, received_at, channel, author, rating, nps_score, sentiment, mixed, status, "
    "title, substr(body, 1, 240) FROM feedback f WHERE {where} "
    "ORDER BY received_at {order}, id {order} LIMIT 200 OFFSET ?"
)
# The first keystroke and the commonest words, with the search index's query written out.
SEARCHES = {"": None, "g": '"g"*', "the": '"the"*', "good": '"good"*', "great": '"great"*'}


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
    path = request.getfixturevalue(db)
    figures, notes = [], []
    with Store(path) as store, contextlib.closing(sqlite3.connect(path)) as raw:
        n = store.inbox_count()
        target = TARGET_MS if n >= 1_000_000 else None
        inbox = AsTheInbox(store)
        for typed, match in SEARCHES.items():
            where = f"{LIVE} AND id IN (SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ?)"
            where, params = (where, [match]) if match else (LIVE, [])
            name = f"search '{typed}'" if typed else "everything"
            query = InboxQuery(search=typed)
            total = raw.execute(f"SELECT count(*) FROM feedback f WHERE {where}", params)
            total = total.fetchone()[0]

            def by_hand(offset=0, order="DESC", where=where, params=params):
                return raw.execute(
                    PLAIN_PAGE.format(where=where, order=order), (*params, offset)
                ).fetchall()

            def shown(query=query):
                inbox.show(query)

            def counted(query=query):  # the exact count has come: the end, from a new page
                inbox.exact(query)
                inbox.model.row_at(inbox.model.rowCount() - 1)

            # Correct first: the same rows as the plain queries, at both ends.
            inbox.show(query)
            assert [inbox.model.id_at(r) for r in range(PAGE)] == [r[0] for r in by_hand()]
            assert inbox.exact(query) == total
            last = [inbox.model.id_at(r) for r in range(total - PAGE, total)]
            assert last == [r[0] for r in by_hand(order="ASC")][::-1], name
            statements = []
            store.conn.set_trace_callback(statements.append)
            inbox.settle()
            counted()
            store.conn.set_trace_callback(None)

            t = median_of(
                {
                    "shown": shown,
                    "settle": inbox.settle,
                    "capped": lambda w=where, p=params: raw.execute(
                        PLAIN_CAPPED.format(where=w), p
                    ).fetchone(),
                    "first": by_hand,
                    "counted": counted,
                    "count": lambda w=where, p=params: raw.execute(
                        f"SELECT count(*) FROM feedback f WHERE {w}", p
                    ).fetchone(),
                    "last": lambda b=by_hand: b(order="ASC"),
                }
            )
            figures += [
                Figure(
                    f"{name}: count to 10,000 + first page (new model)",
                    t["shown"],
                    t["capped"] + t["first"],
                    "by hand: count to 10,001 + LIMIT 200",
                    max_value=target,
                ),
                Figure(
                    f"{name}: exact count on a thread, then the last row",
                    t["counted"],
                    t["count"] + t["last"],
                    "by hand: count(*) + the other end, LIMIT 200",
                ),
            ]
            notes.append(f"{name}: {total:,} items")
            notes += query_plans(store.conn, statements)
            inbox.settle()
        # Jumping to the end once counted: the last page read from the other end.
        last = n - PAGE
        t = median_of(
            {
                "last": lambda: store.inbox_page(last, PAGE, total=n),
                "raw last": lambda: raw.execute(
                    PLAIN_PAGE.format(where=LIVE, order="DESC"), (last,)
                ).fetchall(),
                "count": store.inbox_count,
                "raw count": lambda: raw.execute(COUNT).fetchone(),
            }
        )
        figures += [
            Figure(
                f"jump to the end: store.inbox_page({last}, 200)",
                t["last"],
                t["raw last"],
                f"by hand: OFFSET {last}",
                max_value=target,
            ),
            Figure("store.inbox_count() (on a thread)", t["count"], t["raw count"], "count(*)"),
        ]
    report(f"inbox-{n}", f"Inbox on {n:,} items (median of 5)", figures, notes)
