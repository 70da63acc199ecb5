"""The keyboard shortcut sheet (press ?)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout


def _tr(text: str) -> str:
    return QCoreApplication.translate("shortcuts", text)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), in the order the sheet lists them."""
    return [
        ("↑ ↓  or  J K", _tr("Previous / next feedback")),
        ("Shift + ↑ ↓", _tr("Select several")),
        ("T", _tr("Tag the selection")),
        ("S", _tr("Change the status of the selection")),
        ("R", _tr("Reply to the feedback")),
        ("F", _tr("Follow up the selection by your rules")),
        ("C", _tr("The customer's story")),
        ("X", _tr("Mark as spam or fake (again: not spam)")),
        ("N", _tr("Add a handling note")),
        ("Delete", _tr("Move to the trash")),
        ("Ctrl+Z / Ctrl+Shift+Z", _tr("Undo / redo")),
        ("Ctrl+F  or  /", _tr("Search")),
        ("Ctrl+I", _tr("Import a file")),
        ("Ctrl+Shift+V", _tr("Paste feedback")),
        ("Ctrl+N", _tr("Add feedback")),
        ("?", _tr("This list")),
    ]


class ShortcutSheet(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'><b>{keys}</b></td><td>{what}</td></tr>"
            for keys, what in shortcut_rows()
        )
        sheet = QLabel(f"<table>{rows}</table>")
        sheet.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(sheet)
        layout.addWidget(buttons)
