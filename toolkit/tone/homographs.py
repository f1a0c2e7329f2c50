"""Nouns spelled like a movement verb: "fuel" the good ("fuel prices", "fuel efficient cars", "jet fuel").

The lexicon reads "fuel" / "fuels" as a verb that pushes its object up ("low rates could fuel
inflation", kind ``up`` and ``transitive``). Written in a report on goods it is mostly the noun:
"higher fuel surcharges", "demand shifted toward smaller, fuel efficient cars", "prices of fuels
rose". The verb needs a word that makes it one right before it - "to", a modal or another forward or
hedge word ("could fuel", "expected to fuel"), a verb of help ("helped fuel"), an intensifier
("further fuel"), a relative ("which fuels") - or a quantity before it, its subject ("low rates fuel
borrowing", "demand fuels the recovery"). Any other
"fuel" / "fuels" is the noun, a named good like "oil" (the lexicon's ``fuel_id``, kind ``commodity``):
it moves nothing, and "fuel prices" are that good's price, a level (guidelines rule 10).
"fueled", "fuelled", "fueling" are verbs only and keep their reading.

>>> from toolkit.tone import explain
>>> explain("Demand shifted toward smaller, fuel efficient cars.")["term"].tolist()
[]
>>> explain("Low interest rates could fuel inflation.")["term"].tolist()[-1]
'fuel inflation'
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _phrase_start
from toolkit.tone.rules import FLAG_OF

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _noun_fuel

#: the spellings shared by the noun and the verb
SPELLINGS = ("fuel", "fuels")
#: words right before the verb that make it one ("helped fuel", "which fuels")
VERB_BEFORE = ("to", "help", "helps", "helped", "helping", "also", "that", "which", "who", "and", "can",
               "cannot", "did", "does", "do", "not")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = SPELLINGS + VERB_BEFORE
_VERBAL = FLAG_OF["forward"] | FLAG_OF["hedge"] | FLAG_OF["commit"] | FLAG_OF["intent"]


def _noun_fuel(ids: np.ndarray, lex, ends: np.ndarray | None = None, at: np.ndarray | None = None) -> None:
    """Give each "fuel" / "fuels" that is the noun ``lex.fuel_id`` (in place). ``ends``: the last token
    of the phrase starting at each position (``_Layout.last``), so that a phrase before counts
    ("expected to fuel"); ``at``: the positions of the spellings when the caller has them."""
    if at is None:
        at = np.flatnonzero(lex.word_mask(SPELLINGS)[ids])
    if not len(at):
        return
    before = np.maximum(at - 1, 0)
    before = _phrase_start(ends, before)  # the start of a phrase that ends right before the word
    prev = ids[before]
    text = lex.term_objects[prev]
    verb = (at > 0) & (((lex.flags[prev] & _VERBAL) > 0) | lex.word_mask(VERB_BEFORE)[prev]
                       | (lex.ival[prev] != 1.0) | np.array([w.endswith(" to") for w in text], dtype=bool))
    verb |= (at > 0) & (lex.qcode[prev] >= 0)  # "low rates fuel borrowing": a quantity is its subject
    ids[at[~verb]] = lex.fuel_id
