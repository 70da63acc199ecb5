"""The owner's settings, declared once: the Settings page is built from this list, and the
rest of the app reads each value through ``Store.get_setting`` with the default given here."""

from __future__ import annotations

from dataclasses import dataclass

from .followups import FollowUpRules


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a label for translation without bringing Qt into the core: lupdate finds the
    calls by this name, and the window translates the label where it shows it."""
    return text


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
    QT_TRANSLATE_NOOP("settings", "Business name"),
    QT_TRANSLATE_NOOP("settings", "e.g. Sunrise Bakery"),
    QT_TRANSLATE_NOOP("settings", "Replies and the monthly report use it."),
)
OWNER_NAME = TextSetting(
    "owner_name",
    QT_TRANSLATE_NOOP("settings", "Your name"),
    QT_TRANSLATE_NOOP("settings", "e.g. Min Park"),
    QT_TRANSLATE_NOOP("settings", "Signs your replies and is recorded as who answered."),
)
BUSINESS_SETTINGS = (BUSINESS_NAME, OWNER_NAME)


def text_setting(store, setting: TextSetting) -> str:
    """The owner's value of ``setting``, or its default."""
    value = store.get_setting(setting.key, setting.default)
    return value if isinstance(value, str) else setting.default


@dataclass(frozen=True)
class NumberSetting:
    """A whole number of days the owner chooses in Settings."""

    key: str
    label: str
    unit: str  # after a number other than 1
    unit_one: str  # after 1
    help: str
    default: int
    maximum: int = 60


UNHAPPY_DAYS = NumberSetting(
    "followup_unhappy_days",
    QT_TRANSLATE_NOOP("settings", "Unhappy customers"),
    QT_TRANSLATE_NOOP("settings", "business days"),
    QT_TRANSLATE_NOOP("settings", "business day"),
    QT_TRANSLATE_NOOP(
        "settings",
        "Negative feedback and detractors (0-6): call or write back within this many open days.",
    ),
    1,
)
PASSIVE_DAYS = NumberSetting(
    "followup_passive_days",
    QT_TRANSLATE_NOOP("settings", "Lukewarm customers"),
    QT_TRANSLATE_NOOP("settings", "days"),
    QT_TRANSLATE_NOOP("settings", "day"),
    QT_TRANSLATE_NOOP(
        "settings", "Passives (7-8): ask what they liked and what would have made it better."
    ),
    3,
)
PROMOTER_DAYS = NumberSetting(
    "followup_promoter_days",
    QT_TRANSLATE_NOOP("settings", "Happy customers"),
    QT_TRANSLATE_NOOP("settings", "days"),
    QT_TRANSLATE_NOOP("settings", "day"),
    QT_TRANSLATE_NOOP(
        "settings", "Promoters (9-10): thank them and ask for a review or a referral."
    ),
    2,
)
AT_RISK_DAYS = NumberSetting(
    "at_risk_after_days",
    QT_TRANSLATE_NOOP("settings", "At risk after"),
    QT_TRANSLATE_NOOP("settings", "days"),
    QT_TRANSLATE_NOOP("settings", "day"),
    QT_TRANSLATE_NOOP(
        "settings",
        "An unhappy or lukewarm customer nobody has answered or followed up for this long is "
        "at risk of leaving quietly.",
    ),
    2,
)
FOLLOWUP_SETTINGS = (UNHAPPY_DAYS, PASSIVE_DAYS, PROMOTER_DAYS, AT_RISK_DAYS)
OPEN_DAYS = "open_days"  # the weekdays the business is open, Monday 0
# Keeping personal details no longer than needed: off (0) unless the owner sets it.
FORGET_AFTER_YEARS = NumberSetting(
    "forget_customers_after_years",
    QT_TRANSLATE_NOOP("settings", "Forget customers after"),
    QT_TRANSLATE_NOOP("settings", "years"),
    QT_TRANSLATE_NOOP("settings", "year"),
    QT_TRANSLATE_NOOP(
        "settings",
        "The names, e-mails and phone numbers of customers not heard from in this many years "
        "are erased when Feedback Desk starts (what they said and their scores stay). Off "
        "when 0. You see who first.",
    ),
    0,
    maximum=20,
)


def number_setting(store, setting: NumberSetting) -> int:
    value = store.get_setting(setting.key, setting.default)
    if isinstance(value, bool) or not isinstance(value, int):
        return setting.default
    return min(max(value, 0), setting.maximum)


def followup_rules(store) -> FollowUpRules:
    """The owner's follow-up rules, with the defaults for anything not set."""
    days = store.get_setting(OPEN_DAYS, None)
    valid = isinstance(days, list) and all(isinstance(d, int) and 0 <= d <= 6 for d in days)
    return FollowUpRules(
        unhappy_business_days=number_setting(store, UNHAPPY_DAYS),
        passive_days=number_setting(store, PASSIVE_DAYS),
        promoter_days=number_setting(store, PROMOTER_DAYS),
        open_days=tuple(sorted(set(days))) if valid else FollowUpRules.open_days,
        at_risk_after_days=number_setting(store, AT_RISK_DAYS),
    )


def acting_person(store) -> str:
    """Who is using the desk, for "answered by" and notes: the person chosen at this computer
    (store.desk_person, see ui/person.py), else the owner's name from Settings, or nobody
    named (never the computer's login, which would end up in the team's figures)."""
    return getattr(store, "desk_person", "") or text_setting(store, OWNER_NAME)


WELCOMED = "welcomed"  # the owner has answered or skipped the first start's question


def needs_welcome(store) -> bool:
    """The first start asks the business's and the owner's names once: until they answer or
    skip, while neither is set."""
    named = any(text_setting(store, s) for s in BUSINESS_SETTINGS)
    return not named and not store.get_setting(WELCOMED, False)


def welcome(store, business: str, owner: str) -> None:
    """Keep what the owner answered at the first start (blank: left as it was)."""
    for setting, value in ((BUSINESS_NAME, business), (OWNER_NAME, owner)):
        if value.strip():
            store.set_setting(setting.key, value.strip())
    store.set_setting(WELCOMED, True)
