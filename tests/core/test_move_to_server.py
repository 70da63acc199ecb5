"""Moving a desk from this computer's file to a team server (issue 22): everything arrives
with its ids, search and figures; a desk that holds feedback is not mixed in; a failed check
lands nothing; the file is never changed."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from feedback_desk.core.demo import load_demo
from feedback_desk.core.errors import StoreError
from feedback_desk.core.records import InboxQuery
from feedback_desk.core.store import Store
from feedback_desk.core.store.location import parse_location
from feedback_desk.core.store.pg import move
from feedback_desk.core.store.pg.move import TABLES, ServerNotEmpty, move_to_server


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "feedback.db"
    with Store(path) as store:
        load_demo(store, today=date(2026, 11, 15), language="ko")
        item = store.inbox_page(0, 1, InboxQuery())[0]
        store.add_note(item.id, "크루아상이 딱딱했다고 전화함", "민지", "2026-11-14T10:00:00")
    return path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(store, table):
    columns = [c for c in store.table_columns(table)]
    order = "id" if "id" in columns else ", ".join(columns[:4])
    return [
        tuple(r)
        for r in store.conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
    ]


def test_every_table_arrives_whole_with_its_ids_search_and_figures(demo_file, pg_url):
    before = _digest(demo_file)
    seen = []
    moved = move_to_server(
        demo_file, parse_location(pg_url), progress=lambda d, t: seen.append((d, t))
    )
    assert _digest(demo_file) == before  # the file is untouched
    assert moved.counts["feedback"] > 100 and moved.counts["notes"] >= 1
    assert seen and seen[-1][0] == seen[-1][1] == sum(moved.counts.values())
    with Store.reading(demo_file) as local, Store(pg_url) as server:
        for table in TABLES:
            assert _rows(server, table) == _rows(local, table), table
        assert [f.id for f in server.search("크루아")] == [f.id for f in local.search("크루아")]
        assert server.stats(None, None) == local.stats(None, None)
        # New rows get ids after the moved ones.
        newest = max(r[0] for r in _rows(local, "feedback"))
        batch = server.start_batch("paste", "2026-11-15T09:00:00")
        assert batch > max(r[0] for r in _rows(local, "import_batches"))
        tag = server.conn.execute(
            "INSERT INTO tags (name, created_at) VALUES ('새 태그', 'x') RETURNING id"
        ).fetchone()[0]
        assert tag > max(r[0] for r in _rows(local, "tags"))
        assert newest > 0


def test_a_server_desk_holding_feedback_is_refused_unless_replaced(demo_file, pg_url, tmp_path):
    other = tmp_path / "other.db"
    with Store(other) as store:
        load_demo(store, today=date(2026, 5, 1), language="en")
    move_to_server(other, parse_location(pg_url))
    with Store(pg_url) as server:
        held = server.desk_holdings()["feedback"]
    with pytest.raises(ServerNotEmpty, match="already holds"):
        move_to_server(demo_file, parse_location(pg_url))
    with Store(pg_url) as server:
        assert server.desk_holdings()["feedback"] == held  # nothing changed
    moved = move_to_server(demo_file, parse_location(pg_url), replace=True)
    with Store(pg_url) as server:
        assert server.desk_holdings()["feedback"] == moved.counts["feedback"]


def test_counts_that_differ_land_nothing(demo_file, pg_url, monkeypatch):
    real = move._copy_table

    def short(local, server, table):
        for copied in real(local, server, table):
            if table == "replies":
                server.conn.execute("DELETE FROM replies WHERE id = (SELECT max(id) FROM replies)")
            yield copied

    monkeypatch.setattr(move, "_copy_table", short)
    with pytest.raises(StoreError, match="was undone"):
        move_to_server(demo_file, parse_location(pg_url))
    with Store(pg_url) as server:
        assert server.desk_holdings()["feedback"] == 0
        # The server's triggers are on again: a new item is counted in the figures.
        assert (
            server.conn.execute("SELECT count(*) FROM pg_trigger WHERE tgenabled = 'D'").fetchone()[
                0
            ]
            == 0
        )


def test_a_user_who_does_not_own_the_desk_is_told_before_anything_is_copied(
    demo_file, pg_url, pg_server
):
    with Store(pg_url):  # the desk is set up by the server's first user, fd
        pass
    admin = pg_server.admin()
    admin.execute("DROP ROLE IF EXISTS clerk")
    admin.execute("CREATE ROLE clerk LOGIN")
    with Store(pg_url) as owner:
        owner.conn.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO clerk")
    clerk = pg_url.replace("postgresql://fd@", "postgresql://clerk@")
    with pytest.raises(StoreError, match="set up by the user fd") as refused:
        move_to_server(demo_file, parse_location(clerk))
    assert "Nothing was copied" in str(refused.value)
    with Store(pg_url) as server:
        assert server.desk_holdings()["feedback"] == 0


def test_tags_that_differ_in_an_accented_letters_case_stay_two_tags_on_a_server(tmp_path, pg_url):
    # SQLite's NOCASE folds A-Z only: a file desk can hold both (French and Turkish shop tags).
    path = tmp_path / "feedback.db"
    with Store(path) as store:
        for name in ("Été", "été", "Ürün", "ürün"):
            store.create_tag(name)
    move_to_server(path, parse_location(pg_url))
    with Store(path) as local, Store(pg_url) as server:
        assert [t.name for t in server.tags()] == [t.name for t in local.tags()]
        for store in (local, server):  # the same rule on both engines
            store.create_tag("ÉTÉ")  # a third one: É is not folded
            with pytest.raises(ValueError, match="already a tag"):
                store.create_tag("üRüN")  # only R and N differ from "ürün": folded
