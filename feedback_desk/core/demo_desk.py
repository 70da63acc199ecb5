"""The demo desk: the invented bakery's feedback lives in a database of its own, beside the
owner's, so trying the demo never mixes invented reviews into real ones."""

from __future__ import annotations

from pathlib import Path

DEMO_FOLDER = "demo"


def demo_database(home: Path, language: str = "en") -> Path:
    """Where the demo desk of the database ``home`` lives: a ``demo`` folder beside it (its
    backups go into that folder's own ``backups``, never among the owner's). Each language
    has its own demo shop (the Korean one is a Korean bakery)."""
    name = f"{home.stem}-demo" + ("" if language == "en" else f"-{language}")
    return home.parent / DEMO_FOLDER / f"{name}{home.suffix or '.db'}"


def is_demo_database(path: Path) -> bool:
    return path.parent.name == DEMO_FOLDER and "-demo" in path.stem


def fill_demo(path: Path, language: str = "en") -> bool:
    """Open (or make) the demo desk at ``path`` and fill it with the demo feedback in
    ``language`` the first time. Returns True when it was filled now."""
    from .demo import load_demo
    from .korean_tags import name_tags_in_korean
    from .store import Store

    path.parent.mkdir(parents=True, exist_ok=True)
    with Store(path) as store:
        if store.inbox_count() > 0:
            return False
        if language == "ko":  # a Korean shop's tags and templates, as a new Korean desk has
            name_tags_in_korean(store)
            store.add_starting_templates(language)
        load_demo(store, language=language)
        return True
