"""From a detractor's feedback to a done follow-up, as the owner does it in the inbox."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from feedback_desk.core import intake
from feedback_desk.core.followups import FollowUpRules, suggest
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.views import builtin_views
from feedback_desk.ui.dialogs.followup import DoneDialog, FollowUpDialog
from feedback_desk.ui.inbox.model import RESPONSE, STATUS
from tests.ui.typing import click_row, hours_ago


@pytest.fixture
def window(open_window, db_path, store):
    store.set_team(["Dana"])
    intake.add_feedback(
        store,
        [
            NewFeedback(
                body="Stale bread and nobody said sorry.",
                author="Umar Z.",
                phone="555-0142",
                nps_score=3,
                received_at=hours_ago(30),
            ),
        ],
        "form",
    )
    return open_window(db_path)


def test_from_a_detractor_to_a_done_follow_up(qtbot, window, monkeypatch):
    store, inbox = window.store, window.inbox
    click_row(qtbot, window, 0)
    box = inbox.detail.followup
    assert box.planned.text() == "None planned."
    assert box.customer.text() == "Customer: Umar Z. · 1 piece of feedback"

    qtbot.mouseClick(box.plan_button, Qt.MouseButton.LeftButton)
    (planned,) = store.followups("open", date.today())
    expected = suggest(store.get_feedback(planned.feedback_id), FollowUpRules(), date.today())
    assert (planned.action, planned.due) == ("call", expected.due.isoformat())
    # Not answered yet: it stays in Needs reply, its waiting time still running
    assert inbox.model.index(0, STATUS).data() == "New"
    assert inbox.model.index(0, RESPONSE).data() == "30 h"
    needs_reply = next(v for v in builtin_views() if v.name == "Needs reply")
    assert store.inbox_count(needs_reply.query) == 1
    assert box.planned.text().startswith("Call by ")
    assert not box.plan_button.isVisible() and box.done_button.isVisible()

    monkeypatch.setattr(FollowUpDialog, "exec", lambda self: self.accept() or True)  # OK saves
    monkeypatch.setattr(
        FollowUpDialog, "values", lambda self: ("visit", "2026-12-24", "Dana", "Bring a loaf")
    )
    qtbot.mouseClick(box.change_button, Qt.MouseButton.LeftButton)
    changed = store.get_followup(planned.id)
    assert (changed.action, changed.due, changed.assignee) == ("visit", "2026-12-24", "Dana")
    assert box.planned.text().startswith("Visit by ") and box.planned.text().endswith("Dana")

    monkeypatch.setattr(DoneDialog, "exec", lambda self: self.accept() or True)  # OK saves
    monkeypatch.setattr(DoneDialog, "values", lambda self: ("resolved", "He took the loaf"))
    qtbot.mouseClick(box.done_button, Qt.MouseButton.LeftButton)
    done = store.get_followup(planned.id)
    assert done.done_at is not None and done.outcome == "resolved"
    assert done.note == "Bring a loaf\nHe took the loaf"
    assert inbox.model.index(0, STATUS).data() == "Resolved"
    assert box.history.text().endswith("Visit — Resolved")
    assert box.plan_button.isVisible()
    assert store.stats()["followups"] == {"open": 0, "overdue": 0, "done": 1}

    window.undo_stack.undo()  # the follow-up is open again, the item as it was: waiting
    assert store.get_followup(planned.id).done_at is None
    assert inbox.model.index(0, STATUS).data() == "New"
    window.undo_stack.undo()
    window.undo_stack.undo()  # and gone, the item as it was
    assert store.followups("open", date.today()) == []
    assert inbox.model.index(0, STATUS).data() == "New"


def test_f_follows_up_every_selected_item(qtbot, window):
    store, inbox = window.store, window.inbox
    intake.add_feedback(
        store, [NewFeedback(body="Fine, a bit slow", nps_score=7, received_at=hours_ago(2))], "form"
    )
    inbox.refresh()
    inbox.table.selectAll()
    inbox.table.setFocus()
    qtbot.keyClick(inbox.table, Qt.Key.Key_F)
    actions = sorted(f.action for f in store.followups("open", date.today()))
    assert actions == ["call", "email"]  # the detractor is called, the passive written to
    qtbot.keyClick(inbox.table, Qt.Key.Key_F)  # again: nothing more to plan
    assert len(store.followups("open", date.today())) == 2
    assert window.sidebar.item(1).text() == "Follow-ups"  # nothing due today or overdue yet


def test_the_sidebar_counts_follow_ups_due_and_the_start_says_what_is_overdue(
    open_window, db_path, store
):
    fid = intake.add_feedback(store, [NewFeedback(body="Cold", nps_score=2)], "form").batch_id
    item = store.conn.execute("SELECT id FROM feedback WHERE batch_id = ?", (fid,)).fetchone()[0]
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    store.add_followup(item, yesterday, "call", "2026-11-01T10:00:00")
    store.add_followup(item, date.today().isoformat(), "email", "2026-11-01T10:00:00")
    window = open_window(db_path)
    assert window.sidebar.item(1).text() == "Follow-ups  (2)"
    assert window.statusBar().currentMessage() == "1 follow-up is overdue: see Follow-ups."


def test_open_in_inbox_finds_an_item_far_down_the_list(qtbot, window):
    store = window.store
    older = [
        NewFeedback(
            body=f"Visit number {n}", received_at=f"2025-01-01T{n % 24:02d}:{n % 60:02d}:00"
        )
        for n in range(2500)
    ]
    intake.add_feedback(store, older, "file")
    oldest = store.conn.execute(
        "SELECT id FROM feedback ORDER BY received_at, id LIMIT 1"
    ).fetchone()[0]
    window.inbox.refresh()
    window.followups_page.open_feedback.emit(oldest)
    assert window.pages.currentWidget() is window.inbox
    assert window.inbox.selected_ids() == [oldest]
    assert window.inbox.detail.body.text() == store.get_feedback(oldest).body


def test_follow_up_rules_are_set_in_settings(qtbot, store):
    from feedback_desk.core.settings import followup_rules
    from feedback_desk.ui.app import make_app
    from feedback_desk.ui.settings.page import SettingsPage

    make_app()
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.show()
    rules_box = page.followup_rules
    unhappy = rules_box.days["followup_unhappy_days"]
    assert unhappy.text() == "1 business day"
    unhappy.setFocus()
    qtbot.keyClick(unhappy, Qt.Key.Key_Up)
    assert unhappy.text() == "2 business days"
    saturday = rules_box.open_days[5]
    qtbot.mouseClick(saturday, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: followup_rules(store).open_days == (0, 1, 2, 3, 4, 5))
    assert followup_rules(store).unhappy_business_days == 2
    friday = date(2026, 11, 27)
    intake.add_feedback(store, [NewFeedback(body="Cold", nps_score=1)], "form")
    item = store.search("Cold")[0]
    # Friday + 2 business days, Saturdays open: Monday.
    assert suggest(item, followup_rules(store), friday).due == date(2026, 11, 30)


def test_a_customer_that_cannot_be_written_is_told_plainly(qtbot, window, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))

    def read_only(*_args):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(window.store, "customer_for", read_only)
    click_row(qtbot, window, 0)
    window.inbox.table.setFocus()
    qtbot.keyClick(window.inbox.table, Qt.Key.Key_C)
    assert warnings and "read-only" in warnings[0]


def test_an_item_says_how_its_customer_felt_last_time(qtbot, open_window, db_path, store):
    intake.add_feedback(
        store,
        [
            NewFeedback(
                body="Cold coffee",
                email="j@example.com",
                nps_score=4,
                received_at="2026-10-01T09:00:00",
            ),
            NewFeedback(
                body="Lovely now",
                email="j@example.com",
                nps_score=9,
                received_at="2026-11-01T09:00:00",
            ),
        ],
        "form",
    )
    store.add_reply(store.search("Cold")[0].id, "Sorry", "2026-10-01T10:00:00")
    window = open_window(db_path)
    click_row(qtbot, window, 0)  # the newer one
    loop = window.inbox.detail.followup.loop
    assert loop.isVisible()
    assert loop.text().endswith("NPS 4, and you answered. Now NPS 9: happier.")
