""""rates" by itself is a rate of interest, a level: "higher rates curbed demand", "demand fell as rates
rose". After a quantity it is that quantity's rate: "unemployment rates fell", "growth rates slowed".

The lexicon reads "interest rates", "policy rates", "lending rates" as levels (guidelines rule 4: a rate
the central bank sets or steers is no news); "rates" alone had no role, so a movement said of it went to
the nearest quantity instead ("demand fell as rates rose": demand rose; "rising rates slowed demand":
rising demand). The lexicon row of round 11 (other central banks) makes "rates" a level too, and
:func:`_bare_rates`, a step of :class:`toolkit.tone.engine._Layout` after the phrases, blanks a "rates"
right after a quantity word or phrase or any other content word ("room rates", "day rates": a
compound's rate, read as before), before "of", or at most two words after "at" / "from" (the
pace of a movement: "increased at rapid rates"), as a filler like "the", so "unemployment rates
fell" and "rates of growth slowed" are still unemployment falling and growth slowing. Position arrays only: the positions of "rates" come from
:class:`toolkit.tone.triggers.Triggers`.

>>> from toolkit.tone import explain
>>> explain("Demand fell as rates rose.")["term"].tolist()
['demand fell', 'rates rose']
>>> explain("Unemployment rates fell.")["term"].tolist()
['unemployment fell']
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_HARD, F_SEP, F_SOFT

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _bare_rates

#: the word read as a level alone and as the rate of a quantity before it
RATES = ("rates",)
_MARKS = F_HARD | F_SEP | F_SOFT

#: the prepositions that make "rates" the pace of a movement ("at rapid rates", "from the high rates")
PACE_PREPS = ("at", "from")
#: at most this many words between such a preposition and "rates"
PACE_GAP = 2


def _bare_rates(ids: np.ndarray, lex, last, at: np.ndarray) -> None:
    """Blank, in place, each "rates" at ``at`` whose word before it (or the phrase ending there) makes it
    a compound's rate (:func:`_compound`), that "of" follows, or that is the pace after "at" / "from" (``last``: the phrase ends, or None when no phrase was found)."""
    if not len(at):
        return
    before = np.maximum(at - 1, 0)  # a "rates" opening the texts has no quantity before it
    if last is not None:  # a phrase that ends right before "rates" ("core inflation rates"): its first word
        head = before.copy()
        for k in range(1, 5):
            p = np.maximum(before - k, 0)
            head = np.where((head == before) & (last[p] == before) & (before - k >= 0), p, head)
        before = head
    of = ids[np.minimum(at + 1, len(ids) - 1)] == lex.ids.get("of", -1)  # "rates of growth": what is named after
    ids[at[(_compound(lex, ids[before]) & (at > 0)) | of | _pace_of(ids, lex, at)]] = 0


def _compound(lex, prev: np.ndarray) -> np.ndarray:
    """Per id of the word before a "rates", whether it makes "rates" a compound's rate: a quantity
    ("unemployment rates") or any other content word ("room rates", "vacancy rates", "day rates").
    "Rates" stays the bare noun after a determiner, a function word, a movement, level or state word
    ("higher rates", "low rates"), an intensifier or a punctuation mark, and at a text's start."""
    bare = lex.determiner_mask[prev] | lex.function_mask[prev] | (lex.mdir[prev] != 0)
    bare |= ~np.isnan(lex.state[prev]) | (lex.ival[prev] != 1.0) | ((lex.flags[prev] & _MARKS) > 0)
    return (lex.qcode[prev] >= 0) | ~bare


def _pace_of(ids: np.ndarray, lex, at: np.ndarray) -> np.ndarray:
    """Per "rates" at ``at``, whether "at" / "from" stands at most ``PACE_GAP`` words before it: "spending
    increased at rates similar to ...", "growth moderated from the high rates of the first quarter" -
    the pace of a movement, not a rate of interest."""
    found = np.zeros(len(at), dtype=bool)
    pace = lex.word_mask(PACE_PREPS)
    for k in range(1, PACE_GAP + 2):
        found |= (at - k >= 0) & pace[ids[np.maximum(at - k, 0)]]
    return found
