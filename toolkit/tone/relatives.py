"""A relative clause after a comma belongs to the clause before it: "new car sales are well below
year-earlier levels, except for imported luxury cars, which registered strong December sales" - the
strong sales are the exception's, so they are conceded with it and the main clause decides
(guidelines rule 6). The concession rows of :data:`toolkit.tone.rules.MODIFIERS` ("concession",
"main decides") reach to the end of their comma clause; :func:`_clause_of` numbers the comma
clauses so that a comma right before a relative word (:data:`WORDS`: "which", "where", "who",
"whose", or a lexicon phrase that starts with one, "which has") opens no new clause. Other rows keep
counting every comma. Position arrays only.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Sales were weak, except for luxury cars, which sold strongly."]).loc[0, "score"]) < 0
True
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.clauses and contrast_decides call _clause_of

#: the words that open a relative clause after a comma
WORDS = ("which", "where", "who", "whose")


def _relative_ids(lex) -> np.ndarray:
    """A mask over the vocabulary: the relative words and the lexicon phrases that start with one
    (made once per lexicon)."""
    mask = getattr(lex, "_relative_opening", None)
    if mask is None:
        ids = [lex.ids[w] for w in WORDS if w in lex.ids]
        ids += [i for term, i in lex.phrase_of.items() if term.split(" ", 1)[0] in WORDS]
        mask = lex._relative_opening = lex.word_mask(tuple(ids))
    return mask


def _clause_of(t, p) -> np.ndarray:
    """The comma-clause number of the positions ``p`` (like ``t.com``), where a comma followed by a
    relative word does not count: the relative clause is part of the clause before it."""
    soft = t.soft
    if not len(soft):
        return t.com(p)
    rel = getattr(t, "_relative_commas", None)  # the commas a relative word follows (found once per layout)
    if rel is None:
        rel = t._relative_commas = soft[_relative_ids(t.lex)[t.ids[np.minimum(soft + 1, t.n - 1)]] & (soft + 1 < t.n)]
    return t.com(p) - np.searchsorted(rel, p, side="right")
