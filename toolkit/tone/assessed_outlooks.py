"""An assessment of prospects is forward-looking, whatever its tense: "The outlook remains highly
uncertain", "the outlook for the labour market remained weak", "prospects for exports are bright"
(guidelines F7: a present assessment of prospects is a claim about the future).

A forecast noun counts as a forward-looking cue only in a sentence with no past or present word
("remains", "was", "recently": the noun names a thing reported now, guidelines F6, "the Committee
discussed the outlook"). The nouns of prospects (:data:`PROSPECT_NOUNS`: outlook, prospects; not
"forecast", "projections" or "expectations", which F6 reads as revisions made and measures) count in
such a sentence too when a state word (weak, uncertain, bright, favourable ...) stands after them in
their comma clause, at most :data:`REACH` words on (round 14, lead).

>>> from toolkit.tone import score_texts
>>> score_texts(["The outlook remains highly uncertain.",
...              "The Committee discussed the economic outlook."])["forward_looking"].tolist()
[True, False]
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine calls _assessed_prospects

#: the forecast nouns whose assessment is about the future
PROSPECT_NOUNS = ("outlook", "prospects", "economic outlook", "growth outlook", "inflation outlook",
                  "price outlook")
#: the most tokens between the noun and its state word ("the outlook for the labour market remained weak")
REACH = 8


def _assessed_prospects(t, marks: np.ndarray) -> np.ndarray:
    """Per forecast-noun mark (sorted positions), whether it is a noun of prospects with a state
    word after it in its comma clause, within :data:`REACH` tokens."""
    lex = t.lex
    ok = lex.word_mask(lex.term_ids(PROSPECT_NOUNS))[t.ids[marks]]
    if not ok.any():
        return ok
    states = t.pos[lex.has_state[t.tid]]
    j = np.searchsorted(states, marks, side="right")
    s = states[np.minimum(j, max(len(states) - 1, 0))] if len(states) else marks
    ok &= (j < len(states)) & (s - t.end_of(marks) <= REACH)
    ok &= (t.seg(s) == t.seg(marks)) & (t.com(s) == t.com(marks))
    return ok
