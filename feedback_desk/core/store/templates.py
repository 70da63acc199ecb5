"""The owner's response templates: the starting set, their edits, and templates brought in
from another shop's file."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import replace

from ..korean_tags import desk_tag
from ..templates import ResponseTemplate, load_starting_templates
from .database import now_iso
from .dialect import Dialect

_SEEDED = "starting_templates_added"


def _joined(values: Iterable[str]) -> str:
    return ",".join(v.strip().replace(",", " ") for v in values if v.strip())


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split(",") if v)


class TemplateStore:
    conn: sqlite3.Connection
    sql: Dialect

    def add_starting_templates(self, language: str = "en") -> None:
        """Give a desk the starting templates of ``language`` once (the English ones when it is
        made, the Korean ones when the window first speaks Korean); the owner may edit or
        delete them after."""
        seeded = _SEEDED if language == "en" else f"{_SEEDED}_{language}"
        if self.get_setting(seeded):
            return
        with self.transaction():
            if self.get_setting(seeded):  # another window got there first
                return
            names = {tag.name for tag in self.tags(counted=False)}
            self.add_templates(
                replace(t, tags=tuple(desk_tag(names, name) for name in t.tags))
                for t in load_starting_templates(language)
            )
            self.set_setting(seeded, True)

    def response_templates(self) -> list[ResponseTemplate]:
        """Every template, by name, with how many items each has answered."""
        uses = self.template_uses()
        return [
            ResponseTemplate(
                tid, name, body, _split(suits), _split(tags), uses.get(tid, (0,))[0], version
            )
            for tid, name, body, suits, tags, version in self.conn.execute(
                "SELECT id, name, body, sentiments, tags, version FROM response_templates "
                f"ORDER BY {self.sql.nocase('name')}, id"
            )
        ]

    def get_template(self, template_id: int) -> ResponseTemplate | None:
        return next((t for t in self.response_templates() if t.id == template_id), None)

    def save_template(self, template: ResponseTemplate, seen: int | None = None) -> int:
        """Add a template (no id yet) or change one; returns its id. ``seen``: the version
        the person changed (see versions.py)."""
        values = {
            "name": template.name.strip(),
            "body": template.body,
            "sentiments": _joined(template.sentiments),
            "tags": _joined(template.tags),
            "now": now_iso(),
            "id": template.id,
        }
        if template.id is None:
            return self.conn.execute(
                "INSERT INTO response_templates (name, body, sentiments, tags, created_at, "
                "updated_at) VALUES (:name, :body, :sentiments, :tags, :now, :now) RETURNING id",
                values,
            ).fetchone()[0]
        self._write_rows(
            "response_templates",
            "name = ?, body = ?, sentiments = ?, tags = ?, updated_at = ?",
            {template.id: (*(values[k] for k in ("name", "body", "sentiments", "tags", "now")),)},
            None if seen is None else {template.id: seen},
            "edit",
        )
        return template.id

    def delete_template(self, template_id: int, seen: int | None = None) -> None:
        """Delete a template; replies made from it keep their text. ``seen``: the version
        the person chose to delete: a template changed since stays."""
        with self.transaction():
            deleted = self.conn.execute(
                "DELETE FROM response_templates WHERE id = ? "
                "AND version = coalesce(CAST(? AS INTEGER), version)",
                (template_id, seen),
            ).rowcount
            if not deleted and self.versions_of("response_templates", [template_id]):
                self._refuse_moved("response_templates", {template_id: seen})

    def add_templates(self, templates: Iterable[ResponseTemplate]) -> list[str]:
        """Add templates from a file: one whose text is already here under its name (or the
        name with a number, from an earlier import) is left out, so importing a file twice
        adds nothing; one whose name is taken gets a number ("Thank you (2)"). Returns the
        names given to those added."""
        added = []
        with self.transaction():
            existing = {
                name.casefold(): body
                for name, body in self.conn.execute("SELECT name, body FROM response_templates")
            }
            for template in templates:
                base = template.name.strip()
                if any(
                    body == template.body and _numbered(name, base)
                    for name, body in existing.items()
                ):
                    continue
                name, number = base, 2
                while name.casefold() in existing:
                    name, number = f"{base} ({number})", number + 1
                self.save_template(
                    ResponseTemplate(None, name, template.body, template.sentiments, template.tags)
                )
                existing[name.casefold()] = template.body
                added.append(name)
        return added


def _numbered(name: str, base: str) -> bool:
    """``name`` (case folded) is ``base`` or ``base`` with a number: "thank you (2)"."""
    base = base.casefold()
    return name == base or re.fullmatch(re.escape(base) + r" \(\d+\)", name) is not None
