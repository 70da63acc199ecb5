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
from urllib.parse import quote, unquote

SCHEMES = ("postgresql", "postgres")
LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")
SECRETS = ("password", "sslpassword")  # never shown, saved or logged with an address
# A text made only of key=value pairs, one of them naming where the server or its database
# is, is a server's address in libpq's keyword/value form, not a file's name (libpq itself
# says which other key it does not know).
WHERE = frozenset(("host", "hostaddr", "dbname", "service"))
_KEY = re.compile(r"\s*([a-z_]+)\s*=\s*")
_VALUE = re.compile(r"'((?:\\.|[^'\\])*)'|((?:\\.|[^\s'\\])+)")
_ESCAPED = re.compile(r"\\(.)")


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
        if self.host.startswith("/"):  # a socket folder: libpq's own way, in the query
            place, query = "", [("host", self.host), ("port", str(self.port))]
        else:
            place = f"[{self.host}]" if ":" in self.host else self.host
            place, query = f"{place}:{self.port}", []
        query += [(k, v) for k, v in self.options if k not in SECRETS]
        tail = "?" + "&".join(f"{k}={quote(v, safe='/,')}" for k, v in query) if query else ""
        return f"postgresql://{user}{place}/{quote(self.database, safe='')}{tail}"


Location = FileLocation | ServerLocation


def _keyword_pairs(text: str) -> dict[str, str] | None:
    """libpq's keyword/value form (``host=db.example.com dbname=shop sslmode=require``,
    a value with spaces in single quotes, backslash escapes): its pairs, or None when
    ``text`` is not wholly one."""
    pairs: dict[str, str] = {}
    at, text = 0, text.strip()
    while at < len(text):
        key = _KEY.match(text, at)
        value = key and _VALUE.match(text, key.end())
        if not key or not value:
            return None
        quoted, bare = value.groups()
        pairs[key.group(1)] = _ESCAPED.sub(r"\1", bare if quoted is None else quoted)
        at = value.end()
        if at < len(text) and not text[at].isspace():
            return None
    return pairs if WHERE & pairs.keys() else None


def is_server_address(value: object) -> bool:
    """A ``postgresql://`` (or ``postgres://``) address, or libpq's keyword/value form."""
    if not isinstance(value, str):
        return False
    if "://" in value:
        return value.split("://", 1)[0].lower() in SCHEMES
    return _keyword_pairs(value) is not None


def parse_location(value: str | Path | Location) -> Location:
    """A path or a server's address as a location; a location stays as it is. An address
    that cannot be read raises ValueError saying why, never with its password."""
    if isinstance(value, FileLocation | ServerLocation):
        return value
    if not is_server_address(value):
        return FileLocation(Path(value))
    options = _keyword_pairs(str(value)) or _url_pairs(str(value))
    port = options.pop("port", "") or "5432"
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError("its port must be a number from 1 to 65535")
    user = options.pop("user", "")
    return ServerLocation(
        host=options.pop("host", ""),
        port=int(port),
        database=options.pop("dbname", "") or user,
        user=user,
        password=options.pop("password", None),
        options=tuple(sorted(options.items())),
    )


def _url_pairs(address: str) -> dict[str, str]:
    """A ``postgresql://`` address as libpq's keywords, read as libpq reads it (a password's
    brackets and a list of hosts included, ``+`` not a space): what the query names, with
    the host, port, user and database the address itself holds where the query names none,
    its database and password first."""
    rest = address.split("://", 1)[1]
    userinfo, _, rest = rest.partition("@") if "@" in rest.split("/", 1)[0] else ("", "", rest)
    hosts = re.match(r"[^/?]*", rest).group()
    path, _, query = rest[len(hosts) :].lstrip("/").partition("?")
    pairs = {}
    for pair in filter(None, query.split("&")):
        key, equals, value = pair.partition("=")
        if not equals:
            raise ValueError(f"its setting {unquote(key)!r} has no value")
        pairs[unquote(key)] = unquote(value)
    names, ports = [], set()
    for written in hosts.split(","):
        place = re.fullmatch(r"\[([^\]]*)\](?::(.*))?|([^:\[\]]*)(?::(.*))?", written)
        if not place:
            raise ValueError("its host is not written right")
        names.append(unquote(place.group(1) or place.group(3) or ""))
        ports.add(place.group(2) or place.group(4) or "")
    if len(ports - {""}) > 1:
        raise ValueError("its hosts have different ports; give them one port")
    user, colon, password = userinfo.partition(":")
    written = {"host": ",".join(filter(None, names)), "port": max(ports), "user": unquote(user)}
    pairs |= {key: value for key, value in written.items() if value and not pairs.get(key)}
    if path:
        pairs["dbname"] = unquote(path)
    if colon:
        pairs["password"] = unquote(password)
    return pairs
