"""The clause after "but" decides, and so does the main clause against a concession (guidelines rule 6).

The contrast row of :data:`toolkit.tone.rules.MODIFIERS` halves the tone before a contrast word, so
"sales and profits rose, and hiring increased, but exports fell" still sums to good news (three
halves against one fall). Rule 6 says the clause after the connective decides. So, per sentence
(between hard marks . ; : ! ?) with a contrast word: when the tone of the comma clause its last
contrast word opens is not zero and the tone before it (already halved) is of the other sign and at least half as large,
the units before are scaled down so that they count at most half the tone after: the sentence takes
the sign of its last clause. A "but" clause with no tone ("... but the outlook is uncertain" with
no tone word) decides nothing. The clause rule "decides" of :data:`toolkit.tone.rules.MODIFIERS`,
applied after the others (it reads their products). Position arrays only.

The same holds for a concession ("although", "while", "despite": kind ``concession``, whose comma
clause counts a quarter): "although unemployment rose and output fell, the recovery has begun" is
good news, the main clause decides wherever it stands. Per sentence, when the tone outside the
conceded comma clauses is not zero and the conceded tone is of the other sign and more than half
as large, the conceded units are scaled to count at most half of it (clause rule "main decides").

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Sales and profits rose, and hiring increased, but exports fell."]).loc[0, "score"]) < 0
True
>>> float(score_texts(["Although unemployment rose and output fell, the recovery has begun."]).loc[0, "score"]) > 0
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.contrast_next import _joined
from toolkit.tone.relatives import _clause_of
from toolkit.tone.rules import F_HARD, F_SEP, F_SOFT, FLAG

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _contrast_decides

#: the most the tone before the contrast may count, as a share of the tone after it
SHARE = 0.5


def _outweighed(seg_u, contrib, weak, strong, mult):
    """Scale the ``weak`` units of each sentence so that their sum counts at most ``SHARE`` of the
    opposite sum of its ``strong`` units; returns the units scaled."""
    n_seg = int(seg_u.max()) + 1
    sw = np.bincount(seg_u[weak], weights=contrib[weak], minlength=n_seg)
    ss = np.bincount(seg_u[strong], weights=contrib[strong], minlength=n_seg)
    over = (ss != 0) & (sw * ss < 0) & (np.abs(sw) > SHARE * np.abs(ss))
    f = np.ones(n_seg)
    f[over] = SHARE * np.abs(ss[over]) / np.abs(sw[over])
    ok = weak & over[seg_u]
    mult[ok] *= f[seg_u[ok]]
    return ok


def _concession_decides(t, u, m, seg_u, com_u, mult):
    """"main decides": scale the units of a concession's comma clause (``FLAG['concession']``: the last
    concession word before the unit, same sentence and comma clause) so that their sum is at most
    ``SHARE`` of the opposite tone of the rest of the sentence. Returns (reached, where)."""
    mk = t.marks(FLAG["concession"])
    if not len(mk) or not len(u.anchor):
        return None
    j = np.searchsorted(t.end_of(mk), u.anchor) - 1
    at = mk[np.maximum(j, 0)]
    conceded = (j >= 0) & (t.seg(at) == seg_u) & (_clause_of(t, at) == _clause_of(t, u.anchor))
    if not conceded.any():
        return None
    has = np.zeros(int(seg_u.max()) + 1, dtype=bool)
    has[seg_u[conceded]] = True
    ok = _outweighed(seg_u, u.base * mult, conceded, ~conceded & has[seg_u], mult)
    return (ok, at) if ok.any() else None


def _contrast_decides(t, u, m, seg_u, com_u, mult):
    """"decides": scale the units before a sentence's last contrast word (``FLAG['contrast']``) so
    that their sum is at most ``SHARE`` of the opposite tone after it. A sentence whose hard mark is
    followed by a contrast word ("weak; nonetheless, ...") is one group with the next (round 13,
    :func:`toolkit.tone.contrast_next._joined`), and the clause after a contrast word starts after
    the comma that may follow it ("; however, inflation ..."). Returns (reached, where)."""
    mk = t.marks(FLAG["contrast"])
    if not len(mk) or not len(u.anchor):
        return None
    group = _joined(t, mk)
    grp_u = group[seg_u]
    last_seg = np.searchsorted(group, grp_u, side="right") - 1  # the group's last sentence
    seg_end = np.append(t.hard, t.n)[last_seg]
    nxt = np.searchsorted(mk, u.anchor, side="right")  # contrast words at or before the unit
    before = np.searchsorted(mk, seg_end) > nxt  # a contrast word later in its group
    prev = mk[np.maximum(nxt - 1, 0)]
    # in the clause the group's last contrast word opens (to the next comma): "..., but is still
    # sticky, and growth ..." decides nothing by the list item after it
    # a contrast word opening its sentence ("; however, ...") opens the clause after its comma; one
    # between commas inside a clause ("prices rose, however, limiting profits") is an adverb: no
    comma = (t.lex.flags[t.ids[np.minimum(t.end_of(prev) + 1, t.n - 1)]] & F_SOFT) > 0
    comma &= (prev == 0) | ((t.lex.flags[t.ids[np.maximum(prev - 1, 0)]] & (F_HARD | F_SEP)) > 0)
    opened = (t.com(prev) == com_u) | (comma & (t.com(prev) + 1 == com_u))
    after = ~before & (nxt > 0) & (group[t.seg(prev)] == grp_u) & opened
    if not before.any() or not after.any():
        return None
    ok = _outweighed(grp_u, u.base * mult, before, after, mult)
    if not ok.any():
        return None
    last = mk[np.maximum(np.searchsorted(mk, seg_end) - 1, 0)]  # the group's last contrast word
    return ok, last
