"""The app's scoring path against a plain VADER loop over the same texts (the Amazon review
sentences of the VADER ground truth): what language detection and labelling cost on top, and
what the app's VADER (core/vader.py: the same scores, less work on ASCII text) saves."""

from __future__ import annotations

import pytest

from .helpers import Figure, median_of, report


@pytest.mark.bench
def test_scoring(amazon):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from feedback_desk.core.language import detect_language
    from feedback_desk.core.sentiment import score

    texts = [text for _, text in amazon]
    analyzer = SentimentIntensityAnalyzer()
    assert len(texts) == 3708

    # Correct first: English text gets exactly VADER's compound.
    scored = [score(text) for text in texts]
    vader = [analyzer.polarity_scores(text)["compound"] for text in texts]
    english = [(s.compound, v) for s, v in zip(scored, vader, strict=True) if s.language == "en"]
    assert len(english) > 0.98 * len(texts)
    assert all(mine == theirs for mine, theirs in english)

    t = median_of(
        {
            "app": lambda: [score(text) for text in texts],
            "vader": lambda: [analyzer.polarity_scores(text) for text in texts],
            "gate": lambda: [detect_language(text) for text in texts],
        }
    )
    per_second = len(texts) / t["app"] * 1000
    report(
        "scoring",
        f"Scoring {len(texts):,} Amazon review texts (median of 5, interleaved)",
        [
            Figure(
                "sentiment.score()",
                t["app"],
                t["vader"],
                "plain VADER polarity_scores()",
                max_ratio=1.05,
            ),
            Figure(
                "of which the language gate (detect_language)",
                t["gate"],
                t["vader"],
                "plain VADER polarity_scores()",
            ),
        ],
        notes=[
            f"{per_second:,.0f} texts per second through the app's path",
            f"{len(texts) - len(english)} texts not taken as English (not scored by VADER)",
            "the app's VADER gives VADER's own scores (checked above and by test_vader)",
        ],
    )
