"""Reading the sentiment of Korean text with Feedback Desk's own small model.

VADER knows only English. For Korean the app ships ``resources/korean_sentiment.bin``: a linear
model over the character 1-3-grams of the text, trained from public-domain Korean reviews and
adapted to shop reviews by ``installers/train_korean_sentiment.py`` (which says how).

A text's score is ``bias + sum(weight of each n-gram) / sqrt(number of n-grams)``; the
probability that it is positive is the logistic of that score, given here as ``2p - 1`` so that,
like VADER's compound, it runs from -1 (surely negative) to +1 (surely positive). Scores inside a
band around the middle, calibrated on reviews that gave 5 or 6 out of 10, are *neutral*.

The model is read once, on first use, in whichever process scores text; importing this module
costs nothing.
"""

from __future__ import annotations

import json
import logging
import math
import sys
import zlib
from array import array
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path

from .resources import resource_path

log = logging.getLogger(__name__)
MODEL_FILE = "korean_sentiment.bin"
NGRAMS = (1, 2, 3)


@lru_cache(maxsize=1024)
def _slices(size: int) -> tuple[slice, ...]:
    """Where the n-grams of a text of ``size`` characters lie. Cutting with these through
    ``map`` keeps the loop out of Python: scoring runs on every imported row."""
    return tuple(slice(i, i + n) for n in NGRAMS for i in range(size - n + 1))


def _clean(text: str) -> str:
    return " ".join(text.lower().split())


def grams(text: str) -> list[str]:
    """The character n-grams the model reads: lower case, runs of white space as one space."""
    text = _clean(text)
    return list(map(text.__getitem__, _slices(len(text))))


class Model:
    """Weights by n-gram, the bias, and the neutral band (on the -1..+1 scale)."""

    def __init__(self, weights: dict[str, float], bias: float, neutral: tuple[float, float]):
        self.weights = weights
        self.bias = bias
        self.neutral = neutral

    @classmethod
    def load(cls, path: Path) -> Model:
        """Read a model file: zlib-compressed, a JSON header line, then the weights (float32,
        little-endian) and the n-grams (UTF-8, one a line). Python's own zlib, json and array
        read it faster than numpy could be imported."""
        data = zlib.decompress(Path(path).read_bytes())
        header, rest = data.split(b"\n", 1)
        meta = json.loads(header)
        count = meta["count"]
        weights = array("f")
        weights.frombytes(rest[: 4 * count])
        if sys.byteorder == "big":
            weights.byteswap()
        keys = rest[4 * count :].decode("utf-8").split("\n")
        low, high = meta["neutral"]
        return cls(dict(zip(keys, weights, strict=True)), meta["bias"], (low, high))

    def save(self, path: Path) -> None:
        """Write the model file ``load`` reads (used by the training script)."""
        keys = list(self.weights)
        weights = array("f", (self.weights[k] for k in keys))
        if sys.byteorder == "big":
            weights.byteswap()
        header = {"format": 1, "count": len(keys), "bias": self.bias, "neutral": self.neutral}
        data = json.dumps(header).encode() + b"\n" + weights.tobytes()
        Path(path).write_bytes(zlib.compress(data + "\n".join(keys).encode("utf-8"), 9))

    def compound(self, text: str) -> float:
        """From -1 (surely negative) through 0 (can't tell) to +1 (surely positive)."""
        text = _clean(text)
        where = _slices(len(text))
        if not where:
            return 0.0
        found = map(text.__getitem__, where)
        z = self.bias + sum(map(self.weights.get, found, repeat(0.0))) / math.sqrt(len(where))
        # 2 * logistic(z) - 1, written so that a large |z| cannot overflow
        return math.tanh(z / 2)

    def label(self, compound: float) -> str:
        low, high = self.neutral
        if compound >= high:
            return "positive"
        if compound <= low:
            return "negative"
        return "neutral"


@cache
def model() -> Model | None:
    """The shipped model, read on first use and kept; None (Korean text stays unscored, as
    before the model came) when the installation lost or damaged the file."""
    path = resource_path(MODEL_FILE)
    try:
        return Model.load(path)
    except (OSError, ValueError, KeyError, zlib.error) as exc:
        log.error(
            "The Korean text model %s cannot be read (%s): Korean text stays unscored", path, exc
        )
        return None


def compound(text: str) -> float | None:
    found = model()
    return None if found is None else found.compound(text)


def label(compound: float) -> str:
    """The label of a stored reading. Without the model file (a damaged installation) a
    reading made before is labelled with VADER's cut-offs rather than lost."""
    found = model()
    if found is None:
        return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"
    return found.label(compound)


def sureness(compound: float) -> float:
    """How sure the model is of the label it leans to, 0.5 to 1.0 (the probability)."""
    return (1 + abs(compound)) / 2
