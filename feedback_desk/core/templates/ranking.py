"""Ordering templates for one feedback item, best first."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..records import Feedback
from .placeholders import EAST_ASIAN
from .template import NPS_LABELS, SENTIMENT_LABELS, SPAM_LABEL, ResponseTemplate


def item_sentiment(item: Feedback) -> str:
    """The item's sentiment; for an unscored item, what its NPS answer or stars say ("" if
    nothing does)."""
    if item.sentiment in SENTIMENT_LABELS:
        return item.sentiment
    if item.nps_score is not None and 0 <= item.nps_score <= 10:
        score = item.nps_score
        return "negative" if score <= 6 else "neutral" if score <= 8 else "positive"
    if item.rating is not None and 1 <= item.rating <= 5:
        return "negative" if item.rating <= 2 else "neutral" if item.rating == 3 else "positive"
    return ""


def nps_group(item: Feedback) -> str:
    """'detractor', 'passive' or 'promoter' for an item with a 0-10 answer, else ""."""
    score = item.nps_score
    if score is None or not 0 <= score <= 10:
        return ""
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


def _fit(template: ResponseTemplate, item: Feedback) -> tuple[int, int]:
    """(group, tags shared): groups from best (0) to not suited (6)."""
    labels = {label.casefold() for label in template.sentiments}
    sentiments = labels & set(SENTIMENT_LABELS)
    groups = labels & set(NPS_LABELS)
    item_tags = {tag.casefold() for tag in item.tags}
    shared = len(item_tags & {tag.casefold() for tag in template.tags})
    if SPAM_LABEL in labels:
        return (0 if item.is_spam else 6), shared
    if groups:
        if nps_group(item) not in groups:
            return 6, shared
        return 1, shared
    sentiment = item_sentiment(item)
    if not sentiments:
        return 5, shared
    if not sentiment:
        return 5, 0  # nothing says how the customer felt: sentiment templates after general ones
    if sentiment not in sentiments:
        return 6, shared
    if shared:
        return 2, shared
    return (3 if not template.tags else 4), 0


def _language(text: str) -> str:
    """'ko' for text in Hangul (or another East Asian script), else 'other'."""
    return "ko" if EAST_ASIAN.search(text or "") else "other"


def _other_language(template: ResponseTemplate, item: Feedback) -> int:
    """1 when the template is written in another language than the item (a Korean review and
    an English template), 0 when the same or the item has no words."""
    words = f"{item.title or ''} {item.body or ''}".strip()
    if not words:
        return 0
    return int(_language(template.body) != _language(words))


def suits(template: ResponseTemplate, item: Feedback) -> bool:
    """Whether ``template`` was written for feedback like ``item`` (a general one suits all)."""
    return _fit(template, item)[0] < 6


def rank(
    templates: Iterable[ResponseTemplate],
    item: Feedback,
    used_on_similar: Mapping[int, int] | None = None,
) -> list[ResponseTemplate]:
    """All ``templates``, best for ``item`` first; those in the item's language before the rest
    (a Korean review is offered the Korean templates first).

    Groups, best first: the fake-review template for an item marked spam; a template for the
    item's NPS group (detractor, passive, promoter); one suited to the item's sentiment that
    shares its tags; one for the sentiment with no tags; one for the sentiment with other tags;
    general ones (no sentiment); and last those that do not suit it (another sentiment, another
    NPS group, the fake-review one for a genuine item). Within a group, templates used more on
    similar items (``used_on_similar``: counts by template id) come first, then those sharing
    more tags, then by name.
    """
    similar = used_on_similar or {}

    def key(template: ResponseTemplate) -> tuple[int, int, int, int, str, str, int]:
        group, shared = _fit(template, item)
        used = similar.get(template.id, 0) if template.id is not None else 0
        ident = template.id if template.id is not None else -1
        other = _other_language(template, item)
        return other, group, -used, -shared, template.name.casefold(), template.name, ident

    return sorted(templates, key=key)
