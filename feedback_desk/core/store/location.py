"""Where a desk's feedback lives: a database file (the default) or a team server.

``parse_location`` takes what the owner or the command line gives (a path, a
``postgresql://user@host:port/database`` address, or libpq's keyword/value form
``host=... dbname=... user=...`` that managed services also show) and returns one of the
two. Neither ever shows a password when printed: ``str()`` of a server location leaves it
out, so it can go into messages and logs.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

SCHEMES = ("postgresql", "postgres")
LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")
SECRETS = ("password", "sslpassword")  # never shown, saved or logged with an address
# A text made only of key=value pairs (a value in single quotes, with backslash escapes),
# one of them naming where the server or its database is, is a server's address in libpq's
# keyword/value form, not a file's name; libpq itself then reads it.
_KEYWORD_FORM = re.compile(r"\s*(?:[a-z_]+\s*=\s*(?:'(?:\\.|[^'\\])*'|(?:\\.|[^\s'\\])+)\s*)+")
_UNKNOWN_SETTING = re.compile(r'invalid (?:connection option|URI query parameter:) "(\w+)"')
_NAMES_WHERE = re.compile(r"(?:^|\s)(?:host|hostaddr|dbname|service)\s*=")


@dataclass(frozen=True)
class FileLocation:
    path: Path
    is_server = False

    def __str__(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class ServerLocation:
    """A database on a PostgreSQL server. ``host`` may be a folder (a local socket)."""

    host: str
    port: int
    database: str
    user: str
    password: str | None = field(default=None, repr=False)
    options: tuple[tuple[str, str], ...] = ()
    is_server = True

    @property
    def is_local(self) -> bool:
        """On this computer: one socket folder or one loopback name (no TLS needed). Never a
        list of hosts or a ``hostaddr`` (which libpq connects to whatever the name says), nor
        no host at all when libpq would take one from PGHOST or PGHOSTADDR."""
        if "hostaddr" in dict(self.options) or (os.environ.get("PGHOSTADDR") and not self.host):
            return False
        host = self.host or os.environ.get("PGHOST", "")
        return "," not in host and (host.startswith("/") or host in LOCAL_HOSTS)

    def conninfo(self) -> dict[str, str | int]:
        """What psycopg.connect takes, password included. TLS unless the server is local."""
        info: dict[str, str | int] = {"dbname": self.database, "port": self.port}
        if self.host:
            info["host"] = self.host
        if self.user:
            info["user"] = self.user
        if self.password is not None:
            info["password"] = self.password
        options = dict(self.options)
        if not self.is_local:
            options.setdefault("sslmode", "require")
        info.update(options)
        return info

    def __str__(self) -> str:
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        if self.host.startswith("/") or "," in self.host:  # a socket folder, a host list
            place, query = "", [("host", self.host), ("port", str(self.port))]
        else:
            place = f"[{self.host}]" if ":" in self.host else self.host
            place, query = f"{place}:{self.port}", []
        query += [(k, v) for k, v in self.options if k not in SECRETS]
        tail = "?" + "&".join(f"{k}={quote(v, safe='/,')}" for k, v in query) if query else ""
        return f"postgresql://{user}{place}/{quote(self.database, safe='')}{tail}"


Location = FileLocation | ServerLocation


def is_server_address(value: object) -> bool:
    """A ``postgresql://`` (or ``postgres://``) address, or libpq's keyword/value form."""
    if not isinstance(value, str):
        return False
    if "://" in value:
        return value.split("://", 1)[0].lower() in SCHEMES
    return bool(_KEYWORD_FORM.fullmatch(value) and _NAMES_WHERE.search(value))


def parse_location(value: str | Path | Location) -> Location:
    """A path or a server's address as a location; a location stays as it is. An address
    that cannot be read raises ValueError saying why, never with its password."""
    if isinstance(value, FileLocation | ServerLocation):
        return value
    if not is_server_address(value):
        return FileLocation(Path(value))
    import psycopg  # libpq's own reading of an address: both forms, as every client reads them

    try:
        options = psycopg.conninfo.conninfo_to_dict(str(value))
    except psycopg.Error as exc:
        # libpq's words may quote the address, password and all; a setting's name alone
        # ('invalid connection option "sslmod"', 'invalid URI query parameter: "sslmod"')
        # is safe to repeat.
        unknown = _UNKNOWN_SETTING.search(str(exc))
        raise ValueError(
            f"it has a setting PostgreSQL does not know: {unknown.group(1)}"
            if unknown
            else "PostgreSQL cannot read it (check its quotes, spaces and % signs)"
        ) from None
    ports = {port or "5432" for port in str(options.pop("port", "")).split(",")}
    port = ports.pop()
    if ports or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError("its port must be one number from 1 to 65535, for all its hosts")
    user = options.pop("user", "")
    return ServerLocation(
        host=options.pop("host", ""),
        port=int(port),
        database=options.pop("dbname", "") or user,
        user=user,
        password=options.pop("password", None),
        options=tuple(sorted(options.items())),
    )
