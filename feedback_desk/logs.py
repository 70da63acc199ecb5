"""The log file: where a problem the owner reports can be looked up afterwards.

It never holds a customer's details or words: log calls give counts, ids and the kinds of
errors, and an error's traceback is written as its kind and the lines of code it went
through, without its message (which may quote a name, an address or a review).
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
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
    handler.setFormatter(NoPersonalData("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def where_it_failed(exc: BaseException) -> str:
    """An error as the log keeps it: the code it went through and its kind (with the kinds
    of the errors that led to it), never its message."""
    parts = []
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        frames = "".join(traceback.format_list(traceback.extract_tb(exc.__traceback__)))
        parts.append(f"Traceback (most recent call last):\n{frames}{type(exc).__qualname__}")
        exc = exc.__cause__ or exc.__context__
    return "\n\nwhile handling or caused by:\n".join(reversed(parts))


class NoPersonalData(logging.Formatter):
    """Writes an error's traceback without its message (see the module)."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler (a console's) may have kept the whole traceback on the record.
        kept, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = kept

    def formatException(self, ei) -> str:
        return where_it_failed(ei[1]) if ei and ei[1] is not None else ""
