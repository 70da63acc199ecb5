"""The app as it runs, from run_gui: a restore asked in Settings closes the window, puts the
backup in place with the database closed and opens the window again on it; a launch during
the restore never opens the file being replaced; the daily backup is made while the window
is open."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from feedback_desk.core import backups, intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store import Store
from feedback_desk.ui import app as app_module
from feedback_desk.ui import crash
from feedback_desk.ui.backups_panel import DatabaseChange
from feedback_desk.ui.main_window import PAGES, MainWindow
from feedback_desk.ui.single_instance import ask_running


def add(store: Store, *bodies: str) -> None:
    items = [NewFeedback(body=b, channel="email", received_at="2026-03-01") for b in bodies]
    intake.add_feedback(store, items, "paste")


def shown_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_a_restore_from_settings_reopens_the_window_on_the_backup(
    qtbot, db_path, monkeypatch, window_settings_dir
):
    app = app_module.make_app()
    with Store(db_path) as store:
        add(store, "In the backup")
        chosen = store.backup()
        add(store, "Written after the backup", "And another")
    monkeypatch.setattr(crash, "install", lambda _log: None)  # pytest-qt reports errors
    release = threading.Event()
    real_restore = backups.restore

    def slow_restore(*args, **kwargs):  # long enough for a second launch to come meanwhile
        assert release.wait(20)
        return real_restore(*args, **kwargs)

    monkeypatch.setattr(backups, "restore", slow_restore)
    seen: dict = {}

    def first_window():
        (window,) = shown_windows()
        seen["first"] = window
        seen["rows before"] = window.inbox.model.rowCount()
        QTimer.singleShot(200, second_launch)
        window._change_database(DatabaseChange("restore", chosen))

    def second_launch():
        # The window is closed and the file is being replaced: a launch now is answered by
        # the running app, so it does not open the database, and the old window stays shut.
        seen["answered"] = ask_running(db_path)
        QTimer.singleShot(300, check_and_release)

    def check_and_release():
        old = seen["first"]
        seen["old window shown"] = shiboken6.isValid(old) and old.isVisible()
        release.set()
        poll.start(50)

    def reopened():
        windows = [w for w in shown_windows() if w is not seen.get("first")]
        if not windows:
            return
        poll.stop()
        window = windows[0]
        seen["rows after"] = window.inbox.model.rowCount()
        seen["status"] = window.statusBar().currentMessage()
        seen["page"] = PAGES[window.sidebar.currentRow()]
        window.close()

    poll = QTimer()
    poll.timeout.connect(reopened)
    QTimer.singleShot(0, first_window)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(app.quit)  # a hang fails the test rather than stalling CI
    watchdog.start(60_000)
    code = app_module.run_gui(db_path)
    watchdog.stop()
    assert code == 0
    assert seen["rows before"] == 3
    assert seen["answered"] is True and seen["old window shown"] is False
    assert seen["rows after"] == 1
    assert "Restored the backup" in seen["status"]
    assert seen["page"] == "settings"
    kept = [b for b in backups.list_backups(db_path) if b.reason == "before-restore"]
    assert len(kept) == 1
    with Store(kept[0].path) as before:
        assert before.stats()["feedback"] == 3  # what the restore replaced is kept
    assert not ask_running(db_path)  # the app has quit and let its name go


def test_the_open_window_makes_the_days_backup(open_window, db_path, qtbot):
    with Store(db_path) as store:
        add(store, "Lovely staff")
    window = open_window(db_path)
    made = []
    window.backup_timer.made.connect(made.append)
    window.backup_timer.timer.start(10)  # instead of a minute after the window shows
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)
    daily = backups.list_backups(db_path)
    assert [b.reason for b in daily] == ["daily"] and daily[0].path == made[0]
    with Store(made[0]) as copy:
        assert [f.body for f in copy.iter_feedback()] == ["Lovely staff"]
    window.close()  # the timer stops with the window
    qtbot.waitUntil(lambda: not window.backup_timer.timer.isActive(), timeout=2000)
