"""Words the core says to the owner, in the window's language, without Qt in the core.

The core writes each sentence as ``translate("context", "text")``: lupdate finds the calls by
that name and gathers them into the .ts files, and the window installs Qt's translator here at
start-up. Without it (the command line, scripts, tests) the words stay English.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def install(translator: Callable[[str, str], str] | None) -> None:
    """From now on ``translate`` asks ``translator(context, text)``; None: English again."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """``text`` in the window's language (English where nothing is installed)."""
    return _translator(context, text) if _translator else text
