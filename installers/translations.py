"""The translations, the Qt way: pyside6-lupdate gathers every tr() and QT_TRANSLATE_NOOP of
feedback_desk/ into resources/translations/*.ts (Qt Linguist files, translated by hand), and
pyside6-lrelease compiles them into the .qm files the app loads. The .qm files are committed,
so a fresh clone and the bundle speak Korean without a build step (a test checks they match).

    python installers/translations.py          # update the .ts files, then compile them
    python installers/translations.py release  # compile only

feedback_desk_en.ts holds the English plural forms only ("1 item", "2 items")."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "feedback_desk"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"ko": ("ko_KR", []), "en": ("en_US", ["-pluralonly"])}


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease: beside this Python (a venv), else on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: install PySide6 (make run does).")
    return found


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"feedback_desk_{language}.ts"


def sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def update(folder: Path = FOLDER) -> None:
    """Bring each .ts in ``folder`` up to date with the strings in the code."""
    folder.mkdir(parents=True, exist_ok=True)
    for language, (target, options) in LANGUAGES.items():
        command = [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete"]
        command += [*options, "-target-language", target, "-ts", str(ts_file(language, folder))]
        subprocess.run(command, check=True, capture_output=True)


def release(folder: Path = FOLDER, into: Path | None = None) -> None:
    """Compile each .ts in ``folder`` into a .qm (in ``into``, default beside it). A changed
    .qm replaces the old one by a rename: a running app keeps reading the file it opened."""
    for language in LANGUAGES:
        ts = ts_file(language, folder)
        qm = (into or folder) / ts.with_suffix(".qm").name
        part = qm.with_name(qm.name + ".part")
        command = [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(part)]
        subprocess.run(command, check=True, capture_output=True)
        if qm.exists() and qm.read_bytes() == part.read_bytes():
            part.unlink()
        else:
            os.replace(part, qm)


if __name__ == "__main__":
    if sys.argv[1:] != ["release"]:
        update()
    release()
