"""Demand that overruns the economy's potential: "increases in demand will continue to exceed the growth
in potential supply", "spending has outpaced the growth of potential output".

Guidelines, inflation rule: demand exceeding potential supply is a price pressure (-1), not good news
about demand. :func:`_overruns` finds a verb of overrunning (:data:`OVERRUNS`: exceed, outpace,
outstrip, outrun) followed, over at most :data:`GAP` filler words (the, its, the economy's, growth,
rate, in, of, unknown words), by "potential" (the noun: "potential supply", "potential output", "its
potential"), and relabels the two: the verb becomes a push (``Lexicon.overrun_id``: a movement up of
its object, kind ``push``), the word after it the price pressure it pushes up
(``Lexicon.potential_id``, kind ``inflation``: its object); the other fillers, "potential" and the
noun after it ("supply", "output") are blanked.
So the pair reads as a rise of prices (read against price stability), and the good news before it
in its sentence ("increases in demand") is that pressure's cause, counted zero (the rule "cause"
of :data:`toolkit.tone.rules.MODIFIERS`). A verb of overrunning followed by anything else ("exports
exceeded expectations", "demand exceeds capacity", "growth exceeded its potential to ...") is left as
it is. Runs on the token ids before the layout, over the verbs' positions only.

>>> from toolkit import score_texts
>>> float(score_texts(["Demand continues to exceed the growth in potential supply."]).score.iloc[0]) < 0
True
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _overruns

OVERRUNS = ("exceed", "exceeds", "exceeded", "exceeding", "outpace", "outpaces", "outpaced", "outpacing",
            "outstrip", "outstrips", "outstripped", "outstripping", "outrun", "outruns", "outran", "outrunning")
#: words that may stand between the verb and "potential" (besides unknown words)
FILLERS = ("the", "its", "their", "economy", "economy's", "s", "nation's", "growth", "rate", "rates", "in", "of",
           "expansion", "estimated", "growing", "increases", "increase")
#: the noun after "potential" that goes with it ("potential supply"), blanked with it
NOUNS = ("supply", "output", "gdp", "growth", "production")
#: how many words may stand between the verb and "potential"
GAP = 6
#: the lexicon needs ids for these words so that the rule can find them
WORDS = OVERRUNS + FILLERS + NOUNS + ("potential", "to")


def _overruns(ids: np.ndarray, lex, at: np.ndarray) -> None:
    """Relabel "<overrun verb> ... potential [supply]" at the verb positions ``at`` (see the module),
    in place."""
    if not len(at):
        return
    n = len(ids)
    filler = lex.word_mask(FILLERS)
    filler[0] = True  # unknown words
    potential, to = lex.ids["potential"], lex.ids["to"]
    found = np.full(len(at), -1, dtype=np.int64)
    going = np.ones(len(at), dtype=bool)
    for d in range(1, GAP + 2):
        q = np.minimum(at + d, n - 1)
        hit = going & (at + d < n) & (ids[q] == potential)
        found = np.where(hit & (found < 0), q, found)
        going &= (at + d < n) & filler[ids[q]] & ~hit
    after = np.minimum(found + 1, n - 1)
    ok = (found >= 0) & ~((found + 1 < n) & (ids[after] == to))  # "its potential to produce": no noun
    if not ok.any():
        return
    verb, pot = at[ok], found[ok]
    noun = np.minimum(pot + 1, n - 1)
    ids[noun[(pot + 1 < n) & lex.word_mask(NOUNS)[ids[noun]]]] = 0
    size = pot - verb  # the fillers and "potential": blanked, the price pressure right after the verb
    ids[np.repeat(verb + 1, size) + np.arange(int(size.sum())) - np.repeat(np.cumsum(size) - size, size)] = 0
    ids[verb] = lex.overrun_id
    ids[verb + 1] = lex.potential_id
