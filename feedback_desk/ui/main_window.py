"""The main window: a sidebar of pages, the menus, and the actions that add feedback."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import APP_NAME, __version__
from ..core import intake
from ..core.records import AddResult
from .dialogs.add_feedback import AddFeedbackDialog
from .dialogs.paste import PasteDialog
from .inbox.page import InboxPage
from .pages import coming_page, coming_pages

PAGES = ("inbox", "followups", "dashboard", "reports", "templates", "settings")


def window_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


class MainWindow(QMainWindow):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(f"{APP_NAME} — {store.path.name}")
        self.resize(1280, 800)
        self.setMinimumSize(760, 480)
        self._make_actions()
        self.inbox = InboxPage(store, [self.paste_action, self.add_action, self.demo_action])
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(180)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages = QStackedWidget()
        titles = {"inbox": self.tr("Inbox")} | {k: v[0] for k, v in coming_pages().items()}
        for name in PAGES:
            self.sidebar.addItem(titles[name])
            page = self.inbox if name == "inbox" else coming_page(name)
            page.setObjectName(f"page-{name}")
            self.pages.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._make_menus()
        self.show_page("inbox")
        self._restore_layout()

    def _make_actions(self) -> None:
        self.paste_action = QAction(self.tr("&Paste feedback..."), self)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.triggered.connect(self.paste_feedback)
        self.add_action = QAction(self.tr("&Add feedback..."), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.add_feedback)
        self.demo_action = QAction(self.tr("Try &demo data"), self)
        self.demo_action.triggered.connect(self.load_demo)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.paste_action, self.add_action, None, self.demo_action, None,
                       self.quit_action):
            file_menu.addAction(action) if action else file_menu.addSeparator()
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Feedback Desk"), self._about)

    def show_page(self, name: str) -> None:
        self.sidebar.setCurrentRow(PAGES.index(name))

    # Adding feedback -------------------------------------------------------------------------
    def paste_feedback(self) -> None:
        dialog = PasteDialog(self)
        if dialog.exec():
            self._added(intake.add_feedback(self.store, dialog.feedback(), "paste"))

    def add_feedback(self) -> None:
        dialog = AddFeedbackDialog(self)
        if dialog.exec():
            self._added(intake.add_feedback(self.store, [dialog.feedback()], "form"))

    def load_demo(self) -> None:
        from ..core.demo import load_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summary = load_demo(self.store)
        finally:
            QApplication.restoreOverrideCursor()
        self.inbox.refresh(keep_selection=False)
        self.statusBar().showMessage(summary.describe(), 8000)

    def _added(self, result: AddResult) -> None:
        self.show_page("inbox")
        self.inbox.refresh(keep_selection=False)
        message = self.tr("Added %n feedback item(s).", "", result.added)
        if result.duplicates:
            message += " " + self.tr("%n was already in your inbox and was left out.", "",
                                     result.duplicates)
        self.statusBar().showMessage(message, 8000)

    def _find(self) -> None:
        self.show_page("inbox")
        self.inbox.focus_search()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Feedback Desk"), self.tr(
            "<b>{0} {1}</b><p>Collect, classify, answer and follow up customer feedback. "
            "Everything stays on this computer.</p><p>Database: {2}</p>").format(
            APP_NAME, __version__, self.store.path))

    # Remembering the layout ------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = window_settings()
        for key, restore in (("geometry", self.restoreGeometry),
                             ("state", self.restoreState),
                             ("inbox_splitter", self.inbox.splitter.restoreState),
                             ("inbox_columns",
                              self.inbox.table.horizontalHeader().restoreState)):
            value = settings.value(f"window/{key}")
            if isinstance(value, QByteArray):
                restore(value)

    def closeEvent(self, event) -> None:
        settings = window_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/inbox_splitter", self.inbox.splitter.saveState())
        settings.setValue("window/inbox_columns",
                          self.inbox.table.horizontalHeader().saveState())
        super().closeEvent(event)
