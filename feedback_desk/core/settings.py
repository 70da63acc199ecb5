"""The owner's settings, declared once: the Settings page is built from this list, and the
rest of the app reads each value through ``Store.get_setting`` with the default given here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TextSetting:
    """A line of text the owner types in Settings."""

    key: str
    label: str
    placeholder: str
    help: str
    default: str = ""


BUSINESS_NAME = TextSetting(
    "business_name",
    "Business name",
    "e.g. Sunrise Bakery",
    "Replies and the monthly report use it.",
)
OWNER_NAME = TextSetting(
    "owner_name",
    "Your name",
    "e.g. Min Park",
    "Signs your replies and is recorded as who answered.",
)
BUSINESS_SETTINGS = (BUSINESS_NAME, OWNER_NAME)


def text_setting(store, setting: TextSetting) -> str:
    """The owner's value of ``setting``, or its default."""
    value = store.get_setting(setting.key, setting.default)
    return value if isinstance(value, str) else setting.default
