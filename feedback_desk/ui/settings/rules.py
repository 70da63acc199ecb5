"""Auto-tag rules ("wait, slow, late → Speed"): the list, adding and changing them, and how
many items they would tag now, then tagging the feedback already there."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.records import TagRule
from ...core.store.tags import split_keywords
from .. import display
from ..actions.undo import Change
from ..widgets.icons import tag_icon
from ..widgets.lists import list_with_buttons

ON, TAG, WORDS, WOULD_TAG = range(4)


class RuleEditor(QDialog):
    """One rule: which tag, and the words or phrases that put it on."""

    def __init__(self, store, rule: TagRule | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit rule") if rule else self.tr("New rule"))
        self.setMinimumWidth(560)
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag.lineEdit().setPlaceholderText(self.tr("Pick a tag or type a new one"))
        for tag in store.tags(counted=False):
            self.tag.addItem(tag_icon(tag.color), tag.name, tag.id)
        self.tag.setCurrentIndex(self.tag.findData(rule.tag_id) if rule else -1)
        self.words = QLineEdit(", ".join(rule.keywords) if rule else "")
        self.words.setPlaceholderText(self.tr("wait, slow, took forever, 느려"))
        hint = QLabel(
            self.tr(
                "Separate words or phrases with commas; feedback containing any one of them gets "
                "the tag. Whole words, in any case and any language: “late” finds “Late!” but "
                "not “latest”. Korean, Japanese and Chinese words are found inside longer "
                "words too: 느려 finds 느려요."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow(self.tr("Words or phrases"), self.words)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save rule"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        (self.words if rule else self.tag).setFocus()

    def tag_name(self) -> str:
        return " ".join(self.tag.currentText().split())

    def keywords(self) -> tuple[str, ...]:
        return split_keywords(self.words.text())

    def accept(self) -> None:
        if not self.tag_name():
            self._tell(self.tr("Choose the tag this rule puts on, or type a new one."))
        elif not self.keywords():
            self._tell(self.tr("Type at least one word or phrase."))
        else:
            super().accept()

    def _tell(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()


class RulesDialog(QDialog):
    """The rules, live counts of what each would tag, and Tag N items for the feedback already
    there (undoable when an undo stack is given). ``changed``: a rule, a tag or the tags on
    feedback changed."""

    changed = Signal()

    def __init__(self, store, parent=None, undo_stack=None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.rules: list[TagRule] = []
        self.reach = None
        self.setWindowTitle(self.tr("Auto-tag rules"))
        self.resize(760, 520)
        intro = QLabel(
            self.tr(
                "A rule puts its tag on feedback that contains any of its words or phrases. "
                "Rules that are on run by themselves on every new import and paste; to apply "
                "them to the feedback you already have, use the button below."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("On"), self.tr("Tag"), self.tr("Words or phrases"), self.tr("Would tag")]
        )
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setIconSize(QSize(14, 14))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, mode in (
            (ON, QHeaderView.ResizeMode.ResizeToContents),
            (TAG, QHeaderView.ResizeMode.ResizeToContents),
            (WORDS, QHeaderView.ResizeMode.Stretch),
            (WOULD_TAG, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemChanged.connect(self._switched)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_rule())

        self.add_button = QPushButton(self.tr("Add rule..."))
        self.edit_button = QPushButton(self.tr("Edit..."))
        self.delete_button = QPushButton(self.tr("Delete..."))
        middle = list_with_buttons(
            self.table,
            (self.add_button, self.add_rule),
            (self.edit_button, self.edit_rule),
            (self.delete_button, self.delete_rule),
        )

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.reach_label = QLabel()
        self.reach_label.setWordWrap(True)
        self.apply_button = QPushButton()
        self.apply_button.setMinimumHeight(30)
        self.apply_button.clicked.connect(self.apply)
        self.result = QLabel()
        self.result.setObjectName("muted")
        self.result.setWordWrap(True)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.reach_label, 1)
        apply_row.addWidget(self.apply_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(middle, 1)
        layout.addWidget(line)
        layout.addLayout(apply_row)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.refresh()

    def showEvent(self, event) -> None:
        self.result.clear()
        self.refresh()  # tags may have been renamed, merged or put on by hand since
        super().showEvent(event)

    # Showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.selected()
        self.rules = self.store.tag_rules()
        colours = {t.id: t.color for t in self.store.tags(counted=False)}
        counts = self.store.preview_rules()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            on = QTableWidgetItem()
            on.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            on.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            on.setToolTip(self.tr("Turn this rule on or off"))
            tag = QTableWidgetItem(tag_icon(colours.get(rule.tag_id, "#7a869a")), rule.tag_name)
            words = QTableWidgetItem(", ".join(rule.keywords))
            words.setToolTip(", ".join(rule.keywords))
            n = counts.get(rule.id, 0)
            if rule.enabled:
                would = QTableWidgetItem(display.count(self.tr("%Ln items", "", n)))
            else:
                would = QTableWidgetItem(self.tr("off"))
            if not (rule.enabled and n):
                would.setForeground(self.palette().placeholderText())
            for column, item in ((ON, on), (TAG, tag), (WORDS, words), (WOULD_TAG, would)):
                self.table.setItem(row, column, item)
            if chosen and rule.id == chosen.id:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._show_reach()
        self._selected()

    def _show_reach(self) -> None:
        self.reach = self.store.rules_reach()
        n = self.reach.items
        if n:
            self.reach_label.setText(
                display.count(
                    self.tr("The rules that are on would tag %Ln items you already have.", "", n)
                )
            )
            self.apply_button.setText(display.count(self.tr("Tag %Ln items", "", n)))
        elif not any(rule.enabled for rule in self.rules):
            self.reach_label.setText(self.tr("No rule is on: nothing to tag."))
        else:
            self.reach_label.setText(
                self.tr("Nothing to tag: the feedback you have already carries these tags.")
            )
            self.apply_button.setText(self.tr("Tag items"))
        self.apply_button.setEnabled(bool(n))

    def selected(self) -> TagRule | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rules[rows[0].row()] if rows and self.rules else None

    def _selected(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # Changing rules --------------------------------------------------------------------------
    def _switched(self, item: QTableWidgetItem) -> None:
        if item.column() != ON:
            return
        rule = self.rules[item.row()]
        self.store.update_tag_rule(rule.id, enabled=item.checkState() == Qt.CheckState.Checked)
        self.result.clear()
        self.refresh()
        self.changed.emit()

    def _tag_for(self, name: str) -> int:
        """The tag called ``name`` (any case), made when there is none yet."""
        for tag in self.store.tags(counted=False):
            if tag.name.casefold() == name.casefold():
                return tag.id
        return self.store.create_tag(name)

    def add_rule(self) -> None:
        editor = RuleEditor(self.store, parent=self)
        if not editor.exec():
            return
        rule_id = self.store.add_tag_rule(self._tag_for(editor.tag_name()), editor.keywords())
        self.refresh()
        self._select(rule_id)
        self.result.setText(self.tr("Added a rule for “{0}”.").format(editor.tag_name()))
        self.changed.emit()

    def edit_rule(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        editor = RuleEditor(self.store, rule, parent=self)
        if not editor.exec():
            return
        self.store.update_tag_rule(
            rule.id, tag_id=self._tag_for(editor.tag_name()), keywords=editor.keywords()
        )
        self.refresh()
        self.result.setText(self.tr("Saved the rule for “{0}”.").format(editor.tag_name()))
        self.changed.emit()

    def delete_rule(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete rule"),
            self.tr(
                "Delete the rule that tags “{0}” ({1})? Tags it already put on feedback stay."
            ).format(rule.tag_name, ", ".join(rule.keywords)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.delete_tag_rule(rule.id)
        self.refresh()
        self.result.setText(self.tr("Deleted the rule for “{0}”.").format(rule.tag_name))
        self.changed.emit()

    def _select(self, rule_id: int) -> None:
        for row, rule in enumerate(self.rules):
            if rule.id == rule_id:
                self.table.selectRow(row)

    # Tagging the feedback already there ------------------------------------------------------
    def apply(self) -> None:
        reach = self.store.rules_reach()
        if not reach.items:
            return
        tag_ids = list(dict.fromkeys(r.tag_id for r in self.rules if r.enabled))
        before = self.store.tag_snapshot(tag_ids)
        added = {}

        def do():
            added["tags"] = self.store.apply_rules()

        change = Change(
            self.tr("Tag with the rules"), do, lambda: self.store.restore_tags(before), self._after
        )
        if self.undo_stack is not None:
            self.undo_stack.push(change)
        else:
            change.redo()
        if added["tags"] == reach.items:
            text = display.count(self.tr("Tagged %Ln items.", "", reach.items))
        else:
            text = display.count(
                self.tr("Tagged %Ln items ({tags} tags added).", "", reach.items),
                tags=added["tags"],
            )
        self.result.setText(text)

    def _after(self) -> None:
        # An undo from the main window's Edit menu may come after this dialog is gone.
        if shiboken6.isValid(self):
            self.refresh()
            self.changed.emit()
