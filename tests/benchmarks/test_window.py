"""Start-up time and peak memory of the window, against a bare PySide6 + pyqtgraph window.

Each start is a fresh process (offscreen). Two times are kept: the ``ready MS`` the process
prints once its window is painted (time since the process began), and the wall time of the whole
process seen from outside, which is the fairer figure (it includes interpreter start and exit).

Warm starts are timed as a second launch of the installed app runs: its modules byte-compiled
(pip and the bundle compile them at install; pyqtgraph's are, for the bare window) and one
untimed start of each command first, so both read their files from the system's cache.
"""

from __future__ import annotations

import compileall
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import BIG
from .helpers import REPEAT, Figure, Timing, median_starts, report, start

BARE_WINDOW = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
APP = str(Path(sys.executable).with_name("feedback-desk"))


def smoke(db: Path) -> list[str]:
    return [APP, "--db", str(db), "gui", "--smoke"]


def compiled() -> None:
    """The app's modules byte-compiled, as installed (pip and the bundle compile them)."""
    import feedback_desk

    compileall.compile_dir(Path(feedback_desk.__file__).parent, quiet=1)


def warm(*commands: list[str]) -> None:
    """As a second launch of the installed app: modules compiled, files in the system's cache."""
    compiled()
    for command in commands:
        start(command)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """The demo desk (``feedback-desk demo``), as the owner first sees the app."""
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    subprocess.run([APP, "--db", str(db), "demo"], check=True, capture_output=True)
    return db


@pytest.mark.bench
@pytest.mark.parametrize(
    ("name", "what"), [("demo_db", "the demo desk"), ("db_100k", "100,000 items")]
)
def test_time_to_painted_inbox(name, what, request):
    app_command = smoke(request.getfixturevalue(name))
    warm(app_command, BARE_WINDOW)
    runs = median_starts({"app": app_command, "bare": BARE_WINDOW})
    app, bare = runs["app"], runs["bare"]
    reference = f"bare window (median of {REPEAT})"
    report(
        f"startup-{name}",
        f"Time to a painted inbox, {what} (gui --smoke, warm)",
        [
            Figure("wall time of the process", app.wall_ms, bare.wall_ms, reference, max_ratio=1.3),
            Figure(
                "'ready' printed (since start)",
                app.ready_ms,
                bare.ready_ms,
                reference,
                max_ratio=1.3,
            ),
        ],
        notes=["the wall time (from outside, interpreter start to exit) is the fairer figure"],
    )


@pytest.mark.bench
def test_cold_start_on_a_fresh_copy(db_1m, tmp_path):
    """Each start opens a fresh copy of the big database, so nothing of an earlier start
    (SQLite's page cache, a -wal or -shm beside the file) helps it. The copy may still sit in
    the system's file cache: dropping that needs root and slows every other process."""
    compiled()
    copies = (tmp_path / f"copy-{n}.db" for n in range(100))

    def fresh() -> list[str]:
        copy = next(copies)
        shutil.copyfile(db_1m, copy)
        # On disk before the start: else the app's first write to it (SQLite syncs the file)
        # would pay for writing out the whole copy, which no owner's start does.
        with copy.open("rb") as written:
            os.fsync(written.fileno())
        return smoke(copy)

    app, bare = [], []
    for _ in range(REPEAT):
        command = fresh()
        app.append(start(command))
        bare.append(start(BARE_WINDOW))
        Path(command[2]).unlink()
    reference = f"bare window (median of {REPEAT})"
    report(
        "cold-start",
        f"Cold start on a fresh copy of {BIG:,} items (gui --smoke)",
        [
            Figure(
                "wall time of the process",
                Timing([r.wall_ms for r in app]),
                Timing([r.wall_ms for r in bare]),
                reference,
            ),
            Figure(
                "'ready' printed (since start)",
                Timing([r.ready_ms for r in app]),
                Timing([r.ready_ms for r in bare]),
                reference,
            ),
        ],
    )


@pytest.mark.bench
def test_peak_memory(db_1m):
    runs = median_starts({"app": smoke(db_1m), "bare": BARE_WINDOW})
    app, bare = runs["app"], runs["bare"]
    reference = f"bare window (highest of {REPEAT})"
    report(
        "memory",
        f"Peak memory of the window, {BIG:,} items (gui --smoke)",
        [
            Figure("peak RSS", app.peak_mb, bare.peak_mb, reference, unit="MB", max_value=300),
            Figure(
                "wall time of the process", app.wall_ms, bare.wall_ms, "bare window (median of 5)"
            ),
            Figure(
                "'ready' printed (since start)",
                app.ready_ms,
                bare.ready_ms,
                "bare window (median of 5)",
            ),
        ],
        notes=[
            "peak RSS of each process alone (ru_maxrss of a small launcher's child)",
            "the times are for information: the start-up target is on 100,000 items",
        ],
    )
