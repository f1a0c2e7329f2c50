"""A figure said to equal an earlier one: "sales were about the same as a year ago", "revenues were similar
to last year", "hiring was comparable to year-ago levels".

The lexicon reads "the same as", "similar to", "comparable to", "on par with" (round 10)
like "unchanged": a level word of value 0 that holds its quantity still, so "revenues were similar to
last year" is no news, not the small good tone "revenues" has alone. A quantity whose mere mention
carries tone - a state or an event such as a slowdown, a crisis, layoffs, optimism (a tone alone of
:data:`EVENT` or more) - keeps it: "the slowdown was similar to that of 2001" compares its size, it
does not say the slowdown went away; so does a rate of change ("growth was similar to that of the
last report": growth went on). :func:`_equal_to_events` unpairs those.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Revenues were similar to last year.", "The slowdown was similar to that of 2001."])["score"]
>>> float(s[0]), bool(s[1] < -0.1)
(0.0, True)
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _equal_to_events

#: the equality words (lexicon phrases of kind unchanged)
EQUALS = ("the same as", "about the same as", "roughly the same as", "essentially the same as",
          "much the same as", "similar to", "about similar to", "comparable to", "on par with")
#: the smallest tone alone (either sign) of a quantity whose mention is news by itself
EVENT = 0.4


def _equal_to_events(t, w) -> np.ndarray:
    """``w.qi`` with the equality words unpaired from a quantity that is a state, an event or a rate
("growth")."""
    lex = t.lex
    ids = [lex.phrase_of.get(p, lex.ids.get(p)) for p in EQUALS]
    k = np.flatnonzero(lex.word_mask([i for i in ids if i is not None])[w.mid] & (w.qi >= 0))
    if not len(k):
        return w.qi
    qi = w.qi.copy()
    event = (np.abs(lex.qalone[w.qid[qi[k]]]) >= EVENT) | lex.carrier_mask[w.qid[qi[k]]]
    qi[k[event]] = -1
    return qi
