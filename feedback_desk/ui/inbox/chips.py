"""The active filters as chips the owner can remove one by one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class ChipBar(QWidget):
    """A row of chips; clicking a chip's × removes it (``removed`` gives its key)."""

    removed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addStretch(1)
        self.chips: dict[str, QPushButton] = {}

    def set_chips(self, chips: list[tuple[str, str]]) -> None:
        """Show ``(key, label)`` chips, replacing those shown before."""
        for chip in self.chips.values():
            chip.deleteLater()
        self.chips = {}
        for key, label in chips:
            chip = QPushButton(f"{label}  ×")
            chip.setObjectName("chip")
            chip.setToolTip(self.tr("Remove this filter"))
            chip.clicked.connect(lambda _=False, k=key: self.removed.emit(k))
            self._layout.insertWidget(self._layout.count() - 1, chip)
            self.chips[key] = chip
        self.setVisible(bool(chips))
