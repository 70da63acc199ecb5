"""The core stays Qt-free, and importing the package does no work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "feedback_desk" / "core"


def test_core_never_imports_qt():
    modules = sorted(
        "feedback_desk.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import sys\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(qt))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core pulled in Qt: {out.stdout}"
    assert len(modules) >= 8


def test_command_line_stats_does_not_load_qt(tmp_path):
    code = (
        "import sys\n"
        "from feedback_desk.cli import main\n"
        f"main(['--db', {str(tmp_path / 'x.db')!r}, 'stats', '--json'])\n"
        "print('QT' if 'PySide6' in sys.modules else 'NOQT')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("NOQT")


def test_opening_a_desk_leaves_numpy_for_the_charts(tmp_path):
    # sqlite-utils would load numpy (a third of a second at start-up) only to name its types.
    code = (
        "import sys\n"
        "from feedback_desk.core.store import Store\n"
        f"with Store({str(tmp_path / 'x.db')!r}) as store:\n"
        "    store.inbox_count()\n"
        "print('NUMPY' if 'numpy' in sys.modules else 'NONUMPY')\n"
        "import numpy, sqlite_utils\n"
        "print(numpy.arange(3).sum())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["NONUMPY", "3"]
