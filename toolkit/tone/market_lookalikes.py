"""Nouns spelled like a market word that name output or demand: "corn yields", "buyer interest", "interest
in buying homes".

"yields" in the lexicon are bond yields, a level (guidelines rule 10), and "interest" belongs to
"interest rates". In the Beige Book's farm and housing paragraphs they are something else:

* "yields" (and "yield") right after a named good of the lexicon (kind ``commodity``: corn, wheat,
  soybeans, cotton, crop) are the harvest per acre, output, a good quantity ("corn yields are expected
  to be lower" is bad news; "Treasury yields fell" stays a level);
* "interest" right after a word of buyers (:data:`BUYERS`: buyer, customer, investor ...) or right
  before "in" ("interest in buying homes", "interest in new office space") is demand, a good quantity
  ("buyer interest increased" is good news; "interest rates", "interest income" are phrases of their
  own and keep their reading).

The word gets the lexicon's ``crop_yield_id`` / ``demand_interest_id``, a good quantity of value 0.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Corn yields are expected to be lower.", "Treasury yields fell."])["score"]
>>> bool(s[0] < -0.1), float(s[1])
(True, 0.0)
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _phrase_start
from toolkit.tone.rules import FLAG

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _market_lookalikes

#: words of buyers before "interest"
BUYERS = ("buyer", "buyers", "customer", "customers", "consumer", "investor", "investors", "shopper",
          "shoppers", "client", "clients", "tenant", "tenants", "homebuyer", "homebuyers", "purchaser",
          "purchasers", "visitor", "visitors")
#: the words the rule starts from
LOOKS = ("yields", "yield", "interest")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = BUYERS + LOOKS + ("in",)


def _market_lookalikes(ids: np.ndarray, lex, ends: np.ndarray | None = None,
                       found: np.ndarray | None = None) -> None:
    """Relabel crop yields and buyers' interest (in place); ``ends`` as ``_Layout.last``; ``found``:
    the positions of :data:`LOOKS` when the caller has them."""
    last = len(ids) - 1
    if found is None:
        found = np.flatnonzero(lex.word_mask(LOOKS)[ids])
    at = found[lex.word_mask(("yields", "yield"))[ids[found]]]
    at = at[at > 0]
    if len(at):
        prev = ids[_phrase_start(ends, at - 1)]
        ids[at[(lex.flags[prev] & FLAG["named good"]) > 0]] = lex.crop_yield_id
    at = found[ids[found] == lex.ids["interest"]]
    if len(at):
        prev = ids[_phrase_start(ends, np.maximum(at - 1, 0))]
        demand = (at > 0) & lex.word_mask(BUYERS)[prev]
        demand |= (ids[np.minimum(at + 1, last)] == lex.ids["in"]) & (at < last)
        ids[at[demand]] = lex.demand_interest_id
