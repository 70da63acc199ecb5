"""Faults told by what they are, from real errors SQLite and the system raise (not made up):
damage, in use, no permission, a full disk. Only damage is damage."""

from __future__ import annotations

import contextlib
import errno
import sqlite3

import pytest

from feedback_desk.core.errors import Fault, describe, fault_of, size_text
from feedback_desk.core.store import DatabaseDamaged, Store, StoreError


def error_of(action) -> BaseException:
    with pytest.raises((sqlite3.Error, OSError)) as raised:
        action()
    return raised.value


def test_a_file_that_is_no_database_is_damage_and_only_that(tmp_path):
    garbage = tmp_path / "feedback.db"
    garbage.write_bytes(b"\x00not a database" * 400)
    with contextlib.closing(sqlite3.connect(garbage)) as conn:
        exc = error_of(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    assert exc.sqlite_errorname == "SQLITE_NOTADB"
    assert fault_of(exc) is Fault.DAMAGE
    assert describe(exc, "nothing was saved") is None  # damage is told by the store
    with pytest.raises(DatabaseDamaged, match="not a Feedback Desk database, or it is damaged"):
        Store(garbage)


def test_a_database_another_program_holds_is_in_use(db_path):
    Store(db_path).close()
    with (
        contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as holder,
        contextlib.closing(sqlite3.connect(db_path, timeout=0, isolation_level=None)) as other,
    ):
        holder.execute("BEGIN EXCLUSIVE")
        exc = error_of(lambda: other.execute("BEGIN EXCLUSIVE"))
        holder.execute("ROLLBACK")
    assert exc.sqlite_errorname.startswith("SQLITE_BUSY")
    assert fault_of(exc) is Fault.IN_USE
    assert describe(exc, "the reply was not saved") == (
        "Another copy of Feedback Desk or another program was using the file, so the reply "
        "was not saved. Try again in a moment."
    )


def test_a_database_opened_to_read_refuses_a_write_as_no_permission(db_path, tmp_path):
    Store(db_path).close()
    uri = db_path.resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
        exc = error_of(lambda: conn.execute("CREATE TABLE t (x)"))
    assert exc.sqlite_errorname.startswith("SQLITE_READONLY")
    assert fault_of(exc) is Fault.PERMISSION
    assert describe(exc, "nothing was saved", tmp_path) == (
        f"Feedback Desk may not write in {tmp_path} (it is read-only, or another user's), so "
        "nothing was saved. Choose another folder, or allow changes to this one."
    )


def test_the_system_s_own_error_numbers_are_read():
    assert fault_of(OSError(errno.ENOSPC, "No space left on device")) is Fault.FULL
    assert fault_of(OSError(errno.EROFS, "Read-only file system")) is Fault.PERMISSION
    assert fault_of(OSError(errno.EACCES, "Permission denied")) is Fault.PERMISSION
    assert fault_of(OSError(errno.EIO, "Input/output error")) is Fault.IO
    assert fault_of(OSError(errno.ENOENT, "No such file or directory")) is None  # a bug's
    assert fault_of(StoreError("anything")) is None
    assert fault_of(ValueError("a bug")) is None


def test_sizes_read_as_the_owner_reads_them():
    assert [size_text(n) for n in (0, 999, 1500, 1 << 20, 2_400_000, 168_000_000)] == [
        "0 bytes",
        "999 bytes",
        "1.5 KB",
        "1 MB",
        "2.4 MB",
        "168 MB",
    ]
