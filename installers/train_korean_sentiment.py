"""Train the Korean sentiment model that ships as ``resources/korean_sentiment.bin``.

    python installers/train_korean_sentiment.py [--out resources/korean_sentiment.bin]

Needs the development extra ``pip install -e '.[train]'`` (scikit-learn) and the public-domain
Korean reviews in ``../shared/data/nsmc/reviews.tsv.xz``, read where they lie. The result is the
same on every run (fixed seed, deterministic solver); it takes about 3 minutes of processor time
(4-5 minutes on an idle 2-core machine, 10 on a busy one).

What it does:
1. Reads the reviews of NSMC's *train* split (never its test split): ratings 1-4 are negative,
   9-10 positive, as NSMC labels them. One review in twenty is kept aside for calibration.
2. Adds the *adapt* part of our own Korean shop reviews (``tests/data/korean_shop_reviews.tsv``,
   two in three of them; the other third is held out and only ever checked), each weighted as
   many movie reviews, since the owner's customers write about taste, kindness and delivery,
   not about actors.
3. Fits a logistic regression over the character 1-3-grams (``feedback_desk.core.korean.grams``)
   of each text, counts scaled by 1 / sqrt(number of n-grams), so that the app's scorer needs
   nothing but a dictionary and a sum.
4. Calibrates the neutral band: the scores between which a review counts as neutral are those that
   best separate the middle ratings (5-6 out of 10, 3 stars under the app's star rule) from the
   rest in the set kept aside, together with the adapt part of the shop reviews.
5. Drops the n-grams whose weight is too small to matter and writes the n-grams, their weights
   (float32) and the bias and band into one compressed file (``korean.Model.save``).
"""

from __future__ import annotations

import argparse
import lzma
import sys
import time
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from feedback_desk.core.korean import MODEL_FILE, Model, grams  # noqa: E402

NSMC = ROOT.parent / "shared" / "data" / "nsmc" / "reviews.tsv.xz"
SHOP = ROOT / "tests" / "data" / "korean_shop_reviews.tsv"
SEED = 17
C = 1.5  # inverse regularisation strength
MIN_DF = 3  # n-grams seen in fewer reviews than this are left out
SHOP_WEIGHT = 100.0  # one shop review counts as this many movie reviews
KEEP_ABOVE = 0.2  # weights smaller than this (in absolute value) are dropped: 100k n-grams stay
LABELS = ("negative", "neutral", "positive")
# What shop customers say that film reviewers rarely do: taste, kindness, waiting, delivery,
# cleanliness, hair. Each phrase is one more training example, weighted like a shop review.
DOMAIN_POSITIVE = (
    "맛있어요, 맛있다, 맛집, 존맛, 친절해요, 친절하세요, 친절하고, 깔끔해요, 깨끗해요, 재방문, "
    "단골, 추천해요, 강추, 만족해요, 대만족, 감사합니다, 빨라요, 빨리 왔어요, 신선해요, 예뻐요, "
    "예쁘게, 따뜻했어요, 푸짐해요, 가성비 좋아요, 또 올게요, 또 시킬게요, 최고예요"
)
DOMAIN_NEGATIVE = (
    "불친절, 불친절해요, 맛없어요, 맛이 없어요, 늦어요, 늦었어요, 식었어요, 불어서, 더러워요, "
    "비위생, 머리카락, 벌레, 곰팡이, 환불, 별로예요, 최악, 실망, 짜증, 비싸요, 안 갈래요, "
    "다시는 안 가요, 누락, 엉망, 망쳐, 속상해요, 기다렸는데, 무시, 불쾌, 상했어요, 덜 익었어요, "
    "눅눅해요"
)


def read_nsmc(path: Path = NSMC) -> list[tuple[int, int, str, str]]:
    """(review id, rating, split, text) of every review: id, movie, rating, split, text."""
    rows = []
    with lzma.open(path, "rt", encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            review, _, rating, split, text = line.rstrip("\n").split("\t", 4)
            rows.append((int(review), int(rating), split, text))
    return rows


def read_shop(path: Path = SHOP) -> list[tuple[str, str, bool]]:
    """(label, text, held out?) of our Korean shop reviews. A third is held out, chosen by a
    checksum of the text so that adding reviews never moves the others."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        label, text = line.split("\t", 1)
        rows.append((label, text, zlib.crc32(text.encode()) % 3 == 0))
    return rows


def polarity(rating: int) -> int | None:
    """NSMC's own labels: 1 positive (9-10), 0 negative (1-4), None for the middle."""
    return 1 if rating >= 9 else 0 if rating <= 4 else None


def star_label(rating: int) -> str:
    """The app's star rule on rating / 2 rounded up: 1-4 negative, 5-6 neutral, 7-10 positive."""
    return "negative" if rating <= 4 else "neutral" if rating <= 6 else "positive"


def features(texts: list[str], vectorizer=None):
    """The scaled n-gram counts of ``texts`` and the vectorizer that made them."""
    from sklearn.feature_extraction.text import CountVectorizer

    if vectorizer is None:
        vectorizer = CountVectorizer(analyzer=grams, min_df=MIN_DF, dtype=np.float32)
        counts = vectorizer.fit_transform(texts)
    else:
        counts = vectorizer.transform(texts)
    scale = np.array([1 / np.sqrt(max(len(grams(t)), 1)) for t in texts], dtype=np.float32)
    return counts.multiply(scale[:, None]).tocsr(), vectorizer


def macro_f1(truth: list[str], guess: list[str]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(truth, guess, labels=LABELS, average="macro", zero_division=0))


def calibrate(model: Model, sets: list[tuple[list[str], list[str]]]) -> tuple[float, float]:
    """The neutral band (low, high) that gives the best mean macro-F1 over ``sets`` of
    (texts, labels)."""
    scored = [(np.array([model.compound(t) for t in texts]), labels) for texts, labels in sets]
    best, band = -1.0, (0.0, 0.0)
    for low in np.arange(-0.9, 0.31, 0.05):
        for high in np.arange(low + 0.05, 0.91, 0.05):
            model.neutral = (low, high)
            f1 = np.mean([macro_f1(labels, [model.label(c) for c in s]) for s, labels in scored])
            if f1 > best:
                best, band = f1, (float(low), float(high))
    return band


def balanced(rows: list, key, seed: int = SEED) -> list:
    """``rows`` with every class of ``key`` cut down to the size of the smallest, at random."""
    rng = np.random.default_rng(seed)
    classes: dict = {}
    for row in rows:
        classes.setdefault(key(row), []).append(row)
    size = min(len(members) for members in classes.values())
    out = []
    for name in sorted(classes, key=str):
        members = classes[name]
        out += [members[i] for i in sorted(rng.choice(len(members), size, replace=False))]
    return out


def train(nsmc: list, shop: list, log=print) -> Model:
    from sklearn.linear_model import LogisticRegression

    start = time.perf_counter()
    fit_rows = [r for r in nsmc if r[2] == "train" and r[0] % 20 and polarity(r[1]) is not None]
    adapt = [(label, text) for label, text, held in shop if not held and label != "neutral"]
    adapt += [("positive", phrase) for phrase in DOMAIN_POSITIVE.split(", ")]
    adapt += [("negative", phrase) for phrase in DOMAIN_NEGATIVE.split(", ")]
    texts = [r[3] for r in fit_rows] + [text for _, text in adapt]
    y = np.array([polarity(r[1]) for r in fit_rows] + [label == "positive" for label, _ in adapt])
    weight = np.array([1.0] * len(fit_rows) + [SHOP_WEIGHT] * len(adapt))
    x, vectorizer = features(texts)
    log(f"{len(texts):,} texts, {x.shape[1]:,} n-grams ({time.perf_counter() - start:.0f} s)")
    fit = LogisticRegression(
        C=C, class_weight="balanced", solver="liblinear", max_iter=200, random_state=SEED
    )
    fit.fit(x, y, sample_weight=weight)
    log(f"fitted ({time.perf_counter() - start:.0f} s)")
    coef = fit.coef_[0]
    keep = np.abs(coef) >= KEEP_ABOVE
    names = vectorizer.get_feature_names_out()[keep]
    weights = coef[keep].astype(np.float32)
    model = Model(
        dict(zip(names.tolist(), weights.tolist(), strict=True)), fit.intercept_[0], (0, 0)
    )
    aside = balanced(
        [r for r in nsmc if r[2] == "train" and not r[0] % 20], key=lambda r: star_label(r[1])
    )
    shop_adapt = [(label, text) for label, text, held in shop if not held]
    model.neutral = calibrate(
        model,
        [
            ([r[3] for r in aside], [star_label(r[1]) for r in aside]),
            ([t for _, t in shop_adapt], [label for label, _ in shop_adapt]),
        ],
    )
    low, high = model.neutral
    log(f"{len(names):,} n-grams kept, neutral between {low:+.2f} and {high:+.2f}")
    return model


def untuned_baseline(nsmc: list):
    """The reference the benchmarks hold the model to: character 1-4-gram hashing features and
    scikit-learn's logistic regression with its defaults, on the same training reviews, with no
    shop reviews and no tuning. Returns a function from texts to compounds (-1..+1)."""
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in nsmc if r[2] == "train" and polarity(r[1]) is not None]
    vectorizer = HashingVectorizer(analyzer="char", ngram_range=(1, 4), n_features=2**20)
    fit = LogisticRegression(max_iter=1000, random_state=SEED)
    fit.fit(vectorizer.transform([r[3] for r in rows]), [polarity(r[1]) for r in rows])
    return lambda texts: 2 * fit.predict_proba(vectorizer.transform(texts))[:, 1] - 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / MODEL_FILE)
    parser.add_argument("--nsmc", type=Path, default=NSMC, help="the reviews.tsv.xz to read")
    args = parser.parse_args(argv)
    model = train(read_nsmc(args.nsmc), read_shop())
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
