"""The Templates page: the owner's ready-made replies, an editor that shows how each one reads
on a real review, and a second tab on how fast the owner answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ChangedElsewhere, WriteFailed
from ...core.records import Feedback
from ...core.settings import BUSINESS_NAME, OWNER_NAME, text_setting
from ...core.templates import (
    PLACEHOLDERS,
    SPAM_LABEL,
    SUIT_LABELS,
    ResponseTemplate,
    export_templates,
    import_templates,
    render,
)
from .. import display
from ..problems import WRITE_ERRORS, tell_write_problem
from ..widgets.icons import tag_icon
from ..widgets.labels import label
from .listing import (
    DETAIL,
    TemplateRowDelegate,
    best_preview,
    detail_text,
    placeholder_names,
    short_line,
    suit_names,
)
from .response_times import ResponseTimesView

ID = Qt.ItemDataRole.UserRole
PREVIEW_ITEMS = 30
DEFAULT_FILE = "feedback-desk-templates.json"


class TemplatesPage(QWidget):
    """``changed``: a template was added, edited, deleted or imported."""

    changed = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        # What the editor was loaded from: None shows the empty state, an id of None a new one.
        self._saved: ResponseTemplate | None = None
        self._templates: dict[int, ResponseTemplate] = {}
        self._items: list[Feedback] = []
        self._loading = False
        self._before_new: int | None = None
        self._business = self._owner = ""
        self._tags = []
        self.times = ResponseTimesView(store)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._library_tab(), self.tr("Templates"))
        self.tabs.addTab(self.times, self.tr("How fast you answer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(label(self.tr("Templates"), "emptyTitle"))  # as the sidebar says
        layout.addWidget(self.tabs)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

    # Building ---------------------------------------------------------------------------------
    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _library_tab(self) -> QWidget:
        self.library = QListWidget()
        self.library.setItemDelegate(TemplateRowDelegate(self.library))
        self.library.setUniformItemSizes(True)
        self.library.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.library.currentItemChanged.connect(self._chosen)
        self.new_button = self._button(self.tr("New"), self.new_template)
        self.duplicate_button = self._button(self.tr("Duplicate"), self.duplicate)
        self.delete_button = self._button(self.tr("Delete..."), self.delete)
        self.import_button = self._button(self.tr("Import..."), self._ask_import)
        self.export_button = self._button(self.tr("Export..."), self._ask_export)
        buttons = QGridLayout()
        for n, button in enumerate((self.new_button, self.duplicate_button, self.delete_button)):
            buttons.addWidget(button, 0, n)
        buttons.addWidget(self.import_button, 1, 0)
        buttons.addWidget(self.export_button, 1, 1)
        self.status = label()
        self.status.hide()
        left = QVBoxLayout()
        left.addWidget(self.library, 1)
        left.addLayout(buttons)
        left.addWidget(self.status)

        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(label(self.tr("No templates yet"), "emptyTitle"))
        self.empty_words = label(
            self.tr("Click New to write one, or Import a file another shop shared."), ""
        )
        empty_layout.addWidget(self.empty_words)
        empty_layout.addStretch(2)
        self.right = QStackedWidget()
        self.right.addWidget(self._editor())
        self.right.addWidget(empty)

        tab = QWidget()
        row = QHBoxLayout(tab)
        row.setContentsMargins(8, 12, 8, 8)
        row.setSpacing(16)
        holder = QWidget()
        holder.setLayout(left)
        holder.setMinimumWidth(210)  # narrower windows give the editor the room
        holder.setMaximumWidth(300)
        left.setContentsMargins(0, 0, 0, 0)
        row.addWidget(holder)
        row.addWidget(self.right, 1)
        return tab

    def _editor(self) -> QWidget:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("For example: Thank you for the kind words"))
        self.name.textChanged.connect(self._edited_now)
        self.suit_boxes: dict[str, QCheckBox] = {}
        suits = QGridLayout()
        suits.setHorizontalSpacing(18)
        for n, suit in enumerate(SUIT_LABELS):
            box = QCheckBox(suit_names().get(suit, (suit,))[0])
            box.toggled.connect(self._edited_now)
            self.suit_boxes[suit] = box
            suits.addWidget(box, n // 3, n % 3, 1, 3 if suit == SPAM_LABEL else 1)
        suits.addWidget(
            label(self.tr("Leave all unticked for a template that suits any feedback.")),
            3,
            0,
            1,
            3,
        )
        self.tag_list = QListWidget()
        self.tag_list.setFlow(QListView.Flow.LeftToRight)
        self.tag_list.setWrapping(True)
        self.tag_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.tag_list.setSpacing(3)
        # Two rows of tags, as tall as the font needs (a fixed 52 px cut the bottom of the
        # second row's letters off with a taller font: "Qualitv"); more rows scroll.
        row = max(self.tag_list.fontMetrics().height(), 16) + 2 * 3 + 6
        self.tag_list.setFixedHeight(2 * row + 2 * self.tag_list.frameWidth() + 4)
        self.tag_list.itemChanged.connect(self._edited_now)
        self.no_tags = label(self.tr("No tags yet: add them in Settings."))
        tags = QVBoxLayout()
        tags.addWidget(self.tag_list)
        tags.addWidget(self.no_tags)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Suits"), suits)
        form.addRow(self.tr("Tags it suits"), tags)

        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Hi {first_name},\n\nThank you for..."))
        self.body.textChanged.connect(self._body_changed)
        self.placeholder_menu = QMenu(self)
        for key in PLACEHOLDERS:
            words = placeholder_names().get(key, key)
            action = self.placeholder_menu.addAction(f"{words}\t{{{key}}}")
            action.triggered.connect(lambda _c=False, key=key: self.insert_placeholder(key))
        self.insert_button = QPushButton(self.tr("Insert placeholder"))
        self.insert_button.setMenu(self.placeholder_menu)
        self.preview_with = QComboBox()
        self.preview_with.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.preview_with.setMinimumContentsLength(20)
        self.preview_with.currentIndexChanged.connect(self._update_preview)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFrameShape(QPlainTextEdit.Shape.StyledPanel)
        palette = self.preview.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.preview.setPalette(palette)
        self.sample_note = label(
            self.tr("Preview with sample values — add feedback to preview on a real review.")
        )
        self.sign_hint = label(
            self.tr("Set your business name and your name in Settings to sign replies.")
        )
        text_head = QHBoxLayout()
        text_head.addWidget(label(self.tr("Reply"), "sectionHeading"))
        text_head.addStretch(1)
        text_head.addWidget(self.insert_button)
        preview_head = QHBoxLayout()
        preview_head.setSpacing(8)
        preview_head.addWidget(label(self.tr("Preview with:"), "sectionHeading"))
        preview_head.addWidget(self.preview_with, 1)
        texts = QGridLayout()
        texts.setHorizontalSpacing(16)
        texts.addLayout(text_head, 0, 0)
        texts.addLayout(preview_head, 0, 1)
        texts.addWidget(self.body, 1, 0, 3, 1)
        texts.addWidget(self.preview, 1, 1)
        texts.addWidget(self.sample_note, 2, 1)
        texts.addWidget(self.sign_hint, 3, 1)
        texts.setRowStretch(1, 1)
        texts.setColumnStretch(0, 1)
        texts.setColumnStretch(1, 1)

        self.problem = label("", "problem")
        self.problem.hide()
        self.discard_button = self._button(self.tr("Discard"), self.discard)
        self.save_button = self._button(self.tr("Save"), self.save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Save).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        actions = QHBoxLayout()
        actions.addWidget(self.problem, 1)
        actions.addStretch(0)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.save_button)

        editor = QWidget()
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addLayout(texts, 1)
        layout.addLayout(actions)
        return editor

    # Loading ----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def can_close(self) -> bool:
        """Before the window closes: keep the template being edited, or, when it cannot be
        saved (no name yet), let the owner choose to go back to it rather than lose it."""
        if not self._is_dirty() or self._save(in_place=True):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved template"),
            self.tr("The template you are writing cannot be saved yet: {0} Close anyway?").format(
                self.problem.text()
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def hideEvent(self, event) -> None:
        # Leaving the page keeps valid changes, as leaving a template for another does.
        if self._is_dirty():
            self._save(in_place=True)
        super().hideEvent(event)

    def refresh(self) -> None:
        """Reload templates, settings and the feedback to preview with; typing is kept."""
        self._business = text_setting(self.store, BUSINESS_NAME)
        self._owner = text_setting(self.store, OWNER_NAME)
        self.sign_hint.setVisible(not (self._business.strip() and self._owner.strip()))
        rows = self.store.inbox_page(0, PREVIEW_ITEMS)
        found = [(row, self.store.get_feedback(row.id)) for row in rows]
        found = [(row, item) for row, item in found if item is not None]
        self._items = [item for _row, item in found]
        self._tags = self.store.tags(counted=False)
        self._loading = True
        chosen = self.preview_with.currentData()
        self.preview_with.clear()
        for row, item in found:
            author = short_line(row.author, 20) or self.tr("No name")
            label = f"{author} — {short_line(row.preview, 32)}"
            self.preview_with.addItem(label, item.id)
            self.preview_with.setItemData(
                self.preview_with.count() - 1, row.preview, Qt.ItemDataRole.ToolTipRole
            )
        if not found:
            self.preview_with.addItem(self.tr("Sample values"))
        self._loading = False
        self.preview_with.setEnabled(bool(self._items))
        self.sample_note.setVisible(not self._items)
        keep = self._is_dirty() or (self._saved is not None and self._saved.id is None)
        self._reload_list()
        if keep:
            if self._saved.id is not None and self._saved.id not in self._templates:
                self._saved = ResponseTemplate(None, "", "", (), ())  # deleted meanwhile: a new one
            self._select_row(self._saved.id)
            self._fill_tags(self._edited().tags)
            self._choose_preview(chosen)
        elif self._saved is not None and self._saved.id in self._templates:
            self._show(self._templates[self._saved.id], chosen)
        else:
            self._show(next(iter(self._templates.values()), None))
        if self.times.isVisible():
            self.times.refresh()

    def _reload_list(self) -> None:
        self._templates = {t.id: t for t in self.store.response_templates()}
        self._loading = True
        self.library.clear()
        for template in self._templates.values():
            self.library.addItem(self._list_item(template))
        self._loading = False

    def _list_item(self, template: ResponseTemplate, item: QListWidgetItem | None = None):
        item = item or QListWidgetItem()
        item.setText(template.name)
        item.setData(ID, template.id)
        item.setData(DETAIL, detail_text(template))
        item.setToolTip(f"{template.name}\n{detail_text(template)}")
        return item

    def _select_row(self, template_id: int | None) -> None:
        """Select a template's row (None: no row) without asking the editor to change."""
        item = self._row_of(template_id)
        row = self.library.row(item) if item else -1
        if row != self.library.currentRow() or (item and not item.isSelected()):
            self._loading = True
            self.library.setCurrentRow(row)
            self._loading = False
        if item:
            self.library.scrollToItem(item)

    def _row_of(self, template_id: int | None) -> QListWidgetItem | None:
        rows = (self.library.item(r) for r in range(self.library.count()))
        return next((i for i in rows if i.data(ID) == template_id), None)

    def _fill_tags(self, chosen: tuple[str, ...]) -> None:
        wanted = {name.casefold() for name in chosen}
        known = {tag.name.casefold() for tag in self._tags}
        self._loading = True
        self.tag_list.clear()
        entries = [(t.name, t.name, tag_icon(t.color)) for t in self._tags]
        # A tag deleted since keeps its place on the template until the owner unticks it.
        entries += [
            (name, self.tr("{0} (deleted tag)").format(name), None)
            for name in chosen
            if name.casefold() not in known
        ]
        for name, text, icon in entries:
            item = QListWidgetItem(text)
            if icon:
                item.setIcon(icon)
            item.setData(ID, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = name.casefold() in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.tag_list.addItem(item)
        self._loading = False
        self.tag_list.setVisible(bool(entries))
        self.no_tags.setVisible(not entries)

    def _show(self, template: ResponseTemplate | None, preview_id: int | None = None) -> None:
        """Put ``template`` in the editor (None: the empty state)."""
        self._saved = template
        self.right.setCurrentIndex(0 if template else 1)
        self.problem.hide()
        if template is None:
            self._update_buttons()
            return
        self._loading = True
        self.name.setText(template.name)
        for suit, box in self.suit_boxes.items():
            box.setChecked(suit in template.sentiments)
        self.body.setPlainText(template.body)
        self._loading = False
        self._fill_tags(template.tags)
        self._select_row(template.id)
        self._choose_preview(preview_id)
        self._update_buttons()

    def _choose_preview(self, preview_id: int | None = None) -> None:
        index = self.preview_with.findData(preview_id) if preview_id is not None else -1
        if index < 0:
            index = best_preview(self._edited(), self._items) if self._items else 0
        self._loading = True
        self.preview_with.setCurrentIndex(index)
        self._loading = False
        self._update_preview()

    # Editing ----------------------------------------------------------------------------------
    def _edited(self) -> ResponseTemplate:
        """The template as the editor shows it now."""
        saved = self._saved or ResponseTemplate(None, "", "", (), ())
        # Labels this version does not offer are kept, so a newer file's template survives.
        extra = tuple(s for s in saved.sentiments if s not in self.suit_boxes)
        sentiments = tuple(s for s, box in self.suit_boxes.items() if box.isChecked()) + extra
        tags = tuple(
            self.tag_list.item(r).data(ID)
            for r in range(self.tag_list.count())
            if self.tag_list.item(r).checkState() == Qt.CheckState.Checked
        )
        return replace(
            saved,
            name=self.name.text(),
            body=self.body.toPlainText(),
            sentiments=sentiments,
            tags=tags,
        )

    def _is_dirty(self) -> bool:
        if self._saved is None:
            return False
        now, saved = self._edited(), self._saved
        return (now.name, now.body, set(now.sentiments), {t.casefold() for t in now.tags}) != (
            saved.name,
            saved.body,
            set(saved.sentiments),
            {t.casefold() for t in saved.tags},
        )

    def _edited_now(self, *_args) -> None:
        if self._loading:
            return
        self.problem.hide()
        self._update_buttons()

    def _body_changed(self) -> None:
        self._edited_now()
        if not self._loading:
            self._update_preview()

    def _update_buttons(self) -> None:
        dirty = self._is_dirty()
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        stored = self._saved is not None and self._saved.id is not None
        self.duplicate_button.setEnabled(stored)
        self.delete_button.setEnabled(stored)
        self.export_button.setEnabled(bool(self._templates))

    def _update_preview(self, *_args) -> None:
        if self._loading:
            return
        index = self.preview_with.currentIndex()
        item = self._items[index] if 0 <= index < len(self._items) else None
        body = self.body.toPlainText()
        self.preview.setPlainText(
            render(body, item, self._business, self._owner, date.today(), display.date_words)
        )

    def insert_placeholder(self, key: str) -> None:
        """Type ``{key}`` where the cursor is in the reply."""
        self.body.textCursor().insertText("{" + key + "}")
        self.body.setFocus()

    # Saving -----------------------------------------------------------------------------------
    def _problem_with(self, template: ResponseTemplate) -> str:
        name = template.name.strip()
        if not name:
            return self.tr("Give the template a name, so you can find it again.")
        if not template.body.strip():
            return self.tr("Write the reply: a template cannot be empty.")
        for other in self._templates.values():
            if other.id != template.id and other.name.casefold() == name.casefold():
                return self.tr(
                    "Another template is already called “{0}”. Choose another name."
                ).format(name)
        return ""

    def save(self) -> bool:
        """Save the template in the editor; False when it could not be (the text stays)."""
        return self._save(in_place=False)

    def _save(self, in_place: bool) -> bool:
        if not self._is_dirty():
            return True
        edited = self._edited()
        problem = self._problem_with(edited)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return False
        seen = edited.version if edited.id is not None else None
        try:
            template_id = self.store.save_template(edited, seen=seen)
        except ChangedElsewhere as exc:
            self._changed_elsewhere(exc, edited)
            return False
        except WRITE_ERRORS as exc:
            tell_write_problem(
                self, self.tr("Templates"), exc, self.tr("the template was not saved")
            )
            return False
        new = edited.id is None
        saved = replace(edited, id=template_id, name=edited.name.strip(), version=(seen or 0) + 1)
        self._saved = self._templates[template_id] = saved
        if in_place:
            # Called while the list changes its selection: rows keep their place until the
            # next refresh, so the row the owner clicked stays the one selected.
            row = self._row_of(template_id)
            if row is None:
                self.library.addItem(self._list_item(saved))
            else:
                self._list_item(saved, row)
        else:
            self._reload_list()
            self._select_row(template_id)
        if self.name.text() != saved.name:  # the name as stored, without stray spaces
            self._loading = True
            self.name.setText(saved.name)
            self._loading = False
        self._update_buttons()
        self._tell(
            self.tr("Added “{0}”.").format(saved.name)
            if new
            else self.tr("Saved “{0}”.").format(saved.name)
        )
        self.changed.emit()
        return True

    def _changed_elsewhere(self, exc: ChangedElsewhere, edited: ResponseTemplate) -> None:
        """Someone changed (or deleted) the template since it was shown: say so and show
        their text beside; the editor keeps this person's, and saving again keeps it."""
        theirs = self.store.get_template(edited.id) if edited.id is not None else None
        lines = [str(exc)]
        if theirs is None:  # deleted: saving again adds this person's as a new template
            self._saved = replace(edited, id=None)
        else:
            self._saved = replace(self._saved or edited, version=theirs.version)
            if theirs.id in self._templates:
                self._templates[theirs.id] = replace(
                    self._templates[theirs.id], version=theirs.version
                )
            lines.append(
                self.tr("It now reads: “{0}”. Save again to keep yours instead.").format(
                    " ".join(theirs.body.split())[:300]
                )
            )
        self.problem.setText("\n".join(lines))
        self.problem.show()
        self._update_buttons()

    def discard(self) -> None:
        """Put back the template as it was saved (a new one is dropped)."""
        if self._saved is not None and self._saved.id is None:
            back = self._templates.get(self._before_new) or next(
                iter(self._templates.values()), None
            )
            self._show(back)
        else:
            self._show(self._saved, self.preview_with.currentData())

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._loading or current is None:
            return
        wanted = current.data(ID)
        if not self._save(in_place=True):
            # Back to the template with the problem, once the click has finished selecting.
            back = self._saved.id if self._saved else None
            QTimer.singleShot(0, lambda: self._select_row(back))
            return
        self._show(self._templates.get(wanted))

    def new_template(self) -> None:
        if not self.save():
            return
        if self._saved is not None and self._saved.id is not None:
            self._before_new = self._saved.id
        self._show(ResponseTemplate(None, "", "", (), ()))
        self._select_row(None)
        self.name.setFocus()

    def duplicate(self) -> None:
        if not self.save() or self._saved is None or self._saved.id is None:
            return
        original = self._saved
        names = {t.name.casefold() for t in self._templates.values()}
        name, number = self.tr("{0} (copy)").format(original.name), 2
        while name.casefold() in names:
            name, number = self.tr("{0} (copy {1})").format(original.name, number), number + 1
        copy = replace(original, id=None, name=name, uses=0)
        try:
            template_id = self.store.save_template(copy)
        except WRITE_ERRORS as exc:
            tell_write_problem(self, self.tr("Templates"), exc, self.tr("no copy was made"))
            return
        self._reload_list()
        self._show(self._templates[template_id])
        self._tell(self.tr("Made a copy: “{0}”.").format(name))
        self.name.setFocus()
        self.name.selectAll()
        self.changed.emit()

    def delete(self) -> None:
        template = self._saved
        if template is None or template.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr(
                "Delete the template “{0}”? Replies you already sent with it keep their text."
            ).format(template.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.library.currentRow()
        try:
            self.store.delete_template(template.id, seen=template.version)
        except ChangedElsewhere as exc:
            self._changed_elsewhere(exc, self._edited())
            return
        except WRITE_ERRORS as exc:
            tell_write_problem(
                self, self.tr("Templates"), exc, self.tr("the template was not deleted")
            )
            return
        self._reload_list()
        row = min(max(row, 0), self.library.count() - 1)
        self._show(self._templates.get(self.library.item(row).data(ID)) if row >= 0 else None)
        self._tell(self.tr("Deleted “{0}”.").format(template.name))
        self.changed.emit()

    # Sharing ----------------------------------------------------------------------------------
    def _tell(self, words: str) -> None:
        self.status.setText(words)
        self.status.show()

    def _file_filter(self) -> str:
        return self.tr("Feedback Desk templates (*.json);;All files (*)")

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import templates"), str(Path.home()), self._file_filter()
        )
        if path:
            self.import_file(path)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export templates"), str(Path.home() / DEFAULT_FILE), self._file_filter()
        )
        if path:
            self.export_file(path if Path(path).suffix else path + ".json")

    def import_file(self, path: str | Path) -> list[str]:
        """Add the templates of a shared file; returns the names given to those added."""
        name = Path(path).name
        try:
            templates = import_templates(path)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Import templates"), str(exc))
            return []
        try:
            added = self.store.add_templates(templates)
        except WRITE_ERRORS as exc:
            tell_write_problem(self, self.tr("Templates"), exc, self.tr("nothing was imported"))
            return []
        if not added:
            self._tell(
                self.tr("Nothing new in {0}: those templates are already here.").format(name)
                if templates
                else self.tr("{0} holds no templates.").format(name)
            )
            return []
        self._tell(
            display.count(self.tr("Added %Ln templates from {file}.", "", len(added)), file=name)
        )
        self.refresh()
        first = next((t for t in self._templates.values() if t.name == added[0]), None)
        if first is not None and not self._is_dirty():  # show what came in, typing untouched
            self._show(first)
        self.changed.emit()
        return added

    def export_file(self, path: str | Path) -> bool:
        """Write every template to a file another shop can import."""
        self.save()  # what is on screen goes too, when it can be saved
        templates = self.store.response_templates()
        try:
            export_templates(templates, path)
        except (OSError, WriteFailed) as exc:  # WriteFailed: a full disk, a read-only folder
            QMessageBox.warning(
                self,
                self.tr("Export templates"),
                str(exc)
                if isinstance(exc, WriteFailed)
                else self.tr("Could not save {0}: {1}.").format(
                    Path(path).name, exc.strerror or exc
                ),
            )
            return False
        self._tell(
            display.count(
                self.tr("Saved %Ln templates to {file}.", "", len(templates)), file=Path(path).name
            )
        )
        return True
