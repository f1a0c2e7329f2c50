"""Good news said to fall short of hopes: "only slowly", "only modestly" beside an improvement.

"The unemployment rate will decline only slowly", "growth picked up only modestly", "employment has
increased only gradually": "only" before a small degree says the improvement is smaller than hoped
for, so the sentence reports a disappointment (guidelines rule 1 read with its qualifier). A tone
unit of good news (positive base tone) within ``scope`` tokens of such a phrase, in its comma
clause, is multiplied by the factor (-0.5, with the phrase's own intensifier value below 1: a
disappointment is smaller news than the improvement it falls short of). Bad news is only diminished ("unemployment rose only
slightly": small bad news). The clause rule "short of hopes" of
:data:`toolkit.tone.rules.MODIFIERS`. Position arrays only.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["The unemployment rate will decline only slowly."]).loc[0, "score"]) < 0
True
>>> float(score_texts(["Unemployment rose only slightly."]).loc[0, "score"]) < 0
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _short_of_hopes


def _short_of_hopes(t, u, m, seg_u, com_u, mult):
    """"short of hopes": the good-news units next to an "only" phrase (within ``m.scope`` tokens after
    the unit's last word or before its first, same sentence and comma clause) are multiplied by the
    factor. Returns (reached, where) for the notes, or None."""
    mk = t.marks(FLAG[m.kind])
    if not len(mk) or not len(u.anchor):
        return None
    ends = t.end_of(mk)
    k_after = np.minimum(np.searchsorted(mk, u.hi, side="right"), len(mk) - 1)  # first phrase after
    k_before = np.maximum(np.searchsorted(ends, u.lo) - 1, 0)  # last phrase ending before
    after = (mk[k_after] > u.hi) & (mk[k_after] - u.hi <= m.scope)
    before = (ends[k_before] < u.lo) & (u.lo - ends[k_before] <= m.scope)
    at = np.where(after, mk[k_after], mk[k_before])
    ok = (after | before) & (u.base > 0) & (t.seg(at) == seg_u) & (t.com(at) == com_u)
    if not ok.any():
        return None
    mult[ok] *= m.factor
    return ok, at
