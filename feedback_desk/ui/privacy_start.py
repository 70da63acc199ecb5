"""What the window does for customers' privacy as it starts: tell the owner, once, that their
files were made owner-only, and let go of the details of customers not heard from in the
years the owner chose (Settings), showing who first, the first time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..core import erasure
from ..core.owner_only import TOLD_KEY
from ..core.settings import FORGET_AFTER_YEARS, number_setting
from .display import Counted
from .problems import WRITE_ERRORS

SHOWN_MS = 30_000
PREVIEW_NAMES = 10  # names listed in the first preview; the rest are counted


def at_start(window, store, tightened: int, smoke: bool = False) -> None:
    """Run once the window shows. In a smoke run nothing asks and nothing is erased."""
    if tightened and not store.get_setting(TOLD_KEY):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "privacy",
                "Your database, its backups and the logs could be read by other accounts on "
                "this computer; now only you can read them.",
            ),
            SHOWN_MS,
        )
        _remember(store, TOLD_KEY)
    if not smoke:
        forget_quiet_customers(window, store)


def _remember(store, key: str) -> None:
    try:
        with store.transaction():
            store.set_setting(key, True)
    except WRITE_ERRORS:
        pass  # told again next time: nothing lost


def forget_quiet_customers(window, store) -> int:
    """Retention: erase the details of customers not heard from in the chosen years; the
    first time, after the owner saw who and said yes. Returns how many were erased."""
    years = number_setting(store, FORGET_AFTER_YEARS)
    found = erasure.quiet_customers(store, years)
    if not found:
        return 0
    if not store.get_setting(erasure.RETENTION_PREVIEWED):
        names = [store.customer(c).name or f"#{c}" for c in found[:PREVIEW_NAMES]]
        more = len(found) - len(names)
        listed = ", ".join(names) + (
            QCoreApplication.translate("privacy", " and {0} more").format(more) if more else ""
        )
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("privacy", "Forget customers not heard from?"),
            QCoreApplication.translate(
                "privacy",
                "{0} customers have not been heard from in {1} years: {2}.\n\nErase their "
                "names, e-mails and phone numbers now? What they said and their scores stay. "
                "From now on this happens on its own when Feedback Desk starts (Settings: "
                "Forget customers after).",
            ).format(len(found), years, listed),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        if answer != buttons.Yes:
            return 0
        _remember(store, erasure.RETENTION_PREVIEWED)
    try:
        count = erasure.forget_quiet(store, years)
    except WRITE_ERRORS:
        return 0  # tried again at the next start
    said = Counted.tr(
        "Erased the details of %Ln customers not heard from in {years} years.", "", count
    ).format(years=years)
    window.statusBar().showMessage(said, SHOWN_MS)
    return count
