"""The owner pastes reviews and sees them in the inbox, labelled, and still there tomorrow."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from feedback_desk.ui.dialogs.paste import PasteDialog
from feedback_desk.ui.inbox.model import SENTIMENT, TEXT
from tests.ui.typing import type_text

THREE_REVIEWS = """Stars: 5
Author: Sam K.
The sourdough is the best in town and the staff are lovely!

Waited forty minutes for a cold coffee. Terrible service, never again.

Author: 민지
크루아상이 최고예요
"""


def _inbox_rows(window):
    model = window.inbox.model
    return [
        (model.index(r, TEXT).data(), model.index(r, SENTIMENT).data())
        for r in range(model.rowCount())
    ]


def paste_through_dialog(qtbot, window, text):
    """Open Paste feedback from the menu action, type, press the Add button."""

    def fill_and_add():
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PasteDialog) and w.isVisible()
        )
        type_text(qtbot, dialog.text, text)
        assert dialog.text.toPlainText() == text
        qtbot.waitUntil(
            lambda: dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        )
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, fill_and_add)
    window.paste_action.trigger()


def test_paste_three_reviews_shows_three_labelled_rows(qtbot, open_window, db_path):
    window = open_window(db_path)
    assert window.inbox.stack.currentWidget() is window.inbox.empty

    paste_through_dialog(qtbot, window, THREE_REVIEWS)

    rows = _inbox_rows(window)
    assert len(rows) == 3
    by_text = {text: label for text, label in rows}
    assert by_text["The sourdough is the best in town and the staff are lovely!"] == "Positive"
    assert (
        by_text["Waited forty minutes for a cold coffee. Terrible service, never again."]
        == "Negative"
    )
    # Korean text with no stars is read by the app's own Korean model.
    assert by_text["크루아상이 최고예요"] == "Positive"
    assert window.inbox.stack.currentWidget() is not window.inbox.empty
    assert window.store.stats()["feedback"] == 3


def test_pasted_feedback_is_still_there_after_a_restart(qtbot, open_window, db_path):
    first = open_window(db_path)
    paste_through_dialog(qtbot, first, THREE_REVIEWS)
    before = _inbox_rows(first)
    first.close()
    first.store.close()

    second = open_window(db_path)
    assert _inbox_rows(second) == before
    assert len(before) == 3


def test_pasting_the_same_reviews_again_adds_nothing(qtbot, open_window, db_path):
    window = open_window(db_path)
    paste_through_dialog(qtbot, window, THREE_REVIEWS)
    paste_through_dialog(qtbot, window, THREE_REVIEWS)
    assert window.inbox.model.rowCount() == 3
    assert "already in your inbox" in window.statusBar().currentMessage()


def test_selecting_a_row_shows_the_whole_review_and_why_it_was_labelled(
    qtbot, open_window, db_path
):
    window = open_window(db_path)
    paste_through_dialog(qtbot, window, THREE_REVIEWS)
    table = window.inbox.table
    for row in range(window.inbox.model.rowCount()):
        if window.inbox.model.index(row, TEXT).data().startswith("The sourdough"):
            rect = table.visualRect(window.inbox.model.index(row, TEXT))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = window.inbox.detail
    assert detail.body.text().startswith("The sourdough is the best in town")
    assert "5-star rating" in detail.verdict.text()
    assert "Sam K." in detail.heading.text()


def test_a_korean_review_says_the_korean_model_read_it_and_how_sure(qtbot, open_window, db_path):
    window = open_window(db_path)
    paste_through_dialog(qtbot, window, THREE_REVIEWS)
    table, model = window.inbox.table, window.inbox.model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, TEXT).data() == "크루아상이 최고예요"
    )
    rect = table.visualRect(model.index(row, TEXT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    verdict = window.inbox.detail.verdict.text()
    assert "Korean text model" in verdict
    stored = window.store.search("크루아상")[0]
    assert f"{round((1 + abs(stored.compound)) / 2 * 100)}% sure" in verdict
