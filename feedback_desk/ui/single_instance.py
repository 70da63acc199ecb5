"""One window per database: a second launch on the same database brings the running window
to the front instead of opening the file twice.

The first window listens on a local socket (a named pipe on Windows) named after the
database's path and the user; a second launch that reaches it asks it to show itself and
quits. Nothing here touches the network: local sockets are files or pipes.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 500
SHOW = b"show\n"
OPEN = b"open "  # then a file's path, as the system spells it (os.fsencode), and a newline


def server_name(db_path: Path) -> str:
    """The same name for the same database file and user, whatever the path's spelling."""
    key = f"{getpass.getuser()}|{Path(db_path).resolve()}".encode()
    return "feedback-desk-" + hashlib.blake2b(key, digest_size=8).hexdigest()


def answers(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    found = socket.waitForConnected(WAIT_MS)
    socket.abort()
    return found


def ask_running(db_path: Path, open_file: Path | None = None) -> bool:
    """True when a window is already open on this database; it was asked to come forward
    (and to import ``open_file``, a file the owner opened with Feedback Desk)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(WAIT_MS):
        return False
    said = SHOW
    if open_file is not None:
        said += OPEN + os.fsencode(Path(open_file).resolve()) + b"\n"  # any name the system has
    socket.write(said)
    socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches on the same database; ``asked`` when one wants the window."""

    asked = Signal()
    open_requested = Signal(Path)

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(db_path)
        if not self.server.listen(name) and not answers(name):
            # A socket file left by a window that crashed: nobody answers on it.
            QLocalServer.removeServer(name)
            self.server.listen(name)
        # Not listening now means another window started at the same moment and won.
        self.server.newConnection.connect(self._connected)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _connected(self) -> None:
        """Read what the later launch says (a line, written at once) and let it go."""
        while (socket := self.server.nextPendingConnection()) is not None:
            said = bytes(socket.readAll())
            # The later launch writes it all, then leaves: read until it has gone.
            while socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
                if not socket.waitForReadyRead(WAIT_MS):
                    break
                said += bytes(socket.readAll())
            said += bytes(socket.readAll())
            socket.disconnectFromServer()
            socket.deleteLater()
            lines = said.splitlines()
            if SHOW.strip() in lines:
                self.asked.emit()
            for line in lines:
                if line.startswith(OPEN):
                    self.open_requested.emit(Path(os.fsdecode(line[len(OPEN) :])))

    def close(self) -> None:
        self.server.close()


def bring_forward(window) -> None:
    """Show the window on top, restored if it was minimised."""
    window.showNormal()
    window.raise_()
    window.activateWindow()
