"""The window as the owner meets it: empty state, demo data, the form, search, layout."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.ui import crash
from feedback_desk.ui.dialogs.add_feedback import AddFeedbackDialog
from feedback_desk.ui.inbox.model import PAGE_SIZE, SCORE, SENTIMENT, TEXT
from tests.ui.typing import type_text


def _visible(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_add_a_phone_call_with_the_form(qtbot, open_window, db_path):
    window = open_window(db_path)

    def fill():
        dialog = _visible(AddFeedbackDialog)
        type_text(qtbot, dialog.author, "Mrs. Novak")
        dialog.rating.setCurrentIndex(dialog.rating.findData(2))
        type_text(qtbot, dialog.body, "Called: the birthday cake was two hours late.")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, fill)
    window.add_action.trigger()
    model = window.inbox.model
    assert model.rowCount() == 1
    assert model.index(0, SCORE).data() == "★★☆☆☆"
    assert model.index(0, SENTIMENT).data() == "Negative"
    stored = window.store.search("birthday")[0]
    assert (stored.channel, stored.author, stored.rating) == ("phone", "Mrs. Novak", 2)


def test_the_form_will_not_save_an_empty_note(qtbot, open_window, db_path):
    window = open_window(db_path)
    seen = []

    def press_save_then_cancel():
        dialog = _visible(AddFeedbackDialog)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        seen.append((dialog.isVisible(), dialog.problem.text()))
        dialog.reject()

    QTimer.singleShot(0, press_save_then_cancel)
    window.add_action.trigger()
    assert seen == [(True, "Write down what the customer said, or their score.")]
    assert window.store.inbox_count() == 0


def test_search_as_you_type_narrows_the_list(qtbot, open_window, db_path, store):
    intake.add_feedback(
        store,
        [
            NewFeedback(body="The croissants are perfect"),
            NewFeedback(body="Coffee was cold"),
            NewFeedback(body="크루아상 맛있어요", rating=5),
        ],
        "paste",
    )
    window = open_window(db_path)
    assert window.inbox.model.rowCount() == 3
    type_text(qtbot, window.inbox.search, "croiss")
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 1)
    assert window.inbox.model.index(0, TEXT).data() == "The croissants are perfect"
    assert window.inbox.detail.body.text() == "The croissants are perfect"
    window.inbox.search.clear()
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 3)
    type_text(qtbot, window.inbox.search, "nothing like this")
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 0)
    assert window.inbox.count.text() == "Nothing matches"


def test_a_long_inbox_loads_only_the_pages_it_shows(qtbot, open_window, db_path, store):
    items = [
        NewFeedback(
            body=f"note {i}",
            received_at=f"2025-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}",
            author=f"c{i}",
        )
        for i in range(PAGE_SIZE * 6)
    ]
    intake.add_feedback(store, items, "paste")
    window = open_window(db_path)
    model = window.inbox.model
    assert model.rowCount() == PAGE_SIZE * 6
    assert len(model._pages) == 1
    window.inbox.table.scrollToBottom()
    qtbot.wait(10)
    last = model.index(model.rowCount() - 1, TEXT).data()
    assert last == "note 0"  # the oldest is at the end
    assert len(model._pages) <= 3


def test_window_size_and_splitter_are_remembered(qtbot, open_window, db_path):
    first = open_window(db_path)
    first.resize(780, 520)  # the offscreen screen is 800 x 600
    first.inbox.splitter.setSizes([420, 180])
    sizes = first.inbox.splitter.sizes()
    first.close()
    first.store.close()
    second = open_window(db_path)
    assert (second.width(), second.height()) == (780, 520)
    assert second.inbox.splitter.sizes() == sizes


def test_an_unexpected_error_shows_a_dialog_naming_the_log(qtbot, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = tmp_path / "feedback-desk.log"
    crash.install(log)
    try:
        raise RuntimeError("the printer caught fire")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert "the printer caught fire" in shown[0]
    assert str(log) in shown[0]


def test_a_full_disk_keeps_the_dialog_open_with_its_text(qtbot, open_window, db_path, monkeypatch):
    import sqlite3

    from feedback_desk.core import intake as intake_module

    window = open_window(db_path)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))

    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(intake_module, "add_feedback", disk_full)
    seen = {}

    def fill_and_save():
        dialog = _visible(AddFeedbackDialog)
        type_text(qtbot, dialog.body, "The cake was lovely")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        seen["open"] = dialog.isVisible()
        seen["text"] = dialog.body.toPlainText()
        dialog.reject()

    QTimer.singleShot(0, fill_and_save)
    window.add_action.trigger()
    assert seen == {"open": True, "text": "The cake was lovely"}
    assert len(warnings) == 1 and "disk is full" in warnings[0]
    assert window.store.inbox_count() == 0
