"""Signs of a figure in the outlook scorer: "positive" or "negative" said of a rate or a price reading.

"Real interest rates remained significantly positive", "negative real interest rates", "the real
interest rate remains at positive levels", "headline inflation is likely to turn negative": the word
gives the sign of a number, not a judgement of the economy (guidelines rule 10: rates, yields and
other levels quoted without an evaluation are no news; prices follow the inflation rule through their
movement words, not through the sign). The clause rule "sign" of :data:`toolkit.tone.rules.MODIFIERS`,
called by :func:`toolkit.tone.clauses._apply_modifiers`. Position arrays only.

A sign word's state tone is multiplied by the factor when the nearest quantity of its comma clause
and sentence is a level (lexicon kind ``level``: interest rates, yields, credit) or a price quantity
(kind ``inflation``) that it is said of: the last one before it, with only plain words between ("rates
remained significantly positive"), or the one right after it ("negative real interest rates").
"Positive news", "a negative impact on growth", "growth turned negative", "credit quality trends are
positive", "a positive for the industry" keep their tone.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _in_sorted
from toolkit.tone.lexicon import INFL, LEVEL
from toolkit.tone.rules import F_HARD, F_SEP, F_SOFT, FLAG

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _signs_of_figures

AHEAD = 2  #: "negative real interest rates": the quantity at most this many tokens after the sign word


def _inside_phrases(t) -> np.ndarray:
    """Per token, whether it is a later word of a lexicon phrase (the "to" of "likely to")."""
    inside = np.zeros(t.n + 1, dtype=np.int64)
    if t.last is not None:
        starts = np.flatnonzero(t.last > np.arange(t.n))
        inside[starts + 1] += 1  # phrases do not overlap: no index twice in either line
        inside[t.last[starts] + 1] -= 1
    return np.cumsum(inside)[:t.n] > 0


def _plain(t, p, inside) -> np.ndarray:
    """Per position, whether the token there is no content word: a function word, determiner, linking
    verb ("remained"), number or unit, a lexicon word with no tone of its own ("likely to",
    "significantly"), or a later word of a phrase (``inside``)."""
    lex, tid = t.lex, t.ids[p]
    tone = (lex.qcode[tid] >= 0) | (lex.mdir[tid] != 0) | ~np.isnan(lex.state[tid])
    known = lex.function_mask[tid] | lex.determiner_mask[tid] | lex.linking_mask[tid] | lex.active[tid]
    return (known & ~tone) | inside[p]


def _said_of(t, lo, hi, inside) -> np.ndarray:
    """Per pair, whether every token strictly between positions ``lo`` and ``hi`` is plain (``_plain``)."""
    ok = hi - lo <= 8
    for d in range(1, 8):
        at = np.minimum(lo + d, t.n - 1)
        ok &= (at >= hi) | _plain(t, at, inside)
    return ok


def _signs_of_figures(t, u, m, seg_u, com_u, mult):
    """"sign": a sign word ("positive", "negative") said of a level or a price quantity gives the sign of
    a figure: its state tone is multiplied by the factor. Said of means: predicative after the quantity,
    at most ``scope`` tokens later with only plain words between ("rates remained significantly
    positive") and no content word right after the sign word ("had a negative impact"), no determiner
    right before it ("a positive for the industry"); or attributive, right before the quantity over at
    most AHEAD words ("negative real interest rates"). Returns (reached, the sign word's position per
    unit), or None."""
    signs = t.marks(FLAG[m.kind])
    if not len(signs):
        return None
    lex = t.lex
    own = (u.kind == 3) & _in_sorted(u.anchor, signs)
    quantities = t.quantities()
    if not own.any() or not len(quantities):
        return None
    a = u.anchor[own]
    a_end = t.end_of(a)
    j = np.searchsorted(quantities, a) - 1
    before = quantities[np.maximum(j, 0)]
    b_end = t.end_of(before)
    nxt = np.minimum(a_end + 1, t.n - 1)
    inside = _inside_phrases(t)
    closing = _plain(t, nxt, inside) | ((lex.flags[t.ids[nxt]] & (F_HARD | F_SOFT | F_SEP)) > 0)
    nominal = lex.determiner_mask[t.ids[np.maximum(a - 1, 0)]]
    ok_before = (j >= 0) & (b_end >= a - m.scope) & closing & ~nominal & _said_of(t, b_end, a, inside)
    k = np.minimum(np.searchsorted(quantities, a, side="right"), len(quantities) - 1)
    after = quantities[k]
    ok_after = (after > a_end) & (after - a_end <= AHEAD + 1)
    q = np.where(ok_before, before, after)
    found = (ok_before | ok_after) & (t.seg(q) == t.seg(a)) & (t.com(q) == t.com(a))
    code = lex.qcode[t.ids[q]]
    found &= (code == LEVEL) | (code == INFL)
    reached = np.zeros(len(u.anchor), dtype=bool)
    where = np.zeros(len(u.anchor), dtype=np.int64)
    idx = np.flatnonzero(own)[found]
    reached[idx], where[idx] = True, a[found]
    if not reached.any():
        return None
    mult[reached] *= m.factor
    return reached, where
