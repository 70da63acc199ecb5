"""The main window: a sidebar of pages, the menus, and the actions that add feedback."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..core import intake
from ..core.demo_desk import demo_database
from ..core.errors import ServerUnreachable
from ..core.records import AddResult
from . import display, language, person
from .backup_timer import BackupTimer
from .demo_banner import DemoBanner, ask_to_try_demo
from .drop_target import DropTarget, dropped_files
from .inbox.page import InboxPage
from .problems import WRITE_ERRORS, server_lost, tell_write_problem
from .server_watch import ServerBanner, ServerPlace, ServerWatch
from .settings.backups import DatabaseChange
from .views_list import ViewsList
from .widgets.pages import LazyPage, PageOf

SIDE_WIDTH = 196  # the views' names and counts fit beside a scroll bar on a short window
WATCH_MS = 2000  # how often the window looks for changes made by another program
PAGES = ("inbox", "followups", "dashboard", "reports", "templates", "imports", "settings")


def window_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


log = logging.getLogger(__name__)


def _add_language_templates(store) -> None:
    """A desk opened in Korean gets the Korean starting templates too, once; a new one its
    tags under their Korean names."""
    from ..core.korean_tags import name_tags_in_korean

    if language.current() != "en":
        try:
            name_tags_in_korean(store)
            store.add_starting_templates(language.current())
        except Exception:  # a read-only or full database: the templates can wait
            log.warning("could not add the starting templates in %s", language.current())


class MainWindow(QMainWindow):
    def __init__(self, store, parent=None, home: Path | None = None):
        """``home``: the owner's own database, when this window shows the demo desk."""
        super().__init__(parent)
        self.store = store
        self.home = home
        person.take_seat(store)  # this computer's person signs what is written here
        QTimer.singleShot(0, self, self._ask_who_is_here)
        title = self.tr("demo") if home else _desk_name(store)
        self.setWindowTitle(f"{APP_NAME} — {title}")
        _add_language_templates(store)
        self.resize(1280, 800)
        self.setMinimumSize(760, 480)
        self.undo_stack = QUndoStack(self)
        self._make_actions()
        self.inbox = InboxPage(
            store,
            [self.import_action, self.paste_action, self.add_action, self.demo_action],
            self.undo_stack,
        )
        self.backup_timer = None  # a team server's backups are the server's business
        if store.path is not None:  # the daily backup; starts itself
            self.backup_timer = BackupTimer(store.path, self)
            self.backup_timer.failed.connect(lambda m: self.statusBar().showMessage(m, 30000))
        self.database_change: DatabaseChange | None = None
        # Only the inbox is built at start; every other page when it is first shown or asked
        # for (the menus' Manage tags, a figure that opens the follow-ups).
        self.history_holder = LazyPage(self._make_history)
        self.settings_holder = LazyPage(self._make_settings)
        self.inbox.welcome.answered.connect(lambda: self._refresh_built(self.settings_holder))
        self.templates_holder = LazyPage(lambda: _templates_page(store))
        self.followups_holder = LazyPage(self._make_followups)
        self.dashboard_holder = LazyPage(self._make_dashboard)
        self.reports_holder = LazyPage(lambda: _reports_page(store))
        for holder in (self.dashboard_holder, self.reports_holder):
            self.inbox.changed.connect(holder.mark_stale)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(SIDE_WIDTH)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages = QStackedWidget()
        self._titles = titles = {
            "inbox": self.tr("Inbox"),
            "followups": self.tr("Follow-ups"),
            "templates": self.tr("Templates"),
            "imports": self.tr("Imports"),
            "dashboard": self.tr("Dashboard"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }
        built = {
            "inbox": self.inbox,
            "followups": self.followups_holder,
            "dashboard": self.dashboard_holder,
            "reports": self.reports_holder,
            "imports": self.history_holder,
            "templates": self.templates_holder,
            "settings": self.settings_holder,
        }
        for name in PAGES:
            self.sidebar.addItem(titles[name])
            page = built[name]
            page.setObjectName(f"page-{name}")
            self.pages.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        # The page list is as tall as its rows; the saved views sit under it.
        self.sidebar.setFixedHeight(
            self.sidebar.sizeHintForRow(0) * self.sidebar.count()
            + 2 * self.sidebar.frameWidth()
            + 12
        )
        self.views = ViewsList(store)
        self.views.view_chosen.connect(self._show_view)
        self.views.trash_emptied.connect(lambda _n: self.inbox.refresh(keep_selection=False))
        self.inbox.changed.connect(self.views.refresh)
        self.inbox.changed.connect(self.update_followup_count)
        self.inbox.query_changed.connect(self.views.show_query)
        self.inbox.filters.save_requested.connect(
            lambda: self.views.save_current(self.inbox.current_query())
        )
        self.sidebar.itemClicked.connect(lambda _item: self.views.clear_selection())
        side = QWidget()
        side.setFixedWidth(SIDE_WIDTH)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.sidebar)
        side_layout.addWidget(self.views, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.server_banner = ServerBanner() if store.is_server else None
        if self.server_banner is not None:
            outer.addWidget(self.server_banner)
        self.demo_banner = None
        if home is not None:
            self.demo_banner = DemoBanner()
            self.demo_banner.back_requested.connect(
                lambda: self._change_database(DatabaseChange("home", home))
            )
            outer.addWidget(self.demo_banner)
            self.demo_action.setEnabled(False)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)
        self.drop_target = DropTarget(self)
        self._make_menus()
        self.show_page("inbox")
        self._restore_layout()
        self._watch_changes()
        overdue = self.update_followup_count()
        if overdue:
            self.statusBar().showMessage(
                display.count(self.tr("%Ln follow-ups are overdue: see Follow-ups.", "", overdue)),
                20000,
            )

    def _make_actions(self) -> None:
        self.paste_action = QAction(self.tr("&Paste feedback..."), self)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.triggered.connect(self.paste_feedback)
        self.add_action = QAction(self.tr("&Add feedback..."), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.add_feedback)
        self.import_action = QAction(self.tr("&Import a file..."), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_import)
        self.export_action = QAction(self.tr("&Export everything..."), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_everything)
        self.demo_action = QAction(self.tr("Try &demo data"), self)
        self.demo_action.triggered.connect(self.load_demo)
        self.demo_action.setEnabled(not self.store.is_server)  # the demo sits beside the file
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (
            self.import_action,
            self.paste_action,
            self.add_action,
            None,
            self.export_action,
            None,
            self.demo_action,
            None,
            self.quit_action,
        ):
            file_menu.addAction(action) if action else file_menu.addSeparator()
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.undo_action, self.redo_action = undo, redo
        for action in (undo, redo):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.tr("Move to &trash"), self.inbox.delete_selected)
        edit_menu.addAction(self.tr("Mark as &spam or not"), self.inbox.toggle_spam)
        edit_menu.addSeparator()
        edit_menu.addAction(self.tr("Manage &tags..."), lambda: self.settings_page.manage_tags())
        edit_menu.addAction(self.tr("Auto-tag &rules..."), lambda: self.settings_page.edit_rules())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        sheet = help_menu.addAction(self.tr("&Keyboard shortcuts"), self._shortcut_sheet)
        sheet.setShortcut(QKeySequence("?"))
        help_menu.addAction(self.tr("&About Feedback Desk"), self._about)

    def _feedback_added(self, keep_selection: bool = False) -> None:
        self.dashboard_holder.mark_stale()
        self.reports_holder.mark_stale()
        self.inbox.refresh(keep_selection=keep_selection)
        self.views.refresh()
        self._refresh_built(self.history_holder)  # a paste or an import elsewhere is listed at once
        self.update_followup_count()
        # An import writes through a connection of its own: what this window has just shown
        # is not news to it, so the watch does not read it all again seconds later. (On a
        # team server the watch hears only other connections, and another desk's change
        # must not be passed over.)
        if not self.store.is_server:
            self.store.changed_elsewhere()

    def _followups_changed(self) -> None:
        self.inbox.refresh()
        self.views.refresh()
        self.update_followup_count()

    def _restore_export(self, path: Path) -> bool:
        """Read a whole Feedback Desk export (feedback, notes, replies, follow-ups, customers,
        tags, templates, settings) into this desk, if it is empty and the owner agrees."""
        asked = QMessageBox.question(
            self,
            self.tr("Restore an export"),
            self.tr(
                "{0} is a Feedback Desk export. Restore everything in it into this desk: "
                "feedback, notes, replies, follow-ups, customers, tags, templates and settings?"
            ).format(path.name),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return False
        from ..core.restore import restore_export

        try:
            restored = restore_export(self.store, path)
        except WRITE_ERRORS as exc:  # refused (not empty, damaged) or a full or read-only disk
            tell_write_problem(
                self, self.tr("Restore an export"), exc, self.tr("nothing was restored")
            )
            return False
        self._everything_changed()
        self.statusBar().showMessage(
            display.count(
                self.tr(
                    "Restored %Ln feedback items from {file}, with their notes, replies and "
                    "follow-ups.",
                    "",
                    restored.feedback,
                ),
                file=path.name,
            ),
            15000,
        )
        return True

    def _everything_changed(self) -> None:
        """A restore changed the whole desk: every page reads it again (the Follow-ups page
        reads itself each time it is shown)."""
        self.show_page("inbox")
        self._feedback_added()
        self._refresh_built(self.settings_holder)
        self._refresh_built(self.templates_holder)

    def _change_database(self, change: DatabaseChange) -> None:
        """Restore or move: the window closes, run_gui does it with the database closed and
        opens the window again."""
        self.database_change = change
        if not self.close():  # refused, e.g. an unsaved template
            self.database_change = None

    def _watch_changes(self) -> None:
        """Show what another program or desk writes while the window is open: a file is
        asked every WATCH_MS (SQLite's data_version); a team server tells (server_watch)."""
        self.server_watch = None
        if not self.store.is_server:
            self.store.changed_elsewhere()
            self.watch = QTimer(self)
            self.watch.setInterval(WATCH_MS)
            self.watch.timeout.connect(self._check_elsewhere)
            self.watch.start()
            return
        self.watch = self.server_watch = ServerWatch(self.store, self)
        self.server_watch.changed.connect(self._changed_elsewhere)
        self.server_watch.lost.connect(self._server_lost)
        self.server_watch.back.connect(self._server_back)
        self.server_place = ServerPlace(self.store.location)
        self.statusBar().addPermanentWidget(self.server_place)
        if self.server_watch.away:
            self._server_lost()

    def _ask_who_is_here(self) -> None:
        """A team desk: who is at this computer (once), when the window is still open."""
        if self.isVisible():
            person.ask_once(self.store, self)

    def _check_elsewhere(self) -> None:
        """Show what another program wrote: the inbox, the counts and the page in view."""
        if self.store.changed_elsewhere():
            self._changed_elsewhere(None)

    def _changed_elsewhere(self, tables: set[str] | None) -> None:
        """Read again what another desk (or program) changed: ``tables`` (None or empty:
        anything). What the owner is doing stays as it is: the selected items, where the
        list is scrolled to, and every text being typed (a reply, a note, a template)."""
        tables = tables or None
        try:
            if tables is None or tables - {"response_templates"}:  # all but the templates
                with self.inbox.scroll_kept():  # the owner may be reading an item
                    self._feedback_added(keep_selection=True)
            if self.followups_holder.isVisible():
                self.followups_page.refresh()
            if tables is None or tables & {"response_templates", "settings"}:
                self._refresh_built(self.templates_holder)  # typing is kept (its refresh)
            if tables is None or tables & {"settings", "tags", "tag_rules"}:
                self._refresh_built(self.settings_holder)  # the team, the tags
                self.views.refresh()
        except ServerUnreachable as exc:  # gone again while reading
            server_lost(exc)

    def _server_lost(self, *_why) -> None:
        """The team server cannot be reached: said at once, at the top and in the status
        bar; the watch tries again by itself."""
        self.server_banner.show()
        self.server_place.set_live(False)

    def _server_back(self) -> None:
        self.server_banner.hide()
        self.server_place.set_live(True)
        self.statusBar().showMessage(
            self.tr("The team server is back. Everything shown is up to date."), 10000
        )

    @staticmethod
    def _refresh_built(holder: LazyPage) -> None:
        """Read a page again if it is built (one built later reads everything then)."""
        if holder.built:
            holder.page().refresh()

    # The pages, each built when first asked for.
    history = PageOf("history_holder")
    settings_page = PageOf("settings_holder")
    templates_page = PageOf("templates_holder")
    followups_page = PageOf("followups_holder")
    dashboard = PageOf("dashboard_holder")
    reports = PageOf("reports_holder")

    def _make_history(self):
        from .imports.history import ImportHistoryPage

        page = ImportHistoryPage(self.store, self.import_action)
        page.changed.connect(self._feedback_added)
        return page

    def _make_settings(self):
        from .settings.page import SettingsPage

        page = SettingsPage(self.store, undo_stack=self.undo_stack)
        page.changed.connect(self._settings_changed)
        page.team_server.change_requested.connect(self._change_database)
        if self.store.is_server:
            page.backups.export_requested.connect(self.export_everything)
        else:
            page.backups.restore_requested.connect(
                lambda path: self._change_database(DatabaseChange("restore", path))
            )
            page.backups.move_requested.connect(
                lambda folder: self._change_database(DatabaseChange("move", folder))
            )
        if self.home is not None:  # the demo desk: a restore or a move is for real data
            page.backups.setEnabled(False)
            page.team_server.setEnabled(False)
        return page

    def _make_followups(self):
        from .followups.page import FollowUpsPage

        page = FollowUpsPage(self.store, self.undo_stack)
        page.changed.connect(self._followups_changed)
        for holder in (self.dashboard_holder, self.reports_holder):
            page.changed.connect(holder.mark_stale)
        page.open_feedback.connect(self._open_feedback)
        return page

    def _make_dashboard(self):
        from .dashboard.page import DashboardPage  # pyqtgraph loads here, not at start

        page = DashboardPage(self.store)
        page.open_items.connect(self._open_items)
        page.open_followups.connect(lambda: self.show_page("followups"))
        return page

    def _open_items(self, query, words: str) -> None:
        """Show in the inbox the items a figure of the dashboard counts."""
        self.show_page("inbox")
        self.inbox.show_query(query)
        self.inbox.when_counted(  # as the inbox counts them
            lambda shown: self.statusBar().showMessage(
                display.count(self.tr("{what}: %Ln items.", "", shown), what=words), 10000
            )
        )

    def _open_feedback(self, feedback_id: int) -> None:
        """Show one item in the inbox, whatever filter was on."""
        self.show_page("inbox")
        self.inbox.show_item(feedback_id)

    def update_followup_count(self) -> int:
        """Show on the sidebar how many follow-ups are due today or overdue; returns how many
        are overdue."""
        overdue, today = self.store.followups_due(date.today())
        title = self._titles["followups"]
        due = overdue + today
        self.sidebar.item(PAGES.index("followups")).setText(f"{title}  ({due})" if due else title)
        return overdue

    def _show_view(self, query, name: str) -> None:
        self.show_page("inbox")
        self.inbox.show_query(query)

    def show_page(self, name: str) -> None:
        self.sidebar.setCurrentRow(PAGES.index(name))

    # Adding feedback -------------------------------------------------------------------------
    def paste_feedback(self) -> None:
        from ..core.importer import PastedRows
        from .dialogs.paste import PasteDialog

        dialog = PasteDialog(lambda items: self._add(items, "paste"), self)
        if dialog.exec() and dialog.table_text:
            self.import_source(PastedRows(dialog.table_text))

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import feedback (or drop a file on the window)"),
            "",
            self.tr("Feedback exports (*.csv *.tsv *.txt *.json *.xlsx *.xls);;All files (*)"),
        )
        if path:
            self.import_source(Path(path))

    def import_source(self, source) -> bool:
        """Open the import preview on a file or pasted rows; True when something was added.
        A Feedback Desk export is offered whole (restore_export), into an empty desk."""
        from ..core.restore import export_format
        from .imports.wizard import ImportDialog

        if isinstance(source, Path) and export_format(source):
            return self._restore_export(source)
        dialog = ImportDialog(self.store, source, self)
        dialog.load()
        if not dialog.exec():
            return False
        summary = dialog.summary
        self.show_page("inbox")
        self._feedback_added()
        if summary.added or not summary.duplicates:
            message = display.count(
                self.tr("Imported %Ln new feedback items from {file}.", "", summary.added),
                file=summary.file,
            )
            if summary.duplicates:
                message += " " + display.count(
                    self.tr("%Ln were already there.", "", summary.duplicates)
                )
        else:
            message = display.count(
                self.tr(
                    "Nothing new in {file}: all %Ln were already there.", "", summary.duplicates
                ),
                file=summary.file,
            )
        if summary.skipped:
            message += " " + display.count(
                self.tr("%Ln rows skipped (see Imports).", "", len(summary.skipped))
            )
        if summary.bad_byte_rows:
            message += " " + self.tr(
                "%Ln rows had bytes that are not UTF-8, shown as \ufffd.",
                "",
                len(summary.bad_byte_rows),
            )
        self.statusBar().showMessage(message, 15000)
        return True

    def dragEnterEvent(self, event) -> None:
        files = dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.drop_target.show_for(files)

    def dragLeaveEvent(self, event) -> None:
        self.drop_target.hide()

    def dropEvent(self, event) -> None:
        self.drop_target.hide()
        files = dropped_files(event.mimeData())
        event.acceptProposedAction()
        for path in files:  # several files: one preview after another
            self.import_source(path)

    def add_feedback(self) -> None:
        from .dialogs.add_feedback import AddFeedbackDialog

        AddFeedbackDialog(lambda items: self._add(items, "form"), self).exec()

    def load_demo(self) -> None:
        """Open the demo desk, apart from the owner's feedback, once they agree."""
        if self.home is None and ask_to_try_demo(self):
            demo = demo_database(self.store.path, language.current())
            self._change_database(DatabaseChange("demo", demo))

    def _add(self, items, source: str) -> bool:
        """Store new feedback from a dialog. A full disk or a read-only file is told plainly
        and the dialog stays open with everything typed in it (False)."""
        try:
            result = intake.add_feedback(self.store, items, source)
        except WRITE_ERRORS as exc:
            tell_write_problem(
                self, self.tr("Feedback not added"), exc, self.tr("the feedback was not added yet")
            )
            return False
        self._added(result)
        return True

    def _added(self, result: AddResult) -> None:
        self.show_page("inbox")
        self._feedback_added()
        message = display.count(self.tr("Added %Ln feedback items.", "", result.added))
        if result.duplicates:
            message += " " + display.count(
                self.tr("%Ln were already in your inbox and were left out.", "", result.duplicates)
            )
        self.statusBar().showMessage(message, 8000)

    def export_everything(self) -> None:
        from .export_file import export_everything

        message = export_everything(self, self.store)
        if message:
            self.statusBar().showMessage(message, 15000)

    def _find(self) -> None:
        self.show_page("inbox")
        self.inbox.focus_search()

    def _settings_changed(self) -> None:
        self.inbox.refresh()
        self.views.refresh()

    def _shortcut_sheet(self) -> None:
        from .shortcuts import ShortcutSheet

        ShortcutSheet(self).exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Feedback Desk"),
            (
                self.tr(
                    "<b>{0} {1}</b><p>Collect, classify, answer and follow up customer "
                    "feedback. The team's feedback stays on its own server, and goes nowhere "
                    "else.</p><p>Database: {2}</p>"
                )
                if self.store.is_server
                else self.tr(
                    "<b>{0} {1}</b><p>Collect, classify, answer and follow up customer "
                    "feedback. Everything stays on this computer.</p><p>Database: {2}</p>"
                )
            ).format(APP_NAME, __version__, self.store.location),
        )

    # Remembering the layout ------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = window_settings()
        for key, restore in (
            ("geometry", self.restoreGeometry),
            ("state", self.restoreState),
            ("inbox_splitter", self.inbox.splitter.restoreState),
            ("inbox_columns_folded", self.inbox.table.horizontalHeader().restoreState),
        ):
            value = settings.value(f"window/{key}")
            if isinstance(value, QByteArray):
                restore(value)

    def closeEvent(self, event) -> None:
        if self.templates_holder.built and not self.templates_page.can_close():
            self.show_page("templates")
            event.ignore()
            return
        self.watch.stop()
        if self.settings_holder.built:
            self.settings_page.flush()
        self.views.shutdown()
        self.inbox.shutdown()
        settings = window_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/inbox_splitter", self.inbox.splitter.saveState())
        settings.setValue(
            "window/inbox_columns_folded", self.inbox.table.horizontalHeader().saveState()
        )
        super().closeEvent(event)


def _desk_name(store) -> str:
    """The desk in the title: its file's name, or its database on the team server."""
    return store.path.name if store.path is not None else store.location.database


def _templates_page(store):
    from .templates.page import TemplatesPage

    return TemplatesPage(store)


def _reports_page(store):
    from .report.page import ReportsPage  # the printing module loads here, not at start

    return ReportsPage(store)
