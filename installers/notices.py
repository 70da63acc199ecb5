"""The licences of what the installers ship: Python, Qt (PySide6) and the other packages.

Qt is under the LGPL 3: whoever passes it on must pass on its licence text too, so every
bundle carries a ``licenses`` folder: THIRD-PARTY.txt listing each component with its version
and licence, the licence files the packages ship, Python's licence and the LGPL and GPL 3
texts (kept in installers/licenses/, as the Qt wheels carry none).
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import shutil
import sys
import sysconfig
from pathlib import Path

import appinfo

HERE = Path(__file__).resolve().parent
PROJECT = appinfo.PACKAGE  # the distribution's name, as pip installed it
QT_LICENCE_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0]


def shipped_distributions(project: str = PROJECT) -> list[metadata.Distribution]:
    """The installed distributions the app needs to run, without the extras (test, dist)."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [project]
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a dependency for another platform or Python
        seen[key] = dist
        for requirement in dist.requires or ():
            marker = requirement.partition(";")[2]
            if "extra" in marker:
                continue
            if marker and not _marker_applies(marker):
                continue
            pending.append(_name(requirement))
    return [dist for key, dist in sorted(seen.items()) if key != PROJECT]


def _marker_applies(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:
        return True  # without packaging, list it: too many notices harm nobody
    return Marker(marker).evaluate()


def top_level_names(dist: metadata.Distribution) -> set[str]:
    """The import names a distribution installs ('PySide6', 'dateutil', 'vaderSentiment')."""
    names = set((dist.read_text("top_level.txt") or "").split())
    for file in dist.files or ():
        first = file.parts[0]
        if not first.endswith((".dist-info", ".data")) and first != "..":
            names.add(first.split(".")[0])
    return names


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    text = meta.get("License-Expression") or meta.get("License") or ""
    if not text or len(text) > 80 or "\n" in text:
        classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []]
        text = ", ".join(c for c in classifiers if "License" in c) or "see its licence files"
    return text


def licence_files(dist: metadata.Distribution) -> list[Path]:
    found = []
    for file in dist.files or ():
        name = file.name.upper()
        in_metadata = file.parent.name.endswith(".dist-info") or "licenses" in file.parts
        if in_metadata and any(w in name for w in ("LICEN", "COPYING", "NOTICE", "AUTHORS")):
            found.append(Path(file.locate()))
    return [path for path in found if path.is_file()]


def write(folder: Path, shipped_modules: set[str] | None = None) -> Path:
    """Fill ``folder`` (made anew) with the notices of the distributions the app needs whose
    modules are among ``shipped_modules`` (top-level names; None: all of them)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    python = f"Python {sys.version.split()[0]}"
    lines = [
        f"{appinfo.NAME} includes the following software, each under its own licence.",
        "",
        f"{python}: PSF-2.0 (python/LICENSE.txt)",
    ]
    python_licence = Path(sysconfig.get_paths()["stdlib"], "LICENSE.txt")
    if python_licence.is_file():
        (folder / "python").mkdir()
        shutil.copy(python_licence, folder / "python" / "LICENSE.txt")
    for dist in shipped_distributions():
        if shipped_modules is not None and not top_level_names(dist) & shipped_modules:
            continue
        name, version = dist.metadata["Name"], dist.version
        files = licence_files(dist)
        where = f"{name}/" if files else ""
        if files:
            (folder / name).mkdir(exist_ok=True)
            for path in files:
                shutil.copy(path, folder / name / path.name)
        lines.append(f"{name} {version}: {licence_of(dist)} {f'({where})' if where else ''}")
        if name.lower().startswith(("pyside6", "shiboken6")):
            lines[-1] += " - Qt and PySide6 under the LGPL 3, whose text is in qt/"
    (folder / "qt").mkdir()
    for text in QT_LICENCE_TEXTS:
        shutil.copy(HERE / "licenses" / text, folder / "qt" / text)
    lines += [
        "",
        "numpy's wheel brings OpenBLAS (BSD-3-Clause) and the GCC runtime libraries libgfortran",
        "and libquadmath (GPL 3 with the GCC Runtime Library Exception); see numpy/.",
        "Qt's wheel brings ICU (Unicode-3.0); Qt is linked dynamically and can be replaced.",
    ]
    (folder / "THIRD-PARTY.txt").write_text(
        "\n".join(line.rstrip() for line in lines) + "\n", encoding="utf-8"
    )
    return folder


if __name__ == "__main__":
    print(write(Path(sys.argv[1])).joinpath("THIRD-PARTY.txt").read_text(encoding="utf-8"))
