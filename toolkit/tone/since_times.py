"""Events after "since" name a time: "exports recorded their biggest drop since the 2009 crisis",
"unemployment fell to its lowest level since the recession", "profits have recovered since the
downturn". The crisis, the recession or the pandemic is where the comparison starts (report style:
"the highest since 2019", "the first decline since the pandemic"), not news of its own and not what
the movement moves, like an event after "after" or "following"
(:mod:`toolkit.tone.origin_quantities`, which calls :func:`_since_events`).

Only events (a quantity with a tone of its own: crisis, recession, pandemic, slump) count, and only
when "since" stands before them with at most :data:`GAP` words without a role between (a determiner, a
year, "financial", "global"): "since demand weakened" (a plain quantity) and "since weak demand weighed
on output" (a state word between) keep their reading, so the causal "since" loses nothing.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Exports recorded their biggest drop since the 2009 crisis."]).loc[0, "score"]) < 0
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.origin_quantities calls _since_events

_FILLERS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "filler")  # numbers and units: "2009"

#: how many words without a role may stand between "since" and the event ("since the 2009 global crisis")
GAP = 3


def _since_events(t, qpos: np.ndarray) -> np.ndarray:
    """Per quantity at ``qpos``, whether it is an event (a quantity with a tone of its own) with
    "since" before it in its sentence over at most :data:`GAP` words without a role (see the module)."""
    since = t.lex.ids.get("since")
    out = np.zeros(len(qpos), dtype=bool)
    if since is None or not len(qpos):
        return out
    event = t.lex.qalone[t.ids[qpos]] != 0  # "the crisis", not "since gasoline prices have risen"
    open_ = np.ones(len(qpos), dtype=bool)  # only words without a role met so far, going back
    seg = t.seg(qpos)
    for d in range(1, GAP + 2):
        p = qpos - d
        inside = p >= 0
        pc = np.maximum(p, 0)
        tid = t.ids[pc]
        inside &= t.seg(pc) == seg
        hit = open_ & inside & event & (tid == since)
        out |= hit
        open_ &= inside & ~hit & (~t.lex.active[tid] | ((t.lex.flags[tid] & _FILLERS) > 0))
    return out
