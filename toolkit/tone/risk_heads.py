"""Risk and worry as the head that moves: "concerns among contacts in several districts about the
durability of demand eased", "uncertainty about the path of the global economy abated" (guidelines
rule 1 and rule 7: risks, uncertainty, concerns and tensions are bad-direction quantities; less of
them is good news, more bad news).

:func:`toolkit.tone.pairing._head_nouns` hands a movement after a head noun's phrase back to the head
("uncertainty about the outlook has risen") when the head's phrase before the quantity nearest the
movement is at most ``HEAD_GAP`` tokens. What a worry is about is often longer: a phrase with a
second preposition and a determiner and an adjective ("about the path of the global economy").
For the heads named here (:data:`CONCERN_HEADS`), the phrase may be up to :data:`CONCERN_GAP`
tokens, and "concerning" opens it too ("uncertainty concerning the recovery eased"; after other
heads it is left alone: "concerning" is also an adjective); everything else of the hand-back (a preposition right after the head, same clause, no
relative word between, a carrier keeps its movement) is unchanged.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Uncertainty about the path of the global economy abated."]).loc[0, "score"]) > 0.1
True
>>> float(score_texts(["Doubts concerning the durability of the recovery have grown."]).loc[0, "score"]) < -0.1
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG, HEAD_GAP, MODIFIERS

#: the verbs that move their object, not their subject (kinds ``transitive``, ``holds``)
_OBJECT_VERBS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause in ("object", "object only"))

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _head_gap, _head_prep, _unpaired_to_concern

#: round 13 (risk and uncertainty, i13-r13b): heads whose topic phrase may be long
CONCERN_HEADS = ("uncertainty", "uncertainties", "risk", "risks", "downside risks", "downside risk",
                 "downward risks", "downward risk", "risks to the downside", "concerns", "concern", "fears",
                 "fear", "worries", "worry", "doubts", "tensions", "tension", "strains", "volatility")
#: the longest phrase between such a head and the quantity before the movement ("among contacts in
#: several districts about the durability of": 10)
CONCERN_GAP = 10


def _head_gap(t, w, h: np.ndarray, q: np.ndarray, gap: np.ndarray) -> np.ndarray:
    """Per head noun ``h`` and quantity ``q`` after it (indices of ``w.qpos``) with ``gap`` tokens
    between them, whether the gap is short enough for the hand-back: at most ``HEAD_GAP``, or at
    most :data:`CONCERN_GAP` after a head of :data:`CONCERN_HEADS` when the phrase between them
    holds no movement word and no "and" / "or" (a predicate ends the topic: "risks in the banking
    sector rose sharply and growth picked up")."""
    ok = gap <= HEAD_GAP
    long = ~ok & (gap <= CONCERN_GAP) & t.lex.word_mask(CONCERN_HEADS)[w.qid[h]]
    if long.any():
        a, b = w.qlast[h[long]], w.qpos[q[long]]
        moves = np.searchsorted(w.mpos, b) - np.searchsorted(w.mpos, a, side="right")
        conj = np.zeros(len(a), dtype=bool)
        for k in range(1, CONCERN_GAP + 1):  # a fixed number of gathers over the few long phrases
            at = np.minimum(a + k, t.n - 1)
            conj |= (a + k < b) & t.lex.conjunction_mask[t.ids[at]]
        ok[long] = (moves == 0) & ~conj
    return ok


#: a preposition that opens the topic phrase of these heads only
CONCERN_PREPOSITIONS = ("concerning",)
#: more words after which a movement word is a noun, no verb of a worry head ("tilted toward weakness")
NOUN_BEFORE = ("toward", "towards", "into", "from", "by", "with", "amid", "despite", "than")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = CONCERN_PREPOSITIONS + NOUN_BEFORE


def _head_prep(lex, head_ids: np.ndarray, next_ids: np.ndarray) -> np.ndarray:
    """Per head noun (lexicon ids) and the word right after it (``next_ids``), whether that word opens
    the head's own phrase: a preposition of the hand-back, or "concerning" after a head of
    :data:`CONCERN_HEADS`."""
    own = lex.word_mask(CONCERN_HEADS)[head_ids] & lex.word_mask(CONCERN_PREPOSITIONS)[next_ids]
    return lex.prep_mask[next_ids] | own


#: how far a movement with no quantity of its own may stand after a worry head's topic phrase: the
#: phrase (:data:`CONCERN_GAP`) and a verb group before the movement ("should", "has been")
CONCERN_REACH = CONCERN_GAP + 3


def _unpaired_to_concern(t, w) -> np.ndarray:
    """``w.qi`` with each movement word that pairs with no quantity handed to a worry head before it
    whose topic phrase holds no quantity ("the uncertainty over the possible end of the benign global
    environment for emerging economies should decrease": the uncertainty decreases): the head of
    :data:`CONCERN_HEADS` is the last quantity before the movement, a preposition opens its phrase
    right after it, at most :data:`CONCERN_REACH` tokens lie between them, in one sentence and comma
    clause, with no movement word and no "and" / "or" between."""
    qi = w.qi
    free = np.flatnonzero(qi < 0)
    if not len(free) or not len(w.qpos):
        return qi
    lex = t.lex
    j = np.searchsorted(w.qpos, w.mpos[free]) - 1
    h = np.maximum(j, 0)
    a, b = w.qlast[h], w.mpos[free]
    ok = (j >= 0) & (a < b) & (b - a - 1 <= CONCERN_REACH) & lex.word_mask(CONCERN_HEADS)[w.qid[h]]
    ok &= _head_prep(lex, w.qid[h], t.ids[np.minimum(a + 1, t.n - 1)])
    ok &= (t.seg(a) == t.seg(b)) & (t.com(a) == t.com(b))
    moves = np.searchsorted(w.mpos, b) - np.searchsorted(w.mpos, a, side="right")
    ok &= moves == 0
    if not ok.any():
        return qi
    conj = np.zeros(len(free), dtype=bool)
    rel = np.zeros(len(free), dtype=bool)  # "risks to the system that could impede ...": its own clause
    for k in range(1, CONCERN_REACH + 1):  # a fixed number of gathers over the few candidates
        at = np.minimum(a + k, t.n - 1)
        conj |= (a + k < b) & lex.conjunction_mask[t.ids[at]]
        rel |= (a + k < b) & lex.relative_mask[t.ids[at]]
    ok &= ~conj & ~rel
    # a verb of the head: not a movement noun ("weighted toward weakness": the side of the risks) and
    # not a verb that moves only its object ("risks that could impede the attainment of the goals")
    before = t.ids[np.maximum(b - 1, 0)]
    ok &= ~(lex.prep_mask[before] | lex.determiner_mask[before] | lex.word_mask(NOUN_BEFORE)[before])
    ok &= (lex.flags[w.mid[free]] & _OBJECT_VERBS) == 0
    qi = qi.copy()
    qi[free[ok]] = h[ok]
    return qi
