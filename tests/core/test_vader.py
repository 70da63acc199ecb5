"""The app's VADER (core/vader.py) skips work that changes nothing; the owner must get exactly
the scores VADER itself gives. Checked on every text of VADER's own ground truth (Hutto &
Gilbert 2014, from cjhutto/vaderSentiment: tweets, movie reviews, Amazon reviews, New York
Times editorials), as written and shouted, and on the rules' corner cases."""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from feedback_desk.core.language import vader
from tests.conftest import shared_data

GROUND_TRUTH = (
    "tweets_GroundTruth.txt",
    "movieReviewSnippets_GroundTruth.txt",
    "amazonReviewSnippets_GroundTruth.txt",
    "nytEditorialSnippets_GroundTruth.txt",
)

# The words VADER's rules look at around a scored word: boosters, "kind of", "no", "least",
# "but", capitals, emoticons, emoji, and text with nothing to read.
CORNERS = [
    "",
    "   ",
    "!",
    "kind",
    "kind of good",
    "It was kind of awful",
    "no",
    "no good",
    "No problems at all",
    "NO GOOD",
    "very good",
    "VERY good",
    "the coffee was GREAT but the service was slow",
    "at least it was warm",
    "least good",
    "not bad, not bad at all",
    "Great :) :(",
    "Good 😀",
    "😀",
    "  The bread was lovely!!!  ",
    "Is it good???",
]


@pytest.fixture(scope="module")
def plain():
    return SentimentIntensityAnalyzer()


def texts_of(name: str) -> list[str]:
    """ID<TAB>MEAN<TAB>TEXT lines, CRLF line ends (see shared/data/README.md)."""
    raw = shared_data("vader-ground-truth", name).read_bytes().decode("utf-8")
    return [line.split("\t", 2)[2] for line in raw.split("\r\n") if line]


@pytest.mark.parametrize("name", GROUND_TRUTH)
def test_every_ground_truth_text_gets_vaders_own_scores(name, plain):
    texts = texts_of(name)
    assert len(texts) > 3000
    ours = vader()
    for text in texts + [text.upper() for text in texts]:
        assert ours.polarity_scores(text) == plain.polarity_scores(text), text


@pytest.mark.parametrize("text", CORNERS)
def test_the_rules_corner_cases_get_vaders_own_scores(text, plain):
    assert vader().polarity_scores(text) == plain.polarity_scores(text)
