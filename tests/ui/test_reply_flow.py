"""Answering as the owner does: pick the suggested template, make it theirs, mark it replied,
and see the answer and its response time in the inbox and the figures."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.ui.dialogs.reply import ReplyDialog
from feedback_desk.ui.inbox.model import RESPONSE, STATUS, TEXT
from tests.ui.typing import click_row, hours_ago, type_text


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch):
    """A dialog closed at the end of a test with a written reply asks whether to discard it:
    the answer is Discard, unless a test says otherwise."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )


@pytest.fixture
def window(open_window, db_path, store):
    store.set_setting("business_name", "Sunrise Bakery")
    store.set_setting("owner_name", "Min Park")
    store.set_team(["Jo"])
    intake.add_feedback(
        store,
        [
            NewFeedback(
                body="Lovely sourdough, friendly staff",
                author="Sam",
                rating=5,
                received_at=hours_ago(5),
            ),
            NewFeedback(
                body="We waited 40 minutes for two coffees. So slow.",
                author="Jane Doe",
                rating=1,
                received_at=hours_ago(3),
            ),
        ],
        "paste",
    )
    return open_window(db_path)


def open_reply(qtbot, window, act, button: bool = False) -> None:
    """Press R on the selected item (or click the detail pane's Reply button) and let ``act``
    work the dialog while it is open."""

    def work():
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ReplyDialog) and w.isVisible()
        )
        act(dialog)

    QTimer.singleShot(50, work)
    if button:
        qtbot.mouseClick(window.inbox.detail.reply_button, Qt.MouseButton.LeftButton)
        return
    window.inbox.table.setFocus()
    qtbot.keyClick(window.inbox.table, Qt.Key.Key_R)


def test_answer_a_complaint_with_the_suggested_template(qtbot, window):
    store, inbox = window.store, window.inbox
    click_row(qtbot, window, 0)  # the complaint, newest
    assert inbox.model.index(0, TEXT).data().startswith("We waited 40 minutes")
    assert inbox.model.index(0, RESPONSE).data() == "3 h"
    assert inbox.detail.answer.text().startswith("Waiting for an answer for 3.0 hours")
    slow = next(t for t in store.response_templates() if t.name == "Slow service")
    seen = {}

    def answer(dialog):
        first = dialog.templates.item(0)
        seen["first"] = first.text()
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
        seen["filled"] = dialog.text.toPlainText()
        dialog.text.moveCursor(QTextCursor.MoveOperation.End)
        type_text(qtbot, dialog.text, "\nA coffee on us next time.")
        qtbot.mouseClick(dialog.replied_button, Qt.MouseButton.LeftButton)

    open_reply(qtbot, window, answer)
    # The item is tagged Speed by the starting rules, so "Slow service" is suggested first.
    assert seen["first"] == "★ Slow service"
    assert seen["filled"].startswith("Hi Jane,\n\nThank you for letting us know")
    assert seen["filled"].endswith("Min Park\nSunrise Bakery")
    assert "{" not in seen["filled"]

    item = store.search("coffees")[0]
    assert item.status == "replied"
    assert item.reply == seen["filled"] + "\nA coffee on us next time."
    (reply,) = store.replies_of(item.id)
    assert (reply.template_id, reply.by, reply.how) == (slow.id, "Min Park", "public")
    assert store.get_template(slow.id).uses == 1
    figures = store.stats()
    assert figures["replied"] == 1
    assert figures["needs_reply"] == 1  # the praise still waits
    assert figures["median_first_response_hours"] == pytest.approx(3.0, abs=0.05)
    assert inbox.model.index(0, STATUS).data() == "Replied"
    assert inbox.model.index(0, RESPONSE).data() == "✓ 3 h"
    assert inbox.detail.answer.text() == "Answered 3.0 hours after it arrived."
    assert inbox.detail.reply.text() == item.reply
    assert inbox.detail.reply_button.text() == "Edit reply..."


def test_praise_gets_a_warm_template_and_a_reply_can_be_edited_later(qtbot, window):
    store, inbox = window.store, window.inbox
    click_row(qtbot, window, 1)  # the praise
    seen = {}

    def answer(dialog):
        seen["first"] = dialog.templates.item(0).data(Qt.ItemDataRole.UserRole)
        dialog.use_template()
        qtbot.mouseClick(dialog.replied_button, Qt.MouseButton.LeftButton)

    open_reply(qtbot, window, answer)
    assert "positive" in seen["first"].sentiments
    first_text = store.search("sourdough")[0].reply
    assert "Sam" in first_text

    def edit(dialog):
        seen["button"] = dialog.replied_button.text()
        seen["history"] = dialog.history.text()
        dialog.text.selectAll()
        type_text(qtbot, dialog.text, "Thank you, Sam! See you soon.")
        qtbot.mouseClick(dialog.replied_button, Qt.MouseButton.LeftButton)

    assert inbox.detail.reply_button.text() == "Edit reply..."
    open_reply(qtbot, window, edit, button=True)
    assert seen["button"] == "Save changes"
    assert seen["history"].startswith("Answered ")
    item = store.search("sourdough")[0]
    assert [(r.body, r.current) for r in store.replies_of(item.id)] == [
        (first_text, False),
        ("Thank you, Sam! See you soon.", True),
    ]
    assert inbox.detail.reply.text() == "Thank you, Sam! See you soon."


def test_the_signature_follows_who_answers(qtbot, window):
    item = window.store.search("coffees")[0]
    dialog = ReplyDialog(window.store, item, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.use_template()
    assert dialog.text.toPlainText().endswith("Min Park\nSunrise Bakery")
    dialog.by.setCurrentText("Jo")
    assert dialog.text.toPlainText().endswith("Jo\nSunrise Bakery")
    type_text(qtbot, dialog.text, " Thanks again.")  # the owner's own words are never replaced
    dialog.by.setCurrentText("Min Park")
    assert dialog.text.toPlainText().endswith("Jo\nSunrise Bakery Thanks again.")


def test_a_reply_that_cannot_be_saved_keeps_the_dialog_and_its_text(qtbot, window, monkeypatch):
    store = window.store
    item = store.search("coffees")[0]
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))

    def full_disk(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "add_reply", full_disk)
    dialog = ReplyDialog(store, item, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.text, "So sorry, Jane. Please call us.")
    qtbot.mouseClick(dialog.replied_button, Qt.MouseButton.LeftButton)
    assert warnings and "disk is full" in warnings[0]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.text.toPlainText() == "So sorry, Jane. Please call us."
    assert store.replies_of(item.id) == []


def test_a_template_asks_before_replacing_the_owners_words(qtbot, window, monkeypatch):
    item = window.store.search("coffees")[0]
    dialog = ReplyDialog(window.store, item, window)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []

    def answer(no_or_yes):
        def question(*args, **_kwargs):
            asked.append(args[2])
            return no_or_yes

        monkeypatch.setattr(QMessageBox, "question", question)

    type_text(qtbot, dialog.text, "Dear Jane, I am so sorry.")
    answer(QMessageBox.StandardButton.No)
    dialog.use_template()
    assert dialog.text.toPlainText() == "Dear Jane, I am so sorry."
    assert asked and asked[0].startswith("Replace what you wrote with")
    answer(QMessageBox.StandardButton.Yes)
    dialog.use_template()
    assert dialog.text.toPlainText().startswith("Hi Jane,")
    # Another template over one put in a moment ago: no question, nothing of the owner's lost.
    asked.clear()
    dialog.templates.setCurrentRow(1)
    dialog.use_template()
    assert not asked


def test_double_click_puts_the_template_in_once(qtbot, window):
    item = window.store.search("coffees")[0]
    dialog = ReplyDialog(window.store, item, window)
    qtbot.addWidget(dialog)
    dialog.show()
    entry = dialog.templates.item(0)
    rect = dialog.templates.visualItemRect(entry)
    # A double-click as the system delivers it: a click, then the second press as a double.
    qtbot.mouseClick(dialog.templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    filled = dialog.text.toPlainText()
    assert filled.startswith("Hi Jane,")
    dialog.text.undo()  # one Ctrl+Z takes the template out again
    assert dialog.text.toPlainText() == ""


def test_closing_with_a_written_reply_asks_first(qtbot, window, monkeypatch):
    item = window.store.search("coffees")[0]
    dialog = ReplyDialog(window.store, item, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.text, "So sorry about the wait.")
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Cancel
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.text.toPlainText() == "So sorry about the wait."
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.store.replies_of(item.id) == []


def test_a_reply_rewritten_from_scratch_does_not_count_as_the_templates_use(qtbot, window):
    store = window.store
    item = store.search("coffees")[0]
    dialog = ReplyDialog(store, item, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.use_template()
    dialog.text.selectAll()
    type_text(qtbot, dialog.text, "Call me on 555-0100 and I will explain. Min")
    qtbot.mouseClick(dialog.replied_button, Qt.MouseButton.LeftButton)
    (reply,) = store.replies_of(item.id)
    assert reply.template_id is None
    assert sum(t.uses for t in store.response_templates()) == 0


def test_an_unnamed_owner_is_never_signed_with_the_computers_login(qtbot, open_window, db_path):
    import getpass

    from feedback_desk.core.store import Store

    with Store(db_path) as store:
        intake.add_feedback(
            store, [NewFeedback(body="So slow today", author="Jane Doe", rating=1)], "form"
        )
    window = open_window(db_path)
    item = window.store.search("slow")[0]
    dialog = ReplyDialog(window.store, item, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.use_template()
    text = dialog.text.toPlainText()
    assert getpass.getuser() not in text.splitlines()[-2:]
    assert text.splitlines()[-1] == "The team"
    assert dialog.sign_hint.isVisible()
    assert dialog.by.currentText() == ""  # nor recorded as who answered: the owner names it
    assert dialog.by.lineEdit().placeholderText() == "Your name (Settings keeps it)"
