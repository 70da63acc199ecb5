"""All or nothing, as the owner relies on it: a step that fails inside a larger change is undone
alone (the store nests it as a savepoint), and a change that fails undoes everything in it."""

from __future__ import annotations

import pytest

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


class Refused(Exception):
    pass


def test_a_failed_step_inside_a_change_is_undone_alone(store):
    with store.transaction():
        store.set_setting("business_name", "Dana's Bakery")
        with pytest.raises(Refused), store.transaction():
            store.set_setting("business_name", "half-typed")
            store.set_setting("followup_days", 9)
            raise Refused
        assert store.get_setting("business_name") == "Dana's Bakery"
        store.set_setting("followup_days", 3)
    assert store.get_setting("business_name") == "Dana's Bakery"
    assert store.get_setting("followup_days") == 3
    assert not store.conn.in_transaction


def test_steps_nest_more_than_one_deep(store):
    with store.transaction():
        with store.transaction():
            store.set_setting("a", 1)
            with pytest.raises(Refused), store.transaction():
                store.set_setting("b", 2)
                raise Refused
            store.set_setting("c", 3)
        with store.transaction():
            store.set_setting("d", 4)
    assert [store.get_setting(k) for k in "abcd"] == [1, None, 3, 4]


def test_a_failed_change_undoes_its_steps_too(store):
    with pytest.raises(Refused), store.transaction():
        with store.transaction():
            store.set_setting("business_name", "kept only if all is")
        raise Refused
    assert store.get_setting("business_name") is None
    assert not store.conn.in_transaction
