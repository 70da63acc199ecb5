"""The log file: where a problem the owner reports can be looked up afterwards."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .core.paths import log_dir


def setup_logging(verbose: bool = False) -> Path | None:
    """Log to a rotating file in the platform's log folder. Returns its path, or None when the
    folder cannot be written (logging then goes to stderr only: the app still runs)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path = log_dir() / "feedback-desk.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler, path = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
