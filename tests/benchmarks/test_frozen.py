"""The installed app: the one-folder bundle's and the .deb's sizes, and the frozen app's start
against the start from source.

Needs `make dist` first (the bundle in dist/feedback-desk, and on Linux the .deb); skips with
that reason otherwise. Sizes are in MB (10^6 bytes) of the files as they lie on disk. The
start is `gui --smoke` (window opened, inbox painted, then quit) on one fresh database filled
with the demo data, frozen and from source taking turns, the median of 5 each.
"""

from __future__ import annotations

import importlib.metadata as metadata
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import REPEAT, Figure, median_starts, report

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installers"))
import build  # noqa: E402
import notices  # noqa: E402
from build import BUNDLE, DIST, megabytes  # noqa: E402

FROZEN = build.PROGRAM
SOURCE = [sys.executable, "-m", "feedback_desk"]
BUNDLE_TARGET_MB = 150
DEB_TARGET_MB = 60
START_TARGET_RATIO = 1.2

pytestmark = pytest.mark.skipif(
    not FROZEN.exists(), reason=f"no frozen app in {DIST}: run `make dist` first"
)


def installed_mb() -> float:
    """What the app's runtime dependencies take installed by pip (their RECORD files), pip
    itself left aside: the reference the bundle is held against."""
    total = 0
    for dist in notices.shipped_distributions():
        if dist.metadata["Name"].lower() in ("pip", "setuptools", "wheel"):
            continue
        for file in dist.files or ():
            located = Path(file.locate())
            if located.is_file():
                total += located.stat().st_size
    return total / 1e6


@pytest.mark.bench
def test_bundle_and_deb_size():
    figures = [
        Figure(
            "one-folder bundle",
            megabytes(BUNDLE),
            installed_mb(),
            "the dependencies installed by pip",
            unit="MB",
            max_value=BUNDLE_TARGET_MB,
        )
    ]
    deb = build.deb_path() if build.LINUX else None
    if deb and deb.exists():
        figures.append(
            Figure(
                ".deb (xz)",
                megabytes(deb),
                figures[0].value,
                "the bundle it holds",
                unit="MB",
                max_value=DEB_TARGET_MB,
            )
        )
    big = sorted(
        (p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()),
        key=lambda p: p.stat().st_size,
        reverse=True,
    )[:6]
    report(
        "frozen_size",
        "Size of the installed app",
        figures,
        notes=[
            "largest files: " + ", ".join(f"{p.name} {p.stat().st_size / 1e6:.0f} MB" for p in big)
        ],
    )


@pytest.mark.bench
def test_frozen_start_against_source(tmp_path):
    db = tmp_path / "start.db"
    subprocess.run([*SOURCE, "--db", str(db), "demo"], check=True, capture_output=True)
    smoke = ["--db", str(db), "gui", "--smoke"]
    # Taking turns, so a noisy moment hurts both alike.
    runs = median_starts({"frozen": [str(FROZEN), *smoke], "source": [*SOURCE, *smoke]})
    reference = f"python -m feedback_desk (median of {REPEAT})"
    version = metadata.version("pyinstaller")
    report(
        "frozen_start",
        "Frozen app against the start from source (gui --smoke, demo data)",
        [
            Figure(
                "'ready' printed (since the command line began)",
                runs["frozen"].ready_ms,
                runs["source"].ready_ms,
                reference,
                max_ratio=START_TARGET_RATIO,
            ),
            Figure(
                "wall time of the process",
                runs["frozen"].wall_ms,
                runs["source"].wall_ms,
                reference,
                max_ratio=START_TARGET_RATIO,
            ),
        ],
        notes=[
            "'ready' counts from the import of feedback_desk.cli, so it leaves out the start of "
            "the interpreter (from source) and the bootloader (frozen): the wall time, seen "
            "from outside, holds both and is the fairer figure",
            f"frozen with PyInstaller {version}; the bootloader starts the program twice on "
            "Linux (to set LD_LIBRARY_PATH)",
        ],
    )
