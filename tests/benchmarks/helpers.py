"""Timing and reporting for the benchmarks.

The machines are shared and noisy, so every figure is measured against a reference taken in the
same run (a ratio), repeated, and the best run kept. Targets are printed as PASS or MISS; they
never fail a test.
"""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
REPEAT = 5


def best_of(runs: dict[str, Callable[[], object]], repeat: int = REPEAT) -> dict[str, float]:
    """The best (smallest) time in milliseconds of each callable. The callables take turns
    within each round, so a noisy moment of the machine hurts them alike."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            best[name] = min(best[name], (time.perf_counter() - start) * 1000)
    return best


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


def report(name: str, title: str, figures: list[Figure], notes: list[str] = ()) -> Path:
    """Print the figures as a table and write them to ``results/<name>.json``."""
    header = ("figure", "measured", "reference", "ref. value", "ratio", "target", "verdict")
    rows = [
        (
            f.what,
            f"{f.value:.1f} {f.unit}",
            f.reference_name,
            f"{f.reference:.1f} {f.unit}",
            f"{f.ratio:.2f}x",
            f.target,
            f.verdict,
        )
        for f in figures
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(f"\n== {title} ==")
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))
    for note in notes:
        print(f"  note: {note}")

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
