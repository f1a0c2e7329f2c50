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
it. The concession's own movement stays with the concession, counted a quarter. A relative clause
between the commas ("Uncertainty surrounding the outlook, which had been elevated for most of the
year, has receded") is read the same way: its movement stays inside it. Position arrays and
``searchsorted`` only.

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
#: round 13 (contrast, i13-r13b): the longest concession or relative clause between its two commas
#: ("which had been elevated for most of the year")
CLAUSE_LEN = 10


def _subject_around_concession(t, w) -> np.ndarray:
    """``w.qi`` with the predicate after a concession between commas paired with the subject before
    it (see the module)."""
    qi = w.qi
    lex, ids = t.lex, t.ids
    cons = t.marks(_CONCESSION)
    if len(t.soft):  # a relative clause between the commas too ("Uncertainty, which had been high, has eased")
        after_comma = t.soft[t.soft + 1 < t.n] + 1
        cons = np.union1d(cons, after_comma[_relative_starts(lex)[ids[after_comma]]])
    if not len(cons) or not len(w.qpos) or not len(t.soft):
        return qi
    cons = cons[(cons > 1) & ((lex.flags[ids[np.maximum(cons - 1, 0)]] & F_SOFT) > 0)]
    s = np.searchsorted(w.qlast, cons - 2)  # the subject: a quantity ending right before the comma
    sc = np.minimum(s, len(w.qpos) - 1)
    cons, subj = cons[(s < len(w.qpos)) & (w.qlast[sc] == cons - 2)], sc[(s < len(w.qpos)) & (w.qlast[sc] == cons - 2)]
    if not len(cons):
        return qi
    subj = _head_of(t, w, subj)  # "Demand for loans, which had been strong, weakened": the demand
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


def _relative_starts(lex) -> np.ndarray:
    """A mask over the vocabulary: the relative words and the phrases that open with one ("which",
    "which had"), built once per lexicon."""
    found = getattr(lex, "_relative_starts", None)
    if found is None:
        from toolkit.tone.text import _RELATIVES

        found = lex.relative_mask | lex.word_mask(tuple(
            i for i, term in enumerate(lex.terms) if term.split(" ", 1)[0] in _RELATIVES))
        lex._relative_starts = found
    return found


def _head_of(t, w, q: np.ndarray) -> np.ndarray:
    """Per quantity index ``q``, the head noun whose phrase it ends ("demand for loans", "uncertainty
    surrounding the economic outlook"), up to two steps back, as the head-noun hand-back of
    :func:`toolkit.tone.pairing._head_nouns` finds it (a preposition right after the head, the same
    clause, the gap of :func:`toolkit.tone.risk_heads._head_gap`; a carrier, "growth in prices",
    is no head)."""
    from toolkit.tone.risk_heads import _head_gap, _head_prep

    q = q.copy()
    for _ in range(2):
        h = np.maximum(q - 1, 0)
        gap = w.qpos[q] - w.qlast[h]
        ok = (q > 0) & (gap > 0) & _head_gap(t, w, h, q, gap)
        ok &= (t.seg(w.qpos[h]) == t.seg(w.qpos[q])) & (t.com(w.qpos[h]) == t.com(w.qpos[q]))
        ok &= _head_prep(t.lex, w.qid[h], t.ids[np.minimum(w.qlast[h] + 1, t.n - 1)])
        ok &= ~t.lex.carrier_mask[w.qid[h]]
        q = np.where(ok, h, q)
    return q
