"""Import history: every file brought in, what it added, and Undo import."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import importer
from .. import display


class ImportHistoryPage(QWidget):
    changed = Signal()  # an import was undone: the inbox must reload

    def __init__(self, store, import_action, parent=None):
        super().__init__(parent)
        self.store = store
        self.batches = []
        title = QLabel(self.tr("Imports"))
        title.setObjectName("emptyTitle")
        intro = QLabel(
            self.tr(
                "Every file you imported, and what it added. Undo import removes exactly the "
                "feedback that import added, and nothing else."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("File"),
                self.tr("Added"),
                self.tr("Already there"),
                self.tr("Skipped"),
                self.tr("Now"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setObjectName("muted")
        self.undo_button = QPushButton(self.tr("Undo import..."))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        import_button = QPushButton(import_action.text().replace("&", "").rstrip("."))
        import_button.clicked.connect(import_action.trigger)
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selected)
        self.refresh()

    def refresh(self) -> None:
        self.batches = self.store.list_batches()
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            now = (
                self.tr("Undone")
                if batch.undone_at
                else display.count(self.tr("%Ln items kept", "", batch.remaining))
            )
            values = [
                display.date_text(batch.created_at, with_time=True),
                batch.file_name or self.tr("Pasted feedback"),
                str(batch.added),
                str(batch.duplicates),
                str(batch.skipped),
                now,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._selected()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _selected(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(bool(batch and not batch.undone_at and batch.remaining))
        if batch and batch.problems:
            lines = [
                self.tr("Row {0}: {1}").format(p["row"], p["reason"]) for p in batch.problems[:20]
            ]
            self.details.setText(self.tr("Rows skipped in this import:") + "\n" + "\n".join(lines))
        else:
            self.details.clear()

    def undo_selected(self) -> None:
        batch = self.selected()
        if not batch:
            return
        question = display.count(
            self.tr("Remove the %Ln feedback items that “{file}” added?", "", batch.remaining),
            file=batch.file_name or self.tr("Pasted feedback"),
        )
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            question + " " + self.tr("Replies, tags and notes on them go too."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        removed = importer.undo_import(self.store, batch.id)
        self.refresh()
        self.details.setText(display.count(self.tr("Removed %Ln feedback items.", "", removed)))
        self.changed.emit()
