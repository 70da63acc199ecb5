"""Where Feedback Desk keeps the owner's data: the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from .. import APP_NAME


def data_dir() -> Path:
    """~/.local/share/Feedback Desk, ~/Library/Application Support/Feedback Desk,
    %LOCALAPPDATA%\\Feedback Desk. FEEDBACK_DESK_HOME overrides it (tests, portable use)."""
    override = os.environ.get("FEEDBACK_DESK_HOME")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "feedback.db"


def log_dir() -> Path:
    """Logs sit beside the data, in one folder the owner can find and send when asked."""
    return data_dir() / "logs"
