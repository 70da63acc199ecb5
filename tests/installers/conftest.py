"""The installer recipes are checked where they stand: installers/ is not a package, so its
modules are imported from that folder."""

from __future__ import annotations

import sys
from pathlib import Path

INSTALLERS = Path(__file__).resolve().parents[2] / "installers"
if str(INSTALLERS) not in sys.path:
    sys.path.insert(0, str(INSTALLERS))
