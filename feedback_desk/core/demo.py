"""Demo data: seven months of believable feedback for Maple & Rye Bakery, a two-shop bakery-cafe,
or in Korean for 해오름 베이커리, whose customers write on Naver, Kakao Map and the delivery apps.

The texts live in ``resources/demo/feedback.json`` (Korean: ``feedback_ko.json``); this module
only decides when each one arrives, on which channel, with which score, and how the owner
answered and followed it up. Everything comes from one seeded random generator and ``today``,
so loading the demo twice on the same day produces the same items, which the duplicate keys
then pass over.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from .intake import add_feedback
from .korean_tags import desk_tag
from .records import CHANNELS, NewFeedback
from .resources import resource_path
from .sentiment import label_from_score
from .templates import ResponseTemplate, rank, render

MONTHS = 7
# Share of each channel: the counter survey brings most answers, Google most reviews, and
# Naver is where the Korean-speaking neighbours write.
CHANNEL_SHARE = {
    "survey": 30,
    "google": 19,
    "yelp": 8,
    "naver": 6,
    "facebook": 8,
    "email": 9,
    "phone": 8,
    "in_person": 12,
}
# The Korean shop's: Naver Place and the delivery apps bring most reviews, the counter survey
# most 0-10 answers; 당근 and Instagram comments carry no stars.
CHANNEL_SHARE_KO = {
    "naver": 22,
    "baemin": 14,
    "coupang_eats": 8,
    "yogiyo": 5,
    "kakao": 8,
    "daangn": 4,
    "instagram": 4,
    "survey": 20,
    "phone": 6,
    "in_person": 9,
}
REVIEW_SITES = ("google", "yelp", "naver", "facebook", "kakao", "baemin", "coupang_eats", "yogiyo")
PUBLIC_SITES = (*REVIEW_SITES, "daangn", "instagram")  # answered in public, where written
PHONES = {"en": "(503) 555-01{0:02d}", "ko": "010-5555-01{0:02d}"}
# Survey promoters and detractors from the first to the last month: NPS climbs from about +5 to
# about +35, the story of an owner who listens. Exact quotas per month keep it from being noise.
PROMOTERS = (0.40, 0.55)
DETRACTORS = (0.35, 0.20)
_GROUP = {"survey": "survey", "email": "email", "phone": "call", "in_person": "call"}


@dataclass(frozen=True)
class DemoSummary:
    """What loading the demo did."""

    added: int
    months: int
    channels: tuple[str, ...]

    def describe(self) -> str:
        """One line for the command line and the status bar."""
        if not self.added:
            return "The demo feedback is already in this database: nothing added."
        return (
            f"Added {self.added} demo feedback items over {self.months} months "
            f"({', '.join(self.channels)})."
        )


@dataclass
class _Slot:
    """One demo item while it is being made up."""

    when: datetime
    channel: str
    tone: str  # the customer's verdict: what the stars or the 0-10 answer will say
    entry: dict = field(default_factory=dict)
    item: NewFeedback | None = None

    @property
    def stamp(self) -> str:
        return self.when.isoformat(timespec="seconds")


def load_demo(store, today: date | None = None, seed: int = 7, language: str = "en") -> DemoSummary:
    """Fill ``store`` with the bakery's demo feedback for the ``MONTHS`` months before ``today``,
    with replies, follow-ups, notes and statuses, in ``language`` ('en' or 'ko'). Loading it
    again the same day adds nothing."""
    today = today or date.today()
    rng = random.Random(seed)
    korean = language == "ko"
    name = "feedback_ko.json" if korean else "feedback.json"
    data = json.loads(resource_path("demo", name).read_text(encoding="utf-8"))
    data["language"] = "ko" if korean else "en"
    data["tag_names"] = {tag.name for tag in store.tags(counted=False)}
    slots = _schedule(rng, today, CHANNEL_SHARE_KO if korean else CHANNEL_SHARE)
    _choose_texts(rng, slots, data["feedback"], korean)
    for slot in slots:
        slot.item = _new_feedback(rng, slot, data)
    result = add_feedback(store, [s.item for s in slots], source="demo", file_name="demo")
    if not store.team():  # the people who answer in the demo can be assigned feedback too
        store.set_team(list(data["business"]["staff"]))
    templates = store.response_templates()
    by_stamp = {s.stamp: s for s in slots}
    added = [
        (fid, by_stamp[when], sentiment, nps)
        for fid, when, sentiment, nps in store.feedback_in_batch(result.batch_id)
        if when in by_stamp
    ]
    with store.transaction():
        for fid, slot, sentiment, nps in added:
            _handle(store, rng, today, data, templates, fid, slot, sentiment, nps)
    seen = {slot.channel for _, slot, _, _ in added}
    return DemoSummary(result.added, MONTHS, tuple(c for c in CHANNELS if c in seen))


def months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` earlier (the 28th at most, so it always exists)."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


def _schedule(rng: random.Random, today: date, shares: dict[str, int]) -> list[_Slot]:
    """When each item arrives, on which channel, and the customer's verdict."""
    start = months_before(today, MONTHS)
    days = [start + timedelta(d) for d in range((today - start).days)]
    span = max(len(days) - 1, 1)
    # A little more each month as word spreads; weekends are the busy days of a bakery.
    weights = [
        (1 + 0.35 * i / span) * (1.6 if d.weekday() >= 5 else 1.0) for i, d in enumerate(days)
    ]
    total = rng.randint(430, 470)
    channels = [
        c for c, share in shares.items() for _ in range(round(total * share / sum(shares.values())))
    ]
    rng.shuffle(channels)
    taken: set[datetime] = set()
    slots = []
    for day, channel in zip(
        sorted(rng.choices(days, weights, k=len(channels))), channels, strict=True
    ):
        # The shop is open 7 to 18; reviews and surveys are also written in the evening.
        last = 18 if channel in ("phone", "in_person") else 22
        when = datetime.combine(
            day, time(rng.randint(7, last - 1), rng.randrange(60), rng.randrange(60))
        )
        while when in taken:  # distinct times: the ids are matched back by time
            when += timedelta(seconds=1)
        taken.add(when)
        t = (day - start).days / span
        negative = 0.27 - 0.12 * t
        r = rng.random()
        tone = "negative" if r < negative else "neutral" if r < negative + 0.2 else "positive"
        slots.append(_Slot(when, channel, tone))
    _survey_quotas(rng, [s for s in slots if s.channel == "survey"], start, span)
    return slots


def _survey_quotas(rng: random.Random, surveys: list[_Slot], start: date, span: int) -> None:
    """Give each month's survey answers the month's share of promoters and detractors."""
    months: dict[str, list[_Slot]] = defaultdict(list)
    for slot in surveys:
        months[slot.stamp[:7]].append(slot)
    for group in months.values():
        t = sum((s.when.date() - start).days for s in group) / len(group) / span
        promoters = round(len(group) * (PROMOTERS[0] + (PROMOTERS[1] - PROMOTERS[0]) * t))
        detractors = round(len(group) * (DETRACTORS[0] + (DETRACTORS[1] - DETRACTORS[0]) * t))
        tones = (
            ["positive"] * promoters
            + ["negative"] * detractors
            + ["neutral"] * (len(group) - promoters - detractors)
        )
        rng.shuffle(tones)
        for slot, tone in zip(group, tones, strict=True):
            slot.tone = tone


def _choose_texts(
    rng: random.Random, slots: list[_Slot], entries: list[dict], all_korean: bool = False
) -> None:
    """A text for every slot. Pinned texts (mixed signals, spam) go once each on their own
    channel; the others are dealt out in shuffled rounds so repeats are spread evenly."""
    pools: dict[tuple[str, str, bool], list[dict]] = defaultdict(list)
    for entry in entries:
        if "channel" in entry:
            continue
        korean = entry["lang"] == "ko"
        groups = {"review": ["review"], "survey": ["survey"], "email": ["email"], "call": ["call"]}[
            entry["kind"]
        ]
        if entry["kind"] == "review" and entry["lang"] == "en":
            groups.append("survey")
        for group in groups:
            pools[group, entry["tone"], korean].append(entry)
    decks: dict[tuple[str, str, bool], list[dict]] = {}
    for slot in slots:
        group = _GROUP.get(slot.channel, "review")
        korean = slot.channel == "naver" or (slot.channel != "survey" and rng.random() < 0.07)
        korean = korean or all_korean
        key = (group, slot.tone, korean)
        if not pools.get(key):
            key = (group, slot.tone, False)
        if not decks.get(key):
            decks[key] = rng.sample(pools[key], len(pools[key]))
        slot.entry = decks[key].pop()
    for entry in (e for e in entries if "channel" in e):
        verdict = label_from_score(entry.get("rating"), entry.get("nps_score"))
        # Older than a fortnight, so the owner has had time to deal with them.
        candidates = [
            s
            for s in slots
            if s.channel == entry["channel"]
            and s.tone == verdict
            and "channel" not in s.entry
            and s.when < slots[-1].when - timedelta(14)
        ]
        rng.choice(candidates).entry = entry


def _person(rng: random.Random, people: dict, korean: bool) -> tuple[str, str]:
    """A customer's (name, e-mail): Korean names for Korean texts, reserved example domains."""
    if korean:
        name, handle = rng.choice(people["ko"])
    else:
        name = rng.choice(people["en"])
        first, last = name.split(" ")
        handle = f"{first.lower().replace('-', '')}.{last[0].lower()}"
    return name, f"{handle}@{('example.com', 'example.net', 'example.org')[len(name) % 3]}"


def _new_feedback(rng: random.Random, slot: _Slot, data: dict) -> NewFeedback:
    entry, channel = slot.entry, slot.channel
    people, business = data["people"], data["business"]
    rating = nps = None
    if channel in REVIEW_SITES:
        rating = (
            entry.get("rating")
            or {
                "positive": 5 if rng.random() < 0.7 else 4,
                "neutral": 3,
                "negative": 1 if rng.random() < 0.6 else 2,
            }[slot.tone]
        )
    elif channel == "survey":
        nps = entry.get("nps_score")
        if nps is None:
            nps = {
                "positive": rng.choice((9, 10, 10)),
                "neutral": rng.choice((7, 8)),
                "negative": rng.choice((0, 2, 3, 4, 5, 5, 6, 6, 6)),
            }[slot.tone]
    author, email = _person(rng, people, entry["lang"] == "ko")
    wants_email = channel == "email" or (channel == "survey" and rng.random() < 0.85)
    wants_phone = channel == "phone" or (channel in ("survey", "in_person") and rng.random() < 0.15)
    main, second = business["locations"][:2]
    location = entry.get("location") or (main if rng.random() < 0.58 else second)
    phone = PHONES[data["language"]].format(rng.randrange(100)) if wants_phone else ""
    return NewFeedback(
        body=entry["text"],
        title=entry.get("title", ""),
        received_at=slot.stamp,
        channel=channel,
        author=author,
        email=email if wants_email else "",
        phone=phone,
        rating=rating,
        nps_score=nps,
        location=location,
        product=entry.get("product") or rng.choice(business["products"]),
        tags=tuple(desk_tag(data["tag_names"], name) for name in entry["tags"]),
    )


def _at(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _until(moment: datetime, today: date) -> datetime:
    """Nothing the owner did happens later than this morning, when the demo is loaded."""
    return min(moment, datetime.combine(today, time(7, 30)))


def _handle(
    store,
    rng: random.Random,
    today: date,
    data: dict,
    templates: list[ResponseTemplate],
    fid: int,
    slot: _Slot,
    sentiment: str,
    nps: int | None,
) -> None:
    """What the owner did with one item: reply, follow up, note, status."""
    entry, item = slot.entry, slot.item
    assert item is not None
    age = (today - slot.when.date()).days
    span = MONTHS * 30.5
    korean = entry["lang"] == "ko"
    first, second = data["business"]["staff"][:2]
    if data["language"] == "ko":
        by = rng.choice((first, first, second))
    else:
        by = second if korean else rng.choice((first, first, second))
    if entry.get("spam"):
        store.add_note(fid, data["spam_note"], by, _at(slot.when + timedelta(hours=3)))
        store.set_status([fid], "ignored", _at(slot.when + timedelta(hours=3)))
        store.mark_spam([fid])
        store.set_reported([fid], (slot.when + timedelta(days=1)).date().isoformat())
        return
    how = (
        "public"
        if slot.channel in PUBLIC_SITES
        else "email"
        if item.email
        else "phone"
        if item.phone
        else "in_person"
        if slot.channel == "in_person"
        else ""
    )
    tone = entry["tone"]  # the reply answers what the words say
    reply_odds = {"negative": 0.88, "neutral": 0.62, "positive": 0.66}[tone]
    # The last three days are still waiting for an answer, as in a real inbox.
    if how and age > 3 and rng.random() < reply_odds:
        # Answers get quicker over the months: the owner learns to use templates.
        slowest = 48 - 30 * min(1.0, 1 - age / span)
        replied = slot.when + timedelta(hours=rng.uniform(1, slowest))
        replied = max(replied, replied.replace(hour=7))  # nobody answers reviews at 4am
        text, template_id = _reply_text(rng, data["replies"], entry, item.author), None
        # More and more answers start from a template as the months go by.
        if not korean and templates and rng.random() < 0.2 + 0.6 * (1 - age / span):
            chosen = rank(templates, store.get_feedback(fid))[0]
            name = data["business"]["name"]
            text = render(chosen.body, store.get_feedback(fid), name, by, replied.date())
            template_id = chosen.id
        store.add_reply(fid, text, _at(replied), how=how, by=by, template_id=template_id)
    if not (sentiment == "negative" or (nps is not None and nps <= 6)):
        return
    if entry["tags"] and rng.random() < 0.3:
        store.add_note(
            fid,
            rng.choice(data["notes"][entry["tags"][0]]),
            by,
            _at(_until(slot.when + timedelta(hours=rng.uniform(2, 30)), today)),
        )
    if rng.random() > 0.85:
        return
    status = _follow_up(store, rng, today, data["followup_notes"], fid, slot, by, age)
    if status:
        store.set_status([fid], status, _at(datetime.combine(today, time(8))))


def _follow_up(
    store, rng: random.Random, today: date, notes: dict, fid: int, slot: _Slot, by: str, age: int
) -> str:
    """Follow-ups for an unhappy customer; returns the status the item ends with ('' = keep)."""
    item = slot.item
    assert item is not None
    action = "call" if item.phone else "email" if item.email else "offer"
    if rng.random() < 0.2:
        action = "offer"
    created = _at(_until(slot.when + timedelta(hours=rng.uniform(2, 24)), today))
    due = slot.when.date() + timedelta(rng.randint(2, 6))
    # Old complaints were nearly all dealt with; recent ones partly; some are still to come.
    handled = 0.92 if age > 21 else 0.75
    if due >= today or rng.random() > handled:
        store.add_followup(fid, due.isoformat(), action, created, by, rng.choice(notes["open"]))
        return "follow_up"
    done = min(due + timedelta(rng.randint(-1, 2)), today - timedelta(1))
    outcome = rng.choices(("resolved", "came_back", "no_answer"), (0.55, 0.25, 0.2))[0]
    store.add_followup(
        fid,
        due.isoformat(),
        action,
        created,
        by,
        rng.choice(notes[outcome]),
        done_at=_at(datetime.combine(done, time(15))),
        outcome=outcome,
    )
    if outcome == "no_answer":
        return ""
    if rng.random() < 0.7:
        # Detractors are checked on again a month or two later: many turn into promoters.
        later = done + timedelta(rng.randint(28, 60))
        planned = _at(datetime.combine(done, time(16)))
        if later > today - timedelta(4):
            store.add_followup(
                fid, later.isoformat(), "email", planned, by, rng.choice(notes["check_in"])
            )
            return "follow_up"
        second = rng.choices(("came_back", "no_answer"), (0.65, 0.35))[0]
        store.add_followup(
            fid,
            later.isoformat(),
            "email",
            planned,
            by,
            rng.choice(notes[second]),
            done_at=_at(datetime.combine(later, time(11))),
            outcome=second,
        )
    return "resolved"


def _reply_text(rng: random.Random, replies: dict, entry: dict, author: str) -> str:
    """Good practice: warm and brief for praise, an apology and a private channel for a
    complaint, and a question for the lukewarm."""
    tone = entry["tone"]
    if entry["lang"] == "ko":
        return rng.choice(replies["ko"][tone]).format(name=author)
    name = author.split(" ")[0]
    if tone == "negative" and entry["tags"]:
        return replies["negative_by_tag"][entry["tags"][0]].format(name=name)
    return rng.choice(replies[tone]).format(name=name)
