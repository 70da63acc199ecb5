"""The inbox page: search, the list of feedback, the selected item in full."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import display
from ..pages import MessagePage
from .detail import FeedbackDetail
from .model import AUTHOR, CHANNEL, DATE, SCORE, SENTIMENT, STATUS, TAGS, TEXT, InboxModel


def empty_state(actions) -> MessagePage:
    """What a new database shows: what Feedback Desk is for, and the ways to start."""
    return MessagePage(
        MessagePage.tr("Your inbox is empty"),
        MessagePage.tr(
            "Collect every review, survey answer and comment in one place. Paste reviews from "
            "a website, type up a phone call, or bring in a file exported from a review site "
            "or survey tool. Each one is sorted into positive, neutral or negative for you."
        ),
        actions=actions,
    )


class InboxPage(QWidget):
    selection_changed = Signal(list)

    def __init__(self, store, actions, parent=None):
        super().__init__(parent)
        self.store = store
        self.model = InboxModel(store, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search feedback, titles and customers"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("muted")
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search, 1)
        toolbar.addWidget(self.count)
        for action in actions[:3]:
            button = QPushButton(action.text().replace("&", "").rstrip("."))
            button.clicked.connect(action.trigger)
            toolbar.addWidget(button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in (
            (DATE, 80),
            (CHANNEL, 72),
            (AUTHOR, 100),
            (SCORE, 66),
            (SENTIMENT, 94),
            (STATUS, 84),
            (TAGS, 90),
        ):
            self.table.setColumnWidth(column, width)
        # The text takes whatever width is left, so the list never needs a sideways scrollbar.
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.detail = FeedbackDetail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inboxSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([820, 330])

        self.stack = QStackedWidget()
        self.empty = empty_state(actions)
        self.stack.addWidget(self.empty)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(toolbar)
        list_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.stack)

        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.refresh()

    def refresh(self, keep_selection: bool = True) -> None:
        """Reload from the store after something changed."""
        selected = self.selected_ids() if keep_selection else []
        self.model.refresh()
        has_any = (
            bool(self.model.rowCount())
            or bool(self.model.query.search)
            or self.store.inbox_count() > 0
        )
        self.stack.setCurrentIndex(1 if has_any else 0)
        self._show_count()
        if selected:
            self.select_id(selected[0])
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.show_feedback(None)

    def _apply_search(self) -> None:
        self.model.refresh(replace(self.model.query, search=self.search.text().strip()))
        self._show_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.show_feedback(None)

    def _show_count(self) -> None:
        n = self.model.rowCount()
        if self.model.query.search and not n:
            self.count.setText(self.tr("Nothing matches"))
        else:
            self.count.setText(display.count(n, "{n} item", "{n} items"))

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def select_id(self, feedback_id: int) -> None:
        """Select an item if it is among the first pages (where new items land)."""
        for row in range(min(self.model.rowCount(), 1000)):
            if self.model.id_at(row) == feedback_id:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(self.model.index(row, 0))
                return

    def _on_selection(self, *_):
        ids = self.selected_ids()
        self.detail.show_feedback(self.store.get_feedback(ids[0]) if ids else None)
        self.selection_changed.emit(ids)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
