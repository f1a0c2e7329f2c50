"""A concession set off by commas between a subject and its predicate: "Uncertainty, while still
elevated, has diminished", "The unemployment rate, though lower, remains elevated", "Commercial
real estate markets, though still tight, have cooled" (guidelines rule 6: the main clause decides,
wherever the concession stands; here the main clause is the subject before the commas with the
predicate after them).

:func:`_subject_around_concession` is a step of :func:`toolkit.tone.pairing._pair_movements`, after
the subjects carried over "but" and a concession (:mod:`toolkit.tone.subjects`): a concession word
(kind ``concession``) right after a comma that follows a quantity, whose comma clause closes with
a comma at most :data:`CLAUSE_LEN` tokens on, hands that quantity to the movement word after the
closing comma when only linking words ("has", "remains", "have been") stand between them (as
:func:`toolkit.tone.subjects._linked`) and the movement does not already pair with a quantity after
it. The concession's own movement stays with the concession, counted a quarter. Position arrays
and ``searchsorted`` only.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Uncertainty, while still elevated, has diminished."]).loc[0, "score"]) > 0.1
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_SOFT, FLAG
from toolkit.tone.subjects import _linked

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _subject_around_concession

_CONCESSION = FLAG["concession"]
#: round 13 (contrast, i13-r13b): the longest concession between its two commas ("while still
#: somewhat elevated by historical standards")
CLAUSE_LEN = 8


def _subject_around_concession(t, w) -> np.ndarray:
    """``w.qi`` with the predicate after a concession between commas paired with the subject before
    it (see the module)."""
    qi = w.qi
    cons = t.marks(_CONCESSION)
    if not len(cons) or not len(w.qpos) or not len(t.soft):
        return qi
    lex, ids = t.lex, t.ids
    cons = cons[(cons > 1) & ((lex.flags[ids[np.maximum(cons - 1, 0)]] & F_SOFT) > 0)]
    s = np.searchsorted(w.qlast, cons - 2)  # the subject: a quantity ending right before the comma
    sc = np.minimum(s, len(w.qpos) - 1)
    cons, subj = cons[(s < len(w.qpos)) & (w.qlast[sc] == cons - 2)], sc[(s < len(w.qpos)) & (w.qlast[sc] == cons - 2)]
    if not len(cons):
        return qi
    close = t.soft[np.minimum(np.searchsorted(t.soft, t.end_of(cons)), len(t.soft) - 1)]
    ok = (close > cons) & (close - cons <= CLAUSE_LEN) & (t.seg(close) == t.seg(cons))
    cons, subj, close = cons[ok], subj[ok], close[ok]
    if not len(cons):
        return qi
    # per movement word, the last closing comma before it
    j = np.searchsorted(close, w.mpos) - 1
    jc = np.clip(j, 0, len(close) - 1)
    ok = (j >= 0) & _linked(t, close[jc], w.mpos)
    ok &= ~((qi >= 0) & (w.qpos[np.maximum(qi, 0)] > w.mpos))
    if not ok.any():
        return qi
    qi = qi.copy()
    qi[ok] = subj[jc[ok]]
    return qi
