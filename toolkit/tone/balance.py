"""Balanced risks in the outlook scorer: a balance word said of a risk cancels the risk's tone.

"The risks to growth are roughly equal", "... to keep the risks to the attainment of both sustainable
growth and price stability roughly in balance": risks in balance name no side, so the risk head and
the balance word both count nothing, whatever else reaches one of them (a purpose "to keep", an
intention "should be kept"). The clause rule "balance" of :data:`toolkit.tone.rules.MODIFIERS`,
called by :func:`toolkit.tone.clauses._apply_modifiers`. Position arrays only.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _in_sorted
from toolkit.tone.rules import FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _balanced_risks

_HEDGES = sum(FLAG[m.kind] for m in MODIFIERS if m.counts == "uncertainty")


def _balanced_risks(t, u, m, seg_u, com_u, mult):
    """"balance": a balance word ("roughly equal", "in balance", "balanced") after a risk head (a
    quantity alone with a bad tone that is also a hedge: "risks", "upside and downside risks") in the
    same sentence multiplies by the factor the tone of the last such head before it and its own. A
    balance word right before a quantity ("risks to balanced growth") qualifies that quantity and
    cancels nothing. Returns (reached, the balance word's position per unit)."""
    marks = t.marks(FLAG[m.kind])
    if not len(marks):
        return None
    lex = t.lex
    nxt = np.minimum(t.end_of(marks) + 1, t.n - 1)
    after = np.minimum(nxt + 1, t.n - 1)
    plain = ~lex.active[t.ids[nxt]] & ~lex.prep_mask[t.ids[nxt]] & ~lex.determiner_mask[t.ids[nxt]]
    marks = marks[(lex.qcode[t.ids[nxt]] < 0) & ~(plain & (lex.qcode[t.ids[after]] >= 0))]
    risk = (u.kind == 2) & (u.base < 0) & ((lex.flags[t.ids[u.anchor]] & _HEDGES) > 0)
    heads = np.flatnonzero(risk)
    if not len(marks) or not len(heads):
        return None
    # per balance word, the last risk head before it in its sentence
    j = np.searchsorted(u.anchor[heads], marks) - 1
    h = heads[np.maximum(j, 0)]
    ok = (j >= 0) & (seg_u[h] == t.seg(marks))
    reached = np.zeros(len(u.anchor), dtype=bool)
    where = np.zeros(len(u.anchor), dtype=np.int64)
    reached[h[ok]], where[h[ok]] = True, marks[ok]
    own = (u.kind == 3) & _in_sorted(u.anchor, marks[ok])
    reached |= own
    where[own] = u.anchor[own]
    if not reached.any():
        return None
    mult[reached] *= m.factor
    return reached, where
