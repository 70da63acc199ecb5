"""The team desk on a PostgreSQL server with a million items: what the owner waits for (the
inbox's first page, its end, searches as typed, filters, the dashboard's figures), each timed
through the store against the plain SQL query on the same server in the same run.

The server desk holds the rows of the cached SQLite benchmark database (conftest.cached_db,
English and, where it was built, Korean), copied in once with COPY (PgConnection.copy_rows)
and kept as a database on a server of its own between runs: its data folder is
FEEDBACK_DESK_BENCH_PG_DATA, else the bench cache's ``postgres`` folder (as root, whose home
the server's user may not read: /var/tmp/feedback-desk-bench-postgres). Or name a server
already running with FEEDBACK_DESK_BENCH_POSTGRES (the URL of a database the desks may be
made beside, e.g. ``postgresql://fd@/postgres?host=/tmp/fdpg-store/sock&port=55441``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import shutil
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest

from feedback_desk.core import dashboard
from feedback_desk.core.records import InboxQuery
from feedback_desk.core.store import Store
from feedback_desk.core.store.inbox import COUNT_CAP
from feedback_desk.core.store.pg.move import TABLES  # every table of a desk, parents first
from feedback_desk.ui.inbox.model import COUNT_WITHIN
from tests import pg

from .conftest import BIG, BUILD_VERSION, CACHE, _schema_key, cached_db
from .helpers import Figure, median_of, report

SERVER_ENV = "FEEDBACK_DESK_BENCH_POSTGRES"
DATA_ENV = "FEEDBACK_DESK_BENCH_PG_DATA"
PAGE = 200
TARGET_MS, MAX_RATIO, DASHBOARD_MS = 50, 1.5, 300
TODAY = date(2026, 1, 16)  # the benchmark's feedback ends on 2026-01-15 (conftest.build)
SERVER_SETTINGS = (  # a small server's usual settings; fsync off only to fill quickly
    "-c listen_addresses= -c shared_buffers=256MB -c work_mem=16MB "
    "-c maintenance_work_mem=256MB -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c max_wal_size=4GB"
)
LIVE = "f.deleted_at IS NULL AND f.is_spam = 0"
RAW_CAPPED = (
    f"SELECT count(*) FROM (SELECT 1 FROM feedback f WHERE {{where}} LIMIT {COUNT_CAP + 1}) s"
)
RAW_PAGE = (  # what the inbox's rows show, their tags too
    "SELECT id, received_at, channel, author, rating, nps_score, sentiment, mixed, status, "
    "title, substr(body, 1, 240), assignee, is_spam, first_reply_at, (SELECT json_agg(t.name) "
    "FROM feedback_tags ft JOIN tags t ON t.id = ft.tag_id WHERE ft.feedback_id = f.id) "
    "FROM feedback f WHERE {where} ORDER BY received_at {order}, id {order} LIMIT 200 OFFSET %s"
)
RAW_MONTHS = (
    "SELECT substr(received_at, 1, 7), count(*) FROM feedback WHERE deleted_at IS NULL "
    "AND is_spam = 0 AND received_at >= %s GROUP BY 1"
)


class BenchServer:
    """A PostgreSQL server for the benchmark: named by FEEDBACK_DESK_BENCH_POSTGRES, or one
    of its own on a data folder kept between runs."""

    def __init__(self):
        self.given = os.environ.get(SERVER_ENV)
        self.socket: Path | None = None
        if self.given:
            import psycopg

            host = psycopg.conninfo.conninfo_to_dict(self.given).get("host", "")
            pg.SOCKET_FOLDERS.add(str(host))  # the network guard lets the test reach it
            return
        self.bin = pg.find_bin()
        if not (self.bin / "initdb").exists():
            pytest.skip(f"PostgreSQL is not installed ({self.bin / 'initdb'})")
        self.account = pg.server_user()
        default = (
            Path("/var/tmp/feedback-desk-bench-postgres")
            if self.account is not None
            else CACHE / "postgres"
        )
        self.data = Path(os.environ.get(DATA_ENV, default))
        self.socket = Path(tempfile.mkdtemp(prefix="fdpg-bench-", dir="/tmp"))
        for folder in (self.data.parent, self.socket):
            folder.mkdir(parents=True, exist_ok=True)
        if self.account is not None:
            os.chown(self.socket, self.account.pw_uid, self.account.pw_gid)
        if not (self.data / "PG_VERSION").exists():
            self.data.mkdir(exist_ok=True)
            if self.account is not None:
                os.chown(self.data, self.account.pw_uid, self.account.pw_gid)
            self._run("initdb", "-D", self.data, "-U", pg.USER, "--auth=trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        log = self.socket / "server.log"
        self._run("pg_ctl", "-D", self.data, "-l", log, "-w", "-t", "60", "-o",
                  f"-k {self.socket} -p {pg.PORT} {SERVER_SETTINGS}", "start")  # fmt: skip
        pg.SOCKET_FOLDERS.add(str(self.socket))

    def _run(self, tool: str, *args) -> None:
        server = pg.PgServer(folder=self.socket, bin=self.bin, account=self.account)
        done = server.run(tool, *args, timeout=600)
        if done.returncode != 0:
            pytest.skip(f"{tool} failed: {(done.stderr or done.stdout).strip()[-400:]}")

    def url(self, database: str) -> str:
        if self.given:
            import psycopg

            info = psycopg.conninfo.conninfo_to_dict(self.given)
            return (
                f"postgresql://{info.get('user', pg.USER)}@/{database}"
                f"?host={info['host']}&port={info.get('port', pg.PORT)}"
            )
        return f"postgresql://{pg.USER}@/{database}?host={self.socket}&port={pg.PORT}"

    def admin(self):
        import psycopg

        return psycopg.connect(self.url("postgres"), autocommit=True)

    def stop(self) -> None:
        if self.given:
            return
        self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
        pg.SOCKET_FOLDERS.discard(str(self.socket))
        shutil.rmtree(self.socket, ignore_errors=True)


@pytest.fixture(scope="module")
def server():
    started = BenchServer()
    try:
        yield started
    finally:
        started.stop()


def _columns(store, table: str) -> list[str]:
    return [d.name for d in store.conn.execute(f"SELECT * FROM {table} LIMIT 0").description]


def fill(store: Store, source: Path) -> dict[str, float]:
    """Copy every row of the SQLite desk ``source`` into the (new) server desk ``store``,
    ids kept: COPY per table, the feedback through a stage table that adds its search words,
    the feedback's indexes built after; seconds taken by each part."""
    from feedback_desk.core.search_text import server_search_text

    taken: dict[str, float] = {}
    began = time.perf_counter()
    with contextlib.closing(sqlite3.connect(source)) as lite, store.transaction():
        # The rows come with their figures counted ahead: no trigger counts them again.
        store.conn.execute("SET LOCAL session_replication_role = replica")
        store.conn.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
        set_aside = store.set_aside_indexes()
        store.conn.execute("DROP INDEX notes_search")
        for table in TABLES:
            mark = time.perf_counter()
            have = {r[1] for r in lite.execute(f"PRAGMA table_info({table})")}
            columns = [c for c in _columns(store, table) if c in have]
            rows = lite.execute(f"SELECT {', '.join(columns)} FROM {table}")
            if table in ("feedback", "notes"):
                parts = ("title", "body", "author") if table == "feedback" else ("body",)
                at = [columns.index(p) for p in parts]
                store.conn.execute(
                    f"CREATE TEMP TABLE stage ON COMMIT DROP AS SELECT {', '.join(columns)}, "
                    f"''::text AS words FROM {table} WITH NO DATA"
                )
                store.conn.copy_rows(
                    "stage",
                    (*columns, "words"),
                    ((*r, server_search_text(*(r[i] for i in at))) for r in rows),
                )
                store.conn.execute(
                    f"INSERT INTO {table} ({', '.join(columns)}, search) SELECT "
                    f"{', '.join(columns)}, to_tsvector('fd_search', words) FROM stage"
                )
                store.conn.execute("DROP TABLE stage")
            else:
                store.conn.copy_rows(table, tuple(columns), rows)
            if "id" in columns:
                store.conn.execute(store.sql.after_explicit_ids(table))
            taken[table] = time.perf_counter() - mark
        mark = time.perf_counter()
        store.build_indexes(set_aside)
        store.conn.execute("CREATE INDEX notes_search ON notes USING gin (search)")
        taken["indexes"] = time.perf_counter() - mark
    mark = time.perf_counter()
    store.conn.execute("VACUUM ANALYZE")
    taken["vacuum analyze"] = time.perf_counter() - mark
    taken["all"] = time.perf_counter() - began
    return taken


def server_desk(server: BenchServer, source: Path, name: str) -> tuple[str, str]:
    """The URL of a server desk holding the rows of ``source`` (filled once, then kept), and
    what its making took."""
    from feedback_desk.core.store.schema_pg import BASELINE, SCHEMA_VERSION, STEPS

    key = _schema_key(7).replace("-", "_")
    server_key = hashlib.blake2b("".join((BASELINE, *STEPS)).encode(), digest_size=3).hexdigest()
    database = f"{name}_{BIG}_{key}_pg{SCHEMA_VERSION}_{server_key}_b{BUILD_VERSION}"
    with contextlib.closing(server.admin()) as admin:
        held = {r[0] for r in admin.execute("SELECT datname FROM pg_database")}
        if database in held:
            return server.url(database), "kept from an earlier run"
        partial = database + "_part"
        admin.execute(f'DROP DATABASE IF EXISTS "{partial}"')
        admin.execute(f'CREATE DATABASE "{partial}"')
        with Store(server.url(partial)) as store:
            taken = fill(store, source)
        admin.execute(f'ALTER DATABASE "{partial}" RENAME TO "{database}"')
    parts = ", ".join(f"{k} {v:.1f} s" for k, v in taken.items())
    print(f"\nfilled {database} from {source.name}: {parts}")
    return server.url(database), f"filled in {taken['all']:.0f} s ({parts})"


def _english() -> Path:
    return cached_db(BIG)


def _korean() -> Path | None:
    """The Korean bench database of today's schema, when an earlier ``make bench`` built it."""
    from feedback_desk.core.store.schema import SCHEMA_VERSION

    path = CACHE / f"feedback-ko-{BIG}-{_schema_key(SCHEMA_VERSION)}-b{BUILD_VERSION}.db"
    return path if path.exists() else None


def measure(store: Store, raw, searches: dict[str, str], tag: int | None) -> list[Figure]:
    """The inbox's waits on ``store`` against plain SQL through ``raw`` (psycopg)."""
    figures = []
    n = store.inbox_count()
    queries = {"everything": InboxQuery()}
    queries |= {f"search '{typed}'": InboxQuery(search=typed) for typed in searches}
    queries |= {
        "filter sentiment negative": InboxQuery(sentiments=("negative",)),
        "filter channel google": InboxQuery(channels=("google",)),
        "filter dates 2025 Q1": InboxQuery(date_from="2025-01-01", date_to="2025-03-31"),
    }
    if tag is not None:
        queries["filter tag (the commonest)"] = InboxQuery(tags=(tag,))
    for name, query in queries.items():
        where, params = _raw_where(store, query)

        def shown(query=query):  # as the inbox's model shows a list (ui/inbox/model.py)
            found = store.inbox_count_capped(query, within=COUNT_WITHIN)
            if found is None:
                return store.inbox_page(0, PAGE, query)
            return store.inbox_page(0, PAGE, query, total=found[0], exact=found[1])

        def capped(query=query):
            counted, _ = store.inbox_count_capped(query)
            return store.inbox_page(0, PAGE, query, total=counted, exact=False)

        def raw_page(where=where, params=params, offset=0, order="DESC"):
            return raw.execute(
                RAW_PAGE.format(where=where, order=order), (*params, offset)
            ).fetchall()

        def raw_capped(where=where, params=params):
            raw.execute(RAW_CAPPED.format(where=where), params).fetchone()
            return raw_page(where, params)

        assert [r.id for r in shown()] == [r[0] for r in raw_page()], name
        assert [r.id for r in capped()] == [r[0] for r in raw_page()], name
        t = median_of(
            {
                "shown": shown,
                "page": lambda q=query: store.inbox_page(0, PAGE, q),
                "raw page": raw_page,
                "capped": capped,
                "raw capped": raw_capped,
            }
        )
        figures += [
            Figure(
                f"{name}: as the inbox shows it (count given up after "
                f"{COUNT_WITHIN * 1000:.0f} ms, first page)",
                t["shown"],
                t["raw capped"],
                "plain SQL: count to 10,001 + LIMIT 200",
                max_ratio=MAX_RATIO,
                max_value=TARGET_MS,
            ),
            Figure(
                f"{name}: first page alone",
                t["page"],
                t["raw page"],
                "plain SQL: LIMIT 200",
                max_ratio=MAX_RATIO,
                max_value=TARGET_MS,
            ),
            Figure(
                f"{name}: count to 10,000 (not given up) + first page",
                t["capped"],
                t["raw capped"],
                "plain SQL: count to 10,001 + LIMIT 200",
                max_ratio=MAX_RATIO,
            ),
        ]
    last = n - PAGE
    t = median_of(
        {
            "store": lambda: store.inbox_page(last, PAGE, total=n),
            "raw": lambda: raw.execute(
                RAW_PAGE.format(where=LIVE, order="DESC"), (last,)
            ).fetchall(),
            "raw from the end": lambda: raw.execute(
                RAW_PAGE.format(where=LIVE, order="ASC"), (0,)
            ).fetchall(),
        }
    )
    figures += [
        Figure(
            f"jump to the end: inbox_page({last}, 200)",
            t["store"],
            t["raw"],
            f"plain SQL: OFFSET {last}",
            max_ratio=MAX_RATIO,
            max_value=TARGET_MS,
        ),
        Figure(
            "jump to the end, against the plain SQL read from the end",
            t["store"],
            t["raw from the end"],
            "plain SQL: ORDER BY ... ASC LIMIT 200",
            max_ratio=MAX_RATIO,
        ),
    ]
    return figures


def _raw_where(store: Store, query: InboxQuery) -> tuple[str, list]:
    """The plain SQL condition anyone would write for ``query`` (psycopg's %s)."""
    conditions, params = [LIVE], []
    if query.search:
        conditions.append("f.search @@ %s::tsquery")
        params.append(store.sql.search_query(query.search))
    if query.sentiments:
        conditions.append("f.sentiment = %s")
        params.append(query.sentiments[0])
    if query.channels:
        conditions.append("f.channel = %s")
        params.append(query.channels[0])
    if query.date_from:
        conditions += ["f.received_at >= %s", "f.received_at < %s"]
        params += [query.date_from, "2025-04-01"]
    if query.tags:
        conditions.append("f.id IN (SELECT feedback_id FROM feedback_tags WHERE tag_id = %s)")
        params.append(query.tags[0])
    return " AND ".join(conditions), params


@pytest.mark.bench
def test_team_server_at_scale(server):
    import psycopg

    figures, notes = [], []
    desks = [("feedback", _english(), {"good": "", "g": "", "the": ""})]
    korean = _korean()
    if korean is not None:
        desks.append(("feedback_ko", korean, {"크루아상": "", "연기력": "", "영화": ""}))
    else:
        notes.append("no Korean bench database in the cache: Korean searches not timed")
    for name, source, searches in desks:
        url, made = server_desk(server, source, name)
        notes.append(f"{name}: {made}")
        with Store(url) as store, contextlib.closing(psycopg.connect(url, autocommit=True)) as raw:
            tag = None
            if name == "feedback":
                tag = store.conn.execute(
                    "SELECT tag_id FROM feedback_tags GROUP BY tag_id ORDER BY count(*) DESC "
                    "LIMIT 1"
                ).fetchone()[0]
            found = measure(store, raw, searches, tag)
            figures += [dataclasses.replace(f, what=f"{name}: {f.what}") for f in found]
            if name == "feedback":
                start, _ = dashboard.period_range("12m", TODAY)
                t = median_of(
                    {
                        "board": lambda: dashboard.build(store, "12m", "month", TODAY),
                        "raw": lambda s=start: raw.execute(RAW_MONTHS, (s.isoformat(),)).fetchall(),
                    }
                )
                figures.append(
                    Figure(
                        "dashboard: figures of 12 months by month (no drawing)",
                        t["board"],
                        t["raw"],
                        "plain SQL: count by month",
                        max_value=DASHBOARD_MS,
                    )
                )
    report("team-server", f"Team desk on PostgreSQL, {BIG:,} items (median of 5)", figures, notes)
