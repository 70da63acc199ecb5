"""The sentiment rules as the owner relies on them, as a table of cases."""

from __future__ import annotations

import pytest

from feedback_desk.core import sentiment
from tests.conftest import shared_data

CASES = [
    # text, stars, nps, override, expected label, expected mixed
    ("The sourdough is wonderful and the staff are lovely.", None, None, None, "positive", False),
    ("Cold coffee, rude cashier, dirty tables. Awful.", None, None, None, "negative", False),
    ("We picked up two loaves on Tuesday.", None, None, None, "neutral", False),
    ("", None, None, None, "unscored", False),
    ("", 4, None, None, "positive", False),
    ("", 3, None, None, "neutral", False),
    ("", 2, None, None, "negative", False),
    ("", None, 10, None, "positive", False),
    ("", None, 9, None, "positive", False),
    ("", None, 8, None, "neutral", False),
    ("", None, 7, None, "neutral", False),
    ("", None, 6, None, "negative", False),
    ("", None, 0, None, "negative", False),
    # The customer's own score wins over the words...
    ("Good", 1, None, None, "negative", False),
    # ...and strong disagreement is flagged as mixed signals.
    ("Absolutely amazing, best bakery ever, I love it!", 1, None, None, "negative", True),
    ("Horrible, rude and disgusting. Worst visit ever.", None, 10, None, "positive", True),
    # The owner's override wins over everything.
    ("Absolutely amazing!", 5, None, "negative", "negative", False),
    # Korean is read by the app's own model; the customer's stars still come first...
    ("크루아상이 최고예요", None, None, None, "positive", False),
    ("크루아상이 최고예요", 5, None, None, "positive", False),
    ("직원이 너무 불친절했어요", 1, None, None, "negative", False),
    ("직원이 너무 불친절했어요", None, None, None, "negative", False),
    # ...and a glowing 1-star or an angry 10 is flagged, as in English.
    ("정말 맛있어요! 직원분들도 친절하고 최고예요", 1, None, None, "negative", True),
    ("최악이에요 불친절하고 맛도 없어요 다시는 안 가요", None, 10, None, "positive", True),
    ("직원이 너무 불친절했어요", None, None, "positive", "positive", False),
    # Other languages are read by no model: unscored, unless the customer gave a score.
    ("パンがとても美味しかったです", None, None, None, "unscored", False),
    ("Хлеб был отличный", None, None, None, "unscored", False),
    ("Le pain est très bon et le service est rapide", None, None, None, "unscored", False),
    ("Das Brot ist sehr gut und der Kaffee auch", 5, None, None, "positive", False),
    ("Dịch vụ rất tệ", None, None, None, "unscored", False),
]


@pytest.mark.parametrize(("text", "stars", "nps", "override", "label", "mixed"), CASES)
def test_label(text, stars, nps, override, label, mixed):
    scored = sentiment.score(text, stars, nps, override)
    assert scored.sentiment == label
    assert scored.mixed is mixed


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("크루아상이 최고예요", "ko"),
        ("パンが美味しい", "ja"),
        ("面包很好吃", "zh"),
        ("Хлеб отличный", "ru"),
        ("الخبز رائع", "ar"),
        ("Great!", "en"),
        ("The bread was stale and the coffee was cold", "en"),
        ("Die for this cake, it is great", "en"),
        ("Naïve café menu but the pastries are great", "en"),
        # A Korean review with an English word or two is Korean, and the other way round.
        ("스타벅스보다 latte가 맛있어요", "ko"),
        ("Great bakery, 감사합니다 to the whole team for the birthday cake", "en"),
        ("", ""),
        ("!!! 123", ""),
    ],
)
def test_language(text, language):
    assert sentiment.detect_language(text) == language


def test_text_no_model_reads_keeps_no_compound():
    scored = sentiment.score("Obsługa była bardzo zła", None, None)
    assert scored.compound is None
    assert scored.language == "und"
    assert scored.sentiment == "unscored"


def test_thresholds_are_vaders_own():
    assert sentiment.label_from_compound(0.05) == "positive"
    assert sentiment.label_from_compound(0.0499) == "neutral"
    assert sentiment.label_from_compound(-0.05) == "negative"
    assert sentiment.label_from_compound(-0.0499) == "neutral"


def _macro_f1(predicted, truth):
    scores = []
    for label in ("positive", "negative"):
        tp = sum(p == label and t == label for p, t in zip(predicted, truth, strict=True))
        fp = sum(p == label and t != label for p, t in zip(predicted, truth, strict=True))
        fn = sum(p != label and t == label for p, t in zip(predicted, truth, strict=True))
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        scores.append(2 * precision * recall / (precision + recall))
    return sum(scores) / len(scores)


def test_amazon_ground_truth_macro_f1_matches_vader():
    """Hutto & Gilbert (2014), ICWSM-14: human-rated Amazon review sentences. The app's text
    scoring must give VADER's own two-class macro-F1 (0.621): no text is lost to the
    language check, nothing is scored differently."""
    path = shared_data("vader-ground-truth", "amazonReviewSnippets_GroundTruth.txt")
    truth, predicted = [], []
    with path.open(encoding="utf-8", newline="") as f:
        for line in f:
            _, mean, text = line.rstrip("\r\n").split("\t", 2)
            value = float(mean)
            truth.append("positive" if value > 0 else "negative" if value < 0 else "neutral")
            predicted.append(sentiment.score(text).sentiment)
    assert len(truth) == 3708
    assert _macro_f1(predicted, truth) == pytest.approx(0.621, abs=0.01)
