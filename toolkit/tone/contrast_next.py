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

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _opens_next


def _opens_next(t, mk: np.ndarray, seg_u: np.ndarray) -> np.ndarray:
    """Per tone unit (sentence numbers ``seg_u``), whether the hard mark ending its clause is
    followed by a contrast word (positions ``mk``) and is not the boundary between two texts."""
    n_seg = len(t.hard)
    has_end = seg_u < n_seg  # the last clause of all texts has no hard mark after it
    ends = t.hard[np.minimum(seg_u, max(n_seg - 1, 0))] if n_seg else np.zeros(len(seg_u), dtype=int)
    opened = _in_sorted(ends + 1, mk) & ~_in_sorted(ends, t.sep)
    return has_end & opened
