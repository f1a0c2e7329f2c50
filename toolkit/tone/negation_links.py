"""A negation that reaches over a verb of consequence: "tight labor markets are not often translating into
higher wages", "there were few signs that any optimism was translating into increased loan demand".

A negator reaches the tone word within three tokens (:data:`toolkit.tone.rules.MODIFIERS`,
"negation"). A verb of consequence - "translate into", "lead to", "result in", "feed through to",
"pass through to", "spill over into", "carry over into" (:data:`LINKS`) - says that what it
denies is the consequence after it, often further away: "has not yet fully translated into
significantly higher wages" denies the higher wages. :func:`_negation_relays` makes such a verb a
negator too when a negator comes at most :data:`REACH` tokens before it in its comma clause with
no movement word and no "and" / "or" between them (in "output did not decline and this led to more
hiring", the negation is spent on the decline). The negation then reaches from the verb's last word
("into", "to", "in"), which explain names as the negation it relays ("negation 'into'"). A verb of
ending right before a movement (:data:`ENDINGS`: "sales stopped declining", "demand has ceased to
grow") denies it the same way (:func:`_endings`); "production stopped" alone is left as it is.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Strong demand has not yet fully translated into significantly higher profits."])["score"][0]) < 0.6
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _negation_relays

_NEGATOR = FLAG[next(m.kind for m in MODIFIERS if m.clause == "reaches")]
#: verbs of consequence, each with the word that follows it
LINKS = {
    "into": ("translate", "translates", "translated", "translating", "spill", "spills", "spilled",
             "spilling", "carry", "carries", "carried", "carrying"),
    "to": ("lead", "leads", "led", "leading"),
    "in": ("result", "results", "resulted", "resulting"),
    "through": ("feed", "feeds", "fed", "feeding", "pass", "passes", "passed", "passing"),
}
#: how many tokens after the negator's end the verb may stand
REACH = 4
_JOINS = ("and", "or")
#: verbs of ending: right before a movement ("sales stopped declining", "demand has ceased to grow")
#: they deny it like a negator
ENDINGS = ("stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing")
#: every verb of consequence
LINK_VERBS = tuple(v for verbs in LINKS.values() for v in verbs)
#: the lexicon needs ids for these words so that the rule can find them
WORDS = tuple(LINKS) + LINK_VERBS + _JOINS + ENDINGS + ("over", "to")


def _linked(t, p: np.ndarray) -> np.ndarray:
    """Per verb at ``p``, the position of its word ("translating into"; over "over" / "through": "spill
    over into", "feed through to"), or -1 when it has none."""
    lex, last = t.lex, t.n - 1
    end = np.full(len(p), -1, dtype=np.int64)
    for word, verbs in LINKS.items():
        mine = lex.word_mask(verbs)[t.ids[p]]
        nxt = t.ids[np.minimum(p + 1, last)]
        two = mine & lex.word_mask(("over", "through"))[nxt] & (t.ids[np.minimum(p + 2, last)] == lex.ids[word])
        end = np.where(two, p + 2, end)
        end = np.where(mine & (nxt == lex.ids[word]) & (p < last), p + 1, end)
    return end


def _endings(t) -> np.ndarray:
    """Positions of the verbs of ending right before a movement word, or before "to" and one ("stopped
    declining", "ceased to grow")."""
    lex, last = t.lex, t.n - 1
    p = t.triggers.at(ENDINGS) if getattr(t, "triggers", None) is not None else np.flatnonzero(lex.word_mask(ENDINGS)[t.ids])
    if not len(p):
        return p
    nxt = t.ids[np.minimum(p + 1, last)]
    after_to = t.ids[np.minimum(p + 2, last)]
    moves = (lex.mdir[nxt] != 0) & (p < last)
    moves |= (nxt == lex.ids["to"]) & (lex.mdir[after_to] != 0) & (p + 1 < last)
    return p[moves]


def _negation_relays(t) -> np.ndarray:
    """The negator marks of the texts with the verbs of consequence they reach and the verbs of
    ending added (sorted)."""
    negs = t.marks(_NEGATOR)
    ends_ = _endings(t)
    if len(ends_):  # disjoint words: a sorted concatenation is their union
        negs = np.sort(np.concatenate([negs, ends_]))
    if not len(negs):
        return negs
    lex = t.lex
    if getattr(t, "triggers", None) is not None:  # words without a role: not among t.pos
        p = t.triggers.at(LINK_VERBS)
    else:
        p = np.flatnonzero(lex.word_mask(LINK_VERBS)[t.ids])
    link_end = _linked(t, p)
    p, link_end = p[link_end >= 0], link_end[link_end >= 0]
    if not len(p):
        return negs
    j = np.searchsorted(negs, p) - 1
    neg = negs[np.maximum(j, 0)]
    end = t.end_of(neg)
    ok = (j >= 0) & (p - end <= REACH) & (p > end) & (t.seg(neg) == t.seg(p)) & (t.com(neg) == t.com(p))
    for d in range(1, REACH):  # no movement word and no join between the negator and the verb
        q = np.minimum(end + d, t.n - 1)
        between = q < p
        tid = t.ids[q]
        ok &= ~(between & ((lex.mdir[tid] != 0) | lex.word_mask(_JOINS)[tid]))
    if not ok.any():
        return negs
    return np.sort(np.concatenate([negs, link_end[ok]]))  # "into", "to": no negator
