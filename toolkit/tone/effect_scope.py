"""A negated effect reaches the phrase it is an effect on: "the decline in rates has had no appreciable
effect in spurring borrowing", "the rebates had no noticeable impact on reducing inventories". A
negator reaches ``scope`` (3) tokens after it, which the words "appreciable effect in" use up, so the
movement the effect is denied on ("spurring borrowing") was read as happening. When the words right
after a negator are a noun of effect (:data:`NOUNS`), over at most :data:`GAP` words of the noun
phrase ("no appreciable", "little if any" are not needed), and a preposition of :data:`ON` right after it
("on", "in", "upon", "of": "incentives have offset the effects of high interest costs"), the negator's reach is counted from that preposition: the phrase after it is what the
effect is denied on, and its movement is negated. Negators with no such noun keep their reach
("no effect" alone, "not affected", "no change in sales").

Round 13 (negation scope, i13-r13b): a noun of evidence (:data:`SIGNS`) is read the same way: "factory
orders are not yet showing signs of a recovery", "there are no signs yet of a turnaround in sales",
"consumer spending is not showing any signs of improvement" deny the recovery, the turnaround, the
improvement; a "yet" may stand between the noun and its "of".

>>> from toolkit.tone import score_texts
>>> float(score_texts(["The rebates had no noticeable impact on raising consumer spending."]).loc[0, "score"]) < 0
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_HARD, F_SEP, F_SOFT

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _effect_phrase_end

#: the nouns of an effect
NOUNS = ("effect", "effects", "impact", "impacts", "influence", "bearing")
#: round 13: nouns of evidence ("no signs yet of a recovery"), read like the nouns of effect
SIGNS = ("signs", "sign", "evidence", "indication", "indications", "hint", "hints")
#: the same as the lexicon's phrases with their "of" (hedges of certainty: "signs of", "sign of")
SIGNS_OF = ("signs of", "sign of")
#: a word that may stand between a noun of evidence and its "of" ("no signs yet of")
YET = ("yet",)
#: the prepositions of what an effect is on or of ("offset the effects of high interest costs")
ON = ("on", "in", "upon", "of")
#: how many words may stand between the negator and the noun ("no appreciable effect")
GAP = 2
#: the lexicon needs ids for these words so that the rule can find them
WORDS = NOUNS + ON + SIGNS + YET


def _effect_phrase_end(t, neg_end: np.ndarray) -> np.ndarray:
    """Per negator (``neg_end``: the last token of each), the token its reach is counted from: the
    preposition after a noun of effect right after it ("no appreciable effect in"), else its own end."""
    lex, ids, n = t.lex, t.ids, t.n
    end = neg_end.copy()
    if not len(end) or n < 3:
        return end
    nouns, on, stop = lex.word_mask(NOUNS + SIGNS), lex.word_mask(ON), F_HARD | F_SOFT | F_SEP
    yet = lex.word_mask(YET)
    signs_of = lex.word_mask(tuple(i for w in SIGNS_OF if (i := lex.phrase_of.get(w)) is not None))
    open_ = np.ones(len(end), dtype=bool)
    for d in range(1, GAP + 2):
        p = neg_end + d
        inside = p + 1 < n
        tid = ids[np.minimum(p, n - 1)]
        prep = on[ids[np.minimum(p + 1, n - 1)]]
        late = ~prep & yet[ids[np.minimum(p + 1, n - 1)]] & on[ids[np.minimum(p + 2, n - 1)]] & (p + 2 < n)
        hit = open_ & inside & nouns[tid] & (prep | late)
        end[hit] = p[hit] + np.where(late[hit], 2, 1)
        whole = open_ & inside & signs_of[tid] & ~hit  # the phrase "signs of": its "of" inside it
        end[whole] = t.end_of(p[whole])
        hit |= whole
        open_ &= inside & ~hit & ~nouns[tid] & ((lex.flags[tid] & stop) == 0)
        open_ &= (lex.qcode[tid] < 0) & (lex.mdir[tid] == 0)
    return end
