"""Records that travel between the store, the core and the UI.

Plain frozen dataclasses: the UI and the command line never see SQL rows.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any

from .nps import improved

CHANNELS = (
    "google",
    "yelp",
    "naver",
    "kakao",
    "baemin",
    "coupang_eats",
    "yogiyo",
    "daangn",
    "instagram",
    "facebook",
    "survey",
    "email",
    "phone",
    "in_person",
    "website",
    "other",
)
# The names files and pastes give a channel, in Korean and English, folded (lower case, no
# spaces): all of them mean the one channel, so "네이버" and "Naver Place" never make two.
CHANNEL_ALIASES = {
    "google": ("구글", "googlemaps", "구글맵", "구글지도", "googlereviews", "구글리뷰"),
    "naver": (
        "네이버",
        "naverplace",
        "네이버플레이스",
        "naverplaces",
        "naverplacereview",
        "네이버지도",
        "navermap",
        "navermaps",
        "네이버예약",
        "naverbooking",
        "네이버리뷰",
    ),
    "kakao": ("카카오", "kakaomap", "카카오맵", "카카오지도", "kakaomaps", "daummap", "다음지도"),
    "baemin": ("배달의민족", "배민", "baedalminjok", "baedaltheminjok", "baeminreview"),
    "coupang_eats": ("쿠팡이츠", "coupangeats", "쿠팡", "coupang"),
    "yogiyo": ("요기요",),
    "daangn": ("당근", "당근마켓", "daangnmarket", "karrot", "karrotmarket", "당근비즈니스"),
    "instagram": ("인스타그램", "인스타", "insta", "ig"),
    "facebook": ("페이스북", "fb"),
    "survey": ("설문", "설문조사", "surveys"),
    "email": ("이메일", "e-mail", "메일", "mail"),
    "phone": ("전화", "phonecall", "call", "전화통화"),
    "in_person": ("매장", "방문", "inperson", "매장방문", "직접"),
    "website": ("웹사이트", "홈페이지", "web", "site"),
    "yelp": ("옐프",),
    "other": ("기타",),
}
STATUSES = ("new", "needs_reply", "replied", "follow_up", "resolved", "ignored")
WAITING = ("new", "needs_reply")  # statuses of feedback still waiting for an answer
SENTIMENTS = ("positive", "neutral", "negative", "unscored")


@dataclass(frozen=True)
class NewFeedback:
    """A piece of feedback before it is stored: from a paste, a form, an import or the demo.

    ``received_at`` is the local wall-clock time of the business as ISO 8601
    (``YYYY-MM-DDTHH:MM:SS`` or ``YYYY-MM-DD``); ``utc_offset_minutes`` keeps an offset the
    source gave, without moving the date.
    """

    body: str = ""
    received_at: str | None = None
    utc_offset_minutes: int | None = None
    channel: str = "other"
    author: str = ""
    email: str = ""
    phone: str = ""
    rating: int | None = None
    nps_score: int | None = None
    title: str = ""
    location: str = ""
    product: str = ""
    external_id: str = ""
    reply: str = ""
    replied_at: str | None = None
    tags: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    # Where ``external_id`` is unique, when only within one form or export: ids numbered
    # 1..N (Microsoft Forms) are the same response only in a file of the same questions.
    id_scope: str = ""


@dataclass(frozen=True)
class Feedback:
    """A stored feedback item as the inbox and the detail pane show it."""

    id: int
    received_at: str
    channel: str
    author: str
    email: str
    phone: str
    rating: int | None
    nps_score: int | None
    title: str
    body: str
    location: str
    product: str
    language: str
    sentiment: str
    compound: float | None
    sentiment_overridden: bool
    mixed: bool
    status: str
    assignee: str
    external_id: str
    batch_id: int | None
    is_spam: bool
    extra: dict[str, Any]
    created_at: str
    updated_at: str
    tags: tuple[str, ...] = ()
    reply: str = ""
    first_reply_at: str | None = None
    customer_id: int | None = None
    version: int = 0  # raised by every change (store/versions.py); not part of the JSON

    def as_dict(self) -> dict[str, Any]:
        """The feedback object of the command line's JSON (CLI.md)."""
        data = asdict(self)
        data["tags"] = list(self.tags)
        del data["version"]
        return data


NPS_GROUPS = ("promoter", "passive", "detractor")
SPAM_MODES = ("exclude", "only", "include")


@dataclass(frozen=True)
class InboxQuery:
    """Which feedback the inbox lists. Empty fields mean 'any'; set fields all apply (AND).

    Tuples allow any of their values (``channels=("google", "yelp")``). The single-value
    fields (``channel``, ``sentiment``, ``status``) are kept for the command line and older
    callers and add to their tuple. Dates are ISO days, both ends included. Spam is left out
    unless ``spam`` says otherwise; ``trash=True`` lists only the items in the trash.
    ``nps_group`` is one of NPS_GROUPS, or "answered" for any 0-10 answer."""

    search: str = ""
    channel: str = ""
    sentiment: str = ""
    status: str = ""
    batch_id: int | None = None
    channels: tuple[str, ...] = ()
    sentiments: tuple[str, ...] = ()
    ratings: tuple[int, ...] = ()
    nps_group: str = ""
    statuses: tuple[str, ...] = ()
    tags: tuple[int, ...] = ()
    tags_mode: str = "any"
    date_from: str = ""
    date_to: str = ""
    location: str = ""
    product: str = ""
    assignee: str = ""
    mixed: bool | None = None
    replied: bool | None = None
    spam: str = "exclude"
    trash: bool = False


@dataclass(frozen=True)
class Segment:
    """Which customers a figure is about: one channel, location or product, or all (blank)."""

    channel: str = ""
    location: str = ""
    product: str = ""


@dataclass(frozen=True, slots=True)
class InboxRow:
    """What one line of the inbox shows; the full item is fetched when it is selected."""

    id: int
    received_at: str
    channel: str
    author: str
    rating: int | None
    nps_score: int | None
    sentiment: str
    mixed: bool
    status: str
    title: str
    preview: str
    tags: tuple[str, ...] = ()
    assignee: str = ""
    is_spam: bool = False
    first_reply_at: str | None = None


@dataclass(frozen=True)
class Tag:
    """A tag with how many items (not in the trash) carry it."""

    id: int
    name: str
    color: str
    count: int = 0


@dataclass(frozen=True)
class TagRule:
    """Feedback containing any of ``keywords`` (whole words or phrases, any case) gets the tag."""

    id: int
    tag_id: int
    tag_name: str
    keywords: tuple[str, ...]
    enabled: bool


@dataclass(frozen=True)
class TagSnapshot:
    """Tags as they were, with their rules and links: what undoing a delete, a merge or an
    application of rules puts back (``Store.restore_tags``)."""

    tags: tuple[tuple[int, str, str, str], ...]  # id, name, color, created_at
    rules: tuple[tuple[int, int, str, int], ...]  # id, tag_id, keywords, enabled
    links: tuple[tuple[int, int], ...]  # feedback_id, tag_id


@dataclass(frozen=True)
class Note:
    """A handling note: what was done about a piece of feedback inside the business."""

    id: int
    feedback_id: int
    body: str
    by: str
    created_at: str


@dataclass(frozen=True)
class SavedView:
    """A named inbox query: built in ("Needs reply") or saved by the owner."""

    name: str
    query: InboxQuery
    builtin: bool = False


@dataclass(frozen=True)
class AddResult:
    """What adding a set of feedback did."""

    batch_id: int
    added: int
    duplicates: int


@dataclass(frozen=True)
class ImportBatch:
    """One import (or paste, or form entry) as the import history lists it."""

    id: int
    source: str
    file_name: str
    preset: str
    added: int
    duplicates: int
    skipped: int
    problems: list[dict]
    created_at: str
    undone_at: str | None
    remaining: int


@dataclass(frozen=True)
class RulesReach:
    """What applying auto-tag rules would do now: ``items`` gain at least one tag, ``tags``
    are added in all (an item two rules find gets two tags)."""

    items: int
    tags: int


REPLY_HOWS = ("public", "email", "phone", "in_person", "imported")


@dataclass(frozen=True)
class Reply:
    """One version of an answer to a feedback item. An edit is a new version that ``replaces``
    the one before, keeping when the customer was first answered; ``current`` is False for a
    version an edit replaced."""

    id: int
    feedback_id: int
    body: str
    replied_at: str | None
    how: str
    by: str
    template_id: int | None
    replaces: int | None
    created_at: str
    current: bool = True


@dataclass(frozen=True)
class ResponseTimes:
    """How fast feedback was answered: of ``feedback`` items, ``answered`` have a reply with a
    known time of day, ``within_24h`` of them within a day of arriving; ``median_hours`` is the
    middle time to first response (None with no answers)."""

    feedback: int
    answered: int
    within_24h: int
    median_hours: float | None

    @classmethod
    def of(cls, feedback: int, hours: list[float]) -> ResponseTimes:
        """Of ``feedback`` items, those answered after ``hours`` (sorted, smallest first):
        read by position, as a quarter of a million answers are not sorted twice."""
        if not hours:
            return cls(feedback, 0, 0, None)
        middle = len(hours) // 2
        median = hours[middle] if len(hours) % 2 else (hours[middle - 1] + hours[middle]) / 2
        return cls(feedback, len(hours), bisect_right(hours, 24), round(median, 1))

    @property
    def share_within_24h(self) -> float | None:
        """The share of the feedback answered within 24 hours, 0 to 1 (None with none)."""
        return self.within_24h / self.feedback if self.feedback else None

    def as_dict(self) -> dict[str, Any]:
        share = self.share_within_24h
        return {
            "feedback": self.feedback,
            "answered": self.answered,
            "within_24h": self.within_24h,
            "share_within_24h": round(share, 3) if share is not None else None,
            "median_hours": self.median_hours,
        }


@dataclass(frozen=True)
class FollowUp:
    """Something to do for a customer by a day (``due``, ISO): call, email, visit, offer, or
    ask for a review; done when ``done_at`` is set, with an ``outcome``. ``customer`` and
    ``feedback_text`` say who and what it is about, for lists and calendars."""

    id: int
    feedback_id: int | None
    customer_id: int | None
    action: str
    due: str
    assignee: str
    note: str
    done_at: str | None
    outcome: str
    created_at: str
    customer: str = ""
    feedback_text: str = ""
    version: int = 0  # raised by every change (store/versions.py)

    def overdue(self, today: str) -> bool:
        """Still to do and due before ``today`` (ISO)."""
        return self.done_at is None and self.due[:10] < today

    def as_dict(self, today: str) -> dict[str, Any]:
        """The follow-up object of ``followups --json`` (CLI.md)."""
        return {
            "id": self.id,
            "feedback_id": self.feedback_id,
            "customer": self.customer,
            "action": self.action,
            "due": self.due,
            "assignee": self.assignee,
            "overdue": self.overdue(today),
        }


@dataclass(frozen=True)
class Customer:
    """A person behind one or more pieces of feedback, matched by e-mail or phone, or linked
    by the owner; ``location``, ``product`` and ``value`` let the owner group customers."""

    id: int
    name: str
    email: str
    phone: str
    channel: str
    location: str
    product: str
    value: float | None
    notes: str
    feedback: int = 0
    version: int = 0  # raised by every change (store/versions.py)


@dataclass(frozen=True)
class TimelineEntry:
    """One thing in a customer's story: ``kind`` is 'feedback', 'reply', 'followup',
    'followup_done' or 'note'."""

    at: str
    kind: str
    feedback_id: int | None
    text: str
    detail: str = ""


@dataclass(frozen=True)
class AtRisk:
    """A customer whose latest feedback is unhappy (or lukewarm) and whom nobody has answered
    or followed up; ``feedback_id`` is that latest feedback."""

    feedback_id: int
    customer_id: int | None
    name: str
    kind: str  # 'unhappy' or 'passive'
    received_at: str
    channel: str
    rating: int | None
    nps_score: int | None
    preview: str
    value: float | None = None


@dataclass(frozen=True)
class LoopChange:
    """A customer who wrote again after being contacted: how they felt then and the last time
    they wrote, each as (nps_score, rating, sentiment)."""

    customer: str
    before_feedback_id: int
    after_feedback_id: int
    before: tuple[int | None, int | None, str]
    after: tuple[int | None, int | None, str]

    @property
    def improved(self) -> bool:
        return improved(self.before, self.after)


@dataclass(frozen=True)
class LoopFigures:
    """Closing the loop with unhappy customers: of ``unhappy`` customers (detractors and
    negative feedback), ``contacted`` were answered or followed up; ``came_back`` of those
    wrote again afterwards, ``improved`` of them in a happier group than before."""

    unhappy: int
    contacted: int
    came_back: int
    improved: int
    changes: tuple[LoopChange, ...] = ()

    def as_dict(self) -> dict[str, int]:
        """The figures of ``stats --json`` (the changes themselves stay out)."""
        return {
            "unhappy": self.unhappy,
            "contacted": self.contacted,
            "came_back": self.came_back,
            "improved": self.improved,
        }
