"""A contrast word that opens the next clause of the sentence: "Sales were strong; however, orders
fell." and "Service job gains are strong. but manufacturing job gains are weak." (guidelines rule 6:
the clause after the connective decides, whatever mark stands before it).

The clause rule "later" of :data:`toolkit.tone.rules.MODIFIERS` weighs down the tone before a
contrast word of the same clause (between two hard marks . ; : ! ?); :func:`_opens_next` adds the
units whose clause ends in a hard mark followed right away by a contrast word, in the same text (a
contrast word opening a text weighs down nothing: the text before it is another sentence).
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _in_sorted
from toolkit.tone.rules import F_HARD, F_SEP, F_SOFT

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _opens_next, the layout _clause_still


def _opens_next(t, mk: np.ndarray, seg_u: np.ndarray) -> np.ndarray:
    """Per tone unit (sentence numbers ``seg_u``), whether the hard mark ending its clause is
    followed by a contrast word (positions ``mk``) and is not the boundary between two texts."""
    n_seg = len(t.hard)
    has_end = seg_u < n_seg  # the last clause of all texts has no hard mark after it
    ends = t.hard[np.minimum(seg_u, max(n_seg - 1, 0))] if n_seg else np.zeros(len(seg_u), dtype=int)
    opened = _in_sorted(ends + 1, mk) & ~_in_sorted(ends, t.sep)
    return has_end & opened


#: round 13 (contrast, i13-r13b): "still" opening a sentence or a clause after ; : and followed by a
#: comma ("Output fell; still, services expanded.") is the contrast word "nonetheless"; every other
#: "still" ("sales are still rising", "but still low") is the adverb and keeps its reading
STILL = ("still",)
#: the contrast word the clause-opening "still" is read as (a lexicon word of kind ``contrast``)
STILL_AS = "nonetheless"


def _clause_still(ids: np.ndarray, lex, at: np.ndarray) -> None:
    """Rewrite (in place) each "still" at the positions ``at`` that opens its text or a clause after a
    hard mark and has a comma right after it to the contrast word :data:`STILL_AS`.

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["Output declined; still, services activity expanded briskly."]).loc[0, "score"]) > 0.1
    True
    >>> float(score_texts(["Sales are still rising."]).loc[0, "score"]) > 0.1
    True
    """
    target = lex.ids.get(STILL_AS)
    if target is None or not len(at):
        return
    before = ids[np.maximum(at - 1, 0)]
    opens = (at == 0) | ((lex.flags[before] & (F_HARD | F_SEP)) > 0)
    comma = (lex.flags[ids[np.minimum(at + 1, len(ids) - 1)]] & F_SOFT) > 0
    ids[at[opens & comma & (at + 1 < len(ids))]] = target


def _joined(t, mk: np.ndarray) -> np.ndarray:
    """Per sentence (between hard marks), its group: a sentence whose hard mark is followed by a
    contrast word (positions ``mk``: "strong; however, ...") joins the next one, so the clause after
    the contrast word decides against it (:func:`toolkit.tone.contrast_decides._contrast_decides`).
    Returns the group number of every sentence number 0 .. len(t.hard)."""
    n_seg = len(t.hard) + 1
    if not len(t.hard):
        return np.zeros(n_seg, dtype=np.int64)
    joins = _in_sorted(t.hard + 1, mk) & ~_in_sorted(t.hard, t.sep)
    return np.arange(n_seg) - np.concatenate([[0], np.cumsum(joins)])
