"""Starting the window: application object, crash dialog, database, main window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .. import APP_ID, APP_NAME, __version__

log = logging.getLogger(__name__)


def make_app():
    from PySide6.QtWidgets import QApplication

    from .style import stylesheet

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if getattr(sys, "frozen", False):
        _keep_plugins_to_ourselves(app)
    if not getattr(app, "follows_theme", False):
        _follow_the_theme(app, stylesheet)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # its launcher: the .desktop file (installers/linux)
    if not hasattr(app, "feedback_desk_language"):
        from . import language

        language.install(app)
    app.setStyleSheet(stylesheet())
    if app.windowIcon().isNull():
        from PySide6.QtGui import QIcon

        from ..core.resources import resource_path

        app.setWindowIcon(QIcon(str(resource_path("icons", "feedback-desk.svg"))))
    return app


def _keep_plugins_to_ourselves(app) -> None:
    """The frozen app finds its Qt plugins through QT_PLUGIN_PATH, which the bundle's start-up
    sets. Qt has the paths now, so they are pinned and the variables go: the programs the app
    starts (xdg-open, a file manager built with Qt) must load their own plugins, not ours."""
    import os

    app.setLibraryPaths(app.libraryPaths())
    for name in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        os.environ.pop(name, None)


def _follow_the_theme(app, style) -> None:
    """Keep the look following the system's light or dark theme while the app runs: a style
    sheet fixes the palette() colours it names when it is set, so it is set again whenever
    the palette changes (a signal, not an event filter, which would see every event)."""
    from PySide6.QtCore import QTimer

    app.paletteChanged.connect(lambda *_: QTimer.singleShot(0, lambda: app.setStyleSheet(style())))
    app.follows_theme = True


def offer_restore(db_path: Path, problem: BaseException):
    """The database cannot be opened: say why in plain words and, when the file is damaged
    and there is a backup, offer to restore the newest one. The file as it is stays beside it
    (restore keeps it first), so nothing is overwritten. A file that is fine but may not be
    written, or is on a full disk, is only explained: a backup would not help. Returns the
    opened store, or None."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ..core import backups
    from ..core.store import DatabaseDamaged, Store, StoreError
    from . import display

    if not isinstance(problem, DatabaseDamaged):
        QMessageBox.critical(None, APP_NAME, str(problem))
        return None
    newest = backups.newest_sound(db_path)
    if newest is None:
        QMessageBox.critical(
            None,
            APP_NAME,
            QCoreApplication.translate("app", "{0}\n\nThere is no backup of it to restore.").format(
                problem
            ),
        )
        return None
    answer = QMessageBox.question(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "app",
            "{0}\n\nRestore the newest backup, made {1}? "
            "The file as it is now is kept beside the backups, so nothing is lost.",
        ).format(problem, display.moment_text(newest.created)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        backups.restore(db_path, newest.path, checked=True)  # newest_sound checked it
        return Store(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return None


def run_gui(
    db_path,
    smoke: bool = False,
    page: str = "inbox",
    screenshot: Path | None = None,
    started: float | None = None,
    log_path: Path | None = None,
    open_file: Path | None = None,
) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from ..core import backups
    from ..core.paths import default_db_path
    from ..core.store import Store, StoreError
    from . import crash
    from .file_opener import FileOpener
    from .main_window import MainWindow
    from .single_instance import InstanceServer, ask_running

    crash.install(log_path, smoke)
    app = make_app()
    # The desk to open: a team server given on the command line or chosen in Settings (the
    # file stays the owner's own database, the window's single-instance name), else the file.
    server = db_path if getattr(db_path, "is_server", False) else None
    db_path = None if server else db_path
    if server is None and db_path is None:
        from ..core import team

        server = team.server_in_use()  # no network: only a small file is read
    db_path = db_path or default_db_path()
    from ..core.owner_only import tighten
    from ..core.paths import data_dir

    tightened = tighten(data_dir(), db_path)  # told once the window shows
    instance = None if ask_running(db_path, open_file) else InstanceServer(db_path, app)
    if instance is None or (not instance.listening and ask_running(db_path, open_file)):
        # A window is already open on this database: it comes forward (and imports the file).
        log.info("%s is already open in another window", db_path)
        print(f"Feedback Desk is already open on {db_path}; its window was brought forward.")
        return 0
    # Later launches and the system (macOS's Finder) ask from now on; what they ask waits
    # for the window, even through a restore offered below.
    opener = FileOpener(app)
    opener.listen(instance)
    if open_file is not None:
        opener.open(open_file)
    backups.tidy(db_path)  # what a killed backup, export or restore left
    store = None
    if server is not None:
        from .settings.team import open_team_desk

        store = open_team_desk(server, smoke)  # None: this computer's file instead
        if store is None and smoke:
            return 2
    try:
        store = store or Store(db_path)
    except StoreError as exc:
        log.error("cannot open %s: %s", db_path, exc)
        if smoke:
            print(f"feedback-desk: {exc}", file=sys.stderr)
            return 2
        store = offer_restore(db_path, exc)
        if store is None:
            return 2
    # The window; after a restore or a move asked in Settings (done with the database
    # closed), the window again, on the result. The instance server keeps listening all
    # along, so a launch meanwhile never opens the file being replaced: it brings the
    # progress forward instead.
    message = None
    shown = store.location if store.is_server else db_path  # or the demo desk beside it
    while True:
        demo = not store.is_server and shown != db_path
        window = MainWindow(store, home=db_path if demo else None)
        window.show_page(page)
        window.show()
        opener.window = window
        if message:
            window.statusBar().showMessage(message, 30000)
        else:
            from .privacy_start import at_start

            QTimer.singleShot(0, lambda w=window, s=store: at_start(w, s, tightened, smoke))
        if smoke:
            QTimer.singleShot(0, lambda w=window: _smoke_done(app, w, screenshot, started))
        code = app.exec()
        window.deleteLater()
        store.close()
        change = window.database_change
        if change is None:
            break
        opener.window = None  # meanwhile a launch brings the progress forward; files wait
        if change.kind in ("demo", "home"):
            shown, message, page = _switch_desk(db_path, change), None, "inbox"
        elif change.kind in ("server", "file"):
            shown, message, page = (
                change.target if change.kind == "server" else db_path,
                None,
                "settings",
            )
        elif shown == db_path:  # a restore or a move is only ever of the owner's database
            from .settings.backups import apply_change

            new_path, message = apply_change(None, db_path, change)  # tells failures itself
            if new_path != db_path:  # moved: later launches find the window by its new path
                moved = InstanceServer(new_path, app)
                opener.listen(moved)
                instance.close()
                instance, db_path = moved, new_path
            shown, page = db_path, "settings"
        if getattr(shown, "is_server", False):
            from .settings.team import open_team_desk

            store = open_team_desk(shown)
            if store is not None:
                continue
            shown = db_path  # the owner chose this computer's file
        try:
            store = Store(shown)
        except StoreError as exc:
            QMessageBox.critical(None, APP_NAME, str(exc))
            code = 2
            break
    instance.close()  # the name is free for the next launch at once
    return code


def _switch_desk(home: Path, change) -> Path:
    """Between the owner's database and the demo desk beside it: the database to open. The
    demo desk is made and filled the first time, with the window closed; if that fails (a
    full disk), the owner is told and stays on their own database."""
    if change.kind == "home":
        return home
    from ..core.demo_desk import fill_demo
    from . import language
    from .problems import WRITE_ERRORS, tell_write_problem
    from .tasks import run_blocking

    try:
        run_blocking(
            None,
            QCoreApplication.translate("display", "Making the demo desk…"),
            lambda: fill_demo(change.target, language.current()),
            "making the demo desk",
        )
    except WRITE_ERRORS as exc:
        tell_write_problem(
            None,
            QCoreApplication.translate("display", "Try demo data"),
            exc,
            QCoreApplication.translate("faults", "the demo desk was not made"),
        )
        return home
    return change.target


def _smoke_done(app, window, screenshot: Path | None, started: float | None) -> None:
    """``gui --smoke``: the window has painted with its data; say how long it took, quit."""
    image = window.grab()  # paints every widget with its data
    if screenshot:
        image.save(str(screenshot))
    elapsed = (time.monotonic() - started) * 1000 if started else 0.0
    print(f"ready {elapsed:.0f}", flush=True)
    window.close()
    app.quit()
