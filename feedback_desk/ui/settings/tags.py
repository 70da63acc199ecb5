"""The owner's tags: their colours and how many items carry each; new, rename, colour, merge and
delete. Feedback is never deleted here, only tags."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.records import InboxQuery, Tag
from .. import display
from ..actions.undo import Change
from ..widgets.icons import tag_icon
from ..widgets.lists import list_with_buttons

NAME, ITEMS = range(2)


def items_tagged(store, tag_ids) -> int:
    """How many items (spam too, not the trash: as the tag counts) carry any of the tags."""
    if not tag_ids:
        return 0
    return store.inbox_count(InboxQuery(tags=tuple(tag_ids), tags_mode="any", spam="include"))


def name_list(names: list[str], either: bool = False) -> str:
    """“Speed”, “Speed and Price”, “Speed, Price and Staff” (or “... or Staff”)."""
    quoted = [f"“{n}”" for n in names]
    if len(quoted) < 2:
        return "".join(quoted)
    joined = (
        QCoreApplication.translate("display", "{0} or {1}")
        if either
        else QCoreApplication.translate("display", "{0} and {1}")
    )
    return joined.format(", ".join(quoted[:-1]), quoted[-1])


def ask_text(parent, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """QInputDialog.getText, wide enough for a name in any language."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.findChild(QLineEdit).setMinimumWidth(320)  # made by setTextValue
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value, accepted


class TagManagerDialog(QDialog):
    """Opened from Settings (and the Tags menu). Each change is undoable when an undo stack is
    given; ``changed`` tells the inbox to reload."""

    changed = Signal()

    def __init__(self, store, parent=None, undo_stack=None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.tags: list[Tag] = []
        self.setWindowTitle(self.tr("Tags"))
        self.resize(560, 460)
        intro = QLabel(
            self.tr(
                "Tags sort feedback by topic. Select a tag to rename it or change its colour; "
                "select several to merge them into one. Merging or deleting a tag never "
                "deletes feedback."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Items")])
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setIconSize(QSize(14, 14))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ITEMS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ITEMS, 80)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeaderItem(ITEMS).setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemDoubleClicked.connect(lambda _item: self.rename())

        self.new_button = QPushButton(self.tr("New tag..."))
        self.rename_button = QPushButton(self.tr("Rename..."))
        self.colour_button = QPushButton(self.tr("Colour..."))
        self.merge_button = QPushButton(self.tr("Merge into..."))
        self.delete_button = QPushButton(self.tr("Delete..."))
        self.merge_button.setToolTip(self.tr("Select two or more tags to merge them into one."))
        middle = list_with_buttons(
            self.table,
            (self.new_button, self.new_tag),
            (self.rename_button, self.rename),
            (self.colour_button, self.choose_colour),
            (self.merge_button, self.merge),
            (self.delete_button, self.delete),
            gap_after_first=12,
        )
        self.result = QLabel()
        self.result.setObjectName("muted")
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(middle, 1)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.refresh()

    def showEvent(self, event) -> None:
        self.result.clear()
        self.refresh()  # the inbox may have tagged or untagged since last time
        super().showEvent(event)

    # Showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = {t.id for t in self.selected()}
        self.tags = self.store.tags()
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.tags))
        for row, tag in enumerate(self.tags):
            name = QTableWidgetItem(tag_icon(tag.color), tag.name)
            name.setToolTip(tag.color)
            count = QTableWidgetItem(QLocale().toString(tag.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, NAME, name)
            self.table.setItem(row, ITEMS, count)
        self.table.blockSignals(False)
        self.select(chosen)

    def selected(self) -> list[Tag]:
        if not self.tags:
            return []
        return [self.tags[i.row()] for i in self.table.selectionModel().selectedRows()]

    def select(self, tag_ids) -> None:
        """Select these tags (and no others)."""
        wanted = set(tag_ids)
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.table.clearSelection()
        for row, tag in enumerate(self.tags):
            if tag.id in wanted:
                model.select(self.table.model().index(row, NAME), flags)
        self._selected()

    def _selected(self) -> None:
        n = len(self.selected())
        self.rename_button.setEnabled(n == 1)
        self.colour_button.setEnabled(n == 1)
        self.merge_button.setEnabled(n >= 2)
        self.delete_button.setEnabled(n >= 1)

    # Changing --------------------------------------------------------------------------------
    def _change(self, text: str, apply: Callable[[], object], revert: Callable[[], object]):
        """Do a change, on the undo stack when there is one."""
        if self.undo_stack is not None:
            self.undo_stack.push(Change(text, apply, revert, self._after))
        else:
            apply()
            self._after()

    def _after(self) -> None:
        # An undo from the main window's Edit menu may come after this dialog is gone.
        if shiboken6.isValid(self):
            self.refresh()
            self.changed.emit()

    def _ask_name(self, title: str, label: str, text: str = "", keep: int | None = None):
        """A free tag name typed by the owner, or None (cancelled, blank or taken)."""
        name, ok = ask_text(self, title, label, text)
        name = " ".join(name.split())
        if not ok or not name:
            return None
        taken = next(
            (t for t in self.store.tags() if t.name.casefold() == name.casefold() and t.id != keep),
            None,
        )
        if taken:
            QMessageBox.information(
                self,
                title,
                self.tr(
                    "There is already a tag called “{0}”. To bring two tags together, select "
                    "both and choose Merge into."
                ).format(taken.name),
            )
            return None
        return name

    def new_tag(self) -> None:
        name = self._ask_name(self.tr("New tag"), self.tr("Name of the new tag:"))
        if name is None:
            return
        made = {}

        def apply():
            made["id"] = self.store.create_tag(name)

        self._change(self.tr("New tag"), apply, lambda: self.store.delete_tag(made["id"]))
        self.select([made["id"]])
        self.result.setText(self.tr("Added the tag “{0}”.").format(name))

    def rename(self) -> None:
        tags = self.selected()
        if len(tags) != 1:
            return
        tag = tags[0]
        name = self._ask_name(
            self.tr("Rename tag"),
            self.tr("New name for “{0}”:").format(tag.name),
            tag.name,
            keep=tag.id,
        )
        if name is None or name == tag.name:
            return
        self._change(
            self.tr("Rename tag"),
            lambda: self.store.rename_tag(tag.id, name),
            lambda: self.store.rename_tag(tag.id, tag.name),
        )
        self.result.setText(self.tr("Renamed “{0}” to “{1}”.").format(tag.name, name))

    def choose_colour(self) -> None:
        tags = self.selected()
        if len(tags) != 1:
            return
        tag = tags[0]
        colour = QColorDialog.getColor(
            QColor(tag.color), self, self.tr("Colour of “{0}”").format(tag.name)
        )
        if not colour.isValid() or colour.name() == tag.color.lower():
            return
        self._change(
            self.tr("Change tag colour"),
            lambda: self.store.set_tag_color(tag.id, colour.name()),
            lambda: self.store.set_tag_color(tag.id, tag.color),
        )
        self.result.setText(self.tr("Changed the colour of “{0}”.").format(tag.name))

    def merge(self) -> None:
        tags = self.selected()
        if len(tags) < 2:
            return
        names = [t.name for t in tags]
        biggest = max(range(len(tags)), key=lambda i: tags[i].count)
        kept_name, ok = QInputDialog.getItem(
            self,
            self.tr("Merge tags"),
            self.tr("Keep which tag? The others are merged into it and go."),
            names,
            biggest,
            False,
        )
        if not ok:
            return
        kept = tags[names.index(kept_name)]
        others = [t for t in tags if t.id != kept.id]
        moving = items_tagged(self.store, [t.id for t in others])
        question = display.count(
            self.tr(
                "Merge {others} into “{kept}”? The %Ln items tagged {either} will be tagged "
                "“{kept}” instead.",
                "",
                moving,
            ),
            others=name_list([t.name for t in others]),
            either=name_list([t.name for t in others], either=True),
            kept=kept.name,
        )
        if self._rules_of(others):
            question += " " + self.tr("Their auto-tag rules will tag with “{0}”.").format(kept.name)
        if not self._confirm(self.tr("Merge tags"), question, self.tr("Merge")):
            return
        before = self.store.tag_snapshot([t.id for t in tags])
        self._change(
            self.tr("Merge tags"),
            lambda: self.store.merge_tags([t.id for t in others], kept.id),
            lambda: self.store.restore_tags(before),
        )
        self.select([kept.id])
        self.result.setText(
            self.tr("Merged {0} into “{1}”; it is now on {2}.").format(
                name_list([t.name for t in others]),
                kept.name,
                display.count(self.tr("%Ln items", "", self._count_of(kept.id))),
            )
        )

    def delete(self) -> None:
        tags = self.selected()
        if not tags:
            return
        names = name_list([t.name for t in tags])
        carrying = items_tagged(self.store, [t.id for t in tags])
        if len(tags) == 1:
            question = display.count(
                self.tr(
                    "Delete the tag {names}? %Ln items carry it: the items stay, "
                    "only the tag goes.",
                    "",
                    carrying,
                ),
                names=names,
            )
        else:
            question = display.count(
                self.tr(
                    "Delete the tags {names}? %Ln items carry them: the items stay, "
                    "only the tags go.",
                    "",
                    carrying,
                ),
                names=names,
            )
        rules = self._rules_of(tags)
        if rules:
            question += " " + display.count(self.tr("%Ln auto-tag rules go too.", "", rules))
        if not self._confirm(self.tr("Delete"), question, self.tr("Delete")):
            return
        before = self.store.tag_snapshot([t.id for t in tags])

        def apply():
            for tag in tags:
                self.store.delete_tag(tag.id)

        title = self.tr("Delete tag") if len(tags) == 1 else self.tr("Delete tags")
        self._change(title, apply, lambda: self.store.restore_tags(before))
        self.result.setText(self.tr("Deleted {0}. The feedback is all still there.").format(names))

    # Helpers ---------------------------------------------------------------------------------
    def _rules_of(self, tags) -> int:
        ids = {t.id for t in tags}
        return sum(1 for rule in self.store.tag_rules() if rule.tag_id in ids)

    def _count_of(self, tag_id: int) -> int:
        return next((t.count for t in self.tags if t.id == tag_id), 0)

    def _confirm(self, title: str, question: str, verb: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        yes = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes
