"""A real PostgreSQL server for the test run (the team desk's ground).

``start()`` runs the machine's own server binaries: ``initdb`` into a short folder made under
/tmp, then ``pg_ctl start`` listening on a unix socket inside that folder only (nothing on
the network, no port to clash with another run), fsync off and small buffers for speed.
``PgServer.stop()`` stops it and removes the folder. Where the server cannot start, ``start``
raises :class:`Unavailable` with the plain reason, which the fixtures in tests/conftest.py
turn into a skip (or a failure when FEEDBACK_DESK_REQUIRE_POSTGRES=1, as CI sets).

As root the server runs as the ``postgres`` user (PostgreSQL refuses root), else as an
ordinary ``fdtest`` user made for it; otherwise as whoever runs the tests.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from feedback_desk.core.writing import process_alive

if TYPE_CHECKING:
    import pwd

BIN_ENV = "FEEDBACK_DESK_PG_BIN"
REQUIRE_ENV = "FEEDBACK_DESK_REQUIRE_POSTGRES"
USER = "fd"  # the superuser initdb makes; trust authentication over the private socket
PORT = 5432  # only names the socket file: the server listens on no TCP port
TEMPLATE = "fd_template"
# The socket folders of the servers running now: the only places the network guard
# (tests/conftest.py) lets a test's psycopg connection go.
SOCKET_FOLDERS: set[str] = set()
SETTINGS = (
    "-c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
    "-c shared_buffers=16MB -c max_connections=50"
)


class Unavailable(RuntimeError):
    """PostgreSQL cannot be started here; the message says why and what would help."""


def required() -> bool:
    """CI asks for the server: a run where it cannot start fails instead of skipping."""
    return os.environ.get(REQUIRE_ENV) == "1"


def find_bin() -> Path:
    """The folder of initdb and pg_ctl: FEEDBACK_DESK_PG_BIN, else the newest Debian-style
    /usr/lib/postgresql/N/bin, else what ``pg_config --bindir`` says."""
    if os.environ.get(BIN_ENV):
        return Path(os.environ[BIN_ENV])
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if found:
        versions = {Path(p).parent: Path(p).parts[-3] for p in found}
        return max(versions, key=lambda b: int(versions[b]) if versions[b].isdigit() else 0)
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, timeout=10)
        if out.returncode == 0 and out.stdout.strip():
            return Path(out.stdout.strip())
    return Path("/usr/lib/postgresql/bin")  # absent: start() says PostgreSQL is not installed


def server_user() -> pwd.struct_passwd | None:
    """Who runs the server: None (this user) unless root; then ``postgres``, else an
    ordinary ``fdtest`` user, made now if it does not exist."""
    if getattr(os, "geteuid", lambda: 1)() != 0:
        return None
    import pwd  # POSIX only: tests/conftest.py imports this module everywhere

    for name in ("postgres", "fdtest"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    made = subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "fdtest"],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        why = made.stderr.strip()
        raise Unavailable(f"PostgreSQL refuses to run as root and no user could be made: {why}")
    return pwd.getpwnam("fdtest")


@dataclass
class PgServer:
    folder: Path  # data/, sock/ and server.log
    bin: Path
    account: pwd.struct_passwd | None
    started_in: float = 0.0  # seconds, initdb to a ready template
    _admin: object = field(default=None, repr=False)  # psycopg connection to "postgres"

    @property
    def host(self) -> str:
        """The unix socket's folder: libpq's ``host`` for a path."""
        return str(self.folder / "sock")

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@/{database}?host={self.host}&port={PORT}"

    def run(self, tool: str, *args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess:
        """One of the server's tools, as the server's user."""
        extra = {}
        if self.account is not None:
            extra = {"user": self.account.pw_uid, "group": self.account.pw_gid, "extra_groups": []}
        return subprocess.run(
            [str(self.bin / tool), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.folder,
            **extra,
        )

    def log_tail(self, lines: int = 8) -> str:
        try:
            text = (self.folder / "server.log").read_text(errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.strip().splitlines()[-lines:])

    def admin(self):
        """A connection to the maintenance database ``postgres`` (autocommit), kept open."""
        if self._admin is None or self._admin.closed:
            import psycopg

            self._admin = psycopg.connect(self.url("postgres"), autocommit=True)
        return self._admin

    def create_database(self, template: str = TEMPLATE) -> str:
        """A new database copied from ``template``; its name."""
        name = f"fd_{uuid.uuid4().hex[:12]}"
        self.admin().execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name``, ending any connection a test left open to it."""
        self.admin().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def databases(self) -> set[str]:
        rows = self.admin().execute("SELECT datname FROM pg_database").fetchall()
        return {name for (name,) in rows}

    def stop(self) -> None:
        """Stop the server and remove its folder, whatever state it is in."""
        if self._admin is not None:
            with contextlib.suppress(Exception):
                self._admin.close()
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            self.run("pg_ctl", "-D", self.folder / "data", "-m", "immediate", "-w", "stop")
        SOCKET_FOLDERS.discard(self.host)
        shutil.rmtree(self.folder, ignore_errors=True)


def remove_abandoned(bin_dir: Path, account) -> None:
    """Stop and remove the servers of test runs that were killed before they could (their
    folder's ``owner`` process is gone); the servers of runs still going are left alone."""
    for owner in glob.glob("/tmp/fdpg-*/owner"):
        try:
            pid = int(Path(owner).read_text())
        except (OSError, ValueError):
            continue
        if not process_alive(pid):
            PgServer(folder=Path(owner).parent, bin=bin_dir, account=account).stop()


def start() -> PgServer:
    """initdb, start, and make the template database; raises Unavailable with the reason."""
    began = time.perf_counter()
    bin_dir = find_bin()
    if not (bin_dir / "initdb").exists():
        raise Unavailable(
            f"PostgreSQL is not installed ({bin_dir / 'initdb'} is absent; on Debian: "
            f"apt-get install postgresql, or set {BIN_ENV} to its bin folder)"
        )
    try:
        import psycopg  # noqa: F401  (the tests talk to the server through it)
    except ImportError as error:
        why = f"psycopg is not installed ({error}): pip install 'psycopg[binary]'"
        raise Unavailable(why) from None
    account = server_user()
    remove_abandoned(bin_dir, account)
    folder = Path(tempfile.mkdtemp(prefix="fdpg-", dir="/tmp"))  # short: a socket path < 108
    server = PgServer(folder=folder, bin=bin_dir, account=account)
    try:
        (folder / "owner").write_text(str(os.getpid()))
        (folder / "sock").mkdir()
        if account is not None:
            for path in (folder, folder / "sock"):
                os.chown(path, account.pw_uid, account.pw_gid)
        made = server.run(
            "initdb", "-D", folder / "data", "-U", USER, "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        if made.returncode != 0:
            raise Unavailable(f"initdb failed: {(made.stderr or made.stdout).strip()[-400:]}")
        started = server.run(
            "pg_ctl", "-D", folder / "data", "-l", folder / "server.log", "-w", "-t", "30",
            "-o", f"-k {server.host} -p {PORT} {SETTINGS}", "start",
        )  # fmt: skip
        if started.returncode != 0:
            raise Unavailable(f"PostgreSQL did not start: {server.log_tail()}")
        SOCKET_FOLDERS.add(server.host)
        server.admin().execute(f'CREATE DATABASE "{TEMPLATE}"')
    except Unavailable:
        server.stop()
        raise
    except Exception as error:
        server.stop()
        raise Unavailable(f"PostgreSQL could not be prepared: {error}") from error
    server.started_in = time.perf_counter() - began
    return server
