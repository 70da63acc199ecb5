"""The team server going away, for the tests: every connection of a desk's database ended
(as a server stop or a lost network ends them), and new ones refused until it is back.

Cheaper than stopping the session's server (tests/pg.py), which the other tests share."""

from __future__ import annotations

import contextlib
from urllib.parse import urlsplit


def database_of(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def end_connection(server, pid: int) -> None:
    """End one connection (by its server process id), waiting until it has gone."""
    server.admin().execute("SELECT pg_terminate_backend(%s, 5000)", (pid,))


def end_connections(server, url: str) -> int:
    """End every connection to the database of ``url`` (pg_terminate_backend, waiting until
    they have gone); how many."""
    rows = server.admin().execute(
        "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
        "WHERE datname = %s AND pid <> pg_backend_pid()",
        (database_of(url),),
    )
    return len(rows.fetchall())


def refuse(server, url: str, refused: bool = True) -> None:
    """Refuse (or allow again) new connections to the database of ``url``."""
    allow = "false" if refused else "true"
    server.admin().execute(f'ALTER DATABASE "{database_of(url)}" ALLOW_CONNECTIONS {allow}')


@contextlib.contextmanager
def server_away(server, url: str):
    """The server is away inside the block: connections ended, new ones refused."""
    refuse(server, url)
    end_connections(server, url)
    try:
        yield
    finally:
        refuse(server, url, refused=False)


@contextlib.contextmanager
def server_stopped(server):
    """The whole server stopped (pg_ctl stop, fast: connections are told it shuts down) inside
    the block, and started again after it, with its data."""
    from tests.pg import PORT, SETTINGS

    stopped = server.run("pg_ctl", "-D", server.folder / "data", "-m", "fast", "-w", "stop")
    assert stopped.returncode == 0, stopped.stderr
    if server._admin is not None:
        server._admin.close()
    try:
        yield
    finally:
        started = server.run(
            "pg_ctl", "-D", server.folder / "data", "-l", server.folder / "server.log", "-w",
            "-t", "30", "-o", f"-k {server.host} -p {PORT} {SETTINGS}", "start",
        )  # fmt: skip
        assert started.returncode == 0, server.log_tail()
