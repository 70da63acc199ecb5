"""Small things an owner expects: Escape clears the search, File > Export... writes the desk."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.restore import export_format
from feedback_desk.core.store import Store
from tests.ui.typing import type_text


def _fill(db_path):
    with Store(db_path) as store:
        intake.add_feedback(
            store,
            [
                NewFeedback(body="The croissant was perfect", author="Ana", rating=5),
                NewFeedback(body="Cold coffee again", author="Ben", rating=2),
            ],
            "form",
        )


def test_escape_in_the_search_box_lists_everything_again(qtbot, open_window, db_path):
    _fill(db_path)
    window = open_window(db_path)
    inbox = window.inbox
    inbox.search.setFocus()
    type_text(qtbot, inbox.search, "coffee")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1)
    qtbot.keyClick(inbox.search, Qt.Key.Key_Escape)
    assert inbox.search.text() == ""
    assert inbox.model.rowCount() == 2
    assert inbox.table.hasFocus()


def test_file_export_writes_everything_from_the_window(
    qtbot, open_window, db_path, tmp_path, monkeypatch
):
    _fill(db_path)
    window = open_window(db_path)
    target = tmp_path / "everything"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "JSON file (*.json)")
    )
    menu = window.menuBar().actions()[0].menu()
    export = next(a for a in menu.actions() if a.text() == "&Export everything...")
    export.trigger()
    written = tmp_path / "everything.json"
    assert export_format(written)  # a whole-desk export, which `import` restores
    bodies = {item["body"] for item in json.loads(written.read_text("utf-8"))["feedback"]}
    assert bodies == {"The croissant was perfect", "Cold coffee again"}
    assert "Exported 2 feedback items" in window.statusBar().currentMessage()
    assert "everything.json" in window.statusBar().currentMessage()


def test_an_export_on_a_full_disk_says_so(qtbot, open_window, db_path, tmp_path, monkeypatch):
    import errno

    from PySide6.QtWidgets import QMessageBox

    from feedback_desk.ui import export_file

    _fill(db_path)
    window = open_window(db_path)
    target = tmp_path / "export.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def full_disk(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_file, "export_desk", full_disk)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    window.export_action.trigger()
    assert len(said) == 1 and "The disk is full, so nothing was exported" in said[0]
    assert not target.exists()
    assert window.statusBar().currentMessage() == ""
