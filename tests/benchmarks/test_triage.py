"""Triage on a million items: the first page of a search, a filter combination and each saved
view, through the store, against the same query run as plain SQL with sqlite3 in the same
run; and the sidebar's view counts."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date

import pytest

from feedback_desk.core.records import InboxQuery
from feedback_desk.core.store import Store
from feedback_desk.core.store.query import where_clause
from feedback_desk.core.views import builtin_views

from .helpers import Figure, best_of, report

PAGE = 200
TARGET_MS = 50
# What the inbox shows of each row, with its tags: the same page, in one plain query.
PLAIN = (
    "SELECT f.id, received_at, channel, author, rating, nps_score, sentiment, mixed, status, "
    "title, substr(body, 1, 240), assignee, is_spam, (SELECT group_concat(t.name) "
    "FROM feedback_tags ft JOIN tags t ON t.id = ft.tag_id WHERE ft.feedback_id = f.id) "
    "FROM feedback f WHERE {where} ORDER BY received_at DESC, id DESC LIMIT ?"
)


def queries(today: date) -> dict[str, InboxQuery]:
    year_ago = today.replace(year=today.year - 1).isoformat()
    asked = {
        "search 'great product'": InboxQuery(search="great product"),
        "search 'batter' (as typed)": InboxQuery(search="batter"),
        "search 'zeppelin' (no match)": InboxQuery(search="zeppelin"),
        "google + negative + last year": InboxQuery(
            channels=("google",),
            sentiments=("negative",),
            date_from=year_ago,
            date_to=today.isoformat(),
        ),
        "1-2 stars + needs reply": InboxQuery(ratings=(1, 2), statuses=("new", "needs_reply")),
    }
    asked |= {f"view: {v.name}": v.query for v in builtin_views(today)}
    return asked


@pytest.mark.bench
def test_first_pages_and_view_counts(db_1m):
    today = date.today()
    with Store(db_1m) as store, contextlib.closing(sqlite3.connect(db_1m)) as raw:
        figures, notes = [], []
        for name, query in queries(today).items():
            where, params = where_clause(query)
            sql = PLAIN.format(where=where)

            def plain(sql=sql, params=params):
                return raw.execute(sql, (*params, PAGE)).fetchall()

            total = store.inbox_count(query)  # the inbox model counts once per query

            def app(query=query, total=total):
                return store.inbox_page(0, PAGE, query, total=total)

            # Correct first: the store lists exactly what the plain query lists.
            assert [r.id for r in app()] == [r[0] for r in plain()]
            times = best_of({"app": app, "plain": plain})
            figures.append(
                Figure(
                    f"first page, {name}",
                    times["app"],
                    times["plain"],
                    "same SQL via sqlite3",
                    max_ratio=1.5,
                    max_value=TARGET_MS,
                )
            )
            plan = " / ".join(
                r[3] for r in raw.execute(f"EXPLAIN QUERY PLAN {sql}", (*params, PAGE))
            )
            notes.append(f"{name}: {plan}")
        live = "SELECT count(*) FROM feedback WHERE deleted_at IS NULL AND is_spam = 0"
        times = best_of(
            {
                "counts": lambda: store.view_counts(today),
                "plain": lambda: raw.execute(live).fetchone(),
            }
        )
        counts = store.view_counts(today)
        figures.append(
            Figure(
                f"sidebar: {len(counts)} view counts",
                times["counts"],
                times["plain"],
                "plain count of the inbox",
            )
        )
        notes.append("counts: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    report("triage", "Triage on 1,000,000 items (best of 5)", figures, notes)
