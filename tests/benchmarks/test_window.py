"""Start-up time and peak memory of the window, against a bare PySide6 + pyqtgraph window.

Each start is a fresh process (offscreen). Two times are kept: the ``ready MS`` the process
prints once its window is painted (time since the process began), and the wall time of the whole
process seen from outside, which is the fairer figure (it includes interpreter start and exit).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from .helpers import REPEAT, Figure, report, run_measured

BARE_WINDOW = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
APP = str(Path(sys.executable).with_name("feedback-desk"))


@dataclass
class Run:
    ready_ms: float  # as printed by the process
    wall_ms: float  # seen from outside
    peak_mb: float  # peak resident set size of the process


def start(command: list[str]) -> Run:
    """Run a ``--smoke``-style command to its end: its times and its own peak memory."""
    output, wall_ms, peak_mb = run_measured(command)
    ready = re.search(r"^ready (\d+)$", output, re.MULTILINE)
    assert ready, f"{command} printed no ready line:\n{output}"
    return Run(float(ready[1]), wall_ms, peak_mb)


def best_starts(commands: dict[str, list[str]], repeat: int = REPEAT) -> dict[str, Run]:
    """Each command started ``repeat`` times, taking turns; the best time and the highest
    peak memory of each."""
    runs = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            runs[name].append(start(command))
    return {
        name: Run(
            min(r.ready_ms for r in done),
            min(r.wall_ms for r in done),
            max(r.peak_mb for r in done),
        )
        for name, done in runs.items()
    }


def smoke(db: Path) -> list[str]:
    return [APP, "--db", str(db), "gui", "--smoke"]


@pytest.mark.bench
def test_time_to_painted_inbox(db_100k):
    best = best_starts({"app": smoke(db_100k), "bare": BARE_WINDOW})
    app, bare = best["app"], best["bare"]
    reference = f"bare window (best of {REPEAT})"
    report(
        "startup",
        "Time to a painted inbox, 100,000 items (gui --smoke)",
        [
            Figure("wall time of the process", app.wall_ms, bare.wall_ms, reference, max_ratio=1.5),
            Figure(
                "'ready' printed (since start)",
                app.ready_ms,
                bare.ready_ms,
                reference,
                max_ratio=1.5,
            ),
        ],
        notes=["the wall time (from outside, interpreter start to exit) is the fairer figure"],
    )


@pytest.mark.bench
def test_peak_memory(db_1m):
    best = best_starts({"app": smoke(db_1m), "bare": BARE_WINDOW}, repeat=3)
    app, bare = best["app"], best["bare"]
    reference = "bare window (highest of 3)"
    report(
        "memory",
        "Peak memory of the window, 1,000,000 items (gui --smoke)",
        [
            Figure("peak RSS", app.peak_mb, bare.peak_mb, reference, unit="MB", max_value=300),
            Figure(
                "wall time of the process", app.wall_ms, bare.wall_ms, "bare window (best of 3)"
            ),
            Figure(
                "'ready' printed (since start)",
                app.ready_ms,
                bare.ready_ms,
                "bare window (best of 3)",
            ),
        ],
        notes=[
            "peak RSS of each process alone (ru_maxrss of a small launcher's child)",
            "the times are for information: the start-up target is on 100,000 items",
        ],
    )
