"""A movement noun in a quantity's own phrase is that quantity's topic, not its movement.

"Fears of a decline", "concerns about a deterioration in business conditions", "expectations of
higher inflation": the movement word right after the quantity's preposition (and a determiner) is
what the fear, concern or expectation is about. Pairing it back with the quantity before the
preposition reads "fears of a decline" as fears declining, good news. So a movement word paired
with the quantity before it, when only a preposition and at most one determiner stand between them,
is left unpaired: it keeps its own tone, or pairs on with a quantity after it when the pairing
finds one there first ("a decline in sales" is read before this step). "Uncertainty about the
outlook has risen" (the movement after the phrase), "unemployment to fall" ("to" of a verb) and
"sales continued at a strong pace" (the quantity's own level) are untouched.

>>> from toolkit import score_texts
>>> float(score_texts(["There are fears of a decline."]).score.iloc[0]) < 0
True
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from toolkit.tone.pairing import _Words

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _feared_movements

#: the prepositions that open what a quantity is about ("fears of", "concerns about"); not "at" ("sales
#: continued at a strong pace": the quantity's own level), nor "to" ("unemployment to fall": a verb)
TOPIC_PREPOSITIONS = ("of", "about", "over", "regarding", "concerning", "surrounding")


def _feared_movements(t, w: "_Words") -> np.ndarray:
    """``w.qi`` with the backward pairs dropped whose movement word is the object of the quantity's
    preposition ("fears of a decline": a preposition, then at most one determiner, between them)."""
    qi = w.qi
    back = np.flatnonzero(qi >= 0)
    back = back[w.qlast[qi[back]] < w.mpos[back]]
    if not len(back):
        return qi
    lex, ids = t.lex, t.ids
    end, m = w.qlast[qi[back]], w.mpos[back]
    gap = m - end - 1
    prep = lex.word_mask(TOPIC_PREPOSITIONS)[ids[np.minimum(end + 1, t.n - 1)]]
    det = lex.determiner_mask[ids[np.minimum(end + 2, t.n - 1)]]
    topic = prep & ((gap == 1) | ((gap == 2) & det))
    if not topic.any():
        return qi
    qi = qi.copy()
    qi[back[topic]] = -1
    return qi
