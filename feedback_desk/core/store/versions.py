"""Several people at once: a save made on what someone saw never silently overwrites a change
made since, on another desk or in another window.

The rows people edit (feedback, follow-ups, customers, response templates: schema V8) carry a
``version``, raised by every change the store makes to them, with what the change was
(``changed``), who made it (``changed_by``: the desk's ``person``) and when. A write given the
versions the person saw (``seen``: {id: version}) checks them in the statement that writes,
``UPDATE ... WHERE id = ? AND version = ?``, so it holds on both engines however many desks
write at once (PostgreSQL reads the row again after a concurrent change it waited for; SQLite
has one writer at a time). When a row had moved on, the whole write is undone and
ChangedElsewhere says what changed, who and when. Without ``seen`` (imports, the command line,
the demo) a write checks nothing, as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from ..errors import ChangedElsewhere
from ..words import translate
from .database import now_iso

Seen = Mapping[int, int] | None

# How each kind of row is named in a message: SQL for its name, and the sentence's subject.
_NAMES = {
    "feedback": "coalesce(nullif(title, ''), nullif(substr(body, 1, 40), ''), author)",
    "followups": "action",
    "customers": "name",
    "response_templates": "name",
}


def _thing(table: str, name: str) -> str:
    """The row as a message names it."""
    if table == "feedback":
        return translate("store", "The feedback “{0}”").format(name)
    if table == "followups":
        return translate("store", "The follow-up “{0}”").format(name)
    if table == "customers":
        return translate("store", "The customer “{0}”").format(name)
    return translate("store", "The template “{0}”").format(name)


def change_words(changed: str) -> str:
    """What a change was (the ``changed`` key a write stored), as a message says it."""
    words = {
        "status": translate("store", "its status was changed"),
        "sentiment": translate("store", "its sentiment was changed"),
        "assignee": translate("store", "it was assigned"),
        "tags": translate("store", "its tags were changed"),
        "spam": translate("store", "it was marked as spam or not spam"),
        "trash": translate("store", "it was moved to or out of the trash"),
        "reply": translate("store", "it was answered"),
        "customer": translate("store", "its customer was changed"),
        "edit": translate("store", "it was edited"),
        "done": translate("store", "it was marked done"),
        "merge": translate("store", "it was merged with another"),
        "erased": translate("store", "personal details were erased"),
    }
    return words.get(changed, translate("store", "it was changed"))


def time_words(when: str | None) -> str:
    """An ISO time as a message says it: 2026-03-02 14:05."""
    return (when or "")[:16].replace("T", " ")


class VersionStore:
    conn: sqlite3.Connection
    # Who is at this desk: the window sets it (chosen per computer, ui/person.py); blank for
    # imports and the command line. Stored with each change, for the messages.
    desk_person: str = ""

    def versions_of(self, table: str, ids: Sequence[int]) -> dict[int, int]:
        """{id: version} of rows of a versioned table, as they are now."""
        assert table in _NAMES
        found: dict[int, int] = {}
        ids = list(dict.fromkeys(ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(
                self.conn.execute(
                    f"SELECT id, version FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
        return found

    def _write_rows(
        self,
        table: str,
        assignments: str,
        rows: Mapping[int, Sequence],
        seen: Seen,
        changed: str,
    ) -> int:
        """``UPDATE table SET assignments`` for each row ({id: its parameters}), raising its
        version and keeping what changed, who and when; each row in ``seen`` only if it is
        still at the version seen. Returns how many rows were written; raises
        ChangedElsewhere (having written nothing) when a seen row had moved on. A ``seen``
        dict is brought up to date with the versions written (an undo passes it next)."""
        assert table in _NAMES
        seen = seen or {}
        sql = (
            f"UPDATE {table} SET {assignments + ', ' if assignments else ''}"
            "version = version + 1, changed = ?, changed_by = ?, changed_at = ? "
            "WHERE id = ? AND version = coalesce(CAST(? AS INTEGER), version)"
        )
        now = now_iso()
        params = [
            (*values, changed, self.desk_person, now, i, seen.get(i)) for i, values in rows.items()
        ]
        if not params:
            return 0
        checked = [p for p in params if p[-1] is not None]
        with self.transaction():
            # Rows not seen (a long selection beyond those shown, an import) in one go...
            written = (
                self.conn.executemany(sql, [p for p in params if p[-1] is None]).rowcount
                if len(checked) < len(params)
                else 0
            )
            # ...the others one statement a row: each says whether its row was still at the
            # version seen.
            moved = [p[-2] for p in checked if self.conn.execute(sql, p).rowcount == 0]
            if moved:
                self._refuse_moved(table, {i: seen[i] for i in moved}, all_moved=True)
        if isinstance(seen, dict):  # the caller's versions, as this write left them
            seen.update({i: seen[i] + 1 for i in rows if i in seen})
        return written + len(checked)

    def _bump(self, table: str, ids: Sequence[int], seen: Seen, changed: str) -> int:
        """Raise the versions of rows whose dependants changed (an item's tags, its answer)."""
        return self._write_rows(table, "", {i: () for i in dict.fromkeys(ids)}, seen, changed)

    def _refuse_moved(
        self, table: str, expected: Mapping[int, int], all_moved: bool = False
    ) -> None:
        """Raise ChangedElsewhere if a row is not now at its ``expected`` version, i.e. it
        had moved on or is gone (``all_moved``: the caller knows they all have)."""
        ids = list(expected)
        now: dict[int, tuple] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in self.conn.execute(
                f"SELECT id, version, changed, changed_by, changed_at, {_NAMES[table]} "
                f"FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ):
                now[row[0]] = tuple(row[1:])
        moved = [i for i in ids if all_moved or i not in now or now[i][0] != expected[i]]
        if moved:
            raise changed_elsewhere(table, moved, now)


def changed_elsewhere(
    table: str, moved: Sequence[int], now: Mapping[int, tuple]
) -> ChangedElsewhere:
    """The refusal of a write on rows that moved on: ``now`` has (version, changed,
    changed_by, changed_at, name) of those still there."""
    there = [now[i] for i in moved if i in now]
    if not there:
        name = translate("store", "What you were changing")
        if len(moved) == 1 and table in _NAMES:
            name = _thing(table, f"#{moved[0]}")
        message = translate(
            "store",
            "{0} was deleted on another desk after you opened it, so your change was not saved.",
        ).format(name)
        return ChangedElsewhere(message, tuple(moved))
    latest = max(there, key=lambda row: row[3] or "")
    _, changed, by, when, name = latest
    what = change_words(changed)
    if by:
        detail = translate("store", "{what}, by {who} at {when}").format(
            what=what, who=by, when=time_words(when)
        )
    else:
        detail = translate("store", "{what} at {when}").format(what=what, when=time_words(when))
    if len(moved) == 1:
        message = translate(
            "store",
            "{subject} was changed on another desk after you opened it ({detail}), so your "
            "change was not saved. It now shows as it is: look at it, and make your change "
            "again if it is still needed.",
        ).format(subject=_thing(table, name or ""), detail=detail)
    else:
        message = translate(
            "store",
            "{count} of the items you chose were changed on another desk after you opened "
            "them (the latest: {detail}), so your change was not saved. They now show as they "
            "are: look at them, and make your change again if it is still needed.",
        ).format(count=len(moved), detail=detail)
    return ChangedElsewhere(message, tuple(moved), by, when)
