"""Sentence evidence and weights of one release, by the tone package's aggregation rule."""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__: list[str] = []


def _evidence(scores: pd.DataFrame | None, n: int) -> tuple[np.ndarray, np.ndarray]:
    if scores is None or n == 0:
        return np.zeros(n), np.zeros(n)
    return (scores["positive"].astype(float).fillna(0.0).to_numpy(),
            scores["negative"].astype(float).fillna(0.0).to_numpy())


def _denominator(pos: np.ndarray, neg: np.ndarray) -> float:
    """Σ(positive + negative) + k: the denominator of ``toolkit.sentiment.aggregate_tone``."""
    from toolkit.sentiment import TONE_K

    return float(pos.sum() + neg.sum()) + TONE_K
