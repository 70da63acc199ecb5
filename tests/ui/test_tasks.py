"""Work off the window's thread (ui/tasks.py): what the owner sees while it runs, and that no
failure goes unheard."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QThread
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from feedback_desk.core import backups
from feedback_desk.ui import views_list
from feedback_desk.ui.app import make_app
from feedback_desk.ui.settings.backups import DatabaseChange, apply_change
from feedback_desk.ui.tasks import Task
from tests.core.test_backups import add, bodies


class Stopped(Exception):
    pass


def progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def click_from_another_thread(button: QPushButton) -> None:
    """A click arriving while the work runs, as the window system would deliver it."""
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QCoreApplication.postEvent(button, event)


@pytest.mark.parametrize("kind", ["restore", "move"])
def test_the_window_takes_no_click_while_its_database_is_replaced(
    qtbot, store, db_path, tmp_path, monkeypatch, kind
):
    make_app()
    add(store, "Fresh bread every morning")
    backup = store.backup(reason="manual")
    store.close()
    button = QPushButton("Delete")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    clicks, clicked_during = [], []
    button.clicked.connect(lambda: clicks.append(kind))
    replace = getattr(backups, kind)

    def replacing(*args):
        assert QThread.currentThread() is not QCoreApplication.instance().thread()
        click_from_another_thread(button)
        time.sleep(0.3)  # the window's thread is free to handle the click meanwhile
        clicked_during.extend(clicks)
        return replace(*args)

    monkeypatch.setattr(backups, kind, replacing)
    target = backup if kind == "restore" else tmp_path / "elsewhere"
    if kind == "move":
        target.mkdir()
    path, message = apply_change(None, db_path, DatabaseChange(kind, target))
    qtbot.wait(50)
    assert message and clicked_during == [] and clicks == []
    assert bodies(path) == ["Fresh bread every morning"]


def test_a_dialog_shows_only_after_half_a_second_and_cancel_stops_the_work(qtbot):
    make_app()
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.01)
        raise Stopped

    task = Task(work, what="a test", cancelled_error=Stopped).with_progress(None, "Working…")
    ends = []
    for signal in ("done", "failed", "cancelled"):
        getattr(task, signal).connect(lambda *_a, s=signal: ends.append(s))
    task.start()
    try:
        seen_in_time(qtbot, task, started, ends)
    finally:
        task.cancel()  # the work stops, whatever the checks found
        task.wait()


def seen_in_time(qtbot, task, started, ends) -> None:
    assert started.wait(5)
    qtbot.wait(250)
    assert not [d for d in progress_dialogs() if d.isVisible()]  # quick work shows nothing
    qtbot.waitUntil(lambda: any(d.isVisible() for d in progress_dialogs()), timeout=2000)
    dialog = next(d for d in progress_dialogs() if d.isVisible())
    assert dialog.labelText() == "Working…"
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ends == ["cancelled"], timeout=5000)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in progress_dialogs()), timeout=2000)


def test_a_failure_nobody_expected_is_told_and_logged(qtbot, caplog):
    make_app()

    def work(progress, cancelled):
        return 1 / 0

    task = Task(work, what="dividing")
    told = []
    task.failed.connect(told.append)
    with caplog.at_level(logging.ERROR, logger="feedback_desk.ui.tasks"):
        task.start()
        qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "division by zero" in told[0]
    assert any("dividing failed" in r.getMessage() and r.exc_info for r in caplog.records)


@pytest.fixture
def counted_on_a_thread(qtbot, store, monkeypatch):
    """The sidebar of views, counting on a thread as it does on a big database."""
    make_app()
    add(store, "Cold coffee, rude staff")
    monkeypatch.setattr(views_list, "COUNT_IN_BACKGROUND_FROM", 0)
    view = views_list.ViewsList(store)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.counts().get("Trash") == 0, timeout=5000)
    yield view
    view.shutdown()


def test_a_sidebar_count_that_fails_reaches_the_log(qtbot, store, counted_on_a_thread, caplog):
    view = counted_on_a_thread
    before = view.counts()

    def broken(self, today):
        raise sqlite3.DatabaseError("database disk image is malformed")

    with (
        caplog.at_level(logging.ERROR, logger="feedback_desk.ui.tasks"),
        pytest.MonkeyPatch.context() as patch,
    ):
        patch.setattr(views_list.Store, "view_counts", broken)
        store.delete_feedback([store.inbox_page(0, 1)[0].id])
        view.refresh()
        qtbot.waitUntil(
            lambda: any("counting the views failed" in r.getMessage() for r in caplog.records),
            timeout=5000,
        )
        view.shutdown()
    assert view.counts() == before  # the counts shown stay until the next refresh


def test_closing_stops_a_sidebar_count_under_way(qtbot, store, counted_on_a_thread, caplog):
    """On a million items the views take a second to count: a window closed meanwhile stops
    the count rather than wait for it (and hang in front of the owner), and logs no failure."""
    view = counted_on_a_thread
    before = view.counts()
    started = threading.Event()

    def slow(self, today):
        started.set()
        # Counting as long as a very big database would take (a minute), unless stopped.
        return self.conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
            "WHERE i < 300000000) SELECT count(*) FROM n"
        ).fetchone()

    with (
        caplog.at_level(logging.INFO, logger="feedback_desk.ui.tasks"),
        pytest.MonkeyPatch.context() as patch,
    ):
        patch.setattr(views_list.Store, "view_counts", slow)
        view.refresh()
        assert started.wait(10)
        view.shutdown()  # the window closes
        qtbot.waitUntil(
            lambda: any("counting the views" in r.getMessage() for r in caplog.records),
            timeout=5000,
        )
    said = [r.getMessage() for r in caplog.records if "counting the views" in r.getMessage()]
    assert said == ["counting the views cancelled"]
    assert view.counts() == before


def test_the_sidebar_counts_with_a_read_only_store(qtbot, store, counted_on_a_thread, monkeypatch):
    view = counted_on_a_thread

    def no_writer(self, path):
        raise AssertionError("the sidebar opened the database to write")

    monkeypatch.setattr(views_list.Store, "__init__", no_writer)
    store.delete_feedback([store.inbox_page(0, 1)[0].id])
    view.refresh()
    qtbot.waitUntil(lambda: view.counts()["Trash"] == 1, timeout=5000)
