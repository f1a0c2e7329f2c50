"""What did not happen: "rather than slowing, growth accelerated", "instead of rising, sales fell", "demand
remained weak rather than improving".

"rather than" and "instead of" (lexicon phrases of kind ``neutral``, round 10) name the movement or
the state that did not come about; the news is the other one. The movement or state word right after
the phrase (over a determiner and up to two intensifiers: "instead of a sharp decline") loses its role
(:func:`_alternatives`), so it moves no quantity and has no tone of its own: "rather than slowing,
growth accelerated" is growth accelerating, not a slowing and an acceleration that cancel. A quantity
there keeps its reading ("investment rather than consumption drove growth").

>>> from toolkit.tone import explain
>>> explain("Rather than slowing, growth accelerated.")["term"].tolist()
['growth accelerated']
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _alternatives

#: the phrases that name what did not happen
PHRASES = ("rather than", "instead of")


def phrase_ids(lex) -> tuple:
    """The lexicon ids of :data:`PHRASES` (those the lexicon has)."""
    return tuple(lex.phrase_of[p] for p in PHRASES if p in lex.phrase_of)


def _alternatives(ids: np.ndarray, lex, ends: np.ndarray | None, at: np.ndarray | None = None) -> None:
    """Take the role from the movement or state word right after "rather than" / "instead of" (in
    place). ``ends``: ``_Layout.last``; ``at``: the positions of the phrases when the caller has them."""
    if ends is None:
        return
    if at is None:
        at = np.flatnonzero(lex.word_mask(phrase_ids(lex))[ids])
    if not len(at):
        return
    last = len(ids) - 1
    p = np.minimum(ends[at] + 1, last)
    for _ in range(3):  # a determiner, then up to two intensifiers
        tid = ids[p]
        skip = (p < last) & (lex.determiner_mask[tid] | (lex.ival[tid] != 1.0))
        p = np.where(skip, p + 1, p)
    tid = ids[p]
    role = (lex.mdir[tid] != 0) | ~np.isnan(lex.state[tid])
    ids[p[role & (ends[at] < last)]] = 0
