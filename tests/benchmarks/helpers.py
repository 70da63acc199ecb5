"""Timing and reporting for the benchmarks.

The machines are shared and noisy, so every figure is measured against a reference taken in the
same run, the two taking turns (interleaved), at least five times; the median is kept, with the
spread (fastest and slowest run) beside it. A best-of-N would flatter: the owner waits for the
usual run, not the luckiest. Targets are printed as PASS or MISS; they never fail a test.

Every figure of the session is also kept in ``TABLE``; conftest prints them all as one table at
the end (``make bench``).
"""

from __future__ import annotations

import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
REPEAT = max(5, int(os.environ.get("FEEDBACK_DESK_BENCH_REPEAT", "5")))
TABLE: list[tuple[str, Figure]] = []  # (title, figure) of every report of the session


class Timing(float):
    """A median time that remembers its spread: the fastest and slowest of its runs. It is a
    float, so sums of timings still read as numbers (their spread is then unknown)."""

    low: float
    high: float
    runs: int

    def __new__(cls, times: list[float]) -> Timing:
        self = super().__new__(cls, statistics.median(times))
        self.low, self.high, self.runs = min(times), max(times), len(times)
        return self

    def __reduce__(self):  # copied (dataclasses.asdict) as the plain median
        return float, (float(self),)


def median_of(runs: dict[str, Callable[[], object]], repeat: int = REPEAT) -> dict[str, Timing]:
    """The median time in milliseconds of each callable, with its spread, over ``repeat``
    rounds (at least five). The callables take turns within each round, so a noisy moment of
    the machine hurts them alike."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(max(repeat, 5)):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: Timing(taken) for name, taken in times.items()}


def spread(value: float) -> str:
    """ "low-high" of a Timing, "" for a plain number."""
    if isinstance(value, Timing):
        return f"{value.low:.0f}-{value.high:.0f}"
    return ""


@dataclass
class Figure:
    """One measured figure beside its reference, with the target it is held to (if any)."""

    what: str
    value: float
    reference: float
    reference_name: str
    unit: str = "ms"
    max_ratio: float | None = None  # target: value <= max_ratio * reference
    max_value: float | None = None  # target: value <= max_value (in ``unit``)

    @property
    def ratio(self) -> float:
        return self.value / self.reference if self.reference else float("inf")

    @property
    def target(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"<= {self.max_ratio:g}x")
        if self.max_value is not None:
            parts.append(f"<= {self.max_value:g} {self.unit}")
        return " and ".join(parts) or "-"

    @property
    def verdict(self) -> str:
        if self.max_ratio is None and self.max_value is None:
            return "-"
        ok = (self.max_ratio is None or self.ratio <= self.max_ratio) and (
            self.max_value is None or self.value <= self.max_value
        )
        return "PASS" if ok else "MISS"


def _cells(f: Figure) -> tuple[str, ...]:
    measured = f"{f.value:.1f} {f.unit}" + (f" ({spread(f.value)})" if spread(f.value) else "")
    reference = f"{f.reference:.1f} {f.unit}"
    reference += f" ({spread(f.reference)})" if spread(f.reference) else ""
    return (f.what, measured, f.reference_name, reference, f"{f.ratio:.2f}x", f.target, f.verdict)


HEADER = (
    "figure",
    "median (spread)",
    "reference",
    "ref. median (spread)",
    "ratio",
    "target",
    "verdict",
)


def table(rows: list[tuple[str, ...]], header: tuple[str, ...] = HEADER) -> list[str]:
    """Rows of cells as lines of text in aligned columns, under their header."""
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    return [line.format(*header), line.format(*("-" * w for w in widths))] + [
        line.format(*row) for row in rows
    ]


def report(name: str, title: str, figures: list[Figure], notes: list[str] = ()) -> Path:
    """Print the figures as a table, keep them for the session's table (TABLE) and write them
    to ``results/<name>.json``."""
    print(f"\n== {title} ==")
    print("\n".join(table([_cells(f) for f in figures])))
    for note in notes:
        print(f"  note: {note}")
    TABLE.extend((title, f) for f in figures)

    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(
        json.dumps(
            {
                "benchmark": name,
                "title": title,
                "when": datetime.now().isoformat(timespec="seconds"),
                "machine": {
                    "python": sys.version.split()[0],
                    "platform": platform.platform(),
                    "cpus": os.cpu_count(),
                },
                "figures": [
                    asdict(f)
                    | {"spread": spread(f.value), "reference_spread": spread(f.reference)}
                    | {"ratio": round(f.ratio, 3), "target": f.target, "verdict": f.verdict}
                    for f in figures
                ],
                "notes": list(notes),
            },
            indent=2,
        )
        + "\n"
    )
    print(f"  written to {path}")
    return path


# Linux carries a process's peak memory across fork and exec, so a child of this (large) test
# process reports at least the test's own peak. A small launcher in between starts the command
# and reports the peak of its child (and that child's own children) alone.
_LAUNCHER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[1:])\n"
    "print('peak_kib', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def run_measured(command: list, env: dict | None = None) -> tuple[str, float, float]:
    """Run ``command`` to its end: its output, wall time in ms and peak memory in MB."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"} | (env or {})
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *map(str, command)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    wall_ms = (time.perf_counter() - began) * 1000
    peak = re.search(r"^peak_kib (\d+)$", result.stderr, re.MULTILINE)
    assert result.returncode == 0 and peak, f"{command} failed:\n{result.stderr}"
    kib = int(peak[1]) if sys.platform != "darwin" else int(peak[1]) / 1024  # macOS: bytes
    return result.stdout, wall_ms, kib * 1024 / 1e6


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


def median_starts(commands: dict[str, list[str]], repeat: int = REPEAT) -> dict[str, Run]:
    """Each command started ``repeat`` times (at least five), taking turns; the median times
    (with their spread) and the highest peak memory of each."""
    runs = {name: [] for name in commands}
    for _ in range(max(repeat, 5)):
        for name, command in commands.items():
            runs[name].append(start(command))
    return {
        name: Run(
            Timing([r.ready_ms for r in done]),
            Timing([r.wall_ms for r in done]),
            max(r.peak_mb for r in done),
        )
        for name, done in runs.items()
    }
