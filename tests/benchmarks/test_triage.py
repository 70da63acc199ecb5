"""Triage on the big database: what the owner waits for before the inbox shows a search, a filter
or a saved view, which is the count and the first page together (the inbox model counts, then
reads the page on screen).

Each is timed against the query anyone would write for it by hand in plain SQL (below, never
from the app's own query builder, so a badly planned query of the app shows as a ratio), run
with sqlite3 in the same run, taking turns. Searches include the first keystroke ("g") and the
commonest words; date views are taken on the data's own last day, so they list something.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, timedelta

import pytest

from feedback_desk.core.records import InboxQuery
from feedback_desk.core.store import Store
from feedback_desk.core.store.inbox import COUNT_CAP
from feedback_desk.core.views import builtin_views

from .conftest import BIG
from .helpers import Figure, median_of, report

PAGE = 200
TARGET_MS = 50  # on 1,000,000 items
LIVE = "f.deleted_at IS NULL AND f.is_spam = 0"
SEARCH = "f.id IN (SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ?)"
# What the inbox shows of each row, with its tags.
PLAIN_PAGE = (
    "SELECT f.id, received_at, channel, author, rating, nps_score, sentiment, mixed, status, "
    "title, substr(body, 1, 240), assignee, is_spam, (SELECT group_concat(t.name) "
    "FROM feedback_tags ft JOIN tags t ON t.id = ft.tag_id WHERE ft.feedback_id = f.id) "
    "FROM feedback f WHERE {where} ORDER BY received_at DESC, id DESC LIMIT 200"
)
PLAIN_COUNT = "SELECT count(*) FROM feedback f WHERE {where}"
# As typed: each keystroke of "good", common words, a phrase, a rare word and none.
WORDS = ("g", "go", "goo", "good", "the", "great", "great product", "batter", "zeppelin")


def searches() -> dict[str, tuple[InboxQuery, str, list]]:
    """Name -> (the app's query, plain SQL conditions, their parameters)."""
    found = {}
    for words in WORDS:
        match = " ".join(f'"{w}"' for w in words.split()) + "*"
        found[f"search '{words}'"] = (InboxQuery(search=words), f"{LIVE} AND {SEARCH}", [match])
    return found


def filters(today: date) -> dict[str, tuple[InboxQuery, str, list]]:
    """Filters and the built-in views on ``today`` (the data's last day)."""
    year_ago = today.replace(year=today.year - 1).isoformat()
    week = (today - timedelta(days=6)).isoformat()
    tomorrow = (today + timedelta(days=1)).isoformat()
    views = {v.name: v.query for v in builtin_views(today)}
    return {
        "google + negative + last year": (
            InboxQuery(
                channels=("google",),
                sentiments=("negative",),
                date_from=year_ago,
                date_to=today.isoformat(),
            ),
            f"{LIVE} AND channel = 'google' AND sentiment = 'negative' "
            "AND received_at >= ? AND received_at < ?",
            [year_ago, tomorrow],
        ),
        "1-2 stars + needs reply": (
            InboxQuery(ratings=(1, 2), statuses=("new", "needs_reply")),
            f"{LIVE} AND rating IN (1, 2) AND status IN ('new', 'needs_reply')",
            [],
        ),
        "view: Needs reply": (
            views["Needs reply"],
            f"{LIVE} AND status IN ('new', 'needs_reply')",
            [],
        ),
        "view: Negative this week": (
            views["Negative this week"],
            f"{LIVE} AND sentiment = 'negative' AND received_at >= ? AND received_at < ?",
            [week, tomorrow],
        ),
        "view: Detractors": (views["Detractors"], f"{LIVE} AND nps_score <= 6", []),
        "view: Mixed signals": (views["Mixed signals"], f"{LIVE} AND mixed = 1", []),
        "view: Spam": (views["Spam"], "f.deleted_at IS NULL AND f.is_spam = 1", []),
    }


@pytest.mark.bench
def test_count_and_first_page(db_1m):
    with Store(db_1m) as store, contextlib.closing(sqlite3.connect(db_1m)) as raw:
        today = store.newest_day()
        asked = searches() | filters(today)
        figures, notes = [], [f"date views on the data's last day, {today}"]
        for name, (query, where, params) in asked.items():

            def plain(where=where, params=params):
                n = raw.execute(PLAIN_COUNT.format(where=where), params).fetchone()[0]
                return n, raw.execute(PLAIN_PAGE.format(where=where), params).fetchall()

            def app(query=query):
                n = store.inbox_count(query)  # as InboxModel.refresh, then the page on screen
                return n, store.inbox_page(0, PAGE, query, total=n)

            def capped(query=query):
                n, _ = store.inbox_count_capped(query)  # "10,000+" when there are more
                return n, store.inbox_page(0, PAGE, query, total=n)

            # Correct first: the store counts and lists exactly what the plain query does.
            (n, mine), (m, theirs), (k, first) = app(), plain(), capped()
            assert n == m and [r.id for r in mine] == [r[0] for r in theirs], name
            assert k == min(n, COUNT_CAP) and first == mine, name
            times = median_of({"app": app, "plain": plain, "capped": capped})
            target = TARGET_MS if BIG >= 1_000_000 else None
            figures += [
                Figure(
                    f"count + first page, {name}",
                    times["app"],
                    times["plain"],
                    "hand-written SQL, sqlite3",
                    max_value=target,
                ),
                Figure(
                    f"count to 10,000 + first page, {name}",
                    times["capped"],
                    times["plain"],
                    "as above (full count)",
                    max_value=target,
                ),
            ]
            notes.append(f"{name}: {n:,} items")
        live = "SELECT count(*) FROM feedback WHERE deleted_at IS NULL AND is_spam = 0"
        times = median_of(
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
    report("triage", f"Triage on {BIG:,} items (median of 5)", figures, notes)
