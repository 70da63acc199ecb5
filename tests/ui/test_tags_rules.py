"""The owner manages tags, auto-tag rules and the team as a person would: clicking buttons,
typing names into the dialogs that open, answering the confirmations. Each test checks what
the window then shows and what the database then holds."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from feedback_desk.core import intake
from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.core.store import Store
from feedback_desk.ui.app import make_app
from feedback_desk.ui.settings.page import SettingsPage
from feedback_desk.ui.settings.rules import ON, TAG, WOULD_TAG, RuleEditor, RulesDialog
from feedback_desk.ui.settings.tags import ITEMS, NAME, TagManagerDialog
from tests.ui.typing import type_text

LEFT = Qt.MouseButton.LeftButton


# Answering the dialogs that open -------------------------------------------------------------
def when_open(kind, act: Callable, tries: int = 300) -> None:
    """When a dialog of ``kind`` opens, ``act`` on it (from the event loop of its exec()). If
    acting fails the dialog is closed, so the test fails instead of waiting forever."""

    def look(left=tries):
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not found:
            if left:
                QTimer.singleShot(10, lambda: look(left - 1))
            return
        try:
            act(found[-1])
        finally:
            if found[-1].isVisible():
                found[-1].reject()

    QTimer.singleShot(0, look)


def type_into_input(qtbot, text: str) -> None:
    """The next QInputDialog gets ``text`` typed over its field, then OK."""

    def act(dialog):
        field = dialog.findChild(QLineEdit)
        field.selectAll()
        type_text(qtbot, field, text)
        qtbot.mouseClick(ok_button(dialog), LEFT)

    when_open(QInputDialog, act)


def pick_in_input(qtbot, choice: str) -> None:
    """The next QInputDialog's list is set to ``choice``, then OK."""

    def act(dialog):
        combo = dialog.findChild(QComboBox)
        combo.setCurrentIndex(combo.findText(choice))
        qtbot.mouseClick(ok_button(dialog), LEFT)

    when_open(QInputDialog, act)


def press_in_message(qtbot, button: str, seen: dict) -> None:
    """The next message box's text goes into ``seen["text"]``, then ``button`` is pressed."""

    def act(box):
        seen["text"] = box.text()
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        qtbot.mouseClick(chosen, LEFT)

    when_open(QMessageBox, act)


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


# Reading what is shown and stored -------------------------------------------------------------
def shown_tags(dialog) -> dict[str, str]:
    return {
        dialog.table.item(r, NAME).text(): dialog.table.item(r, ITEMS).text()
        for r in range(dialog.table.rowCount())
    }


def stored_tags(store) -> dict[str, int]:
    return {t.name: t.count for t in store.tags()}


def tag_id(store, name: str) -> int:
    return next(t.id for t in store.tags() if t.name == name)


def tags_of(store) -> dict[str, tuple[str, ...]]:
    """Each item's text -> the tags it carries (a tag twice would show twice)."""
    rows = store.inbox_page(0, 1000, InboxQuery(spam="include"))
    return {row.preview: row.tags for row in rows}


def select_rows(dialog, names) -> None:
    dialog.table.clearSelection()
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, NAME).text() in names:
            dialog.table.selectionModel().select(
                dialog.table.model().index(row, NAME),
                dialog.table.selectionModel().SelectionFlag.Select
                | dialog.table.selectionModel().SelectionFlag.Rows,
            )


@pytest.fixture
def items(store):
    """Feedback no starting rule tags, each with the tags the test gives it."""

    def add(texts: dict[str, tuple[str, ...]]) -> dict[str, int]:
        make_app()
        intake.add_feedback(store, [NewFeedback(body=t) for t in texts], "paste")
        ids = {row.preview: row.id for row in store.inbox_page(0, 1000)}
        for text, names in texts.items():
            for name in names:
                if name not in stored_tags(store):
                    store.create_tag(name)
                store.tag([ids[text]], tag_id(store, name))
        return ids

    return add


def open_tags(qtbot, store, undo_stack=None) -> TagManagerDialog:
    make_app()
    dialog = TagManagerDialog(store, undo_stack=undo_stack)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# Tags -----------------------------------------------------------------------------------------
def test_create_rename_and_colour_a_tag(qtbot, store, monkeypatch):
    dialog = open_tags(qtbot, store)
    changes = []
    dialog.changed.connect(lambda: changes.append(1))
    # Nothing selected: only New tag does anything.
    dialog.table.clearSelection()
    assert [b.isEnabled() for b in (dialog.rename_button, dialog.colour_button)] == [False] * 2
    assert not dialog.merge_button.isEnabled() and not dialog.delete_button.isEnabled()

    type_into_input(qtbot, "Takeaway 포장")
    qtbot.mouseClick(dialog.new_button, LEFT)
    assert shown_tags(dialog)["Takeaway 포장"] == "0"
    assert stored_tags(store)["Takeaway 포장"] == 0
    # The new tag is selected, ready to rename or colour.
    assert [t.name for t in dialog.selected()] == ["Takeaway 포장"]
    assert dialog.rename_button.isEnabled() and not dialog.merge_button.isEnabled()

    type_into_input(qtbot, "Takeaway")
    qtbot.mouseClick(dialog.rename_button, LEFT)
    assert "Takeaway 포장" not in shown_tags(dialog) and "Takeaway" in shown_tags(dialog)
    assert "Takeaway" in stored_tags(store) and "Takeaway 포장" not in stored_tags(store)
    assert "Renamed “Takeaway 포장” to “Takeaway”" in dialog.result.text()

    asked = {}

    def choose_colour(initial, parent, title):
        asked["title"] = title
        return QColor("#123456")

    monkeypatch.setattr(QColorDialog, "getColor", choose_colour)
    qtbot.mouseClick(dialog.colour_button, LEFT)
    assert asked["title"] == "Colour of “Takeaway”"
    assert next(t.color for t in store.tags() if t.name == "Takeaway") == "#123456"
    row = [dialog.table.item(r, NAME).text() for r in range(dialog.table.rowCount())]
    assert dialog.table.item(row.index("Takeaway"), NAME).toolTip() == "#123456"
    assert len(changes) == 3


def test_a_taken_name_is_refused_plainly(qtbot, store):
    dialog = open_tags(qtbot, store)
    seen = {}
    type_into_input(qtbot, "speed")
    press_in_message(qtbot, "OK", seen)
    qtbot.mouseClick(dialog.new_button, LEFT)
    assert "There is already a tag called “Speed”" in seen["text"]
    assert [t.name for t in store.tags()].count("Speed") == 1


def test_merge_tags_moves_their_items_once(qtbot, store, items):
    items(
        {
            "Alpha note": ("Waiting", "Queue"),
            "Beta note": ("Queue",),
            "Gamma note": ("Waiting",),
            "Delta note": ("Price",),
        }
    )
    dialog = open_tags(qtbot, store)
    select_rows(dialog, {"Waiting"})
    assert not dialog.merge_button.isEnabled()
    select_rows(dialog, {"Waiting", "Queue"})
    assert dialog.merge_button.isEnabled() and not dialog.rename_button.isEnabled()

    seen = {}
    pick_in_input(qtbot, "Waiting")
    # The confirmation comes once the kept tag is chosen.
    QTimer.singleShot(50, lambda: press_in_message(qtbot, "Merge", seen))
    qtbot.mouseClick(dialog.merge_button, LEFT)

    assert seen["text"] == (
        "Merge “Queue” into “Waiting”? The 2 items tagged “Queue” will be tagged “Waiting” instead."
    )
    assert "Queue" not in stored_tags(store)
    assert stored_tags(store)["Waiting"] == 3
    assert shown_tags(dialog)["Waiting"] == "3" and "Queue" not in shown_tags(dialog)
    assert tags_of(store) == {
        "Alpha note": ("Waiting",),
        "Beta note": ("Waiting",),
        "Gamma note": ("Waiting",),
        "Delta note": ("Price",),
    }


def test_delete_a_tag_keeps_the_items_and_can_be_undone(qtbot, store, items):
    ids = items({"Alpha note": ("Drinks",), "Beta note": ("Drinks", "Price"), "Gamma note": ()})
    store.add_tag_rule(tag_id(store, "Drinks"), "lemonade, iced tea")
    undo = QUndoStack()
    dialog = open_tags(qtbot, store, undo)
    select_rows(dialog, {"Drinks"})
    seen = {}
    press_in_message(qtbot, "Delete", seen)
    qtbot.mouseClick(dialog.delete_button, LEFT)

    assert seen["text"] == (
        "Delete the tag “Drinks”? 2 items carry it: the items stay, only the tag goes. "
        "1 auto-tag rule goes too."
    )
    assert "Drinks" not in stored_tags(store) and "Drinks" not in shown_tags(dialog)
    assert store.inbox_count() == 3
    assert tags_of(store)["Beta note"] == ("Price",)
    assert not any(r.tag_name == "Drinks" for r in store.tag_rules())

    undo.undo()
    assert shown_tags(dialog)["Drinks"] == "2"
    assert tags_of(store)["Beta note"] == ("Drinks", "Price")
    assert [r.keywords for r in store.tag_rules() if r.tag_name == "Drinks"] == [
        ("lemonade", "iced tea")
    ]
    assert tag_id(store, "Drinks") in {t.id for t in store.tags()}
    assert ids  # the items never went anywhere


def test_cancelling_a_delete_changes_nothing(qtbot, store, items):
    items({"Alpha note": ("Drinks",)})
    dialog = open_tags(qtbot, store)
    select_rows(dialog, {"Drinks"})
    press_in_message(qtbot, "Cancel", {})
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert stored_tags(store)["Drinks"] == 1


# Auto-tag rules -------------------------------------------------------------------------------
TEXTS = [
    "음식이 너무 느려요",
    "서비스가 느려서 아쉬웠어요",
    "There was no parking at all",
    "The parking lot was full",
    "Parking is free",
    "느긋한 분위기",
    "Crowded, lots of parked cars",
    "너무 느려",
]


@pytest.fixture
def rules_dialog(qtbot, store):
    make_app()
    # An owner who has cleared the starting rules, then gathered feedback.
    for rule in store.tag_rules():
        store.delete_tag_rule(rule.id)
    intake.add_feedback(store, [NewFeedback(body=t) for t in TEXTS], "paste")
    already = next(r.id for r in store.inbox_page(0, 100) if r.preview == "너무 느려")
    store.tag([already], tag_id(store, "Speed"))
    dialog = RulesDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_rule(qtbot, tag: str, words: str, existing: bool) -> None:
    def act(editor: RuleEditor):
        if existing:
            editor.tag.setCurrentIndex(editor.tag.findText(tag))
        else:
            editor.tag.lineEdit().clear()
            type_text(qtbot, editor.tag.lineEdit(), tag)
        type_text(qtbot, editor.words, words)
        qtbot.mouseClick(editor.ok_button, LEFT)

    when_open(RuleEditor, act)


def shown_rules(dialog) -> dict[str, str]:
    return {
        dialog.table.item(r, TAG).text(): dialog.table.item(r, WOULD_TAG).text()
        for r in range(dialog.table.rowCount())
    }


def test_korean_and_english_rules_preview_then_tag_exactly_those_items(qtbot, store, rules_dialog):
    dialog = rules_dialog
    assert dialog.table.rowCount() == 0
    assert not dialog.apply_button.isEnabled()
    assert any(
        "every new import and paste" in label.text() for label in dialog.findChildren(QLabel)
    )

    fill_rule(qtbot, "Speed", "느려", existing=True)
    qtbot.mouseClick(dialog.add_button, LEFT)
    fill_rule(qtbot, "Parking", "no parking, Parking Lot", existing=False)
    qtbot.mouseClick(dialog.add_button, LEFT)

    # The owner's words are kept as typed; a new tag was made for the new name.
    assert {r.tag_name: r.keywords for r in store.tag_rules()} == {
        "Speed": ("느려",),
        "Parking": ("no parking", "Parking Lot"),
    }
    assert shown_rules(dialog) == {"Parking": "2 items", "Speed": "2 items"}
    names = {r.id: r.tag_name for r in store.tag_rules()}
    assert {names[k]: n for k, n in store.preview_rules().items()} == {"Parking": 2, "Speed": 2}
    assert dialog.apply_button.text() == "Tag 4 items"

    before = tags_of(store)
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert dialog.result.text() == "Tagged 4 items."
    after = tags_of(store)
    gained = {t: tuple(sorted(set(after[t]) - set(before[t]))) for t in after}
    assert {t: g for t, g in gained.items() if g} == {
        "음식이 너무 느려요": ("Speed",),
        "서비스가 느려서 아쉬웠어요": ("Speed",),
        "There was no parking at all": ("Parking",),
        "The parking lot was full": ("Parking",),
    }
    assert after["너무 느려"] == ("Speed",)  # tagged before, and only once
    assert shown_rules(dialog) == {"Parking": "0 items", "Speed": "0 items"}
    assert not dialog.apply_button.isEnabled()


def test_a_rule_switched_off_tags_nothing(qtbot, store, rules_dialog):
    dialog = rules_dialog
    fill_rule(qtbot, "Speed", "느려", existing=True)
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.apply_button.text() == "Tag 2 items"
    dialog.table.item(0, ON).setCheckState(Qt.CheckState.Unchecked)
    assert shown_rules(dialog) == {"Speed": "off"}
    assert not store.tag_rules()[0].enabled
    assert not dialog.apply_button.isEnabled()
    assert dialog.reach_label.text() == "No rule is on: nothing to tag."


def test_tagging_with_the_rules_can_be_undone(qtbot, store, rules_dialog):
    dialog = rules_dialog
    dialog.undo_stack = QUndoStack()
    changes = []
    dialog.changed.connect(lambda: changes.append(1))
    fill_rule(qtbot, "Speed", "느려", existing=True)
    qtbot.mouseClick(dialog.add_button, LEFT)
    before = tags_of(store)
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert tags_of(store)["음식이 너무 느려요"] == ("Speed",)
    assert dialog.undo_stack.undoText() == "Tag with the rules"
    dialog.undo_stack.undo()
    assert tags_of(store) == before
    assert dialog.apply_button.text() == "Tag 2 items"
    assert len(changes) == 3  # the new rule, the tagging, its undo


def test_edit_and_delete_a_rule(qtbot, store, rules_dialog):
    dialog = rules_dialog
    fill_rule(qtbot, "Speed", "느려", existing=True)
    qtbot.mouseClick(dialog.add_button, LEFT)
    dialog.table.selectRow(0)

    def add_words(editor: RuleEditor):
        assert editor.words.text() == "느려"
        editor.words.end(False)
        type_text(qtbot, editor.words, ", at all")
        qtbot.mouseClick(editor.ok_button, LEFT)

    when_open(RuleEditor, add_words)
    qtbot.mouseClick(dialog.edit_button, LEFT)
    assert store.tag_rules()[0].keywords == ("느려", "at all")
    assert shown_rules(dialog) == {"Speed": "3 items"}

    press_in_message(qtbot, "Yes", {})
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert store.tag_rules() == [] and dialog.table.rowCount() == 0


def test_a_rule_needs_words(qtbot, store, rules_dialog):
    def save_empty(editor: RuleEditor):
        editor.tag.setCurrentIndex(editor.tag.findText("Speed"))
        qtbot.mouseClick(editor.ok_button, LEFT)
        assert editor.isVisible() and editor.problem.text() == "Type at least one word or phrase."

    when_open(RuleEditor, save_empty)
    qtbot.mouseClick(rules_dialog.add_button, LEFT)
    assert store.tag_rules() == []


# Settings -------------------------------------------------------------------------------------
def open_settings(qtbot, store) -> SettingsPage:
    make_app()
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def team_shown(page) -> list[str]:
    return [page.team.item(r).text() for r in range(page.team.count())]


def select_member(page, name: str) -> None:
    page.team.setCurrentRow(team_shown(page).index(name))


def test_team_add_rename_remove_is_kept(qtbot, db_path, store, items):
    ids = items({"Alpha note": ()})
    page = open_settings(qtbot, store)
    assert page.location.text() == str(db_path)
    assert not page.rename_button.isEnabled() and not page.remove_button.isEnabled()
    for name in ("Ana", "Jon", "민지"):
        type_into_input(qtbot, name)
        qtbot.mouseClick(page.add_button, LEFT)
    assert team_shown(page) == ["Ana", "Jon", "민지"]
    store.assign([ids["Alpha note"]], "Jon")

    select_member(page, "Jon")
    type_into_input(qtbot, "Jonathan")
    qtbot.mouseClick(page.rename_button, LEFT)
    assert team_shown(page) == ["Ana", "Jonathan", "민지"]
    assert store.assignees_of([ids["Alpha note"]]) == {ids["Alpha note"]: "Jonathan"}
    assert "1 feedback item assigned to Jon is now assigned to Jonathan" in page.team_result.text()

    select_member(page, "Ana")
    seen = {}
    press_in_message(qtbot, "Yes", seen)
    qtbot.mouseClick(page.remove_button, LEFT)
    assert seen["text"] == "Remove Ana from the team?"
    assert team_shown(page) == ["Jonathan", "민지"]

    page.close()
    store.close()
    with Store(db_path) as reopened:
        again = open_settings(qtbot, reopened)
        assert team_shown(again) == ["Jonathan", "민지"]
        assert reopened.team() == ["Jonathan", "민지"]


def test_settings_open_the_tags_and_rules_dialogs(qtbot, store):
    page = open_settings(qtbot, store)
    changes = []
    page.changed.connect(lambda: changes.append(1))
    seen = {}

    def add_a_tag(dialog: TagManagerDialog):
        seen["tags"] = len(shown_tags(dialog))
        type_into_input(qtbot, "Bakery")
        qtbot.mouseClick(dialog.new_button, LEFT)
        dialog.reject()

    when_open(TagManagerDialog, add_a_tag)
    qtbot.mouseClick(page.tags_button, LEFT)
    assert seen["tags"] == 9  # the starting set
    assert "Bakery" in stored_tags(store)
    assert changes and page.tags_summary.text().startswith("10 tags; 9 auto-tag rules on.")

    def look(dialog: RulesDialog):
        seen["rules"] = dialog.table.rowCount()
        dialog.reject()

    when_open(RulesDialog, look)
    qtbot.mouseClick(page.rules_button, LEFT)
    assert seen["rules"] == 9
