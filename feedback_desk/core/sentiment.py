"""Classify feedback as positive, neutral or negative.

The customer's own score speaks louder than any reading of their words, so the final label is:
the owner's override, else the stars or the 0-10 answer, else VADER on the text when the text
is English, else ``unscored``. VADER only knows English: run on Korean or French it sees no
known words and calls everything neutral, which would hide unhappy customers in the middle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

POSITIVE_AT = 0.05
NEGATIVE_AT = -0.05
# A text this far from its own score (a 1-star review in glowing words) is worth a second look.
MIXED_AT = 0.5

# Scripts VADER has no words for. Checked before anything else because it is the cheapest test.
_SCRIPTS = (
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
_ANY_OTHER_SCRIPT = re.compile("|".join(p.pattern for _, p in _SCRIPTS))
_ACCENTED = re.compile(r"[àâçéèêëîïôûùüÿñäößãõìíòóú]", re.IGNORECASE)

# Function words that tell Latin-script languages apart. A text is taken as English unless another
# language's words clearly outnumber English ones: short English reviews ("Great!") have none.
_STOPWORDS = {
    "en": "the and is it to of was for with this that you not but very are have my we they "
    "were be had our their there what would will just been so at",
    "fr": "le la les et est une des très pas je nous avec pour mais du au sont était c'est "
    "j'ai vous ce cette qui sur tout bien",
    "de": "der die das und ist nicht sehr ich wir mit ein eine war für auch auf sich es "
    "sind wird zu hat uns",
    "es": "el los las y es muy pero con una por que del fue para lo como está más su",
    "it": "il che è molto non per con sono della gli una anche ma del ho",
    "pt": "os não muito com uma para foi é mas do da em um são",
    "nl": "het en een niet zeer heel met ik zijn wij maar ook van dat",
}


@dataclass(frozen=True, slots=True)
class Scored:
    """What the scoring path concludes about one piece of feedback."""

    language: str
    compound: float | None
    sentiment: str
    mixed: bool


@cache
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@cache
def _stopword_sets() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    sets = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
    foreign = frozenset().union(*(words for lang, words in sets.items() if lang != "en"))
    return sets, foreign - sets["en"]


def detect_language(text: str) -> str:
    """Return a short language code for ``text``: 'en' unless there is reason to think otherwise.

    Returns '' for text with no letters at all.
    """
    if _ANY_OTHER_SCRIPT.search(text):
        for code, pattern in _SCRIPTS:
            if pattern.search(text):
                return code
    words = text.lower().split()
    if not words:
        return ""
    sets, foreign = _stopword_sets()
    if foreign.isdisjoint(words):  # the common case, kept cheap: scoring runs on every row
        return "en"
    words = set(words)
    english = len(words & sets["en"])
    best, best_hits = "en", english
    for code, stop in sets.items():
        if code != "en":
            hits = len(words & stop)
            if hits > best_hits:
                best, best_hits = code, hits
    # Two function words of another language, or one with no English ones beside it and a
    # letter English does not use ("Très bon café"), are enough to leave the text unread.
    if best != "en" and (best_hits >= 2 or (english == 0 and _ACCENTED.search(text))):
        return best
    return "en"


def label_from_compound(compound: float) -> str:
    """VADER's own thresholds (Hutto & Gilbert 2014)."""
    if compound >= POSITIVE_AT:
        return "positive"
    if compound <= NEGATIVE_AT:
        return "negative"
    return "neutral"


def label_from_score(rating: int | None, nps_score: int | None) -> str | None:
    """The customer's own verdict: a 0-10 answer first (finer grained), then stars."""
    if nps_score is not None:
        return "positive" if nps_score >= 9 else "neutral" if nps_score >= 7 else "negative"
    if rating is not None:
        return "positive" if rating >= 4 else "neutral" if rating == 3 else "negative"
    return None


def text_compound(text: str) -> tuple[str, float | None]:
    """The text's language and, for English text, its VADER compound."""
    language = detect_language(text)
    if language != "en":
        return language, None
    return language, _analyzer().polarity_scores(text)["compound"]


def score_texts(texts: list[str]) -> list[tuple[str, float | None]]:
    """``text_compound`` of many texts: the part of scoring a second process can take on."""
    return [text_compound(text) for text in texts]


def score(
    text: str,
    rating: int | None = None,
    nps_score: int | None = None,
    override: str | None = None,
) -> Scored:
    """Score one piece of feedback. ``text`` is the title and body together."""
    language, compound = text_compound(text)
    return decide(language, compound, rating, nps_score, override)


def decide(
    language: str,
    compound: float | None,
    rating: int | None,
    nps_score: int | None,
    override: str | None = None,
) -> Scored:
    """The final label from an already computed compound (used when re-scoring stored items)."""
    from_score = label_from_score(rating, nps_score)
    mixed = compound is not None and (
        (from_score == "positive" and compound <= -MIXED_AT)
        or (from_score == "negative" and compound >= MIXED_AT)
    )
    if override:
        label = override
    elif from_score:
        label = from_score
    elif compound is not None:
        label = label_from_compound(compound)
    else:
        label = "unscored"
    return Scored(language, compound, label, mixed)
