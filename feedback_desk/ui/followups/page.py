"""The Follow-ups page: every unhappy customer gets a follow-up, nothing is forgotten, and the
owner sees whether following up worked (closing the loop)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QIODevice, QItemSelectionModel, QLocale, QSaveFile, Qt, Signal
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.followups import calendar
from ...core.records import FollowUp
from ...core.settings import BUSINESS_NAME, followup_rules, text_setting
from .. import display
from ..actions.followups import FollowUpActions
from ..colours import colour
from ..dialogs.followup import DoneDialog, FollowUpDialog
from ..widgets.labels import label
from .model import ABOUT, SAID, FollowUpsModel, list_table

LISTS = ("overdue", "today", "upcoming", "done", "at_risk")
LOOP_DAYS = 365
LOOP_EXAMPLES = 3
DONE_SHOWN = 2000  # the latest done ones; the count says how many there are in all
DEFAULT_FILE = "follow-ups.ics"


class FollowUpsPage(QWidget):
    """``changed``: a follow-up or feedback changed; ``open_feedback``: show it in the inbox."""

    changed = Signal()
    open_feedback = Signal(int)

    def __init__(self, store, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.store = store
        self.today = date.today()
        self.actions = FollowUpActions(store, undo_stack, self._after_change)
        self.view = ""
        self._auto = True  # show the most urgent list until the owner picks one
        self.counts: dict[str, int] = {}
        self.radar: list = []

        title = label(self.tr("Follow-ups"), "emptyTitle")
        intro = label(
            self.tr(
                "Call back every unhappy customer, ask the lukewarm what would make it better, "
                "and thank the happy ones. Nothing here is sent: you make the call or write the "
                "e-mail."
            )
        )
        self.loop = label()
        self.loop.setTextFormat(Qt.TextFormat.PlainText)

        self.tabs = QButtonGroup(self)
        self.tabs.setExclusive(True)
        self.tab_buttons: dict[str, QPushButton] = {}
        tabs = QHBoxLayout()
        tabs.setSpacing(4)
        for name in LISTS:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"list-{name}")
            button.clicked.connect(lambda _c=False, name=name: self._pick(name))
            self.tabs.addButton(button)
            self.tab_buttons[name] = button
            tabs.addWidget(button)
        tabs.addStretch(1)
        self.calendar_button = self._button(self.tr("Add to calendar (.ics)..."), self._ask_export)
        self.calendar_button.setToolTip(
            self.tr("Save the open follow-ups as a file your calendar app can open")
        )

        self.explain = label()
        self.model = FollowUpsModel(self)
        self.table = list_table(self.model)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = label("", "")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.done_button = self._button(self.tr("Done..."), self.mark_done)
        self.change_button = self._button(self.tr("Change..."), self.change)
        self.delete_button = self._button(self.tr("Delete"), self.delete)
        self.plan_button = self._button(self.tr("Follow up"), self.follow_up)
        self.plan_button.setToolTip(
            self.tr("Plan a call, an e-mail or a review request by the rules in Settings")
        )
        self.open_button = self._button(self.tr("Open in inbox"), self.open_in_inbox)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.change_button, self.plan_button):
            buttons.addWidget(button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        # Under the list, not beside the tabs, where a narrow window cut its words off
        buttons.addWidget(self.calendar_button)
        buttons.addWidget(self.delete_button)
        self.status = label()
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(6)
        for widget in (title, intro, self.loop):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addLayout(tabs)
        layout.addWidget(self.explain)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # Loading ----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        self._auto = True  # each visit starts on what needs doing most
        self.refresh()
        super().showEvent(event)

    def refresh(self, today: date | None = None, loop: bool = True) -> None:
        """Reload the figures, the counts and the list shown; ``today`` stays until the next
        refresh (changes made on the page keep it). The page is read when it is shown, not
        before; the closing-the-loop figures (the slowest to count) are left as they were
        after a change made on the page, with ``loop`` False."""
        self.today = today or date.today()
        self.counts = self.store.followup_view_counts(self.today)
        rules = followup_rules(self.store)
        self.radar = self.store.at_risk(self.today, rules.at_risk_after_days)
        self.counts["at_risk"] = len(self.radar)
        if loop:
            self._show_loop()
        names = {
            "overdue": self.tr("Overdue ({0})"),
            "today": self.tr("Today ({0})"),
            "upcoming": self.tr("Upcoming ({0})"),
            "done": self.tr("Done ({0})"),
            "at_risk": self.tr("At risk ({0})"),
        }
        for name, button in self.tab_buttons.items():
            button.setText(names[name].format(QLocale().toString(self.counts[name])))
        late = self.tab_buttons["overdue"]
        late.setProperty("warning", self.counts["overdue"] > 0)
        shade = colour("late", role=QPalette.ColorRole.Button).name()
        late.setStyleSheet(
            f"QPushButton {{ color: {shade}; font-weight: 600; }}" if self.counts["overdue"] else ""
        )
        self.calendar_button.setEnabled(
            any(self.counts[n] for n in ("overdue", "today", "upcoming"))
        )
        self.explain.setText(
            self.tr(
                "Customers whose latest feedback is unhappy or lukewarm, and nobody has answered "
                "or followed up for {n} days. Most at risk first."
            ).format(n=rules.at_risk_after_days)
        )
        self.show_list(self._first_list() if self._auto or not self.view else self.view)

    def _pick(self, name: str) -> None:
        self._auto = False
        self.show_list(name)

    def _first_list(self) -> str:
        for name in ("overdue", "today", "at_risk"):
            if self.counts[name]:
                return name
        return "upcoming"

    def _show_loop(self) -> None:
        figures = self.store.loop_figures(self.today - timedelta(days=LOOP_DAYS), self.today)
        if not figures.unhappy:
            self.loop.setText(self.tr("No unhappy customers in the last 12 months."))
            return
        text = self.tr(
            "Last 12 months: you answered or followed up {0} of {1} unhappy customers; "
            "{2} wrote again, {3} of them happier."
        ).format(
            *(QLocale().toString(n) for n in (figures.contacted, figures.unhappy)),
            *(QLocale().toString(n) for n in (figures.came_back, figures.improved)),
        )
        nameless = self.tr("A customer")
        examples = [
            f"{c.customer or nameless}: {display.feeling(*c.before)} → {display.feeling(*c.after)}"
            for c in figures.changes
            if c.improved
        ][:LOOP_EXAMPLES]
        if examples:
            text += " " + self.tr("For example: {0}.").format("; ".join(examples))
        self.loop.setText(text)

    def show_list(self, name: str) -> None:
        """Show one list: 'overdue', 'today', 'upcoming', 'done' or 'at_risk'."""
        same = name == self.view and self.model.rowCount() > 0
        keys = {self._key(r) for r in self.selected_rows()} if same else set()
        self.view = name
        self.tab_buttons[name].setChecked(True)
        rows = (
            self.radar
            if name == "at_risk"
            else self.store.followups(name, self.today, DONE_SHOWN if name == "done" else None)
        )
        self.model.show_rows(name, rows, self.today)
        if not same:  # a list of its own: columns fitted to it (a refresh keeps the owner's)
            self._fit_columns()
        chosen = self.table.selectionModel()
        for row, entry in enumerate(rows):
            if self._key(entry) in keys:  # the rows chosen before a change stay chosen
                chosen.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        at_risk = name == "at_risk"
        self.explain.setVisible(at_risk and bool(rows))
        self.empty.setText(self._empty_words(name))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.plan_button.setVisible(at_risk)
        for button in (self.done_button, self.change_button):
            button.setVisible(name not in ("done", "at_risk"))
        self.delete_button.setVisible(not at_risk)
        self._update_buttons()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            stretch = self.model.columns[column] in (ABOUT, SAID)
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
            if not stretch:
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 24, 260))

    @staticmethod
    def _key(entry) -> int:
        return entry.id if isinstance(entry, FollowUp) else entry.feedback_id

    def _empty_words(self, name: str) -> str:
        return {
            "overdue": self.tr("Nothing overdue. Well done."),
            "today": self.tr("Nothing due today."),
            "upcoming": self.tr(
                "Nothing planned. Follow up an item from the inbox (select it and press F)."
            ),
            "done": self.tr("No follow-ups done yet."),
            "at_risk": self.tr(
                "Nobody is at risk: every unhappy or lukewarm customer has been answered or "
                "followed up."
            ),
        }[name]

    def selected_rows(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [e for e in (self.model.row_at(r) for r in rows) if e is not None]

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_rows()
        one = len(chosen) == 1
        self.done_button.setEnabled(one)
        self.change_button.setEnabled(one)
        self.delete_button.setEnabled(bool(chosen))
        self.plan_button.setEnabled(bool(chosen))
        self.open_button.setEnabled(one and chosen[0].feedback_id is not None)

    def _after_change(self) -> None:
        self._auto = False  # the list stays where the owner made the change
        self.refresh(self.today, loop=False)
        self.changed.emit()

    # Acting -----------------------------------------------------------------------------------
    def _current_followup(self) -> FollowUp | None:
        chosen = self.selected_rows()
        if len(chosen) != 1 or not isinstance(chosen[0], FollowUp):
            return None
        return self.store.get_followup(chosen[0].id)

    def mark_done(self) -> None:
        followup = self._current_followup()
        if followup is None or followup.done_at:
            return
        DoneDialog(followup, self, lambda *v: self.actions.complete(followup.id, *v)).exec()

    def change(self) -> None:
        followup = self._current_followup()
        if followup is None:
            return
        FollowUpDialog(
            followup,
            self.store.team(),
            followup.feedback_text,
            self,
            lambda *v: self.actions.change(followup.id, *v),
        ).exec()

    def delete(self) -> None:
        ids = [e.id for e in self.selected_rows() if isinstance(e, FollowUp)]
        if not ids:
            return
        question = display.count(
            self.tr("Delete these %Ln follow-ups? Undo (Ctrl+Z) brings them back.", "", len(ids))
        )
        answer = QMessageBox.question(self, self.tr("Delete follow-up"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.actions.delete(ids)

    def follow_up(self) -> None:
        """Plan a follow-up of each selected at-risk customer's feedback, by the rules."""
        ids = [e.feedback_id for e in self.selected_rows() if not isinstance(e, FollowUp)]
        if ids:
            self.actions.plan(ids, self.today)

    def open_in_inbox(self) -> None:
        chosen = self.selected_rows()
        if len(chosen) == 1 and chosen[0].feedback_id is not None:
            self.open_feedback.emit(chosen[0].feedback_id)

    def _double_clicked(self, index) -> None:
        entry = self.model.row_at(index.row())
        if isinstance(entry, FollowUp) and entry.done_at is None:
            self.mark_done()
        else:
            self.open_in_inbox()

    # The calendar -----------------------------------------------------------------------------
    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Add to calendar"), DEFAULT_FILE, self.tr("Calendar files (*.ics)")
        )
        if path:
            self.export_calendar(path)

    def export_calendar(self, path: str | Path) -> bool:
        """Write the open follow-ups as an iCalendar file; False (after saying why) when the
        file cannot be written."""
        followups = self.store.followups("open", self.today)
        text = calendar(followups, text_setting(self.store, BUSINESS_NAME), datetime.now())
        name = Path(path).name
        # QSaveFile: written beside the file, flushed, and moved over it only when whole.
        file, data = QSaveFile(str(path)), text.encode("utf-8")
        if not (
            file.open(QIODevice.OpenModeFlag.WriteOnly)
            and file.write(data) == len(data)
            and file.commit()
        ):
            said = file.errorString()
            file.cancelWriting()
            QMessageBox.warning(
                self,
                self.tr("Add to calendar"),
                self.tr("Could not save {0} in {1}: {2}. Nothing was changed there.").format(
                    name, Path(path).parent, said
                ),
            )
            return False
        self.status.setText(
            display.count(
                self.tr(
                    "Saved %Ln follow-ups to {file}. Open the file to add them to your calendar.",
                    "",
                    len(followups),
                ),
                file=name,
            )
        )
        self.status.show()
        return True
