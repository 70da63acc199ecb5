"""Nothing outlives its job. A 150,000-row import killed with SIGKILL (as kill -9 or a crash
would) leaves no process behind: its scoring helper and Python's resource tracker end with
it, as the process table shows. A backup killed half-way leaves its temporary file, which is
never listed as a backup and is gone the next time Feedback Desk runs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from feedback_desk.core.writing import is_temp
from tests.conftest import guarded_env
from tests.core.test_cli import cli
from tests.core.test_crash_import import CLI, write_reviews

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads the process table in /proc"
)
ROWS = 150_000


def processes() -> dict[int, tuple[int, str, str]]:
    """The process table: pid -> (parent pid, state, command line)."""
    table = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:  # ended meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        table[int(entry.name)] = (int(fields[1]), fields[0], command.strip())
    return table


def descendants(pid: int) -> dict[int, str]:
    table = processes()
    found: dict[int, str] = {}
    parents = {pid}
    while True:
        more = {p: c for p, (pp, _, c) in table.items() if pp in parents and p not in found}
        if not more:
            return found
        found.update(more)
        parents |= set(more)


def still_running(pids) -> dict[int, str]:
    table = processes()
    return {p: table[p][2] for p in pids if p in table and table[p][1] != "Z"}


def start(*words: str, db: Path) -> subprocess.Popen:
    env = guarded_env(dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return subprocess.Popen(
        [*CLI, "--db", str(db), *words], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def test_a_killed_import_leaves_no_process_and_no_file(tmp_path):
    big = tmp_path / "big.csv"
    write_reviews(big, ROWS, seed=19, name="Customer")
    db = tmp_path / "desk" / "feedback.db"
    earlier = tmp_path / "earlier.csv"
    write_reviews(earlier, 50, seed=1, name="Regular")
    cli("import", str(earlier), db=db)  # so a backup is made before the big import
    process = start("import", str(big), db=db)
    helpers: dict[int, str] = {}
    deadline = time.monotonic() + 120
    backups = db.parent / "backups"
    # Killed once its scoring helper runs (it starts first) and the backup before the import
    # is made, so while it writes.
    while not any("spawn_main" in c for c in helpers.values()) or not [
        p for p in backups.glob("*") if not is_temp(p)
    ]:
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "the import's helper process never started"
        time.sleep(0.05)
        helpers = descendants(process.pid)
    os.kill(process.pid, signal.SIGKILL)  # the importing process only, as kill -9 <pid>
    process.wait(timeout=30)
    process.stderr.close()

    deadline = time.monotonic() + 20
    while still_running(helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert still_running(helpers) == {}, "processes of the killed import remain"
    assert not [p for p in db.parent.rglob("*") if is_temp(p)]
    kept = json.loads(cli("backups", "--json", db=db).stdout)
    assert [backup["reason"] for backup in kept] == ["before-import"]
    stats = json.loads(cli("stats", "--json", db=db).stdout)
    assert stats["feedback"] == 50  # the killed import was all or nothing


def test_a_killed_backup_leaves_a_file_that_is_never_listed_and_is_removed(tmp_path):
    db = tmp_path / "desk" / "feedback.db"
    rows = tmp_path / "rows.csv"
    write_reviews(rows, 30_000, seed=7, name="Customer")
    cli("import", str(rows), db=db)
    folder = db.parent / "backups"
    left: list[Path] = []
    for _attempt in range(10):  # a backup of this desk takes a fraction of a second
        process = start("backup", db=db)
        while process.poll() is None and not left:
            left = [p for p in folder.glob(".*") if is_temp(p)]
        if left:
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        process.stderr.close()
        if left:
            break
        for made in folder.iterdir():
            made.unlink()
    else:
        pytest.skip("the backup was too quick to be killed half-way ten times running")
    assert [p for p in folder.iterdir() if is_temp(p)], "the killed backup left nothing"
    listed = json.loads(cli("backups", "--json", db=db).stdout)
    assert listed == []
    assert not [p for p in folder.iterdir() if is_temp(p)]  # removed as Feedback Desk started
    cli("backup", db=db)
    assert [b["reason"] for b in json.loads(cli("backups", "--json", db=db).stdout)] == ["manual"]
