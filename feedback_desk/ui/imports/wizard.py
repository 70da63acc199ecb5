"""The import preview: what the file holds, where each column goes, which rows cannot be read,
and then the import itself with progress and Cancel. Nothing is written before Import."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core import backups, importer, sentiment
from ...core.importer import ImportCancelled, ImportSettings, PastedRows, Source
from ...core.importing.presets import Mapping
from ...core.importing.reading import NotATable
from ...core.intake import scoring_text
from .. import display
from ..colours import colour
from ..tasks import Task
from .checks import check_report
from .fields import ENCODINGS, encoding_note, field_choices, preset_name, reason_text

PREVIEW_ROWS = 20


class ImportDialog(QDialog):
    """Opened on a file (dropped, chosen, or given on the command line) or on pasted rows."""

    imported = Signal(object)  # the ImportSummary

    def __init__(self, store, source: Source, parent=None):
        super().__init__(parent)
        self.store = store
        self.source = source
        self.settings = ImportSettings()
        self.preview: importer.ImportPreview | None = None
        self.problems: list[dict] | None = None
        self.check: importer.RowCheck | None = None
        self.summary: importer.ImportSummary | None = None
        self._check: Task | None = None
        self._import: Task | None = None
        self.setWindowTitle(self.tr("Import {0}").format(importer.source_name(source)))
        self.resize(900, 680)

        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.encoding = QComboBox()
        for key, name in ENCODINGS:
            self.encoding.addItem(name, key)
        self.channel = display.channel_combo((self.tr("As the file says (or Other)"), None))
        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("month first: 03/04/2026 is March 4"), "mdy")
        self.date_order.addItem(self.tr("day first: 03/04/2026 is 3 April"), "dmy")
        self.date_note = QLabel()
        self.date_note.setObjectName("problem")
        self.sheet = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("Sheet"), self.sheet)
        self.sheet_label = form.labelForField(self.sheet)
        form.addRow(self.tr("Characters"), self.encoding)
        form.addRow(self.tr("Where it came from"), self.channel)
        form.addRow(self.tr("Dates are written"), self.date_order)
        form.addRow("", self.date_note)

        self.columns = QTableWidget(0, 4)
        self.columns.setHorizontalHeaderLabels(
            [
                self.tr("Column in the file"),
                self.tr("First value"),
                self.tr("Goes into"),
                self.tr("Why"),
            ]
        )
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows = QTableWidget(0, 6)
        self.rows.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Date"),
                self.tr("Customer"),
                self.tr("Score"),
                self.tr("Sentiment"),
                self.tr("Feedback, as it will be stored"),
            ]
        )
        self.rows.verticalHeader().hide()
        self.rows.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setWordWrap(False)

        self.problem_text = QPlainTextEdit()
        self.problem_text.setReadOnly(True)
        self.problem_text.setMaximumHeight(90)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.keep_duplicates = QCheckBox()
        self.keep_duplicates.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.detected)
        tip = QLabel(self.tr("Tip: a file dropped anywhere on the window opens here too."))
        tip.setObjectName("muted")
        left.addWidget(tip)
        left.addStretch(1)
        top.addLayout(left, 1)
        top.addLayout(form, 1)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Where each column goes")))
        layout.addWidget(self.columns, 2)
        layout.addWidget(QLabel(self.tr("The first rows, as they will be stored")))
        layout.addWidget(self.rows, 3)
        layout.addWidget(self.status)
        layout.addWidget(self.problem_text)
        layout.addWidget(self.keep_duplicates)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.encoding.activated.connect(self._encoding_changed)
        self.sheet.activated.connect(self._sheet_changed)
        self.channel.activated.connect(self._settings_changed)
        self.date_order.activated.connect(self._settings_changed)

    # Reading the file ------------------------------------------------------------------------
    def load(self) -> bool:
        """Read the start of the file; False (after telling the owner) if it is not a table."""
        try:
            self.preview = importer.preview(
                self.store, self.source, self.settings, rows=PREVIEW_ROWS
            )
        except (NotATable, OSError, ValueError) as exc:
            self._refuse(importer.plain_reason(exc) or str(exc))
            return False
        self._show_preview()
        self._start_check()
        return True

    def _refuse(self, reason: str) -> None:
        self.heading.setText(self.tr("This file cannot be imported"))
        self.status.setText(reason)
        self.status.setObjectName("problem")
        self.import_button.setEnabled(False)

    def _show_preview(self) -> None:
        preview = self.preview
        info, mapping = preview.info, preview.mapping
        self.heading.setText(self.tr("Looks like {0}").format(preset_name(mapping.preset)))
        if info.kind == "excel":
            parts = [self.tr("An Excel workbook, sheet {0}").format(info.sheet)]
        else:
            name = dict(ENCODINGS).get(info.encoding, info.encoding)
            note = encoding_note(info.encoding_why)
            parts = [
                self.tr("Read as {0}: {1}").format(name, note)
                if note
                else self.tr("Read as {0}").format(name)
            ]
        if info.delimiter:
            names = {
                ",": self.tr("commas"),
                ";": self.tr("semicolons"),
                "\t": self.tr("tabs"),
                "|": self.tr("bars"),
            }
            parts.append(
                self.tr("columns separated by {0}").format(
                    names.get(info.delimiter, info.delimiter)
                )
            )
        if preview.remembered:
            parts.append(self.tr("using the columns you chose last time for this kind of file"))
        self.detected.setText("; ".join(parts) + ".")
        self.sheet.clear()
        for name in info.sheets:
            self.sheet.addItem(name, name)
        self._select(self.sheet, info.sheet, None)
        self.sheet.setVisible(len(info.sheets) > 1)
        self.sheet_label.setVisible(len(info.sheets) > 1)
        if info.kind != "excel":
            self._select(self.encoding, info.encoding, info.encoding)
        self.encoding.setEnabled(not isinstance(self.source, PastedRows) and info.kind == "csv")
        self._select(self.channel, mapping.channel, None)
        has_dates = "received_at" in mapping.columns
        self.date_order.setEnabled(has_dates)
        self._select(self.date_order, mapping.date_order or "mdy", "mdy")
        self.date_note.setText(
            ""
            if preview.date_order_known or not has_dates
            else self.tr("The dates in this file could be read either way: please check.")
        )
        self._fill_columns(info.headers, mapping)
        self._fill_rows(preview.rows)

    @staticmethod
    def _select(combo: QComboBox, value, fallback) -> None:
        """Show ``value`` in the picker (added when the file brought a new one, such as an
        encoding not in the list), else ``fallback``."""
        index = combo.findData(value)
        if index < 0 and value is not None:
            combo.addItem(str(value), value)
            index = combo.count() - 1
        if index < 0:
            index = max(combo.findData(fallback), 0)
        combo.setCurrentIndex(index)

    def _fill_columns(self, headers, mapping: Mapping) -> None:
        sample_cells = self.preview.cells[0] if self.preview.cells else []
        self.columns.setRowCount(len(headers))
        for i, header in enumerate(headers):
            self.columns.setItem(i, 0, QTableWidgetItem(header))
            value = sample_cells[i] if i < len(sample_cells) else ""
            self.columns.setItem(i, 1, QTableWidgetItem(" ".join(value.split())[:120]))
            picker = QComboBox()
            for key, name in field_choices():
                picker.addItem(name, key)
            picker.setCurrentIndex(max(picker.findData(mapping.columns[i]), 0))
            picker.activated.connect(self._settings_changed)
            self.columns.setCellWidget(i, 2, picker)
            reason = QTableWidgetItem(
                reason_text(mapping.reasons[i]) if i < len(mapping.reasons) else ""
            )
            reason.setToolTip(reason.text())
            self.columns.setItem(i, 3, reason)
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(0, min(self.columns.columnWidth(0), 260))
        self.columns.setColumnWidth(1, 200)
        self.columns.setColumnWidth(2, 230)

    def _fill_rows(self, outcomes) -> None:
        self.rows.setRowCount(len(outcomes))
        red = colour("problem")
        for i, outcome in enumerate(outcomes):
            item = outcome.feedback
            if item is None:
                cells = [
                    str(outcome.row),
                    "",
                    "",
                    "",
                    "",
                    self.tr("Cannot be read: {0}").format(outcome.problem),
                ]
            else:
                text = f"{item.title} — {item.body}" if item.title else item.body
                label = sentiment.score(
                    scoring_text(item.title, item.body), item.rating, item.nps_score
                ).sentiment
                cells = [
                    str(outcome.row),
                    display.date_text(item.received_at or ""),
                    item.author,
                    display.score_text(item.rating, item.nps_score),
                    display.sentiment_name(label),
                    " ".join(text.split())[:300],
                ]
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if item is None:
                    cell.setForeground(red)
                self.rows.setItem(i, column, cell)
        self.rows.resizeColumnsToContents()

    # The owner changes something -------------------------------------------------------------
    def current_mapping(self) -> Mapping:
        columns = tuple(
            self.columns.cellWidget(i, 2).currentData() for i in range(self.columns.rowCount())
        )
        return dataclasses.replace(
            self.preview.mapping, columns=columns, date_order=self.date_order.currentData()
        )

    def _sheet_changed(self) -> None:
        self.settings = dataclasses.replace(
            self.settings, sheet=self.sheet.currentData(), mapping=None
        )
        self._stop_check()
        self.load()

    def _encoding_changed(self) -> None:
        self.settings = dataclasses.replace(self.settings, encoding=self.encoding.currentData())
        self._stop_check()
        self.load()

    def _settings_changed(self) -> None:
        mapping = self.current_mapping()
        chosen = self.preview.mapping.columns
        reasons = tuple(
            "asked" if new != old else why
            for new, old, why in zip(mapping.columns, chosen, mapping.reasons, strict=False)
        )
        mapping = dataclasses.replace(mapping, reasons=reasons)
        self.settings = dataclasses.replace(
            self.settings, mapping=mapping, channel=self.channel.currentData()
        )
        self._stop_check()
        self.load()

    # Checking every row ----------------------------------------------------------------------
    def _start_check(self) -> None:
        self.problems = None
        self.import_button.setEnabled(False)
        self.status.setObjectName("")
        self.status.setText(self.tr("Checking every row…"))
        self.problem_text.hide()
        source, settings, mapping = self.source, self.settings, self.preview.mapping
        store_path = self.store.location  # a file or a team server

        def check(progress, cancelled):
            from ...core.store import Store  # a connection of the check's own thread

            with Store.reading(store_path) as store:  # only reads
                return importer.check_rows(store, source, settings, mapping, cancelled)

        self._check = Task(
            check,
            what="checking every row",
            plain_error=importer.plain_reason,
            cancelled_error=ImportCancelled,
        )
        self._check.done.connect(self._checked)
        self._check.failed.connect(self._refuse)
        self._check.start()

    def _stop_check(self) -> None:
        if self._check:
            self._check.cancel()
            self._check.done.disconnect()
            self._check.wait()
            self._check = None

    def _checked(self, check) -> None:
        self.problems = check.problems
        self.check = check
        report = check_report(self.store, check)
        self.status.setText(report.status)
        self.import_button.setText(report.button)
        self.keep_duplicates.setText(report.keep_duplicates)
        self.keep_duplicates.setVisible(bool(check.duplicates))
        self.problem_text.setPlainText("\n".join(report.lines[:1000]))
        self.problem_text.setVisible(bool(report.lines))
        self.import_button.setEnabled(True)

    # Importing -------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.problems is None or self._import:
            return
        settings = dataclasses.replace(
            self.settings,
            mapping=self.current_mapping(),
            channel=self.channel.currentData(),
            keep_duplicates=self.keep_duplicates.isChecked(),
        )
        for widget in (self.columns, self.encoding, self.channel, self.date_order, self.sheet):
            widget.setEnabled(False)
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Importing… Cancel leaves your feedback exactly as it was."))
        store_path, source = self.store.location, self.source

        def work(progress, cancelled):
            # The import writes through a connection of its own: the window keeps reading.
            from ...core.store import Store

            with Store(store_path) as store:
                backups.before_import(store)  # on the import's thread and connection
                return importer.run_import(store, source, settings, progress, cancelled)

        self._import = Task(
            work,
            what="the import",
            plain_error=importer.plain_reason,
            cancelled_error=ImportCancelled,
        )
        self._import.progress.connect(self._progressed)
        self._import.done.connect(self._finished)
        self._import.failed.connect(self._import_failed)
        self._import.cancelled.connect(self._import_cancelled)
        self._import.start()

    def _progressed(self, fraction: float, rows: int, rate: float) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.status.setText(
            self.tr("Importing… {0:,} rows, {1:,.0f} rows a second.").format(rows, rate)
        )

    def _finished(self, summary) -> None:
        self._import.wait()
        self.summary = summary
        self.imported.emit(summary)
        super().accept()

    def _import_failed(self, message: str) -> None:
        self._import.wait()
        self._import = None
        self.progress.hide()
        self._refuse(message)

    def _import_cancelled(self) -> None:
        self._import.wait()
        self._import = None
        self.status.setText(self.tr("Import cancelled: nothing was added."))
        super().reject()

    def reject(self) -> None:
        if self._import:  # Cancel during the import: roll it back, close when it has
            self._import.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self._stop_check()
        super().reject()

    def done(self, result: int) -> None:
        self._stop_check()
        super().done(result)
