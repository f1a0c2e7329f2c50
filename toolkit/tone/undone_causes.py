"""Causes that are undone: "growth strengthened, reflecting a reversal of the temporary factors that had
weighed on growth", "spending picked up with the fading of the effects that held back demand".

A relative clause ("that had weighed on growth") says what the factors did; a noun of undoing before
them (:data:`UNDOING`: reversal, unwinding, fading, dissipation, waning, abatement, ebbing, followed
by "of") says that this is over: the movement in the clause is the news turned around (no longer
weighing on growth is good news), like a negation. :func:`_undone_causes` makes the "that" / "which"
of such a clause a negator mark when it stands at most :data:`REACH` tokens after the "of", in the
same comma clause, with no movement word, quantity or other relative word between (in "a reversal of
the decline in exports" the noun phrase holds a movement of its own and is left as it is). The
negation then reaches the tone words right after it (``MODIFIERS`` "negation"); explain names it
"negation 'that'". Position arrays over the few trigger positions only.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Growth picked up, reflecting a reversal of the factors that had weighed on "
...                    "spending."])["score"][0]) > 0.5
True
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout adds these marks to the negators

#: nouns that say a cause is over, each followed by "of"
UNDOING = ("reversal", "reversals", "unwinding", "fading", "dissipation", "waning", "abatement", "ebbing")
#: the relative words that open what the cause did
RELATIVES = ("that", "which")
#: how many tokens after "of" the relative word may stand
REACH = 6
#: the lexicon needs ids for these words so that the rule can find them
WORDS = UNDOING + RELATIVES + ("of",)


def _undone_causes(t) -> np.ndarray:
    """Positions of the "that" / "which" opening what an undone cause did (sorted; see the module)."""
    lex = t.lex
    p = t.triggers.at(UNDOING) if getattr(t, "triggers", None) is not None else \
        np.flatnonzero(lex.word_mask(UNDOING)[t.ids])
    last = t.n - 1
    p = p[(p < last) & (t.ids[np.minimum(p + 1, last)] == lex.ids["of"])]
    if not len(p):
        return p
    rel = lex.word_mask(RELATIVES)
    found = np.full(len(p), -1, dtype=np.int64)
    open_ = np.ones(len(p), dtype=bool)  # no movement, quantity or relative word met yet
    for d in range(2, REACH + 2):
        q = np.minimum(p + d, last)
        tid = t.ids[q]
        same = (p + d <= last) & (t.seg(q) == t.seg(p)) & (t.com(q) == t.com(p))
        hit = open_ & same & rel[tid] & (found < 0)
        found = np.where(hit, q, found)
        open_ &= same & ~rel[tid] & (lex.mdir[tid] == 0) & (lex.qcode[tid] < 0)
    return np.unique(found[found >= 0])
