"""What a response template is, and which feedback it can suit."""

from __future__ import annotations

from dataclasses import dataclass

SENTIMENT_LABELS = ("positive", "neutral", "negative")
NPS_LABELS = ("detractor", "passive", "promoter")
SPAM_LABEL = "spam"
SUIT_LABELS = (*SENTIMENT_LABELS, *NPS_LABELS, SPAM_LABEL)

FILE_FORMAT = "feedback-desk-templates"
FILE_VERSION = 1
MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class ResponseTemplate:
    """A reply the owner can start from: ``body`` carries placeholders, ``sentiments`` and
    ``tags`` say which feedback it suits (empty: any), ``uses`` counts how often it was used."""

    id: int | None
    name: str
    body: str
    sentiments: tuple[str, ...]
    tags: tuple[str, ...]
    uses: int = 0
    version: int = 0  # raised by every change (store/versions.py)
