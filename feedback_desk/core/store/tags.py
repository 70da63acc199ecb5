"""Tags and the keyword rules that apply them, found through the search index.

A rule's keywords become one FTS5 query (search_text.any_keyword_query), so applying the rules
to a 100,000-row import costs a few index look-ups per rule instead of reading every text.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence

from ..records import RulesReach, Tag, TagRule, TagSnapshot
from ..words import translate
from .database import now_iso
from .dialect import Dialect
from .versions import Seen

_HEX = re.compile(r"#[0-9a-fA-F]{6}")
# Colours for tags the owner adds, in turn: distinct from each other and from the starting set.
PALETTE = (
    "#e05d44",
    "#4c9f70",
    "#5a6fd6",
    "#d9822b",
    "#b5579e",
    "#2a9d8f",
    "#a0783c",
    "#7e57c2",
    "#c0392b",
    "#3d8bba",
)


def _marks(values: Sequence) -> str:
    return ", ".join("?" * len(values))


def split_keywords(text: str | Iterable[str]) -> tuple[str, ...]:
    """Keywords of a rule from "wait, slow, took forever" (or a list), trimmed, no blanks."""
    parts = text.split(",") if isinstance(text, str) else text
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


class TagStore:
    conn: sqlite3.Connection
    sql: Dialect

    # Tags --------------------------------------------------------------------------------------
    def tags(self, counted: bool = True) -> list[Tag]:
        """Every tag by name, with how many items not in the trash carry it. Counting reads
        every link (0.2 s on a million items): pickers that show no counts ask without."""
        count = (
            "(SELECT count(*) FROM feedback_tags ft JOIN feedback f ON f.id = ft.feedback_id "
            "WHERE ft.tag_id = t.id AND f.deleted_at IS NULL)"
            if counted
            else "0"
        )
        return [
            Tag(*row)
            for row in self.conn.execute(
                f"SELECT t.id, t.name, t.color, {count} FROM tags t "
                f"ORDER BY {self.sql.nocase('t.name')}"
            )
        ]

    def create_tag(self, name: str, color: str | None = None) -> int:
        """A new tag; ValueError when the name is blank or taken (in any case)."""
        name = self._free_name(name)
        if color is None:
            used = self.conn.execute("SELECT count(*) FROM tags").fetchone()[0]
            color = PALETTE[used % len(PALETTE)]
        return self.conn.execute(
            "INSERT INTO tags (name, color, created_at) VALUES (?, ?, ?) RETURNING id",
            (name, _checked_color(color), now_iso()),
        ).fetchone()[0]

    def rename_tag(self, tag_id: int, name: str) -> None:
        """ValueError when another tag has the name already (merge them instead)."""
        self.conn.execute(
            "UPDATE tags SET name = ? WHERE id = ?", (self._free_name(name, tag_id), tag_id)
        )

    def set_tag_color(self, tag_id: int, color: str) -> None:
        """``color`` is ``#rrggbb``."""
        self.conn.execute("UPDATE tags SET color = ? WHERE id = ?", (_checked_color(color), tag_id))

    def delete_tag(self, tag_id: int) -> None:
        """The tag goes, with its links and rules (take a tag_snapshot first to undo)."""
        self.conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,))

    def merge_tags(self, tag_ids: Sequence[int], into: int) -> int:
        """Fold several tags into one: their items carry ``into`` once, their rules tag with
        it, and they go. Returns how many items gained ``into``."""
        sources = [t for t in tag_ids if t != into]
        if not sources:
            return 0
        with self.transaction():
            gained = self.conn.execute(
                "INSERT INTO feedback_tags (feedback_id, tag_id) "
                "SELECT DISTINCT feedback_id, ? FROM feedback_tags WHERE tag_id IN "
                f"({_marks(sources)}) ON CONFLICT DO NOTHING",
                (into, *sources),
            ).rowcount
            self.conn.execute(
                f"UPDATE tag_rules SET tag_id = ? WHERE tag_id IN ({_marks(sources)})",
                (into, *sources),
            )
            self.conn.execute(f"DELETE FROM tags WHERE id IN ({_marks(sources)})", sources)
        return gained

    def tag(self, ids: Sequence[int], tag_id: int, seen: Seen = None) -> list[int]:
        """Put a tag on items. Returns the ids that did not have it: untag those to undo.
        Every item's version goes up (see versions.py)."""
        with self.transaction():
            self._bump("feedback", ids, seen, "tags")
            had = self._carrying(ids, tag_id)
            new = [i for i in dict.fromkeys(ids) if i not in had]
            self.conn.executemany(
                "INSERT INTO feedback_tags (feedback_id, tag_id) VALUES (?, ?) "
                "ON CONFLICT DO NOTHING",
                [(i, tag_id) for i in new],
            )
        return new

    def untag(self, ids: Sequence[int], tag_id: int, seen: Seen = None) -> list[int]:
        """Take a tag off items. Returns the ids that had it: tag those to undo. Every item's
        version goes up (see versions.py)."""
        with self.transaction():
            self._bump("feedback", ids, seen, "tags")
            had = self._carrying(ids, tag_id)
            self.conn.executemany(
                "DELETE FROM feedback_tags WHERE feedback_id = ? AND tag_id = ?",
                [(i, tag_id) for i in had],
            )
        return [i for i in dict.fromkeys(ids) if i in had]

    def tag_snapshot(self, tag_ids: Sequence[int]) -> TagSnapshot:
        """Tags with their rules and links as they are now, for restore_tags."""
        marks = _marks(tag_ids)
        return TagSnapshot(
            tuple(
                self.conn.execute(
                    f"SELECT id, name, color, created_at FROM tags WHERE id IN ({marks})", tag_ids
                )
            ),
            tuple(
                self.conn.execute(
                    f"SELECT id, tag_id, keywords, enabled FROM tag_rules WHERE tag_id IN "
                    f"({marks})",
                    tag_ids,
                )
            ),
            tuple(
                self.conn.execute(
                    f"SELECT feedback_id, tag_id FROM feedback_tags WHERE tag_id IN ({marks})",
                    tag_ids,
                )
            ),
        )

    def restore_tags(self, snapshot: TagSnapshot) -> None:
        """Put tags back exactly as a snapshot saw them (same ids, names, colours, rules and
        links): undoes delete_tag, merge_tags, tag, untag and apply_rules."""
        tag_ids = [t[0] for t in snapshot.tags]
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO tags (id, name, color, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, color = excluded.color",
                snapshot.tags,
            )
            self.conn.execute(
                f"DELETE FROM feedback_tags WHERE tag_id IN ({_marks(tag_ids)})", tag_ids
            )
            self.conn.executemany(
                "INSERT INTO feedback_tags (feedback_id, tag_id) "
                "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM feedback WHERE id = ?) "
                "ON CONFLICT DO NOTHING",
                [(fid, tid, fid) for fid, tid in snapshot.links],
            )
            self.conn.executemany(
                "INSERT INTO tag_rules (id, tag_id, keywords, enabled) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET tag_id = excluded.tag_id, "
                "keywords = excluded.keywords, enabled = excluded.enabled",
                snapshot.rules,
            )
            for table in ("tags", "tag_rules"):  # new ids go on after the ids put back
                if after := self.sql.after_explicit_ids(table):
                    self.conn.execute(after)

    def _carrying(self, ids: Sequence[int], tag_id: int) -> set[int]:
        had: set[int] = set()
        ids = list(dict.fromkeys(ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            had.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT feedback_id FROM feedback_tags WHERE tag_id = ? AND feedback_id IN "
                    f"({_marks(chunk)})",
                    (tag_id, *chunk),
                )
            )
        return had

    def _free_name(self, name: str, tag_id: int | None = None) -> str:
        name = " ".join(name.split())
        if not name:
            raise ValueError(translate("store", "A tag needs a name."))
        taken = self.conn.execute(
            f"SELECT id FROM tags WHERE {self.sql.nocase('name')} = {self.sql.nocase('?')} "
            "AND id IS DISTINCT FROM ?",
            (name, tag_id),
        ).fetchone()
        if taken:
            raise ValueError(translate("store", "There is already a tag called {0}.").format(name))
        return name

    # Rules -------------------------------------------------------------------------------------
    def tag_rules(self) -> list[TagRule]:
        """Every rule, by tag name."""
        return [
            TagRule(rid, tid, name, split_keywords(words), bool(enabled))
            for rid, tid, name, words, enabled in self.conn.execute(
                "SELECT r.id, r.tag_id, t.name, r.keywords, r.enabled FROM tag_rules r "
                f"JOIN tags t ON t.id = r.tag_id ORDER BY {self.sql.nocase('t.name')}, r.id"
            )
        ]

    def add_tag_rule(self, tag_id: int, keywords: str | Iterable[str], enabled: bool = True) -> int:
        """A rule tagging with ``tag_id`` the items that contain any of the keywords."""
        return self.conn.execute(
            "INSERT INTO tag_rules (tag_id, keywords, enabled) VALUES (?, ?, ?) RETURNING id",
            (tag_id, ", ".join(split_keywords(keywords)), int(enabled)),
        ).fetchone()[0]

    def update_tag_rule(
        self,
        rule_id: int,
        *,
        tag_id: int | None = None,
        keywords: str | Iterable[str] | None = None,
        enabled: bool | None = None,
    ) -> None:
        """Change what is given; leave the rest."""
        changes = {
            "tag_id": tag_id,
            "keywords": None if keywords is None else ", ".join(split_keywords(keywords)),
            "enabled": None if enabled is None else int(enabled),
        }
        for column, value in changes.items():
            if value is not None:
                self.conn.execute(
                    f"UPDATE tag_rules SET {column} = ? WHERE id = ?", (value, rule_id)
                )

    def delete_tag_rule(self, rule_id: int) -> None:
        self.conn.execute("DELETE FROM tag_rules WHERE id = ?", (rule_id,))

    def preview_rules(self, rule_ids: Sequence[int] | None = None) -> dict[int, int]:
        """For each rule (default: the enabled ones), how many items not in the trash and not
        carrying its tag yet it would tag now."""
        return {
            rule.id: self.conn.execute(
                f"SELECT count(*) FROM ({self._rule_matches()}) AS s", (match, rule.tag_id)
            ).fetchone()[0]
            for rule, match in self._rule_queries(rule_ids)
        }

    def apply_rules(
        self, rule_ids: Sequence[int] | None = None, batch_id: int | None = None
    ) -> int:
        """Tag what the rules (default: the enabled ones) find, in every item not in the trash
        or only in one batch (what intake and imports do). Returns how many tags were added;
        a tag_snapshot of the rules' tags taken before undoes it."""
        added = 0
        batch, params = "", ()
        if batch_id is not None and not self.sql.is_server:
            first, last = self.conn.execute(
                "SELECT min(id), max(id) FROM feedback WHERE batch_id = ?", (batch_id,)
            ).fetchone()
            if first is None:
                return 0
            # A batch's ids are one run (it is written in one transaction): a rowid range lets
            # the search index skip everything else, where rowid IN (...) probed it per row.
            batch = " AND rowid BETWEEN ? AND ?"
            params = (first, last)
        with self.transaction():
            for rule, match in self._rule_queries(rule_ids):
                sql = self._rule_matches(batch)
                if batch_id is not None:
                    sql += " AND f.batch_id = ?"
                added += self.conn.execute(
                    "INSERT INTO feedback_tags (feedback_id, tag_id) "
                    f"SELECT id, ? FROM ({sql}) AS s WHERE true ON CONFLICT DO NOTHING",
                    (rule.tag_id, match, *params, rule.tag_id)
                    + ((batch_id,) if batch_id is not None else ()),
                ).rowcount
        return added

    def rules_reach(self, rule_ids: Sequence[int] | None = None) -> RulesReach:
        """What applying the rules together (default: the enabled ones) would do now: unlike
        the per-rule preview, an item two rules find counts once in ``items``."""
        parts, params = [], []
        for rule, match in self._rule_queries(rule_ids):
            parts.append(f"SELECT id, ? AS tag_id FROM ({self._rule_matches()}) AS s")
            params += [rule.tag_id, match, rule.tag_id]
        if not parts:
            return RulesReach(0, 0)
        items, tags = self.conn.execute(
            f"SELECT count(DISTINCT id), count(*) FROM ({' UNION '.join(parts)}) AS s", params
        ).fetchone()
        return RulesReach(items, tags)

    def _rule_queries(self, rule_ids: Sequence[int] | None) -> list[tuple[TagRule, str]]:
        rules = [
            r
            for r in self.tag_rules()
            if (r.enabled if rule_ids is None else r.id in set(rule_ids))
        ]
        return [(r, q) for r in rules if (q := self.sql.keywords_query(r.keywords))]

    def _rule_matches(self, batch: str = "") -> str:
        """The items not in the trash a rule finds and its tag is not on yet (parameters:
        the rule's query, the batch's first and last id when ``batch``, the tag)."""
        found = (
            "f.search @@ ?::tsquery"
            if self.sql.is_server
            else f"f.id IN (SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ?{batch})"
        )
        return (
            f"SELECT f.id FROM feedback f WHERE {found} AND f.deleted_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM feedback_tags ft WHERE ft.feedback_id = f.id "
            "AND ft.tag_id = ?)"
        )


def _checked_color(color: str) -> str:
    if not _HEX.fullmatch(color or ""):
        raise ValueError(
            translate("store", "{0} is not a colour like #3b7dd8.").format(repr(color))
        )
    return color.lower()
