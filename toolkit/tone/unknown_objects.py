"""A movement verb with an object the lexicon does not know moves that object, not the economy.

"The Desk has expanded its repurchase operations", "the Federal Reserve increased the size of its
swap lines": a movement verb right before a determiner ("its", "the", "their", "a") has an object,
and when that object is no quantity of the lexicon (the pairing found none) the movement says how
that thing changed: no tone alone (the small tone a movement word keeps alone is for "prices
rose" where the subject is elided, not for an unknown object). "Exports rose" keeps it; a quantity
after the determiner ("increased their investment") is paired before this step.

>>> from toolkit import score_texts
>>> float(score_texts(["The Desk has expanded its repurchase agreement operations."]).score.iloc[0])
0.0
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine calls _unknown_objects

#: the determiners that open an object noun phrase right after a verb
OPENERS = ("its", "their", "the", "a", "an", "this", "these", "those", "our")


def _unknown_objects(t, mlast: np.ndarray) -> np.ndarray:
    """Per unpaired movement word (its last token ``mlast``), whether a determiner follows right
    after it: the verb's object is a thing the lexicon does not know."""
    nxt = t.ids[np.minimum(mlast + 1, t.n - 1)]
    return t.lex.word_mask(OPENERS)[nxt] & (mlast + 1 < t.n)
