"""A customer's requests from their dialog, as the owner makes them: "send me my data" and
"forget me" (then what to do with the backups); the retention setting and its first preview;
the one-time notice that the files are now the owner's alone."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from feedback_desk.core import erasure, intake
from feedback_desk.core.owner_only import TOLD_KEY
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.settings import FORGET_AFTER_YEARS
from feedback_desk.ui.app import make_app
from feedback_desk.ui.dialogs.customer import CustomerDialog
from feedback_desk.ui.privacy_start import at_start, forget_quiet_customers
from feedback_desk.ui.settings.page import SettingsPage

JANE = NewFeedback(
    "The staff were rude to me, Jane Doe, and I waited 40 minutes.",
    "2026-03-02T10:00:00",
    channel="survey",
    author="Jane Doe",
    email="jane@example.com",
    phone="(503) 555-0199",
    nps_score=2,
)
OLD = NewFeedback(
    "Nice.",
    "2019-05-01",
    channel="survey",
    author="Old Timer",
    email="old@example.com",
    nps_score=8,
)


def answer(qtbot, expected: str, button: str) -> None:
    """When a message box saying ``expected`` is up, click its ``button``."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or expected not in box.text():
            QTimer.singleShot(20, look)
            return
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)


@pytest.fixture
def jane(qtbot, store):
    make_app()
    intake.add_feedback(store, [JANE], "form")
    fid = store.conn.execute("SELECT id FROM feedback").fetchone()[0]
    store.add_reply(fid, "Hi Jane, we are sorry.", "2026-03-02T12:00:00")
    dialog = CustomerDialog(store, fid)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.hide())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_erase_from_the_dialog_then_rewrite_the_backups(qtbot, jane, store):
    backup = store.backup(reason="manual")
    answer(qtbot, "This cannot be undone", "Yes")
    answer(qtbot, "1 backup still holds them", "Rewrite without them")
    qtbot.mouseClick(jane.erase_button, Qt.MouseButton.LeftButton)
    assert jane.erased
    assert [jane.fields[k].text() for k in ("name", "email", "phone")] == ["", "", ""]
    story = jane.story.toPlainText()
    assert "Jane" not in story and "[erased]" in story and "waited 40 minutes" in story
    assert store.find_person("jane@example.com") is None
    assert b"jane" not in backup.read_bytes().lower()
    assert not jane.changed()  # closing does not offer to save the old details back


def test_erase_asks_first_and_cancel_changes_nothing(qtbot, jane, store):
    answer(qtbot, "This cannot be undone", "Cancel")
    qtbot.mouseClick(jane.erase_button, Qt.MouseButton.LeftButton)
    assert not jane.erased and jane.fields["email"].text() == "jane@example.com"
    assert store.find_person("jane@example.com") is not None


def test_export_their_data_from_the_dialog(qtbot, jane, tmp_path, monkeypatch):
    out = tmp_path / "jane.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    answer(qtbot, "jane.json", "OK")
    qtbot.mouseClick(jane.export_button, Qt.MouseButton.LeftButton)
    held = json.loads(out.read_text(encoding="utf-8"))
    assert held["customers"][0]["email"] == "jane@example.com"
    assert held["feedback"][0]["replies"][0]["body"] == "Hi Jane, we are sorry."


def test_retention_is_off_until_the_owner_sets_it_in_settings(qtbot, store):
    make_app()
    page = SettingsPage(store)
    qtbot.addWidget(page)
    assert page.retention.years.text() == "Never (off)"
    page.retention.years.setFocus()
    page.retention.years.selectAll()
    qtbot.keyClicks(page.retention.years, "3")
    page.flush()
    assert store.get_setting(FORGET_AFTER_YEARS.key) == 3
    assert page.retention.years.text() == "3 years"


def test_retention_shows_who_first_then_forgets_at_each_start(qtbot, store):
    make_app()
    intake.add_feedback(store, [OLD, JANE], "form")
    window = QMainWindow()
    qtbot.addWidget(window)
    assert forget_quiet_customers(window, store) == 0  # off by default: nothing asked
    store.set_setting(FORGET_AFTER_YEARS.key, 3)
    answer(qtbot, "Old Timer", "No")
    assert forget_quiet_customers(window, store) == 0
    assert store.find_person("old@example.com") is not None
    answer(qtbot, "Old Timer", "Yes")
    assert forget_quiet_customers(window, store) == 1
    assert store.find_person("old@example.com") is None
    assert (
        "Erased the details of 1 customer not heard from in 3 years"
        in window.statusBar().currentMessage()
    )
    assert store.get_setting(erasure.RETENTION_PREVIEWED)
    intake.add_feedback(
        store,
        [NewFeedback("Hm.", "2018-01-01", author="Ann Other", email="ann@example.com")],
        "form",
    )
    assert forget_quiet_customers(window, store) == 1  # no question the second time
    assert store.find_person("jane@example.com") is not None  # heard from lately


def test_the_owner_is_told_once_that_the_files_are_theirs_alone(qtbot, store):
    make_app()
    window = QMainWindow()
    qtbot.addWidget(window)
    at_start(window, store, tightened=3)
    assert "now only you can read them" in window.statusBar().currentMessage()
    assert store.get_setting(TOLD_KEY)
    window.statusBar().clearMessage()
    at_start(window, store, tightened=1)
    assert window.statusBar().currentMessage() == ""
