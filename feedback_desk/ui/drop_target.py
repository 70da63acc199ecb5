"""What the window shows while a file is dragged over it: a clear place to drop it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget


def dropped_files(mime) -> list[Path]:
    """The local files a drag carries (a link from a browser is not one)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DropTarget(QWidget):
    """A veil over the whole window with a dashed frame and one sentence, shown from the
    moment a file enters the window until it is dropped or leaves. It lets every mouse
    event through, so the window's own drag handling carries on underneath."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setObjectName("dropTarget")
        self.text = self.tr("Drop the file here to import it")
        self.detail = self.tr("A preview shows what will be added before anything is saved.")
        self.hide()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def show_for(self, files: list[Path]) -> None:
        if len(files) > 1:
            self.text = self.tr("Drop the {0} files here to import them").format(len(files))
        else:
            self.text = self.tr("Drop the file here to import it")
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = self.palette().color(self.palette().ColorRole.Highlight)
        veil = QColor(self.palette().color(self.palette().ColorRole.Window))
        veil.setAlpha(225)
        painter.fillRect(self.rect(), veil)
        pen = QPen(highlight, 3, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect().adjusted(24, 24, -24, -24), 16, 16)
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(highlight)
        top = self.rect().adjusted(40, 0, -40, -self.height() // 2 + 10)
        painter.drawText(
            top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self.text
        )
        font.setPointSizeF(font.pointSizeF() / 1.8)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.palette().ColorRole.WindowText))
        bottom = self.rect().adjusted(40, self.height() // 2 + 14, -40, 0)
        painter.drawText(
            bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.detail
        )
