"""A negator noun negates its own phrase: "a lack of demand weighed on sales" denies demand, not the weight.

The negators "lack" and "absence" followed by "of" are nouns, and their "of" phrase is what they
deny ("a lack of demand", "the absence of wage pressures"). A tone word after a quantity of that
phrase is the predicate of the whole noun phrase ("a lack of demand weighed on sales": sales held
down), so the negation does not reach it. Verb negators ("lacked", "did not") are left alone.

>>> from toolkit import score_texts
>>> float(score_texts(["A lack of demand weighed on sales."]).score.iloc[0]) < 0
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG, MODIFIERS, SCORING_RULES

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _beyond_object

#: the negator nouns whose "of" phrase is their scope
NOUNS = ("lack", "absence")
_QUANTITY_ALONE = list(SCORING_RULES).index("quantity")  # the unit kinds, in order
_OBJECT = sum(FLAG[m.kind] for m in MODIFIERS if m.clause in ("object", "object only"))


def _beyond_object(t, neg_end: np.ndarray, u) -> np.ndarray:
    """Per tone unit and the end of the negator reaching it, whether the negator is a noun with an
    "of" phrase ("a lack of demand") and the unit is what that noun phrase does: a movement or state
    word (not a quantity: "a lack of demand growth" stays denied) after a quantity of the phrase
    ("a lack of demand weighed on sales"), or a verb that moves its object ("the lack of rainfall
    weighed on crop yields"). Such units are outside the negation."""
    lex = t.lex
    of_id = lex.ids.get("of")
    out = np.zeros(len(u.anchor), dtype=bool)
    if of_id is None or not len(u.anchor):
        return out
    nxt = np.minimum(neg_end + 1, t.n - 1)
    noun = lex.word_mask(NOUNS)[t.ids[neg_end]] & (t.ids[nxt] == of_id) & (u.kind != _QUANTITY_ALONE)
    if not noun.any():
        return out
    q, a = t.quantities(), u.anchor[noun]
    # a quantity strictly after "of" and before the unit's word, or the word is a verb with an object
    past_q = np.searchsorted(q, a) > np.searchsorted(q, nxt[noun], side="right")
    own = (u.kind[noun] == 0) & (u.other[noun] > nxt[noun]) & (u.other[noun] < a)  # its own quantity moves
    past_q &= ~own  # "the absence of price pressures more ...": still denied
    out[noun] = past_q | ((lex.flags[t.ids[a]] & _OBJECT) > 0)
    return out
