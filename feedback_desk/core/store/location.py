"""Where a desk's feedback lives: a database file (the default) or a team server.

``parse_location`` takes what the owner or the command line gives (a path, or a
``postgresql://user@host:port/database`` address) and returns one of the two. Neither ever
shows a password when printed: ``str()`` of a server location leaves it out, so it can go into
messages and logs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

SCHEMES = ("postgresql", "postgres")
LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")
SECRETS = ("password", "sslpassword")  # never shown, saved or logged with an address


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
        socket = self.host.startswith("/")
        host = "" if socket else (f"[{self.host}]" if ":" in self.host else self.host)
        query = [("host", self.host)] if socket else []
        query += [(k, v) for k, v in self.options if k not in SECRETS]
        tail = "?" + "&".join(f"{k}={quote(v, safe='/')}" for k, v in query) if query else ""
        return f"postgresql://{user}{host}:{self.port}/{quote(self.database, safe='')}{tail}"


Location = FileLocation | ServerLocation


def is_server_address(value: object) -> bool:
    return (
        isinstance(value, str) and value.split("://", 1)[0].lower() in SCHEMES and ("://" in value)
    )


def parse_location(value: str | Path | Location) -> Location:
    """A path or a ``postgresql://`` address as a location; a location stays as it is."""
    if isinstance(value, FileLocation | ServerLocation):
        return value
    if not is_server_address(value):
        return FileLocation(Path(value))
    parts = urlsplit(str(value))
    options = dict(parse_qsl(parts.query))
    host = options.pop("host", None) or unquote(parts.hostname or "")
    port = options.pop("port", None) or parts.port or 5432
    user = options.pop("user", None) or unquote(parts.username or "")
    password = options.pop("password", None)
    if parts.password is not None:
        password = unquote(parts.password)
    database = unquote(parts.path.lstrip("/")) or options.pop("dbname", "") or user
    return ServerLocation(
        host=host,
        port=int(port),
        database=database,
        user=user,
        password=password,
        options=tuple(sorted(options.items())),
    )
