"""Settings > Backups: where the database and its backups are, the backups kept, and Back up
now..., Restore... and Move database....

A restore or a move replaces the file the whole window reads from, so the panel does not do
it under the window's feet: it asks, then emits ``restore_requested(Path)`` or
``move_requested(Path)``. The main window closes (saving its layout, finishing background
work, closing the store), ``apply_change`` does the work with nothing open, and the app opens
a new window on the result, with a line in the status bar saying what happened. The owner
never has to restart by hand, and no page is left holding a closed or stale connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QLocale,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import backups
from ...core.store.database import backup_file, backup_path, backups_dir
from .. import display
from ..problems import WRITE_ERRORS, tell_write_problem
from ..tasks import run_blocking

PATH_ROLE = Qt.ItemDataRole.UserRole


def reason_text(reason: str) -> str:
    """A backup's reason in the owner's words."""
    if reason.startswith("before-schema-"):
        return QCoreApplication.translate("display", "Before an update of Feedback Desk")
    return {
        "manual": QCoreApplication.translate("display", "Made by you"),
        "daily": QCoreApplication.translate("display", "Daily"),
        "before-import": QCoreApplication.translate("display", "Before an import"),
        "before-restore": QCoreApplication.translate("display", "Before a restore"),
        "before-move": QCoreApplication.translate("display", "Before a move"),
    }.get(reason, reason)


def when_text(moment: datetime) -> str:
    return display.date_text(moment.isoformat(timespec="seconds"), with_time=True)


@dataclass(frozen=True)
class DatabaseChange:
    """What the owner asked for: ``restore`` a backup file, or ``move`` into a folder."""

    kind: str
    target: Path


def apply_change(
    parent: QWidget | None, db_path: Path, change: DatabaseChange
) -> tuple[Path, str | None]:
    """Carry out a restore or a move with the database closed. Returns the database to open
    now and a line for the status bar; a failure is told in plain words and leaves the
    database where and as it was."""
    try:
        if change.kind == "restore":
            created = backups.parse_name(db_path, change.target.name)
            when = when_text(created[0]) if created else change.target.name
            run_blocking(
                parent,
                QCoreApplication.translate("display", "Restoring the backup of {0}…").format(when),
                lambda: backups.restore(db_path, change.target),
                "restoring a backup",
            )
            return db_path, QCoreApplication.translate(
                "display",
                "Restored the backup of {0}. The database as it was before is kept as a "
                "backup (Before a restore).",
            ).format(when)
        moved = run_blocking(
            parent,
            QCoreApplication.translate("display", "Moving the database to {0}…").format(
                change.target
            ),
            lambda: backups.move(db_path, change.target),
            "moving the database",
        )
        message = QCoreApplication.translate(
            "display", "The database is now in {0}; the old file is kept as {1}."
        ).format(moved.path.parent, moved.old_kept_as.name)
        if not moved.remembered:  # opened with --db: the next start names the file itself
            message += " " + QCoreApplication.translate(
                "display", "Open it with --db {0} from now on."
            ).format(moved.path)
        return moved.path, message
    except WRITE_ERRORS as exc:
        title = (
            QCoreApplication.translate("display", "Restore")
            if change.kind == "restore"
            else QCoreApplication.translate("display", "Move database")
        )
        lost = (
            QCoreApplication.translate("faults", "nothing was restored")
            if change.kind == "restore"
            else QCoreApplication.translate("faults", "nothing was moved")
        )
        tell_write_problem(parent, title, exc, lost)
        return db_path, None


class BackupsPanel(QGroupBox):
    """The Backups section of Settings."""

    restore_requested = Signal(Path)
    move_requested = Signal(Path)

    def __init__(self, store, parent=None):
        super().__init__(self.tr("Backups"), parent)
        self.store = store
        self.db_path = Path(store.path)
        self.database = QLabel(str(self.db_path))
        self.folder = QLabel(str(backups_dir(self.db_path)))
        for place in (self.database, self.folder):
            place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            place.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_button)
        places = QFormLayout()
        places.addRow(self.tr("Database"), self.database)
        places.addRow(self.tr("Backups"), folder_row)

        self.intro = QLabel(
            self.tr(
                "A copy is made before every import and every update, and once a day while "
                "Feedback Desk is open. The last 7 days, 4 weeks and 12 months are kept; "
                "the ones you make are never deleted."
            )
        )
        self.intro.setWordWrap(True)
        self.intro.setObjectName("muted")
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Why"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(140)
        self.list.setMaximumHeight(220)
        self.list.itemSelectionChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore())
        self.backup_button = QPushButton(self.tr("Back up now..."))
        self.restore_button = QPushButton(self.tr("Restore..."))
        self.move_button = QPushButton(self.tr("Move database..."))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore)
        self.move_button.clicked.connect(self.move_database)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.move_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.result = QLabel()
        self.result.setObjectName("muted")
        self.result.setWordWrap(True)
        self.result.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(places)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        # A backup made meanwhile (the daily one, one before an import, one by the command
        # line) is listed at once: the folder is watched, and the list read again when shown.
        self.watcher = QFileSystemWatcher(self)
        self._reread = QTimer(self, singleShot=True, interval=300)
        self._reread.timeout.connect(self._folder_changed)
        self.watcher.directoryChanged.connect(self._reread.start)
        self._watch()
        self.refresh()

    def _watch(self) -> None:
        """Watch the backups folder, or the database's folder until it has one."""
        folder = backups_dir(self.db_path)
        wanted = folder if folder.is_dir() else self.db_path.parent
        if wanted.is_dir() and str(wanted) not in self.watcher.directories():
            if self.watcher.directories():
                self.watcher.removePaths(self.watcher.directories())
            self.watcher.addPath(str(wanted))

    def _folder_changed(self) -> None:
        self._watch()
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        self.list.clear()
        locale = QLocale()
        for backup in backups.list_backups(self.db_path):
            item = QTreeWidgetItem(
                [
                    when_text(backup.created),
                    reason_text(backup.reason),
                    locale.formattedDataSize(backup.bytes),
                ]
            )
            item.setData(0, PATH_ROLE, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if chosen is not None and backup.path == chosen:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        for column in range(2):
            self.list.resizeColumnToContents(column)
        if not self.list.topLevelItemCount():
            empty = QTreeWidgetItem([self.tr("No backups yet"), "", ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(empty)
        self._selected()

    def showEvent(self, event) -> None:
        self.refresh()  # a daily or before-import backup may have been made meanwhile
        super().showEvent(event)

    def selected(self) -> Path | None:
        items = self.list.selectedItems()
        path = items[0].data(0, PATH_ROLE) if items else None
        return Path(path) if path else None

    def _selected(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _say(self, message: str) -> None:
        self.result.setText(message)
        self.result.show()

    def open_folder(self) -> None:
        folder = backups_dir(self.db_path)
        target = folder if folder.is_dir() else self.db_path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # Back up now --------------------------------------------------------------------------
    def back_up_now(self) -> None:
        """Ask where (the backups folder, under the usual name, unless the owner picks a USB
        stick), then copy on a thread."""
        suggested = backup_path(self.db_path, "manual")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up now"),
            str(suggested),
            self.tr("Feedback Desk database (*.db)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        try:
            # The file dialog has asked before choosing a file already there.
            backups.check_target(self.db_path, target, replace=True)
            made = run_blocking(
                self,
                self.tr("Backing up…"),
                lambda: backup_file(self.db_path, target),
                "a backup by hand",
            )
        except WRITE_ERRORS as exc:
            tell_write_problem(self, self.tr("Back up now"), exc, self.tr("no backup was made"))
            return
        self.refresh()
        self._select(made)
        self._say(self.tr("Backed up to {0}.").format(made))

    def _select(self, path: Path) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item.data(0, PATH_ROLE) == str(path):
                self.list.setCurrentItem(item)
                item.setSelected(True)

    # Restore and move ---------------------------------------------------------------------
    def restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        parsed = backups.parse_name(self.db_path, chosen.name)
        when = when_text(parsed[0]) if parsed else chosen.name
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore"))
        box.setText(self.tr("Restore the backup of {0}?").format(when))
        box.setInformativeText(
            self.tr(
                "Your feedback will be as it was on {0}; what was added or changed since "
                "will not be in it. The current database is backed up first (as \u201cBefore "
                "a restore\u201d), so you can go back to it. Feedback Desk reopens the "
                "database when it is done."
            ).format(when)
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return
        self.restore_requested.emit(chosen)

    def move_database(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Move the database to"), str(self.db_path.parent)
        )
        if not folder:
            return
        target = Path(folder)
        if (target / self.db_path.name).exists():
            QMessageBox.information(
                self,
                self.tr("Move database"),
                self.tr(
                    "There is already a {0} in {1}. Choose another folder: Feedback Desk "
                    "never writes over a database."
                ).format(self.db_path.name, target),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Move database"),
            self.tr(
                "Move the database and its backups to {0}? Feedback Desk will open it there "
                "from now on. The old file stays where it is, renamed, until you delete it."
            ).format(target),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.move_requested.emit(target)
