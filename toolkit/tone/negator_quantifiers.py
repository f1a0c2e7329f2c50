""""Little" as a quantifier before a noun denies it, like "hardly any": "there was little growth in
sales", "little improvement was seen", "manufacturers reported little demand" (guidelines rule 9:
negation flips the movement; a report of hardly any growth is bad news).

The lexicon reads "little" as a diminisher (x0.5, like "slightly"), which is right for "a little
higher" (a phrase of its own) and for "little" before a movement or degree word ("little higher
than a year ago", barely). Before a quantity or a state word with nothing between ("little demand",
"little growth", "very little improvement") it counts how much of that there is, and hardly any is
a negation. :func:`_little_quantifiers` rewrites such a "little" in place to the lexicon's
``little_none_id`` (kind ``negator``), before the layout keeps the words with a role. "little
changed", "little change", "little room to", "little evidence of" are phrases of their own and are
not touched; nor is "a little" or "only a little".

>>> from toolkit.tone import score_texts
>>> float(score_texts(["There was little growth in sales."]).loc[0, "score"]) < -0.1
True
>>> float(score_texts(["Prices were a little higher, and sales rose."]).loc[0, "score"]) > 0.1
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.lexicon import INFL

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _little_quantifiers

#: round 13 (negation scope, i13-r13b): the quantifier
LITTLE = ("little",)
#: how far from "little growth" a price quantity makes it growth of prices
PRICE_REACH = 4
#: the lexicon needs ids for these words so that the rule can find them
WORDS = LITTLE


def _little_quantifiers(ids: np.ndarray, lex, at: np.ndarray) -> None:
    """Rewrite each "little" at the positions ``at`` that stands right before a quantity or a state
    word (not after "a") to ``lex.little_none_id`` (in place)."""
    target = getattr(lex, "little_none_id", None)
    if target is None or not len(at):
        return
    nxt = ids[np.minimum(at + 1, len(ids) - 1)]
    noun = (lex.qcode[nxt] >= 0) | ~np.isnan(lex.state[nxt])
    a = lex.word_mask(("a",))[ids[np.maximum(at - 1, 0)]] & (at > 0)
    ids[at[noun & ~a & ~_of_prices(ids, lex, at, nxt) & (at + 1 < len(ids))]] = target


def _of_prices(ids: np.ndarray, lex, at: np.ndarray, nxt: np.ndarray) -> np.ndarray:
    """Per "little" at ``at`` before ``nxt``, whether it is little growth of prices ("little growth in
    overall prices", "prices showed little growth"): a carrier ("growth") with a price quantity at
    most :data:`PRICE_REACH` tokens on either side. Hardly any rise of prices is price stability
    (guidelines, the inflation rule), not a denial: the diminisher stays."""
    carrier = lex.carrier_mask[nxt]
    prices = np.zeros(len(at), dtype=bool)
    for k in range(-PRICE_REACH, PRICE_REACH + 2):
        if k in (0, 1):
            continue
        p = np.clip(at + k, 0, len(ids) - 1)
        prices |= lex.qcode[ids[p]] == INFL
    return carrier & prices
