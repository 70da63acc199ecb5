"""The colours that carry meaning in the inbox (late, answered, spam, the sentiment in the
detail pane) read on a light palette and on a dark one."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from feedback_desk.core import intake
from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.ui.app import make_app
from feedback_desk.ui.colours import contrast
from feedback_desk.ui.inbox.detail import FeedbackDetail
from feedback_desk.ui.inbox.model import InboxModel

# Windows 11's dark theme (the colours Qt's windows11 style sets for a dark system).
DARK = {
    QPalette.ColorRole.Window: "#202020",
    QPalette.ColorRole.Base: "#1c1c1c",
    QPalette.ColorRole.Button: "#2d2d2d",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.ButtonText: "#ffffff",
}
# Fusion's light palette, as on a desktop without a theme.
LIGHT = {
    QPalette.ColorRole.Window: "#efefef",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.Button: "#efefef",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.ButtonText: "#000000",
}
# A complaint, a compliment and a plain remark (VADER's negative, positive and neutral).
TEXTS = ("The staff was rude and the food was terrible", "Lovely bread, wonderful", "Open at 9")


@pytest.fixture(params=["light", "dark"])
def palette(request):
    app = make_app()
    before = app.palette()
    chosen = QPalette(before)
    for role, color in (DARK if request.param == "dark" else LIGHT).items():
        chosen.setColor(role, QColor(color))
    app.setPalette(chosen)
    yield chosen
    app.setPalette(before)


@pytest.fixture
def inbox(store):
    """A late item, an answered one, spam, and one of each sentiment."""
    long_ago = (datetime.now() - timedelta(days=3)).isoformat(timespec="seconds")
    items = [NewFeedback(body=t, channel="email", received_at=long_ago) for t in TEXTS]
    items.append(NewFeedback(body="Buy cheap watches now", channel="email"))
    intake.add_feedback(store, items, "paste")
    ids = [row.id for row in store.inbox_page(0, 10)]
    by_text = {store.get_feedback(i).body: i for i in ids}
    store.add_reply(by_text[TEXTS[1]], "Thank you!", datetime.now().isoformat(timespec="seconds"))
    store.mark_spam([by_text["Buy cheap watches now"]])
    return store, by_text


def test_the_inbox_colours_read_on_the_palette(palette, inbox):
    store, by_text = inbox
    spam_id = by_text["Buy cheap watches now"]
    model = InboxModel(store)
    model.refresh(InboxQuery(spam="include"))  # spam is listed, greyed
    background = palette.color(QPalette.ColorRole.Base)
    seen = {}
    for row in range(model.rowCount()):
        item = model.row_at(row)
        for column in range(model.columnCount()):
            shade = model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole)
            if shade is not None:
                seen[(item.id, column)] = contrast(QColor(shade), background)
    spam = [ratio for (fid, _), ratio in seen.items() if fid == spam_id]
    others = [ratio for (fid, _), ratio in seen.items() if fid != spam_id]
    assert len(others) >= 3  # late (two items) and answered
    assert min(others) >= 4.5, seen  # WCAG 2.1 AA for text
    assert spam and min(spam) >= 3.0, seen  # spam steps back, yet can be read
    assert min(spam) < contrast(palette.color(QPalette.ColorRole.Text), background)


def test_the_sentiment_in_the_detail_pane_reads_on_the_palette(palette, inbox, qtbot):
    store, by_text = inbox
    detail = FeedbackDetail()
    qtbot.addWidget(detail)
    background = palette.color(QPalette.ColorRole.Window)
    for text in TEXTS:
        detail.show_feedback(store.get_feedback(by_text[text]))
        shade = re.search(r"color:\s*(#[0-9a-fA-F]{6})", detail.verdict.text()).group(1)
        assert contrast(QColor(shade), background) >= 4.5, (text, shade)


def test_a_dark_palette_changes_the_colours_a_light_one_keeps(inbox):
    """On white the inbox keeps the colours it always had; on dark they are lightened."""
    app = make_app()
    store, by_text = inbox
    model = InboxModel(store)
    model.refresh(InboxQuery(spam="include"))  # spam is listed, greyed
    late_row = next(r for r in range(model.rowCount()) if model.id_at(r) == by_text[TEXTS[0]])
    index = model.index(
        late_row,
        next(
            c
            for c in range(model.columnCount())
            if model.data(model.index(late_row, c), Qt.ItemDataRole.ForegroundRole)
        ),
    )
    before = app.palette()
    try:
        for colours, expected in ((LIGHT, "#c05600"), (DARK, None)):
            chosen = QPalette(before)
            for role, color in colours.items():
                chosen.setColor(role, QColor(color))
            QApplication.setPalette(chosen)
            shade = model.data(index, Qt.ItemDataRole.ForegroundRole).name()
            if expected:
                assert shade == expected
            else:
                assert QColor(shade).lightness() > QColor("#c05600").lightness()
    finally:
        app.setPalette(before)
