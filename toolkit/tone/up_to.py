""""Up to" before a number is "at most", no movement: "up to 80 jobs will be lost", "the company will
cut up to 300 jobs", "price increases of up to 5 percent". The lexicon's "up" is a movement word,
so "up to 80 jobs" read as jobs rising (and "cut up to 300 jobs" as jobs cut and raised, no news).
Here "up" followed by "to" and a number (over "about", "some", "around") loses its role when the
word before it is no verb that "up" could be the particle of: the sentence's start, a comma, a
preposition or determiner ("by up to", "of up to"), or a movement word, whose object the number then
is ("cut up to 300 jobs"). "Unemployment moved up to 5 percent" (a verb without a role before
"up") and the phrases "picked up", "edged up" keep their reading.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Up to 80 jobs will be lost at the plant."]).loc[0, "score"]) < 0
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_HARD, F_SEP, F_SOFT

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _at_most

#: the words read (ids in the lexicon)
WORDS = ("up", "to", "by", "about", "some", "around", "roughly", "approximately")
#: the role-less id "up" becomes (toolkit.tone.lexicon)
AT_MOST = "up to (at most)"
_ROUGH = ("about", "some", "around", "roughly", "approximately")


def _at_most(ids: np.ndarray, lex) -> None:
    """Rewrite, in ``ids`` in place, "up" of "up to <number>" to the id of :data:`AT_MOST` (see the module)."""
    up, to, at_most = lex.ids.get("up"), lex.ids.get("to"), lex.ids.get(AT_MOST)
    if up is None or to is None or at_most is None or len(ids) < 3:
        return
    at = np.flatnonzero(ids[:-2] == up)
    at = at[ids[at + 1] == to]
    if not len(at):
        return
    num = np.minimum(at + 2, len(ids) - 1)
    rough = lex.word_mask(_ROUGH)[ids[num]]
    num = np.where(rough, np.minimum(num + 1, len(ids) - 1), num)
    at = at[ids[num] == lex.num_id]
    if not len(at):
        return
    prev = ids[np.maximum(at - 1, 0)]
    free = (at == 0) | ((lex.flags[prev] & (F_HARD | F_SEP | F_SOFT)) > 0) | lex.prep_mask[prev]
    free |= lex.determiner_mask[prev] | lex.conjunction_mask[prev] | (lex.mdir[prev] != 0) | (prev == lex.ids.get("by", -1))
    ids[at[free]] = at_most
