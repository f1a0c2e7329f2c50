"""A comparative that sizes a noun of its own: "a greater impact on profits", "a stronger emphasis on
hiring", "a higher priority for ..." is no rise of profits or hiring.

A level word that is an adjective (:data:`ADJECTIVES`: greater, higher, stronger, lower ...)
right before a content word the lexicon does not know - a noun that is no quantity ("impact",
"emphasis", "role") - followed by a preposition other than "of" / "for" / "than" ("on", "in", "to",
"at") and a quantity within :data:`REACH` tokens says how big *that noun* is; the quantity after the
preposition is its topic ("slack here has a greater impact on profits" says nothing about profits
rising). Such a word is no movement, like "more" before a word of its own
(:func:`toolkit.tone.degrees._comparatives`), and the quantity is a topic that does not count alone
(:func:`_own_noun_topics`). Left alone: a quantity right after the adjective
("higher sales in the East"), an adjective of a quantity ("higher auto sales"), a measure noun
(:data:`MEASURES`: "higher levels of employment", "a higher number of layoffs"; they take "of"
anyway) and verbs ("output rose again in manufacturing": "rose" is no adjective).

>>> from toolkit.tone import explain
>>> explain("Slack here has a greater impact on profits.")["term"].tolist()
['slack']
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_HARD, F_SOFT

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _own_nouns

#: level words that are adjectives before a noun
#: ("more" / "less" / "fewer" count what follows - "placing more workers in manufacturing" - and
#: :func:`toolkit.tone.degrees._comparatives` reads them before a word of their own)
ADJECTIVES = ("greater", "higher", "stronger", "lower", "weaker", "smaller", "bigger")
#: nouns that measure the quantity after them: the adjective stays a movement of that quantity
MEASURES = ("level", "levels", "number", "numbers", "amount", "amounts", "share", "portion",
            "proportion", "percentage", "degree", "pace", "volume")
#: prepositions after which the quantity is the noun's topic, not what the adjective sizes
_NOT_TOPIC = ("of", "for", "than")
#: how many tokens after the preposition the quantity may stand (over determiners and adjectives)
REACH = 3
#: the lexicon needs ids for these words so that the rule can find them
WORDS = ADJECTIVES + MEASURES + _NOT_TOPIC


def _own_nouns(t, mpos: np.ndarray) -> np.ndarray:
    """Per movement word at ``mpos``, whether it is an adjective sizing a noun of its own before a
    preposition and a quantity (no movement)."""
    lex, last = t.lex, t.n - 1
    adj = lex.word_mask(ADJECTIVES)[t.ids[mpos]]
    if not adj.any():
        return adj
    sel, mpos = np.flatnonzero(adj), mpos[adj]  # only the adjectives are looked at
    at = np.minimum(t.end_of(mpos) + 1, last)
    nxt = t.ids[at]
    noun = ~lex.active[nxt] & ~lex.function_mask[nxt] & ~lex.determiner_mask[nxt] & ~lex.conjunction_mask[nxt]
    noun &= ((lex.flags[nxt] & (F_HARD | F_SOFT)) == 0) & ~lex.word_mask(MEASURES)[nxt] & (at > mpos)
    prep = t.ids[np.minimum(at + 1, last)]
    noun &= lex.prep_mask[prep] & ~lex.word_mask(_NOT_TOPIC)[prep] & (at + 1 <= last)
    topic = np.zeros(len(mpos), dtype=bool)
    for d in range(2, REACH + 2):
        p = np.minimum(at + d, last)
        topic |= (lex.qcode[t.ids[p]] >= 0) & (at + d <= last) & (t.seg(p) == t.seg(mpos))
    adj[sel] = noun & topic
    return adj


def _own_noun_topics(t, qpos: np.ndarray) -> np.ndarray:
    """Per quantity at ``qpos``, whether it is the topic after an adjective's own noun and its
    preposition ("a greater impact on profits"): it does not count alone."""
    m = t.pos[t.lex.mdir[t.tid] != 0]
    m = m[_own_nouns(t, m)]
    if not len(m) or not len(qpos):
        return np.zeros(len(qpos), dtype=bool)
    start = t.end_of(m) + 3  # after the noun and the preposition
    j = np.searchsorted(start, qpos, side="right") - 1
    jc = np.maximum(j, 0)
    return (j >= 0) & (qpos < start[jc] + REACH) & (t.seg(qpos) == t.seg(m[jc]))
