"""Trying the demo never mixes invented feedback into the owner's: it asks first, opens a
demo desk of its own with a bar that says so, and one click leads back."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from feedback_desk.core import intake
from feedback_desk.core.demo_desk import demo_database, is_demo_database
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store import Store
from feedback_desk.ui import app as app_module
from feedback_desk.ui import crash
from tests.ui.test_run_gui import run_app, shown_windows


def _answer_question(qtbot, button_text: str) -> None:
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _demo_button(window) -> QPushButton:
    return next(
        b for b in window.inbox.empty.findChildren(QPushButton) if b.text() == "Try demo data"
    )


def test_the_demo_opens_apart_and_one_click_leads_back(
    qtbot, db_path, monkeypatch, window_settings_dir
):
    app = app_module.make_app()
    monkeypatch.setattr(crash, "install", lambda *_args: None)
    seen: dict = {}

    def owner_window():
        (window,) = shown_windows()
        seen["first"] = window
        QTimer.singleShot(100, lambda: _answer_question(qtbot, "Open the demo"))
        qtbot.mouseClick(_demo_button(window), Qt.MouseButton.LeftButton)
        poll.start(100)

    def demo_window():
        windows = [w for w in shown_windows() if w is not seen["first"]]
        if not windows:
            return
        poll.stop()
        window = seen["demo"] = windows[0]
        seen["demo rows"] = window.inbox.model.rowCount()
        seen["banner"] = window.demo_banner is not None and window.demo_banner.isVisible()
        seen["title"] = window.windowTitle()
        seen["demo path"] = window.store.path
        qtbot.mouseClick(window.demo_banner.back, Qt.MouseButton.LeftButton)
        back_poll.start(100)

    def back_home():
        windows = [w for w in shown_windows() if w not in (seen["first"], seen["demo"])]
        if not windows:
            return
        back_poll.stop()
        window = windows[0]
        seen["home path"] = window.store.path
        seen["home banner"] = window.demo_banner
        seen["home empty"] = window.inbox.stack.currentWidget() is window.inbox.empty
        window.close()

    poll, back_poll = QTimer(), QTimer()
    poll.timeout.connect(demo_window)
    back_poll.timeout.connect(back_home)
    QTimer.singleShot(0, owner_window)
    assert run_app(app, db_path) == 0
    assert seen["demo rows"] >= 300
    assert seen["banner"] is True and "demo" in seen["title"]
    assert seen["demo path"] == demo_database(db_path) and is_demo_database(seen["demo path"])
    assert seen["home path"] == db_path and seen["home banner"] is None
    assert seen["home empty"] is True
    with Store(db_path) as store:  # not one invented item in the owner's own database
        assert store.inbox_count() == 0
        assert store.list_batches(("file", "paste", "demo", "form")) == []


def test_saying_no_to_the_demo_changes_nothing(qtbot, open_window, db_path):
    with Store(db_path) as store:
        intake.add_feedback(store, [NewFeedback(body="Lovely bread", channel="google")], "form")
    window = open_window(db_path)
    QTimer.singleShot(100, lambda: _answer_question(qtbot, "Cancel"))
    window.demo_action.trigger()
    assert window.database_change is None and window.isVisible()
    assert window.inbox.model.rowCount() == 1
    assert not demo_database(db_path).exists()


def test_the_demo_desk_offers_no_restore_or_move_of_backups(
    qtbot, open_window, db_path, window_settings_dir
):
    from feedback_desk.ui.main_window import MainWindow

    own = open_window(db_path)
    own.show_page("settings")
    assert own.settings_page.backups.isEnabled()  # the owner's own data: restore and move
    demo = demo_database(db_path)
    demo.parent.mkdir()
    store = Store(demo)
    window = MainWindow(store, home=db_path)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")  # built only now, and still told it is the demo desk
    assert window.settings_page.isVisible()
    assert not window.settings_page.backups.isEnabled()
    window.close()
    store.close()
