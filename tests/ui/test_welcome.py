"""The first start asks the business's and the owner's names, once, and can be skipped."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.settings import BUSINESS_NAME, OWNER_NAME, acting_person, text_setting
from feedback_desk.core.store import Store
from feedback_desk.ui.dialogs.reply import ReplyDialog
from tests.ui.typing import type_text


def test_the_names_given_at_the_first_start_sign_the_replies(qtbot, open_window, db_path):
    window = open_window(db_path)
    card = window.inbox.welcome
    assert card.isVisible()
    type_text(qtbot, card.business, "Maple & Rye")
    type_text(qtbot, card.owner, "Min Park")
    qtbot.mouseClick(card.save, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    assert text_setting(window.store, BUSINESS_NAME) == "Maple & Rye"
    assert text_setting(window.store, OWNER_NAME) == "Min Park"
    # Settings shows them at once, and the reply is answered by the owner
    window.show_page("settings")
    assert "Maple & Rye" in [
        e.text() for e in window.settings_page.findChildren(type(card.business))
    ]
    intake.add_feedback(
        window.store, [NewFeedback(body="So slow", author="Jane", rating=1)], "form"
    )
    item = window.store.search("slow")[0]
    dialog = ReplyDialog(window.store, item, window)
    qtbot.addWidget(dialog)
    assert dialog.by.currentText() == "Min Park"


def test_skipping_never_asks_again_and_nobody_is_the_computers_login(qtbot, open_window, db_path):
    window = open_window(db_path)
    qtbot.mouseClick(window.inbox.welcome.skip, Qt.MouseButton.LeftButton)
    assert not window.inbox.welcome.isVisible()
    assert acting_person(window.store) == ""
    assert getpass.getuser() != acting_person(window.store)
    window.close()
    window.store.close()
    again = open_window(db_path)
    assert not again.inbox.welcome.isVisible()


def test_a_desk_with_names_already_is_not_asked(qtbot, open_window, db_path):
    with Store(db_path) as store:
        store.set_setting(BUSINESS_NAME.key, "Sunrise Bakery")
    window = open_window(db_path)
    assert window.inbox.stack.currentWidget() is window.inbox.empty
    assert not window.inbox.welcome.isVisible()
