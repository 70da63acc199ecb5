from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english(qapp):
    """The window speaks English (with its plural forms) unless a test asks for Korean."""
    from feedback_desk.ui import language

    if getattr(qapp, "feedback_desk_language", None) != "en":
        language.install(qapp, "en")
    yield
    if getattr(qapp, "feedback_desk_language", None) != "en":
        language.install(qapp, "en")


@pytest.fixture
def window_settings_dir(tmp_path):
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qsettings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def open_window(qtbot, window_settings_dir):
    """Open the main window on a database file, as the app does."""
    from feedback_desk.core.store import Store
    from feedback_desk.ui.app import make_app
    from feedback_desk.ui.main_window import MainWindow

    make_app()
    opened = []

    def _open(path):
        store = Store(path)
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, store))
        return window

    yield _open
    for window, store in opened:
        window.close()
        store.close()
