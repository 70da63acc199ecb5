"""The owner drops a file on the window and goes through the import preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.ui.dialogs.paste import PasteDialog
from feedback_desk.ui.imports.wizard import ImportDialog
from feedback_desk.ui.inbox.model import SENTIMENT, TEXT
from tests.ui.typing import type_text

# Qt offers no other way to build the drag-enter event a real drag sends than this constructor,
# which PySide flags as deprecated; the event itself is the one Qt delivers.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")

SURVEY = (
    "Timestamp,How likely are you to recommend Maple & Rye to a friend?,"
    "What could we do better?,Email\r\n"
    "03/10/2026 09:14:22,9,Love the sourdough,a@example.com\r\n"
    "04/10/2026 13:02:10,3,The queue was far too long,b@example.com\r\n"
    "05/10/2026 08:30:00,eleven,Hmm,c@example.com\r\n"
    "06/10/2026 08:30:00,8,Good coffee,d@example.com\r\n"
)


def _dialog() -> ImportDialog:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()
    )


def drop_file(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = window.rect().center()
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)


# The start of a PNG file (its signature), then bytes that are not text.
PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


def refusal_of(window, path) -> tuple[str, bool]:
    """Drop ``path`` on the window: what the import preview says, and whether it offers to
    import; the preview is closed."""
    seen = {}

    def look_and_close():
        dialog = _dialog()
        seen["status"] = dialog.status.text()
        seen["can_import"] = dialog.import_button.isEnabled()
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    drop_file(window, path)
    return seen["status"], seen["can_import"]


def choose(combo, value):
    """Pick an entry as a click in the list would."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_drop_a_survey_file_choose_day_first_and_import(qtbot, open_window, db_path, tmp_path):
    path = tmp_path / "survey.csv"
    path.write_bytes(SURVEY.encode("utf-8"))
    window = open_window(db_path)
    seen = {}

    def go_through_wizard():
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.problems is not None)
        seen["heading"] = dialog.heading.text()
        seen["problems"] = dialog.problem_text.toPlainText()
        seen["ambiguous"] = dialog.date_note.text()
        # The dates could be either way round: the owner says they are day first.
        choose(dialog.date_order, "dmy")
        qtbot.waitUntil(lambda: dialog.problems is not None)
        seen["first_date"] = dialog.rows.item(0, 1).text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, go_through_wizard)
    drop_file(window, path)
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 3, timeout=10_000)

    assert seen["heading"] == "Looks like a Google Forms survey"
    assert seen["problems"] == "Row 4: score 'eleven' is not an answer from 0 to 10"
    assert "could be read either way" in seen["ambiguous"]
    texts = {
        window.inbox.model.index(r, TEXT).data(): window.inbox.model.index(r, SENTIMENT).data()
        for r in range(3)
    }
    assert texts == {
        "Love the sourdough": "Positive",
        "The queue was far too long": "Negative",
        "Good coffee": "Neutral",
    }
    stored = {f.body: f for f in window.store.iter_feedback()}
    assert stored["Love the sourdough"].received_at == "2026-10-03T09:14:22"
    assert stored["Good coffee"].channel == "survey"
    assert "Imported 3 new feedback items from survey.csv" in window.statusBar().currentMessage()
    assert "1 row skipped" in window.statusBar().currentMessage()
    # The import history lists it, with the skipped row.
    window.show_page("imports")
    assert window.history.table.item(0, 1).text() == "survey.csv"
    assert window.history.table.item(0, 2).text() == "3"


def test_dropping_the_same_file_again_adds_nothing(qtbot, open_window, db_path, tmp_path):
    path = tmp_path / "survey.csv"
    path.write_bytes(SURVEY.encode("utf-8"))
    window = open_window(db_path)

    def import_as_offered():
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.problems is not None)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    for _ in range(2):
        QTimer.singleShot(0, import_as_offered)
        drop_file(window, path)
    assert window.store.inbox_count() == 3
    assert (
        "Nothing new in survey.csv: all 3 were already there" in window.statusBar().currentMessage()
    )


def test_a_picture_gets_a_plain_message_and_changes_nothing(
    qtbot, open_window, db_path, tmp_path, store
):
    intake.add_feedback(store, [NewFeedback(body="Kept safe")], "paste")
    before = list(store.conn.iterdump())
    picture = tmp_path / "photo.png"
    picture.write_bytes(PICTURE)
    status, can_import = refusal_of(open_window(db_path), picture)
    assert "image" in status
    assert can_import is False
    assert list(store.conn.iterdump()) == before


def test_cancel_in_the_middle_leaves_the_database_as_it_was(
    qtbot, open_window, db_path, tmp_path, store
):
    intake.add_feedback(store, [NewFeedback(body="Kept safe")], "paste")
    before = list(store.conn.iterdump())
    path = tmp_path / "big.csv"
    lines = ["date,name,stars,review"] + [
        f"2025-{1 + i % 12:02d}-{1 + i % 28:02d},Customer {i},{1 + i % 5},"
        f"Visit number {i} was {'great' if i % 2 else 'slow'}"
        for i in range(40_000)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    window = open_window(db_path)
    seen = {}

    def import_then_cancel():
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.problems is not None, timeout=20_000)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)
        seen["rate"] = dialog.status.text()
        dialog.reject()  # the Cancel button

    QTimer.singleShot(0, import_then_cancel)
    drop_file(window, path)
    assert "rows a second" in seen["rate"]
    assert list(store.conn.iterdump()) == before
    assert window.inbox.model.rowCount() == 1


def test_rows_pasted_from_a_spreadsheet_go_through_the_preview(qtbot, open_window, db_path):
    window = open_window(db_path)
    rows = (
        "Date\tName\tStars\tReview\n2026-10-01\tJo\t5\tLovely cake\n"
        "2026-10-02\tMo\t1\tStale bread\n"
    )

    def paste_rows():
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PasteDialog) and w.isVisible()
        )
        type_text(qtbot, dialog.text, rows)
        qtbot.waitUntil(lambda: dialog.table_text != "")
        QTimer.singleShot(0, import_in_preview)
        dialog.accept()

    def import_in_preview():
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.problems is not None)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, paste_rows)
    window.paste_action.trigger()
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 2)
    stored = {f.body: (f.rating, f.author) for f in window.store.iter_feedback()}
    assert stored == {"Lovely cake": (5, "Jo"), "Stale bread": (1, "Mo")}


def test_undo_import_from_the_history(qtbot, open_window, db_path, tmp_path, monkeypatch):
    path = tmp_path / "survey.csv"
    path.write_bytes(SURVEY.encode("utf-8"))
    window = open_window(db_path)
    intake.add_feedback(window.store, [NewFeedback(body="Typed by hand")], "form")

    def import_as_offered():
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.problems is not None)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, import_as_offered)
    drop_file(window, path)
    assert window.store.inbox_count() == 4
    window.show_page("imports")
    history = window.history
    history.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert [f.body for f in window.store.iter_feedback()] == ["Typed by hand"]
    assert window.inbox.model.rowCount() == 1
    assert history.table.item(0, 5).text() == "Undone"
    assert not history.undo_button.isEnabled()
