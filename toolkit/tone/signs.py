"""Signs of a figure in the outlook scorer: "positive" or "negative" said of a rate or a price reading.

"Real interest rates remained significantly positive", "negative real interest rates", "the real
interest rate remains at positive levels", "headline inflation is likely to turn negative": the word
gives the sign of a number, not a judgement of the economy (guidelines rule 10: rates, yields and
other levels quoted without an evaluation are no news; prices follow the inflation rule through their
movement words, not through the sign). The clause rule "sign" of :data:`toolkit.tone.rules.MODIFIERS`,
called by :func:`toolkit.tone.clauses._apply_modifiers`. Position arrays only.

A sign word's state tone is multiplied by the factor when the nearest quantity of its comma clause
and sentence is a level (lexicon kind ``level``: interest rates, yields, credit) or a price quantity
(kind ``inflation``): the last one ending at most ``scope`` tokens before it ("rates remained
significantly positive") unless a noun follows the sign word ("a negative impact"), or else the first one
starting at most two tokens after it ("negative real interest rates"). "Positive news", "a negative impact
on growth", "growth turned negative" keep their tone.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.lexicon import INFL, LEVEL
from toolkit.tone.rules import FLAG

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _signs_of_figures

AHEAD = 2  #: "negative real interest rates": the quantity at most this many tokens after the sign word


def _signs_of_figures(t, u, m, seg_u, com_u, mult):
    """"sign": a sign word ("positive", "negative") whose nearest quantity in its comma clause is a
    level or a price quantity says the sign of a figure: its state tone is multiplied by the factor.
    Looking back, the sign word must be said of the quantity, not of a noun right after it ("oil prices
    had a negative impact" keeps its tone). Returns (reached, the sign word's position per unit), or None."""
    signs = t.marks(FLAG[m.kind])
    if not len(signs):
        return None
    lex = t.lex
    own = (u.kind == 3) & np.isin(u.anchor, signs)
    if not own.any():
        return None
    quantities = t.pos[lex.qcode[t.tid] >= 0]
    if not len(quantities):
        return None
    a = u.anchor[own]
    j = np.searchsorted(quantities, a) - 1
    before = quantities[np.maximum(j, 0)]
    nxt = t.ids[np.minimum(t.end_of(a) + 1, t.n - 1)]  # "a negative impact": the sign word qualifies a noun
    attributive = ~lex.active[nxt] & ~lex.function_mask[nxt] & ~lex.determiner_mask[nxt] & (lex.flags[nxt] == 0)
    ok_before = (j >= 0) & (t.end_of(before) >= a - m.scope) & ~attributive
    k = np.minimum(np.searchsorted(quantities, a, side="right"), len(quantities) - 1)
    after = quantities[k]
    ok_after = (after > t.end_of(a)) & (after - t.end_of(a) <= AHEAD + 1)
    q = np.where(ok_before, before, after)
    found = ok_before | ok_after
    found &= (t.seg(q) == t.seg(a)) & (t.com(q) == t.com(a))
    found &= np.isin(lex.qcode[t.ids[q]], (LEVEL, INFL))
    reached = np.zeros(len(u.anchor), dtype=bool)
    where = np.zeros(len(u.anchor), dtype=np.int64)
    idx = np.flatnonzero(own)[found]
    reached[idx], where[idx] = True, a[found]
    if not reached.any():
        return None
    mult[reached] *= m.factor
    return reached, where
