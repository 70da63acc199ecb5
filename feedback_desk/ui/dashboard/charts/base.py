"""What every part of a chart shares: its sizes, a series of values, and small helpers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QPen

BAR_WIDTH = 0.7
ELIDE_AT = 24  # characters of a category label on a horizontal chart
LABEL_GAP = 14  # pixels kept free between two category labels along the bottom axis
EXPORT_MIN_WIDTH = 1600
GRID_ALPHA = 0.16
BAND_ALPHA = 51  # about 20 % of 255
MOST_POINT_LABELS = 16  # more points than this and their labels would crowd each other
CLICK_SLOP = 5  # pixels the mouse may move between press and release of a click


@dataclass(frozen=True)
class Series:
    """One coloured set of values, one per category; None means no value there."""

    key: str
    name: str
    color: str
    values: Sequence[float | None]
    dashed: bool = False


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """A colour between a and b."""
    keep = 1.0 - share_of_b
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * share_of_b,
        a.greenF() * keep + b.greenF() * share_of_b,
        a.blueF() * keep + b.blueF() * share_of_b,
    )


def elide(text: str) -> str:
    """A long label cut to about ELIDE_AT characters."""
    return text if len(text) <= ELIDE_AT else text[: ELIDE_AT - 1].rstrip() + "…"


def as_array(values: Sequence[float | None], n: int, what: str) -> np.ndarray:
    """Values as floats, NaN where there is none; ValueError when the count is wrong."""
    if len(values) != n:
        raise ValueError(f"{what} has {len(values)} values for {n} categories")
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def set_pen(item, pen: QPen) -> None:
    """Give a line or an error bar item a new pen."""
    if isinstance(item, pg.ErrorBarItem):
        item.setData(pen=pen)
    else:
        item.setPen(pen)


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, stop) of each run of True in mask."""
    padded = np.concatenate(([False], mask, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))
