"""Quantities that name where a movement started: "the economy recovered from the recession", "output
rebounded after the contraction in the second quarter", "exports expanded, a turnaround from the
contraction of the previous year", "the economy is expected to expand next year, following the
recession this year". The recession is the starting point of the sentence's movement, not news of its
own (guidelines rule 1: the movement decides), like a movement word or a state word there
(:func:`toolkit.tone.pairing._origins`, :mod:`toolkit.tone.origin_states`, whose test for a starting
point this module reuses: "after" and "following" always name an earlier time, "from" only right after
a movement; "the industry suffered from the recession" names a cause and keeps its tone).

Only quantities with a tone of their own (an event or a state: recession, contraction, slowdown,
crisis, recovery) are starting points; a plain quantity after "from" is a source ("a boost from tax
rebates", "increases coming from new store openings").

Two steps: :func:`_origin_objects` (of :func:`toolkit.tone.pairing._pair_movements`) unpairs a
movement from such a quantity after it ("turnaround ... contraction" is no rise of the contraction)
and gives it the quantity before it, its subject, when that one is near enough ("sales of metals have
cooled from very strong growth" is sales cooling);
:func:`_origin_quantities` (of :func:`toolkit.tone.engine._units`) marks the ones left unpaired, which
then count no tone alone. A quantity that moves itself ("after the recession deepened") keeps its pair.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import WINDOW
from toolkit.tone.since_times import _since_events

__all__: list[str] = []  # internal: toolkit.tone.pairing and toolkit.tone.engine call these


def _origin_quantities(t, qpos: np.ndarray) -> np.ndarray:
    """Per quantity at ``qpos``, whether it is the first word after an origin word that names a starting
    point ("recovered from the recession", "following the recession").

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["The economy recovered from the recession."]).loc[0, "score"]) > 0.5
    True
    """
    from toolkit.tone.origin_states import _origin_states  # here: origin_states imports toolkit.tone.pairing

    event = t.lex.qalone[t.ids[qpos]] != 0  # "the recession", not "tax rebates" ("a boost from tax rebates")
    out = np.zeros(len(qpos), dtype=bool)
    out[event] = _origin_states(t, qpos[event])
    return out


def _origin_objects(t, w) -> np.ndarray:
    """Per movement word of ``w`` (a :class:`toolkit.tone.pairing._Words`), its quantity index, -1
    where the quantity stands after it and names where the movement started ("a turnaround from the
    contraction": the turnaround moves nothing it names)."""
    qi = w.qi
    ahead = np.flatnonzero((qi >= 0) & (w.qpos[np.maximum(qi, 0)] > w.mpos))
    if not len(ahead):
        return qi
    start = _origin_quantities(t, w.qpos[qi[ahead]])
    start |= _since_events(t, w.qpos[qi[ahead]])  # "the biggest drop since the crisis"
    k = ahead[start]
    out = qi.copy()
    prev = qi[k] - 1  # the quantity before the movement, its subject ("sales ... cooled from strong growth")
    near = (prev >= 0) & (w.qlast[np.maximum(prev, 0)] < w.mpos[k])
    p = np.maximum(prev, 0)
    near &= (w.mpos[k] - w.qlast[p] <= WINDOW) & (t.seg(w.qpos[p]) == t.seg(w.mpos[k])) \
        & (t.com(w.qpos[p]) == t.com(w.mpos[k]))
    out[k] = np.where(near, prev, -1)
    return out
