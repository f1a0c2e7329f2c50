""""rates" by itself is a rate of interest, a level: "higher rates curbed demand", "demand fell as rates
rose". After a quantity it is that quantity's rate: "unemployment rates fell", "growth rates slowed".

The lexicon reads "interest rates", "policy rates", "lending rates" as levels (guidelines rule 4: a rate
the central bank sets or steers is no news); "rates" alone had no role, so a movement said of it went to
the nearest quantity instead ("demand fell as rates rose": demand rose; "rising rates slowed demand":
rising demand). The lexicon row of round 11 (other central banks) makes "rates" a level too, and
:func:`_bare_rates`, a step of :class:`toolkit.tone.engine._Layout` after the phrases, blanks a "rates"
right after a quantity word or phrase, or before "of" (a filler like "the"), so "unemployment rates
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

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _bare_rates

#: the word read as a level alone and as the rate of a quantity before it
RATES = ("rates",)


def _bare_rates(ids: np.ndarray, lex, last, at: np.ndarray) -> None:
    """Blank, in place, each "rates" at ``at`` whose word before it (or the phrase ending there) is a
    quantity, or that "of" follows (``last``: the phrase ends, or None when no phrase was found)."""
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
    ids[at[((lex.qcode[ids[before]] >= 0) & (at > 0)) | of]] = 0
