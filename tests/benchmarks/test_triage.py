"""Triage on the big databases: what the owner waits for before the inbox shows a search, a
filter or a saved view, timed as the inbox does it: a new InboxModel refreshed (a count up to
10,000, given up after COUNT_WITHIN) and its first row read (the first page of 200). The exact
count is made on a thread afterwards; how long it takes is shown beside, without a target.

Each is timed against the queries anyone would write for it by hand in plain SQL (below, never
from the app's own query builder, so a badly planned query of the app shows as a ratio): the
same count to 10,001 and the page, newest first, LIMIT 200. They run with sqlite3 in the same
run, taking turns. Searches include every keystroke of "good" from the first ("g"), the
commonest words, and Korean words on a Korean database of the same size (NSMC reviews, see
korean_inbox.py); date views are taken on the data's own last day, so they list something.
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
from .korean_inbox import korean_db

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
PLAIN_CAPPED = "SELECT count(*) FROM (SELECT 1 FROM feedback f WHERE {where} LIMIT 10001)"
PLAIN_COUNT = "SELECT count(*) FROM feedback f WHERE {where}"
# As typed: each keystroke of "good", common words, a phrase, a rare word and none, with the
# search index's query for each written out.
WORDS = {
    "g": '"g"*',
    "go": '"go"*',
    "goo": '"goo"*',
    "good": '"good"*',
    "the": '"the"*',
    "great": '"great"*',
    "great product": '"great" "product"*',
    "batter": '"batter"*',
    "zeppelin": '"zeppelin"*',
}
# Korean as a Korean keyboard commits it: a syllable, then the word ("movie", "really",
# "fun" with its ending still to come). The index keeps runs as pairs of syllables.
KOREAN = {"영": '"영"', "영화": '"영화"', "정말 최고": '"정말" "최고"', "재밌": '"재밌"'}
# The exact count on a thread is timed for these (an exact count of 600,000 takes a while).
EXACT = {"search 'g'", "search 'the'", "search '영화'", "view: Needs reply"}

Asked = dict[str, tuple[InboxQuery, str, list]]  # name -> (the app's query, SQL, parameters)


def searches(words: dict[str, str]) -> Asked:
    return {
        f"search '{typed}'": (InboxQuery(search=typed), f"{LIVE} AND {SEARCH}", [match])
        for typed, match in words.items()
    }


def filters(today: date) -> Asked:
    """Filters, searches with a filter, and the built-in views on ``today`` (the data's last
    day)."""
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
        "search 'the' + negative": (
            InboxQuery(search="the", sentiments=("negative",)),
            f"{LIVE} AND sentiment = 'negative' AND {SEARCH}",
            ['"the"*'],
        ),
        "search 'g' + google": (
            InboxQuery(search="g", channels=("google",)),
            f"{LIVE} AND channel = 'google' AND {SEARCH}",
            ['"g"*'],
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


def by_hand(raw: sqlite3.Connection, where: str, params: list) -> tuple[int, list]:
    """The reference: a count to 10,001 and the first page, written by hand."""
    n = raw.execute(PLAIN_CAPPED.format(where=where), params).fetchone()[0]
    return n, raw.execute(PLAIN_PAGE.format(where=where), params).fetchall()


class AsTheInbox:
    """The inbox's model, refreshed for a query and its first row read, as the window does
    before the list shows; ``settle`` calls off the exact count it starts on a thread."""

    def __init__(self, store):
        from feedback_desk.ui.inbox.model import InboxModel

        self.model = InboxModel(store)

    def show(self, query: InboxQuery) -> int:
        self.model.refresh(query)
        self.model.row_at(0)
        return self.model.rowCount()

    def settle(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.model.shutdown()
        QCoreApplication.processEvents()  # what the threads said lands while the model lives

    def exact(self, query: InboxQuery) -> int | None:
        """The count the thread makes, waited for."""
        from PySide6.QtCore import QCoreApplication

        self.model.refresh(query)
        for task in list(self.model._tasks):
            task.wait()
        QCoreApplication.processEvents()  # the count lands on the window's thread
        return self.model.total


def time_asked(store, raw, asked: Asked, target: float | None) -> tuple[list, list]:
    """Correct first (the inbox lists and counts what the SQL by hand does), then timed."""
    inbox = AsTheInbox(store)
    figures, notes = [], []
    for name, (query, where, params) in asked.items():
        full = raw.execute(PLAIN_COUNT.format(where=where), params).fetchone()[0]
        capped, page = by_hand(raw, where, params)
        shown = inbox.show(query)
        first = [inbox.model.id_at(row) for row in range(min(shown, PAGE))]
        assert first == [r[0] for r in page], name
        if inbox.model.total is not None:
            assert shown == full, name
        elif shown == COUNT_CAP:  # "10,000+"
            assert capped > COUNT_CAP, name
        else:  # too slow to count that far: "200+", a full first page
            assert shown == len(page) == PAGE and full >= PAGE, name
        assert inbox.exact(query) == full, name
        inbox.settle()
        runs = {
            "inbox": lambda q=query: inbox.show(q),
            "settle": inbox.settle,
            "by hand": lambda w=where, p=params: by_hand(raw, w, p),
        }
        if name in EXACT:
            runs["exact"] = lambda q=query: store.inbox_count(q)
            runs["count(*)"] = lambda w=where, p=params: raw.execute(
                PLAIN_COUNT.format(where=w), p
            ).fetchone()
        times = median_of(runs)
        figures.append(
            Figure(
                f"count to 10,000 + first page, {name}",
                times["inbox"],
                times["by hand"],
                "by hand: count to 10,001 + LIMIT 200",
                max_value=target,
            )
        )
        if name in EXACT:
            figures.append(
                Figure(
                    f"exact count on a thread, {name}",
                    times["exact"],
                    times["count(*)"],
                    "by hand: count(*)",
                )
            )
        shown_as = f"{shown:,}" + ("" if inbox.model.total is not None else "+")
        notes.append(f"{name}: {full:,} items, shown at once as {shown_as}")
    inbox.settle()
    return figures, notes


@pytest.mark.bench
def test_count_and_first_page(qapp, db_1m):
    target = TARGET_MS if BIG >= 1_000_000 else None
    with Store(db_1m) as store, contextlib.closing(sqlite3.connect(db_1m)) as raw:
        today = store.newest_day()
        figures, notes = time_asked(store, raw, searches(WORDS) | filters(today), target)
        notes.insert(0, f"date views on the data's last day, {today}")
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
                f"sidebar: {len(counts)} view counts (on a thread)",
                times["counts"],
                times["plain"],
                "plain count of the inbox",
            )
        )
        notes.append("counts: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    report("triage", f"Triage on {BIG:,} items (median of 5)", figures, notes)


@pytest.mark.bench
def test_korean_searches(qapp):
    path = korean_db(BIG)
    target = TARGET_MS if BIG >= 1_000_000 else None
    with Store(path) as store, contextlib.closing(sqlite3.connect(path)) as raw:
        figures, notes = time_asked(store, raw, searches(KOREAN), target)
    report("triage-korean", f"Korean search on {BIG:,} items (median of 5)", figures, notes)
