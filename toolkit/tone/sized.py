"""A movement noun whose size the predicate states: "job gains were weak", "employment gains have
been strong", "sales increases remained sluggish". The predicate's movement word says how big the
movement was; it pairs with the quantity on its own ("job ... weak"), so the movement noun before the
copula is no movement of its own: "job gains were weak" is bad news (not a good gain and a weak job
market that cancel), "employment gains were strong" counts once.

:func:`_sized_by_predicate` is a filter of :func:`toolkit.tone.pairing._pair_movements`, like the
origin, degree and comparative filters: the movement words it marks are no movement.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _in_sorted

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _sized_by_predicate

#: the copulas that open the predicate right after the movement noun ("gains were ...")
COPULAS = ("is", "are", "was", "were", "has been", "have been", "had been", "remain",
           "remains", "remained", "stay", "stays", "stayed", "continue", "continues", "continued")
#: at most this many linking words ("have been", "continued to be") between the noun and the predicate
SIZE_GAP = 3


def _sized_by_predicate(t, mpos: np.ndarray) -> np.ndarray:
    """Per movement word at ``mpos``, whether a copula follows it right away and another movement
    word follows over linking words only (at most ``SIZE_GAP``): "gains were weak" marks "gains".

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["Job gains were weak."]).loc[0, "score"]) < 0
    True
    """
    lex = t.lex
    if len(mpos) < 2:
        return np.zeros(len(mpos), dtype=bool)
    copulas = [i for i in (lex.phrase_of.get(w, lex.ids.get(w)) for w in COPULAS) if i]
    last = t.n - 1
    p = np.minimum(t.end_of(mpos) + 1, last)
    ok = lex.word_mask(copulas)[t.ids[p]] & (t.end_of(mpos) < last)
    out = np.zeros(len(mpos), dtype=bool)
    sel = np.flatnonzero(ok)  # only the words a copula follows are looked at
    p, ok = p[sel], ok[sel]
    sized = np.zeros(len(sel), dtype=bool)
    for _ in range(SIZE_GAP):
        p = np.minimum(t.end_of(p) + 1, last)  # over the phrase ("have been") to the next word
        tid = t.ids[p]
        # a movement word still read as one (in ``mpos``): "weakness was widespread" keeps the weakness,
        # "widespread" being its reach (toolkit.tone.frequency), alone in its text or among others
        sized |= ok & (lex.mdir[tid] != 0) & _in_sorted(p, mpos)
        ok &= lex.linking_mask[tid] & ~sized
    out[sel] = sized
    return out
