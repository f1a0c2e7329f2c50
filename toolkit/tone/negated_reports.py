"""A negated verb of report negates what it reports: "forecasts did not explicitly indicate that economic
growth was recovering at a significant pace", "the data do not suggest that inflation pressures are
building", "surveys did not show that demand had weakened". The negator's own reach (three tokens,
:data:`toolkit.tone.rules.NEG_SCOPE`) ends before the reported clause when an adverb or a long subject
stands between; guidelines rule 9: negation flips the movement.

The clause rule "negated report" of :data:`toolkit.tone.rules.MODIFIERS`, called by
:func:`toolkit.tone.clauses._apply_modifiers`: a report verb (lexicon kind ``report``: indicate, show,
suggest, signal, point to, confirm, imply) with a negator at most ``scope`` tokens before it reaches
the tone units after it in its sentence and comma clause, up to a contrast or concession word; the
units the negator reaches by itself are left to it (no double flip). Position arrays only.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _in_sorted
from toolkit.tone.effect_scope import _effect_phrase_end
from toolkit.tone.rules import FLAG, MODIFIERS, NEG_SCOPE

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _negated_reports

_NEGATORS = FLAG[next(m.kind for m in MODIFIERS if m.lexicon_kind == "negator")]
_TURNS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "later" or m.kind == "concession")


def _negated_reports(t, u, m, seg_u, com_u, mult):
    """"negated report": the units a negated report verb reports (see the module).

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["The data did not clearly indicate that growth was recovering."]).loc[0, "score"]) < 0
    True
    """
    from toolkit.tone.clauses import _after  # here: clauses imports this module

    reports, negators = t.marks(FLAG[m.kind]), t.marks(_NEGATORS)
    if not len(reports) or not len(negators):
        return None
    k = np.searchsorted(negators, reports) - 1
    n_end = t.end_of(negators[np.maximum(k, 0)])
    said = (k >= 0) & (reports - n_end - 1 <= m.scope) & (t.seg(n_end) == t.seg(reports))
    said &= ~_in_sorted(reports, negators)  # a report verb that relays the negation itself (negation_links)
    reports, n_end = reports[said], n_end[said]
    if not len(reports):
        return None
    j = np.searchsorted(t.end_of(reports), u.anchor) - 1  # the last negated report verb before the unit
    jc = np.clip(j, 0, len(reports) - 1)
    r = reports[jc]
    turns = t.marks(_TURNS)
    ok = (j >= 0) & (u.lo > t.end_of(r)) & (t.seg(r) == seg_u) & (t.com(r) == com_u)
    ok &= _after(turns, r) == _after(turns, u.anchor)
    # the negator's own reach flips those already (counted from "of" after "effect" / "signs":
    # "has not shown signs of continued improvement", toolkit.tone.effect_scope)
    ok &= u.lo - _effect_phrase_end(t, n_end[jc]) > NEG_SCOPE
    mult[ok] *= m.factor
    return ok, r
