"""Starting the window: application object, crash dialog, database, main window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from .. import APP_NAME, __version__

log = logging.getLogger(__name__)


def make_app():
    from PySide6.QtWidgets import QApplication

    from .style import STYLE

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not hasattr(app, "restyle"):
        app.restyle = _Restyle(app, STYLE)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("feedback-desk")
    app.setStyleSheet(STYLE)
    return app


def _Restyle(app, style: str):
    """Keep the look following the system's light or dark theme while the app runs: a style
    sheet fixes the palette() colours it names when it is set, so it is set again whenever
    the palette changes."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Restyle(QObject):
        def eventFilter(self, watched, event) -> bool:
            if watched is app and event.type() == QEvent.Type.ApplicationPaletteChange:
                QTimer.singleShot(0, lambda: app.setStyleSheet(style))
            return False

    restyle = Restyle(app)
    app.installEventFilter(restyle)
    return restyle


def run_gui(
    db_path: Path | None,
    smoke: bool = False,
    page: str = "inbox",
    screenshot: Path | None = None,
    started: float | None = None,
    log_path: Path | None = None,
) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from ..core.paths import default_db_path
    from ..core.store import Store, StoreError
    from . import crash
    from .main_window import MainWindow
    from .single_instance import InstanceServer, ask_running, bring_forward

    crash.install(log_path)
    app = make_app()
    db_path = db_path or default_db_path()
    instance = None if ask_running(db_path) else InstanceServer(db_path, app)
    if instance is None or (not instance.listening and ask_running(db_path)):
        # A window is already open on this database: it comes forward instead.
        log.info("%s is already open in another window", db_path)
        print(f"Feedback Desk is already open on {db_path}; its window was brought forward.")
        return 0
    try:
        store = Store(db_path)
    except StoreError as exc:
        log.error("cannot open %s: %s", db_path, exc)
        if smoke:
            print(f"feedback-desk: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    window = MainWindow(store)
    instance.asked.connect(lambda: bring_forward(window))
    window.show_page(page)
    window.show()
    if smoke:

        def finish():
            image = window.grab()  # paints every widget with its data
            if screenshot:
                image.save(str(screenshot))
            elapsed = (time.monotonic() - started) * 1000 if started else 0.0
            print(f"ready {elapsed:.0f}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, finish)
    code = app.exec()
    instance.close()  # the name is free for the next launch at once
    store.close()
    return code
