"""Which language the window speaks: the system's by default, or the one chosen in Settings.

Our translations are Qt Linguist files in ``resources/translations/`` (feedback_desk_ko.qm,
and feedback_desk_en.qm with the English plural forms only); Qt's own words (dialog buttons,
the file and print dialogs) come from Qt's qtbase_<language>.qm. The choice is kept per user
(not per database: the window speaks before a database is open) and applies at the next start,
when every page is built again in the new language. ``FEEDBACK_DESK_LANGUAGE`` (system, en, ko)
overrides it for one run."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from .. import APP_NAME
from ..core import words
from ..core.resources import resource_path

SYSTEM = "system"
# The choices in Settings > Language: each language is named in itself.
CHOICES = (
    (SYSTEM, QT_TRANSLATE_NOOP("language", "System language")),
    ("en", "English"),
    ("ko", "한국어"),
)
SPOKEN = ("en", "ko")  # the languages Feedback Desk is translated into
KEY = "language"
ENV = "FEEDBACK_DESK_LANGUAGE"


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def chosen() -> str:
    """The owner's choice: 'system', 'en' or 'ko'."""
    value = os.environ.get(ENV) or _settings().value(KEY, SYSTEM)
    return value if value in (SYSTEM, *SPOKEN) else SYSTEM


def choose(value: str) -> None:
    """Keep the owner's choice for the next start."""
    _settings().setValue(KEY, value if value in SPOKEN else SYSTEM)
    _settings().sync()


def system_language() -> str:
    """'ko' when the system's languages put Korean before English, else 'en'."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SPOKEN:
            return code
    return "en"


def language_of(choice: str) -> str:
    return system_language() if choice == SYSTEM else choice


def locale_for(language: str) -> QLocale:
    """The locale dates and numbers are written in: the system's when it speaks the language
    (an English system in Britain keeps 25/12), else the language's main country."""
    system = QLocale.system()
    if language_of(SYSTEM) == language:
        return system
    if language == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _qt_translations() -> list[Path]:
    """Where Qt's own .qm files are: Qt's path, then PySide6's folder (a frozen app)."""
    import PySide6

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    folders.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    return folders


def install(app, choice: str | None = None) -> str:
    """Load the translations for ``choice`` (default: the owner's) into ``app``, replacing
    any loaded before, and make its locale the default. Returns the language ('en' or 'ko')."""
    language = language_of(choice or chosen())
    for old in getattr(app, "feedback_desk_translators", []):
        QCoreApplication.removeTranslator(old)
    loaded = []
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{language}", str(folder)) for folder in _qt_translations()):
        loaded.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"feedback_desk_{language}.qm"))):
        loaded.append(ours)
    for translator in loaded:
        QCoreApplication.installTranslator(translator)
    app.feedback_desk_translators = loaded
    app.feedback_desk_language = language
    words.install(QCoreApplication.translate)  # what the core says, in this language
    QLocale.setDefault(locale_for(language))
    return language


def current() -> str:
    """The language the window speaks now: 'en' or 'ko'."""
    app = QCoreApplication.instance()
    return getattr(app, "feedback_desk_language", "en")
