"""A real PostgreSQL server for the test run (the team desk's ground).

``start()`` runs the machine's own server binaries: ``initdb`` into a short folder made under
/tmp, then ``pg_ctl start`` listening on a unix socket inside that folder only (nothing on
the network, no port to clash with another run), fsync off and small buffers for speed.
``start(tls=True)`` starts one that also listens on 127.0.0.1 as a server elsewhere would:
TLS with a certificate for "localhost" made by openssl, and the user's password
(scram-sha-256) asked. ``PgServer.stop()`` stops it and removes the folder. Where the
server cannot start, ``start`` raises :class:`Unavailable` with the plain reason, which the
fixtures in tests/conftest.py turn into a skip (or a failure when
FEEDBACK_DESK_REQUIRE_POSTGRES=1, as CI sets).

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
# The socket folders of the servers running now (and 127.0.0.1:port while the TLS server
# runs): the only places the network guard (tests/conftest.py) lets a psycopg connection go.
SOCKET_FOLDERS: set[str] = set()
TLS_PASSWORD = "croissant 7 days"  # the TLS server's user's, gone with the server
# Its pg_hba.conf: the socket as the others, TCP only with TLS and the password, so a
# connection without TLS meets libpq's own "no pg_hba.conf entry ... no encryption".
TLS_HBA = "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
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
    port: int = PORT
    tls: bool = False  # also on 127.0.0.1:port, TLS and a password only
    started_in: float = 0.0  # seconds, initdb to a ready template
    _admin: object = field(default=None, repr=False)  # psycopg connection to "postgres"

    @property
    def host(self) -> str:
        """The unix socket's folder: libpq's ``host`` for a path."""
        return str(self.folder / "sock")

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@/{database}?host={self.host}&port={self.port}"

    @property
    def tcp(self) -> str:
        """Where the TLS server listens on TCP, as the network guard names it."""
        return f"127.0.0.1:{self.port}"

    @property
    def certificate(self) -> Path:
        """The TLS server's certificate, which is also the root a client trusts it by."""
        return self.folder / "server.crt"

    def tls_url(self, database: str, password: str | None = TLS_PASSWORD, **options) -> str:
        """The TLS server's ``database`` as a team desk elsewhere is reached: over TCP, its
        certificate checked (verify-full), a password. By address, not by name: psycopg
        looks a name up in Python, which the network guard refuses."""
        from urllib.parse import quote, urlencode

        secret = f":{quote(password, safe='')}" if password is not None else ""
        query = {"sslmode": "verify-full", "sslrootcert": str(self.certificate), **options}
        return f"postgresql://{USER}{secret}@{self.tcp}/{database}?{urlencode(query)}"

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
        SOCKET_FOLDERS.discard(self.tcp)
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


def _listen_on_tcp(server: PgServer) -> str:
    """Make ``server`` (initdb done, not started) a server elsewhere: a certificate for
    localhost, TLS on, TCP only with TLS and a password. Its extra start options."""
    data = server.folder / "data"
    made = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", data / "server.key", "-out", server.certificate],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    if made.returncode != 0:
        raise Unavailable(f"openssl could not make a certificate: {made.stderr.strip()[-300:]}")
    os.chmod(data / "server.key", 0o600)
    if server.account is not None:
        os.chown(data / "server.key", server.account.pw_uid, server.account.pw_gid)
    (data / "pg_hba.conf").write_text(TLS_HBA)
    return f"-c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file={server.certificate}"


def start(tls: bool = False) -> PgServer:
    """initdb, start, and make the template database; raises Unavailable with the reason.
    ``tls``: the server listens on 127.0.0.1 too, with TLS and a password (see above)."""
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
    server = PgServer(folder=folder, bin=bin_dir, account=account, tls=tls)
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
        tcp = f" {_listen_on_tcp(server)}" if tls else ""
        # On TCP, a port another program may hold: the next few are tried.
        ports = [PORT + 10_000 + (os.getpid() + 97 * n) % 20_000 for n in range(5)]
        for server.port in ports if tls else [PORT]:
            started = server.run(
                "pg_ctl", "-D", folder / "data", "-l", folder / "server.log", "-w", "-t", "30",
                "-o", f"-k {server.host} -p {server.port} {SETTINGS}{tcp}", "start",
            )  # fmt: skip
            if started.returncode == 0 or "already in use" not in server.log_tail():
                break
        if started.returncode != 0:
            raise Unavailable(f"PostgreSQL did not start: {server.log_tail()}")
        SOCKET_FOLDERS.add(server.host)
        server.admin().execute(f'CREATE DATABASE "{TEMPLATE}"')
        if tls:
            server.admin().execute(f"ALTER USER {USER} PASSWORD '{TLS_PASSWORD}'")
            SOCKET_FOLDERS.add(server.tcp)
    except Unavailable:
        server.stop()
        raise
    except Exception as error:
        server.stop()
        raise Unavailable(f"PostgreSQL could not be prepared: {error}") from error
    server.started_in = time.perf_counter() - began
    return server
