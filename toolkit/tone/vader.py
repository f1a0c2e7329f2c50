"""The ``vader`` baseline: vaderSentiment's compound score, labelled with the usual +/-0.05 cut-offs."""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from toolkit.tone.methods import LABEL_CUTOFF, _label
from toolkit.tone.text import _checked

__all__: list[str] = []  # internal: score_texts(method="vader") calls _score_vader


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _score_vader(texts, max_chars: int) -> list:
    analyzer, cut = _vader(), LABEL_CUTOFF["vader"]
    rows = []
    for text, clean, reason in _checked(texts, max_chars):
        if clean is None:
            rows.append((text, 0.0, "neutral", 0.0, 0.0, np.nan, pd.NA, [], reason))
            continue
        s = analyzer.polarity_scores(clean)
        rows.append((text, s["compound"], _label(s["compound"], cut), s["pos"], s["neg"], np.nan, pd.NA,
                     [], reason))
    return rows
