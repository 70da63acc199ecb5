"""One window per database: a second launch on the same database brings the running window
to the front instead of opening the file twice.

The first window listens on a local socket (a named pipe on Windows) named after the
database's path and the user; a second launch that reaches it asks it to show itself and
quits. Nothing here touches the network: local sockets are files or pipes.

Only this user may reach it: on Linux and macOS the socket file is in a folder only the user
may enter (``$XDG_RUNTIME_DIR``, else a 0700 folder of ours in the user's cache folder, else
in the temporary folder), the server allows the user alone (UserAccessOption, also on
Windows's pipe), and a socket another account owns is never spoken to: a launch ignores it,
says so in the log, and opens normally. A name in the shared temporary folder would let any
account take it first and stop the owner from opening the app.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
WAIT_MS = 500
# A Unix socket's path must fit in sockaddr_un (104 bytes on macOS, 108 on Linux).
LONGEST_PATH = 100
SHOW = b"show\n"
OPEN = b"open "  # then a file's path, as the system spells it (os.fsencode), and a newline


def server_name(db_path: Path) -> str:
    """The same name for the same database file and user, whatever the path's spelling: on
    Linux and macOS the full path of the socket, in a folder only this user may enter."""
    key = f"{getpass.getuser()}|{Path(db_path).resolve()}".encode()
    name = "feedback-desk-" + hashlib.blake2b(key, digest_size=8).hexdigest()
    if os.name != "posix":
        return name  # a pipe, restricted to the user by UserAccessOption
    folder = socket_folder()
    # No private place: no socket at all, rather than one in the shared temporary folder.
    return str(folder / name) if folder is not None else ""


def _private(folder: Path) -> bool:
    """Whether ``folder`` is a real folder of this user that nobody else may enter."""
    try:
        found = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(found.st_mode)
        and found.st_uid == os.getuid()
        and stat.S_IMODE(found.st_mode) & 0o077 == 0
    )


def _made_private(folder: Path) -> Path | None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if _private(folder) else None


def socket_folder() -> Path | None:
    """Where this user's sockets go: $XDG_RUNTIME_DIR (the user's own, by the XDG spec),
    else a 0700 folder in the user's cache folder, else one in the temporary folder when
    the cache's path is too long for a socket. None when no such place can be had (one
    window per database is then not kept, and the app still opens)."""
    from platformdirs import user_cache_path

    from .. import APP_NAME

    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and _private(Path(runtime)):
        return Path(runtime)
    places = [
        user_cache_path(APP_NAME, appauthor=False) / "run",
        Path(tempfile.gettempdir()) / f"feedback-desk-{os.getuid()}",
    ]
    for place in places:
        if len(str(place)) + 32 <= LONGEST_PATH and _made_private(place):
            return place
    log.warning("no private folder for the single-instance socket")
    return None


def foreign(name: str) -> bool:
    """Whether the socket ``name`` belongs to another account: then it is not ours to speak
    to, whatever answers on it."""
    if os.name != "posix" or not os.path.isabs(name):
        return False
    try:
        owner = os.lstat(name).st_uid
    except OSError:
        return False
    if owner != os.getuid():
        log.warning("ignoring a single-instance socket owned by another account")
        return True
    return False


def answers(name: str) -> bool:
    if foreign(name):
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
    found = socket.waitForConnected(WAIT_MS)
    socket.abort()
    return found


def ask_running(db_path: Path, open_file: Path | None = None) -> bool:
    """True when a window is already open on this database; it was asked to come forward
    (and to import ``open_file``, a file the owner opened with Feedback Desk)."""
    name = server_name(db_path)
    if not name or foreign(name):
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
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
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(db_path)
        # No name (no private place): not listening, and the window opens all the same.
        if name and not self.server.listen(name) and not answers(name) and not foreign(name):
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
