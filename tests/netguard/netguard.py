"""The network guard: Feedback Desk is offline, so no test may see it open an internet socket.

``install(on_attempt)`` wraps the ways Python code reaches the network (``socket.connect``,
``connect_ex``, ``bind`` on an internet socket, ``create_connection``, ``getaddrinfo``). Each
attempt is passed to ``on_attempt(description)``, which records or reports it, and then
raises :class:`NetworkAttempt`. Local sockets (AF_UNIX: Qt's local sockets, multiprocessing)
are left alone. The test suite installs it in-process (tests/conftest.py) and, through
``sitecustomize.py`` beside this file, in every child process started with
FEEDBACK_DESK_NETGUARD=1.

It is a plain module (no pytest, no Qt) so the child's ``sitecustomize`` can import it.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Callable

ENV = "FEEDBACK_DESK_NETGUARD"
ALLOW_ENV = "FEEDBACK_DESK_NETGUARD_ALLOW"  # the PostgreSQL places a child may reach
ALLOW_SEPARATOR = "\n"  # neither a socket folder nor a host:port holds one
EXIT_STATUS = 86  # a child process that tried to reach the network exits with this
INTERNET = frozenset({socket.AF_INET, getattr(socket, "AF_INET6", socket.AF_INET)})

_METHODS = ("connect", "connect_ex", "bind", "sendto", "sendmsg")
_FUNCTIONS = ("create_connection", "getaddrinfo", "socketpair")
_local = threading.local()


class NetworkAttempt(RuntimeError):
    """The app tried to reach the network, which an offline app never does."""


def blocked(what: str, on_attempt: Callable[[str], None]):
    on_attempt(what)
    raise NetworkAttempt(f"Feedback Desk tried to use the network: {what}")


def _family(sock) -> int:
    try:
        return int(sock.family)
    except (OSError, ValueError):
        return -1


def _address(address) -> str:
    if isinstance(address, tuple) and len(address) >= 2:
        host, port = address[0], address[1]
        return f"[{host}]:{port}" if ":" in str(host) else f"{host}:{port}"
    return repr(address)


def install(on_attempt: Callable[[str], None]) -> Callable[[], None]:
    """Guard the socket module; returns a function that puts back what was there before (so
    a guard installed inside a guarded test, as the guard's own tests do, nests)."""
    previous = {name: getattr(socket.socket, name) for name in _METHODS}
    previous |= {name: getattr(socket, name) for name in _FUNCTIONS}

    def guarded(name: str):
        real = previous[name]

        def method(self, *args, **kwargs):
            if _family(self) in INTERNET and not getattr(_local, "socketpair", False):
                # connect(address), bind(address); sendto(data, [flags,] address) and
                # sendmsg(buffers, ancdata, flags, address): the address comes last.
                address = args[0] if name in ("connect", "connect_ex", "bind") else args[-1]
                blocked(f"socket.{name}({_address(address)})", on_attempt)
            return real(self, *args, **kwargs)

        method.__name__ = name
        method.__wrapped__ = real
        return method

    def create_connection(address, *args, **kwargs):
        blocked(f"socket.create_connection({_address(address)})", on_attempt)

    def getaddrinfo(host, port, *args, **kwargs):
        blocked(f"socket.getaddrinfo({_address((host, port))})", on_attempt)

    def socketpair(*args, **kwargs):
        # On Windows socketpair() is made of a loopback bind and connect: a pipe, not network.
        _local.socketpair = True
        try:
            return previous["socketpair"](*args, **kwargs)
        finally:
            _local.socketpair = False

    for name in _METHODS:
        setattr(socket.socket, name, guarded(name))
    socket.create_connection = create_connection
    socket.getaddrinfo = getaddrinfo
    socket.socketpair = socketpair

    def uninstall() -> None:
        for name in _METHODS:
            setattr(socket.socket, name, previous[name])
        for name in _FUNCTIONS:
            setattr(socket, name, previous[name])

    return uninstall


def open_internet_sockets() -> set[str]:
    """The sockets this process holds open that are neither local (AF_UNIX) nor the
    kernel's own (netlink), as the operating system sees them: it catches a socket made by
    compiled code (Qt's C++, a library's C) that never passed through Python's socket
    module. Linux only (/proc); elsewhere, an empty set."""
    import os

    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return set()
    held = set()
    for name in names:
        try:
            target = os.readlink(f"/proc/self/fd/{name}")
        except OSError:  # closed meanwhile (the listing's own descriptor)
            continue
        if target.startswith("socket:["):
            held.add(target[len("socket:[") : -1])
    if not held:
        return set()
    local, shown = set(), {}
    for table in ("unix", "netlink", "tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            with open(f"/proc/self/net/{table}", encoding="ascii") as f:
                rows = [line.split() for line in f.readlines()[1:]]
        except OSError:
            continue
        for row in rows:
            inode = row[6] if table == "unix" else row[9] if table != "netlink" else row[-1]
            if table in ("unix", "netlink"):
                local.add(inode)
            elif len(row) > 9:
                shown[inode] = f"{table} {row[1]} -> {row[2]}"
    return {shown.get(inode, f"socket {inode}") for inode in held - local}


def guard_psycopg(psycopg, allowed: Callable[[], set[str]], on_attempt) -> None:
    """A PostgreSQL connection may go only to the places ``allowed()`` names (the test
    run's own servers, by their socket folders, or as host:port on TCP); any other host,
    an address or libpq's default is refused. libpq opens its socket in C, past the socket
    module: the guard stands at psycopg's connect."""
    for cls in (psycopg.Connection, psycopg.AsyncConnection):

        def connect(klass, conninfo="", _real=cls.connect.__func__, **kwargs):
            params = psycopg.conninfo.conninfo_to_dict(conninfo, **kwargs)
            host, port = str(params.get("host") or ""), params.get("port", 5432)
            places = allowed()  # socket folders, and host:port for a server on TCP
            if "hostaddr" in params or any(
                h not in places and f"{h}:{port}" not in places for h in host.split(",")
            ):
                where = params.get("hostaddr") or host or "libpq's default"
                blocked(f"psycopg.connect({where}, port {port})", on_attempt)
            return _real(klass, conninfo, **kwargs)

        cls.connect = classmethod(connect)
    psycopg.connect = psycopg.Connection.connect


def _guard_psycopg_when_imported(on_attempt) -> None:
    """In a child: psycopg is guarded as it is imported (the offline default never imports
    it); the hosts allowed come from ALLOW_ENV, set by the test that started the child."""
    import importlib.abc
    import importlib.machinery
    import os

    allowed = set(filter(None, os.environ.get(ALLOW_ENV, "").split(ALLOW_SEPARATOR)))

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name != "psycopg":
                return None
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is None or spec.loader is None:
                return spec
            real = spec.loader.exec_module

            def exec_module(module):
                real(module)
                guard_psycopg(module, lambda: allowed, on_attempt)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Finder())


def install_for_child() -> None:
    """In a child process: an attempt is written to stderr and the process exits with
    EXIT_STATUS at once, whatever the app code would have done with an exception."""

    def report(what: str) -> None:
        try:
            sys.stderr.write(f"netguard: Feedback Desk tried to use the network: {what}\n")
            sys.stderr.flush()
        finally:
            import os

            os._exit(EXIT_STATUS)

    install(report)
    _guard_psycopg_when_imported(report)
    import atexit

    def check_at_exit() -> None:
        opened = open_internet_sockets()
        if opened:
            report("sockets left open: " + ", ".join(sorted(opened)))

    atexit.register(check_at_exit)
