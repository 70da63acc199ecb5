"""What the owner can do to the selected feedback: status, sentiment, who is on it, tags, spam,
and handling notes. It only says what was asked (signals); the inbox page carries it out on
the whole selection, with undo."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.records import STATUSES
from .. import display

MIXED = "__mixed__"  # the selection holds different values


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class TriagePanel(QWidget):
    status_chosen = Signal(str)
    sentiment_chosen = Signal(object)  # a label, or None to go back to the automatic one
    assignee_chosen = Signal(str)
    tag_toggled = Signal(int, bool)
    spam_toggled = Signal(bool)
    reported_changed = Signal(object)  # a date, or None
    note_added = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(display.status_name(status), status)
        self.sentiment = QComboBox()
        self.sentiment.addItem(self.tr("Automatic"), None)
        for label in ("positive", "neutral", "negative"):
            self.sentiment.addItem(display.sentiment_name(label), label)
        self.sentiment.setToolTip(
            self.tr(
                "Feedback Desk labels each item from its score or its words; choose a label here "
                "when you know better."
            )
        )
        self.assignee = QComboBox()
        self.tags_label = QLabel()
        self.tags_label.setWordWrap(True)
        self.tag_button = QPushButton(self.tr("Tag..."))
        self.tag_menu = QMenu(self)
        self.tag_button.setMenu(self.tag_menu)
        tags_row = QHBoxLayout()
        tags_row.addWidget(self.tags_label, 1)
        tags_row.addWidget(self.tag_button)
        self.spam = QCheckBox(self.tr("Spam or fake"))
        self.spam.setToolTip(self.tr("Kept, but left out of every figure."))
        self.reported = QCheckBox(self.tr("Reported on"))
        self.reported.setToolTip(self.tr("The day you reported it to the review platform."))
        self.reported_on = QDateEdit(QDate.currentDate())
        self.reported_on.setCalendarPopup(True)
        reported_row = QHBoxLayout()
        reported_row.addWidget(self.reported)
        reported_row.addWidget(self.reported_on)
        reported_row.addStretch(1)
        for combo in (self.status, self.sentiment, self.assignee):
            # Narrow panes: the pickers shrink rather than push the pane wider than it is.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.spam.setMinimumWidth(0)
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Sentiment"), self.sentiment)
        form.addRow(self.tr("Who is on it"), self.assignee)
        form.addRow(self.tr("Tags"), tags_row)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Add a handling note"))
        self.note_button = QPushButton(self.tr("Add note"))
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.note_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(form)
        layout.addWidget(self.spam)
        layout.addLayout(reported_row)
        heading = QLabel(self.tr("Handling notes (only your team sees them)"))
        heading.setObjectName("sectionHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.notes)
        layout.addLayout(note_row)

        self.status.activated.connect(lambda i: self._chosen(self.status, self.status_chosen, i))
        self.sentiment.activated.connect(
            lambda i: self._chosen(self.sentiment, self.sentiment_chosen, i)
        )
        self.assignee.activated.connect(
            lambda i: self._chosen(self.assignee, self.assignee_chosen, i)
        )
        self.spam.clicked.connect(self.spam_toggled.emit)
        self.reported.clicked.connect(self._reported)
        self.reported_on.dateChanged.connect(lambda *_: self._reported())
        self.note_button.clicked.connect(self._add_note)
        self.note.returnPressed.connect(self._add_note)

    @staticmethod
    def _chosen(combo: QComboBox, signal, index: int) -> None:
        value = combo.itemData(index)
        if value != MIXED:
            signal.emit(value)

    def _reported(self) -> None:
        on = self.reported.isChecked()
        self.reported_on.setEnabled(on)
        self.reported_changed.emit(self.reported_on.date().toPython() if on else None)

    def _add_note(self) -> None:
        text = self.note.text().strip()
        if text:
            self.note.clear()
            self.note_added.emit(text)

    # Showing the selection ---------------------------------------------------------------
    def show_items(self, items, tags, team: list[str], notes, reported_on: set) -> None:
        """``items``: the selected Feedback records; ``tags``: every tag (id, name, color);
        ``notes``: the notes of a single selected item (empty for a multi-selection);
        ``reported_on``: the dates (or None) the selection was reported to the platform."""
        widgets = (
            self.status,
            self.sentiment,
            self.assignee,
            self.spam,
            self.reported,
            self.reported_on,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self._set_combo(self.status, {i.status for i in items})
        self._set_combo(
            self.sentiment, {i.sentiment if i.sentiment_overridden else None for i in items}
        )
        self.assignee.clear()
        self.assignee.addItem(self.tr("Nobody"), "")
        for name in sorted({*team, *(i.assignee for i in items if i.assignee)}):
            self.assignee.addItem(name, name)
        self._set_combo(self.assignee, {i.assignee for i in items})
        self.spam.setChecked(all(i.is_spam for i in items))
        one = next(iter(reported_on)) if len(reported_on) == 1 else None
        self.reported.setChecked(bool(one))
        self.reported_on.setEnabled(bool(one))
        if one:
            self.reported_on.setDate(QDate.fromString(one[:10], Qt.DateFormat.ISODate))
        for widget in widgets:
            widget.blockSignals(False)
        self._show_tags(items, tags)
        lines = [
            f"{display.date_text(n.created_at, with_time=True)} · {n.by or '—'}: {n.body}"
            for n in notes
        ]
        self.notes.setText("\n".join(lines) if lines else self.tr("No notes yet."))
        single = len(items) == 1
        self.note.setEnabled(single)
        self.note_button.setEnabled(single)
        self.note.setPlaceholderText(
            self.tr("Add a handling note") if single else self.tr("Select one item to add a note")
        )

    def _set_combo(self, combo: QComboBox, values: set) -> None:
        mixed = combo.findData(MIXED)
        if mixed >= 0:
            combo.removeItem(mixed)
        if len(values) == 1:
            combo.setCurrentIndex(max(combo.findData(next(iter(values))), 0))
        else:
            combo.addItem(self.tr("(several)"), MIXED)
            combo.setCurrentIndex(combo.count() - 1)

    def _show_tags(self, items, tags) -> None:
        held = [set(i.tags) for i in items]
        everyone = set.intersection(*held) if held else set()
        someone = set.union(*held) if held else set()
        names = [t.name for t in tags if t.name in someone]
        self.tags_label.setText(
            ", ".join(n if n in everyone else self.tr("{0} (some)").format(n) for n in names)
            or self.tr("None yet")
        )
        self.tag_menu.clear()
        for tag in tags:
            action = self.tag_menu.addAction(swatch(tag.color), tag.name)
            action.setCheckable(True)
            action.setChecked(tag.name in everyone)
            action.toggled.connect(lambda on, tag_id=tag.id: self.tag_toggled.emit(tag_id, on))
