"""Settings > Team server: where the team's shared desk is (PostgreSQL), testing it, moving
this desk there, and switching this computer between the server and its own file.

The server, port, database and user are remembered per computer (core/team.py, team.json in
the data folder); the password goes to the system's keyring, or, where there is none, is kept
for this session only. Switching desks closes the window and opens it again on the other one
(``change_requested``, as a restore or a move does, see settings/backups.py). Nothing here
loads psycopg until the owner tests, uses or moves to a server.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...core import team
from ...core.errors import ServerRefused, StoreError
from ...core.store.location import ServerLocation
from ..tasks import Task, run_blocking
from ..widgets.labels import label
from .backups import DatabaseChange


def _tr(text: str) -> str:
    return QCoreApplication.translate("team", text)


def _safe(server: ServerLocation) -> ServerLocation:
    return dataclasses.replace(server, password=None)


class TeamServerBox(QGroupBox):
    """``change_requested(DatabaseChange)``: kind "server" (target: the server) or "file"
    (back to this computer's file)."""

    change_requested = Signal(object)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Team server"))
        self.store = store
        self.on_server = store.is_server
        known = _safe(store.location) if self.on_server else team.load_choice().server
        self.host = QLineEdit(known.host if known else "")
        self.host.setPlaceholderText(self.tr("e.g. nas.bakery.lan or 192.168.0.20"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(known.port if known else 5432)
        self.port.setMaximumWidth(120)
        self.database = QLineEdit(known.database if known else "feedback_desk")
        self.user = QLineEdit(known.user if known else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in this computer's keyring"))
        self.options = dict(known.options) if known else {}
        self.certificate = QLineEdit(self.options.get("sslrootcert", ""))
        self.certificate.setPlaceholderText(
            self.tr("optional: the server's CA certificate file, to check who answers")
        )

        self.status = label("")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.keyring_note = label("")
        self.keyring_note.hide()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        self.use_button = QPushButton(
            self.tr("Use this computer's file") if self.on_server else self.tr("Use this server")
        )
        self.use_button.clicked.connect(self.use_file if self.on_server else self.use_server)
        self.move_button = QPushButton(self.tr("Move this desk to the server..."))
        self.move_button.clicked.connect(self.move_desk)
        self.move_button.setVisible(not self.on_server)

        intro = (
            self.tr(
                "This computer uses the team's shared desk on this server. Everyone on the "
                "team sees the same feedback, replies and follow-ups."
            )
            if self.on_server
            else self.tr(
                "Several computers can share one desk on a PostgreSQL server the shop runs "
                "(a NAS, a small server, a managed service). Until you choose one, everything "
                "stays in this computer's file and Feedback Desk uses no network at all."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Certificate"), self.certificate)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.use_button, self.move_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(label(intro))
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        for field in (self.host, self.database, self.user, self.certificate):
            field.setReadOnly(self.on_server)  # change the server from this computer's file
        self.port.setReadOnly(self.on_server)

    def showEvent(self, event) -> None:
        if not self.keyring_note.text() and (self.on_server or self.host.text()):
            self._note_keyring()
        super().showEvent(event)

    def _note_keyring(self) -> None:
        if not team.keyring_usable():
            self.keyring_note.setText(
                self.tr(
                    "This computer has no keyring, so the password is kept only until Feedback "
                    "Desk closes (it is never written to a file): type it again after a restart."
                )
            )
            self.keyring_note.show()

    # What was typed --------------------------------------------------------------------------
    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setObjectName("problem" if problem else "muted")
        self.status.setStyleSheet("")  # the style sheet picks up the new name
        self.status.setText(text)
        self.status.show()

    def server(self) -> ServerLocation | None:
        """The server as typed (password included when typed), or None with the reason said."""
        host = self.host.text().strip()
        database = self.database.text().strip()
        user = self.user.text().strip()
        if not (host and database and user):
            self._say(self.tr("Fill in the server, the database and the user first."), True)
            return None
        typed = self.password.text() or None
        options = dict(self.options)
        if certificate := self.certificate.text().strip():  # TLS that checks the server too
            options.update(sslrootcert=certificate, sslmode="verify-full")
        elif options.pop("sslrootcert", None) and options.get("sslmode") == "verify-full":
            options.pop("sslmode")  # TLS still (require), without the check
        server = ServerLocation(
            host, self.port.value(), database, user, typed, tuple(sorted(options.items()))
        )
        if words := team.needs_tls_words(server):
            self._say(words, True)
            return None
        return server

    def _look(self, server: ServerLocation) -> tuple[int, int] | None:
        """(schema, feedback items) on the server, or None with the reason said."""
        from ...core.store.pg.move import look_at_server

        try:
            return run_blocking(
                self,
                self.tr("Connecting to {0}…").format(_safe(server)),
                lambda: look_at_server(team.with_password(server)),
                "testing the team server",
            )
        except StoreError as exc:
            self._say(str(exc), True)
            return None

    # The buttons -----------------------------------------------------------------------------
    def test(self) -> None:
        server = self.server()
        if server is None or (found := self._look(server)) is None:
            return
        from ...core.store.schema_pg import SCHEMA_VERSION

        version, held = found
        if version == 0:
            self._say(
                self.tr(
                    "Connected. The database {0} is empty: Feedback Desk sets up the team's "
                    "desk there when you use it or move this desk in."
                ).format(server.database)
            )
        elif version > SCHEMA_VERSION:
            self._say(self._newer(), True)
        else:
            self._say(
                self.tr("Connected. The team's desk there holds {0} feedback items.").format(held)
            )

    def _newer(self) -> str:
        return self.tr(
            "Connected, but the desk there was made by a newer Feedback Desk: update Feedback "
            "Desk on this computer first."
        )

    def _keep_password(self, server: ServerLocation) -> None:
        if self.password.text() and not team.keep_password(server, self.password.text()):
            self._note_keyring()

    def use_server(self) -> None:
        server = self.server()
        if server is None or (found := self._look(server)) is None:
            return
        from ...core.store.schema_pg import SCHEMA_VERSION

        if found[0] > SCHEMA_VERSION:
            self._say(self._newer(), True)
            return
        self._keep_password(server)
        if found[1] == 0 and self.store.inbox_count() > 0:
            answer = QMessageBox.question(
                self,
                self.tr("Use this server"),
                self.tr(
                    "The team's desk on {0} holds no feedback yet. Move this desk there first? "
                    "(This computer's file stays as it is either way.)"
                ).format(_safe(server)),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Yes and not self._move(server, False):
                return
        self._switch(server)

    def _switch(self, server: ServerLocation) -> None:
        team.save_choice(team.TeamChoice(_safe(server), in_use=True))
        self.change_requested.emit(DatabaseChange("server", _safe(server)))

    def use_file(self) -> None:
        team.save_choice(team.TeamChoice(_safe(self.store.location), in_use=False))
        self.change_requested.emit(DatabaseChange("file", Path()))

    def move_desk(self) -> None:
        server = self.server()
        if server is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Move this desk to the server"),
            self.tr(
                "Copy every feedback item, reply, follow-up, note, tag, template, customer and "
                "setting of this desk to {0}? This computer's file stays exactly as it is."
            ).format(_safe(server)),
        )
        if answer != QMessageBox.StandardButton.Yes or not self._move(server, False):
            return
        self._keep_password(server)
        again = QMessageBox.question(
            self,
            self.tr("Move this desk to the server"),
            self.tr("Use the team's desk on the server from now on?"),
        )
        if again == QMessageBox.StandardButton.Yes:
            self._switch(server)

    def _move(self, server: ServerLocation, replace: bool) -> bool:
        """Run the move with its progress shown; True when it is done. A server desk that
        holds feedback is replaced only when the owner says so, a second time."""
        from ...core.store.pg.move import ServerNotEmpty

        try:
            moved = _run_with_progress(
                self,
                self.tr("Moving this desk to {0}…").format(_safe(server)),
                lambda progress: _move_work(self.store.path, server, replace, progress),
            )
        except ServerNotEmpty as exc:
            answer = QMessageBox.warning(
                self,
                self.tr("Move this desk to the server"),
                self.tr(
                    "{0}\n\nReplace the desk on the server with this one? Everything it "
                    "holds now would be gone from the server."
                ).format(exc),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._say(str(exc), True)
                return False
            return self._move(server, True)
        except (StoreError, OSError) as exc:
            self._say(str(exc), True)
            return False
        self._say(moved.describe())
        return True


def _move_work(source: Path, server: ServerLocation, replace: bool, progress):
    from ...core.store.pg.move import move_to_server

    return move_to_server(
        source,
        team.with_password(server),
        replace=replace,
        progress=lambda done, total: progress(done / max(total, 1), done),
    )


def _run_with_progress(parent: QWidget, text: str, work):
    """``work(progress)`` on a thread of its own behind a modal progress bar; its result, or
    its error raised here."""
    dialog = QProgressDialog(text, "", 0, 1000, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    task = Task(lambda progress, _cancelled: work(progress), what="moving the desk to a server")
    task.progress.connect(lambda fraction, _rows, _rate: dialog.setValue(int(fraction * 1000)))
    loop = QEventLoop()
    task.ended.connect(loop.quit)
    dialog.show()
    task.start()
    loop.exec()
    task.wait()
    dialog.close()
    dialog.deleteLater()
    if task.error is not None:
        raise task.error
    return task.result


class ServerBackupsBox(QGroupBox):
    """Settings > Backups on a team desk: the server's own backups protect the team; an
    export keeps a copy of the feedback (``export_requested``)."""

    export_requested = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        dump = f'pg_dump --format=custom --file=feedback-desk-$(date +%F).dump "{store.location}"'
        command = label(dump, "")
        command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        export = QPushButton(self.tr("Export everything..."))
        export.clicked.connect(self.export_requested)
        row = QHBoxLayout()
        row.addWidget(export)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "The team's desk lives on the server {0}, so its backups are the server's "
                    "business: Feedback Desk makes no copies of it. Whoever runs the server "
                    "backs it up every night, for example with pg_dump (see the README):"
                ).format(store.location)
            )
        )
        layout.addWidget(command)
        layout.addWidget(
            label(
                self.tr(
                    "To keep a copy of the feedback on this computer as well, export it: an "
                    "export can be restored into an empty desk, here or on a server."
                )
            )
        )
        layout.addLayout(row)


def open_team_desk(server: ServerLocation, smoke: bool = False):
    """The store of the team's desk on ``server``, asked with Retry until it answers; None
    when the owner opens this computer's file instead (or, for ``smoke``, at once). Nothing
    is lost either way: the team's feedback stays on the server, the file as it was."""
    from ...core.store import Store

    while True:
        try:
            if words := team.needs_tls_words(server):  # an address given with TLS off
                raise StoreError(words)
            return run_blocking(
                None,
                _tr("Connecting to the team server {0}…").format(_safe(server)),
                lambda: Store(team.with_password(server)),
                "opening the team desk",
            )
        except StoreError as exc:
            problem = exc
        if smoke:
            print(f"feedback-desk: {problem}", file=sys.stderr)
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "")
        box.setText(
            _tr(
                "{0}\n\nNothing is lost: the team's feedback stays on the server, and this "
                "computer's file is as you left it."
            ).format(problem)
        )
        retry = box.addButton(_tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
        local = box.addButton(_tr("Open this computer's file"), QMessageBox.ButtonRole.RejectRole)
        ask = None
        if isinstance(problem, ServerRefused):  # a password, a user or a database
            ask = box.addButton(_tr("Enter the password..."), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(retry)
        box.exec()
        if box.clickedButton() is local or box.clickedButton() is None:
            return None
        if ask is not None and box.clickedButton() is ask:
            typed, ok = QInputDialog.getText(
                None,
                APP_NAME,
                _tr("The password of {0} on {1}:").format(server.user, _safe(server)),
                QLineEdit.EchoMode.Password,
            )
            if ok and typed:
                team.keep_password(server, typed)
