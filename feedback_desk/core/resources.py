"""Finding the files in ``resources/``, from source and from the frozen app alike."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("demo", "feedback.json")``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen, "resources", *parts)
    package = Path(__file__).resolve().parents[1]
    installed = package / "resources"  # a wheel carries them inside the package
    base = installed if installed.is_dir() else package.parent / "resources"
    return base.joinpath(*parts)
