"""The Korean text model as the owner meets it: obvious complaints are negative, obvious praise
positive, and it costs nothing until Korean text comes.

The reviews below are everyday Korean shop reviews written for these tests (none is in the
development set the model was adapted on, tests/data/korean_shop_reviews.tsv)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from feedback_desk.core import korean, sentiment
from feedback_desk.core.resources import resource_path

COMPLAINTS = [
    "직원이 너무 불친절했어요",
    "배달이 한시간이나 늦었고 음식도 다 식었어요",
    "맛없고 비싸요. 다시는 안 갈래요",
    "최악의 서비스 ㅡㅡ",
    "머리를 이상하게 잘라놨어요 너무 속상해요 ㅠㅠ",
    "빵에서 곰팡이가 나왔어요",
]
PRAISE = [
    "빵이 너무 맛있어요! 또 올게요",
    "사장님 친절하시고 커피 맛도 최고예요",
    "배달 빠르고 포장도 깔끔해요 감사합니다",
    "머리 너무 예쁘게 해주셨어요 완전 만족 ㅎㅎ",
    "분위기 좋고 디저트 맛집이에요 강추",
    "재방문 의사 있습니다 정말 맛있게 먹었어요",
]


@pytest.mark.parametrize("text", COMPLAINTS)
def test_an_obvious_korean_complaint_is_negative(text):
    scored = sentiment.score(text)
    assert scored.language == "ko"
    assert scored.sentiment == "negative"
    assert scored.compound < 0


@pytest.mark.parametrize("text", PRAISE)
def test_obvious_korean_praise_is_positive(text):
    scored = sentiment.score(text)
    assert scored.language == "ko"
    assert scored.sentiment == "positive"
    assert scored.compound > 0


def test_spacing_and_repeated_letters_do_not_change_the_reading():
    assert korean.compound("너무  맛있어요") == korean.compound("너무 맛있어요")
    assert korean.compound("맛있어요\n") == korean.compound("맛있어요")


def test_the_model_file_is_small_and_reads_back():
    path = resource_path(korean.MODEL_FILE)
    assert path.is_file()
    assert path.stat().st_size <= 10_000_000
    model = korean.Model.load(path)
    assert len(model.weights) > 10_000
    low, high = model.neutral
    assert -1 < low < high < 1


def test_the_model_is_read_once_and_only_when_korean_text_comes():
    """Importing the scoring code loads neither numpy nor the model; English text does not load
    it either; the first Korean text loads it, and the next ones reuse it."""
    code = (
        "import sys\n"
        "from feedback_desk.core import korean, sentiment\n"
        "assert 'numpy' not in sys.modules\n"
        "loads = []\n"
        "load = korean.Model.load\n"
        "korean.Model.load = lambda path: loads.append(path) or load(path)\n"
        "sentiment.score('Lovely bread, friendly staff')\n"
        "print(len(loads))\n"
        "sentiment.score('빵이 맛있어요')\n"
        "sentiment.score('직원이 불친절해요')\n"
        "print(len(loads))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1"]


def test_without_its_model_file_korean_text_stays_unscored_and_the_log_says_why(
    monkeypatch, tmp_path, caplog
):
    monkeypatch.setattr(korean, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    (tmp_path / korean.MODEL_FILE).write_bytes(b"not a model")
    korean.model.cache_clear()
    try:
        scored = sentiment.score("직원이 너무 불친절했어요")
        assert (scored.language, scored.compound, scored.sentiment) == ("ko", None, "unscored")
        assert sentiment.score("직원이 너무 불친절했어요", rating=1).sentiment == "negative"
        assert "Korean text model" in caplog.text and "불친절" not in caplog.text
    finally:
        korean.model.cache_clear()


def test_a_stored_reading_keeps_a_label_when_the_model_file_is_gone(monkeypatch):
    # A damaged installation: the owner clearing a hand label must not crash the window.
    monkeypatch.setattr(korean, "model", lambda: None)
    assert [korean.label(c) for c in (0.6, 0.0, -0.6)] == ["positive", "neutral", "negative"]
    assert korean.compound("맛있어요") is None  # new text stays unscored
