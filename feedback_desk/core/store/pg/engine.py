"""Opening a desk on a team server: the connection, and the schema made or brought up to date.

Two desks may open a new or older database at the same moment: the schema is made under an
advisory lock, in one transaction, so one of them makes it and the other finds it made.
"""

from __future__ import annotations

from ...errors import StoreError
from ...words import translate
from ..location import ServerLocation
from ..schema import V1
from ..schema_pg import BASELINE, BASELINE_VERSION, SCHEMA_VERSION, STEPS
from .connection import PgConnection

_LOCK = "SELECT pg_advisory_xact_lock(hashtext('feedback-desk schema'))"
# The starting tags and their rules, as a new file desk gets them.
_STARTING_TAGS = V1[
    V1.index("INSERT INTO tags (name") : V1.index("CREATE TABLE response_templates")
]


def schema_version(conn: PgConnection) -> int:
    """The desk's schema version; 0 for a database Feedback Desk has not set up."""
    made = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]
    if not made:
        return 0
    return conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0


def connect(location: ServerLocation, read_only: bool = False) -> PgConnection:
    """Connect to the desk at ``location``, making or upgrading its schema (not when
    ``read_only``: then only a desk of today's schema opens)."""
    conn = PgConnection(location, read_only)
    try:
        version = schema_version(conn)
        if version != SCHEMA_VERSION and not read_only:
            version = _migrate(conn)
        if version > SCHEMA_VERSION:
            raise StoreError(
                translate(
                    "store",
                    "The team server {0} holds a desk of a newer version of Feedback Desk "
                    "(schema {1}); please update Feedback Desk on this computer.",
                ).format(location, version)
            )
        if version != SCHEMA_VERSION:
            raise StoreError(
                translate(
                    "store",
                    "The desk on {0} needs an upgrade (schema {1}), which reading alone cannot "
                    "make. Open it normally once.",
                ).format(location, version)
            )
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: PgConnection) -> int:
    """Make the schema or run its missing steps, all in one transaction; the version after."""
    conn.execute("BEGIN")
    try:
        conn.execute(_LOCK)
        version = schema_version(conn)  # another desk may have done it while we waited
        if version == 0:
            conn.run_script(BASELINE)
            conn.run_script(_STARTING_TAGS)
            version = BASELINE_VERSION
        if version < BASELINE_VERSION:
            raise StoreError(
                translate("store", "{0} is not a Feedback Desk database (schema {1}).").format(
                    conn.location, version
                )
            )
        for number, step in enumerate(STEPS[version - BASELINE_VERSION :], start=version + 1):
            conn.run_script(step)
            conn.execute("UPDATE schema_version SET version = ?", (number,))
            version = number
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return version
