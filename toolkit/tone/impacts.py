"""Verbs of effect in the outlook scorer: "could affect", "may influence" said of a good quantity.

"Risks that could affect the pace of the global recovery", "the yen's appreciation might not be
conducive to the recovery": a verb that says something may act on a quantity without naming a
direction is a threat when its object is a quantity whose rise is good news (growth, recovery,
exports: lexicon kind ``good``), so it is read like "hinder" (kind ``holds`` and ``down``: the object
is held back). Said of prices ("oil prices could affect inflation"), of a bad quantity ("could affect
unemployment") or of a level, the same verb names no direction: the pair is multiplied by the factor
(0, no news). The clause rule "good only" of :data:`toolkit.tone.rules.MODIFIERS`, called by
:func:`toolkit.tone.clauses._apply_modifiers`. Position arrays only.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Tensions could affect the recovery."]).loc[0, "score"]) < 0
True
>>> float(score_texts(["Oil prices could affect inflation."]).loc[0, "score"])
0.0
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.lexicon import GOOD
from toolkit.tone.rules import FLAG

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _effect_on_good


def _effect_on_good(t, u, m, seg_u, com_u, mult):
    """"good only": a pair whose movement word is a verb of effect ("could affect") keeps its tone when
    the quantity is a good one; any other quantity (prices, a bad quantity, a level) makes it no news:
    the pair is multiplied by the factor. Returns (reached, where) for the notes, or None."""
    if not len(t.marks(FLAG[m.kind])):
        return None
    pairs = u.kind == 0
    effect = pairs & ((t.lex.flags[t.ids[u.anchor]] & FLAG[m.kind]) > 0)
    ok = effect & (t.lex.qcode[t.ids[np.maximum(u.other, 0)]] != GOOD)
    if not ok.any():
        return None
    mult[ok] *= m.factor
    return ok, u.anchor
