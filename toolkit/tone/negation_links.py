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
grow") denies it the same way (:func:`_endings`), and so does "doubt" before "that" / "whether"
("retailers doubt that sales will improve"); "production stopped" alone is left as it is. A verb of
reporting after a negated subject (:data:`REPORTS`: "no district reported a decline in sales", "none of
the contacts reported layoffs", "few firms plan to cut jobs") carries the negation to what is reported
(:func:`_reported`).

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
#: verbs of reporting and of doubt: after a negated subject ("no district reported a decline in sales",
#: "none of the contacts reported layoffs", "few firms plan to cut jobs") they carry the negation to
#: what is reported; "doubt" denies what follows it ("retailers doubt that sales will improve")
REPORTS = ("reported", "report", "reports", "reporting", "noted", "note", "notes", "indicated", "indicate",
           "indicates", "cited", "cite", "cites", "mentioned", "said", "say", "says", "saw", "see", "sees",
           "observed", "expected", "expect", "expects", "plan", "plans", "planned", "anticipate",
           "anticipates", "anticipated", "plan to", "plans to", "planned to", "expect to", "expects to",
           "expected to", "anticipate", "intend to", "intends to")
DOUBTS = ("doubt", "doubts", "doubted")
#: every verb of consequence
LINK_VERBS = tuple(v for verbs in LINKS.values() for v in verbs)
#: the lexicon needs ids for these words so that the rule can find them
WORDS = tuple(LINKS) + LINK_VERBS + _JOINS + ENDINGS + tuple(r for r in REPORTS if " " not in r) + DOUBTS + \
    ("over", "to", "that", "whether", "by")


def report_ids(lex) -> tuple:
    """The lexicon ids of :data:`REPORTS`, words and phrases ("plans to" is one token once merged)."""
    return tuple(i for i in (lex.phrase_of.get(r, lex.ids.get(r)) for r in REPORTS) if i is not None)


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
    declining", "ceased to grow"), and of the "that" / "whether" after "doubt"."""
    lex, last = t.lex, t.n - 1
    words = ENDINGS + DOUBTS
    p = t.triggers.at(words) if getattr(t, "triggers", None) is not None else np.flatnonzero(lex.word_mask(words)[t.ids])
    if not len(p):
        return p
    nxt = t.ids[np.minimum(p + 1, last)]
    after_to = t.ids[np.minimum(p + 2, last)]
    moves = (lex.mdir[nxt] != 0) & (p < last)
    moves |= (nxt == lex.ids["to"]) & (lex.mdir[after_to] != 0) & (p + 1 < last)
    moves &= lex.word_mask(ENDINGS)[t.ids[p]]
    doubt = lex.word_mask(DOUBTS)[t.ids[p]] & lex.word_mask(("that", "whether"))[nxt] & (p < last)
    return np.sort(np.concatenate([p[moves], p[doubt] + 1]))  # "doubt that": from "that" on


def _reported(t, negs: np.ndarray) -> np.ndarray:
    """Positions of the verbs of reporting whose subject a negator denies: the negator at most
    :data:`REACH` tokens before, in its comma clause, with no quantity, movement or join between
    ("no district reported", "none of the contacts reported"; not "no layoffs were reported, and
    sales rose": the negation is spent on the layoffs), and the word not a noun after a preposition or
    a determiner ("mitigated by reports of strong activity")."""
    lex = t.lex
    said = report_ids(lex)
    p = t.triggers.at(said) if getattr(t, "triggers", None) is not None else \
        np.flatnonzero(lex.word_mask(said)[t.ids])
    if not len(p) or not len(negs):
        return p[:0]
    j = np.searchsorted(negs, p) - 1
    neg = negs[np.maximum(j, 0)]
    end = t.end_of(neg)
    ok = (j >= 0) & (p > end) & (p - end <= REACH) & (t.seg(neg) == t.seg(p)) & (t.com(neg) == t.com(p))
    for d in range(1, REACH):
        q = np.minimum(end + d, t.n - 1)
        tid = t.ids[q]
        ok &= ~((q < p) & ((lex.mdir[tid] != 0) | (lex.qcode[tid] >= 0) | lex.word_mask(_JOINS)[tid]))
    before = t.ids[np.maximum(p - 1, 0)]  # "mitigated by reports of ...": the noun, no verb
    ok &= ~(lex.prep_mask[before] | lex.determiner_mask[before] | lex.word_mask(("by",))[before])
    return p[ok]


def _negation_relays(t) -> np.ndarray:
    """The negator marks of the texts with the verbs of consequence they reach and the verbs of
    ending added (sorted)."""
    negs = t.marks(_NEGATOR)
    ends_ = _endings(t)
    said = _reported(t, negs)
    if len(ends_) or len(said):  # disjoint words: a sorted concatenation is their union
        negs = np.sort(np.concatenate([negs, ends_, said]))
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
