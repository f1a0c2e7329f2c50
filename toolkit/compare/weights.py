"""Sentence evidence and weights of a release, by the tone package's aggregation rule.

The one place ``toolkit.compare`` states that rule (``toolkit.tone.aggregate_tone``: net
evidence over total evidence plus ``TONE_K``): per-sentence weights for tone_shift and theme_tone,
and the vectorised tone of bootstrap draws for timeline. Tests hold both equal to the tone
package's ``sentence_weights`` and ``aggregate_tone``.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__: list[str] = []


def _evidence(scores: pd.DataFrame | None, n: int) -> tuple[np.ndarray, np.ndarray]:
    if scores is None or n == 0:
        return np.zeros(n), np.zeros(n)
    return (scores["positive"].astype(float).fillna(0.0).to_numpy(),
            scores["negative"].astype(float).fillna(0.0).to_numpy())


def _weights(pos: np.ndarray, neg: np.ndarray) -> tuple[np.ndarray, float]:
    """Each sentence's contribution to its release's tone, and the denominator they share.

    The tone package's aggregation rule (``toolkit.tone.aggregate_tone`` and
    ``sentence_weights``): sentence *i* contributes ``(positive_i − negative_i) /
    (Σ positive + Σ negative + TONE_K)``, so the weights sum to the release's tone. The
    denominator is computed here as ``aggregate_tone`` computes it (the two sums, then ``+ k``);
    ``sentence_weights`` is not called because it adds ``positive + negative`` row by row inside a
    pandas group-by, which rounds differently in the last bit for about a third of the FOMC
    statements, and tone_shift/theme_tone outputs must stay as they were. A test holds the two
    equal to 1e-12, so a change of the rule in the tone package shows up there.
    """
    from toolkit.tone import TONE_K

    denominator = float(pos.sum() + neg.sum()) + TONE_K
    return (pos - neg) / denominator, denominator


def _tone_of_sums(p: np.ndarray, n: np.ndarray) -> np.ndarray:
    """``aggregate_tone`` of many resamples at once, given each one's summed evidence:
    ``(p − n) / (p + n + TONE_K)``.

    ``aggregate_tone`` scores one resample per call; calling it for each of timeline's ``n_boot``
    draws of every release made timeline three times slower on the FOMC statements (0.5 s ->
    1.6 s), so the bootstrap uses this vectorised form of the same rule. A test holds the two equal.
    """
    from toolkit.tone import TONE_K

    return (p - n) / (p + n + TONE_K)
