"""Customers' details are the owner's alone on a shared computer: the data folder is 0700, the
database, its backups, exports and logs 0600, as they are on disk; another account (a real
second Unix account, through setpriv) can neither read them nor enter the folder. And the
acceptance check of issue 23: after `demo` and `backup`, one demo customer erased by e-mail
leaves no trace in `search` or `export`, and the NPS figures are unchanged."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest

from feedback_desk.core.owner_only import tighten
from tests.core.test_cli import cli

posix_only = pytest.mark.skipif(os.name != "posix", reason="Unix file modes")
NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def as_another_account(code: str) -> subprocess.CompletedProcess:
    """Run Python ``code`` as the account 'nobody' (a second Unix account)."""
    return subprocess.run(
        [*NOBODY, "/usr/bin/python3", "-c", code], capture_output=True, text=True, timeout=30
    )


def another_account_or_skip() -> None:
    if os.name != "posix" or os.getuid() != 0:
        pytest.skip("switching to a second account needs root (CI runs as root)")
    if not shutil.which("setpriv") or not Path("/usr/bin/python3").exists():
        pytest.skip("setpriv or /usr/bin/python3 is missing: no second account to try with")
    if as_another_account("import os; print(os.getuid())").stdout.strip() == str(os.getuid()):
        pytest.skip("setpriv did not change the account")


@pytest.fixture
def shared_home(monkeypatch):
    """The data folder inside a folder every account may enter, as a home folder on a
    shop's computer often is (pytest's own temporary folder is 0700, which would hide
    everything for the wrong reason)."""
    parent = Path(tempfile.mkdtemp(prefix="fd-shared-"))
    parent.chmod(0o755)
    home = parent / "Feedback Desk"
    monkeypatch.setenv("FEEDBACK_DESK_HOME", str(home))
    yield home
    shutil.rmtree(parent, ignore_errors=True)


def demo_and_backup() -> tuple[Path, Path]:
    cli("demo")
    backup = Path(cli("backup").stdout.strip())
    return Path(os.environ["FEEDBACK_DESK_HOME"]) / "feedback.db", backup


def a_demo_email(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT email FROM customers WHERE email <> '' ORDER BY id LIMIT 1"
        ).fetchone()[0]


@posix_only
def test_acceptance_owner_only_files_and_an_erasure_by_e_mail(shared_home, tmp_path):
    db, backup = demo_and_backup()
    assert mode(shared_home) == 0o700 and mode(backup.parent) == 0o700
    assert mode(db) == 0o600 and mode(backup) == 0o600
    for log in (shared_home / "logs").iterdir():
        assert mode(log) == 0o600
    email = a_demo_email(db)
    name = email.split("@")[0]
    stats = json.loads(cli("stats", "--json").stdout)
    assert email in cli("search", name, "--json").stdout  # found before

    said = cli("erase-customer", email).stdout
    assert "backup" in said and str(backup) in said  # which backups still hold them

    assert email not in cli("search", name, "--json").stdout
    assert email not in cli("search", email, "--json").stdout
    out = tmp_path / "all.json"
    cli("export", "--format", "json", "--out", str(out))
    assert email not in out.read_text(encoding="utf-8")
    assert mode(out) == 0o600  # an export is the owner's alone too
    report = tmp_path / "report.pdf"
    cli("report", "--month", f"{date.today():%Y-%m}", "--out", str(report))
    assert mode(report) == 0o600  # and so is the report, which quotes customers
    assert json.loads(cli("stats", "--json").stdout) == stats  # NPS and all figures unchanged
    assert email.encode() not in db.read_bytes()
    assert email.encode() in backup.read_bytes()  # as said: until rewritten
    (record,) = json.loads(out.read_text(encoding="utf-8"))["settings"]["erasures"]
    assert record["items"] >= 1


@posix_only
def test_a_second_account_can_neither_enter_the_folder_nor_read_the_database(shared_home):
    another_account_or_skip()
    db, backup = demo_and_backup()
    control = shared_home.parent / "notice.txt"
    control.write_text("anyone may read this")
    control.chmod(0o644)
    code = (
        "import sys\ntry:\n    open({!r}, 'rb').read(16)\nexcept PermissionError:\n    sys.exit(13)"
    )
    assert as_another_account(code.format(str(control))).returncode == 0  # the probe works
    for path in (db, backup, shared_home / "logs" / "feedback-desk.log"):
        assert as_another_account(code.format(str(path))).returncode == 13, path
    # Even with the folder opened to everyone, the files themselves stay closed.
    shared_home.chmod(0o755)
    (shared_home / "backups").chmod(0o755)
    for path in (db, backup):
        assert as_another_account(code.format(str(path))).returncode == 13, path


@posix_only
def test_files_an_older_version_left_readable_are_tightened_and_the_owner_told_once(
    shared_home,
):
    db, backup = demo_and_backup()
    for path, loose in ((shared_home, 0o755), (db, 0o644), (backup, 0o644)):
        path.chmod(loose)
    first = cli("stats")
    assert "now only you can read them" in first.stderr
    assert (mode(shared_home), mode(db), mode(backup)) == (0o700, 0o600, 0o600)
    assert "only you" not in cli("stats").stderr  # told once
    assert tighten(shared_home, db) == 0


def test_every_place_the_app_writes_is_in_the_user_s_own_folders(monkeypatch, tmp_path):
    """What keeps other accounts out on Windows is that everything is in the user's profile:
    the data, the backups and the logs under the user data folder (%LOCALAPPDATA% there), and
    the single-instance socket in the user's runtime or cache folder (a pipe restricted to
    the user on Windows). Nothing goes to a shared place such as C:\\ProgramData or /tmp."""
    from platformdirs import user_cache_path, user_data_path

    from feedback_desk.core.paths import data_dir, default_db_path, log_dir
    from feedback_desk.core.store.database import backups_dir

    monkeypatch.delenv("FEEDBACK_DESK_HOME")
    mine = [user_data_path("Feedback Desk", appauthor=False)]
    for place in (data_dir(), log_dir(), backups_dir(default_db_path())):
        assert any(place.is_relative_to(root) for root in mine), place
    assert all(root.is_relative_to(Path.home()) for root in mine)
    if os.name == "posix":
        from feedback_desk.ui.single_instance import socket_folder

        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
        folder = socket_folder()
        assert folder is not None and mode(folder) == 0o700
        assert folder.stat().st_uid == os.getuid()
        cache = user_cache_path("Feedback Desk", appauthor=False)
        assert folder.is_relative_to(cache) or folder.name == f"feedback-desk-{os.getuid()}"


@posix_only
def test_the_core_makes_owner_only_files_whatever_the_umask(tmp_path):
    """A script or a test using the core without main() (so with a umask of 022) still
    gets a database, -wal, -shm, backup and export only the owner can read."""
    from feedback_desk.core.export import export_desk
    from feedback_desk.core.store import Store

    was = os.umask(0o022)
    try:
        with Store(tmp_path / "data" / "shop.db") as store:
            backup = store.backup(reason="manual")
            export_desk(store, tmp_path / "all.csv")
            made = [store.path, *tmp_path.glob("data/shop.db-*"), backup, tmp_path / "all.csv"]
            assert len(made) == 5
            assert {p.name: mode(p) for p in made} == {p.name: 0o600 for p in made}
            assert mode(tmp_path / "data") == 0o700
    finally:
        os.umask(was)
