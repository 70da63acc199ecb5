"""Backups: names, the list, retention on a fixed clock, restore and move, and the command
line's `backup` and `backups` (CLI.md)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from feedback_desk.core import backups, intake
from feedback_desk.core.paths import default_db_path, location_file
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store import Store, StoreError
from feedback_desk.core.store.database import backup_path, backups_dir
from tests.core.test_cli import cli

NOW = datetime(2026, 3, 18, 12, 0, 0)  # a Wednesday, ISO week 12 of 2026


def add(store, *bodies: str) -> None:
    items = [NewFeedback(body=b, channel="email", received_at="2026-03-01") for b in bodies]
    intake.add_feedback(store, items, "paste")


def bodies(path: Path) -> list[str]:
    with Store(path) as store:
        return sorted(item.body for item in store.iter_feedback())


def touch_backup(db_path: Path, when: datetime, reason: str) -> Path:
    """An empty file named as a backup: retention reads only names."""
    path = backup_path(db_path, reason, when)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


# Names and the list ----------------------------------------------------------------------------
def test_names_are_parsed_and_anything_else_is_ignored(db_path):
    assert backups.parse_name(db_path, "feedback-20261003-091422-daily.db") == (
        datetime(2026, 10, 3, 9, 14, 22),
        "daily",
    )
    assert backups.parse_name(db_path, "feedback-20261003-091422-before-schema-3.db")[1] == (
        "before-schema-3"
    )
    for other in (
        "feedback-20261003-091422-daily.db-wal",
        "feedback-20261003-091422-daily.db.part",
        "feedback-20261003-091422-whatever.db",
        "feedback-20261399-091422-daily.db",  # not a date
        "shop-20261003-091422-daily.db",  # another database's
        "notes.txt",
    ):
        assert backups.parse_name(db_path, other) is None, other
    folder = backups_dir(db_path)
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    (folder / "shop-20261003-091422-daily.db").write_bytes(b"x")
    old = touch_backup(db_path, datetime(2026, 1, 1, 8), "daily")
    new = touch_backup(db_path, datetime(2026, 2, 1, 8), "manual")
    assert [b.path for b in backups.list_backups(db_path)] == [new, old]
    # Retention over them deletes nothing it does not own.
    backups.prune(db_path, datetime(2027, 6, 1))
    assert (folder / "notes.txt").exists() and (folder / "shop-20261003-091422-daily.db").exists()


def test_a_backup_is_one_consistent_file_named_by_its_reason(store, db_path):
    add(store, "Lovely scones")
    made = store.backup(reason="manual")
    again = store.backup(reason="manual")  # the same second: the name moves on, never clobbers
    assert made != again and made.exists() and again.exists()
    listed = backups.list_backups(db_path)
    assert {b.path for b in listed} == {made, again}
    entry = listed[0].as_dict()
    assert set(entry) == {"path", "created", "reason", "bytes"}
    assert entry["reason"] == "manual" and entry["bytes"] == made.stat().st_size > 0
    assert datetime.fromisoformat(entry["created"]).date() == date.today()
    assert sorted(p.name for p in made.parent.iterdir()) == sorted([made.name, again.name])
    assert bodies(made) == ["Lovely scones"]


# Retention -------------------------------------------------------------------------------------
def test_retention_over_400_days_of_daily_backups_keeps_7_4_12_less_overlaps(db_path):
    for n in range(400):  # one at 03:00 every day, from 2025-02-12 to 2026-03-18
        touch_backup(db_path, datetime(2026, 3, 18, 3) - timedelta(days=n), "daily")
    deleted = backups.prune(db_path, NOW)
    kept = sorted(b.created.date() for b in backups.list_backups(db_path))
    # Days: the last 7, Mar 12 to Mar 18 (7).
    # Weeks (Monday to Sunday): Mar 16-22 -> Mar 18 and Mar 9-15 -> Mar 15 are days already;
    #   Mar 2-8 -> Mar 8, Feb 23-Mar 1 -> Mar 1 are new (2).
    # Months: March -> Mar 18 is a day already; Feb 28, Jan 31, Dec 31, Nov 30, Oct 31,
    #   Sep 30, Aug 31, Jul 31, Jun 30, May 31, Apr 30 (2025) are new (11).
    # 7 + 4 + 12 = 23, less the 3 overlaps = 20.
    expected = sorted(
        [date(2026, 3, d) for d in range(12, 19)]
        + [date(2026, 3, 8), date(2026, 3, 1)]
        + [date(2026, 2, 28), date(2026, 1, 31)]
        + [date(2025, m, d) for m, d in ((12, 31), (11, 30), (10, 31), (9, 30), (8, 31))]
        + [date(2025, m, d) for m, d in ((7, 31), (6, 30), (5, 31), (4, 30))]
    )
    assert kept == expected and len(kept) == 20
    assert len(deleted) == 400 - 20
    assert backups.prune(db_path, NOW) == []  # a second pass has nothing more to do


def test_manual_restore_move_and_upgrade_backups_are_never_pruned(db_path):
    old = datetime(2020, 1, 1, 9)
    mine = [
        touch_backup(db_path, old, "manual"),
        touch_backup(db_path, old + timedelta(hours=1), "before-restore"),
        touch_backup(db_path, old + timedelta(hours=2), "before-move"),
        # The only way back to the version before an upgrade.
        touch_backup(db_path, old + timedelta(days=2), "before-schema-2"),
    ]
    automatic = [
        touch_backup(db_path, old + timedelta(days=1), "before-import"),
        touch_backup(db_path, old + timedelta(days=3), "daily"),
        touch_backup(db_path, old + timedelta(days=4), "daily"),
    ]
    deleted = backups.prune(db_path, NOW)
    # All automatic ones are years old; the newest of all stays anyway.
    assert sorted(deleted) == sorted(automatic[:2])
    assert all(p.exists() for p in [*mine, automatic[2]])


def test_the_newest_of_a_day_is_the_one_kept(db_path):
    morning = touch_backup(db_path, NOW.replace(hour=8), "before-import")
    noon = touch_backup(db_path, NOW.replace(hour=11), "daily")
    backups.prune(db_path, NOW)
    assert not morning.exists() and noon.exists()


def test_needs_daily(store, db_path):
    assert backups.needs_daily(db_path, date.today())
    assert backups.make_daily(db_path) is None  # nothing in it yet: nothing to keep
    add(store, "Quick service")
    store.backup(reason="before-import")
    assert backups.needs_daily(db_path, date.today())
    made = backups.make_daily(db_path)
    assert made.exists() and not backups.needs_daily(db_path, date.today())
    assert backups.needs_daily(db_path, date.today() + timedelta(days=1))
    assert backups.make_daily(db_path) is None  # once a day


def test_before_import_skips_an_empty_database(store, db_path):
    assert backups.before_import(store) is None
    assert backups.list_backups(db_path) == []
    add(store, "Great coffee")
    made = backups.before_import(store)
    assert [b.reason for b in backups.list_backups(db_path)] == ["before-import"]
    assert bodies(made) == ["Great coffee"]


# Restore ---------------------------------------------------------------------------------------
def test_restore_round_trip_keeps_the_data_and_backs_up_first(db_path):
    with Store(db_path) as store:
        add(store, "First visit")
        chosen = store.backup(reason="manual")
        add(store, "Second visit")
    kept = backups.restore(db_path, chosen)
    assert bodies(db_path) == ["First visit"]
    assert kept.name.endswith("-before-restore.db")
    assert bodies(kept) == ["First visit", "Second visit"]
    assert {b.reason for b in backups.list_backups(db_path)} == {"manual", "before-restore"}
    # No -wal of the old file is left to be replayed onto the restored one.
    assert not db_path.with_name(db_path.name + "-wal").exists()
    # Restoring the before-restore copy undoes the restore.
    backups.restore(db_path, kept)
    assert bodies(db_path) == ["First visit", "Second visit"]


def test_restore_while_the_old_file_has_a_live_wal(db_path):
    """A WAL full of recent commits (the window's connection still open) is SQLite's to
    deal with: the restored content wins, and nothing old is replayed over it."""
    with Store(db_path) as store:
        add(store, "Kept in the backup")
        chosen = store.backup()
    other = Store(db_path)
    try:
        add(other, *[f"recent {n}" for n in range(50)])
        assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
        backups.restore(db_path, chosen)
        assert [i.body for i in other.iter_feedback()] == ["Kept in the backup"]
    finally:
        other.close()
    assert bodies(db_path) == ["Kept in the backup"]


def test_a_truncated_backup_is_refused_and_nothing_is_overwritten(db_path):
    with Store(db_path) as store:
        add(store, *[f"review number {n} " * 20 for n in range(300)])
        chosen = store.backup()
    before = bodies(db_path)
    data = chosen.read_bytes()
    chosen.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError, match=r"damaged or incomplete.*Nothing was changed"):
        backups.restore(db_path, chosen)
    assert bodies(db_path) == before
    assert [b.reason for b in backups.list_backups(db_path)] == ["manual"]  # no before-restore


def test_a_file_that_is_not_a_backup_is_refused(db_path, tmp_path):
    Store(db_path).close()
    stranger = tmp_path / "other.db"
    with contextlib.closing(sqlite3.connect(stranger)) as conn:
        conn.execute("CREATE TABLE recipes(name)")
        conn.commit()
    with pytest.raises(StoreError, match="not a Feedback Desk backup"):
        backups.restore(db_path, stranger)


def test_restore_over_a_damaged_database_keeps_its_bytes(db_path):
    with Store(db_path) as store:
        add(store, "Safe and sound")
        chosen = store.backup()
    db_path.write_bytes(b"this is not a database" * 200)
    kept = backups.restore(db_path, chosen)
    assert bodies(db_path) == ["Safe and sound"]
    assert kept.read_bytes() == b"this is not a database" * 200


def test_restore_of_a_backup_with_another_page_size(db_path):
    """A WAL database cannot change its page size through the backup API; the file is then
    replaced whole, with the same checks."""
    with Store(db_path) as store:
        add(store, "In the backup")
        chosen = store.backup()
        add(store, "Later")
    with contextlib.closing(sqlite3.connect(chosen)) as conn:
        conn.execute("PRAGMA page_size = 8192")
        conn.execute("VACUUM")
    backups.restore(db_path, chosen)
    assert bodies(db_path) == ["In the backup"]
    assert not db_path.with_name(db_path.name + "-wal").exists()


# Move ------------------------------------------------------------------------------------------
def test_move_keeps_the_old_file_and_opens_at_the_new_place(tmp_path):
    db_path = default_db_path()
    with Store(db_path) as store:
        add(store, "Moving day")
        manual = store.backup()
    folder = tmp_path / "USB stick" / "Shop"
    moved = backups.move(db_path, folder)
    assert moved.path == folder / "feedback.db" and moved.remembered
    assert default_db_path() == moved.path.resolve()
    assert json.loads(location_file().read_text())["database"] == str(moved.path.resolve())
    assert bodies(moved.path) == ["Moving day"]
    # The old file stays, renamed; the backups are copied, the originals kept.
    assert not db_path.exists() and moved.old_kept_as.name.startswith("feedback-moved-")
    assert bodies(moved.old_kept_as) == ["Moving day"]
    assert manual.exists() and (backups_dir(moved.path) / manual.name).exists()
    reasons = [b.reason for b in backups.list_backups(moved.path)]
    assert sorted(reasons) == ["before-move", "manual"]
    # The command line without --db follows it too.
    out = json.loads(cli("backups", "--json").stdout)
    assert {Path(b["path"]).parent for b in out} == {backups_dir(moved.path).resolve()}


def test_move_refuses_an_open_database_or_an_occupied_place(db_path, tmp_path):
    Store(db_path).close()
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "feedback.db").write_bytes(b"someone else's")
    with pytest.raises(StoreError, match=r"already a feedback\.db"):
        backups.move(db_path, occupied)
    assert (occupied / "feedback.db").read_bytes() == b"someone else's"
    with Store(db_path), pytest.raises(StoreError, match="open in another window"):
        backups.move(db_path, tmp_path / "free")
    assert db_path.exists() and not (tmp_path / "free" / "feedback.db").exists()
    assert not location_file().exists()  # not the default database: nothing recorded


def test_move_into_a_read_only_folder_is_a_plain_refusal(db_path, tmp_path, monkeypatch):
    import errno
    import os

    Store(db_path).close()
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: the file system says no instead

        def refuse(_db, target):
            raise PermissionError(errno.EROFS, "Read-only file system", str(target))

        monkeypatch.setattr(backups, "backup_file", refuse)
    locked.chmod(0o500)
    try:
        with pytest.raises(StoreError, match=r"may not write in .*locked.*read-only"):
            backups.move(db_path, locked / "Shop")
    finally:
        locked.chmod(0o700)
    assert db_path.exists() and not (locked / "Shop" / "feedback.db").exists()


def test_a_full_disk_is_said_in_plain_words(db_path, tmp_path, monkeypatch):
    import errno

    with Store(db_path) as store:
        add(store, "Still here")
        chosen = store.backup()

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "copy_into", full)
    with pytest.raises(StoreError, match="The disk is full, so the backup was not restored"):
        backups.restore(db_path, chosen)
    assert bodies(db_path) == ["Still here"]


# The command line ------------------------------------------------------------------------------
def test_cli_backup_backups_and_the_backup_before_import(tmp_path):
    db = tmp_path / "shop.db"
    with Store(db) as store:
        add(store, "Lovely bread")
    made = Path(cli("backup", db=db).stdout.strip())
    assert made.parent == backups_dir(db) and made.name.endswith("-manual.db")
    out = tmp_path / "copy.db"
    assert Path(cli("backup", "--out", str(out), db=db).stdout.strip()) == out
    assert bodies(out) == ["Lovely bread"]
    listed = json.loads(cli("backups", "--json", db=db).stdout)
    assert [set(b) for b in listed] == [{"path", "created", "reason", "bytes"}]
    csv_file = tmp_path / "reviews.csv"
    csv_file.write_text("Date,Name,Stars,Review\n2026-03-02,Ann,5,Great rolls\n")
    cli("import", str(csv_file), db=db)
    listed = json.loads(cli("backups", "--json", db=db).stdout)
    assert [b["reason"] for b in listed] == ["before-import", "manual"]
    assert bodies(Path(listed[0]["path"])) == ["Lovely bread"]
    assert "before-import" in cli("backups", db=db).stdout


def test_cli_import_into_a_new_database_makes_no_backup(tmp_path):
    db = tmp_path / "new.db"
    csv_file = tmp_path / "reviews.csv"
    csv_file.write_text("Date,Name,Stars,Review\n2026-03-02,Ann,5,Great rolls\n")
    cli("import", str(csv_file), db=db)
    assert json.loads(cli("backups", "--json", db=db).stdout) == []
    assert "No backups" in cli("backups", db=db).stdout


def test_backup_path_uses_the_database_stem(tmp_path):
    path = backup_path(tmp_path / "my-shop.db", "daily", datetime(2026, 3, 18, 3, 0, 0))
    assert path == tmp_path / "backups" / "my-shop-20260318-030000-daily.db"
    assert backups.parse_name(tmp_path / "my-shop.db", path.name) == (
        datetime(2026, 3, 18, 3),
        "daily",
    )


def test_two_databases_with_one_stem_keep_apart_in_one_backups_folder(tmp_path):
    shop_db, shop_sqlite = tmp_path / "shop.db", tmp_path / "shop.sqlite"
    for path, body in ((shop_db, "In shop.db"), (shop_sqlite, "In shop.sqlite")):
        with Store(path) as store:
            add(store, body)
            store.backup()
    old = datetime(2025, 1, 1, 8)
    old_sqlite = touch_backup(shop_sqlite, old, "daily")
    assert old_sqlite.name == "shop-20250101-080000-daily.sqlite"
    assert len(backups.list_backups(shop_db)) == 1
    assert {b.path.suffix for b in backups.list_backups(shop_sqlite)} == {".sqlite"}
    for _ in range(12):  # many old daily backups of shop.db: retention lets all but one go
        touch_backup(shop_db, old, "daily")
        old += timedelta(days=1)
    backups.prune(shop_db, now=datetime(2026, 3, 1))
    assert old_sqlite.exists()  # shop.db's retention never touches shop.sqlite's backups
    with Store(shop_sqlite) as store:
        add(store, "Added later")
    manual = next(b for b in backups.list_backups(shop_sqlite) if b.reason == "manual")
    backups.restore(shop_sqlite, manual.path)
    assert bodies(shop_sqlite) == ["In shop.sqlite"]
    assert bodies(shop_db) == ["In shop.db"]


def test_a_database_that_cannot_be_written_is_never_replaced(db_path, monkeypatch):
    with Store(db_path) as store:
        add(store, "In the backup")
        chosen = store.backup()
        add(store, "Later")
    inode = db_path.stat().st_ino

    def read_only(*args):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(backups, "copy_into", read_only)
    with pytest.raises(StoreError, match="read-only"):
        backups.restore(db_path, chosen)
    assert db_path.stat().st_ino == inode  # the same file, not one renamed over it
    assert bodies(db_path) == ["In the backup", "Later"]


def test_the_copy_of_a_damaged_database_keeps_its_last_commits(db_path):
    with Store(db_path) as store:
        add(store, "One")
        kept = db_path.with_name("copy.db")
        store.backup(kept)
    with contextlib.closing(sqlite3.connect(kept)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("INSERT INTO settings (key, value) VALUES ('last', '\"in the WAL\"')")
        conn.commit()
        assert kept.with_name("copy.db-wal").exists()
        from feedback_desk.core.store.database import open_backup

        with contextlib.closing(open_backup(kept)) as read:
            found = read.execute("SELECT value FROM settings WHERE key = 'last'").fetchall()
            assert found == [('"in the WAL"',)]


def test_backup_out_never_writes_over_a_file_or_into_a_folder_name(db_path, tmp_path):
    from .test_cli import cli

    with Store(db_path) as store:
        add(store, "Keep me")
    precious = tmp_path / "precious.txt"
    precious.write_text("my notes")
    for target, said in (
        (precious, "already exists"),
        (tmp_path, "is a folder"),
        (db_path, "database itself"),
    ):
        result = cli("backup", "--out", str(target), db=db_path, check=False)
        assert result.returncode == 2 and said in result.stderr
    assert precious.read_text() == "my notes"
    assert not list(tmp_path.glob("*.part"))
