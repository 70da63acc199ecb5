"""The app as it runs, from run_gui: a restore asked in Settings closes the window, puts the
backup in place with the database closed and opens the window again on it; a launch during
the restore never opens the file being replaced; the daily backup is made while the window
is open."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from feedback_desk.core import backups
from feedback_desk.core.store import Store
from feedback_desk.ui import app as app_module
from feedback_desk.ui import crash
from feedback_desk.ui.main_window import PAGES, MainWindow
from feedback_desk.ui.settings.backups import DatabaseChange
from feedback_desk.ui.single_instance import ask_running
from tests.core.test_backups import add


def shown_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def run_app(app, db_path, **options) -> int:
    """run_gui as the app runs it; a hang ends it after a minute and fails the test rather
    than stalling CI."""
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(app.quit)
    watchdog.start(60_000)
    try:
        return app_module.run_gui(db_path, **options)
    finally:
        watchdog.stop()


def test_a_restore_from_settings_reopens_the_window_on_the_backup(
    qtbot, db_path, monkeypatch, window_settings_dir
):
    app = app_module.make_app()
    with Store(db_path) as store:
        add(store, "In the backup")
        chosen = store.backup()
        add(store, "Written after the backup", "And another")
    monkeypatch.setattr(crash, "install", lambda *_args: None)  # pytest-qt reports errors
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
    code = run_app(app, db_path)
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


def test_a_move_from_settings_reopens_the_window_in_the_new_folder(
    qtbot, db_path, tmp_path, monkeypatch, window_settings_dir
):
    app = app_module.make_app()
    with Store(db_path) as store:
        add(store, "Fresh bread every morning")
    monkeypatch.setattr(crash, "install", lambda *_args: None)
    folder = tmp_path / "new place"
    moved = folder / db_path.name
    seen: dict = {}

    def first_window():
        (window,) = shown_windows()
        seen["first"] = window
        poll.start(50)
        window._change_database(DatabaseChange("move", folder))

    def reopened():
        windows = [w for w in shown_windows() if w is not seen.get("first")]
        if not windows:
            return
        poll.stop()
        window = windows[0]
        seen["path"] = window.store.path
        seen["rows"] = window.inbox.model.rowCount()
        seen["status"] = window.statusBar().currentMessage()
        seen["new answers"] = ask_running(moved)  # a launch on the new place finds it
        seen["old answers"] = ask_running(db_path)
        window.close()

    poll = QTimer()
    poll.timeout.connect(reopened)
    QTimer.singleShot(0, first_window)
    code = run_app(app, db_path)
    assert code == 0
    assert seen["path"] == moved and seen["rows"] == 1
    assert "now in" in seen["status"] and "--db" in seen["status"]  # opened with a path
    assert seen["new answers"] is True and seen["old answers"] is False
    assert any(p.name.startswith("feedback-moved-") for p in db_path.parent.iterdir())


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


REVIEWS = "Date,Name,Stars,Review\n2026-03-02,Ann,5,Great rolls\n2026-03-03,Bo,1,Cold coffee\n"


def click_import_when_asked(qtbot) -> QTimer:
    """Click Import in each import preview that opens, as the owner would."""
    from PySide6.QtCore import Qt

    from feedback_desk.ui.imports.wizard import ImportDialog

    def look():
        for dialog in QApplication.topLevelWidgets():
            if (
                isinstance(dialog, ImportDialog)
                and dialog.isVisible()
                and dialog.problems is not None
            ):
                qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    return timer


def test_a_file_opened_with_the_app_is_imported_at_launch_and_later(
    qtbot, db_path, tmp_path, monkeypatch, window_settings_dir
):
    """As "Open with" on a CSV: the first launch opens the window and imports the file; a
    second launch with another file passes it to the running window; a FileOpen event (what
    macOS sends) imports a third."""
    from PySide6.QtGui import QFileOpenEvent

    from feedback_desk.ui import file_opener

    app = app_module.make_app()
    monkeypatch.setattr(crash, "install", lambda *_args: None)
    monkeypatch.setattr(file_opener, "SENDS_FILE_OPEN", True)  # as on macOS
    first, second, third = (tmp_path / f"{n}.csv" for n in ("first", "second", "third"))
    first.write_text(REVIEWS, encoding="utf-8")
    second.write_text(REVIEWS.replace("Ann", "Cy").replace("Bo,", "Di,"), encoding="utf-8")
    third.write_text("Date,Review\n2026-03-04,Friendly staff\n", encoding="utf-8")
    seen: dict = {}
    clicker = click_import_when_asked(qtbot)
    steps = iter(
        [
            (2, lambda: seen.__setitem__("second launch", ask_running(db_path, second))),
            (4, lambda: app.sendEvent(app, QFileOpenEvent(str(third)))),
            (5, lambda: shown_windows()[0].close()),
        ]
    )
    step = {"next": next(steps)}

    def progress():
        windows = shown_windows()
        if not windows or step["next"] is None:
            return
        count = windows[0].inbox.model.rowCount()
        wanted, action = step["next"]
        if count >= wanted:
            seen[f"rows at {wanted}"] = count
            step["next"] = next(steps, None)
            action()

    poll = QTimer()
    poll.timeout.connect(progress)
    poll.start(50)
    code = run_app(app, db_path, open_file=first)
    poll.stop(), clicker.stop()
    assert code == 0 and seen["second launch"] is True
    assert seen["rows at 5"] == 5
    with Store(db_path) as store:
        names = sorted(f.author for f in store.iter_feedback() if f.author)
        assert names == ["Ann", "Bo", "Cy", "Di"]
        assert store.stats()["feedback"] == 5
        files = [b.file_name for b in store.list_batches()]
    assert sorted(files) == ["first.csv", "second.csv", "third.csv"]


def test_an_unexpected_error_in_smoke_mode_ends_the_app_instead_of_waiting(tmp_path):
    """Nobody is there to close a dialog in `gui --smoke` (CI, the installer checks): the
    error is printed and the app ends with status 2."""
    from tests.conftest import assert_no_network, guarded_env

    code = textwrap.dedent(
        """
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from feedback_desk.ui import crash
        app = QApplication([])
        crash.install(None, smoke=True)
        def broken():
            raise RuntimeError("a bug in a slot")
        QTimer.singleShot(0, broken)
        QTimer.singleShot(20_000, app.quit)  # the dialog would wait; the test would time out
        app.exec()
        print("carried on")
        """
    )
    env = guarded_env(dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert_no_network(done)
    assert done.returncode == 2
    assert "RuntimeError: a bug in a slot" in done.stderr and "carried on" not in done.stdout
