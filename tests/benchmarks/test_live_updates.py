"""Two desks on one team server: how long a change on one takes to show on the other (the
issue's target: within 2 s), what the watch costs while nothing changes, and how quickly a
desk is back after its connection was lost.

A ratio is not meaningful here: the delay is held to the 2 s target and shown beside the
watch's poll interval (the longest a notice could wait if the socket's signal were missed);
the idle check beside one round trip to the server (what a poll asking SQL would cost).
Runs on the tests' own PostgreSQL server (tests/conftest.py pg_url), with a desk of
FEEDBACK_DESK_LIVE_ITEMS items (5,000 unless told) so the window's refresh reads real pages.
"""

from __future__ import annotations

import os
import time

import pytest

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store import Store
from tests.pg_outage import end_connections

from .helpers import REPEAT, Figure, Timing, report

ITEMS = int(os.environ.get("FEEDBACK_DESK_LIVE_ITEMS", "5000"))
TARGET_MS = 2000


def _add(store, bodies, stamp="2026-03-05T00:00:00"):
    with store.transaction():
        batch = store.start_batch("paste", stamp)
        rows = [
            intake.prepare(NewFeedback(body=b, author=f"손님{i}", rating=1 + i % 5), stamp, batch)
            for i, b in enumerate(bodies)
        ]
        store.insert_feedback(rows, [()] * len(rows), [("", None)] * len(rows))


def _until(done, limit_s: float = 5.0) -> float:
    """Seconds until ``done()`` (the Qt events processed meanwhile), or inf."""
    from PySide6.QtCore import QCoreApplication

    began = time.perf_counter()
    while time.perf_counter() - began < limit_s:
        QCoreApplication.processEvents()
        if done():
            return time.perf_counter() - began
        time.sleep(0.001)
    return float("inf")


@pytest.mark.bench
def test_a_change_shows_on_the_other_desk(pg_server, pg_url, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from feedback_desk.ui import server_watch
    from feedback_desk.ui.app import make_app
    from feedback_desk.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    with Store(pg_url) as setup:
        for start in range(0, ITEMS, 1000):
            _add(setup, [f"리뷰 {n}번: 크루아상이 맛있어요" for n in range(start, start + 1000)])
    make_app()
    store, other = Store(pg_url), Store(pg_url)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        notice, shown, idle, trip, back = [], [], [], [], []
        for n in range(REPEAT * 2):
            model = window.inbox.model
            top = model.id_at(0)  # the new item comes first (the newest)
            began = time.perf_counter()
            _add(other, [f"새 리뷰 {n}"], f"2026-04-{1 + n:02d}T00:00:00")
            committed = time.perf_counter()
            heard = _until(lambda: window.server_watch.gather.isActive())
            seen = _until(lambda t=top, m=model: m.id_at(0) != t)
            notice.append(committed - began + heard)
            shown.append(committed - began + heard + seen)
            qtbot.wait(50)
        for _ in range(REPEAT * 20):
            began = time.perf_counter()
            window.server_watch.check()  # nothing came: drains nothing, asks nothing
            idle.append(time.perf_counter() - began)
            began = time.perf_counter()
            store.reach_server()  # one round trip (SELECT 1)
            trip.append(time.perf_counter() - began)
        for _ in range(REPEAT):
            end_connections(pg_server, pg_url)  # as a server restart does
            began = time.perf_counter()
            store.reach_server()
            back.append(time.perf_counter() - began)
            _until(lambda: window.server_watch.away, 5)  # the listener's socket said so
            _until(lambda: not window.server_watch.away, 15)  # and it is back by itself
    finally:
        window.close()
        store.close()
        other.close()
    ms = lambda runs: Timing([t * 1000 for t in runs])  # noqa: E731
    poll = float(server_watch.POLL_MS)
    figures = [
        Figure("notice heard (commit to the watch)", ms(notice), poll, "watch poll interval",
               max_value=TARGET_MS),
        Figure(f"change shown in the inbox ({ITEMS:,} items)", ms(shown), poll,
               "watch poll interval", max_value=TARGET_MS),
        Figure("watch check, nothing changed", ms(idle), ms(trip), "one round trip (SELECT 1)"),
        Figure("connected again after a loss", ms(back), ms(trip), "one round trip (SELECT 1)"),
    ]  # fmt: skip
    report(
        "live_updates",
        f"Live updates between two desks on a team server ({ITEMS:,} items, median)",
        figures,
        [
            "the socket's signal wakes the watch at once; the poll interval is the longest a "
            "notice could wait without it",
            f"notices are gathered for {server_watch.GATHER_MS} ms into one refresh",
        ],
    )
