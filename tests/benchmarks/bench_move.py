"""Moving a desk of 100,000 items to a team server (issue 22: no more than 2x `pg_dump`/`psql`
restoring the same rows). Both go into an empty database of the same server, in the same run,
taking turns: the move (`move_to_server`: its schema, every table by COPY, the search words
made on the way, the counts checked) against `psql` replaying a plain `pg_dump` of the moved
desk (its schema, COPY of the same rows, indexes and keys built after). The empty databases
are made and dropped outside the times.
"""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest

from feedback_desk.core.store.location import parse_location
from feedback_desk.core.store.pg.move import move_to_server

from .conftest import SMALL
from .helpers import REPEAT, Figure, Timing, report


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install postgresql-client)")
    return found


@pytest.mark.bench
def test_move_to_server(db_100k, pg_server, tmp_path):
    pg_dump, psql = _tool("pg_dump"), _tool("psql")
    first = pg_server.create_database()
    moved = move_to_server(db_100k, parse_location(pg_server.url(first)))
    dump = tmp_path / "desk.sql"
    common = ["-h", pg_server.host, "-p", "5432", "-U", "fd", "-X"]
    subprocess.run(
        [pg_dump, *common[:-1], "--no-owner", "-f", dump, first], check=True, capture_output=True
    )
    pg_server.drop_database(first)

    times: dict[str, list[float]] = {"move": [], "restore": []}
    for _ in range(max(REPEAT, 5)):
        for name in times:
            target = pg_server.create_database()
            start = time.perf_counter()
            if name == "move":
                move_to_server(db_100k, parse_location(pg_server.url(target)))
            else:
                subprocess.run(
                    [psql, *common, "-q", "-v", "ON_ERROR_STOP=1", "-1", "-f", dump, target],
                    check=True,
                    capture_output=True,
                )
            times[name].append((time.perf_counter() - start) * 1000)
            pg_server.drop_database(target)
    move, restore = Timing(times["move"]), Timing(times["restore"])
    rows = sum(moved.counts.values())
    report(
        "move_to_server",
        f"move-to-server of {moved.counts['feedback']:,} items ({rows:,} rows in all)",
        [
            Figure(
                "move_to_server (schema, COPY, search words, counts checked)",
                move,
                restore,
                "psql replaying a plain pg_dump (one transaction)",
                max_ratio=2.0,
            )
        ],
        [f"database of {SMALL:,} items; every table copied with its ids"],
    )
