"""A forecast phrase between a quantity and its movement counts as one word of the pairing window.

"Inflation is projected to continue to remain moderate", "unemployment is expected to continue to
decline gradually": the hedge phrases ("projected to", "expected to", "likely to", kind ``hedge``) are
merged into one lexicon term, but the window (``WINDOW`` tokens, :func:`toolkit.tone.pairing._nearest_quantity`)
counted every token they cover, so a chain of raising verbs pushed the predicate out of reach of its
subject and "inflation ... contained" made no pair. Like numbers and units
(:func:`toolkit.tone.pairing._fillers`), the words after the first of a hedge phrase are not counted,
except back from a transitive verb to a subject (it moves its object: "moisture is expected to reduce
the likelihood of drought" is no fall of moisture).
Other phrases keep their length: counting every phrase as one word lets far pairs form in long
sentences (measured on dev in round 11: it lost more than it fixed).

:func:`_hedge_phrase_tail` returns a counter like ``_fillers``: sorted hedge positions, their phrase
lengths summed once, and one ``searchsorted`` per lookup.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Inflation is projected to continue to remain moderate."]).loc[0, "score"]) > 0
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.clauses import _after
from toolkit.tone.rules import FLAG

__all__: list[str] = []  # internal: toolkit.tone.pairing._nearest_quantity subtracts it

_HEDGE = FLAG["hedge"]


def _hedge_phrase_tail(t):
    """A function ``(a, b) -> how many tokens strictly between positions a < b are the second or later
    words of a hedge phrase`` (0 everywhere when the texts have no phrase)."""
    if t.last is None:
        return lambda a, b: 0
    hedge = t.marks(_HEDGE)
    tail = t.end_of(hedge) - hedge  # 1 for "expected to", 0 for "may"
    hedge, tail = hedge[tail > 0], tail[tail > 0]
    if not len(hedge):
        return lambda a, b: 0
    size = np.concatenate([[0], np.cumsum(tail)])
    return lambda a, b: np.maximum(size[_after(hedge, b - 1)] - size[_after(hedge, a)], 0)
