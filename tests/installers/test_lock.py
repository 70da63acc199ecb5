"""The lock file pins every library pyproject.toml names, so fresh machines install the same."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    """The normalised project name of a requirement such as 'PySide6-Essentials>=6.7,!=6.12.0'."""
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _pinned() -> dict[str, list[str]]:
    pins: dict[str, list[str]] = {}
    for line in (ROOT / "installers" / "requirements.lock").read_text().splitlines():
        match = re.match(r"([A-Za-z0-9_.-]+)==(\S+)", line)
        if match:
            pins.setdefault(_name(match[1]), []).append(match[2])
    return pins


def test_every_library_in_pyproject_is_pinned_in_the_lock():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted += extra
    pins = _pinned()
    missing = sorted({_name(r) for r in wanted} - pins.keys())
    assert not missing, f"run `make lock`: not pinned in installers/requirements.lock: {missing}"


def test_the_lock_keeps_the_qt_release_pyproject_refuses():
    # pyproject.toml leaves out PySide6 6.12.0; a lock made before that rule must not bring it back.
    assert "6.12.0" not in _pinned()["pyside6-essentials"]
