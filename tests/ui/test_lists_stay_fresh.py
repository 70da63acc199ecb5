"""Every list shows what the database holds now: Imports lists a paste at once, and Settings'
backups list shows a backup made while it is open."""

from __future__ import annotations

from feedback_desk.core.store import Store
from tests.ui.test_paste_flow import THREE_REVIEWS, paste_through_dialog


def test_imports_lists_a_paste_at_once(qtbot, open_window, db_path):
    window = open_window(db_path)
    window.show_page("imports")
    assert window.history.table.rowCount() == 0
    paste_through_dialog(qtbot, window, THREE_REVIEWS)
    window.show_page("imports")
    table = window.history.table
    assert table.rowCount() == 1
    assert (table.item(0, 1).text(), table.item(0, 2).text()) == ("Pasted feedback", "3")


def test_an_import_on_the_command_line_is_listed_by_the_open_window(qtbot, open_window, db_path):
    window = open_window(db_path)
    window.show_page("imports")
    with Store(db_path) as other:  # another program (the command line) writes meanwhile
        from feedback_desk.core import intake
        from feedback_desk.core.records import NewFeedback

        intake.add_feedback(other, [NewFeedback(body="Great crust")], "paste")
    qtbot.waitUntil(lambda: window.history.table.rowCount() == 1, timeout=10_000)


def test_a_backup_made_while_settings_is_open_is_listed(qtbot, open_window, db_path):
    window = open_window(db_path)
    window.show_page("settings")
    panel = window.settings_page.backups
    first = panel.list.topLevelItem(0).text(0)
    assert first == "No backups yet"
    with Store(db_path) as other:  # the command line's `backup`, or the daily one
        other.backup(reason="manual")
    qtbot.waitUntil(lambda: panel.list.topLevelItem(0).text(0) != "No backups yet", timeout=10_000)
    assert panel.list.topLevelItemCount() == 1
    assert panel.list.topLevelItem(0).text(1) != ""
