"""Who is at this desk: the person replies, notes and changes are signed with, chosen on each
computer (a shared setting would sign every desk with the name saved last). Kept in this
computer's own settings, as the window's language is (language.py), never in the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QInputDialog, QWidget

from .. import APP_NAME

_KEY = "desk/person"
_ASKED = "desk/person_asked"


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def remembered() -> str:
    """The person chosen on this computer ('' for nobody yet)."""
    return str(_settings().value(_KEY, "") or "").strip()


def remember(store, name: str) -> None:
    """Choose who is at this desk (blank: nobody), for this computer and the open desk."""
    settings = _settings()
    settings.setValue(_KEY, name.strip())
    settings.setValue(_ASKED, True)
    settings.sync()
    store.desk_person = name.strip()


def take_seat(store) -> None:
    """Sign the open desk's writes with this computer's person."""
    store.desk_person = remembered()


def ask_once(store, parent: QWidget | None) -> None:
    """On a team desk with members, ask once who is at this computer when nobody is chosen
    (Settings changes it later)."""
    settings = _settings()
    if not store.is_server or remembered() or settings.value(_ASKED, False, type=bool):
        return
    team = store.team()
    if not team:
        return
    name, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("person", "Who is at this desk?"),
        QCoreApplication.translate(
            "person",
            "Your replies, notes and changes are signed with your name, so the team knows who "
            "did what. Choose yourself or type your name:",
        ),
        ["", *team],  # nobody chosen yet: OK pressed at once signs no one else's name
        0,
        True,
    )
    if ok and name.strip():
        remember(store, name.strip())
    else:
        settings.setValue(_ASKED, True)


class PersonPicker(QComboBox):
    """Settings' "Signed in as": the team to choose from, or a name typed; kept at once."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setEditable(True)
        self.lineEdit().setPlaceholderText(self.tr("Your name on this computer"))
        self.setToolTip(
            self.tr(
                "Who is at this computer: replies, notes and changes made here are signed with "
                "this name. Each computer keeps its own."
            )
        )
        self.lineEdit().editingFinished.connect(self._keep)
        self.activated.connect(lambda _i: self._keep())
        self.fill()

    def fill(self) -> None:
        """The team's names, and this computer's person shown."""
        person = remembered()
        self.blockSignals(True)
        self.clear()
        self.addItems(list(dict.fromkeys([*self.store.team(), *([person] if person else [])])))
        self.setEditText(person)
        self.blockSignals(False)

    def _keep(self) -> None:
        if self.currentText().strip() != remembered():
            remember(self.store, self.currentText())
