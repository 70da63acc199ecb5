"""A desk on a team server when the server goes away and comes back: the store says so in
plain words, connects again by itself, never carries a transaction over the loss, and its
listener tells the window to read everything again after it was away.

Runs on the tests' own PostgreSQL server (tests/conftest.py pg_url); skipped with the reason
where it cannot start."""

from __future__ import annotations

import time

import pytest

from feedback_desk.core.errors import ServerUnreachable
from feedback_desk.core.store import Store
from feedback_desk.core.store.pg.connection import RETRY_AFTER_S
from tests.pg_outage import end_connections, server_away


@pytest.fixture
def server_store(pg_url):
    store = Store(pg_url)
    yield store
    store.close()


def test_after_a_lost_connection_a_read_goes_on_and_a_write_is_told_then_goes_on(
    server_store, pg_server, pg_url
):
    server_store.set_setting("business_name", "빵집")
    end_connections(pg_server, pg_url)  # the server restarted while the desk was idle
    assert server_store.get_setting("business_name") == "빵집"  # asked again, connected again
    end_connections(pg_server, pg_url)
    with pytest.raises(ServerUnreachable, match="cannot be reached"):
        server_store.set_setting("business_name", "떡집")  # a write is never sent twice
    server_store.set_setting("business_name", "떡집")  # the next use connects again
    assert server_store.get_setting("business_name") == "떡집"
    end_connections(pg_server, pg_url)
    with server_store.transaction():  # BEGIN changes nothing: sent again at once
        server_store.set_setting("business_name", "빵집")
    assert server_store.get_setting("business_name") == "빵집"


def test_while_the_server_is_away_each_use_fails_at_once_and_tries_again_later(
    server_store, pg_server, pg_url
):
    with server_away(pg_server, pg_url):
        with pytest.raises(ServerUnreachable):
            server_store.get_setting("x")  # the connection was ended
        with pytest.raises(ServerUnreachable):
            server_store.get_setting("x")  # the first try to connect again is refused
        began = time.perf_counter()
        for _ in range(20):  # within the wait, no try: the window never hangs on it
            with pytest.raises(ServerUnreachable):
                server_store.get_setting("x")
        assert time.perf_counter() - began < 0.1
    time.sleep(RETRY_AFTER_S[0] + 0.05)
    server_store.reach_server()
    assert server_store.get_setting("x") is None


def test_a_transaction_cut_off_lands_nothing_and_is_never_carried_on(
    server_store, pg_server, pg_url
):
    server_store.set_setting("kept", 1)
    with pytest.raises(ServerUnreachable), server_store.transaction():
        server_store.set_setting("half", 1)
        end_connections(pg_server, pg_url)
        server_store.set_setting("other_half", 1)
    # Code that swallows the loss inside a transaction cannot write the rest over a new
    # connection, nor have it reported as saved.
    with pytest.raises(ServerUnreachable), server_store.transaction():
        server_store.set_setting("first", 1)
        end_connections(pg_server, pg_url)
        with pytest.raises(ServerUnreachable):
            server_store.set_setting("second", 1)
        server_store.set_setting("third", 1)  # still the cut-off transaction: refused
    assert not server_store.conn.in_transaction
    kept = {k: server_store.get_setting(k) for k in ("kept", "half", "other_half", "first")}
    assert kept == {"kept": 1, "half": None, "other_half": None, "first": None}
    assert server_store.get_setting("third") is None
    with server_store.transaction():  # and the next one works
        server_store.set_setting("again", 2)
    assert server_store.get_setting("again") == 2


def test_the_listener_says_the_server_went_and_then_that_anything_may_have_changed(
    server_store, pg_server, pg_url
):
    assert server_store.changed_tables() == set()
    with server_away(pg_server, pg_url):
        deadline = time.monotonic() + 2
        with pytest.raises(ServerUnreachable):  # the listener's socket says so by itself
            while time.monotonic() < deadline:
                server_store.changed_tables()
                time.sleep(0.01)
        with pytest.raises(ServerUnreachable):
            server_store.changed_tables()
    time.sleep(RETRY_AFTER_S[0] + 0.05)
    assert {"feedback", "followups", "settings"} <= server_store.changed_tables()
    assert server_store.changed_tables() == set()
    with Store(pg_url) as other:  # own changes still left out, after the desk reconnected
        server_store.reach_server()
        server_store.set_setting("mine", 1)
        other.set_setting("theirs", 1)
        heard, deadline = set(), time.monotonic() + 2
        while not heard and time.monotonic() < deadline:
            heard = server_store.changed_tables()
        assert heard == {"settings"}
        assert server_store.changed_tables() == set()


@pytest.fixture
def own_server():
    """A server of this test's own, to stop and start (the session's is shared)."""
    from tests import pg

    try:
        server = pg.start()
    except pg.Unavailable as why:
        if pg.required():
            pytest.fail(str(why), pytrace=False)
        pytest.skip(str(why))
    yield server
    server.stop()


def test_a_server_stopped_and_started_again_keeps_what_was_saved_and_nothing_half_done(
    own_server,
):
    from tests.pg_outage import server_stopped

    url = own_server.url(own_server.create_database())
    with Store(url) as store:
        store.changed_tables()
        store.set_setting("saved", 1)
        with server_stopped(own_server):
            with pytest.raises(ServerUnreachable):
                store.changed_tables()  # the listener hears the server shut down
            with pytest.raises(ServerUnreachable), store.transaction():
                store.set_setting("half", 1)
            with pytest.raises(ServerUnreachable):
                store.reach_server()
        store.reach_server()
        assert store.get_setting("saved") == 1 and store.get_setting("half") is None
        assert "settings" in store.changed_tables()  # everything may have changed
