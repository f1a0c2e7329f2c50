"""Why a text scored as it did: :func:`explain`, one row per term with its rule and modifiers."""
from __future__ import annotations

import math

import pandas as pd

from toolkit.tone.engine import _core
from toolkit.tone.lexicon import load_lexicon
from toolkit.tone.methods import LABEL_CUTOFF, _label
from toolkit.tone.rules import ALPHA
from toolkit.tone.text import MAX_CHARS, _ascii, _check, _tokens

__all__ = ["explain"]

_COLUMNS = ["term", "contribution", "rule", "base", "multiplier", "position"]


def explain(text: str, lexicon=None, inflation: str = "target") -> pd.DataFrame:
    """Each term's contribution to a text's outlook score and the rule that produced it.

    Columns: ``term``, ``contribution`` (what it adds to the raw score), ``rule``
    (direction x valence, state, quantity/movement alone, with negation, intensifier, contrast,
    concession, hedge noted), ``base`` (tone before modifiers), ``multiplier``, ``position`` (token
    index). ``attrs`` holds the text's ``score``, ``label`` and ``raw`` sum. The rows are built from
    the same :class:`~toolkit.tone.details.Term` items as ``score_texts``'s ``terms``.

    >>> explain("Unemployment did not fall.")[["term", "contribution"]].values.tolist()
    [['unemployment fall', -0.75]]
    """
    lex = load_lexicon(lexicon, inflation)
    clean, reason = _check(text, MAX_CHARS)
    details = []
    raw = 0.0
    if clean is not None:
        res = _core(_tokens([_ascii(clean)], lex), lex, "full")
        raw, details = float(res[0][0]) if len(res[0]) else 0.0, (res[-1][0] if res[-1] else [])
    rows = [(t.term, t.contribution, t.rule, base, mult, position) for t, base, mult, position in details]
    out = pd.DataFrame(rows, columns=_COLUMNS)
    score = _squash(raw)
    out.attrs.update(score=score, label=_label(score, LABEL_CUTOFF["outlook"]), raw=raw, reason=reason)
    return out


def _squash(raw: float) -> float:
    return raw / math.sqrt(raw * raw + ALPHA)
