"""State words that name where a movement started: "tapered from the improved levels of May", "slowed
from its solid rate", "stabilized after deteriorating for months", "a pickup after a disappointing
February". Like a movement word there (:func:`toolkit.tone.pairing._origins`), such a state word is
the starting point of the sentence's movement, not a state of its own.

"after" and "following" always name an earlier time; "from" names a starting point only when a
movement (or a word that says a quantity held still) stands right before it, at most
:data:`FROM_REACH` tokens: "farmers benefited from favorable weather", "the industry continues to
suffer from severe overcapacity" name a cause, and the state keeps its tone.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.pairing import _ORIGIN, _origins

__all__: list[str] = []  # internal: the engine calls _origin_states

#: how far before "from" its movement may stand ("slowed some from the robust pace")
FROM_REACH = 3


def _origin_states(t, spos: np.ndarray) -> np.ndarray:
    """Per state word at ``spos``, whether it names where a movement started (see the module)."""
    marks = t.marks(_ORIGIN)
    if not len(marks) or not len(spos):
        return np.zeros(len(spos), dtype=bool)
    lex = t.lex
    is_from = t.ids[marks] == lex.ids.get("from", -1)
    moved = np.zeros(len(marks), dtype=bool)
    for k in range(1, FROM_REACH + 1):
        before = np.maximum(marks - k, 0)
        moved |= (marks - k >= 0) & (lex.mdir[t.ids[before]] != 0) & (t.seg(before) == t.seg(marks))
    # a figure right before "from" is where the movement ended ("swung to a profit of EUR 4.5 mn from a
    # loss of EUR 2.1 mn"): what follows is where it started (round 13, company news)
    before = np.maximum(marks - 1, 0)
    moved |= (marks >= 1) & lex.figure_mask[t.ids[before]] & (t.seg(before) == t.seg(marks))
    return _origins(t, spos, marks[~is_from | moved])
