"""Two movements of one subject joined by "or" / "and": "retail sales in most areas were unchanged or fell
modestly", "commodity prices remained largely stable or declined further".

The Beige Book sums up its districts' reports in one predicate with two readings. The second movement
word is often further from the subject than the pairing window reaches, and then counted alone ("fell"
of nothing: a small bad tone) instead of moving the subject. :func:`_coordinated` gives a movement word
left without a quantity the quantity of the movement word right before "or" / "and" (over
intensifiers and "then" on either side: "rose slightly and then fell", "were flat or even declined"),
when both are in the same comma clause. A movement word followed by a verb of its own ("declines
were reported") is a noun with a clause of its own and is left alone, and so is "more" / "less"
after the join, an amount ("the sales rate has declined by half or more").

>>> from toolkit.tone import explain
>>> explain("Retail sales in most areas were unchanged or fell modestly.")["term"].tolist()
['retail sales unchanged', 'retail sales fell']
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _coordinated

#: the words that join the two movements
JOINS = ("or", "and")
#: words skipped between a movement word and the join ("then", "even"), besides intensifiers
SKIPPED = ("then", "even", "also")
#: verbs after a movement word that make it a noun with a clause of its own ("declines were reported")
VERBS = ("was", "were", "is", "are", "has", "have", "had")
#: comparatives that after "or" give an amount ("by half or more", "10 percent or less")
AMOUNTS = ("more", "less", "fewer")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = JOINS + SKIPPED + VERBS + AMOUNTS


def _skip_back(t, p: np.ndarray) -> np.ndarray:
    """``p`` moved back over up to two intensifiers or skipped words ("or even declined")."""
    lex = t.lex
    for _ in range(2):
        tid = t.ids[np.maximum(p, 0)]
        skip = (p > 0) & ((lex.ival[tid] != 1.0) | lex.word_mask(SKIPPED)[tid])
        p = np.where(skip, p - 1, p)
    return p


def _coordinated(t, w) -> np.ndarray:
    """``w.qi`` with each movement word left unpaired after "or" / "and" given the quantity of the
    last movement word before the join, when that one is paired."""
    lex = t.lex
    k = np.flatnonzero(w.qi < 0)
    if not len(k) or len(w.mpos) < 2:
        return w.qi
    join = _skip_back(t, w.mpos[k] - 1)
    joined = (join > 0) & lex.word_mask(JOINS)[t.ids[np.maximum(join, 0)]]
    k, join = k[joined], join[joined]
    if not len(k):
        return w.qi
    j = np.searchsorted(w.mpos, join) - 1  # the last movement word before the join
    before = w.mlast[np.maximum(j, 0)]
    ok = (j >= 0) & (w.qi[np.maximum(j, 0)] >= 0)
    ok &= (t.com(w.mpos[k]) == t.com(before)) & (t.seg(w.mpos[k]) == t.seg(before))
    ok &= ~lex.word_mask(VERBS)[t.ids[np.minimum(w.mlast[k] + 1, t.n - 1)]]
    ok &= ~lex.word_mask(AMOUNTS)[w.mid[k]]  # "declined by half or more": an amount, not a movement
    qi = w.qi.copy()
    qi[k[ok]] = w.qi[j[ok]]
    return qi
