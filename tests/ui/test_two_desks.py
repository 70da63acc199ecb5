"""Two desks on one database, driven through the real widgets: the window's change to an item,
a reply, a follow-up, a customer or a template that someone changed since it was shown is
refused with a plain message, shows the other person's change, and keeps what this person
typed. (Two stores on one file: the store's tests cover the team server.) And each reply and
note is signed by the person at this computer, chosen in Settings and kept per computer."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store import Store
from feedback_desk.ui import person
from feedback_desk.ui.dialogs.customer import CustomerDialog
from feedback_desk.ui.dialogs.followup import FollowUpDialog, saved
from feedback_desk.ui.dialogs.reply import ReplyDialog
from feedback_desk.ui.settings.page import SettingsPage
from tests.ui.typing import click_row, type_text

LEFT = Qt.MouseButton.LeftButton
NOW = "2026-10-05T12:00:00"
REVIEWS = [
    NewFeedback(
        body="Waited forever for a cold coffee",
        author="Jane Doe",
        email="jane@example.com",
        rating=1,
        received_at="2026-10-05T09:00:00",
    ),
    NewFeedback(body="Lovely sourdough", rating=5, received_at="2026-10-03T09:00:00"),
]


@pytest.fixture
def window(open_window, db_path, store):
    intake.add_feedback(store, REVIEWS, "paste")
    return open_window(db_path)


@pytest.fixture
def jo(db_path, window):
    """The other desk: Jo's, on the same file."""
    other = Store(db_path)
    other.desk_person = "Jo"
    yield other
    other.close()


def choose(combo, value):
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def first_id(window) -> int:
    return window.inbox.selected_ids()[0]


def test_a_status_changed_on_another_desk_is_not_overwritten(qtbot, window, jo):
    click_row(qtbot, window, 0)
    fid = first_id(window)
    jo.set_status([fid], "resolved", seen=jo.versions_of("feedback", [fid]))
    steps = window.undo_stack.count()

    choose(window.inbox.detail.panel.status, "ignored")

    notice = window.inbox.detail.notice
    assert notice.isVisible()
    assert "Jo" in notice.text() and "status" in notice.text()
    assert "not saved" in notice.text()
    assert jo.get_feedback(fid).status == "resolved"  # Jo's change stands
    assert window.inbox.detail.panel.status.currentData() == "resolved"  # and shows here
    assert window.undo_stack.count() == steps  # nothing to undo: nothing was done

    choose(window.inbox.detail.panel.status, "ignored")  # seeing it, the person decides
    assert jo.get_feedback(fid).status == "ignored"


def test_undo_over_a_teammates_later_change_is_refused_and_said(qtbot, window, jo):
    click_row(qtbot, window, 0)
    fid = first_id(window)
    choose(window.inbox.detail.panel.status, "needs_reply")
    choose(window.inbox.detail.panel.sentiment, "negative")  # a later change of one's own
    window.undo_action.trigger()  # the own later change is no reason to refuse
    assert jo.get_feedback(fid).sentiment_overridden is False
    jo.assign([fid], "Jo", seen=jo.versions_of("feedback", [fid]))

    window.undo_action.trigger()

    assert jo.get_feedback(fid).status == "needs_reply"  # not put back over Jo's change
    assert jo.get_feedback(fid).assignee == "Jo"
    assert "Jo" in window.inbox.detail.notice.text()
    assert window.inbox.detail.panel.assignee.currentData() == "Jo"


def test_a_reply_to_an_item_answered_meanwhile_tells_who_and_keeps_the_text(
    qtbot, window, store, jo
):
    fid = store.search("cold coffee")[0].id
    dialog = ReplyDialog(store, store.get_feedback(fid))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.hide())
    dialog.show()
    type_text(qtbot, dialog.text, "So sorry, Jane: the next coffee is ours.")
    jo.add_reply(fid, "We are looking into it.", NOW, by="Jo")

    qtbot.mouseClick(dialog.replied_button, LEFT)

    assert dialog.isVisible() and dialog.result() == 0
    assert "Jo" in dialog.problem.text() and "answered" in dialog.problem.text()
    assert "We are looking into it." in dialog.history.text()  # their answer, shown
    assert dialog.text.toPlainText() == "So sorry, Jane: the next coffee is ours."
    assert [r.by for r in store.replies_of(fid)] == ["Jo"]

    qtbot.mouseClick(dialog.replied_button, LEFT)  # send it as well

    assert [r.body for r in store.replies_of(fid)][-1] == "So sorry, Jane: the next coffee is ours."
    assert len(store.replies_of(fid)) == 2


def test_a_reply_edited_meanwhile_keeps_the_text_and_edits_the_latest(qtbot, window, store, jo):
    fid = store.search("cold coffee")[0].id
    first = store.add_reply(fid, "Sorry.", NOW, by="Min")
    dialog = ReplyDialog(store, store.get_feedback(fid))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.hide())
    dialog.show()
    dialog.text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, dialog.text, " We called you.")
    jo.edit_reply(first, "Sorry, Jane.", "Jo")

    qtbot.mouseClick(dialog.replied_button, LEFT)

    assert dialog.isVisible()
    assert "Jo" in dialog.problem.text()
    assert dialog.text.toPlainText() == "Sorry. We called you."
    qtbot.mouseClick(dialog.replied_button, LEFT)
    assert [r.body for r in store.replies_of(fid) if r.current] == ["Sorry. We called you."]


def test_a_follow_up_changed_meanwhile_shows_theirs_and_keeps_what_was_entered(
    qtbot, window, store, jo
):
    fid = store.search("cold coffee")[0].id
    up = store.add_followup(fid, "2026-10-06", "call", NOW)
    dialog = FollowUpDialog(store.get_followup(up), ["Min", "Jo"])
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.note, "Offer a free coffee")
    jo.update_followup(up, "email", "2026-10-08", "Jo", "Sent a voucher")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    shown: list[str] = []

    def save_twice() -> None:  # as a person would: Save, read what it says, Save again
        qtbot.waitUntil(dialog.isVisible)
        shown.append(dialog.problem.text())
        qtbot.mouseClick(save, LEFT)
        shown.append(dialog.problem.text() if dialog.isVisible() else "closed")
        qtbot.mouseClick(save, LEFT)

    QTimer.singleShot(0, save_twice)
    assert saved(
        dialog,
        lambda values, seen: store.update_followup(up, *values, seen=seen),
        lambda: store.get_followup(up),
    )

    assert shown[0] == "" and "Jo" in shown[1] and "follow-up" in shown[1]
    assert "Email" in shown[1] and "Jo" in shown[1]  # what it now says, shown
    assert dialog.note.toPlainText() == "Offer a free coffee"  # nothing typed was lost
    assert store.get_followup(up).note == "Offer a free coffee"  # saved again, knowingly


def test_a_customer_changed_meanwhile_keeps_what_was_typed(qtbot, window, store, jo):
    fid = store.search("cold coffee")[0].id
    dialog = CustomerDialog(store, fid)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.hide())
    dialog.show()
    type_text(qtbot, dialog.notes, "Likes oat milk")
    theirs = jo.customer(dialog.customer.id)
    jo.update_customer(replace(theirs, phone="010-1234-5678"), seen=theirs.version)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)

    qtbot.mouseClick(save, LEFT)

    assert "customer" in dialog.problem.text() and "Jo" in dialog.problem.text()
    assert dialog.fields["phone"].text() == "010-1234-5678"  # their change, shown
    assert dialog.notes.toPlainText() == "Likes oat milk"  # and what was typed, kept
    qtbot.mouseClick(save, LEFT)
    kept = store.customer(dialog.customer.id)
    assert (kept.phone, kept.notes) == ("010-1234-5678", "Likes oat milk")


def test_the_person_at_this_computer_signs_notes_and_replies(qtbot, window, store):
    page = SettingsPage(window.store)
    qtbot.addWidget(page)
    store.set_team(["Min", "Jo"])
    page.refresh()
    picker = page.person
    picker.setCurrentText("Min")
    picker.activated.emit(0)
    assert person.remembered() == "Min" and window.store.desk_person == "Min"
    assert store.get_setting("desk_person") is None  # this computer's, not the database's

    click_row(qtbot, window, 0)
    fid = first_id(window)
    panel = window.inbox.detail.panel
    type_text(qtbot, panel.note, "Called her back")
    qtbot.mouseClick(panel.note_button, LEFT)
    assert [n.by for n in store.notes_of(fid)] == ["Min"]
    assert "Min: Called her back" in panel.notes.text()

    dialog = ReplyDialog(window.store, window.store.get_feedback(fid))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.hide())
    assert dialog.by.currentText() == "Min"
    type_text(qtbot, dialog.text, "Thank you!")
    qtbot.mouseClick(dialog.replied_button, LEFT)
    window.inbox.refresh()
    click_row(qtbot, window, 0)
    assert "Reply by Min" in window.inbox.detail.reply_by.text()


def test_a_team_desk_asks_once_who_is_at_this_computer(qtbot, window, store, monkeypatch):
    asked = []

    def pick(*args):
        asked.append(args[3])
        return "Jo", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    store.set_team(["Min", "Jo"])
    monkeypatch.setattr(type(store), "is_server", property(lambda s: True))
    person.ask_once(store, None)
    person.ask_once(store, None)
    assert asked == [["", "Min", "Jo"]]  # nobody chosen for the person
    assert person.remembered() == "Jo" and store.desk_person == "Jo"
