"""Where a benefit or a harm came from: "the company is benefiting from strong demand", "sales
benefited from robust exports", "the industry suffers from weak demand", "support came from strong
consumer spending". The word after "from" is read as where a movement started ("fell from high
levels", "slowed from its strong pace": :func:`toolkit.tone.pairing._origins`), so the state of the
cause was dropped and "benefiting from strong demand" said nothing (guidelines rule 2: strong
demand is good news). After a verb of :data:`SOURCES` (benefit, suffer, stem, come, result) "from"
right before a word that is no determiner, with a quantity or "in" / "of" right after that word ("strong
demand", "strength in the housing market"), names the cause, which keeps its reading; after a movement
("rebounded from a sharp decline"), before a determiner ("resulted from a drop in tax revenues": a
movement noun, whose pairing across the verb is not to be trusted), before prices ("should benefit from
higher prices": a seller's prices, which the guidelines leave open) or anywhere else it stays an origin.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["The company is benefiting from strong demand.", "Exports fell from high levels."])
>>> bool(s["score"][0] > 0.1), bool(s["score"][1] < -0.1)
(True, True)
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import KINDS

_INFL = KINDS.index("inflation")

__all__: list[str] = []  # internal: toolkit.tone.pairing._origins calls _cause_marks

#: the verbs after which "from" names a cause, not a starting level
SOURCES = ("benefit", "benefits", "benefited", "benefitted", "benefiting", "benefitting", "profited", "profiting",
           "suffer", "suffers", "suffered", "suffering", "stem", "stems", "stemmed", "stemming", "came", "comes",
           "come", "coming", "resulted", "resulting", "arose", "arising", "derived")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = SOURCES


def _cause_marks(t, marks: np.ndarray) -> np.ndarray:
    """Whether each origin word at ``marks`` follows a verb of :data:`SOURCES` (see the module)."""
    if not len(marks):
        return np.zeros(0, dtype=bool)
    before = t.ids[np.maximum(marks - 1, 0)]
    word = np.minimum(t.end_of(marks) + 1, t.n - 1)
    after, priced = t.ids[word], np.zeros(len(marks), dtype=bool)
    for d in (1, 2):  # "benefit from higher (selling) prices": the seller's prices, left as they were
        priced |= t.lex.qcode[t.ids[np.minimum(word + d, t.n - 1)]] == _INFL
    nxt = t.ids[np.minimum(word + 1, t.n - 1)]
    named = (t.lex.qcode[nxt] >= 0) | t.lex.word_mask(("in", "of"))[nxt]  # "strong demand", "strength in"
    return (marks > 0) & t.lex.word_mask(SOURCES)[before] & ~t.lex.determiner_mask[after] & ~priced & named
