""""On the one hand ..., on the other (hand) ..." sets two facts side by side; neither is conceded.

Guidelines rule 11 (with rule 6 for mixed views): "one member said that, on the one hand, growth was
strong and, on the other, inflation was high" is 0, the two halves balance; "on the one hand, inflation
is high and, on the other, growth is weak" is -1, both halves bad. "On the other hand" alone stays a
contrast word, like "however" ("Industrial activity, on the other hand, has changed little"); after "on
the one hand" earlier in the same text it only opens the second half. :func:`_other_halves` rewrites
it in place, before the layout keeps the words with a role, to :data:`OTHER_HALF` (no
role), and a contrast or concession word right before it ("but on the other hand", "while on the
other") to "and": both halves then count in full.

>>> from toolkit.tone import score_texts
>>> score_texts(["On the one hand, sales have declined; on the other hand, costs have increased."]).loc[0, "label"]
'negative'
>>> score_texts(["On the one hand, exports have recovered; on the other hand, domestic demand is weak."]).loc[0, "label"]
'neutral'
>>> score_texts(["Retail sales rose; on the other hand, factory output fell."]).loc[0, "label"]
'negative'
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_SEP, F_SOFT, FLAG

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _other_halves

#: round 14 (mixed sentences, i13-r14c): the phrases that open the first half (lexicon phrases of
#: kind neutral, so that they get an id)
ONE_HAND = ("on the one hand", "on one hand")
#: the phrases that open the second half ("on the other hand" is also a contrast word of the lexicon)
OTHER_HAND = ("on the other hand", "on the other")
#: what a contrast or concession word right before the second half is read as
AND = "and"
#: the role-less id the second half's phrase becomes (no contrast)
OTHER_HALF = "on the other (second half)"
#: the words the reading needs ids for (toolkit.tone.lexicon.READING_WORDS)
WORDS = (AND, OTHER_HALF)
_LINKS = FLAG["contrast"] | FLAG["concession"]


def phrase_ids(lex) -> tuple:
    """The lexicon ids of the phrases :data:`ONE_HAND` and :data:`OTHER_HAND` (those it has)."""
    return tuple(lex.phrase_of[p] for p in ONE_HAND + OTHER_HAND if p in lex.phrase_of)


def _other_halves(ids: np.ndarray, lex, at: np.ndarray) -> None:
    """Rewrite (in place) each :data:`OTHER_HAND` phrase at the positions ``at`` that has a
    :data:`ONE_HAND` phrase before it in the same text to :data:`OTHER_HALF`, and a contrast or
    concession word right before it (over a comma) to "and"."""
    if len(at) < 2:
        return
    one = np.array([lex.phrase_of[p] for p in ONE_HAND if p in lex.phrase_of])
    firsts = at[np.isin(ids[at], one)]
    seconds = at[~np.isin(ids[at], one)]
    if not len(firsts) or not len(seconds):
        return
    seps = np.flatnonzero(lex.flags[ids[firsts[0]:seconds[-1]]] & F_SEP) + firsts[0]
    opened = np.searchsorted(firsts, seconds) > 0  # a first half somewhere before
    last_first = firsts[np.maximum(np.searchsorted(firsts, seconds) - 1, 0)]
    same_text = np.searchsorted(seps, last_first) == np.searchsorted(seps, seconds)
    second = seconds[opened & same_text]
    if not len(second):
        return
    ids[second] = lex.ids[OTHER_HALF]
    before = second - 1
    comma = (before > 0) & ((lex.flags[ids[np.maximum(before, 0)]] & F_SOFT) > 0)
    before = np.where(comma, before - 1, before)
    link = (before >= 0) & ((lex.flags[ids[np.maximum(before, 0)]] & _LINKS) > 0)
    ids[before[link]] = lex.ids[AND]
