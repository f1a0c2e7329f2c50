"""A pace word used as a transitive verb moves its object: "higher interest rates slowed demand",
"the strong currency slowed exports", "tighter credit moderated spending growth". Without this rule the
pace word after a movement ("higher ... slowed") is read as that movement's pace ("rates rose more
slowly") and the quantity after it, the verb's object, is left unmoved.

:func:`_object_taken` is used by :func:`toolkit.tone.pairing._pace_words`: a pace word whose next
token starts the quantity it pairs with (``qi``) has an object, so it is no pace word of the movement
before it and keeps its pair ("slowed demand" is demand slowed: bad news). A pace word followed by
anything else ("grew more slowly", "the rise in prices moderated in May", "slowed to 2 percent"), or
by a carrier ("slower growth in health-care costs": the phrase's quantity moves), is left to the pace
reading. Position arrays only: the object is found by a lookup of the next position.
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _object_taken


def _object_taken(t, w, k: np.ndarray):
    """Per pace word ``k`` (indices into the movement words of ``w``), whether the token right after
    it starts a quantity, a transitive use with an object, and that quantity's index (-1: none).

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["Higher interest rates slowed demand."]).loc[0, "score"]) < 0
    True
    >>> float(score_texts(["Higher interest rates slowed."]).loc[0, "score"]) == 0
    True
    """
    obj = np.full(len(k), -1)
    if not len(k) or not len(w.qpos):
        return obj >= 0, obj
    nxt = w.mlast[k] + 1
    at = np.minimum(np.searchsorted(w.qpos, nxt), len(w.qpos) - 1)
    found = (w.qpos[at] == nxt) & (t.com(np.minimum(nxt, t.n - 1)) == t.com(w.mpos[k]))
    found &= ~t.lex.carrier_mask[w.qid[at]]  # "slower growth in costs": the carrier's phrase moves (carriers)
    obj[found] = at[found]
    return found, obj
