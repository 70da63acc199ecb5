"""The inbox page: search, the list of feedback, the selected item in full."""

from __future__ import annotations

import contextlib
from dataclasses import replace

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.records import STATUSES, InboxQuery
from .. import display
from ..actions.followups import FollowUpActions
from ..dialogs.followup import DoneDialog, FollowUpDialog, saved
from ..dialogs.reply import ReplyDialog
from ..problems import WRITE_ERRORS, tell_write_problem
from ..welcome import WelcomeCard, place_in
from ..widgets.pages import MessagePage
from . import columns
from .actions import TriageActions
from .detail import FeedbackDetail
from .filters import FilterBar
from .model import InboxModel


def empty_state(actions) -> MessagePage:
    """What a new database shows: what Feedback Desk is for, and the ways to start."""
    return MessagePage(
        MessagePage.tr("Your inbox is empty"),
        MessagePage.tr(
            "Collect every review, survey answer and comment in one place. Paste reviews from "
            "a website, type up a phone call, or bring in a file exported from a review site "
            "or survey tool: drop it anywhere on this window, or choose it with Import a file. "
            "Each one is sorted into positive, neutral or negative for you."
        ),
        actions=actions,
    )


# The detail pane reads at most this many of a selection to show what they have in common
# (changes still apply to the whole selection).
SHOWN_AT_MOST = 200
# After a change, the selection is found again among this many rows from the top.
RESELECT_WITHIN = 2000


class InboxPage(QWidget):
    selection_changed = Signal(list)
    changed = Signal()  # the owner changed some feedback: counts elsewhere are stale
    query_changed = Signal(object)  # the owner searched or filtered: the InboxQuery listed

    def __init__(self, store, actions, undo_stack, parent=None):
        super().__init__(parent)
        self.store = store
        self.model = InboxModel(store, self)
        self.undo_stack = undo_stack
        self._versions: dict[int, int] = {}  # of the items the detail shows, as it shows them
        self.actions = TriageActions(
            store, undo_stack, self._after_change, self._seen, self._changed_elsewhere
        )
        self.followups = FollowUpActions(store, undo_stack, self._after_change)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search feedback, customers and notes"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("muted")
        toolbar = QHBoxLayout()
        self.title = title = QLabel(self.tr("Inbox"))  # titled as the sidebar names it
        title.setObjectName("emptyTitle")
        toolbar.addWidget(title)
        toolbar.addSpacing(8)
        toolbar.addWidget(self.search, 1)
        toolbar.addWidget(self.count)
        self.toolbar_buttons = []
        for action in actions[:3]:
            button = QPushButton(action.text().replace("&", "").rstrip("."))
            button.clicked.connect(action.trigger)
            toolbar.addWidget(button)
            self.toolbar_buttons.append(button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setHighlightSections(False)
        columns.lay_out(self.table)  # the text takes the room, the short facts fold in two
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
        self.welcome = WelcomeCard(store)
        place_in(self.empty, self.welcome)
        self.stack.addWidget(self.empty)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(toolbar)
        self.filters = FilterBar(store)
        self.filters.changed.connect(self._apply_search)
        list_layout.addWidget(self.filters)
        list_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.stack)

        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.counted.connect(self._on_counted)
        self._when_counted: list = []  # (callback, row to select): waiting for the exact count
        self._connect_panel()
        self._make_shortcuts()
        self.refresh()

    # Changes to the selection ------------------------------------------------------------
    def _connect_panel(self) -> None:
        panel, act = self.detail.panel, self.actions
        panel.status_chosen.connect(lambda v: act.set_status(self.selected_ids(), v))
        panel.sentiment_chosen.connect(lambda v: act.set_sentiment(self.selected_ids(), v))
        panel.assignee_chosen.connect(lambda v: act.assign(self.selected_ids(), v))
        panel.tag_toggled.connect(lambda t, on: act.set_tag(self.selected_ids(), t, on))
        panel.spam_toggled.connect(lambda on: act.set_spam(self.selected_ids(), on))
        panel.reported_changed.connect(lambda d: act.set_reported(self.selected_ids(), d))
        panel.note_added.connect(self._add_note)
        self.detail.reply_requested.connect(self.reply)
        box = self.detail.followup
        box.plan_requested.connect(self.follow_up)
        box.done_requested.connect(self._followup_done)
        box.change_requested.connect(self._change_followup)
        box.customer_requested.connect(self.show_customer)

    def _add_note(self, text: str) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            try:
                self.actions.add_note(ids[0], text)
            except WRITE_ERRORS as exc:  # the note goes back in its box, to add again
                note = self.detail.panel.note
                if not note.text():
                    note.setText(text)
                tell_write_problem(
                    self, self.tr("Note not added"), exc, self.tr("the note was not added")
                )

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def _seen(self, ids) -> dict[int, int]:
        """The versions of these items the person saw (those the detail shows)."""
        return {i: self._versions[i] for i in ids if i in self._versions}

    def _changed_elsewhere(self, exc) -> None:
        """A change refused (someone changed the items since): say so above them, which now
        show the other person's change."""
        self.detail.show_notice(str(exc))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            (self.actions.restore if self.model.query.trash else self.actions.delete)(ids)

    def reply(self) -> None:
        """Open the reply to the current item; a recorded reply marks it replied."""
        item = self.store.get_feedback(self.model.id_at(self.table.currentIndex().row()) or 0)
        if item and ReplyDialog(self.store, item, self).exec():
            self._after_change()

    def follow_up(self) -> None:
        """Plan a follow-up of each selected item by the owner's rules (F)."""
        ids = self.selected_ids()
        if ids:
            self.followups.plan(ids)

    def _followup_done(self, followup_id: int) -> None:
        followup = self.store.get_followup(followup_id)
        if followup is None:
            return
        saved(
            DoneDialog(followup, self),
            lambda values, seen: self.followups.complete(followup_id, *values, seen=seen),
            lambda: self.store.get_followup(followup_id),
        )

    def _change_followup(self, followup_id: int) -> None:
        followup = self.store.get_followup(followup_id)
        if followup is None:
            return
        saved(
            FollowUpDialog(followup, self.store.team(), followup.feedback_text, self),
            lambda values, seen: self.followups.change(followup_id, *values, seen=seen),
            lambda: self.store.get_followup(followup_id),
        )

    def show_customer(self) -> None:
        """The story of the current item's customer, and what the owner keeps about them."""
        from ..dialogs.customer import CustomerDialog

        fid = self.model.id_at(self.table.currentIndex().row())
        if fid is None:
            return
        try:  # the first look at a customer makes their record
            dialog = CustomerDialog(self.store, fid, self)
        except WRITE_ERRORS as exc:
            tell_write_problem(self, self.tr("Customer"), exc, "the customer could not be opened")
            return
        dialog.exec()
        if dialog.erased:  # an undo must not bring their details back
            self.undo_stack.clear()
        self._after_change()

    def toggle_spam(self) -> None:
        ids = self.selected_ids()
        if ids:
            items = [self.store.get_feedback(i) for i in ids[:SHOWN_AT_MOST]]
            self.actions.set_spam(ids, not all(f.is_spam for f in items if f))

    def _menu_at_current(self, menu) -> None:
        index = self.table.currentIndex()
        rect = self.table.visualRect(index) if index.isValid() else self.table.rect()
        menu.exec(self.table.viewport().mapToGlobal(rect.bottomLeft()))

    def _status_menu(self) -> QMenu:
        menu = QMenu(self)
        for status in STATUSES:
            menu.addAction(
                display.status_name(status),
                lambda s=status: self.actions.set_status(self.selected_ids(), s),
            )
        return menu

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        columns.fit_to_width(self.table, width)
        # On a narrow window the search keeps its room: the title and the buttons (also in
        # the File menu) step aside
        for widget in (self.title, *self.toolbar_buttons):
            widget.setVisible(width >= columns.NARROW_BELOW)

    def _make_shortcuts(self) -> None:
        """One-key shortcuts while the list has the focus (typing elsewhere is left alone)."""
        keys = {
            "J": lambda: self._move(1),
            "K": lambda: self._move(-1),
            "T": lambda: self.selected_ids() and self._menu_at_current(self.detail.panel.tag_menu),
            "S": lambda: self.selected_ids() and self._menu_at_current(self._status_menu()),
            "X": self.toggle_spam,
            "R": self.reply,
            "F": self.follow_up,
            "C": self.show_customer,
            "N": self.detail.panel.note.setFocus,
            "Delete": self.delete_selected,
            "/": self.focus_search,
        }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.clear_search)

    def clear_search(self) -> None:
        """Escape in the search box: everything again, and back to the list."""
        self.search.clear()
        self._search_timer.stop()
        self._apply_search()
        self.table.setFocus()

    def _move(self, step: int) -> None:
        row = min(max(self.table.currentIndex().row() + step, 0), self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)

    def refresh(self, keep_selection: bool = True) -> None:
        """Reload from the store after something changed."""
        selected = self.selected_ids() if keep_selection else []
        self._when_counted.clear()
        self.model.refresh()
        has_any = (
            bool(self.model.rowCount())
            or self.model.query != InboxQuery()
            or self.store.inbox_count() > 0
        )
        self.stack.setCurrentIndex(1 if has_any else 0)
        self._show_count()
        if selected:
            self.select_ids(selected)
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.show_selected([])

    @contextlib.contextmanager
    def scroll_kept(self):
        """Around a refresh: the item at the top of the list stays at the top (items another
        desk added above it push nothing out of view); a list at its very top stays there,
        showing what came."""
        table, model = self.table, self.model
        top = table.rowAt(0)
        anchor = model.id_at(top) if top > 0 else None
        yield
        if anchor is None:
            if top == 0:
                table.scrollToTop()
            return
        # Looked for a little above (items gone) and more below (items come) where it was.
        for row in range(max(0, top - 50), min(model.rowCount(), top + 250)):
            if model.id_at(row) == anchor:
                table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
                return

    def current_query(self) -> InboxQuery:
        """What the inbox lists: the filters and the search text together."""
        return replace(self.filters.query(), search=self.search.text().strip())

    def show_query(self, query: InboxQuery) -> None:
        """List a saved view's query: its search text in the box, its filters as chips."""
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.setText(query.search)
        self.search.blockSignals(False)
        self.filters.set_query(query)
        self._apply_search()

    def _apply_search(self, *_) -> None:
        self._when_counted.clear()
        self.model.refresh(self.current_query())
        self.query_changed.emit(self.model.query)
        self._show_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.show_selected([])

    def _show_count(self) -> None:
        n = self.model.rowCount()
        if self.model.total is None:  # more than that: the exact count is on its way
            self.count.setText(display.count(self.tr("%Ln+ items", "", n)))
        elif self.model.query != InboxQuery() and not n:
            self.count.setText(self.tr("Nothing matches"))
        else:
            self.count.setText(display.count(self.tr("%Ln items", "", n)))

    def _on_counted(self, before: int) -> None:
        """The exact count has come: the label says it, the list has grown to it."""
        self._show_count()
        current = self.table.currentIndex().row()
        if before > 1 and current == before - 1 and self.model.rowCount() > before:
            self._select_row(self.model.rowCount() - 1)  # the owner had jumped to the end
        waiting, self._when_counted = self._when_counted, []
        for callback, row in waiting:
            if row is not None:
                self._select_row(row)
            if callback is not None:
                callback(self.model.rowCount())

    def when_counted(self, callback) -> None:
        """Call ``callback(count)`` with the exact count of what the inbox lists: now, or when
        it arrives (never, if the owner searches again first)."""
        if self.model.total is None:
            self._when_counted.append((callback, None))
        else:
            callback(self.model.total)

    def _select_row(self, row: int) -> None:
        """Select one row (whatever keys are held) and show it."""
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def shutdown(self) -> None:
        """Call off counts under way (the window is closing)."""
        self.model.shutdown()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def show_item(self, feedback_id: int) -> None:
        """List everything (filters off) and select one item, wherever it is in the list."""
        self.show_query(InboxQuery(spam="include"))
        row = self.store.inbox_position(feedback_id, self.model.query)
        if row is not None and row >= self.model.rowCount():
            self._when_counted.append((None, row))  # past the first 10,000: once counted
        elif row is not None:
            self._select_row(row)

    def select_ids(self, ids: list[int]) -> None:
        """Select these items where they are among the loaded rows (after a change, the
        selection is found again; items a filter no longer shows drop out of it)."""
        wanted = set(ids)
        selection = QItemSelection()
        first = None
        found = 0
        for row in range(min(self.model.rowCount(), RESELECT_WITHIN)):
            if self.model.id_at(row) in wanted:
                index = self.model.index(row, 0)
                selection.select(index, index)
                first = index if first is None else first
                found += 1
                if found == len(wanted):  # no further pages read (each is a query)
                    break
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().select(selection, flags)
        if first is not None:
            self.table.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(first)
        else:
            self.show_selected([])

    def _on_selection(self, *_):
        self.detail.show_notice("")
        ids = self.selected_ids()
        self.show_selected(ids)
        self.selection_changed.emit(ids)

    def show_selected(self, ids: list[int]) -> None:
        shown = ids[:SHOWN_AT_MOST]
        items = [f for f in (self.store.get_feedback(i) for i in shown) if f]
        self._versions = {f.id: f.version for f in items}
        notes = self.store.notes_of(items[0].id) if len(items) == 1 else []
        reported = {when for _, when in self.store.spam_state(shown).values()}
        story = None
        if len(items) == 1:
            item = items[0]
            customer = self.store.customer(item.customer_id) if item.customer_id else None
            previous = self.store.previous_feedback(item.id) if customer else None
            story = (self.store.followups_of(item.id), customer, previous)
        self.detail.show_selection(
            items, self.store.tags(counted=False), self.store.team(), notes, reported, story
        )
        if len(items) == 1:
            self.detail.show_replies(self.store.replies_of(items[0].id))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
