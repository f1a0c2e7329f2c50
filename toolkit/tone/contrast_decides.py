"""The clause after "but" decides (guidelines rule 6), even against two or three facts before it.

The contrast row of :data:`toolkit.tone.rules.MODIFIERS` halves the tone before a contrast word, so
"sales and profits rose, and hiring increased, but exports fell" still sums to good news (three
halves against one fall). Rule 6 says the clause after the connective decides. So, per sentence
(between hard marks . ; : ! ?) with a contrast word: when the tone after its last contrast word is
not zero and the tone before it (already halved) is of the other sign and at least half as large,
the units before are scaled down so that they count at most half the tone after: the sentence takes
the sign of its last clause. A "but" clause with no tone ("... but the outlook is uncertain" with
no tone word) decides nothing. The clause rule "decides" of :data:`toolkit.tone.rules.MODIFIERS`,
applied after the others (it reads their products). Position arrays only.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Sales and profits rose, and hiring increased, but exports fell."]).loc[0, "score"]) < 0
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _contrast_decides

#: the most the tone before the contrast may count, as a share of the tone after it
SHARE = 0.5


def _contrast_decides(t, u, m, seg_u, com_u, mult):
    """"decides": scale the units before a sentence's last contrast word (``FLAG['contrast']``) so
    that their sum is at most ``SHARE`` of the opposite tone after it. Returns (reached, where)."""
    mk = t.marks(FLAG["contrast"])
    if not len(mk) or not len(u.anchor):
        return None
    seg_end = np.append(t.hard, t.n)[seg_u]
    nxt = np.searchsorted(mk, u.anchor, side="right")  # contrast words at or before the unit
    before = np.searchsorted(mk, seg_end) > nxt  # a contrast word later in its sentence
    prev = mk[np.maximum(nxt - 1, 0)]
    after = ~before & (nxt > 0) & (t.seg(prev) == seg_u)  # after the sentence's last contrast word
    if not before.any() or not after.any():
        return None
    contrib = u.base * mult
    n_seg = int(seg_u.max()) + 1
    sb = np.bincount(seg_u[before], weights=contrib[before], minlength=n_seg)
    sa = np.bincount(seg_u[after], weights=contrib[after], minlength=n_seg)
    over = (sa != 0) & (sb * sa < 0) & (np.abs(sb) > SHARE * np.abs(sa))
    f = np.ones(n_seg)
    f[over] = SHARE * np.abs(sa[over]) / np.abs(sb[over])
    ok = before & over[seg_u]
    if not ok.any():
        return None
    mult[ok] *= f[seg_u[ok]]
    last = mk[np.maximum(np.searchsorted(mk, seg_end) - 1, 0)]  # the sentence's last contrast word
    return ok, last
