"""How the inbox list spends its width: the feedback text gets the room.

Each row is two lines tall. The short facts share a column two by two (the customer over the
channel, the score over the sentiment, the status over the waiting time), so three columns
fold away and the text, wrapped over both lines, takes every pixel the others leave. The model
keeps its nine columns: only the view folds them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QTableView

from ...core.records import CHANNELS, STATUSES
from .. import display
from .model import AUTHOR, CHANNEL, DATE, RESPONSE, SCORE, SENTIMENT, STATUS, TAGS, TEXT

# column shown -> the column folded under it as a second line
FOLDED = {AUTHOR: CHANNEL, SCORE: SENTIMENT, STATUS: RESPONSE}
LINES = 2


class TwoLines(QStyledItemDelegate):
    """Draws a cell's text over the folded column's text, and the folded one's icon (the
    sentiment's dot) when the cell has none of its own."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        under = FOLDED.get(index.column())
        if under is None:
            return
        below = index.siblingAtColumn(under)
        second = below.data(Qt.ItemDataRole.DisplayRole) or ""
        option.text = f"{option.text}\u2028{second}" if option.text else second
        icon = below.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None and option.icon.isNull():
            option.icon = icon
            option.features |= option.ViewItemFeature.HasDecoration
        colour = below.data(Qt.ItemDataRole.ForegroundRole)  # a day waiting shows orange
        if colour is not None and index.data(Qt.ItemDataRole.ForegroundRole) is None:
            option.palette.setColor(option.palette.ColorRole.Text, colour)


NARROW_BELOW = 1000  # px of the inbox page: narrower, the tags are left to the detail pane


def fit_to_width(table: QTableView, page_width: int) -> None:
    """On a narrow window the Tags column steps aside so the text keeps its room (the
    selected item's tags are beside the list)."""
    table.setColumnHidden(TAGS, page_width < NARROW_BELOW)


def _widest(metrics, texts) -> int:
    return max(metrics.horizontalAdvance(t) for t in texts)


def lay_out(table: QTableView) -> None:
    """Fold the short columns, size them to their content and let the text stretch."""
    table.setItemDelegate(TwoLines(table))
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    metrics = table.fontMetrics()
    table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * LINES + 10)
    for column in FOLDED.values():
        table.setColumnHidden(column, True)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    model = table.model()

    def title(column: int) -> str:
        return model.headerData(column, Qt.Orientation.Horizontal)

    pad = 16  # the cell's margins and a little air
    dot = 20  # the sentiment's dot beside the score
    widths = {
        DATE: _widest(metrics, [title(DATE), display.date_text("2026-12-28")]) + pad,
        AUTHOR: _widest(
            metrics, [title(AUTHOR), "Alexandra M."] + [display.channel_name(c) for c in CHANNELS]
        )
        + pad,
        SCORE: _widest(
            metrics,
            [title(SCORE), "★★★★★", "NPS 10"]
            + [display.sentiment_name(s) + " ⚠" for s in ("positive", "negative", "unscored")],
        )
        + pad
        + dot,
        STATUS: _widest(
            metrics,
            [title(STATUS)] + [display.status_name(s) for s in STATUSES],
        )
        + pad,
        TAGS: _widest(metrics, [title(TAGS), "Cleanliness", "Atmosphere"]) + pad,
    }
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
