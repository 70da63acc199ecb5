"""A team server elsewhere, as the shop's NAS or a managed service is (issue 22): reached
over TCP, TLS with its certificate checked, and a password. The server is a real
PostgreSQL on 127.0.0.1 (tests/pg.py, ``start(tls=True)``), so each message below comes from
what libpq itself says when a password is wrong, missing, or TLS is left out."""

from __future__ import annotations

import json
import subprocess

import psycopg
import pytest

from feedback_desk.core.errors import ServerRefused
from feedback_desk.core.store import Store
from tests import pg
from tests.core.test_cli import cli
from tests.netguard import netguard


@pytest.fixture
def desk(pg_tls_server):
    """A fresh, empty database on the TLS server; its name."""
    name = pg_tls_server.create_database()
    yield name
    pg_tls_server.drop_database(name)


@pytest.fixture
def no_saved_password(monkeypatch, tmp_path):
    """No password but the one a test gives: none in libpq's environment or ~/.pgpass."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


def test_a_desk_elsewhere_opens_over_tls_with_its_password(pg_tls_server, desk):
    with Store(pg_tls_server.tls_url(desk)) as store:
        assert store.is_server and store.inbox_count() == 0
        encrypted = store.conn.execute(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
        assert encrypted == (True,)


def test_the_command_line_works_on_it_with_the_password_from_pgpassword(
    pg_tls_server, desk, monkeypatch
):
    monkeypatch.setenv("PGPASSWORD", pg.TLS_PASSWORD)
    address = pg_tls_server.tls_url(desk, password=None)
    assert cli("demo", db=address).stdout.startswith("Added ")
    figures = json.loads(cli("stats", "--json", db=address).stdout)
    assert figures["feedback"] > 100


def test_the_network_guard_lets_tests_reach_its_port_alone(pg_tls_server, desk, no_network):
    with psycopg.connect(pg_tls_server.tls_url(desk)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
        other = pg_tls_server.tls_url(desk).replace(f":{pg_tls_server.port}/", ":5432/")
        with pytest.raises(netguard.NetworkAttempt):
            psycopg.connect(other, connect_timeout=1)
    assert no_network == ["psycopg.connect(127.0.0.1, port 5432)"]
    no_network.clear()  # refused as it should be: not a failure of this test


@pytest.mark.usefixtures("no_saved_password")
@pytest.mark.parametrize(
    ("how", "told"),
    [
        ({"password": "croissant 8 days"}, "did not accept the user fd with this password"),
        ({"password": None}, "asks for the password of fd, and none was given"),
        ({"sslmode": "disable"}, "pg_hba.conf has no line"),
        ({"sslrootcert": "other"}, "could not be trusted"),
        ({"database": "nobakery"}, "has no database nobakery"),
    ],
)
def test_each_refusal_of_a_real_server_is_told_plainly(pg_tls_server, desk, tmp_path, how, told):
    options = {key: how[key] for key in ("sslmode",) if key in how}
    if "sslrootcert" in how:  # trusting another server's certificate, not this one's
        options["sslrootcert"] = str(_another_certificate(tmp_path))
    address = pg_tls_server.tls_url(
        how.get("database", desk), password=how.get("password", pg.TLS_PASSWORD), **options
    )
    with pytest.raises(ServerRefused) as refused:
        Store(address)
    assert told in str(refused.value)
    assert "croissant" not in str(refused.value)  # no password in what the owner reads
    said = cli("stats", db=address, check=False)
    assert said.returncode == 2 and told in said.stderr and "Traceback" not in said.stderr


def _another_certificate(folder):
    """A self-signed certificate for "localhost" that the TLS server does not hold."""
    key, crt = folder / "other.key", folder / "other.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", key, "-out", crt],
        capture_output=True, check=True, timeout=60,
    )  # fmt: skip
    return crt
