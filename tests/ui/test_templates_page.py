"""The owner looks after reply templates as a person would: clicking templates in the list,
typing into the editor, ticking boxes, answering the confirmations. Each test checks what the
page then shows and what the database then holds."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store import Store
from feedback_desk.core.templates import ResponseTemplate, load_starting_templates
from feedback_desk.ui.app import make_app
from feedback_desk.ui.display import duration
from feedback_desk.ui.templates.page import DETAIL, TemplatesPage
from tests.ui.typing import type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def open_page(store, qtbot):
    """Open the Templates page on a store (the test's own by default), shown as the owner sees
    it. ``store`` comes before ``qtbot`` so the page closes while its database is still open."""
    make_app()

    def _open(on=None) -> TemplatesPage:
        page = TemplatesPage(on or store)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        with qtbot.waitActive(page):  # keys and Ctrl+S then reach it as they would on screen
            page.show()
            page.activateWindow()
        return page

    return _open


def add_feedback(store, body: str, author: str = "Jane Doe", **fields) -> int:
    fields.setdefault("rating", 1)
    fields.setdefault("received_at", "2026-10-05T09:00:00")
    intake.add_feedback(store, [NewFeedback(body=body, author=author, **fields)], "paste")
    return next(row.id for row in store.inbox_page(0, 100) if row.preview.startswith(body[:30]))


def template_named(store, name: str) -> ResponseTemplate:
    return next(t for t in store.response_templates() if t.name == name)


def shown_names(page) -> list[str]:
    return [page.library.item(r).text() for r in range(page.library.count())]


def detail_of(page, name: str) -> str:
    return page.library.findItems(name, Qt.MatchFlag.MatchExactly)[0].data(DETAIL)


def click_template(qtbot, page, name: str) -> None:
    item = page.library.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    page.library.scrollToItem(item)
    qtbot.mouseClick(page.library.viewport(), LEFT, pos=page.library.visualItemRect(item).center())
    assert page.name.text() == name


def tick(qtbot, box) -> None:
    """Click a tick box on its box, as a person aims."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def tick_tag(qtbot, page, name: str) -> None:
    item = page.tag_list.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    page.tag_list.setCurrentItem(item)
    qtbot.keyClick(page.tag_list, Qt.Key.Key_Space)


def retype_body(qtbot, page, text: str) -> None:
    page.body.setFocus()
    page.body.selectAll()
    type_text(qtbot, page.body, text)


def capture_warnings(monkeypatch) -> list[str]:
    seen: list[str] = []

    def warning(_parent, _title, text, *_args):
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


# The library ----------------------------------------------------------------------------------
def test_list_shows_the_starting_templates_with_their_use_counts(store, open_page):
    slow = template_named(store, "Slow service")
    for n, body in enumerate(("Waited forever for a coffee.", "So slow at lunch time today.")):
        fid = add_feedback(store, body, received_at=f"2026-10-0{n + 1}T09:00:00")
        store.add_reply(fid, "Sorry", f"2026-10-0{n + 1}T12:00:00", template_id=slow.id)

    page = open_page()

    starting = sorted((t.name for t in load_starting_templates()), key=str.casefold)
    assert len(starting) == 16
    assert shown_names(page) == starting
    assert detail_of(page, "Slow service") == "Negative · Speed · used 2 times"
    assert detail_of(page, "Positive: warm thanks") == "Positive · not used yet"
    assert detail_of(page, "Suspected fake review") == "Fake review · not used yet"
    # The first template is open in the editor, nothing to save yet.
    assert page.name.text() == starting[0]
    assert not page.save_button.isEnabled() and not page.discard_button.isEnabled()


def test_no_templates_says_what_to_do(store, open_page, qtbot):
    for template in store.response_templates():
        store.delete_template(template.id)

    page = open_page()

    assert page.library.count() == 0
    assert page.right.currentIndex() == 1
    assert "Click New to write one, or Import a file" in page.empty_words.text()
    assert not page.delete_button.isEnabled() and not page.export_button.isEnabled()
    qtbot.mouseClick(page.new_button, LEFT)
    assert page.right.currentIndex() == 0 and page.name.hasFocus()


# Editing and previewing -------------------------------------------------------------------------
def test_typing_updates_the_preview_live_and_save_stores_it(store, open_page, qtbot):
    store.set_setting("business_name", "Maple & Rye")
    store.set_setting("owner_name", "Min")
    add_feedback(store, "Waited forever for a coffee and a croissant this morning.")
    slow = template_named(store, "Slow service")
    page = open_page()
    click_template(qtbot, page, "Slow service")
    assert page.preview_with.currentText() == "Jane Doe — Waited forever for a coffee and…"
    assert page.preview.toPlainText().startswith("Hi Jane,")
    assert not page.sign_hint.isVisible()

    retype_body(qtbot, page, "Hi {first_name}")
    assert page.preview.toPlainText() == "Hi Jane"  # updated on every key, no waiting
    type_text(qtbot, page.body, ", sorry for the wait.\n{owner_name} at {business_name}")
    assert page.preview.toPlainText() == "Hi Jane, sorry for the wait.\nMin at Maple & Rye"
    assert "{" not in page.preview.toPlainText() and "}" not in page.preview.toPlainText()
    assert page.save_button.isEnabled()
    assert template_named(store, "Slow service").body == slow.body  # not saved yet

    qtbot.mouseClick(page.save_button, LEFT)

    saved = store.get_template(slow.id)
    assert saved.body == "Hi {first_name}, sorry for the wait.\n{owner_name} at {business_name}"
    assert saved.sentiments == ("negative",) and saved.tags == ("Speed",)
    assert not page.save_button.isEnabled()
    assert page.status.text() == "Saved “Slow service”."


def test_a_missing_name_falls_back_to_natural_words(store, open_page, qtbot):
    add_feedback(store, "The coffee took twenty minutes to arrive.", author="")
    page = open_page()
    click_template(qtbot, page, "Slow service")

    assert page.preview_with.currentText().startswith("No name — The coffee took")
    assert page.preview.toPlainText().startswith("Hi there,\n")
    assert "{" not in page.preview.toPlainText()
    assert page.sign_hint.isVisible()
    assert "Set your business name and your name in Settings" in page.sign_hint.text()


def test_without_feedback_the_preview_uses_sample_values(open_page, qtbot):
    page = open_page()
    click_template(qtbot, page, "Slow service")

    assert page.sample_note.isVisible() and not page.preview_with.isEnabled()
    assert page.preview.toPlainText().startswith("Hi there,\n")
    assert page.preview.toPlainText().rstrip().endswith("The team")


def test_the_preview_defaults_to_feedback_the_template_suits(store, open_page, qtbot):
    add_feedback(store, "Lovely cakes and the kindest staff.", author="Ann Lee", rating=5)
    add_feedback(store, "Cold coffee, rude welcome.", author="Bo Park", rating=1)
    page = open_page()

    click_template(qtbot, page, "Positive: warm thanks")
    assert page.preview_with.currentText().startswith("Ann Lee — ")
    click_template(qtbot, page, "Negative: sorry, let's talk")
    assert page.preview_with.currentText().startswith("Bo Park — ")
    assert page.preview.toPlainText().startswith("Hi Bo,")


def test_insert_placeholder_types_it_at_the_cursor(store, open_page, qtbot):
    page = open_page()
    click_template(qtbot, page, "Slow service")
    retype_body(qtbot, page, "Thanks, ")
    menu = {action.text().split("\t")[-1]: action for action in page.placeholder_menu.actions()}
    assert menu["{first_name}"].text() == "Customer's first name\t{first_name}"
    assert len(menu) == 8

    menu["{first_name}"].trigger()
    type_text(qtbot, page.body, "!")

    assert page.body.toPlainText() == "Thanks, {first_name}!"
    assert page.preview.toPlainText() == "Thanks!"


def test_new_template_with_a_sentiment_and_a_tag(store, open_page, qtbot):
    page = open_page()
    emitted = []
    page.changed.connect(lambda: emitted.append(True))
    qtbot.mouseClick(page.new_button, LEFT)
    assert page.name.text() == "" and page.body.toPlainText() == ""

    type_text(qtbot, page.name, "Late delivery")
    type_text(qtbot, page.body, "Hi {first_name},\nSorry it came late.")
    tick(qtbot, page.suit_boxes["negative"])
    tick_tag(qtbot, page, "Speed")
    qtbot.mouseClick(page.save_button, LEFT)

    made = template_named(store, "Late delivery")
    assert made.body == "Hi {first_name},\nSorry it came late."
    assert made.sentiments == ("negative",)
    assert made.tags == ("Speed",)
    assert len(store.response_templates()) == 17
    assert "Late delivery" in shown_names(page)
    assert page.library.currentItem().text() == "Late delivery"
    assert detail_of(page, "Late delivery") == "Negative · Speed · not used yet"
    assert emitted


def test_nps_labels_survive_an_edit_of_the_body(store, open_page, qtbot):
    name = "NPS detractor: sorry, let's fix it"
    before = template_named(store, name)
    assert set(before.sentiments) == {"negative", "detractor"}
    page = open_page()
    click_template(qtbot, page, name)
    assert page.suit_boxes["detractor"].isChecked() and page.suit_boxes["negative"].isChecked()

    qtbot.keyClick(page.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, page.body, "\nP.S. Thank you.")
    qtbot.keyClick(page.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S

    after = store.get_template(before.id)
    assert after.body == before.body + "\nP.S. Thank you."
    assert set(after.sentiments) == {"negative", "detractor"}


def test_a_tag_deleted_since_stays_on_the_template(store, open_page, qtbot):
    tid = store.save_template(ResponseTemplate(None, "Old tag", "Hello.", (), ("Gone", "Speed")))
    page = open_page()
    click_template(qtbot, page, "Old tag")
    gone = page.tag_list.findItems("Gone (deleted tag)", Qt.MatchFlag.MatchExactly)
    assert gone and gone[0].checkState() == Qt.CheckState.Checked

    retype_body(qtbot, page, "Hello again.")
    qtbot.mouseClick(page.save_button, LEFT)

    assert store.get_template(tid).tags == ("Speed", "Gone")


def test_choosing_another_template_saves_the_changes(store, open_page, qtbot):
    page = open_page()
    click_template(qtbot, page, "Wrong order")
    retype_body(qtbot, page, "Sorry about the mix-up.")

    click_template(qtbot, page, "Rude staff")

    assert template_named(store, "Wrong order").body == "Sorry about the mix-up."
    assert page.body.toPlainText() == template_named(store, "Rude staff").body
    assert not page.save_button.isEnabled()


def test_discard_puts_back_the_saved_text(store, open_page, qtbot):
    page = open_page()
    click_template(qtbot, page, "Wrong order")
    original = page.body.toPlainText()
    retype_body(qtbot, page, "Oops")
    tick(qtbot, page.suit_boxes["positive"])

    qtbot.mouseClick(page.discard_button, LEFT)

    assert page.body.toPlainText() == original
    assert not page.suit_boxes["positive"].isChecked()
    assert not page.discard_button.isEnabled()
    assert template_named(store, "Wrong order").body == original


def test_an_empty_name_is_refused_with_a_message(store, open_page, qtbot):
    page = open_page()
    qtbot.mouseClick(page.new_button, LEFT)
    type_text(qtbot, page.body, "A reply without a name.")
    assert not page.problem.isVisible()

    qtbot.mouseClick(page.save_button, LEFT)

    assert page.problem.isVisible()
    assert page.problem.text() == "Give the template a name, so you can find it again."
    assert len(store.response_templates()) == 16
    assert page.body.toPlainText() == "A reply without a name."  # nothing typed is lost
    type_text(qtbot, page.name, "N")
    assert not page.problem.isVisible()  # typing clears the message


def test_an_empty_body_is_refused(store, open_page, qtbot):
    page = open_page()
    click_template(qtbot, page, "Wrong order")
    retype_body(qtbot, page, "   ")
    qtbot.mouseClick(page.save_button, LEFT)

    assert page.problem.text() == "Write the reply: a template cannot be empty."
    assert template_named(store, "Wrong order").body.startswith("Hi {first_name}")


def test_a_failed_write_keeps_the_typed_text(store, open_page, qtbot, monkeypatch):
    page = open_page()
    click_template(qtbot, page, "Wrong order")
    retype_body(qtbot, page, "Typed with care.")
    warnings = capture_warnings(monkeypatch)

    def read_only(_template, seen=None):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store, "save_template", read_only)
    qtbot.mouseClick(page.save_button, LEFT)

    assert warnings == [
        "The database cannot be written to (it is read-only), so the template was not saved."
    ]
    assert page.body.toPlainText() == "Typed with care."
    assert page.save_button.isEnabled()

    monkeypatch.undo()
    qtbot.mouseClick(page.save_button, LEFT)
    assert template_named(store, "Wrong order").body == "Typed with care."


def test_delete_asks_first_and_removes_it(store, open_page, qtbot, monkeypatch):
    page = open_page()
    click_template(qtbot, page, "Price complaint")
    asked = []
    answer = QMessageBox.StandardButton.No

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert "Price complaint" in shown_names(page)  # the owner said No

    answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.delete_button, LEFT)

    assert asked[-1] == (
        "Delete the template “Price complaint”? Replies you already sent with it keep their text."
    )
    assert "Price complaint" not in [t.name for t in store.response_templates()]
    assert "Price complaint" not in shown_names(page)
    assert page.library.count() == 15
    assert page.status.text() == "Deleted “Price complaint”."
    assert page.name.text() == page.library.currentItem().text()  # a neighbour is open


# Sharing ----------------------------------------------------------------------------------------
def test_export_then_import_elsewhere(store, open_page, qtbot, tmp_path):
    store.save_template(ResponseTemplate(None, "Birthday cake", "Happy birthday!", (), ()))
    page = open_page()
    shared = tmp_path / "shared.json"
    assert page.export_file(shared)
    assert page.status.text() == "Saved 17 templates to shared.json."

    other = Store(tmp_path / "other.db")
    try:
        elsewhere = open_page(other)
        assert elsewhere.import_file(shared) == ["Birthday cake"]
        assert elsewhere.status.text() == "Added 1 template from shared.json."
        assert elsewhere.name.text() == "Birthday cake"
        assert len(other.response_templates()) == 17

        assert elsewhere.import_file(shared) == []
        assert elsewhere.status.text() == (
            "Nothing new in shared.json: those templates are already here."
        )
        assert len(other.response_templates()) == 17
        elsewhere.close()
    finally:
        other.close()


def test_a_broken_file_is_refused_in_plain_words(store, open_page, tmp_path, monkeypatch):
    page = open_page()
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"not json")
    warnings = capture_warnings(monkeypatch)
    emitted = []
    page.changed.connect(lambda: emitted.append(True))

    assert page.import_file(broken) == []

    assert warnings == ["This file is not a Feedback Desk templates file."]
    assert len(store.response_templates()) == 16 and page.library.count() == 16
    assert not emitted


# How fast you answer ----------------------------------------------------------------------------
def test_hours_read_in_the_unit_a_person_would_pick():
    make_app()
    assert [duration(h) for h in (0.75, 5.2, 5.0, 30.5, 74.4, None)] == [
        "45 min",
        "5.2 hours",
        "5.0 hours",
        "30.5 hours",
        "3.1 days",
        "—",
    ]


def test_response_times_by_month_and_by_member(store, open_page, qtbot):
    answered = add_feedback(store, "Waited forever for a coffee.")
    add_feedback(store, "Nice cake.", rating=5, received_at="2026-10-06T09:00:00")
    store.add_reply(answered, "Thanks", "2026-10-05T14:00:00", "public", "Min")
    page = open_page()

    qtbot.mouseClick(page.tabs.tabBar(), LEFT, pos=page.tabs.tabBar().tabRect(1).center())

    times = page.times
    assert times.isVisible()
    times.refresh(today=date(2026, 11, 20))  # the tab covers the 12 months before "today"
    assert times.stack.currentIndex() == 0
    months = times.months
    assert months.rowCount() == 1
    assert [months.item(0, c).text() for c in range(5)] == [
        "October 2026",
        "2",
        "1",
        "50%",
        "5.0 hours",
    ]
    members = times.members
    assert [members.item(0, c).text() for c in range(4)] == ["Min", "1", "100%", "5.0 hours"]
    assert times.year.median.text() == "5.0 hours"
    assert times.year.answered.text() == "1 of 2 answered at a known time"


def test_response_times_without_replies_say_how_to_start(store, open_page, qtbot):
    add_feedback(store, "Waited forever for a coffee.")
    page = open_page()
    page.tabs.setCurrentIndex(1)

    assert page.times.stack.currentWidget() is page.times.empty
    assert page.times.empty.text().startswith("No replies yet. Answer a review")


def test_an_unnamed_new_template_is_not_left_behind(store, open_page, qtbot):
    page = open_page()
    qtbot.mouseClick(page.new_button, LEFT)
    type_text(qtbot, page.body, "Half a thought")
    item = page.library.findItems("Rude staff", Qt.MatchFlag.MatchExactly)[0]
    page.library.scrollToItem(item)

    qtbot.mouseClick(page.library.viewport(), LEFT, pos=page.library.visualItemRect(item).center())
    QApplication.processEvents()  # the click finishes selecting before the page steps back

    assert page.body.toPlainText() == "Half a thought" and page.name.text() == ""
    assert page.problem.text() == "Give the template a name, so you can find it again."
    assert page.library.selectedItems() == []
    assert len(store.response_templates()) == 16


def test_leaving_the_page_saves_the_changes(store, open_page, qtbot):
    page = open_page()
    click_template(qtbot, page, "Wrong order")
    retype_body(qtbot, page, "Saved on the way out.")

    page.hide()

    assert template_named(store, "Wrong order").body == "Saved on the way out."


def test_duplicate_makes_a_copy_to_rename(store, open_page, qtbot):
    page = open_page()
    click_template(qtbot, page, "Slow service")
    qtbot.mouseClick(page.duplicate_button, LEFT)

    copy = template_named(store, "Slow service (copy)")
    assert (copy.body, copy.sentiments, copy.tags) == (
        template_named(store, "Slow service").body,
        ("negative",),
        ("Speed",),
    )
    assert (
        page.name.text() == "Slow service (copy)" and page.name.selectedText() == page.name.text()
    )
    type_text(qtbot, page.name, "Slow at lunch")
    qtbot.keyClick(page.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.get_template(copy.id).name == "Slow at lunch"
    assert "Slow at lunch" in shown_names(page) and len(shown_names(page)) == 17


def test_closing_the_window_keeps_or_asks_about_the_template_being_written(
    qtbot, open_window, db_path, monkeypatch
):
    window = open_window(db_path)
    window.show_page("templates")
    page = window.templates_page
    qtbot.mouseClick(page.new_button, LEFT)
    type_text(qtbot, page.body, "Thank you for coming by!")
    answers = []

    def answer(*_args, **_kwargs):
        answers.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.close()
    assert answers and window.isVisible()  # no name yet: the owner is asked, and stays
    type_text(qtbot, page.name, "Thanks for coming")
    window.close()
    assert not window.isVisible()
    assert any(t.name == "Thanks for coming" for t in window.store.response_templates())


def test_both_rows_of_tags_show_whole_words(open_page, qtbot):
    """Nine starting tags wrap onto a second row; its letters are never cut off at the
    bottom (it once read "Qualitv" with a taller font, as Korean systems have)."""
    from PySide6.QtWidgets import QApplication

    before = QApplication.font()
    taller = QApplication.font()
    taller.setPointSizeF(before.pointSizeF() * 1.3)
    QApplication.setFont(taller)
    try:
        page = open_page()
    finally:
        QApplication.setFont(before)
    tags = page.tag_list
    qtbot.waitUntil(lambda: tags.count() >= 9)
    viewport = tags.viewport().rect()
    rows = {tags.visualItemRect(tags.item(i)).top() for i in range(tags.count())}
    assert len(rows) >= 2
    for i in range(tags.count()):
        rect = tags.visualItemRect(tags.item(i))
        assert viewport.contains(rect), tags.item(i).text()
        assert rect.height() >= tags.fontMetrics().height()


def test_a_template_changed_on_another_desk_is_not_overwritten(store, db_path, open_page, qtbot):
    """Two desks on one file: the second save sees the first, shows its text and keeps what
    was typed; saving again keeps it, knowingly."""
    page = open_page()
    click_template(qtbot, page, "Wrong order")
    retype_body(qtbot, page, "Typed with care.")
    with Store(db_path) as other:
        other.desk_person = "Jo"
        theirs = template_named(other, "Wrong order")
        other.save_template(replace(theirs, body="Jo's words."), seen=theirs.version)

    qtbot.mouseClick(page.save_button, LEFT)

    assert "Jo" in page.problem.text() and "template" in page.problem.text()
    assert "Jo's words." in page.problem.text()  # their change, shown
    assert page.body.toPlainText() == "Typed with care."  # nothing typed was lost
    assert template_named(store, "Wrong order").body == "Jo's words."
    qtbot.mouseClick(page.save_button, LEFT)
    assert template_named(store, "Wrong order").body == "Typed with care."
