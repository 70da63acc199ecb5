"""A full disk and a read-only folder, for real: a 3 MB tmpfs filled to the last byte, and a
tmpfs mounted read-only (root may write through any permission, not through that).

A full disk is not damage: no command calls the database damaged or advises a restore, each
says the disk is full, how much room to free and that nothing was lost, and nothing that was
there (a report, an export) is replaced by a broken file. CI runs as root; elsewhere these
tests are skipped with the reason."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from feedback_desk.core.writing import is_temp
from tests.core.test_cli import cli

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0,
    reason="mounting a small file system needs Linux and root (CI runs as root)",
)
MONTH = "2026-11"


@contextlib.contextmanager
def small_disk(folder: Path, options: str = "size=3m"):
    """A real tmpfs of 3 MB mounted on ``folder`` while the block runs."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def read_only_again(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill(folder: Path) -> None:
    """Write into ``folder`` until the disk takes not one byte more."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    assert os.statvfs(folder).f_bavail == 0


def full(disk: Path, lost: str) -> str:
    """The exact words a command says when the disk holding ``disk`` is full."""
    return (
        f"feedback-desk: The disk is full, so {lost}. Nothing was lost: your feedback is as it "
        f"was. Free at least 1 MB on the disk holding {disk} and try again.\n"
    )


def not_written(folder: Path, lost: str) -> str:
    return (
        f"feedback-desk: Feedback Desk may not write in {folder} (it is read-only, or another "
        f"user's), so {lost}. Choose another folder, or allow changes to this one.\n"
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("desk") / "feedback.db"
    cli("demo", db=db)
    return db


def test_a_database_on_a_full_disk_is_not_called_damaged(tmp_path, demo_db):
    with small_disk(tmp_path / "disk") as disk:
        db = disk / "feedback.db"
        db.write_bytes(demo_db.read_bytes())
        cli("backup", db=db)  # one a restore could take
        fill(disk)
        before = db.read_bytes()
        restored = cli("restore", "newest", db=db, check=False)
        assert restored.returncode == 2
        assert restored.stderr == full(disk, "the backup was not restored")
        assert db.read_bytes() == before
        for words in (
            ["stats"],
            ["export", "--out", str(tmp_path / "out.csv")],
            ["report", "--month", MONTH, "--out", str(tmp_path / "report.pdf")],
            ["backup"],
            ["import", str(tmp_path / "nothing.csv")],
        ):
            result = cli(*words, db=db, check=False)
            assert result.returncode == 2, words
            assert result.stderr == full(disk, "feedback.db cannot be opened"), words
            assert "damaged" not in result.stderr and "restore" not in result.stderr
        assert not (tmp_path / "out.csv").exists() and not (tmp_path / "report.pdf").exists()
        (disk / "filler").unlink()
        stats = cli("stats", "--json", db=db).stdout
        assert json.loads(stats) == json.loads(cli("stats", "--json", db=demo_db).stdout)


def test_a_report_export_or_backup_to_a_full_disk_fails_and_keeps_what_was_there(tmp_path, demo_db):
    with small_disk(tmp_path / "disk") as disk:
        report, export = disk / "report.pdf", disk / "everything.json"
        cli("report", "--month", MONTH, "--out", str(report), db=demo_db)
        cli("export", "--out", str(export), db=demo_db)
        before = {path: path.read_bytes() for path in (report, export)}
        assert before[report].startswith(b"%PDF-") and b"%%EOF" in before[report][-1024:]
        fill(disk)

        made = cli("report", "--month", MONTH, "--out", str(report), db=demo_db, check=False)
        assert made.returncode == 2 and made.stdout == ""
        assert made.stderr == full(disk, "the report was not saved")
        exported = cli("export", "--out", str(export), db=demo_db, check=False)
        assert exported.returncode == 2
        assert exported.stderr == full(disk, "nothing was exported")
        copy = cli("backup", "--out", str(disk / "copy.db"), db=demo_db, check=False)
        assert copy.returncode == 2
        assert copy.stderr == full(disk, "no backup was made")

        assert {path: path.read_bytes() for path in (report, export)} == before
        assert sorted(p.name for p in disk.iterdir()) == ["everything.json", "filler", "report.pdf"]


def test_read_only_folders_are_named_and_a_read_only_database_is_backed_up(tmp_path, demo_db):
    with small_disk(tmp_path / "shelf", "size=3m") as shelf:
        db = shelf / "feedback.db"
        db.write_bytes(demo_db.read_bytes())
        read_only_again(shelf)

        # A backup only reads: the read-only database is copied where there is room.
        copy = tmp_path / "copy.db"
        made = cli("backup", "--out", str(copy), db=db)
        assert made.stdout.strip() == str(copy)
        figures = cli("stats", "--json", db=copy).stdout
        assert json.loads(figures) == json.loads(cli("stats", "--json", db=demo_db).stdout)
        own = cli("backup", db=db, check=False)
        assert own.returncode == 2
        assert own.stderr.endswith(not_written(shelf / "backups", "no backup was made"))

        # Into a read-only folder: the folder is named, not the database, nor a file of ours.
        refused = cli("backup", "--out", str(shelf / "copy.db"), db=demo_db, check=False)
        assert refused.returncode == 2
        assert refused.stderr == not_written(shelf, "no backup was made")
        for out in ("everything.csv", "everything.json"):
            exported = cli("export", "--out", str(shelf / out), db=demo_db, check=False)
            assert exported.returncode == 2
            assert exported.stderr == not_written(shelf, "nothing was exported")
        assert sorted(p.name for p in shelf.iterdir()) == ["feedback.db"]
        assert not any(is_temp(p) for p in tmp_path.iterdir())
