"""The network guard (tests/netguard) catches the app reaching for the network, in the test's
own process and in the child processes the command-line tests start, and leaves local
sockets and the import's helper process alone."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT, assert_no_network, guarded_env
from tests.netguard import netguard

# Nothing listens there and nothing is ever sent: the guard refuses before the system is asked.
CLI = (sys.executable, "-m", "feedback_desk")
ADDRESS = ("192.0.2.1", 9)  # TEST-NET-1, reserved for documentation

CONNECTING_TESTS = """
import socket

def test_connects():
    socket.create_connection(("192.0.2.1", 9), timeout=0.1)

def test_swallows_the_refusal():
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
            sock.connect_ex(("2001:db8::1", 443))
    except Exception:
        pass  # app code that hides the failure still fails the test at teardown

def test_looks_a_name_up():
    try:
        socket.getaddrinfo("example.com", 80)
    except Exception:
        pass

def test_listens():
    try:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
    except Exception:
        pass

def test_stays_offline():
    a, b = socket.socketpair()
    a.close(), b.close()
"""


def run_guarded(pytester, tests: str, **outcomes: int) -> str:
    """Run ``tests`` as a test file under the suite's own guard; check how many passed, failed
    and erred (an attempt fails the test at teardown); what pytest printed."""
    pytester.makeconftest("from tests.conftest import no_network  # noqa: F401\n")
    pytester.makepyfile(test_guarded=tests)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(**outcomes)
    return result.stdout.str()


def guarded(attempts: list[str]):
    """The guard installed inside this (already guarded) test, reporting to ``attempts``."""
    return netguard.install(attempts.append)


@pytest.mark.parametrize(
    "attempt, named",
    [
        (lambda: socket.create_connection(ADDRESS, timeout=0.1), "192.0.2.1:9"),
        (lambda: socket.getaddrinfo("example.com", 443), "example.com:443"),
        (lambda: socket.socket().connect(ADDRESS), "192.0.2.1:9"),
        (lambda: socket.socket().connect_ex(ADDRESS), "192.0.2.1:9"),
        (lambda: socket.socket(socket.AF_INET6).connect(("::1", 80)), "[::1]:80"),
        (lambda: socket.socket().bind(("0.0.0.0", 0)), "0.0.0.0:0"),
        (lambda: socket.socket(type=socket.SOCK_DGRAM).connect(ADDRESS), "192.0.2.1:9"),
        (lambda: socket.socket(type=socket.SOCK_DGRAM).sendto(b"x", ADDRESS), "192.0.2.1:9"),
        (lambda: socket.socket(type=socket.SOCK_DGRAM).sendto(b"x", 0, ADDRESS), "192.0.2.1:9"),
    ],
    ids=[
        "create_connection",
        "getaddrinfo",
        "connect",
        "connect_ex",
        "ipv6",
        "bind",
        "udp",
        "sendto",
        "sendto-flags",
    ],
)
def test_the_guard_refuses_and_records_each_way_out(attempt, named):
    attempts: list[str] = []
    uninstall = guarded(attempts)
    try:
        with pytest.raises(netguard.NetworkAttempt, match="tried to use the network"):
            attempt()
    finally:
        uninstall()
    assert len(attempts) == 1 and named in attempts[0]


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no local sockets here")
def test_local_sockets_are_allowed(tmp_path):
    attempts: list[str] = []
    uninstall = guarded(attempts)
    try:
        path = str(tmp_path / "s")
        with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
            server.bind(path)
            server.listen()
            client.connect(path)
        a, b = socket.socketpair()
        a.close(), b.close()
    finally:
        uninstall()
    assert attempts == []


# Compiled code makes its sockets without Python's socket module; _socket stands for it here.
C_LEVEL_TESTS = """
import _socket

KEPT = []

def test_compiled_code_listens():
    sock = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    KEPT.append(sock)

def test_compiled_code_makes_a_udp_socket():
    KEPT.append(_socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM))

def test_closes_what_it_made_and_is_let_be():
    _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM).close()
    for sock in KEPT:
        sock.close()
"""


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="the system check reads /proc")
def test_a_socket_compiled_code_left_open_fails_the_test(pytester):
    out = run_guarded(pytester, C_LEVEL_TESTS, passed=3, errors=2)
    assert "a socket left open (tcp 0100007F:" in out
    assert "a socket left open (socket " in out  # an unbound UDP socket: no address yet


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="the system check reads /proc")
def test_a_child_process_with_a_compiled_socket_exits_86():
    code = "import _socket; s = _socket.socket(); s.bind(('127.0.0.1', 0)); print('done')"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=guarded_env(), timeout=60
    )
    assert result.returncode == netguard.EXIT_STATUS
    assert "sockets left open: " in result.stderr and "done" in result.stdout


def test_a_test_that_reaches_the_network_fails(pytester):
    outer_guard = socket.getaddrinfo
    out = run_guarded(pytester, CONNECTING_TESTS, passed=4, failed=1, errors=4)
    assert "socket.create_connection(192.0.2.1:9)" in out
    assert "socket.connect_ex([2001:db8::1]:443)" in out
    assert "socket.getaddrinfo(example.com:80)" in out
    assert "socket.bind(127.0.0.1:0)" in out
    assert socket.getaddrinfo is outer_guard  # this test's own guard is back in place


def test_a_child_process_that_reaches_the_network_exits_86():
    code = "import socket; socket.create_connection(('192.0.2.1', 9), timeout=0.1)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=guarded_env(),
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == netguard.EXIT_STATUS
    assert "socket.create_connection(192.0.2.1:9)" in result.stderr
    with pytest.raises(AssertionError, match="tried to use the network"):
        assert_no_network(result)


def test_a_child_process_that_swallows_the_refusal_still_exits_86():
    code = textwrap.dedent(
        """
        import socket
        try:
            socket.getaddrinfo("example.com", 443)
        except BaseException:
            pass
        print("carried on")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=guarded_env(), timeout=60
    )
    assert result.returncode == netguard.EXIT_STATUS
    assert "carried on" not in result.stdout
    assert "getaddrinfo(example.com:443)" in result.stderr


def test_the_command_line_runs_under_the_guard(tmp_path):
    env = guarded_env(dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert env[netguard.ENV] == "1"
    db = tmp_path / "x.db"
    result = subprocess.run(
        [*CLI, "--db", str(db), "stats", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert_no_network(result)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["feedback"] == 0


def test_a_big_import_with_its_helper_process_runs_under_the_guard(tmp_path, monkeypatch):
    """Above PARALLEL_FROM_BYTES the import scores texts in a spawned helper process, which
    talks to this one through pipes: the guard must let that through, in a child too."""
    from feedback_desk.core import importer
    from feedback_desk.core.importing import scoring
    from feedback_desk.core.store import Store

    if (os.cpu_count() or 1) < 2:
        pytest.skip("the helper process is used only with two or more processors")
    path = tmp_path / "big.csv"
    long = "The bread was fresh and the coffee hot though the queue at noon was long. " * 2
    rows = 14_000
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("Date,Name,Stars,Review\n")
        for n in range(rows):
            f.write(f"2026-03-{n % 28 + 1:02d},Guest {n},{n % 5 + 1},{long}{n}\n")
    assert path.stat().st_size > scoring.PARALLEL_FROM_BYTES
    env = guarded_env(dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    result = subprocess.run(
        [*CLI, "--db", str(tmp_path / "child.db"), "import", str(path), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert_no_network(result)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["added"] == rows
    # In this process (the guard of the conftest is on), with the helper started for any size.
    monkeypatch.setattr(scoring, "PARALLEL_FROM_BYTES", 0)
    small = tmp_path / "small.csv"
    small.write_text("Date,Name,Stars,Review\n2026-03-01,Ann,5,Lovely\n2026-03-02,Bo,1,Cold\n")
    with Store(tmp_path / "in.db") as store:
        assert importer.run_import(store, small).added == 2


QT_TESTS = """
from PySide6.QtCore import QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkRequest, QTcpSocket

def test_window_code_fetches_a_url():
    QNetworkAccessManager().get(QNetworkRequest(QUrl("http://192.0.2.1/")))

def test_window_code_opens_a_tcp_socket():
    try:
        QTcpSocket().connectToHost("192.0.2.1", 9)
    except Exception:
        pass

def test_window_code_sends_a_datagram():
    from PySide6.QtNetwork import QHostAddress, QUdpSocket
    try:
        QUdpSocket().writeDatagram(b"x", QHostAddress("192.0.2.1"), 9)
    except Exception:
        pass

def test_window_code_looks_a_name_up():
    from PySide6.QtNetwork import QDnsLookup
    try:
        QDnsLookup(QDnsLookup.Type.A, "example.com").lookup()
    except Exception:
        pass

def test_window_code_speaks_tls():
    from PySide6.QtNetwork import QSslSocket
    try:
        QSslSocket().connectToHostEncrypted("example.com", 443)
    except Exception:
        pass
"""


def test_qt_sockets_of_the_window_are_guarded_too(pytester):
    pytest.importorskip("PySide6.QtNetwork")
    out = run_guarded(pytester, QT_TESTS, passed=4, failed=1, errors=5)
    assert "QNetworkAccessManager.get(http://192.0.2.1/)" in out
    assert "QAbstractSocket.connectToHost('192.0.2.1', 9)" in out
    assert "QUdpSocket.writeDatagram(" in out
    assert "QDnsLookup.lookup()" in out
    assert "QSslSocket.connectToHostEncrypted('example.com', 443)" in out
