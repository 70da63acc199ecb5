"""An inbox query (records.InboxQuery) as SQL conditions on ``feedback f``, with parameters.

Every filter column is in the ``feedback_filter`` index (see schema.py), so any combination
is answered from the index alone; the conditions are written so that SQLite can tell which
partial index applies (``f.deleted_at IS NULL AND f.is_spam = 0`` word for word).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..records import InboxQuery
from .dialect import SQLITE, Dialect

_NPS_GROUPS = {
    "promoter": "f.nps_score >= 9",
    "passive": "f.nps_score BETWEEN 7 AND 8",
    "detractor": "f.nps_score <= 6",
    "answered": "f.nps_score IS NOT NULL",
}
# Answered: a reply is stored for the item (``f``). The inbox's filter, the figures and the
# at-risk radar all ask it this way.
REPLIED = "EXISTS (SELECT 1 FROM replies r WHERE r.feedback_id = f.id)"
# An item matches a search by its text (title, text, customer) or by one of its notes. The
# first form reads every match from the index first: quick for a rare word. The second asks
# the index item by item: quick while walking the inbox newest first for a common word whose
# list the index keeps whole (a word of up to three letters, or a word typed in full).
# (Dialect.text_match)
# Asking the index costs a look into each of its pieces, so the item's own text is read first
# (search_text.words_found): the index is asked only where the text cannot tell for sure.
_PROBED = (
    "(CASE fd_words_found(?, f.title, f.body, f.author) WHEN 1 THEN 1 WHEN 0 THEN 0 "
    "ELSE EXISTS (SELECT 1 FROM feedback_fts WHERE feedback_fts MATCH ? AND rowid = f.id) END "
    "OR EXISTS (SELECT 1 FROM notes n WHERE n.feedback_id = f.id AND n.id IN "
    "(SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)))"
)


def _merged(many: tuple, one) -> tuple:
    """A tuple filter with its older single-value field added."""
    values = tuple(many)
    if one not in ("", None) and one not in values:
        values += (one,)
    return values


def _day_after(day: str) -> str:
    return (date.fromisoformat(day[:10]) + timedelta(days=1)).isoformat()


def where_clause(query: InboxQuery, probe: bool = False, sql: Dialect = SQLITE) -> tuple[str, list]:
    """SQL conditions for an inbox query, with their parameters (values are never formatted
    into the SQL), in the store's dialect ``sql``. ``probe``: a search asks the index item by
    item (see _PROBED; SQLite only)."""
    conditions: list[str] = []
    params: list = []
    if query.trash:
        conditions.append("f.deleted_at IS NOT NULL")
    elif query.spam == "only":
        conditions.append("f.deleted_at IS NULL AND f.is_spam = 1")
    elif query.spam == "include":
        conditions.append("f.deleted_at IS NULL")
    else:
        conditions.append("f.deleted_at IS NULL AND f.is_spam = 0")
    for column, values in (
        ("channel", _merged(query.channels, query.channel)),
        ("sentiment", _merged(query.sentiments, query.sentiment)),
        ("status", _merged(query.statuses, query.status)),
        ("rating", tuple(query.ratings)),
    ):
        if values:
            conditions.append(f"f.{column} IN ({', '.join('?' * len(values))})")
            params += values
    if query.nps_group:
        conditions.append(_NPS_GROUPS[query.nps_group])
    if query.date_from:
        conditions.append("f.received_at >= ?")
        params.append(query.date_from[:10])
    if query.date_to:
        # received_at holds a time after the day: "up to the end of date_to" is "before the next".
        conditions.append("f.received_at < ?")
        params.append(_day_after(query.date_to))
    for column in ("location", "product", "assignee", "batch_id"):
        value = getattr(query, column)
        if value not in ("", None):
            conditions.append(f"f.{column} = ?")
            params.append(value)
    if query.mixed is not None:
        # Written out (0 or 1), so that the index of mixed signals (schema.py) applies.
        conditions.append(f"f.mixed = {int(bool(query.mixed))}")
    if query.replied is not None:
        conditions.append(REPLIED if query.replied else f"NOT {REPLIED}")
    if query.tags:
        marks = ", ".join("?" * len(query.tags))
        if query.tags_mode == "all":
            conditions.append(
                "f.id IN (SELECT feedback_id FROM feedback_tags WHERE tag_id IN "
                f"({marks}) GROUP BY feedback_id HAVING count(*) = ?)"
            )
            params += [*query.tags, len(set(query.tags))]
        else:
            conditions.append(
                f"f.id IN (SELECT feedback_id FROM feedback_tags WHERE tag_id IN ({marks}))"
            )
            params += query.tags
    searched, words = search_clause(query.search, probe, sql)
    if searched:  # last: the other conditions are read from an index first
        conditions.append(searched)
        params += words
    return " AND ".join(conditions), params


def search_clause(search: str, probe: bool = False, sql: Dialect = SQLITE) -> tuple[str, list]:
    """The condition an item of ``feedback f`` meets when it matches the owner's search
    words, with its parameters; ("", []) for no words."""
    match = sql.search_query(search) if search else ""
    if not match:
        return "", []
    if probe and not sql.is_server:
        return _PROBED, [match] * 3
    return sql.text_match("f"), [match] * 2
