"""The inbox gives the feedback text the room, at the window sizes owners have."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem

from feedback_desk.core.demo import load_demo
from feedback_desk.core.store import Store
from feedback_desk.ui.inbox.model import AUTHOR, CHANNEL, RESPONSE, SCORE, SENTIMENT, STATUS, TEXT


@pytest.mark.parametrize("size", [(1280, 800), (1440, 900)])
def test_the_text_is_the_widest_column_and_shows_two_lines(qtbot, open_window, db_path, size):
    with Store(db_path) as store:
        load_demo(store)
    window = open_window(db_path)
    window.resize(*size)
    qtbot.wait(50)
    table = window.inbox.table
    shown = [c for c in range(window.inbox.model.columnCount()) if not table.isColumnHidden(c)]
    widths = {c: table.columnWidth(c) for c in shown}
    assert max(widths, key=widths.get) == TEXT
    # At least as wide as any two of the others together, over two lines per row
    others = sorted((w for c, w in widths.items() if c != TEXT), reverse=True)
    assert widths[TEXT] >= others[0] + others[1]
    assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()
    # The folded facts are still there, as the second line of their neighbours
    model = window.inbox.model
    for shown_column, folded in ((AUTHOR, CHANNEL), (SCORE, SENTIMENT), (STATUS, RESPONSE)):
        assert table.isColumnHidden(folded)
        option = QStyleOptionViewItem()
        table.itemDelegate().initStyleOption(option, model.index(0, shown_column))
        first, second = option.text.split("\u2028")
        assert first == (model.index(0, shown_column).data() or "")
        assert second == (model.index(0, folded).data() or "")


def test_at_the_smallest_window_the_search_and_text_keep_their_room(qtbot, open_window, db_path):
    from feedback_desk.ui.inbox.model import TAGS

    with Store(db_path) as store:
        load_demo(store)
    window = open_window(db_path)
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: window.inbox.table.isColumnHidden(TAGS))
    inbox = window.inbox
    assert not any(b.isVisible() for b in inbox.toolbar_buttons)  # still in the File menu
    assert inbox.search.isVisible()
    qtbot.waitUntil(lambda: inbox.search.width() >= 200)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: not inbox.table.isColumnHidden(TAGS))
    assert all(b.isVisible() for b in inbox.toolbar_buttons)
