"""Turning one row of an import into a :class:`NewFeedback`, fast.

The work that depends only on the headers and the mapping (which index feeds which field)
is done once per mapping and cached, so each of 100,000 rows costs a few dictionary and
regex operations.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..records import NewFeedback
from ..words import translate
from .presets import Mapping, mapping_key
from .values import (
    ValueProblem,
    clean_text,
    empty_row,
    parse_date,
    parse_nps,
    parse_stars,
    split_tags,
)

_TEXT_FIELDS = ("author", "title", "location", "product", "reply")
_PLAIN_FIELDS = ("email", "phone", "external_id")
# An id of up to this many digits is a response's number in its form, not a global id.
_COUNTER_DIGITS = 6


@dataclass(frozen=True)
class _Plan:
    """Column indexes per field, worked out once for a mapping."""

    width: int
    single: tuple[tuple[str, int], ...]
    body: tuple[tuple[str, int], ...]
    extra: tuple[tuple[str, int], ...]
    channel: str
    scope: str  # for ids counted 1..N in each form: the file's kind (its headers)


@lru_cache(maxsize=32)
def _plan(headers: tuple[str, ...], mapping: Mapping) -> _Plan:
    if len(mapping.columns) != len(headers):
        raise ValueError(
            f"the mapping has {len(mapping.columns)} columns but the file has {len(headers)}"
        )
    single: list[tuple[str, int]] = []
    body: list[tuple[str, int]] = []
    extra: list[tuple[str, int]] = []
    seen_extra: dict[str, int] = {}
    for index, (header, target) in enumerate(zip(headers, mapping.columns, strict=True)):
        if target == "body":
            body.append((header, index))
        elif target == "extra":
            # Two columns with the same header keep both values: "Note", "Note (2)".
            count = seen_extra[header] = seen_extra.get(header, 0) + 1
            extra.append((header if count == 1 else f"{header} ({count})", index))
        elif target != "ignore":
            single.append((target, index))
    scope = mapping_key(headers)
    return _Plan(
        len(headers), tuple(single), tuple(body), tuple(extra), mapping.channel or "other", scope
    )


def _body(cells: Sequence[str], columns: tuple[tuple[str, int], ...]) -> str:
    """One column: its text. Several (survey questions): "Question: answer" paragraphs, so
    every answer is read and scored, and each keeps the question it answers."""
    if len(columns) == 1:
        return clean_text(cells[columns[0][1]])
    parts = []
    for question, index in columns:
        answer = clean_text(cells[index])
        if answer:
            parts.append(f"{question}: {answer}")
    return "\n\n".join(parts)


def row_to_feedback(cells: Sequence[str], headers: Sequence[str], mapping: Mapping) -> NewFeedback:
    """The feedback one row holds.

    Raises :class:`ValueProblem` naming every unreadable value of the row ("stars 'great' is
    not a rating from 1 to 5; date 'someday' is not a date"), "empty row" when it has no text,
    rating or score, or a message when it has more values than the file has columns. With
    ``mapping.date_order`` None, a date such as 03/04/2026 is a problem, not a guess.
    """
    plan = _plan(tuple(headers), mapping)
    return _convert(plan, mapping.date_order, cells)


def converter(headers: Sequence[str], mapping: Mapping) -> Callable[[Sequence[str]], NewFeedback]:
    """``row_to_feedback`` with the headers and mapping bound, for a loop over many rows."""
    plan = _plan(tuple(headers), mapping)
    order = mapping.date_order
    return lambda cells: _convert(plan, order, cells)


def _convert(plan: _Plan, order: str | None, cells: Sequence[str]) -> NewFeedback:
    if len(cells) > plan.width:
        raise ValueProblem(
            translate(
                "import",
                "the row has {0} values but the file has {1} "
                "columns (a comma inside a value without quotes?)",
            ).format(len(cells), plan.width)
        )
    if len(cells) < plan.width:
        cells = [*cells, *[""] * (plan.width - len(cells))]
    values: dict[str, object] = {}
    problems: list[str] = []
    for field, index in plan.single:
        raw = cells[index]
        if not raw or raw.isspace():
            continue
        try:
            if field == "received_at":
                values["received_at"], values["utc_offset_minutes"] = parse_date(raw, order)
            elif field == "replied_at":
                values["replied_at"] = parse_date(raw, order)[0]
            elif field == "rating":
                values["rating"] = parse_stars(raw)
            elif field == "nps_score":
                values["nps_score"] = parse_nps(raw)
            elif field == "tags":
                values["tags"] = split_tags(raw)
            elif field in _PLAIN_FIELDS:
                values[field] = raw.strip()
                counter = len(values[field]) <= _COUNTER_DIGITS and values[field].isdigit()
                if field == "external_id" and counter:
                    values["id_scope"] = plan.scope
            else:  # author, title, location, product, reply, channel
                values[field] = clean_text(raw)
        except ValueProblem as problem:
            problems.append(str(problem))
    if problems:
        raise ValueProblem("; ".join(problems))
    body = _body(cells, plan.body) if plan.body else ""
    if not (
        body
        or values.get("title")
        or values.get("rating") is not None
        or values.get("nps_score") is not None
    ):
        raise ValueProblem(empty_row())
    if not values.get("channel"):
        values["channel"] = plan.channel
    extra = {key: cells[i].strip() for key, i in plan.extra if cells[i] and not cells[i].isspace()}
    return NewFeedback(body=body, extra=extra, **values)  # type: ignore[arg-type]
