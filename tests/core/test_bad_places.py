"""Bad places for a database: a read-only file or folder, a damaged file, one that is gone,
an export edited by hand. Each gets a plain message and an offer that fits it, and nothing is
overwritten.

Read-only is made for real: without write permission, or, for root (who may write anything),
with the immutable flag (``chattr +i``), which even root cannot write through."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from feedback_desk.core import backups
from feedback_desk.core.store import DatabaseDamaged, NotWritable, Store
from tests.core.test_backups import add
from tests.core.test_cli import cli


def _chattr(flag: str, path: Path) -> bool:
    try:
        done = subprocess.run(["chattr", flag, str(path)], capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


@contextlib.contextmanager
def read_only(path: Path):
    """``path`` (a file or a folder) may not be written while the block runs."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if not _chattr("+i", path):
        pytest.skip("root may write anywhere and this file system has no immutable flag")
    try:
        yield
    finally:
        _chattr("-i", path)


def desk(db_path: Path, *bodies: str) -> bytes:
    """A desk with ``bodies``, closed cleanly (no -wal beside it); its bytes."""
    with Store(db_path) as store:
        add(store, *bodies)
    return db_path.read_bytes()


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_is_read_as_it_is_and_never_changed(tmp_path, what):
    db_path = tmp_path / "desk" / "feedback.db"
    before = desk(db_path, "Lovely bread", "Cold coffee and a rude cashier")
    csv_file = tmp_path / "more.csv"
    csv_file.write_text("Date,Review\n2026-03-02,Great rolls\n", encoding="utf-8")
    with read_only(db_path if what == "file" else db_path.parent):
        with pytest.raises(NotWritable, match=f"{what} .*read-only"):
            Store(db_path)
        stats = cli("stats", "--json", db=db_path)
        assert json.loads(stats.stdout)["feedback"] == 2
        assert "read-only; reading it as it is" in stats.stderr
        assert "Cold coffee" in cli("search", "coffee", db=db_path).stdout
        export = cli("export", "--out", str(tmp_path / "rescued.json"), db=db_path)
        assert "Exported 2 feedback items" in export.stdout
        copy = tmp_path / "copy.db"
        cli("backup", "--out", str(copy), db=db_path)
        refused = cli("import", str(csv_file), db=db_path, check=False)
        assert refused.returncode == 2
        assert "cannot save changes" in refused.stderr and "Nothing was changed" in refused.stderr
        assert "Traceback" not in refused.stderr and "damaged" not in refused.stderr
        # A backup only reads: it is made when its folder may be written.
        own = cli("backup", db=db_path, check=what == "file")
        if what == "folder":
            assert own.returncode == 2 and "may not write in" in own.stderr
            assert f"{db_path.parent / 'backups'}" in own.stderr and "damaged" not in own.stderr
        else:
            assert backups.list_backups(db_path)[0].path == Path(own.stdout.strip())
    assert db_path.read_bytes() == before
    expected = ["feedback.db"] if what == "folder" else ["backups", "feedback.db"]
    assert sorted(p.name for p in db_path.parent.iterdir()) == expected
    with Store(copy) as store:
        assert store.stats()["feedback"] == 2


def test_a_damaged_database_says_so_and_the_newest_sound_backup_comes_back(db_path):
    desk(db_path, "Lovely bread")
    with Store(db_path) as store:
        made = store.backup()
    garbage = b"\x00not a database" * 300
    db_path.write_bytes(garbage)
    with pytest.raises(DatabaseDamaged):
        Store(db_path)
    said = cli("stats", db=db_path, check=False)
    assert said.returncode == 2 and "damaged" in said.stderr
    assert "restore newest" in said.stderr and "Traceback" not in said.stderr
    out = cli("restore", "newest", db=db_path).stdout
    assert str(made) in out and "kept as" in out
    assert json.loads(cli("stats", "--json", db=db_path).stdout)["feedback"] == 1
    # The damaged file is kept as the newest backup; a second damage passes it over.
    kept = backups.list_backups(db_path)[0]
    assert kept.reason == "before-restore" and kept.path.read_bytes() == garbage
    db_path.write_bytes(garbage)
    assert backups.newest_sound(db_path).path == made
    cli("restore", "newest", db=db_path)
    assert json.loads(cli("stats", "--json", db=db_path).stdout)["feedback"] == 1


def test_backups_of_a_database_that_is_gone(db_path):
    assert cli("backups", db=db_path).stdout.strip() == f"There is no database at {db_path}."
    desk(db_path, "Lovely bread")
    with Store(db_path) as store:
        store.backup()
    db_path.unlink()
    said = cli("backups", db=db_path)
    assert "manual" in said.stdout
    assert "is not there" in said.stderr and "restore BACKUP" in said.stderr
    cli("restore", "newest", db=db_path)
    assert json.loads(cli("stats", "--json", db=db_path).stdout)["feedback"] == 1


def _export(tmp_path: Path) -> dict:
    source = tmp_path / "source.db"
    desk(source, "Lovely bread", "Cold coffee")
    out = tmp_path / "everything.json"
    cli("export", "--out", str(out), db=source)
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (lambda d: d["feedback"][0].update(id=10**30), "a value does not fit"),
        (lambda d: d["feedback"][0].update(id=1e30), "of the wrong kind"),
        (lambda d: d["feedback"][0].update(body=["a", "list"]), "of the wrong kind"),
        (lambda d: d["feedback"].append(dict(d["feedback"][0])), "two records share one id"),
        (lambda d: d.update(feedback_desk_export="1"), "export format is '1', not a number"),
        (lambda d: d.update(feedback_desk_export=99), "newer version"),
    ],
    ids=["huge-id", "fraction-id", "list-body", "same-id", "format-text", "format-newer"],
)
def test_an_export_edited_by_hand_is_refused_in_plain_words(tmp_path, edit, said):
    data = _export(tmp_path)
    edit(data)
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    new = tmp_path / "new.db"
    refused = cli("import", str(edited), db=new, check=False)
    assert refused.returncode == 2
    assert said in refused.stderr and "othing was restored" in refused.stderr
    assert "Traceback" not in refused.stderr
    with Store(new) as store:
        assert store.stats()["feedback"] == 0
