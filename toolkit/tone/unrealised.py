"""What did not happen: "fears of a recession did not materialise", "earlier signs of a significant
slowdown were not confirmed", "the expected recovery failed to materialise". The negation stands after
what it negates, so the negator rule (which reaches forward, up to three tokens) misses it: the feared
recession would count as bad news and the expected recovery as good news. Guidelines rule 9: negation
flips the movement ("has not yet recovered" is -1).

The clause rule "subject negated" of :data:`toolkit.tone.rules.MODIFIERS`, called by
:func:`toolkit.tone.clauses._apply_modifiers`: a phrase of kind ``unrealised`` multiplies the tone
units before it, at most ``scope`` tokens back, in its sentence and comma clause and after the last
contrast or concession word before it, by the factor (the negator's). Units after it keep their tone.
Position arrays only.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _unrealised

_TURNS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "later" or m.kind == "concession")


def _unrealised(t, u, m, seg_u, com_u, mult):
    """"subject negated": the units before an ``unrealised`` phrase (see the module).

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["Fears of a recession did not materialise."]).loc[0, "score"]) > 0
    True
    """
    from toolkit.tone.clauses import _after  # here: clauses imports this module

    mk = t.marks(FLAG[m.kind])
    if not len(mk):
        return None
    j = np.searchsorted(mk, u.hi, side="left")  # the first phrase after the unit ends
    jc = np.clip(j, 0, len(mk) - 1)
    ok = (j < len(mk)) & (mk[jc] > u.hi) & (mk[jc] - u.hi <= m.scope)
    ok &= (t.seg(mk[jc]) == seg_u) & (t.com(mk[jc]) == com_u)
    turns = t.marks(_TURNS)
    ok &= _after(turns, u.lo) == _after(turns, mk[jc])  # "although growth rose, fears did not materialise"
    mult[ok] *= m.factor
    return ok, mk[jc]
