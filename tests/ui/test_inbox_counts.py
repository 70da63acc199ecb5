"""The inbox on a database with more items than it counts at once (COUNT_CAP): the list and
"10,000+ items" show at once, the exact count when a thread has made it; typing fast leaves the
count of the last search; jumping to the end, the selection and the status bar keep working.

The items are the Amazon review snippets of the VADER ground truth (Hutto & Gilbert 2014,
shared/data/vader-ground-truth: ID<TAB>mean rating<TAB>text, CRLF line ends), each used a few
times with its own date. Expected counts are found in Python from the texts themselves.
"""

from __future__ import annotations

import re
import shutil
import threading
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.core.store import Store
from feedback_desk.core.store import inbox as inbox_module
from feedback_desk.core.store.inbox import COUNT_CAP, InboxStore
from feedback_desk.ui.inbox import model as model_module
from feedback_desk.ui.inbox.model import TEXT
from tests.conftest import shared_data
from tests.ui.typing import type_text

ITEMS = 14_000
START = datetime(2025, 1, 1, 9, 0)


def snippets() -> list[str]:
    raw = shared_data("vader-ground-truth", "amazonReviewSnippets_GroundTruth.txt").read_bytes()
    return [line.split("\t", 2)[2] for line in raw.decode("utf-8").split("\r\n") if line]


def texts() -> list[str]:
    """The text of item n (id n + 1): the snippets over and over."""
    found = snippets()
    return [found[n % len(found)] for n in range(ITEMS)]


def found(word: str) -> list[int]:
    """The ids of the items holding a word that starts with ``word``, newest first, found
    with a regular expression."""
    start = re.compile(rf"(?<![a-z0-9]){re.escape(word)}")
    return [n + 1 for n, text in enumerate(texts()) if start.search(text.lower())][::-1]


def matching(word: str) -> int:
    return len(found(word))


def number(n: int) -> str:
    """A count as the window writes it (%Ln: the locale's way)."""
    return QLocale().toString(n)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    """A database of ITEMS items, one a minute apart (item 1 is the oldest), made once."""
    from feedback_desk.core import intake

    path = tmp_path_factory.mktemp("big") / "feedback.db"
    now = intake.now_iso()
    scored = {t: intake.prepare(NewFeedback(body=t), now) for t in set(texts())}
    with Store(path) as store, store.transaction():
        batch = store.start_batch("file", now, "amazon.csv")
        rows = []
        for n, text in enumerate(texts()):
            row = dict(scored[text])
            row.update(
                received_at=(START + timedelta(minutes=n)).isoformat(),
                dedup_key=f"test|{n}",
                batch_id=batch,
            )
            rows.append(row)
        store.finish_batch(batch, store.insert_feedback(rows), 0)
    return path


@pytest.fixture
def window(open_window, big_file, db_path):
    shutil.copyfile(big_file, db_path)
    return open_window(db_path)


@pytest.fixture(autouse=True)
def patient(monkeypatch):
    """The count to the cap always finishes here, however busy the machine (giving up after
    COUNT_WITHIN has a test of its own)."""
    monkeypatch.setattr(model_module, "COUNT_WITHIN", 30.0)


@pytest.fixture
def held(monkeypatch):
    """Exact counts made on a thread wait until the test lets the count of a search go."""
    gates: dict[str, threading.Event] = {}
    real = InboxStore.inbox_count

    def waiting(self, query=InboxQuery(), stop=None):
        if threading.current_thread() is not threading.main_thread():
            gates.setdefault(query.search, threading.Event()).wait(20)
        return real(self, query, stop)

    monkeypatch.setattr(InboxStore, "inbox_count", waiting)
    yield lambda search: gates.setdefault(search, threading.Event()).set()
    for gate in gates.values():
        gate.set()


def search(qtbot, inbox, typed: str) -> None:
    type_text(qtbot, inbox.search, typed)
    qtbot.waitUntil(lambda: inbox.model.query.search == inbox.search.text())


def test_more_than_the_cap_shows_at_once_then_the_exact_count(qtbot, window, held):
    inbox = window.inbox
    words = matching("t")
    assert words > COUNT_CAP
    search(qtbot, inbox, "t")
    # The first page is there and the label says there are more than the cap.
    assert inbox.count.text() == f"{number(COUNT_CAP)}+ items"
    assert inbox.model.rowCount() == COUNT_CAP
    listed = [inbox.model.id_at(row) for row in range(300)]
    assert listed == found("t")[:300]
    assert inbox.selected_ids() == listed[:1]
    held("t")
    qtbot.waitUntil(lambda: inbox.count.text() == f"{number(words)} items")
    assert inbox.model.rowCount() == words
    assert inbox.selected_ids() == listed[:1]  # the list grew below the selection
    assert inbox.model.id_at(words - 1) == found("t")[-1]


def test_typing_fast_leaves_the_count_of_the_last_search(qtbot, window, held):
    inbox = window.inbox
    search(qtbot, inbox, "t")
    search(qtbot, inbox, "h")  # "th", while the count of "t" is still being made
    assert inbox.count.text() == f"{number(COUNT_CAP)}+ items"
    held("th")
    qtbot.waitUntil(lambda: inbox.count.text() == f"{number(matching('th'))} items")
    held("t")  # the count of "t" comes last and is not shown
    qtbot.waitUntil(lambda: not inbox.model.counting())
    qtbot.wait(50)
    assert inbox.count.text() == f"{number(matching('th'))} items"
    assert inbox.model.rowCount() == matching("th")
    search(qtbot, inbox, "e")  # "the": fewer than the cap, counted at once
    assert inbox.count.text() == f"{number(matching('the'))} items" and matching("the") < COUNT_CAP


def test_jumping_to_the_end_before_the_count_lands_on_the_oldest_item(qtbot, window, held):
    inbox = window.inbox
    inbox.refresh()  # everything: 14,000 items, the exact count held back
    assert inbox.count.text() == f"{number(COUNT_CAP)}+ items"
    inbox.table.setFocus()
    qtbot.keyClick(inbox.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert inbox.table.currentIndex().row() == COUNT_CAP - 1
    held("")
    qtbot.waitUntil(lambda: inbox.count.text() == f"{number(ITEMS)} items")
    assert inbox.table.currentIndex().row() == ITEMS - 1
    assert inbox.selected_ids() == [1]  # the oldest item
    # Once counted, the end is read from the other end of the index.
    qtbot.keyClick(inbox.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert inbox.model.id_at(inbox.table.currentIndex().row()) == ITEMS
    qtbot.keyClick(inbox.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    shown = inbox.model.data(inbox.model.index(ITEMS - 1, TEXT))
    assert shown == " ".join(texts()[0].split())  # the oldest item's text


def test_a_change_keeps_the_selection_and_the_counts(qtbot, window, held):
    inbox = window.inbox
    search(qtbot, inbox, "t")
    held("t")
    qtbot.waitUntil(lambda: inbox.model.total is not None)
    chosen = [inbox.model.id_at(row) for row in (3, 4)]
    inbox.select_ids(chosen)
    needs_reply = window.views.counts()["Needs reply"]
    inbox.actions.set_status(chosen, "resolved")
    assert inbox.selected_ids() == chosen
    assert window.views.counts()["Needs reply"] == needs_reply - 2
    qtbot.waitUntil(lambda: inbox.count.text() == f"{number(matching('t'))} items")  # counted again


def test_an_item_past_the_first_ten_thousand_opens_once_counted(qtbot, window, held):
    held("")
    window._open_feedback(5)  # the fifth oldest, as a customer's story opens it
    qtbot.waitUntil(lambda: inbox_selected(window) == [5])
    assert window.inbox.table.currentIndex().row() == ITEMS - 5


def inbox_selected(window) -> list[int]:
    return window.inbox.selected_ids()


def test_a_slow_count_shows_the_first_page_and_at_least_that_many(qtbot, window, held, monkeypatch):
    monkeypatch.setattr(model_module, "COUNT_WITHIN", 0.0)  # as if counting took too long
    monkeypatch.setattr(inbox_module, "GIVE_UP_FROM", 0)  # (a small database is always counted)
    inbox = window.inbox
    search(qtbot, inbox, "g")
    assert inbox.count.text() == "200+ items"
    assert inbox.model.rowCount() == model_module.PAGE_SIZE
    held("g")
    qtbot.waitUntil(lambda: inbox.count.text() == f"{number(matching('g'))} items")
    assert inbox.model.rowCount() == matching("g")


def test_the_status_bar_says_how_many_a_figure_opened(qtbot, window, held):
    window._open_items(InboxQuery(search="t"), "Mentions of t")
    assert "Mentions" not in window.statusBar().currentMessage()  # not before the count
    held("t")
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage() == f"Mentions of t: {number(matching('t'))} items."
        )
    )
