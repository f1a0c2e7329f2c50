"""A contrast clause with no subject of its own: "the unemployment rate has moved up but remains low".

After a contrast word, "remains low" carries the subject of the clause before it over the contrast
word (:func:`toolkit.tone.subjects._subjectless` pairs them). The clause before the contrast word
then speaks of the same quantity, and it is conceded like an "although" clause: the level the
quantity remains at is the news (guidelines rule 6: the clause after the connective decides). The
clause rule "elided" of :data:`toolkit.tone.rules.MODIFIERS` weighs the tone of that conceded clause
(from the carried subject to the contrast word, in one comma clause) down once more, on top of the
contrast factor; what comes before the subject ("stable growth with inflation pressure moderated but
remaining high"), and sentences whose clause after the contrast word has its own subject ("sales
rose, but exports fell"), keep the contrast factor alone.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["The unemployment rate has moved up but remains low.",
...                  "The unemployment rate has moved up but hiring remains solid."])["score"]
>>> bool(s[0] > 0.1), bool(s[1] > 0.1)
(True, True)
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_SOFT, FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _elided_contrast

_CONTRAST = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "later")


def _carried_subjects(t, u, ct: np.ndarray) -> np.ndarray:
    """Per contrast word of ``ct``, the position of the subject a pair carries over it (its quantity
    before the contrast word, in the same sentence, its movement word after it, as ``_subjectless``
    pairs them), or -1 when no pair crosses it."""
    pair = (u.kind == 0) & (u.other >= 0)
    q, mv = u.other[pair], u.anchor[pair]
    k = np.searchsorted(ct, mv) - 1  # the last contrast word before the movement word
    ok = (k >= 0) & (q < ct[np.maximum(k, 0)]) & (t.seg(q) == t.seg(mv))
    subject = np.full(len(ct), -1, dtype=np.int64)
    subject[k[ok]] = q[ok]
    return subject


def _elided_contrast(t, u, m, seg_u, com_u, mult):
    """"elided": the tone units from the carried subject to the contrast word whose clause after it has
    no subject of its own, in one comma clause, are multiplied by the factor (on top of the contrast
    factor)."""
    ct = t.marks(_CONTRAST)
    if not len(ct) or not len(u.anchor):
        return None
    subject = _carried_subjects(t, u, ct)
    if (subject < 0).all():
        return None
    nxt = np.searchsorted(ct, u.anchor)  # the first contrast word after each unit
    k = np.minimum(nxt, len(ct) - 1)
    c = ct[k]
    comma_before = (t.lex.flags[t.ids[np.maximum(c - 1, 0)]] & F_SOFT) > 0
    edge = np.where(comma_before, c - 2, c - 1)
    ok = (nxt < len(ct)) & (subject[k] >= 0) & (u.lo >= subject[k]) & (u.hi < c) & (t.seg(c) == seg_u)
    ok &= t.com(np.maximum(edge, 0)) == com_u
    mult[ok] *= m.factor
    return ok, c
