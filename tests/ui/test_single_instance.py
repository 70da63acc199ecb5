"""One window per database: a second launch brings the first window forward; a command-line
import while the window is open is safe, and the window shows the new items."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from feedback_desk.ui.single_instance import InstanceServer, answers, ask_running, server_name
from tests.core.test_cli import cli


def test_a_second_launch_asks_the_first_window_to_come_forward(qtbot, db_path):
    server = InstanceServer(db_path)
    assert server.listening
    with qtbot.waitSignal(server.asked, timeout=3000):
        assert ask_running(db_path)
    server.close()
    assert not ask_running(db_path)  # nobody is listening any more


def test_a_second_launch_passes_on_a_file_whatever_its_name(qtbot, db_path, tmp_path):
    """A name the system spells in no UTF-8 (Latin-1 bytes from an old USB stick, on Linux)
    and a long one reach the running window exactly as they are."""
    names = ["리뷰 결과.csv", "x" * 200 + ".csv"]
    if os.name == "posix":
        names.append(os.fsdecode(b"caf\xe9.csv"))
    server = InstanceServer(db_path)
    opened = []
    server.open_requested.connect(opened.append)
    for name in names:
        path = (tmp_path / name).resolve()
        with qtbot.waitSignal(server.asked, timeout=3000):
            assert ask_running(db_path, path)
        qtbot.waitUntil(lambda p=path: opened[-1:] == [p], timeout=3000)
    assert opened == [(tmp_path / name).resolve() for name in names]
    server.close()


def test_each_database_has_its_own_window(qtbot, db_path, tmp_path):
    server = InstanceServer(db_path)
    other = tmp_path / "other.db"
    assert server_name(other) != server_name(db_path)
    assert server_name(tmp_path / "." / "feedback.db") == server_name(db_path)
    with qtbot.assertNotEmitted(server.asked, wait=200):
        assert not ask_running(other)
    server.close()


def test_a_second_app_on_the_same_database_does_not_open_it(db_path, tmp_path):
    from tests.conftest import guarded_env

    env = guarded_env(dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    first = subprocess.Popen(
        [sys.executable, "-m", "feedback_desk", "--db", str(db_path), "gui"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not answers(server_name(db_path)):  # the first window is starting
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.2)
        second = cli("gui", "--smoke", db=db_path)
        assert "already open" in second.stdout
        assert not second.stdout.startswith("ready")
        assert first.poll() is None  # the first window is still running
    finally:
        first.kill()
        first.wait(timeout=30)


def test_an_import_from_the_command_line_shows_in_the_open_window(
    open_window, db_path, tmp_path, qtbot
):
    window = open_window(db_path)
    assert window.inbox.model.rowCount() == 0
    window.watch.setInterval(100)
    csv = tmp_path / "reviews.csv"
    csv.write_text(
        "date,name,stars,review\n"
        "2026-11-02,Ana,5,Lovely bread\n"
        "2026-11-03,Ben,2,Cold coffee and a long wait\n",
        encoding="utf-8",
    )
    result = cli("import", str(csv), "--json", db=db_path)
    assert '"added": 2' in result.stdout
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 2, timeout=10_000)
    assert window.store.stats()["feedback"] == 2


def test_the_windows_own_import_is_not_read_again_by_the_watch(
    open_window, db_path, tmp_path, qtbot, monkeypatch
):
    """An import from the window writes through a connection of its own; the watch must not
    take it for another program's and reload the inbox, losing the item the owner opened."""
    from tests.ui.test_run_gui import click_import_when_asked

    window = open_window(db_path)
    window.watch.setInterval(50)
    csv = tmp_path / "reviews.csv"
    csv.write_text(
        "date,name,stars,review\n2026-11-02,Ana,5,Lovely bread\n2026-11-03,Ben,2,Cold coffee\n",
        encoding="utf-8",
    )
    clicker = click_import_when_asked(qtbot)  # the owner clicks Import in the preview
    assert window.import_source(csv)
    clicker.stop()
    assert window.inbox.model.rowCount() == 2
    window.inbox.table.selectRow(1)
    chosen = window.inbox.selected_ids()
    reloads = []
    monkeypatch.setattr(window.inbox, "refresh", lambda **kw: reloads.append(kw))
    qtbot.wait(400)  # several turns of the watch
    assert reloads == [] and window.inbox.selected_ids() == chosen


# Only this user may reach the socket ----------------------------------------------------------
posix_only = pytest.mark.skipif(os.name != "posix", reason="Unix sockets and accounts")


@pytest.fixture
def runtime_dir(monkeypatch):
    """$XDG_RUNTIME_DIR as systemd makes it: the user's own 0700 folder, inside a folder
    every account may enter."""
    parent = Path(tempfile.mkdtemp(prefix="fd-run-"))
    parent.chmod(0o755)
    runtime = parent / "user"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    yield runtime
    shutil.rmtree(parent, ignore_errors=True)


def connect_as_another_account(path: str) -> int:
    """0 when the account 'nobody' could connect to the socket at ``path``, 13 when refused."""
    from tests.core.test_owner_only import as_another_account

    code = (
        "import socket, sys\ns = socket.socket(socket.AF_UNIX)\ntry:\n"
        f"    s.connect({path!r})\nexcept PermissionError:\n    sys.exit(13)"
    )
    return as_another_account(code).returncode


@posix_only
def test_the_socket_is_in_the_user_s_private_folder_and_closed_to_others(
    qtbot, db_path, runtime_dir
):
    server = InstanceServer(db_path)
    name = server_name(db_path)
    assert Path(name).parent == runtime_dir and server.listening
    assert stat.S_IMODE(os.stat(name).st_mode) & 0o077 == 0  # UserAccessOption
    assert answers(name)
    server.close()


@posix_only
def test_a_second_account_cannot_connect_to_the_socket(qtbot, db_path, runtime_dir):
    from tests.core.test_owner_only import another_account_or_skip

    another_account_or_skip()
    server = InstanceServer(db_path)
    name = server_name(db_path)
    runtime_dir.chmod(0o755)  # even with the folder open, the socket itself is closed
    open_one = socket.socket(socket.AF_UNIX)
    open_one.bind(str(runtime_dir / "open-to-all"))
    open_one.listen(1)
    os.chmod(runtime_dir / "open-to-all", 0o777)
    assert connect_as_another_account(str(runtime_dir / "open-to-all")) == 0  # the probe works
    assert connect_as_another_account(name) == 13
    open_one.close()
    server.close()


@posix_only
def test_a_socket_another_account_owns_is_ignored_and_the_app_opens(
    qtbot, db_path, runtime_dir, caplog
):
    """Another account that got there first (on a shared folder, or as root by mistake)
    must not stand in for the running window: it is never spoken to."""
    if os.getuid() != 0:
        pytest.skip("giving a socket to another account needs root (CI runs as root)")
    name = server_name(db_path)
    squatter = socket.socket(socket.AF_UNIX)
    squatter.bind(name)
    squatter.listen(1)
    os.chown(name, 65534, 65534)
    with caplog.at_level("WARNING"):
        assert not ask_running(db_path, db_path.parent / "reviews.csv")
        server = InstanceServer(db_path)
    # The name is ours again: the window listens there, in its own socket.
    assert server.listening and os.stat(name).st_uid == os.getuid()
    assert "owned by another account" in caplog.text
    assert str(db_path.parent) not in caplog.text  # no path, no file name in the log
    squatter.settimeout(0.2)
    with pytest.raises(TimeoutError):
        squatter.accept()  # nothing was said to it
    squatter.close()
    server.close()


@posix_only
def test_a_private_folder_taken_by_another_account_is_not_used(qtbot, db_path, monkeypatch):
    """With no runtime folder and the cache folder's path too long for a socket, the folder
    in the temporary folder is used only when it is this user's own and closed to others;
    one another account made first means no socket at all (never one in the open), and the
    window still opens."""
    if os.getuid() != 0:
        pytest.skip("making a folder of another account needs root (CI runs as root)")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/tmp/" + "x" * 120)
    shared_tmp = Path(tempfile.mkdtemp(prefix="fd-tmp-"))
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(shared_tmp))
    taken = shared_tmp / f"feedback-desk-{os.getuid()}"
    taken.mkdir(mode=0o700)
    os.chown(taken, 65534, 65534)
    try:
        assert server_name(db_path) == ""
        server = InstanceServer(db_path)
        assert not server.listening and not ask_running(db_path)
        assert list(taken.iterdir()) == []
        server.close()
    finally:
        shutil.rmtree(shared_tmp, ignore_errors=True)
