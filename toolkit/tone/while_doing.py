""""while" + a gerund inside an intention: "It will pursue the strategy of expanding domestic demand
while deepening supply-side structural reform, strengthen policy coordination ...".

An intention or commitment of the institution ("will", "efforts will be made to") zeroes the tone of
its sentence up to a contrast, a concession or an observation word, which may open a clause that states
an outcome (guidelines rule 4). "while" is a concession word ("Output grew, while exports fell"), but
"while" followed by an action gerund ("while deepening reform", "while maintaining price stability",
"while paying attention to financial stability") has no subject of its own: the institution goes on
saying what it will do, at the same time. Such a "while" does not end the intention's reach.
Observations keep their concession ("prices, while rising, remain below target": no intention there),
and so do gerunds of a state ("while remaining elevated"), which are not in :data:`GERUNDS`.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["The PBC will keep liquidity ample while deepening reform, and strengthen "
...                    "domestic demand."]).loc[0, "score"])
0.0
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.clauses._marker_before calls _simultaneous

#: the word that opens the action
WHILE = ("while", "whilst")
#: action gerunds of policy texts: after "while", the institution's own further action
GERUNDS = ("maintaining", "keeping", "deepening", "ensuring", "promoting", "strengthening", "supporting",
           "paying", "taking", "continuing", "preventing", "guarding", "balancing", "improving", "enhancing",
           "stabilizing", "stabilising", "safeguarding", "advancing", "pushing", "fostering", "upholding",
           "striving", "focusing", "making", "giving", "implementing", "pursuing", "accelerating",
           "expanding", "reducing", "lowering", "increasing", "boosting", "consolidating", "optimizing",
           "optimising", "monitoring", "providing", "using", "seeking", "working", "addressing",
           "containing", "preserving", "avoiding", "facilitating", "encouraging", "guiding", "steering",
           "intensifying", "stepping", "refining", "coordinating", "preparing", "leveraging", "adopting")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = WHILE + GERUNDS


def _simultaneous(t, stops: np.ndarray) -> np.ndarray:
    """``stops`` (sorted positions of the words that end an intention's reach) without the "while"
    that a gerund of :data:`GERUNDS` follows (see the module)."""
    if not len(stops):
        return stops
    lex = t.lex
    ends = t.end_of(stops)
    after = t.ids[np.minimum(ends + 1, t.n - 1)]
    drop = lex.word_mask(WHILE)[t.ids[stops]] & lex.word_mask(GERUNDS)[after] & (ends + 1 < t.n)
    return stops[~drop] if drop.any() else stops
