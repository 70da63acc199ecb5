"""The owner works through the Follow-ups page as a person would: clicking the lists, clicking
rows, pressing the buttons under them, answering the dialogs. Each test checks what the page
then shows and what the database then holds; Ctrl+Z (the undo stack) puts things back."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.ui.actions import followups as followup_actions
from feedback_desk.ui.app import make_app
from feedback_desk.ui.colours import colour
from feedback_desk.ui.dialogs.followup import DoneDialog, FollowUpDialog
from feedback_desk.ui.followups import page as followups_page
from feedback_desk.ui.followups.model import CUSTOMER, DUE, OUTCOME
from feedback_desk.ui.followups.page import FollowUpsPage

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 12, 1)  # a Tuesday
NOW = "2026-11-27T10:00:00"


@pytest.fixture
def stack():
    return QUndoStack()


class OtherDay(date):
    """The clock of a day the page is not pinned to: whatever the page or its actions work
    out has to come from the ``today`` the page was given."""

    @classmethod
    def today(cls):
        return cls(2027, 1, 15)


@pytest.fixture
def open_page(store, qtbot, stack, monkeypatch):
    """The page on the test's store, shown at the size of a laptop window, pinned to TODAY.
    ``store`` comes before ``qtbot`` so the page closes while its database is still open."""
    make_app()
    monkeypatch.setattr(followups_page, "date", OtherDay)
    monkeypatch.setattr(followup_actions, "date", OtherDay)

    def _open() -> FollowUpsPage:
        page = FollowUpsPage(store, stack)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        qtbot.waitExposed(page)
        page.refresh(today=TODAY)
        return page

    return _open


def add(store, body: str, author: str = "Jane Doe", **fields) -> int:
    fields.setdefault("received_at", "2026-11-20T09:00:00")
    intake.add_feedback(store, [NewFeedback(body=body, author=author, **fields)], "form")
    return store.conn.execute("SELECT max(id) FROM feedback").fetchone()[0]


def plan(store, body: str, due: str, author: str = "Jane Doe", **fields) -> int:
    """An unhappy item with a follow-up planned by hand; returns the follow-up's id."""
    fields.setdefault("nps_score", 3)
    fid = add(store, body, author, **fields)
    return store.add_followup(fid, due, "call", NOW, "Min", "Ask about the cake")


def shown(page, column: int) -> list[str]:
    """The texts of one column (a column constant of followups_model) of the list shown."""
    at = page.model.columns.index(column)
    return [page.model.index(r, at).data() for r in range(page.model.rowCount())]


def click_list(qtbot, page, name: str) -> None:
    qtbot.mouseClick(page.tab_buttons[name], LEFT)
    assert page.view == name


def click_row(qtbot, page, row: int, double: bool = False) -> None:
    rect = page.table.visualRect(page.model.index(row, 1))
    if double:  # as the system delivers it: a click, then the second press as a double
        qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    click = qtbot.mouseDClick if double else qtbot.mouseClick
    click(page.table.viewport(), LEFT, pos=rect.center())


def tab_texts(page) -> list[str]:
    return [b.text() for b in page.tab_buttons.values()]


# The lists ------------------------------------------------------------------------------------
def test_counts_on_the_list_buttons_and_the_start_on_overdue(store, open_page, qtbot):
    late = plan(store, "The cake collapsed", "2026-11-28")
    plan(store, "Cold coffee", "2026-12-01", author="Sam Lee")
    plan(store, "Slow service", "2026-12-05", author="Kim Park")
    plan(store, "Rude at the till", "2026-12-10", author="Lee Han")
    done = plan(store, "Burnt toast", "2026-11-25", author="Bo Kim")
    store.complete_followup(done, "no_answer")
    add(store, "Never again", author="Ann Oh", nps_score=1)
    add(store, "Dirty tables", author="Tom Yu", rating=2)
    add(
        store,
        "Arrived today, too new to worry about",
        author="New One",
        nps_score=0,
        received_at="2026-12-01T08:00:00",
    )
    page = open_page()
    assert tab_texts(page) == [
        "Overdue (1)",
        "Today (1)",
        "Upcoming (2)",
        "Done (1)",
        "At risk (2)",
    ]
    assert page.view == "overdue" and page.tab_buttons["overdue"].isChecked()
    assert page.tab_buttons["overdue"].property("warning") is True
    shade = colour("late", role=QPalette.ColorRole.Button).name()  # the hue of #c05600
    assert shade in page.tab_buttons["overdue"].styleSheet()
    assert [page.model.row_at(0).id] == [late]
    assert shown(page, CUSTOMER) == ["Jane Doe"]
    due = page.model.index(0, page.model.columns.index(DUE))
    assert due.data() == QLocale().toString(QDate(2026, 11, 28), "ddd d MMM")
    assert due.data(Qt.ItemDataRole.ForegroundRole) == colour("late")

    click_list(qtbot, page, "today")
    assert shown(page, DUE) == ["Today"]
    assert shown(page, CUSTOMER) == ["Sam Lee"]
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    click_list(qtbot, page, "upcoming")
    assert shown(page, CUSTOMER) == ["Kim Park", "Lee Han"]
    assert not page.tab_buttons["overdue"].isChecked()  # one list at a time, like tabs
    click_list(qtbot, page, "done")
    assert shown(page, CUSTOMER) == ["Bo Kim"]
    assert shown(page, OUTCOME) == ["No answer"]
    click_list(qtbot, page, "at_risk")
    assert sorted(shown(page, CUSTOMER)) == ["Ann Oh", "Tom Yu"]


@pytest.mark.parametrize(
    ("due", "expected"),
    [("2026-12-01", "today"), (None, "at_risk"), ("2026-12-04", "upcoming")],
)
def test_the_page_starts_on_what_needs_doing_most(store, open_page, due, expected):
    if due:
        plan(store, "The cake collapsed", due)
    else:
        add(store, "Never again", nps_score=1)
    page = open_page()
    assert page.view == expected and page.tab_buttons[expected].isChecked()
    assert page.tab_buttons["overdue"].property("warning") is False
    assert page.tab_buttons["overdue"].styleSheet() == ""


def test_empty_lists_say_so_in_plain_words(open_page, qtbot):
    page = open_page()
    assert page.view == "upcoming"
    words = {
        "overdue": "Nothing overdue. Well done.",
        "today": "Nothing due today.",
        "upcoming": "Nothing planned. Follow up an item from the inbox (select it and press F).",
        "done": "No follow-ups done yet.",
        "at_risk": "Nobody is at risk: every unhappy or lukewarm customer has been answered or "
        "followed up.",
    }
    for name, text in words.items():
        click_list(qtbot, page, name)
        assert page.empty.isVisible() and not page.table.isVisible()
        assert page.empty.text() == text
        assert not page.explain.isVisible()
    assert page.loop.text() == "No unhappy customers in the last 12 months."
    assert not page.calendar_button.isEnabled()
    assert not page.open_button.isEnabled()


# At risk --------------------------------------------------------------------------------------
def test_at_risk_orders_the_unhappiest_first_and_one_click_follows_up(
    store, open_page, qtbot, stack
):
    passive = add(
        store,
        "It was fine, nothing special",
        author="Pat Seven",
        nps_score=7,
        received_at="2026-11-24T09:00:00",
    )
    stars = add(
        store,
        "Dirty tables and a long wait",
        author="Star One",
        rating=1,
        received_at="2026-11-25T09:00:00",
    )
    detractor = add(
        store,
        "Never coming back",
        author="Dee Zero",
        nps_score=0,
        phone="555-0100",
        received_at="2026-11-26T09:00:00",
    )
    page = open_page()
    assert page.view == "at_risk"
    assert shown(page, CUSTOMER) == ["Dee Zero", "Star One", "Pat Seven"]
    assert [page.model.row_at(r).feedback_id for r in range(3)] == [detractor, stars, passive]
    assert page.explain.isVisible()
    assert "for 2 days" in page.explain.text()
    assert not page.plan_button.isEnabled()  # nothing chosen yet
    assert not page.done_button.isVisible()

    click_row(qtbot, page, 0)
    assert page.plan_button.isEnabled()
    qtbot.mouseClick(page.plan_button, LEFT)
    made = store.followups("open", TODAY)
    assert [(f.feedback_id, f.action, f.due) for f in made] == [(detractor, "call", "2026-12-02")]
    assert store.get_feedback(detractor).status == "new"  # still waiting for an answer
    assert shown(page, CUSTOMER) == ["Star One", "Pat Seven"]
    assert page.tab_buttons["at_risk"].text() == "At risk (2)"
    assert page.tab_buttons["upcoming"].text() == "Upcoming (1)"

    stack.undo()
    assert store.followups("open", TODAY) == []
    assert store.get_feedback(detractor).status == "new"
    assert shown(page, CUSTOMER) == ["Dee Zero", "Star One", "Pat Seven"]
    assert page.tab_buttons["upcoming"].text() == "Upcoming (0)"


# Acting on follow-ups -------------------------------------------------------------------------
def test_done_moves_it_to_done_with_its_outcome(store, open_page, qtbot, monkeypatch, stack):
    followup = plan(store, "The cake collapsed", "2026-12-01")
    fid = store.get_followup(followup).feedback_id
    monkeypatch.setattr(DoneDialog, "exec", lambda self: self.accept() or True)  # OK saves
    monkeypatch.setattr(
        DoneDialog, "values", lambda self: ("resolved", "She was happy with a free coffee")
    )
    changed = []
    page = open_page()
    page.changed.connect(lambda: changed.append(True))
    assert page.view == "today"
    assert not page.done_button.isEnabled()
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.done_button, LEFT)
    assert changed
    assert page.model.rowCount() == 0 and page.empty.text() == "Nothing due today."
    assert page.tab_buttons["done"].text() == "Done (1)"
    stored = store.get_followup(followup)
    assert stored.done_at and stored.outcome == "resolved"
    assert "She was happy with a free coffee" in stored.note
    assert store.get_feedback(fid).status == "resolved"
    click_list(qtbot, page, "done")
    assert shown(page, OUTCOME) == ["Resolved"]
    assert not page.done_button.isVisible() and page.delete_button.isVisible()

    stack.undo()
    assert store.get_followup(followup).done_at is None
    assert store.get_feedback(fid).status == "new"
    assert page.tab_buttons["today"].text() == "Today (1)"


def test_change_moves_the_due_date(store, open_page, qtbot, monkeypatch, stack):
    followup = plan(store, "Slow service", "2026-12-05")
    monkeypatch.setattr(FollowUpDialog, "exec", lambda self: self.accept() or True)  # OK saves
    monkeypatch.setattr(
        FollowUpDialog, "values", lambda self: ("email", "2026-12-02", "Dana", "Send a voucher")
    )
    page = open_page()
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.change_button, LEFT)
    stored = store.get_followup(followup)
    assert (stored.action, stored.due, stored.assignee, stored.note) == (
        "email",
        "2026-12-02",
        "Dana",
        "Send a voucher",
    )
    assert shown(page, DUE) == ["Tomorrow"]
    assert page.table.selectionModel().isRowSelected(0)  # the row stays chosen
    stack.undo()
    assert store.get_followup(followup).due == "2026-12-05"
    assert shown(page, DUE) == [QLocale().toString(QDate(2026, 12, 5), "ddd d MMM")]


def test_delete_asks_first_and_undo_brings_it_back(store, open_page, qtbot, monkeypatch, stack):
    followup = plan(store, "Slow service", "2026-12-05")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page = open_page()
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert store.get_followup(followup) is not None  # "No" keeps it
    qtbot.mouseClick(page.delete_button, LEFT)
    assert store.get_followup(followup) is None
    assert page.empty.isVisible() and len(asked) == 2
    stack.undo()
    assert store.get_followup(followup) is not None
    assert shown(page, CUSTOMER) == ["Jane Doe"]


def test_open_in_inbox_and_double_clicks(store, open_page, qtbot, monkeypatch):
    done = plan(store, "Burnt toast", "2026-11-25")
    store.complete_followup(done, "came_back")
    plan(store, "Slow service", "2026-12-05", author="Kim Park")
    asked = []
    monkeypatch.setattr(DoneDialog, "exec", lambda self: asked.append(self) or False)
    page = open_page()
    opened = []
    page.open_feedback.connect(opened.append)
    click_row(qtbot, page, 0, double=True)  # an open one: how did it go?
    assert len(asked) == 1 and opened == []
    assert store.get_followup(done).outcome == "came_back"
    click_list(qtbot, page, "done")
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.open_button, LEFT)
    click_row(qtbot, page, 0, double=True)  # a done one: see the feedback
    fid = store.get_followup(done).feedback_id
    assert opened == [fid, fid]
    assert len(asked) == 1


# Closing the loop -----------------------------------------------------------------------------
def test_the_loop_line_shows_a_customer_who_came_back_happier(store, open_page):
    jane = add(
        store,
        "Cold coffee, rude staff",
        email="jane@example.com",
        nps_score=4,
        received_at="2026-10-01T09:00:00",
    )
    store.complete_followup(store.add_followup(jane, "2026-10-02", "call", NOW), "resolved")
    add(
        store,
        "Much better this time",
        email="jane@example.com",
        nps_score=9,
        received_at="2026-11-20T09:00:00",
    )
    sam = add(
        store,
        "Slow",
        author="Sam Lee",
        email="sam@example.com",
        nps_score=3,
        received_at="2026-10-05",
    )
    store.add_reply(sam, "Sorry", "2026-10-05T12:00:00")
    add(
        store,
        "Still slow",
        author="Sam Lee",
        email="sam@example.com",
        nps_score=2,
        received_at="2026-11-05",
    )
    add(store, "Awful", author="Lee Ignored", nps_score=2, received_at="2026-11-02T09:00:00")
    add(
        store,
        "Long ago and bad",
        author="Old Timer",
        nps_score=1,
        received_at="2025-11-01T09:00:00",
    )  # over a year ago: not counted
    page = open_page()
    assert page.loop.text() == (
        # Sam wrote twice, unhappy both times: one customer.
        "Last 12 months: you answered or followed up 2 of 3 unhappy customers; 2 wrote again, "
        "1 of them happier. For example: Jane Doe: NPS 4 → NPS 9."
    )


# The calendar ---------------------------------------------------------------------------------
def test_export_calendar_writes_one_event_per_open_follow_up(store, open_page, tmp_path):
    plan(store, "The cake collapsed", "2026-11-28")
    plan(store, "Slow service", "2026-12-05", author="Kim Park")
    store.complete_followup(plan(store, "Burnt toast", "2026-11-25", author="Bo"), "other")
    page = open_page()
    assert page.calendar_button.isEnabled()
    path = tmp_path / "follow-ups.ics"
    assert page.export_calendar(path) is True
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    events = [e for e in parsed.walk() if e.name == "VEVENT"]
    assert sorted((str(e["SUMMARY"]), e["DTSTART"].dt) for e in events) == [
        ("Call Jane Doe", date(2026, 11, 28)),
        ("Call Kim Park", date(2026, 12, 5)),
    ]
    assert page.status.isVisible()
    assert page.status.text() == (
        "Saved 2 follow-ups to follow-ups.ics. Open the file to add them to your calendar."
    )


def test_the_calendar_button_asks_where_and_a_missing_folder_is_said_plainly(
    store, open_page, qtbot, tmp_path, monkeypatch
):
    plan(store, "Slow service", "2026-12-05")
    page = open_page()
    asked = []

    def save_name(parent, caption, name, filter_):
        asked.append((name, filter_))
        return str(tmp_path / "mine.ics"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(page.calendar_button, LEFT)
    assert asked == [("follow-ups.ics", "Calendar files (*.ics)")]
    assert "BEGIN:VEVENT" in (tmp_path / "mine.ics").read_text(encoding="utf-8")
    assert page.status.text().startswith("Saved 1 follow-up to mine.ics.")

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    assert page.export_calendar(tmp_path / "no such folder" / "x.ics") is False
    assert len(warned) == 1
    assert warned[0].startswith(f"Could not save x.ics in {tmp_path / 'no such folder'}: ")
    assert warned[0].endswith("Nothing was changed there.")
    assert "No such file" in warned[0]


def test_several_at_risk_customers_followed_up_at_once(store, open_page, qtbot, stack):
    add(store, "Never coming back", author="Dee Zero", nps_score=0, email="dee@example.com")
    add(store, "It was fine, nothing special", author="Pat Seven", nps_score=7)
    add(store, "Cold and late", author="Cal Two", nps_score=2, received_at="2026-11-21")
    page = open_page()
    assert shown(page, CUSTOMER) == ["Dee Zero", "Cal Two", "Pat Seven"]
    click_row(qtbot, page, 0)
    rect = page.table.visualRect(page.model.index(2, 1))
    qtbot.mouseClick(
        page.table.viewport(), LEFT, Qt.KeyboardModifier.ControlModifier, rect.center()
    )
    assert not page.open_button.isEnabled()  # the inbox shows one item at a time
    qtbot.mouseClick(page.plan_button, LEFT)
    made = sorted((f.customer, f.action, f.due) for f in store.followups("open", TODAY))
    # Dee has only an e-mail address; a passive is asked by e-mail three days on (a Friday).
    assert made == [("Dee Zero", "email", "2026-12-02"), ("Pat Seven", "email", "2026-12-04")]
    assert shown(page, CUSTOMER) == ["Cal Two"]
    stack.undo()  # one Ctrl+Z takes both back
    assert store.followups("open", TODAY) == []
    assert page.tab_buttons["at_risk"].text() == "At risk (3)"


def test_a_follow_up_left_since_last_year_says_its_year(store, open_page):
    plan(store, "Forgotten since the spring", "2025-12-30", received_at="2025-12-20T09:00:00")
    page = open_page()
    assert shown(page, DUE) == [QLocale().toString(QDate(2025, 12, 30), "ddd d MMM yyyy")]
