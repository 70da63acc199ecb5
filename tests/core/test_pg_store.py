"""A desk on a team server (PostgreSQL) answers as a desk on a file does.

Runs on the tests' own PostgreSQL server (tests/pg.py), a fresh database per test (the
``pg_url`` fixture of tests/conftest.py); skipped, with the reason, where it cannot start.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from feedback_desk.core import intake
from feedback_desk.core.errors import ServerRefused, ServerUnreachable
from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.core.store import Store
from feedback_desk.core.store.location import ServerLocation, parse_location
from feedback_desk.core.store.pg.connection import rewrite

ITEMS = [
    NewFeedback(
        body="맛있는 크루아상이 최고예요",
        author="김민지",
        rating=5,
        received_at="2026-03-01T09:00:00",
    ),
    NewFeedback(
        body="커피가 너무 식어서 나왔어요",
        author="이서준",
        rating=2,
        received_at="2026-03-02T10:30:00",
    ),
    NewFeedback(
        body="The croissant was stale",
        title="Stale",
        author="Anna",
        rating=2,
        received_at="2026-03-03T11:00:00",
    ),
    NewFeedback(
        body="Great coffee, friendly staff",
        author="Ben",
        rating=5,
        received_at="2026-03-03T12:00:00",
        tags=("Staff",),
    ),
    NewFeedback(
        body="크루아상 또 사러 올게요", author="박지훈", rating=4, received_at="2026-03-04T08:15:00"
    ),
]


@pytest.fixture
def server_store(pg_url):
    store = Store(pg_url)
    yield store
    store.close()


def _add(store, items):
    now = "2026-03-05T00:00:00"
    with store.transaction():
        batch = store.start_batch("paste", now)
        rows = [intake.prepare(item, now, batch) for item in items]
        return store.insert_feedback(rows, [i.tags for i in items], [("", None)] * len(items))


QUERIES = [
    *(
        InboxQuery(search=s)
        for s in ("", "크루", "루아", "크루아상", "빵", "croiss", "stale", "커피 식어", "Café")
    ),
    InboxQuery(ratings=(2,)),
    InboxQuery(sentiments=("negative",), search="커피"),
    InboxQuery(date_from="2026-03-02", date_to="2026-03-03"),
    InboxQuery(tags_mode="any", tags=(4,)),
    InboxQuery(replied=False, mixed=False),
]


def _seen(store):
    found = {}
    for n, query in enumerate(QUERIES):
        total = store.inbox_count(query)
        found[n] = (
            [r.id for r in store.inbox_page(3, 2, query, total=total)],  # from the end
            store.inbox_position(1, query),
            total,
            store.inbox_count_capped(query),
            [
                (r.author, r.preview, r.tags, r.rating, r.received_at)
                for r in store.inbox_page(0, 50, query)
            ],
        )
    return found


def test_a_path_or_an_address_is_a_location_and_never_shows_the_password(tmp_path):
    assert parse_location(tmp_path / "a.db").path == tmp_path / "a.db"
    server = parse_location("postgresql://fd:s3cret@db.shop.kr:5433/desk")
    assert (server.host, server.port, server.database, server.user) == (
        "db.shop.kr",
        5433,
        "desk",
        "fd",
    )
    assert "s3cret" not in str(server) and "s3cret" not in repr(server)
    assert server.conninfo()["sslmode"] == "require"  # not on this computer: TLS
    local = parse_location("postgresql://fd@/desk?host=/tmp/sock&port=5999")
    assert local.is_local and "sslmode" not in local.conninfo()
    key = parse_location(
        "postgresql://fd@db.shop.kr/desk?sslpassword=k3y-phrase&sslmode=verify-full"
    )
    assert "k3y-phrase" not in str(key) and "verify-full" in str(key)


@pytest.mark.parametrize(
    "address, environment",
    [
        ("postgresql://fd@localhost/desk?hostaddr=203.0.113.5", {}),  # the name is not used
        ("postgresql://fd@/desk?host=/tmp,db.shop.kr", {}),  # a list: any of them
        ("postgresql:///desk", {"PGHOST": "nas.bakery.lan"}),  # libpq takes the host from it
        ("postgresql:///desk", {"PGHOSTADDR": "203.0.113.5"}),
    ],
)
def test_a_server_elsewhere_is_never_taken_for_this_computer(address, environment, monkeypatch):
    for name in ("PGHOST", "PGHOSTADDR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    server = parse_location(address)
    assert not server.is_local and server.conninfo()["sslmode"] == "require"


def test_parameters_are_rewritten_outside_quotes_and_comments():
    assert rewrite("SELECT ? , '?', x::int -- ?\n WHERE a LIKE '% %' AND b = ?")[0] == (
        "SELECT %s , '?', x::int -- ?\n WHERE a LIKE '%% %%' AND b = %s"
    )
    assert rewrite("SELECT ?1, ?2, ?1") == ("SELECT %(p1)s, %(p2)s, %(p1)s", True)
    assert rewrite("SELECT :today, x::text") == ("SELECT %(today)s, x::text", True)


def test_a_file_desk_never_loads_psycopg(tmp_path):
    code = (
        "import sys; from feedback_desk.core.store import Store; "
        f"Store({str(tmp_path / 'a.db')!r}).close(); print('psycopg' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_server_desk_lists_and_finds_what_a_file_desk_does(server_store, tmp_path):
    with Store(tmp_path / "a.db") as file_store:
        assert _add(file_store, ITEMS) == _add(server_store, ITEMS) == len(ITEMS)
        assert _add(server_store, ITEMS) == 0  # duplicates passed over, as on a file
        expected = _seen(file_store)
    found = _seen(server_store)
    assert found == expected
    assert found[1][2] == found[2][2] == 2  # 크루, 루아: found inside words, as today
    assert found[4][2] == 0  # 빵


def test_a_server_desk_counts_its_figures_and_reopens(server_store):
    _add(server_store, ITEMS)
    days = server_store.conn.execute(
        "SELECT sum(feedback), sum(stars5) FROM figures_by_day"
    ).fetchone()
    assert days == (5, 2)
    again = Store(server_store.location)  # the schema is there: opened, not made again
    assert again.inbox_count() == 5
    again.close()


def test_wrong_password_and_missing_database_are_told_plainly(pg_url):
    server = parse_location(pg_url)
    with pytest.raises(ServerRefused, match="no database"):
        Store(ServerLocation(**{**server.__dict__, "database": "fd_not_there"}))
    with pytest.raises(ServerUnreachable, match="cannot be reached"):
        # The test server's own socket folder, a port nothing listens on there.
        Store(ServerLocation(**{**server.__dict__, "port": 1}))


def test_rules_tag_a_batch_on_a_server_as_on_a_file(server_store, tmp_path):
    found = []
    with Store(tmp_path / "a.db") as file_store:
        for store in (file_store, server_store):
            result = intake.add_feedback(store, ITEMS, "paste")
            tagged = {r.preview: r.tags for r in store.inbox_page(0, 50, InboxQuery())}
            tag = store.create_tag("Croissant")
            rule = store.add_tag_rule(tag, "크루아상, croissant")
            store.apply_rules([rule])
            found.append(
                (
                    result.added,
                    tagged,
                    store.inbox_count(InboxQuery(tags=(tag,))),
                    store.preview_rules([rule]),
                    store.rules_reach([rule]),
                    [t.name for t in store.tags()],
                )
            )
    assert found[0][0] == found[1][0] == len(ITEMS)
    assert found[0][1] == found[1][1]  # the starting rules tagged the same items alike
    assert found[0][2] == found[1][2] == 3  # 크루아상 inside 크루아상이, and croissant
    assert list(found[0][3].values()) == list(found[1][3].values()) == [0]  # all tagged now
    assert found[0][4:] == found[1][4:]


def test_an_erasure_on_a_server_leaves_the_name_unfound(server_store, tmp_path):
    items = [
        NewFeedback(
            body="김민지 왔어요. 크루아상 맛있어요",
            author="김민지",
            email="minji@example.kr",
            received_at="2026-03-01T09:00:00",
            rating=5,
        ),
        NewFeedback(
            body="Anna here, stale bread",
            author="Anna",
            email="anna@example.com",
            received_at="2026-03-02T09:00:00",
            rating=2,
        ),
    ]
    found = []
    with Store(tmp_path / "a.db") as file_store:
        for store in (file_store, server_store):
            intake.add_feedback(store, items, "paste")
            before = store.inbox_count(InboxQuery(search="민지"))
            erased = store.erase_person(store.find_person("minji@example.kr"))
            found.append(
                (
                    before,
                    erased.items,
                    store.inbox_count(InboxQuery(search="민지")),
                    store.inbox_count(InboxQuery(search="크루아상")),
                    store.inbox_count(InboxQuery(search="anna")),
                )
            )
    assert found[0] == found[1] == (1, 1, 0, 1, 1)


def test_a_server_desk_has_the_tables_columns_and_starting_rows_of_a_file_desk(
    server_store, tmp_path
):
    def shape(store, tables):
        return {
            t: [
                d[0]
                for d in store.conn.execute(f"SELECT * FROM {t} LIMIT 0").description
                if d[0] != "search"  # the server's search text, FTS5 tables on a file
            ]
            for t in tables
        }

    with Store(tmp_path / "a.db") as file_store:
        tables = [
            r[0]
            for r in file_store.conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%' "
                "AND name NOT IN ('figures_change', 'tags_change', 'figures_item')"
            )
        ]
        starting = [
            file_store.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("tags", "tag_rules")
        ]
        expected = shape(file_store, tables)
    assert shape(server_store, tables) == expected
    assert [
        [tuple(r) for r in server_store.conn.execute(f"SELECT * FROM {t} ORDER BY 1")]
        for t in ("tags", "tag_rules")
    ] == starting


def test_a_desk_hears_what_another_desk_changed_but_not_its_own(server_store):
    other = Store(server_store.location)
    try:
        assert server_store.changed_tables() == set()  # listening from now on
        _add(server_store, ITEMS[:1])
        assert server_store.changed_tables() == set()  # its own change
        _add(other, ITEMS[1:2])
        heard, deadline = set(), time.monotonic() + 2  # the target: within 2 s
        while not heard and time.monotonic() < deadline:
            heard = server_store.changed_tables()
        assert {"feedback", "import_batches"} <= heard
        assert server_store.changed_tables() == set()  # told once
    finally:
        other.close()


def test_the_dialect_pieces_give_the_same_values_on_both_engines(server_store, tmp_path):
    START, END = "'2026-03-01T09:00:00'", "'2026-03-02T10:30:15'"

    def values(store):
        sql = store.sql
        return store.conn.execute(
            f"SELECT {sql.seconds_between(START, END)}, {sql.week_start('?')}, "
            f"{sql.greatest('2', '?')}, {sql.least('2', '?')}, {sql.digits('?')}, "
            f"CASE WHEN {sql.nocase('?')} = {sql.nocase('?')} THEN 1 ELSE 0 END",
            ("2026-03-05T23:00:00", 5, 1, "010-1234-5678", "Speed", "SPEED"),
        ).fetchone()

    with Store(tmp_path / "a.db") as file_store:
        file_store.conn.create_function("fd_digits", 1, lambda t: "".join(filter(str.isdigit, t)))
        expected = tuple(values(file_store))
    assert tuple(values(server_store)) == expected == (91815, "2026-03-02", 5, 1, "01012345678", 1)


def _figures(store):
    return store.conn.execute(
        "SELECT day, channel, feedback, stars5, answered FROM figures_by_day ORDER BY day, channel"
    ).fetchall()


def test_a_file_desk_restored_on_a_server_keeps_its_figures_and_words(server_store, tmp_path):
    """A restore counts each item once (the server's trigger counts it, the store does not
    again), and the search finds the items' and the notes' words, as on the file."""
    with Store(tmp_path / "a.db") as file_store:
        _add(file_store, ITEMS)
        file_store.add_note(2, "환불해 드렸어요", "민지")
        server_store.restore_desk(
            feedback=list(file_store.export_feedback()),
            customers=file_store.export_customers(),
            imports=file_store.export_imports(),
            tags=file_store.export_tags(),
            templates=file_store.export_templates(),
            settings=file_store.export_settings(),
        )
        assert _figures(server_store) == _figures(file_store)
        assert sum(row[2] for row in _figures(server_store)) == len(ITEMS)
        for words in ("환불", "크루", "stale"):
            assert [f.id for f in server_store.search(words)] == [
                f.id for f in file_store.search(words)
            ]
        assert [f.id for f in server_store.search("환불")] == [2]


def test_a_note_written_or_put_back_on_a_server_is_found(server_store):
    _add(server_store, ITEMS)
    note = server_store.add_note(3, "Refunded the croissant", "Anna")
    assert [f.id for f in server_store.search("refunded")] == [3]
    removed = server_store.delete_note(note)
    assert server_store.search("refunded") == []
    server_store.restore_note(removed)
    assert [f.id for f in server_store.search("refunded")] == [3]
