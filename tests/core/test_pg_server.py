"""The team desk's ground: the test run's own PostgreSQL server (tests/pg.py) starts, each
test gets a database of its own that is gone afterwards, two desks see each other's
committed work and hear each other's change notices, and the network guard still refuses
everything but that server."""

from __future__ import annotations

import os
import socket
import time
from typing import ClassVar

import pytest

from tests import pg
from tests.netguard import netguard

pytestmark = pytest.mark.usefixtures("pg_server")
if pg.required():  # CI: a missing psycopg fails the run rather than skipping these
    import psycopg
else:
    psycopg = pytest.importorskip("psycopg", reason="pip install 'psycopg[binary]'")


def test_a_fresh_database_takes_a_table_and_its_rows(pg_url):
    with psycopg.connect(pg_url) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchone() == (0,)
        conn.execute("CREATE TABLE feedback (id bigint PRIMARY KEY, body text NOT NULL)")
        conn.execute("INSERT INTO feedback VALUES (1, %s)", ("크루아상이 맛있어요",))
        conn.commit()
        assert conn.execute("SELECT body FROM feedback").fetchall() == [("크루아상이 맛있어요",)]


def test_two_desks_see_each_other_commits_and_not_the_rest(pg_url):
    with psycopg.connect(pg_url) as one, psycopg.connect(pg_url) as two:
        one.execute("CREATE TABLE notes (id int PRIMARY KEY, body text)")
        one.commit()
        one.execute("INSERT INTO notes VALUES (1, 'from the first desk')")
        assert two.execute("SELECT count(*) FROM notes").fetchone() == (0,)  # not committed yet
        two.rollback()
        one.commit()
        assert two.execute("SELECT body FROM notes").fetchall() == [("from the first desk",)]
        two.execute("UPDATE notes SET body = 'answered on the second desk'")
        two.commit()
        assert one.execute("SELECT body FROM notes").fetchone() == ("answered on the second desk",)


def test_a_change_notice_reaches_the_other_desk_within_two_seconds(pg_url):
    with (
        psycopg.connect(pg_url, autocommit=True) as listener,
        psycopg.connect(pg_url, autocommit=True) as writer,
    ):
        listener.execute("LISTEN feedback_desk")
        sent = time.perf_counter()
        writer.execute("SELECT pg_notify('feedback_desk', 'feedback')")
        heard = list(listener.notifies(timeout=2.0, stop_after=1))
        waited = time.perf_counter() - sent
        assert [(n.channel, n.payload) for n in heard] == [("feedback_desk", "feedback")]
        assert heard[0].pid == writer.info.backend_pid  # a desk can tell its own notices apart
        assert waited < 2.0


class TestEachTestHasItsOwnDatabase:
    """The database of one test is dropped once it ends, even with a connection left open."""

    seen: ClassVar[list[str]] = []
    left_open: ClassVar[list] = []

    def test_uses_a_database(self, pg_url, pg_server):
        name = psycopg.conninfo.conninfo_to_dict(pg_url)["dbname"]
        assert name in pg_server.databases()
        conn = psycopg.connect(pg_url)
        conn.execute("CREATE TABLE left_behind (x int)")
        conn.commit()
        self.left_open.append(conn)  # still connected when the test ends
        self.seen.append(name)

    def test_finds_it_gone(self, pg_url, pg_server):
        assert self.seen, "runs after test_uses_a_database"
        assert self.seen[0] not in pg_server.databases()
        with psycopg.connect(pg_url) as conn:  # and its own database starts empty
            assert conn.execute("SELECT to_regclass('left_behind')").fetchone() == (None,)
        self.left_open[0].close()


def test_the_guard_lets_the_server_through_and_still_refuses_elsewhere(pg_url, no_network):
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
        assert conn.pgconn.host.decode().startswith("/")  # the unix socket, no address
        assert netguard.open_internet_sockets() == set()
        attempts: list[str] = []
        uninstall = netguard.install(attempts.append)  # as the suite's guard, reporting here
        try:
            with pytest.raises(netguard.NetworkAttempt):
                socket.create_connection(("192.0.2.1", 5432), timeout=0.1)
            with pytest.raises(netguard.NetworkAttempt):
                socket.socket().connect(("127.0.0.1", 5432))
        finally:
            uninstall()
        assert attempts == [
            "socket.create_connection(192.0.2.1:5432)",
            "socket.connect(127.0.0.1:5432)",
        ]
    assert no_network == []  # the suite's own guard saw nothing from the server's connection


@pytest.mark.parametrize(
    "elsewhere, named",
    [
        ("host=127.0.0.1 port=5432", "127.0.0.1, port 5432"),
        ("postgresql://fd@db.example.com:5433/shop", "db.example.com, port 5433"),
        ("hostaddr=192.0.2.1 dbname=shop", "192.0.2.1, port 5432"),
        ("dbname=shop", "libpq's default, port 5432"),  # PGHOST or /var/run/postgresql
        ("host=/var/run/postgresql", "/var/run/postgresql, port 5432"),
    ],
)
def test_a_database_connection_anywhere_else_is_refused(pg_url, no_network, elsewhere, named):
    with psycopg.connect(pg_url) as conn:  # the test server stays reachable meanwhile
        with pytest.raises(netguard.NetworkAttempt):
            psycopg.connect(elsewhere, connect_timeout=1)
        with pytest.raises(netguard.NetworkAttempt):
            psycopg.Connection.connect(elsewhere)
        assert conn.execute("SELECT 1").fetchone() == (1,)
    assert no_network == [f"psycopg.connect({named})"] * 2
    no_network.clear()  # refused as it should be: not a failure of this test


def test_a_server_connection_made_by_libpq_over_tcp_is_still_seen(pg_server):
    """libpq opens its sockets in C, past Python's socket module: the guard's look at the
    process's open sockets (/proc) still sees one going to any internet address."""
    if not os.path.exists("/proc/self/net/tcp"):
        pytest.skip("the system shows no socket table (/proc): Linux only")
    listener = socket.socket()
    socket.socket.bind.__wrapped__(listener, ("127.0.0.1", 0))  # past the guard, on purpose
    listener.listen()
    port = listener.getsockname()[1]
    try:
        attempt = psycopg.pq.PGconn.connect_start(f"host=127.0.0.1 port={port} user=fd".encode())
        try:
            seen = netguard.open_internet_sockets()
            assert any(f":{port:04X}" in what for what in seen), seen
        finally:
            attempt.finish()
    finally:
        listener.close()
