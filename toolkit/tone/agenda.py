"""The agenda of a meeting: "The Committee discussed the effects of the war on the financial markets",
"the Council reviewed developments in the global economy". The nouns after "discussed" said by the
institution name the topics it talked about, not the state of the economy (guidelines rule 5:
procedure is 0); a movement it reports ("the Committee discussed the increase in inflation", "the
downward revision of growth forecasts") is news and keeps its tone (rule 11: labelled by the view
reported).

The clause rule "agenda" of :data:`toolkit.tone.rules.MODIFIERS`, called by
:func:`toolkit.tone.clauses._apply_modifiers`: an agenda word (lexicon kind ``agenda``) that follows an
actor ("the Committee", "the Council") at most ``scope`` tokens before it reaches the tone units after
it in its sentence up to a contrast, concession or observation word; the units that are no pair
(quantities, states and movements alone) are multiplied by the factor. Position arrays only.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _agenda_topics

_STOPS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause in ("later", "stop") or m.kind == "concession")


def _agenda_topics(t, u, m, seg_u, com_u, mult):
    """"agenda": the units after an actor's agenda word that are no pair (see the module).

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["The Committee discussed the effects of the war."]).loc[0, "score"])
    0.0
    """
    from toolkit.tone.clauses import _after_actor  # here: clauses imports this module

    mk = t.marks(FLAG[m.kind])
    if len(mk):
        mk = _after_actor(t, mk, m.scope)
    if not len(mk):
        return None
    mkl = t.end_of(mk)
    j = np.searchsorted(mkl, u.anchor) - 1
    jc = np.clip(j, 0, len(mk) - 1)
    ok = (j >= 0) & (t.seg(mk[jc]) == seg_u) & (u.kind != 0)
    ok &= t.upto(_STOPS, mkl[jc]) == t.upto(_STOPS, u.anchor)
    mult[ok] *= m.factor
    return ok, mk[jc]
