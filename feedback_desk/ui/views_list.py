"""The saved views under the pages in the sidebar, each with how many items it lists now.

Built-in views ("Needs reply"), then the owner's, then the trash. All the counts come from
one store call (view_counts), so the sidebar stays quick on a million items.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..core import views as core_views
from ..core.records import InboxQuery
from ..core.store import ReadingStopped, Store
from . import display
from .tasks import Task

VIEW_ROLE = Qt.ItemDataRole.UserRole  # (kind, stored name, query); kind: builtin/owner/trash
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
TRASH = InboxQuery(trash=True)
# From this many items the view counts are made on a thread (see refresh).
COUNT_IN_BACKGROUND_FROM = 100_000

STYLE = """
QLabel#viewsHeading { font-size: 11px; font-weight: 600; color: palette(placeholder-text);
    padding: 12px 20px 4px 20px; }
QListWidget#views { border: none; font-size: 13px; background: transparent; }
QListWidget#views::item { padding: 4px 8px 4px 14px; border-radius: 6px; margin: 0px 6px; }
QListWidget#views::item:hover { background: palette(alternate-base); }
QListWidget#views::item:selected { background: palette(midlight); color: palette(text); }
QListWidget#views QScrollBar:vertical { width: 5px; background: transparent; margin: 0; }
QListWidget#views QScrollBar::handle:vertical { background: palette(mid); border-radius: 2px;
    min-height: 24px; }
QListWidget#views QScrollBar::add-line:vertical, QListWidget#views QScrollBar::sub-line:vertical
    { height: 0; }
QListWidget#views QScrollBar::add-page:vertical, QListWidget#views QScrollBar::sub-page:vertical
    { background: none; }
"""


def short_count(n: int) -> str:
    """12, 9,870, 12k, 1.2M: a count that fits beside a name 180 pixels wide."""
    locale = QLocale()
    if n < 10_000:
        return locale.toString(n)
    if n < 1_000_000:
        return QCoreApplication.translate("display", "{0}k").format(locale.toString(n // 1000))
    return QCoreApplication.translate("display", "{0}M").format(
        locale.toString(n / 1_000_000, "f", 1)
    )


class CountDelegate(QStyledItemDelegate):
    """The view's name on the left, its count right-aligned in a quieter colour."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        count = index.data(COUNT_ROLE)
        count_text = "" if count is None else short_count(count)
        metrics = opt.fontMetrics
        gap = metrics.horizontalAdvance(count_text) + (10 if count_text else 0)
        name_rect = rect.adjusted(0, 0, -gap, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(opt.palette.ColorRole.Text))
        flags = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            name_rect,
            flags | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width()),
        )
        role = opt.palette.ColorRole.Text if selected else opt.palette.ColorRole.PlaceholderText
        painter.setPen(opt.palette.color(role))
        painter.drawText(rect, flags | Qt.AlignmentFlag.AlignRight, count_text)
        painter.restore()


class ViewsList(QWidget):
    """``view_chosen`` carries the view's query and the name shown for it."""

    view_chosen = Signal(object, str)
    view_deleted = Signal(str, object)  # name, query: saving them again undoes the delete
    trash_emptied = Signal(int)  # how many items went for good

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setStyleSheet(STYLE)
        # The same background as the page list above, down to the bottom of the sidebar.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.heading = QLabel(self.tr("VIEWS"))
        self.heading.setObjectName("viewsHeading")
        self.list = QListWidget()
        self.list.setObjectName("views")
        self.list.setItemDelegate(CountDelegate(self.list))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As tall as its rows when there is room, scrolling when the window is short.
        self.list.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addStretch(1)
        self._tasks: list[Task] = []  # kept until their thread has ended
        self._generation = 0
        self.refresh()

    # Showing ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recount every view (after any change to the feedback, or to the views).

        On a big database the counting (a quarter of a second on a million items) runs on a
        thread with its own connection, so a click never waits for the sidebar."""
        today = date.today()  # the views and their counts for the same day
        views = self.store.all_views(today)
        # Counted no further than needed to know (all of a million: a tenth of a second).
        if self.store.inbox_count_capped(cap=COUNT_IN_BACKGROUND_FROM - 1)[1]:  # fewer: quick
            self._show(views, self.store.view_counts(today), self.store.inbox_count(TRASH))
            return
        self._generation += 1
        generation, path = self._generation, self.store.location

        def count(_progress, cancelled):
            # Only reads (no writer, no migration); stopped by shutdown(): nobody wants them.
            with Store.reading(path) as store, store.stopping_when(cancelled):
                return generation, views, store.view_counts(today), store.inbox_count(TRASH)

        # A failure is logged by the task; the counts shown stay until the next refresh.
        task = Task(count, what="counting the views", cancelled_error=ReadingStopped, parent=self)
        for old in (t for t in self._tasks if t.finished_running()):
            old.deleteLater()  # a later count is on its way: this one's is not wanted
        self._tasks = [t for t in self._tasks if not t.finished_running()] + [task]
        task.done.connect(self._counted)
        task.start()

    def shutdown(self) -> None:
        """Stop counts still being made (on a million items they take a second) and wait for
        their threads: a thread must not outlive the window."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            task.wait()
        self._tasks.clear()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    def _counted(self, result) -> None:
        generation, views, counts, trash = result
        if generation == self._generation:  # a later change is being counted: wait for it
            self._show(views, counts, trash)

    def _show(self, views, counts: dict[str, int], trash: int) -> None:
        names = {
            core_views.NEEDS_REPLY: self.tr("Needs reply"),
            core_views.NEGATIVE_THIS_WEEK: self.tr("Negative this week"),
            core_views.DETRACTORS: self.tr("Detractors"),
            core_views.MIXED_SIGNALS: self.tr("Mixed signals"),
            core_views.SPAM: self.tr("Spam"),
        }
        rows = [
            (
                names.get(v.name, v.name),
                ("builtin" if v.builtin else "owner", v.name, v.query),
                counts.get(v.name),
            )
            for v in views
        ]
        # The trash is not a view: its count is one more, read from its own small index.
        rows.append((self.tr("Trash"), ("trash", "", TRASH), trash))
        if [r[0] for r in rows] != [self.list.item(i).text() for i in range(self.list.count())]:
            # Views were saved or deleted: list them again (the same ones are only recounted,
            # so the selection and the scroll position stay).
            selected = self.current_name()
            self.list.clear()
            self.list.addItems([r[0] for r in rows])
            self.select(selected)
        for row, (shown, view, count) in enumerate(rows):
            item = self.list.item(row)
            item.setData(VIEW_ROLE, view)
            item.setData(COUNT_ROLE, count)
            item.setToolTip(display.count(self.tr("{view}: %Ln items", "", count or 0), view=shown))

    def _owner(self, name: str) -> bool:
        return any(v.name == name for v in self.store.saved_views())

    def current_name(self) -> str:
        """The name shown of the view selected, or ""."""
        item = self.list.currentItem()
        return item.text() if item and item.isSelected() else ""

    def select(self, shown: str) -> None:
        """Highlight a view by the name shown, without choosing it again."""
        for row in range(self.list.count()):
            if self.list.item(row).text() == shown:
                self.list.setCurrentRow(row)
                return
        self.clear_selection()

    def show_query(self, query: InboxQuery) -> None:
        """Highlight the view that lists exactly ``query``, if one does (after the owner
        changed the filters or the search by hand)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(VIEW_ROLE)[2] == query:
                self.list.setCurrentRow(row)
                return
        self.clear_selection()

    def clear_selection(self) -> None:
        self.list.setCurrentRow(-1)
        self.list.clearSelection()

    def counts(self) -> dict[str, int | None]:
        """{name shown: count shown}, as the owner reads the list."""
        items = (self.list.item(r) for r in range(self.list.count()))
        return {item.text(): item.data(COUNT_ROLE) for item in items}

    def _chosen(self, item: QListWidgetItem) -> None:
        self.view_chosen.emit(item.data(VIEW_ROLE)[2], item.text())

    # Changing ---------------------------------------------------------------------------------
    def save_current(self, query: InboxQuery) -> str | None:
        """Ask for a name and save ``query`` as one of the owner's views; the name, or None
        when the owner cancelled."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save view"))
        dialog.setLabelText(self.tr("Name of the view (it will be listed under Views):"))
        dialog.setOkButtonText(self.tr("Save"))
        builtin = {n.casefold() for n in core_views.BUILTIN_NAMES} | {self.tr("Trash").casefold()}
        while dialog.exec():
            name = " ".join(dialog.textValue().split())
            if not name:
                continue
            if name.casefold() in builtin:
                QMessageBox.information(
                    self,
                    self.tr("Save view"),
                    self.tr("“{0}” is a built-in view. Choose another name.").format(name),
                )
                continue
            if self._owner(name) and not self._confirm(
                self.tr("Replace view"),
                self.tr("There is already a view called “{0}”. Replace it?").format(name),
            ):
                continue
            try:
                self.store.save_view(name, query)
            except ValueError as exc:
                QMessageBox.information(self, self.tr("Save view"), str(exc))
                continue
            self.refresh()
            self.select(name)
            return name
        return None

    def delete_view(self, name: str) -> None:
        """Delete one of the owner's views (``view_deleted`` lets the window offer undo)."""
        saved = next((v for v in self.store.saved_views() if v.name == name), None)
        if saved is None:
            return
        self.store.delete_view(name)
        self.refresh()
        self.view_deleted.emit(name, saved.query)

    def empty_trash(self) -> None:
        n = self.store.inbox_count(TRASH)
        if not n or not self._confirm(
            self.tr("Empty the trash"),
            display.count(
                self.tr("Delete the %Ln items in the trash for good? This cannot be undone.", "", n)
            ),
        ):
            return
        gone = self.store.empty_trash()
        self.refresh()
        self.trash_emptied.emit(gone)

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def context_menu(self, item: QListWidgetItem) -> QMenu | None:
        """What right-clicking a view offers: delete for the owner's, empty for the trash."""
        kind, name, _ = item.data(VIEW_ROLE)
        menu = QMenu(self)
        if kind == "owner":
            menu.addAction(
                self.tr("Delete view “{0}”").format(name), lambda: self.delete_view(name)
            )
        elif kind == "trash":
            action = menu.addAction(self.tr("Empty the trash..."), self.empty_trash)
            action.setEnabled(bool(item.data(COUNT_ROLE)))
        else:
            return None
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        menu = self.context_menu(item) if item else None
        if menu is not None:
            menu.exec(self.list.viewport().mapToGlobal(pos))
            menu.deleteLater()
