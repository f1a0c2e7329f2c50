"""A movement verb with an object the lexicon does not know moves that object, not the economy.

"The Desk has expanded its repurchase operations", "the Federal Reserve increased the size of its
swap lines": a movement verb right before a determiner ("its", "the", "their", "a") has an object,
and when that object is no quantity of the lexicon (the pairing found none) the movement says how
that thing changed: no tone alone (the small tone a movement word keeps alone is for "prices
rose" where the subject is elided, not for an unknown object). "Exports rose" keeps it; a quantity
after the determiner ("increased their investment") is paired before this step; a verb of effect
(kinds ``transitive``, ``holds``: "warm weather boosted their business") keeps its sign.

>>> from toolkit import score_texts
>>> float(score_texts(["The Desk has expanded its repurchase agreement operations."]).score.iloc[0])
0.0
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.engine calls _unknown_objects

_OBJECT = sum(FLAG[m.kind] for m in MODIFIERS if m.clause in ("object", "object only"))

#: the determiners that open an object noun phrase right after a verb
OPENERS = ("its", "their", "the", "a", "an", "this", "these", "those", "our")


def _unknown_objects(t, mpos: np.ndarray, mlast: np.ndarray) -> np.ndarray:
    """Per unpaired movement word (at ``mpos``, its last token ``mlast``), whether a determiner
    follows right after it: the verb's object is a thing the lexicon does not know."""
    nxt = t.ids[np.minimum(mlast + 1, t.n - 1)]
    effect = (t.lex.flags[t.ids[mpos]] & _OBJECT) > 0  # "boosted their business": a verb of effect keeps its sign
    return t.lex.word_mask(OPENERS)[nxt] & (mlast + 1 < t.n) & ~effect
