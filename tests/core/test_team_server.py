"""Connecting to a team server (issue 22): where it is is remembered per computer without its
password, the password goes to the keyring (or this session only), TLS is required for a
server elsewhere, and each way a connection fails is told plainly."""

from __future__ import annotations

import dataclasses
import stat

import psycopg
import pytest
from keyring.backend import KeyringBackend

from feedback_desk.core import team
from feedback_desk.core.errors import ServerRefused, ServerUnreachable
from feedback_desk.core.store.location import parse_location
from feedback_desk.core.store.pg.connection import connect_problem

SERVER = parse_location("postgresql://minji@nas.bakery.lan:5432/desk")


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.kept = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def ring(monkeypatch, private_home):
    import keyring

    kept = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(kept)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    yield kept
    keyring.set_keyring(previous)
    team._SESSION.clear()


def test_the_password_goes_to_the_keyring_and_never_into_the_file(ring):
    assert team.keep_password(SERVER, "s3cret-빵") is True
    assert ring.kept == {("Feedback Desk", "minji@nas.bakery.lan:5432/desk"): "s3cret-빵"}
    team.save_choice(team.TeamChoice(team.with_password(SERVER), in_use=True))
    text = team.team_file().read_text(encoding="utf-8")
    assert "s3cret" not in text and "nas.bakery.lan" in text
    assert stat.S_IMODE(team.team_file().stat().st_mode) & 0o077 == 0  # the owner's alone
    choice = team.load_choice()
    assert choice.in_use and choice.server == SERVER and choice.server.password is None
    assert team.with_password(choice.server).password == "s3cret-빵"
    team.forget_password(SERVER)
    assert team.with_password(SERVER).password is None


def test_a_server_no_longer_chosen_keeps_no_password_here(ring):
    team.keep_password(SERVER, "old-one")
    team.save_choice(team.TeamChoice(SERVER, in_use=True))
    team.save_choice(team.TeamChoice(SERVER, in_use=False))  # back to the file: kept for later
    assert team.with_password(SERVER).password == "old-one"
    other = parse_location("postgresql://minji@nas2.bakery.lan/desk")
    team.save_choice(team.TeamChoice(other, in_use=True))
    assert team.with_password(SERVER).password is None and not ring.kept


def test_the_address_or_pgpassword_come_before_the_keyring(ring, monkeypatch):
    team.keep_password(SERVER, "from-keyring")
    given = parse_location("postgresql://minji:given@nas.bakery.lan/desk")
    assert team.with_password(given).password == "given"
    monkeypatch.setenv("PGPASSWORD", "from-env")
    assert team.with_password(SERVER).password is None  # libpq reads PGPASSWORD itself


def test_without_a_keyring_the_password_is_kept_for_this_session_only(monkeypatch, private_home):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv("PGPASSWORD", raising=False)
    try:
        assert not team.keyring_usable()
        assert team.keep_password(SERVER, "typed") is False
        assert team.with_password(SERVER).password == "typed"
        team.save_choice(team.TeamChoice(SERVER, in_use=True))
        assert "typed" not in team.team_file().read_text(encoding="utf-8")
    finally:
        keyring.set_keyring(previous)
        team._SESSION.clear()


def test_no_tls_is_refused_for_a_server_elsewhere_only():
    assert "TLS" in team.needs_tls_words(parse_location(f"{SERVER}?sslmode=disable"))
    assert team.needs_tls_words(parse_location(f"{SERVER}?sslmode=verify-full")) is None
    assert team.needs_tls_words(SERVER) is None  # require by default
    assert SERVER.conninfo()["sslmode"] == "require"
    for local in (
        "postgresql://fd@localhost/desk?sslmode=disable",
        "postgresql://fd@[::1]/d",
        "postgresql://fd@/desk?host=/run/postgresql",
    ):
        assert team.needs_tls_words(parse_location(local)) is None
        assert parse_location(local).conninfo().get("sslmode") != "require"


# Addresses as the PostgreSQL manual (34.1.1 "Connection Strings") and managed services show
# them: Azure Database for PostgreSQL's "Connection strings" page (libpq keyword/value, its
# password in braces), Heroku's DATABASE_URL (postgres://), Supabase's "Direct connection"
# URI, a NAS's socket folder, and the manual's own quoted and percent-encoded examples.
ADDRESSES = [
    "host=localhost port=5432 dbname=mydb connect_timeout=10",
    "host=mydemoserver.postgres.database.azure.com port=5432 dbname=postgres user=myadmin "
    "password={your_password} sslmode=require",
    "postgres://u8ak3kl0:p4ss-word@ec2-3-215-57-87.compute-1.amazonaws.com:5432/d9fl2hcm0",
    "postgresql://postgres:[YOUR-PASSWORD]@db.abcdefghij.supabase.co:5432/postgres",
    "postgresql:///desk?host=/run/postgresql&user=fd",
    "postgresql://other@localhost/otherdb?connect_timeout=10&application_name=myapp",
    "postgresql://user:s%40cret@[2001:db8::1234]:5433/%EB%B9%B5%EC%A7%91",
    "host = /var/run/postgresql  dbname = 'my shop'  user=minji password='a b\\'c\\\\'",
    "postgresql:///somedb?host=nas1.lan,nas2.lan&target_session_attrs=read-write",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_an_address_is_read_as_libpq_reads_it(address):
    """What parse_location keeps is what libpq's own parser finds in the address; only
    TLS is added for a server elsewhere, and libpq's defaults are written out."""
    libpq = psycopg.conninfo.conninfo_to_dict(address)
    server = parse_location(address)
    kept = {key: str(value) for key, value in server.conninfo().items() if value != ""}
    if "sslmode" not in libpq:
        assert kept.pop("sslmode", "require") == "require"
    defaults = {"port": "5432", "dbname": libpq.get("user", "")}
    assert kept == {key: value for key, value in (defaults | libpq).items() if value != ""}
    assert "s@cret" not in str(server) and "YOUR-PASSWORD" not in str(server)
    assert parse_location(str(server)) == dataclasses.replace(server, password=None)


@pytest.mark.parametrize(
    "address",
    [
        "postgresql://db.shop.kr:54x2/shop",
        "postgresql://db.shop.kr:99999/shop",
        "postgresql://[::1/shop",
        "postgresql://a:5432,b:5433/shop",
        "postgresql://db.shop.kr/shop?sslmode",
    ],
)
def test_an_address_that_cannot_be_read_says_why(address):
    with pytest.raises(ValueError, match=r"port|cannot read|does not know"):
        parse_location(address)


@pytest.mark.parametrize("name", ["feedback=old.db", "my shop.db", "shop = café.db", "2026.db"])
def test_a_file_name_with_an_equals_sign_is_still_a_file(name, tmp_path):
    assert not parse_location(name).is_server
    assert not parse_location(tmp_path / name).is_server


# What libpq says (PostgreSQL 15, tried on this machine), and what the owner is told.
SAID = {
    'connection to server at "10.0.0.5", port 5432 failed: FATAL:  password authentication '
    'failed for user "minji"': (ServerRefused, "did not accept the user minji"),
    'connection to server at "10.0.0.5", port 5432 failed: fe_sendauth: no password supplied': (
        ServerRefused,
        "none was given",
    ),
    'connection to server at "10.0.0.5", port 5432 failed: FATAL:  database "desk" does not '
    "exist": (ServerRefused, "has no database desk"),
    'connection to server at "10.0.0.5", port 5432 failed: server does not support SSL, but '
    "SSL was required": (ServerRefused, "does not offer TLS"),
    'connection to server at "10.0.0.5", port 5432 failed: FATAL:  no pg_hba.conf entry for '
    'host "10.0.0.9", user "minji", database "desk", no encryption': (
        ServerRefused,
        "pg_hba.conf has no line",
    ),
    'connection to server at "10.0.0.5", port 5432 failed: Connection refused\n\tIs the server '
    "running on that host and accepting TCP/IP connections?": (
        ServerUnreachable,
        "cannot be reached",
    ),
    "failed to resolve host 'nas.bakery.lan': [Errno -2] Name or service not known": (
        ServerUnreachable,
        "Name or service not known",
    ),
}


@pytest.mark.parametrize("libpq", list(SAID))
def test_each_way_a_connection_fails_is_told_plainly(libpq):
    kind, words = SAID[libpq]
    problem = connect_problem(SERVER, psycopg.OperationalError(f"connection failed: {libpq}"))
    assert type(problem) is kind
    assert words in str(problem)
    assert "password=" not in str(problem)
