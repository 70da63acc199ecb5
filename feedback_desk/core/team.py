"""The team server this computer uses, and its password.

Where the server is (its address without the password) is remembered per computer in
``team.json`` in the data folder, readable by the owner only, with whether the desk is on it
now. The password goes to the system's keyring (service "Feedback Desk", key
``user@host:port/database``), never into a file. Where no keyring is usable (a Linux computer
without one), the password is kept for this session only, in memory.

Nothing here opens a connection, and the keyring is only asked once a server is chosen: the
offline default never loads it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
from dataclasses import dataclass

from .paths import data_dir
from .store.location import ServerLocation, is_server_address, parse_location
from .words import translate
from .writing import write_text

log = logging.getLogger(__name__)
TEAM_FILE = "team.json"
SERVICE = "Feedback Desk"
_SESSION: dict[str, str] = {}  # passwords typed this session where no keyring is usable


@dataclass(frozen=True)
class TeamChoice:
    """The server this computer knows (None: none set) and whether the desk is on it now."""

    server: ServerLocation | None = None
    in_use: bool = False


def team_file():
    return data_dir() / TEAM_FILE


def load_choice() -> TeamChoice:
    address, in_use = _saved()
    server = _server(address)
    return TeamChoice(server, in_use) if server is not None else TeamChoice()


def server_in_use() -> ServerLocation | None:
    """The server this computer's desk is on at start (None: its file). A server remembered
    but not in use is not read at all: reading an address loads libpq, which a desk on its
    file never needs."""
    address, in_use = _saved()
    return _server(address) if in_use else None


def _saved() -> tuple[str, bool]:
    """team.json's address and whether the desk is on it ("" and False: none, or unreadable)."""
    try:
        saved = json.loads(team_file().read_text(encoding="utf-8"))
        return str(saved.get("server") or ""), bool(saved.get("in_use"))
    except FileNotFoundError:
        return "", False
    except (OSError, ValueError, AttributeError, TypeError) as exc:
        log.warning("ignoring %s: %s", TEAM_FILE, type(exc).__name__)
        return "", False


def _server(address: str) -> ServerLocation | None:
    if not is_server_address(address):
        return None
    try:
        return dataclasses.replace(parse_location(address), password=None)
    except ValueError as exc:
        log.warning("ignoring %s: %s", TEAM_FILE, type(exc).__name__)
        return None


def save_choice(choice: TeamChoice) -> None:
    """Remember the server (its password left out: str() of a location never shows it). A
    server chosen before and no longer keeps no password in the keyring."""
    before = load_choice().server
    target = team_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(
        {"server": str(choice.server) if choice.server else "", "in_use": choice.in_use},
        ensure_ascii=False,
    )
    write_text(target, text + "\n", translate("faults", "the team server was not remembered"))
    if before is not None and (
        choice.server is None or keyring_key(before) != keyring_key(choice.server)
    ):
        forget_password(before)


def keyring_key(server: ServerLocation) -> str:
    return f"{server.user}@{server.host}:{server.port}/{server.database}"


def _keyring():
    """The keyring module when a real keyring backs it here; None when there is none."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: as good as none
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keyring_usable() -> bool:
    return _keyring() is not None


def saved_password(server: ServerLocation) -> str | None:
    """The password kept for ``server``: this session's, else the keyring's; None if none."""
    key = keyring_key(server)
    if key in _SESSION:
        return _SESSION[key]
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(SERVICE, key)
    except Exception as exc:  # a locked or failing keyring: the password is then asked for
        log.warning("the keyring could not be read: %s", type(exc).__name__)
        return None


def keep_password(server: ServerLocation, password: str) -> bool:
    """Keep the password in the keyring; True when it is there. Without a keyring (or when it
    fails) it is kept for this session only, and False says so."""
    key = keyring_key(server)
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(SERVICE, key, password)
            _SESSION.pop(key, None)
            return True
        except Exception as exc:
            log.warning("the keyring could not be written: %s", type(exc).__name__)
    _SESSION[key] = password
    return False


def forget_password(server: ServerLocation) -> None:
    _SESSION.pop(keyring_key(server), None)
    if (ring := _keyring()) is not None:
        with contextlib.suppress(Exception):
            ring.delete_password(SERVICE, keyring_key(server))


def with_password(server: ServerLocation) -> ServerLocation:
    """The location with its password: the one given (in the address), else libpq's own
    (PGPASSWORD, a .pgpass file: then none is added here), else the kept one."""
    if server.password is not None or os.environ.get("PGPASSWORD"):
        return server
    password = saved_password(server)
    return server if password is None else dataclasses.replace(server, password=password)


def needs_tls_words(server: ServerLocation) -> str | None:
    """Why a server's settings are refused: TLS switched off for a server elsewhere."""
    mode = dict(server.options).get("sslmode", "require")
    if not server.is_local and mode in ("disable", "allow", "prefer"):
        return translate(
            "team",
            "A team server on another computer is reached over TLS only (sslmode=require or "
            "stronger), so the team's feedback never crosses the network readable; {0} asks "
            "for sslmode={1}.",
        ).format(server, mode)
    return None
