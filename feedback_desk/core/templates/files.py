"""Templates files: a small JSON file one shop exports and another imports."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..resources import resource_path
from ..words import translate
from ..writing import write_text
from .template import FILE_FORMAT, FILE_VERSION, MAX_FILE_BYTES, SUIT_LABELS, ResponseTemplate


def _template_dict(template: ResponseTemplate) -> dict[str, Any]:
    return {
        "name": template.name,
        "body": template.body,
        "sentiments": list(template.sentiments),
        "tags": list(template.tags),
    }


def export_templates(templates: Iterable[ResponseTemplate], path: str | os.PathLike[str]) -> None:
    """Write ``templates`` to a small JSON file another shop can import (ids and use counts,
    which belong to this shop, stay behind). The file is replaced only once fully written."""
    data = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "templates": [_template_dict(t) for t in templates],
    }
    text = json.dumps(data, ensure_ascii=False, indent=2)
    write_text(Path(path), text + "\n", translate("faults", "the templates were not exported"))


def _labels(entry: dict[str, Any], key: str, number: int, name: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(
            translate("templates", "Template {0} (“{1}”): “{2}” must be a list of words.").format(
                number, name, key
            )
        )
    return tuple(dict.fromkeys(v.strip() for v in value if v.strip()))


def templates_from_data(data: Any) -> list[ResponseTemplate]:
    """Templates from the parsed JSON of a templates file; ValueError in plain words if it is
    not one."""
    if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
        raise ValueError(_not_templates())
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(translate("templates", "This templates file has no valid version number."))
    if version > FILE_VERSION:
        raise ValueError(
            translate(
                "templates",
                "This templates file was made by a newer version of Feedback Desk; "
                "update the app to import it.",
            )
        )
    entries = data.get("templates")
    if not isinstance(entries, list):
        raise ValueError(translate("templates", "This templates file has no list of templates."))
    templates = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise ValueError(
                translate("templates", "Template {0} is not a template.").format(number)
            )
        name, body = entry.get("name"), entry.get("body")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(translate("templates", "Template {0} has no name.").format(number))
        name = name.strip()
        if not isinstance(body, str) or not body.strip():
            raise ValueError(
                translate("templates", "Template {0} (“{1}”) has no text.").format(number, name)
            )
        sentiments = tuple(s.casefold() for s in _labels(entry, "sentiments", number, name))
        unknown = [s for s in sentiments if s not in SUIT_LABELS]
        if unknown:
            raise ValueError(
                translate("templates", "Template {0} (“{1}”): “{2}” is not one of {3}.").format(
                    number, name, unknown[0], ", ".join(SUIT_LABELS)
                )
            )
        tags = _labels(entry, "tags", number, name)
        templates.append(ResponseTemplate(None, name, body, sentiments, tags, uses=0))
    return templates


def import_templates(path: str | os.PathLike[str]) -> list[ResponseTemplate]:
    """Read a templates file written by ``export_templates`` (ids and uses are left unset).

    Raises ValueError with a plain message when the file cannot be read or is not a templates
    file; nothing is changed either way."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise ValueError(
                translate("templates", "This file is too large to be a templates file.")
            )
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError(_not_templates()) from err
    except OSError as err:
        raise ValueError(
            translate("templates", "Could not read {0}: {1}.").format(
                file.name, err.strerror or err
            )
        ) from err
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(_not_templates()) from err
    return templates_from_data(data)


def _not_templates() -> str:
    return translate("templates", "This file is not a Feedback Desk templates file.")


def load_starting_templates(language: str = "en") -> list[ResponseTemplate]:
    """The templates a new desk starts with, read now: resources/templates/starting.json, or
    for Korean starting_ko.json (replies in the polite register of a 사장님 답글)."""
    name = "starting.json" if language == "en" else f"starting_{language}.json"
    return import_templates(resource_path("templates", name))
