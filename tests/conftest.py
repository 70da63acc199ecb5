"""One fresh database per test, no test ever touches the real user folders, and no test
may see the app open an internet socket (the network guard, tests/netguard)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from pathlib import Path

import pytest

from tests import pg
from tests.netguard import netguard

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
# The tags a new database starts with (schema V1): what several tests expect.
STARTING_TAGS = frozenset(
    {
        "Speed",
        "Price",
        "Quality",
        "Staff",
        "Cleanliness",
        "Order accuracy",
        "Atmosphere",
        "Menu",
        "Location",
    }
)


pytest_plugins = ("pytester",)  # the network guard's own tests run a guarded test inside

NETGUARD_DIR = Path(__file__).resolve().parent / "netguard"


def shared_data(*parts: str) -> Path:
    """A file of ../shared/data, or a skip saying why when it is not there."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared real-world data sits beside the checkout")
    return path


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Data, logs, window settings and the single-instance socket's folder (under the cache
    folder) go to the test's own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("FEEDBACK_DESK_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("FEEDBACK_DESK_LANGUAGE", "en")  # tests reading English text get it
    return home


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "feedback.db"


ENGINES = ("file", "server")  # a desk on a database file, and on a team server (PostgreSQL)


def pytest_generate_tests(metafunc):
    """The tests of a module marked ``both_engines`` that open a desk (``store``,
    ``desk_location``) run twice: on a file ([file]) and on the test run's own PostgreSQL
    server ([server]); a test marked ``file_only`` (backups, PRAGMAs, the file on disk) once."""
    definition = metafunc.definition
    chosen = any("engine" in str(m.args[0]) for m in definition.iter_markers("parametrize"))
    if (
        "engine" in metafunc.fixturenames
        and definition.get_closest_marker("both_engines")
        and not definition.get_closest_marker("file_only")
        and not chosen  # a test that names its engine itself (server only)
    ):
        metafunc.parametrize("engine", ENGINES)


@pytest.fixture
def engine() -> str:
    """Where the test's desk is: "file" unless the module runs on both engines."""
    return "file"


@pytest.fixture
def desk_location(engine, db_path, request):
    """Where the test's desk is: the file ``db_path``, or a fresh database on the server (a
    copy of a desk made once, so opening it migrates nothing)."""
    if engine == "file":
        return db_path
    server = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("pg_desk_template")
    name = server.create_database(template)
    request.addfinalizer(lambda: server.drop_database(name))
    return server.url(name)


@pytest.fixture
def store(desk_location):
    from feedback_desk.core.store import Store

    with Store(desk_location) as opened:
        yield opened


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server of its own for the whole run (tests/pg.py), over a unix socket
    only; skipped with the reason where it cannot start, failed instead under
    FEEDBACK_DESK_REQUIRE_POSTGRES=1 (CI, where the server is installed)."""
    yield from _started(pg.start)


@pytest.fixture(scope="session")
def pg_tls_server():
    """A second server as a team's server elsewhere is (tests/pg.py): on 127.0.0.1 with TLS
    and a password, besides its socket. Its certificate is made by openssl: without it,
    the tests that need this server skip, saying so."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: no certificate for the TLS test server")
    yield from _started(pg.start, tls=True)


def _started(start, **how):
    try:
        server = start(**how)
    except pg.Unavailable as why:
        if pg.required():
            pytest.fail(f"{pg.REQUIRE_ENV}=1 but {why}", pytrace=False)
        pytest.skip(str(why))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh database for this test, copied from the template (tens of milliseconds) and
    dropped afterwards: its postgresql:// URL (host = the server's socket folder)."""
    name = pg_server.create_database()
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture(scope="session")
def pg_desk_template(pg_server) -> str:
    """A database holding a new desk (schema made, starting rows in), made once per run:
    each server test's desk is a copy of it (tens of milliseconds)."""
    from feedback_desk.core.store import Store

    name = pg_server.create_database()
    Store(pg_server.url(name)).close()
    return name


def guarded_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a child process of a test (``python -m feedback_desk ...``): its
    sitecustomize installs the network guard, so an attempt exits with status 86."""
    env = dict(os.environ if env is None else env)
    paths = [str(NETGUARD_DIR), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env[netguard.ENV] = "1"
    env[netguard.ALLOW_ENV] = netguard.ALLOW_SEPARATOR.join(
        sorted(pg.SOCKET_FOLDERS)
    )  # the test servers
    return env


def assert_no_network(result) -> None:
    """A child process run with ``guarded_env`` did not try to reach the network."""
    assert result.returncode != netguard.EXIT_STATUS, (
        f"the command tried to use the network:\n{result.stderr}"
    )


# Qt's own sockets do not go through Python's socket module: their entry points are guarded
# too once the test has Qt loaded (the window tests).
_QT_ENTRY_POINTS = {
    "QAbstractSocket": ("connectToHost", "bind"),
    "QTcpServer": ("listen",),
    "QUdpSocket": ("bind", "writeDatagram"),
    "QNetworkAccessManager": (
        "get",
        "post",
        "put",
        "head",
        "deleteResource",
        "sendCustomRequest",
        "connectToHost",
        "connectToHostEncrypted",
    ),
    "QHostInfo": ("lookupHost", "fromName"),
    "QSslSocket": ("connectToHostEncrypted",),
    "QDnsLookup": ("lookup",),
}


def _qt_argument(value) -> str:
    """A request by its address, a host address as text, anything else as Python shows it."""
    for name in ("url", "toString"):
        with contextlib.suppress(Exception):
            shown = getattr(value, name)()
            return shown.toString() if name == "url" else shown
    return repr(value)


def _guard_qt(monkeypatch, record) -> None:
    if "PySide6" not in sys.modules:
        return
    try:
        from PySide6 import QtNetwork
        from PySide6.QtCore import QObject
    except ImportError:
        return
    for class_name, methods in _QT_ENTRY_POINTS.items():
        cls = getattr(QtNetwork, class_name, None)
        for method in methods:
            if cls is None or not hasattr(cls, method):
                continue

            def blocked(*args, _what=f"{class_name}.{method}", **kwargs):
                shown = ", ".join(_qt_argument(a) for a in args if not isinstance(a, QObject))
                netguard.blocked(f"{_what}({shown})", record)

            monkeypatch.setattr(cls, method, blocked)


def _guard_psycopg(monkeypatch, record) -> None:
    """A PostgreSQL connection may go only to the test run's own servers (their unix socket
    folders, tests/pg.py): see netguard.guard_psycopg."""
    psycopg = sys.modules.get("psycopg")
    if psycopg is None:  # the offline default never loads it; a server desk test has
        return
    for cls in (psycopg.Connection, psycopg.AsyncConnection):
        monkeypatch.setattr(cls, "connect", cls.__dict__["connect"])  # put back afterwards
    monkeypatch.setattr(psycopg, "connect", psycopg.connect)
    netguard.guard_psycopg(psycopg, lambda: pg.SOCKET_FOLDERS, record)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail any test in which the app reaches for the network: the attempt raises at once,
    and the test fails at teardown even if the app swallowed that exception."""
    attempts: list[str] = []
    held_before = netguard.open_internet_sockets()
    uninstall = netguard.install(attempts.append)
    _guard_qt(monkeypatch, attempts.append)
    _guard_psycopg(monkeypatch, attempts.append)
    try:
        yield attempts
    finally:
        uninstall()
    # What compiled code (Qt's C++) opened beside Python's socket module, as the system sees.
    left_open = netguard.open_internet_sockets() - held_before
    attempts += [f"a socket left open ({what})" for what in sorted(left_open)]
    if attempts:
        pytest.fail(
            "the app tried to use the network (Feedback Desk is offline): " + "; ".join(attempts),
            pytrace=False,
        )
