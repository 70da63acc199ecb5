"""Settings: the team feedback can be assigned to, the tags and their rules, where the data is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.records import InboxQuery
from .. import display
from ..person import PersonPicker
from ..widgets.labels import label
from ..widgets.lists import list_with_buttons
from ..widgets.pages import scrolling
from .backups import BackupsPanel
from .forms import BusinessBox, FollowUpRulesBox, LanguageBox, RetentionBox
from .rules import RulesDialog
from .tags import TagManagerDialog, ask_text
from .team import ServerBackupsBox, TeamServerBox

CONTENT_WIDTH = 640


class SettingsPage(QWidget):
    """``changed``: the team, the tags or the tags on feedback changed (the inbox reloads)."""

    changed = Signal()

    def __init__(self, store, parent=None, undo_stack=None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self._tags_dialog: TagManagerDialog | None = None
        self._rules_dialog: RulesDialog | None = None
        title = QLabel(self.tr("Settings"))
        title.setObjectName("emptyTitle")

        self.business = BusinessBox(store)
        self.followup_rules = FollowUpRulesBox(store)
        self.retention = RetentionBox(store)
        self.language = LanguageBox()

        self.team = QListWidget()
        self.team.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.team.setSpacing(2)
        self.team.setMinimumHeight(110)
        self.team.setMaximumHeight(160)
        self.team.itemSelectionChanged.connect(self._team_selected)
        self.team.itemDoubleClicked.connect(lambda _item: self.rename_member())
        self.add_button = QPushButton(self.tr("Add..."))
        self.rename_button = QPushButton(self.tr("Rename..."))
        self.remove_button = QPushButton(self.tr("Remove..."))
        team_row = list_with_buttons(
            self.team,
            (self.add_button, self.add_member),
            (self.rename_button, self.rename_member),
            (self.remove_button, self.remove_member),
        )
        self.team_result = QLabel()
        self.team_result.setObjectName("muted")
        self.team_result.setWordWrap(True)
        self.team_result.hide()
        team_box = QGroupBox(self.tr("Your team"))
        team_layout = QVBoxLayout(team_box)
        self.team_intro = label("")
        team_layout.addWidget(self.team_intro)
        team_layout.addLayout(team_row)
        team_layout.addWidget(self.team_result)
        self.person = PersonPicker(store)
        person_row = QFormLayout()
        person_row.addRow(self.tr("Signed in as"), self.person)
        team_layout.addLayout(person_row)

        self.tags_summary = QLabel()
        self.tags_summary.setWordWrap(True)
        self.tags_button = QPushButton(self.tr("Manage tags..."))
        self.rules_button = QPushButton(self.tr("Auto-tag rules..."))
        self.tags_button.clicked.connect(self.manage_tags)
        self.rules_button.clicked.connect(self.edit_rules)
        tag_buttons = QHBoxLayout()
        tag_buttons.addWidget(self.tags_button)
        tag_buttons.addWidget(self.rules_button)
        tag_buttons.addStretch(1)
        tags_box = QGroupBox(self.tr("Tags"))
        tags_layout = QVBoxLayout(tags_box)
        tags_layout.addWidget(self.tags_summary)
        tags_layout.addLayout(tag_buttons)

        self.location = QLabel(str(store.location))
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setWordWrap(True)
        data_box = QGroupBox(self.tr("Your data"))
        data_form = QFormLayout(data_box)
        if store.is_server:
            data_form.addRow(self.tr("Team server"), self.location)
            data_form.addRow(
                "", label(self.tr("Everyone on the team works in this one desk on the server."))
            )
        else:
            data_form.addRow(self.tr("Database file"), self.location)
            data_form.addRow(
                "", label(self.tr("Everything stays on this computer, in this one file."))
            )

        self.team_server = TeamServerBox(store)
        self.backups = ServerBackupsBox(store) if store.is_server else BackupsPanel(store)

        column = QVBoxLayout()
        column.setSpacing(14)
        boxes = (title, self.business, self.language, team_box, self.followup_rules, tags_box)
        boxes += (data_box, self.team_server, self.retention)
        for widget in (*boxes, self.backups):
            column.addWidget(widget)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(CONTENT_WIDTH)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(16, 16, 16, 16)
        row.addWidget(holder, 1)
        row.addStretch(0)
        scrolling(self, inner)
        self.refresh()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.business.refresh()
        self.followup_rules.refresh()
        self.retention.refresh()
        chosen = self.selected_member()
        self.team.clear()
        self.team.addItems(self.store.team())
        self.team.setCurrentRow(-1)
        self.team_intro.setText(
            self.tr("The people feedback can be assigned to.")
            if self.team.count()
            else self.tr("The people feedback can be assigned to. No one yet: use Add.")
        )
        for row in range(self.team.count()):
            if self.team.item(row).text() == chosen:
                self.team.setCurrentRow(row)
        self._team_selected()
        self.person.fill()
        tags = self.store.tags(counted=False)
        rules_on = sum(1 for rule in self.store.tag_rules() if rule.enabled)
        self.tags_summary.setText(
            display.count(self.tr("%Ln tags", "", len(tags)))
            + self.tr("; ")
            + display.count(self.tr("%Ln auto-tag rules on.", "", rules_on))
            + " "
            + self.tr("Rules tag new feedback as it comes in, from imports and pastes alike.")
        )

    def flush(self) -> None:
        """Keep what was typed a moment ago, before the window closes."""
        self.business.flush()
        self.retention.flush()
        self.followup_rules.flush()

    # The team --------------------------------------------------------------------------------
    def selected_member(self) -> str | None:
        item = self.team.currentItem()
        return item.text() if item and item.isSelected() else None

    def _team_selected(self) -> None:
        chosen = self.selected_member() is not None
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _ask_name(self, title: str, label: str, text: str = "", keep: str = "") -> str | None:
        name, ok = ask_text(self, title, label, text)
        name = " ".join(name.split())
        if not ok or not name or name == keep:
            return None
        if any(n.casefold() == name.casefold() and n != keep for n in self.store.team()):
            QMessageBox.information(
                self, title, self.tr("{0} is already on the team.").format(name)
            )
            return None
        return name

    def add_member(self) -> None:
        name = self._ask_name(self.tr("Add to the team"), self.tr("Name:"))
        if name is None:
            return
        self.store.set_team([*self.store.team(), name])
        self._team_changed(name, self.tr("Added {0} to the team.").format(name))

    def rename_member(self) -> None:
        old = self.selected_member()
        if old is None:
            return
        name = self._ask_name(
            self.tr("Rename"), self.tr("New name for {0}:").format(old), old, keep=old
        )
        if name is None:
            return
        self.store.set_team([name if n == old else n for n in self.store.team()])
        moved = self.store.rename_assignee(old, name)
        message = self.tr("Renamed {0} to {1}.").format(old, name)
        if moved:
            message += " " + display.count(
                self.tr(
                    "%Ln feedback items assigned to {old} are now assigned to {new}.", "", moved
                ),
                old=old,
                new=name,
            )
        self._team_changed(name, message)

    def remove_member(self) -> None:
        name = self.selected_member()
        if name is None:
            return
        question = self.tr("Remove {0} from the team?").format(name)
        assigned = self.store.inbox_count(InboxQuery(assignee=name, spam="include"))
        if assigned:
            question += " " + display.count(
                self.tr(
                    "The %Ln feedback items assigned to {name} stay assigned until you change "
                    "them in the inbox.",
                    "",
                    assigned,
                ),
                name=name,
            )
        answer = QMessageBox.question(self, self.tr("Remove from the team"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.set_team([n for n in self.store.team() if n != name])
        self._team_changed(None, self.tr("Removed {0} from the team.").format(name))

    def _team_changed(self, select: str | None, message: str) -> None:
        self.refresh()
        for row in range(self.team.count()):
            if self.team.item(row).text() == select:
                self.team.setCurrentRow(row)
        self.team_result.setText(message)
        self.team_result.show()
        self.changed.emit()

    # Tags ------------------------------------------------------------------------------------
    # The dialogs are made once and kept: an undo from the Edit menu after they close still
    # finds them to refresh and to tell the inbox.
    def manage_tags(self) -> None:
        if self._tags_dialog is None:
            self._tags_dialog = TagManagerDialog(self.store, self, self.undo_stack)
            self._tags_dialog.changed.connect(self._tags_changed)
        self._tags_dialog.exec()

    def edit_rules(self) -> None:
        if self._rules_dialog is None:
            self._rules_dialog = RulesDialog(self.store, self, self.undo_stack)
            self._rules_dialog.changed.connect(self._tags_changed)
        self._rules_dialog.exec()
        self.refresh()  # rules switched on or off

    def _tags_changed(self) -> None:
        self.refresh()
        self.changed.emit()
