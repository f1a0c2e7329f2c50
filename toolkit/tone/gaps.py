"""A gap between two quantities: "the gap between supply and demand widened", "the gap between actual
and potential output narrowed". The movement is the gap's, not the last quantity's: a gap (lexicon kind
``bad``: "gap", "output gap") that widens is bad news and one that narrows or closes is good news,
whatever the two sides are (guidelines rule 1: a bad-direction quantity going up is negative). Without
this, the movement pairs with the nearest quantity before it, the second side ("demand widened"), and
reads as good news.

:func:`_gap_heads` is a step of :func:`toolkit.tone.pairing._pair_movements`, after the head nouns: a
movement paired with a quantity before it is handed back to a gap noun when the gap stands right before
"between" and the quantity is a side of the "between X and Y" phrase (an "and" comes before it, no
relative word or hard mark between). A gap between levels ("the gap between lending and deposit
rates", "the spread between the two yields") stays with the level and is no news (guidelines rule 10).
The sides of a gap name what it is between and count no tone alone (:func:`_gap_sides`, a filter of
:func:`toolkit.tone.engine._units`). Position arrays only: the gap nouns are looked up among the
quantities with the lexicon's cached mask.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.lexicon import LEVEL

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _gap_heads

#: the gap nouns: lexicon quantities that stand for the distance between two others
GAP_NOUNS = ("gap", "gaps", "output gap", "negative output gap")
#: a side of the gap at most this many tokens after "between" ("between actual and potential output")
BETWEEN_REACH = 8


def _gap_heads(t, w) -> np.ndarray:
    """Per movement word of ``w`` (a :class:`toolkit.tone.pairing._Words`), the index of the quantity
    it pairs with, handed back to a gap noun before "between" when its quantity is a side of that
    gap (see the module).

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["The gap between supply and demand widened."]).loc[0, "score"]) < 0
    True
    """
    lex, qi = t.lex, w.qi
    between, conj = lex.ids.get("between"), lex.ids.get("and")
    ids = [lex.phrase_of.get(g, lex.ids.get(g)) for g in GAP_NOUNS]
    gap = lex.word_mask([i for i in ids if i is not None])[w.qid]
    if between is None or not gap.any():
        return qi
    heads = np.flatnonzero(gap & (t.ids[np.minimum(w.qlast + 1, t.n - 1)] == between))
    move = np.flatnonzero((qi >= 0) & (w.qpos[np.maximum(qi, 0)] < w.mpos))
    if not len(heads) or not len(move):
        return qi
    q = qi[move]
    k = np.searchsorted(heads, q) - 1  # the last gap noun before the quantity
    g = heads[np.maximum(k, 0)]
    start = w.qlast[g] + 1  # "between"
    side = (k >= 0) & (w.qpos[q] - start <= BETWEEN_REACH) & (lex.qcode[w.qid[q]] != LEVEL)
    side &= (t.seg(w.qpos[g]) == t.seg(w.mpos[move])) & (t.com(w.qpos[g]) == t.com(w.mpos[move]))
    side &= _no_relative(t, start, w.mpos[move]) & _and_before(t, start, w.mpos[move], conj)
    out = qi.copy()
    out[move[side]] = g[side]
    return out


def _no_relative(t, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair a < b (at most ``BETWEEN_REACH`` + 8 apart), whether no relative word ("that",
    "which") stands in [a, b): "the gap between them shows that demand rose" is demand's movement."""
    ok = b - a <= BETWEEN_REACH + 8
    for d in range(BETWEEN_REACH + 8):
        at = np.minimum(a + d, t.n - 1)
        ok &= (a + d >= b) | ~t.lex.relative_mask[t.ids[at]]
    return ok


def _and_before(t, a: np.ndarray, b: np.ndarray, conj) -> np.ndarray:
    """Per pair a < b, whether an "and" stands in (a, b), at most ``BETWEEN_REACH`` after a: the
    phrase is "between X and Y", not "between them" and a verb."""
    found = np.zeros(len(a), dtype=bool)
    if conj is None:
        return found
    for d in range(1, BETWEEN_REACH + 1):
        found |= (a + d < b) & (t.ids[np.minimum(a + d, t.n - 1)] == conj)
    return found


def _gap_sides(t, qpos: np.ndarray) -> np.ndarray:
    """Per quantity at ``qpos``, whether it is a side of a gap ("the risk of a continuing gap between
    the growth of demand and potential supply"): it names what the gap is between, no news alone.
    Within ``BETWEEN_REACH`` tokens after the "between" right after a gap noun, in its comma clause."""
    lex = t.lex
    between = lex.ids.get("between")
    out = np.zeros(len(qpos), dtype=bool)
    if between is None or not len(qpos):
        return out
    ids = [lex.phrase_of.get(g, lex.ids.get(g)) for g in GAP_NOUNS]
    quantities = t.quantities()
    gaps = quantities[lex.word_mask([i for i in ids if i is not None])[t.ids[quantities]]]
    opens = t.end_of(gaps) + 1
    opens = opens[(opens < t.n) & (t.ids[np.minimum(opens, t.n - 1)] == between)]  # sorted: gaps are
    if not len(opens):
        return out
    j = np.searchsorted(opens, qpos) - 1
    b = opens[np.maximum(j, 0)]
    out = (j >= 0) & (qpos > b) & (qpos - b <= BETWEEN_REACH)
    return out & (t.seg(b) == t.seg(qpos)) & (t.com(b) == t.com(qpos))
