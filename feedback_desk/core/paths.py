"""Where Feedback Desk keeps the owner's data: the platform's user data folder, or the place
the database was moved to (recorded in ``location.json`` in that folder)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from platformdirs import user_data_path

from .. import APP_NAME
from .words import translate
from .writing import write_text

log = logging.getLogger(__name__)
LOCATION_FILE = "location.json"


def data_dir() -> Path:
    """~/.local/share/Feedback Desk, ~/Library/Application Support/Feedback Desk,
    %LOCALAPPDATA%\\Feedback Desk. FEEDBACK_DESK_HOME overrides it (tests, portable use)."""
    override = os.environ.get("FEEDBACK_DESK_HOME")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """The database the app opens: where it was moved to, else feedback.db in the data
    folder."""
    return recorded_db_path() or data_dir() / "feedback.db"


def location_file() -> Path:
    return data_dir() / LOCATION_FILE


def recorded_db_path() -> Path | None:
    """The database's new place after *Move database...*, while that file is there.

    A recorded file that is missing (a USB drive not plugged in) is not opened in its place
    as a new empty database; the default one is."""
    try:
        recorded = json.loads(location_file().read_text(encoding="utf-8"))["database"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring %s: %s", location_file(), exc)
        return None
    path = Path(recorded)
    if not path.is_file():
        log.warning("the database recorded in %s is not there: %s", location_file(), path)
        return None
    return path


def remember_db_location(path: Path | None) -> None:
    """Open ``path`` from now on (None: the default place again). Written whole, then
    moved into place (core/writing.py), so a crash never leaves half a file."""
    target = location_file()
    if path is None:
        target.unlink(missing_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"database": str(Path(path).resolve())}, ensure_ascii=False)
    write_text(target, text + "\n", translate("faults", "the new place was not recorded"))


def log_dir() -> Path:
    """Logs sit beside the data, in one folder the owner can find and send when asked."""
    return data_dir() / "logs"
