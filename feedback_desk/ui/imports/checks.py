"""What the check of every row found, in words, before anything is written: the rows that
cannot be read, the rows already there (and as which item), the rows with bad bytes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from .. import display
from ..display import Counted


@dataclass(frozen=True)
class CheckReport:
    status: str
    lines: list[str]
    button: str
    keep_duplicates: str


def check_report(store, check) -> CheckReport:
    parts: list[str] = []
    lines: list[str] = []
    if check.problems:
        parts.append(
            Counted.tr("%Ln rows cannot be read.", "", len(check.problems))
            + " "
            + QCoreApplication.translate(
                "import", "Change where a column goes, or import the other rows and skip these:"
            )
        )
        lines += [
            QCoreApplication.translate("import", "Row {0}: {1}").format(p["row"], p["reason"])
            for p in check.problems
        ]
        button = QCoreApplication.translate("import", "Import the other rows")
    else:
        parts.append(QCoreApplication.translate("import", "Every row can be read."))
        button = QCoreApplication.translate("import", "Import")
    keep = ""
    if check.duplicates:
        count = len(check.duplicates)
        parts.append(Counted.tr("%Ln rows are already there and will be passed over.", "", count))
        lines += [_duplicate_line(store, d) for d in check.duplicates]
        keep = Counted.tr("Import the %Ln duplicates anyway", "", count)
    if check.bad_byte_rows:
        rows = ", ".join(str(n) for n in check.bad_byte_rows[:50])
        lines.append(
            QCoreApplication.translate(
                "import", "Rows with bytes that are not UTF-8 (shown as \ufffd): {0}"
            ).format(rows)
        )
    return CheckReport(" ".join(parts), lines, button, keep)


def _duplicate_line(store, duplicate: dict) -> str:
    if duplicate.get("item") is None:
        return QCoreApplication.translate(
            "import", "Row {0}: the same as row {1} of this file"
        ).format(duplicate["row"], duplicate["of_row"])
    item = store.get_feedback(duplicate["item"])
    details = ""
    if item is not None:
        when = display.date_text(item.received_at or "")
        details = ", ".join(part for part in (when, item.author) if part)
    line = QCoreApplication.translate("import", "Row {0}: already there as item {1}").format(
        duplicate["row"], duplicate["item"]
    )
    return f"{line} ({details})" if details else line
