"""The table of the Follow-ups page: one list of follow-ups (overdue, today, upcoming, done) or
the customers at risk, each with its own columns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ...core.records import AtRisk, FollowUp
from .. import display
from ..colours import colour
from ..widgets.lists import read_only_rows

# Every column any list shows; each list picks its own (see COLUMNS).
DUE, DONE, CUSTOMER, WHAT, WHO, OUTCOME, ABOUT, FELT, WAITING, CHANNEL, SAID = range(11)
OPEN_COLUMNS = (DUE, CUSTOMER, WHAT, WHO, ABOUT)
COLUMNS = {
    "overdue": OPEN_COLUMNS,
    "today": OPEN_COLUMNS,
    "upcoming": OPEN_COLUMNS,
    "done": (DONE, CUSTOMER, WHAT, WHO, OUTCOME, ABOUT),
    "at_risk": (CUSTOMER, FELT, WAITING, CHANNEL, SAID),
}


def one_line(text: str) -> str:
    return " ".join((text or "").split())


def list_table(model: QAbstractTableModel) -> QTableView:
    """A read-only table of whole rows, several of which can be chosen at once."""
    table = QTableView()
    table.setModel(model)
    return read_only_rows(table)


class FollowUpsModel(QAbstractTableModel):
    """Rows of one list: FollowUp records, or AtRisk ones for 'at_risk'."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = "overdue"
        self.columns = COLUMNS[self.view]
        self.rows: list[FollowUp | AtRisk] = []
        self.today = date.today()
        self._headers = {
            DUE: self.tr("Due"),
            DONE: self.tr("Done"),
            CUSTOMER: self.tr("Customer"),
            WHAT: self.tr("What"),
            WHO: self.tr("Who"),
            OUTCOME: self.tr("Outcome"),
            ABOUT: self.tr("About"),
            FELT: self.tr("Felt"),
            WAITING: self.tr("Waiting since"),
            CHANNEL: self.tr("Channel"),
            SAID: self.tr("What they said"),
        }

    def show_rows(self, view: str, rows: list, today: date) -> None:
        self.beginResetModel()
        self.view, self.columns, self.rows, self.today = view, COLUMNS[view], list(rows), today
        self.endResetModel()

    def row_at(self, row: int) -> FollowUp | AtRisk | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self.columns[section]]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        entry = self.row_at(index.row())
        if entry is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (ABOUT, SAID):
            return entry.feedback_text if isinstance(entry, FollowUp) else entry.preview
        if role == Qt.ItemDataRole.ToolTipRole and column == DUE and isinstance(entry, FollowUp):
            return display.date_text(entry.due)
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and self._late(entry):
            return colour("late")  # overdue stands out, as a late answer does in the inbox
        return None

    def _late(self, entry) -> bool:
        return (
            isinstance(entry, FollowUp)
            and entry.done_at is None
            and entry.due[:10] < self.today.isoformat()
        )

    def _text(self, entry, column: int) -> str:
        if isinstance(entry, AtRisk):
            return self._risk_text(entry, column)
        if column == DUE:
            return display.day_text(entry.due, self.today)
        if column == DONE:
            return display.date_text(entry.done_at or "")
        if column == CUSTOMER:
            return entry.customer or self.tr("No name")
        if column == WHAT:
            return display.action_name(entry.action)
        if column == WHO:
            return entry.assignee
        if column == OUTCOME:
            return display.outcome_name(entry.outcome)
        return one_line(entry.feedback_text)

    def _risk_text(self, entry: AtRisk, column: int) -> str:
        if column == CUSTOMER:
            return entry.name or self.tr("No name")
        if column == FELT:
            score = display.score_text(entry.rating, entry.nps_score)
            return score or (self.tr("Unhappy") if entry.kind == "unhappy" else self.tr("Lukewarm"))
        if column == WAITING:
            return display.date_text(entry.received_at)
        if column == CHANNEL:
            return display.channel_name(entry.channel)
        return one_line(entry.preview)
