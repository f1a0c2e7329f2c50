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

from toolkit.tone.rules import HEAD_GAP

__all__: list[str] = []  # internal: toolkit.tone.pairing._head_nouns calls _head_gap and _head_prep

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
#: the lexicon needs ids for these words so that the rule can find them
WORDS = CONCERN_PREPOSITIONS


def _head_prep(lex, head_ids: np.ndarray, next_ids: np.ndarray) -> np.ndarray:
    """Per head noun (lexicon ids) and the word right after it (``next_ids``), whether that word opens
    the head's own phrase: a preposition of the hand-back, or "concerning" after a head of
    :data:`CONCERN_HEADS`."""
    own = lex.word_mask(CONCERN_HEADS)[head_ids] & lex.word_mask(CONCERN_PREPOSITIONS)[next_ids]
    return lex.prep_mask[next_ids] | own
