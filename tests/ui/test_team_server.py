"""Settings > Team server and the team desk in the window (issue 22): testing a server says
plainly what is wrong, a desk moves in with its progress shown, the window switches between
the server and this computer's file, a server desk's backups are the server's, and a server
that cannot be reached at start leaves the owner a way to their file with nothing lost."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from feedback_desk.core import team
from feedback_desk.core.demo import load_demo
from feedback_desk.core.store import Store
from feedback_desk.core.store.location import parse_location
from feedback_desk.ui import app as app_module
from feedback_desk.ui import crash
from feedback_desk.ui.main_window import PAGES, MainWindow
from feedback_desk.ui.settings.team import ServerBackupsBox, TeamServerBox
from tests import pg

SERVER_ELSEWHERE = parse_location("postgresql://minji@nas.bakery.lan:5432/desk")


@pytest.fixture
def no_keyring(monkeypatch, private_home):
    monkeypatch.setattr(team, "_keyring", lambda: None)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    yield
    team._SESSION.clear()


def _fill(box: TeamServerBox, url: str) -> None:
    server = parse_location(url)
    box.host.setText(server.host)
    box.port.setValue(server.port)
    box.database.setText(server.database)
    box.user.setText(server.user)


def test_test_connection_says_what_is_wrong_and_what_is_there(qtbot, store, pg_url, no_keyring):
    box = TeamServerBox(store)
    qtbot.addWidget(box)
    box.test()
    assert "Fill in the server" in box.status.text()
    _fill(box, pg_url)
    box.test()
    assert box.status.text().startswith("Connected.") and "empty" in box.status.text()
    box.database.setText("fd_not_there")
    box.test()
    assert "has no database fd_not_there" in box.status.text()
    box.host.setText("shop.example.com")
    box.options = {"sslmode": "disable"}
    box.test()
    assert "TLS" in box.status.text()
    assert "psycopg" in __import__("sys").modules  # asked for: only now
    box.options = {}
    box.certificate.setText("/etc/feedback-desk/shop-ca.crt")
    checked = box.server()
    assert checked.conninfo()["sslmode"] == "verify-full"
    assert checked.conninfo()["sslrootcert"] == "/etc/feedback-desk/shop-ca.crt"
    box.certificate.clear()
    assert box.server().conninfo()["sslmode"] == "require"  # a server elsewhere: TLS always


def test_a_server_elsewhere_is_tested_over_tls_with_the_password_typed(
    qtbot, store, pg_tls_server, no_keyring, monkeypatch
):
    """The owner fills in the shop's server as one elsewhere is: its address, the user, the
    password typed, and the certificate file its owner handed over."""
    monkeypatch.setenv("PGPASSFILE", str(team.team_file().parent / "no-pgpass"))
    name = pg_tls_server.create_database()
    try:
        box = TeamServerBox(store)
        qtbot.addWidget(box)
        _fill(box, pg_tls_server.tls_url(name))
        box.certificate.setText(str(pg_tls_server.certificate))
        qtbot.keyClicks(box.password, "croissant 8 days")
        box.test()
        assert "did not accept the user fd with this password" in box.status.text()
        box.password.clear()
        qtbot.keyClicks(box.password, pg.TLS_PASSWORD)
        box.test()
        assert box.status.text().startswith("Connected.") and "empty" in box.status.text()
        assert "croissant" not in box.status.text()
    finally:
        pg_tls_server.drop_database(name)


def test_a_desk_moves_in_with_its_progress_and_the_window_switches(
    qtbot, db_path, pg_url, no_keyring, monkeypatch
):
    with Store(db_path) as local:
        load_demo(local, today=date(2026, 11, 15))
        items = local.inbox_count()
    before = db_path.read_bytes()
    store = Store(db_path)
    box = TeamServerBox(store)
    qtbot.addWidget(box)
    _fill(box, pg_url)
    box.password.setText("typed once")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(box.change_requested) as asked:
        box.move_desk()
    change = asked.args[0]
    assert change.kind == "server" and change.target.database == parse_location(pg_url).database
    assert change.target.password is None
    assert box.status.text().startswith("Moved the desk to ")
    assert "keyring" in box.keyring_note.text()  # none here: kept for this session only
    assert team.with_password(change.target).password == "typed once"
    chosen = team.load_choice()
    assert chosen.in_use and chosen.server == change.target
    assert "typed once" not in team.team_file().read_text(encoding="utf-8")
    store.close()
    assert db_path.read_bytes() == before  # the file as it was
    with Store(pg_url) as server:
        assert server.inbox_count() == items


def test_a_window_on_a_server_explains_its_backups_and_goes_back_to_the_file(
    qtbot, pg_url, window_settings_dir, no_keyring
):
    app_module.make_app()
    store = Store(pg_url)
    window = MainWindow(store)
    qtbot.addWidget(window)
    try:
        assert window.backup_timer is None  # no file to copy
        assert not window.demo_action.isEnabled()
        assert window.windowTitle().endswith(store.location.database)
        window.show_page("settings")
        page = window.settings_page
        assert isinstance(page.backups, ServerBackupsBox)
        words = " ".join(w.text() for w in page.backups.findChildren(type(page.location)))
        assert "pg_dump" in words and "makes no copies" in words
        assert page.team_server.use_button.text() == "Use this computer's file"
        assert not page.team_server.move_button.isVisibleTo(page)
        with qtbot.waitSignal(page.team_server.change_requested) as asked:
            page.team_server.use_button.click()
        assert asked.args[0].kind == "file"
        assert not team.load_choice().in_use
    finally:
        window.database_change = None
        window.close()
        store.close()


def _click_later(text: str, seen: list) -> None:
    """Click the button ``text`` of the message box that will show."""

    def click():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                for button in widget.buttons():
                    if button.text() == text:
                        button.click()
                        return
        QTimer.singleShot(50, click)

    QTimer.singleShot(50, click)


def test_an_unreachable_server_at_start_offers_retry_or_the_file(
    qtbot, db_path, pg_url, window_settings_dir, no_keyring, monkeypatch
):
    app_module.make_app()
    monkeypatch.setattr(crash, "install", lambda *_args: None)
    with Store(db_path) as local:
        load_demo(local, today=date(2026, 11, 15))
    gone = parse_location(pg_url.replace("port=5432", "port=1"))  # nothing listens there
    team.save_choice(team.TeamChoice(gone, in_use=True))
    seen: list[str] = []
    _click_later("Open this computer's file", seen)
    opened = {}

    def look():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].isVisible():
            QTimer.singleShot(50, look)
            return
        opened["title"] = windows[0].windowTitle()
        windows[0].close()

    QTimer.singleShot(100, look)
    from feedback_desk.core import paths

    monkeypatch.setattr(paths, "default_db_path", lambda: db_path)
    assert app_module.run_gui(None) == 0
    assert seen and "cannot be reached" in seen[0] and "Nothing is lost" in seen[0]
    assert db_path.name in opened["title"]
    assert team.load_choice().in_use  # tried again at the next start


OFFLINE = """
import sys
from feedback_desk.cli import main
from feedback_desk.core.store import Store
from feedback_desk.ui.app import make_app
from feedback_desk.ui.main_window import PAGES, MainWindow

main(["--db", sys.argv[1], "stats", "--json"])
make_app()
store = Store(sys.argv[1])
window = MainWindow(store)
window.show_page("settings")
window.show()
window.settings_page.grab()
print(sorted(m for m in ("psycopg", "keyring") if m in sys.modules))
"""


def _loaded(script: str, *args: str) -> str:
    """The last line ``script`` prints, run offscreen in a fresh process under the guard."""
    import os
    import subprocess
    import sys

    from tests.conftest import assert_no_network, guarded_env

    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=guarded_env(dict(os.environ, QT_QPA_PLATFORM="offscreen")),
        timeout=120,
    )
    assert_no_network(result)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_with_no_server_set_nothing_of_the_team_desk_is_loaded(tmp_path, private_home):
    assert _loaded(OFFLINE, str(tmp_path / "feedback.db")) == "[]"


REMEMBERED = """
import sys
from feedback_desk.cli import main

main(["gui", "--smoke"])
print(sorted(m for m in ("psycopg", "keyring") if m in sys.modules))
"""


def test_a_server_remembered_but_not_in_use_costs_the_start_nothing(private_home):
    """Back on this computer's file after trying a server: the window opens on the file
    without reading the server's address (which loads libpq, a tenth of a second)."""
    team.save_choice(team.TeamChoice(SERVER_ELSEWHERE, in_use=False))
    assert _loaded(REMEMBERED) == "[]"
    assert team.load_choice().server == SERVER_ELSEWHERE  # still there for Settings
    team.save_choice(team.TeamChoice(SERVER_ELSEWHERE, in_use=True))
    assert team.server_in_use() == SERVER_ELSEWHERE


def test_the_window_reopens_on_the_team_desk_and_back_on_the_file(
    qtbot, db_path, pg_url, window_settings_dir, no_keyring, monkeypatch
):
    from feedback_desk.core import paths
    from feedback_desk.ui.settings.backups import DatabaseChange

    app_module.make_app()
    monkeypatch.setattr(crash, "install", lambda *_args: None)
    monkeypatch.setattr(paths, "default_db_path", lambda: db_path)
    with Store(db_path) as local:
        load_demo(local, today=date(2026, 11, 15))
    server = parse_location(pg_url)
    seen: list[tuple[str, int, str]] = []
    steps = [DatabaseChange("server", server), DatabaseChange("file", None), None]

    def next_window():
        if not steps:  # the test is over
            return
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w not in done
        ]
        if not windows:
            QTimer.singleShot(50, next_window)
            return
        window = windows[0]
        done.append(window)
        seen.append(
            (
                "server" if window.store.is_server else "file",
                window.store.inbox_count(),
                PAGES[window.sidebar.currentRow()],
            )
        )
        change = steps.pop(0)
        if change is None:
            window.close()  # the last: nothing more to look for
            return
        QTimer.singleShot(50, next_window)
        window._change_database(change)

    done: list = []
    QTimer.singleShot(0, next_window)
    assert app_module.run_gui(None) == 0
    assert [s[0] for s in seen] == ["file", "server", "file"]
    assert seen[1][1] == 0 and seen[0][1] == seen[2][1] > 0  # the team desk is new and empty
    assert seen[1][2] == seen[2][2] == "settings"  # where the switch was asked
