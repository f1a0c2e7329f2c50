"""The object of a verb is the verb's: a movement word before the verb does not reach past it.

"The strong dollar weighed on exports": "weighed on" takes its object, exports; "strong" before
the verb speaks of the subject (the dollar, no quantity of the lexicon) and must not pair with
exports across the verb. Once the pairing is done, a movement word paired forward with a quantity
that a transitive or holding verb between them (kinds ``transitive``, ``holds``) also takes as its
object is left unpaired: it keeps its tone alone. "Higher costs squeezed margins" is untouched
("higher" pairs with costs, before the verb).

>>> from toolkit import score_texts
>>> float(score_texts(["The strong dollar weighed on exports."]).score.iloc[0]) < 0
True
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from toolkit.tone.rules import FLAG, MODIFIERS

if TYPE_CHECKING:
    from toolkit.tone.pairing import _Words

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _claimed_objects

_OBJECT = sum(FLAG[m.kind] for m in MODIFIERS if m.clause in ("object", "object only"))


def _claimed_objects(t, w: "_Words") -> np.ndarray:
    """``w.qi`` with the forward pairs dropped whose quantity is the object of a verb between them."""
    qi = w.qi
    verb = ((t.lex.flags[w.mid] & _OBJECT) > 0) & (qi >= 0)
    if not verb.any():
        return qi
    vq = qi[verb]
    obj = verb.copy()
    obj[verb] = w.qpos[vq] > w.mlast[verb]  # the verb takes the quantity after it: its object
    if not obj.any():
        return qi
    vpos, vqi = w.mpos[obj], qi[obj]
    order = np.argsort(vqi, kind="stable")
    vpos, vqi = vpos[order], vqi[order]
    paired = np.flatnonzero((qi >= 0) & ~obj)
    paired = paired[w.qpos[qi[paired]] > w.mlast[paired]]  # forward pairs of the other movement words
    if not len(paired):
        return qi
    # the verbs that take the same quantity: is one of them between the movement word and it?
    lo, hi = np.searchsorted(vqi, qi[paired]), np.searchsorted(vqi, qi[paired], side="right")
    last = vpos[np.maximum(hi - 1, 0)]  # the verbs of one quantity, by position within it
    between = (hi > lo) & (last > w.mpos[paired])
    qi = qi.copy()
    qi[paired[between]] = -1
    return qi
