"""Two readings of a noun phrase for the pairing (round 13, report style and company news, i13-r13c):

* :func:`_before_figure`: a figure between the determiner and a movement noun keeps the noun a movement
  noun ("the year-on-year decline in profits narrowed", "the 5 percent decline in exports narrowed"),
  so :func:`toolkit.tone.pairing._pace_words` reads the pace word after it as it does without the figure;
* :func:`_participle_before_noun`: a movement word after "and" / "with" that opens a noun phrase moves
  the quantity the phrase ends in ("weak demand and rising raw material costs": the costs rise), used by
  :func:`toolkit.tone.pairing._nearest_quantity`.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["The year-on-year decline in profits narrowed.",
...                  "The company was hit by weak demand and rising raw material costs."])["score"]
>>> bool(s[0] > 0.1), bool(s[1] < -0.1)
(True, True)
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _phrase_start
from toolkit.tone.rules import FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.pairing calls these

_FILLERS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "filler")
_NAMED_GOOD = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "named good")


def _before_figure(t, p: np.ndarray) -> np.ndarray:
    """The id at ``p``, or before the figure (numbers and units, at most three) that ends at ``p``
    ("the year-on-year decline in profits narrowed", "the 5 percent decline": the determiner before
    the figure, round 13)."""
    for _ in range(3):
        start = _phrase_start(t.last, p)
        fill = ((t.lex.flags[t.ids[start]] & _FILLERS) > 0) & (start > 0)
        p = np.where(fill, start - 1, p)
    return t.ids[p]


def _participle_before_noun(t, w, q: np.ndarray) -> np.ndarray:
    """Per movement word, whether it opens a noun phrase after a conjunction ("and", "with") that ends
    in the quantity ``q`` after it, with only words without a role or named goods between ("weak
    demand and rising raw material costs", "higher lumber costs": the costs rise, not the demand;
    round 13)."""
    before = t.ids[np.maximum(w.mpos - 1, 0)]
    goods = t.marks(_NAMED_GOOD)  # "rising lumber costs": a named good names the kind of costs
    roles = np.searchsorted(t.pos, q) - np.searchsorted(t.pos, w.mlast + 1)
    roles -= np.searchsorted(goods, q) - np.searchsorted(goods, w.mlast + 1)
    return t.lex.conjunction_mask[before] & (roles == 0) & (q > w.mlast + 1)
