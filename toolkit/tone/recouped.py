"""Losses made good: "farmers were able to recover losses", "lenders hope to recover most of the
losses on bad loans", "airlines recovered fuel costs with surcharges". A verb of getting back (:data:`VERBS`) whose object is a
bad-direction quantity (losses, costs, deficits) says that the quantity was made good, not that it
rose: the verb reads like "reduced" (a transitive verb that moves its object down), so the pair is a
bad quantity going down, good news (guidelines rule 1). Elsewhere the verb keeps its reading:
"sales recovered" (no object), "output recovered from its losses" (a preposition: where the
recovery started), "farmers recovered their sales" (a good object: it rose).

:func:`_recouped` rewrites the token ids in place, before the layout keeps the words with a role (like
:func:`toolkit.tone.size_predicates._size_predicates`): the object is the next word with a role, at
most ``OBJECT_GAP`` tokens after the verb, with only words without a role between ("some of their",
"the"), or one movement or level word before it ("recovered higher costs"). Position arrays only.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import OBJECT_GAP

__all__: list[str] = []  # internal: toolkit.tone.engine calls _recouped

#: the verbs of getting back what was lost
VERBS = ("recover", "recovers", "recovered", "recovering")


def _recouped(ids: np.ndarray, lex, pos: np.ndarray) -> None:
    """Rewrite a verb of :data:`VERBS` whose object is a bad quantity to the lexicon's
    ``recouped_id`` (the roles of "reduced") in ``ids``; ``pos``: the sorted positions of the words
    with a role (see the module).

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["Farmers were able to recover losses suffered earlier."]).loc[0, "score"]) > 0
    True
    """
    from toolkit.tone.lexicon import BAD

    k = np.flatnonzero(lex.word_mask(VERBS)[ids[pos]])
    k = k[k + 1 < len(pos)]
    if not len(k):
        return
    nxt = k + 1  # the next word with a role; over one movement word ("recovered higher costs")
    moved = (lex.mdir[ids[pos[nxt]]] != 0) & (nxt + 1 < len(pos))
    obj = np.where(moved, np.minimum(nxt + 1, len(pos) - 1), nxt)
    verb, at = pos[k], pos[obj]
    ok = (lex.qcode[ids[at]] == BAD) & (at - verb - 1 <= OBJECT_GAP)
    ok &= _fillers(ids, lex, verb, at)  # no preposition or comma between: "recovered from its losses"
    ids[verb[ok]] = lex.recouped_id


def _fillers(ids: np.ndarray, lex, verb: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Whether every token between ``verb`` and ``at`` is a determiner or a quantity word of the
    noun phrase ("some of their": "some", "of", "their" - "of" only after "some" / "most" / "all")."""
    ok = np.ones(len(verb), dtype=bool)
    of, share = lex.ids.get("of", -1), lex.word_mask(("some", "most", "all", "much", "part"))
    for d in range(1, OBJECT_GAP + 1):
        p = np.minimum(verb + d, len(ids) - 1)
        inside = p < at
        tid = ids[p]
        fill = lex.determiner_mask[tid] | share[tid] | ((tid == of) & share[ids[np.maximum(p - 1, 0)]])
        fill |= ~lex.active[tid] & ~lex.english_mask[tid] & ~lex.prep_mask[tid]
        fill |= lex.mdir[tid] != 0
        ok &= ~inside | fill
    return ok
