"""The reference for start-up: a bare PySide6 + pyqtgraph window, shown and painted once.

Prints ``ready MS`` (milliseconds since the process began) the way ``feedback-desk gui --smoke``
does, so both are measured alike. Run as a script: ``python bare_window.py``.
"""

import time

STARTED = time.monotonic()  # first, as in feedback_desk/cli.py

import sys  # noqa: E402

import pyqtgraph  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1180, 760)
    plot = pyqtgraph.PlotWidget()
    plot.plot([1, 3, 2, 4])
    window.setCentralWidget(plot)
    window.show()

    def finish():
        window.grab()
        print(f"ready {(time.monotonic() - STARTED) * 1000:.0f}", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, finish)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
