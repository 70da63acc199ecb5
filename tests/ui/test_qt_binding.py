"""The Qt binding keeps Python's own objects alive: a build that loses a reference at each
signal or call (PySide6 6.12.0 did, to True and None) makes the app abort after a few
thousand clicks, so it is refused here before an owner meets it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPen


class Sender(QObject):
    fired = Signal()


def test_signals_and_calls_keep_true_and_none_alive(qtbot):
    sender = Sender()
    pen = QPen()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        sender.fired.emit()
        pen.setWidth(2)
    after = sys.getrefcount(True), sys.getrefcount(None)
    # A few references may come and go with the interpreter's own work; 200 lost is the bug.
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50
