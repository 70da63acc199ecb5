"""The customer behind a piece of feedback, as the owner sees them: their whole story newest
first, whether following up made them happier, the details kept about them, and other
feedback under the same name that the owner may link to them."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.ui.app import make_app
from feedback_desk.ui.dialogs.customer import CustomerDialog
from feedback_desk.ui.display import date_text
from tests.ui.typing import type_text

JANE = {"author": "Jane Doe", "email": "jane@example.com", "channel": "google"}


def add(store, *items: NewFeedback) -> list[int]:
    """Add feedback as the form does; the ids of all feedback, oldest first."""
    intake.add_feedback(store, list(items), "form")
    return [row[0] for row in store.conn.execute("SELECT id FROM feedback ORDER BY id")]


def customer_id(store, feedback_id: int) -> int | None:
    return store.conn.execute(
        "SELECT customer_id FROM feedback WHERE id = ?", (feedback_id,)
    ).fetchone()[0]


@pytest.fixture
def open_dialog(qtbot):
    make_app()

    def _open(store, feedback_id):
        dialog = CustomerDialog(store, feedback_id)
        # Hidden before pytest-qt closes it, so closing does not ask about unsaved details.
        qtbot.addWidget(dialog, before_close_func=lambda d: d.hide())
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return _open


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def close_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Close)


def test_the_story_newest_first_in_plain_words(qtbot, store, open_dialog):
    review = "Cold coffee. <b>bold</b> & <script>alert(1)</script>"
    (fid,) = add(
        store, NewFeedback(body=review, nps_score=4, received_at="2026-10-01T09:00:00", **JANE)
    )
    store.add_reply(fid, "Sorry about that", "2026-10-01T11:00:00", "email", "Min")
    fu = store.add_followup(fid, "2026-10-02", "call", "2026-10-01T11:05:00", "Dana", "Call her")
    store.complete_followup(fu, "resolved", "Offered a coffee", "2026-10-02T15:00:00")
    store.add_note(fid, "Comes on Fridays", "Min", "2026-10-03T08:00:00")

    dialog = open_dialog(store, fid)

    assert dialog.windowTitle() == "Customer: Jane Doe"
    story = dialog.story.toPlainText()
    headings = [
        "Note by Min",
        "Follow-up done: Call — Resolved",
        f"Follow-up planned: Call by {date_text('2026-10-02')} (Dana)",
        "Reply by Min (email)",
        "Feedback on Google · NPS 4 · Negative",
    ]
    places = [story.find(heading) for heading in headings]
    assert -1 not in places, story
    assert places == sorted(places), story  # newest first
    for text in ("Comes on Fridays", "Offered a coffee", "Sorry about that"):
        assert text in story
    assert date_text("2026-10-03T08:00:00", with_time=True) in story
    # The customer's text is shown as they wrote it, never read as markup.
    assert "Cold coffee. <b>bold</b> & <script>alert(1)</script>" in story
    assert "&lt;script&gt;" in dialog.story.toHtml()
    assert not dialog.loop.isVisible()  # one piece of feedback: nothing to compare


def test_follow_up_words(qtbot, store, open_dialog):
    (fid,) = add(store, NewFeedback(body="Burnt toast", rating=2, **JANE))
    offer = store.add_followup(fid, "2026-10-05", "offer", "2026-10-04T09:00:00")
    store.complete_followup(offer, "came_back", "", "2026-10-06T09:00:00")
    ask = store.add_followup(fid, "2026-10-08", "review_request", "2026-10-07T09:00:00")
    store.complete_followup(ask, "left_a_voicemail", "", "2026-10-09T09:00:00")
    store.add_reply(fid, "Thanks", "2026-10-10T09:00:00", "in_person", "")

    dialog = open_dialog(store, fid)
    story = dialog.story.toPlainText()

    for heading in (
        "Reply (in person)",
        "Follow-up done: Ask for a review — Left a voicemail",
        f"Follow-up planned: Ask for a review by {date_text('2026-10-08')}",
        "Follow-up done: Offer or discount — Came back",
        f"Follow-up planned: Offer or discount by {date_text('2026-10-05')}",
        "Feedback on Google · ★★☆☆☆ · Negative",
    ):
        assert heading in story, story


def test_the_loop_line_says_whether_following_up_made_them_happier(qtbot, store, open_dialog):
    first, _ = add(
        store,
        NewFeedback(body="Rude staff", nps_score=4, received_at="2026-10-01T09:00:00", **JANE),
        NewFeedback(body="Much better", nps_score=9, received_at="2026-11-01T10:00:00", **JANE),
    )
    dialog = open_dialog(store, first)
    assert not dialog.loop.isVisible()  # nobody answered her in between
    dialog.close()

    store.add_followup(first, "2026-10-02", "call", "2026-10-01T12:00:00", "Dana")
    dialog = open_dialog(store, first)
    assert dialog.loop.isVisible()
    assert dialog.loop.text() == (
        f"NPS 4 on {date_text('2026-10-01')} → NPS 9 on {date_text('2026-11-01')}: "
        "happier since you followed up."
    )


def test_the_loop_line_when_they_are_not_happier(qtbot, store, open_dialog):
    bob = {"author": "Bob", "phone": "555-123-4567", "channel": "survey"}
    first, _ = add(
        store,
        NewFeedback(body="Meh", nps_score=3, received_at="2026-10-02T09:00:00", **bob),
        NewFeedback(body="Still meh", nps_score=2, received_at="2026-10-25T09:00:00", **bob),
    )
    store.add_reply(first, "We will do better", "2026-10-03T09:00:00", "phone", "Min")
    dialog = open_dialog(store, first)
    assert dialog.loop.text() == (
        f"NPS 3 on {date_text('2026-10-02')} → NPS 2 on {date_text('2026-10-25')}: not happier yet."
    )


def test_typed_details_are_saved(qtbot, store, open_dialog):
    (fid,) = add(store, NewFeedback(body="Great bread", rating=5, **JANE))
    cid = customer_id(store, fid)
    dialog = open_dialog(store, fid)
    type_text(qtbot, dialog.fields["location"], "Riverside")
    type_text(qtbot, dialog.fields["product"], "Sourdough")
    type_text(qtbot, dialog.fields["value"], "1200")
    type_text(qtbot, dialog.notes, "Prefers the window seat")

    click(qtbot, save_button(dialog))

    saved = store.customer(cid)
    assert (saved.location, saved.product, saved.value) == ("Riverside", "Sourdough", 1200.0)
    assert saved.notes == "Prefers the window seat"
    assert saved.name == "Jane Doe" and saved.email == "jane@example.com"
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_a_value_that_is_not_a_number_is_refused(qtbot, store, open_dialog):
    (fid,) = add(store, NewFeedback(body="Great bread", rating=5, **JANE))
    cid = customer_id(store, fid)
    dialog = open_dialog(store, fid)
    type_text(qtbot, dialog.fields["location"], "Riverside")
    type_text(qtbot, dialog.fields["value"], "lots")

    click(qtbot, save_button(dialog))

    problem = dialog.findChild(type(dialog.problem), "problem")
    assert problem.isVisible() and "must be a number" in problem.text()
    assert dialog.isVisible()
    saved = store.customer(cid)
    assert (saved.location, saved.value) == ("", None)


def test_a_failed_write_keeps_the_dialog_and_what_was_typed(qtbot, store, open_dialog, monkeypatch):
    (fid,) = add(store, NewFeedback(body="Great bread", rating=5, **JANE))
    cid = customer_id(store, fid)
    dialog = open_dialog(store, fid)
    type_text(qtbot, dialog.fields["location"], "Riverside")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))

    def full(_customer, seen=None):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "update_customer", full)
    click(qtbot, save_button(dialog))

    assert len(warnings) == 1 and "disk is full" in warnings[0]
    assert "the customer was not saved" in warnings[0]
    assert dialog.isVisible()
    assert dialog.fields["location"].text() == "Riverside"
    assert store.customer(cid).location == ""


@pytest.mark.parametrize(
    ("answer", "stays_open", "stored"),
    [("Cancel", True, ""), ("Discard", False, ""), ("Save", False, "Riverside")],
)
def test_closing_with_unsaved_changes_asks(
    qtbot, store, open_dialog, monkeypatch, answer, stays_open, stored
):
    (fid,) = add(store, NewFeedback(body="Great bread", rating=5, **JANE))
    cid = customer_id(store, fid)
    dialog = open_dialog(store, fid)
    asked = []

    def question(_parent, _title, text, buttons, *_default):
        asked.append(buttons)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    click(qtbot, close_button(dialog))  # nothing changed: closes without asking
    assert not asked and not dialog.isVisible()

    dialog = open_dialog(store, fid)
    type_text(qtbot, dialog.fields["location"], "Riverside")
    click(qtbot, close_button(dialog))

    standard = QMessageBox.StandardButton
    assert asked == [standard.Save | standard.Discard | standard.Cancel]
    assert dialog.isVisible() is stays_open
    assert store.customer(cid).location == stored
    assert store.customer(cid).value is None  # the value was left empty


def test_feedback_under_the_same_name_is_linked_when_the_owner_says_so(qtbot, store, open_dialog):
    first, second, yelp = add(
        store,
        NewFeedback(body="Lovely croissants", rating=5, received_at="2026-09-01", **JANE),
        NewFeedback(
            body="Queue was far too long today",
            author="jane doe",
            channel="google",
            rating=2,
            received_at="2026-10-05",
        ),
        NewFeedback(
            body="Nice on Yelp too", author="Jane Doe", channel="yelp", received_at="2026-10-06"
        ),
    )
    cid = customer_id(store, first)
    assert store.customer(cid).feedback == 1
    dialog = open_dialog(store, first)

    assert dialog.same_box.isVisible()
    assert dialog.same_box.title() == "Also under the name “jane doe” on Google — the same person?"
    offered = [check.text() for check, _ in dialog.same_checks]
    assert offered == [f"{date_text('2026-10-05')} · Queue was far too long today"]
    assert "Queue was far too long" not in dialog.story.toPlainText()
    assert not dialog.link_button.isEnabled()

    check = dialog.same_checks[0][0]
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))
    assert check.isChecked()
    assert dialog.link_button.isEnabled()
    type_text(qtbot, dialog.notes, "Regular on Fridays")  # typed, not saved yet
    click(qtbot, dialog.link_button)

    assert store.customer(cid).feedback == 2
    assert customer_id(store, second) == cid
    assert customer_id(store, yelp) != cid
    assert "Queue was far too long today" in dialog.story.toPlainText()
    assert not dialog.same_box.isVisible()
    assert not dialog.same_checks
    assert dialog.notes.toPlainText() == "Regular on Fridays"  # what was typed stays


def test_feedback_without_contact_details_gets_a_customer(qtbot, store, open_dialog):
    sam, anonymous = add(
        store,
        NewFeedback(body="Nice haircut", author="Sam", channel="in_person"),
        NewFeedback(body="Too loud", channel="website"),
    )
    assert customer_id(store, sam) is None

    dialog = open_dialog(store, sam)

    cid = customer_id(store, sam)
    assert cid is not None
    assert store.customer(cid).name == "Sam"
    assert store.customer(cid).feedback == 1
    assert dialog.windowTitle() == "Customer: Sam"
    assert dialog.fields["name"].text() == "Sam"
    assert "Nice haircut" in dialog.story.toPlainText()
    assert not dialog.same_box.isVisible()

    dialog = open_dialog(store, anonymous)
    assert customer_id(store, anonymous) is not None
    assert dialog.windowTitle() == "Customer"
