"""File > Export...: everything in the desk, as a spreadsheet or a JSON file, from the window
(the same file as `feedback-desk export`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ..core.export import export_desk
from .display import Counted
from .problems import written


def tr(text: str) -> str:
    return QCoreApplication.translate("export", text)


def export_everything(parent: QWidget, store) -> str | None:
    """Ask where, write the whole desk there; returns the line for the status bar, or None
    when nothing was written (cancelled, or a failure already told)."""
    csv_filter = QCoreApplication.translate("export", "Spreadsheet, CSV (*.csv)")
    json_filter = QCoreApplication.translate("export", "JSON file (*.json)")
    suggested = Path.home() / f"Feedback Desk export {date.today():%Y-%m-%d}.csv"
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("export", "Export everything"),
        str(suggested),
        f"{csv_filter};;{json_filter}",
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".json"):
        target = target.with_name(target.name + (".json" if chosen == json_filter else ".csv"))
    count = written(
        parent,
        QCoreApplication.translate("export", "Export everything"),
        QCoreApplication.translate("faults", "nothing was exported"),
        lambda: export_desk(store, target),
    )
    if count is None:
        return None
    return Counted.tr(
        "Exported %Ln feedback items, with everything kept about them, to {file}.", "", count
    ).format(file=target.name)
