"""Two readings of a noun phrase for the pairing (round 13, report style and company news, i13-r13c):

* :func:`_before_figure`: a figure between the determiner and a movement noun keeps the noun a movement
  noun ("the year-on-year decline in profits narrowed", "the 5 percent decline in exports narrowed"),
  so :func:`toolkit.tone.pairing._pace_words` reads the pace word after it as it does without the figure;
* :func:`_participle_before_noun`: a movement word after "and" / "with" that opens a noun phrase moves
  the quantity the phrase ends in ("weak demand and rising raw material costs": the costs rise), used by
  :func:`toolkit.tone.pairing._nearest_quantity`;
* :func:`_attributive`: a movement word between a preposition and a noun the lexicon does not know
  ("amid rising protectionism", "with improving efficiency") moves that noun, so it does not reach back
  to a quantity before it ("the economy is recovering amid rising protectionism" is no second rise of
  the economy; round 14);
* :func:`_long_subjects`: a verb of movement that pairs with nothing moves the quantity before it over a
  long phrase of that quantity's own ("Orders from overseas customers in the machinery sector
  decreased", "Sales of small and medium-sized cars fell"; round 14).

>>> from toolkit.tone import score_texts
>>> s = score_texts(["The year-on-year decline in profits narrowed.",
...                  "The company was hit by weak demand and rising raw material costs."])["score"]
>>> bool(s[0] > 0.1), bool(s[1] < -0.1)
(True, True)
>>> from toolkit.tone import explain
>>> explain("The economy is recovering amid rising protectionism.")["term"].tolist()  # "rising": alone
['economy recovering', 'rising']
>>> explain("Sales of small and medium-sized cars decreased.")["term"].tolist()
['sales decreased']
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _phrase_start
from toolkit.tone.rules import F_HARD, F_SOFT, FLAG, MODIFIERS, WINDOW

__all__: list[str] = []  # internal: toolkit.tone.pairing calls these

_FILLERS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "filler")
_NAMED_GOOD = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "named good")
#: prepositions before an attributive movement word ("amid rising protectionism"): :func:`_attributive`
ATTRIBUTIVE_AFTER = ("amid", "amidst", "with", "despite", "given", "against", "among", "by", "from", "on")
#: prepositions that open a quantity's own phrase before its verb ("orders from overseas customers ..."):
#: :func:`_long_subjects`
SUBJECT_PHRASE = ("of", "from", "in", "at", "for", "among", "across", "by", "to", "on")
#: the longest such phrase, in tokens (the pairing window itself reaches 6)
LONG_SUBJECT_GAP = 10
#: the lexicon needs ids for these words so that the rule can find them
WORDS = ATTRIBUTIVE_AFTER + SUBJECT_PHRASE


def _before_figure(t, p: np.ndarray) -> np.ndarray:
    """The id at ``p``, or before the figure (numbers and units, at most three) that ends at ``p``
    ("the year-on-year decline in profits narrowed", "the 5 percent decline": the determiner before
    the figure, round 13)."""
    for _ in range(3):
        start = _phrase_start(t.last, p)
        fill = ((t.lex.flags[t.ids[start]] & _FILLERS) > 0) & (start > 0)
        p = np.where(fill, start - 1, p)
    return t.ids[p]


def _participle_before_noun(t, w, q: np.ndarray) -> np.ndarray:
    """Per movement word, whether it opens a noun phrase after a conjunction ("and", "with") that ends
    in the quantity ``q`` after it, with only words without a role or named goods between ("weak
    demand and rising raw material costs", "higher lumber costs": the costs rise, not the demand;
    round 13)."""
    before = t.ids[np.maximum(w.mpos - 1, 0)]
    goods = t.marks(_NAMED_GOOD)  # "rising lumber costs": a named good names the kind of costs
    roles = np.searchsorted(t.pos, q) - np.searchsorted(t.pos, w.mlast + 1)
    roles -= np.searchsorted(goods, q) - np.searchsorted(goods, w.mlast + 1)
    return t.lex.conjunction_mask[before] & (roles == 0) & (q > w.mlast + 1)


def _attributive(t, w) -> np.ndarray:
    """Per movement word, whether it stands right after a preposition and right before a content word
    the lexicon does not know ("amid rising protectionism", "despite falling ridership"): the word
    describes that noun, so it pairs with no quantity before it (round 14). Not after a determiner
    ("sales kept a rising trend" moves the sales) and not before a function word, a figure or
    punctuation."""
    before = t.ids[np.maximum(w.mpos - 1, 0)]
    at = np.minimum(w.mlast + 1, t.n - 1)
    nxt = t.ids[at]
    lex = t.lex
    noun = ~lex.active[nxt] & ~lex.function_mask[nxt] & ~lex.determiner_mask[nxt] & ~lex.conjunction_mask[nxt]
    noun &= ((lex.flags[nxt] & (F_HARD | F_SOFT | _FILLERS)) == 0) & (at > w.mlast)
    return lex.word_mask(ATTRIBUTIVE_AFTER)[before] & (w.mpos > 0) & noun


def _long_subjects(t, w) -> np.ndarray:
    """``w.qi`` with unpaired movement verbs paired with the quantity before them when a phrase of
    that quantity's own, longer than the pairing window (``WINDOW``), stands between: it opens with a
    preposition of :data:`SUBJECT_PHRASE` right after the quantity and holds, within
    :data:`LONG_SUBJECT_GAP` tokens, only words without a role (the phrase's nouns and adjectives, and
    linking verbs such as "continue", "remain", "are"), prepositions, determiners and conjunctions (no
    punctuation, no relative word, no verb or hedge the lexicon knows): "Orders from overseas customers in the machinery sector decreased". A movement
    word after a determiner is a noun ("... saw a decrease"), not the phrase's verb."""
    qi = w.qi
    free = np.flatnonzero(qi < 0)
    if not len(free) or not len(w.qpos):
        return qi
    j = np.searchsorted(w.qpos, w.mpos[free]) - 1
    keep = j >= 0
    free, j = free[keep], j[keep]
    a, b = w.qlast[j], w.mpos[free]
    lex, last = t.lex, t.n - 1
    ok = (b - a > WINDOW) & (b - a - 1 <= LONG_SUBJECT_GAP) & (t.seg(a) == t.seg(b))
    ok &= lex.word_mask(SUBJECT_PHRASE)[t.ids[np.minimum(a + 1, last)]]
    ok &= ~lex.determiner_mask[t.ids[np.maximum(b - 1, 0)]]
    plain = (~lex.active | lex.prep_mask | lex.determiner_mask | lex.conjunction_mask) & ~lex.relative_mask
    plain &= (lex.flags & (F_HARD | F_SOFT)) == 0
    for k in range(2, LONG_SUBJECT_GAP + 1):  # a fixed number of gathers over the few candidates
        ok &= (a + k >= b) | plain[t.ids[np.minimum(a + k, last)]]
    if not ok.any():
        return qi
    qi = qi.copy()
    qi[free[ok]] = j[ok]
    return qi
