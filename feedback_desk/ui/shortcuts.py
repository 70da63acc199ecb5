"""The keyboard shortcut sheet (press ?)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), in the order the sheet lists them."""
    return [
        ("↑ ↓  or  J K", QCoreApplication.translate("shortcuts", "Previous / next feedback")),
        ("Shift + ↑ ↓", QCoreApplication.translate("shortcuts", "Select several")),
        ("T", QCoreApplication.translate("shortcuts", "Tag the selection")),
        ("S", QCoreApplication.translate("shortcuts", "Change the status of the selection")),
        ("R", QCoreApplication.translate("shortcuts", "Reply to the feedback")),
        ("F", QCoreApplication.translate("shortcuts", "Follow up the selection by your rules")),
        ("C", QCoreApplication.translate("shortcuts", "The customer's story")),
        ("X", QCoreApplication.translate("shortcuts", "Mark as spam or fake (again: not spam)")),
        ("N", QCoreApplication.translate("shortcuts", "Add a handling note")),
        ("Delete", QCoreApplication.translate("shortcuts", "Move to the trash")),
        ("Ctrl+Z / Ctrl+Shift+Z", QCoreApplication.translate("shortcuts", "Undo / redo")),
        ("Ctrl+F  or  /", QCoreApplication.translate("shortcuts", "Search")),
        ("Ctrl+I", QCoreApplication.translate("shortcuts", "Import a file")),
        ("Ctrl+Shift+V", QCoreApplication.translate("shortcuts", "Paste feedback")),
        ("Ctrl+N", QCoreApplication.translate("shortcuts", "Add feedback")),
        ("?", QCoreApplication.translate("shortcuts", "This list")),
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
