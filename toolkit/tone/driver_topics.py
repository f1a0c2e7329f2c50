"""A quantity named as what something drives: "domestic demand will remain the key driver of growth",
"exports are the main source of growth", "consumption was the largest contributor to growth".

A noun of cause (:data:`CAUSE_NOUNS`: driver, engine, source, contributor, determinant) with "of" /
"to" names the quantity after it, said without a determiner, as a topic ("the key driver of growth"),
the way "the foundation for recovery" does
(:func:`toolkit.tone.topics._aims`): the sentence says what moves the quantity, not how the quantity
stands, so the quantity does not count alone (a movement still pairs with it). With a determiner the
quantity is an event that happened and keeps its tone ("the main driver of the slowdown", "of the
recovery"). Guidelines rule 1: tone comes from a movement or a state of what is read, and a
topic named is neither.

:func:`_driver_topics` is a step of the engine's units, beside the other "does not count alone"
tests: per quantity, over at most ``REACH`` words without a role or levels before it ("credit
expansion"; not a determiner), whether "of" / "to" comes right before and a cause noun right before that.
Position arrays only.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Domestic demand will remain the key driver of growth."]).loc[0, "score"])
0.0
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import KINDS

__all__: list[str] = []  # internal: toolkit.tone.engine calls _driver_topics

LEVEL = KINDS.index("level")  # as in toolkit.tone.lexicon (which imports this module for WORDS)

#: nouns that name what moves a quantity
CAUSE_NOUNS = ("driver", "drivers", "engine", "engines", "source", "sources", "contributor", "contributors",
               "determinant", "determinants")
#: the prepositions between the cause noun and its quantity
CAUSE_PREPS = ("of", "to")
#: at most this many words (determiners, words without a role, levels) between the preposition and the quantity
REACH = 2
#: the lexicon needs ids for these words so that the rule can find them
WORDS = CAUSE_NOUNS + CAUSE_PREPS


def _driver_topics(t, qpos: np.ndarray) -> np.ndarray:
    """Per quantity at ``qpos``, whether a cause noun and "of" / "to" name it (see the module)."""
    lex = t.lex
    if not len(qpos) or not all(w in lex.ids for w in CAUSE_PREPS):
        return np.zeros(len(qpos), dtype=bool)
    p = np.maximum(qpos - 1, 0)
    for _ in range(REACH):  # "of domestic growth", "of credit expansion"; never over a determiner
        tid = t.ids[p]
        over = (~lex.active[tid] & ~lex.function_mask[tid]) | (lex.qcode[tid] == LEVEL)
        p = np.where(over & (p > 1), p - 1, p)
    prep = lex.word_mask(CAUSE_PREPS)[t.ids[p]] & (p > 0) & (p < qpos)
    return prep & lex.word_mask(CAUSE_NOUNS)[t.ids[np.maximum(p - 1, 0)]]
