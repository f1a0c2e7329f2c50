"""A movement in a relative clause that ends the sentence is said of the noun before the comma: "the
key indicator is the unemployment rate, which has been falling" is unemployment falling (good news),
"growth depends on exports, which have been weakening" exports weakening. The relative word and its
auxiliaries ("which have been") and a comma put the movement past the pairing window, so it was left
unpaired. Only a relative clause that runs to the end of its sentence, after a clause with no
movement or state word of its own: one inside the sentence ("exports, which had been rising, fell in
May") or after news ("some weakening in SUV sales, which have been strong") is a side remark and the
main clause decides.

:func:`_relative_movements` is a step of :func:`toolkit.tone.pairing._pair_movements`, after the
other pairing steps and before the pace words: an unpaired movement word whose comma clause opens
with a relative word (:data:`toolkit.tone.relatives.WORDS`, or a lexicon phrase starting with one,
"which has"), within ``REACH`` tokens of the comma, with no quantity and no other movement between,
pairs with the quantity that ends right before the comma. Position arrays only.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.relatives import _relative_ids

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _relative_movements

#: how far after the comma the movement may be ("which have been gradually rising": 5 tokens)
REACH = 6


def _relative_movements(t, w) -> np.ndarray:
    """Per movement word of ``w`` (a :class:`toolkit.tone.pairing._Words`), its quantity index, with
    unpaired movements of a closing relative clause paired with the noun before its comma.

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["Growth depends on exports, which have been falling."]).loc[0, "score"]) < 0
    True
    """
    qi, soft = w.qi.copy(), t.soft
    m = np.flatnonzero(qi < 0)
    if not len(m) or not len(soft) or not len(w.qpos):
        return qi
    c = soft[np.maximum(np.searchsorted(soft, w.mpos[m]) - 1, 0)]  # the comma before each movement
    ok = (c < w.mpos[m]) & (w.mpos[m] - c <= REACH) & (c > 0)
    ok &= _relative_ids(t.lex)[t.ids[np.minimum(c + 1, t.n - 1)]]
    ok &= (t.seg(c) == t.seg(w.mpos[m])) & _same_text(t, c, w.mpos[m]) & ~_comma_after(t, w.mpos[m])
    q = np.searchsorted(w.qpos, c) - 1  # the last quantity before the comma
    ok &= (q >= 0) & (w.qlast[np.maximum(q, 0)] == c - 1)
    ok &= np.searchsorted(w.qpos, w.mpos[m]) == q + 1  # no quantity between the comma and the movement
    ok &= np.searchsorted(w.mpos, c) == m  # the first movement after the comma
    ok &= ~_tone_before(t, w, c)  # "some weakening in SUV sales, which have been strong": a side remark
    qi[m[ok]] = q[ok]
    return qi


def _tone_before(t, w, c: np.ndarray) -> np.ndarray:
    """Whether a movement or state word stands in the sentence before each comma ``c``: then the
    clause before the comma has news of its own and the relative clause is a side remark."""
    hard = t.hard
    start = np.where(np.searchsorted(hard, c) > 0, hard[np.maximum(np.searchsorted(hard, c) - 1, 0)], -1)
    moves = np.searchsorted(w.mpos, c) - np.searchsorted(w.mpos, start, side="right")
    states = t.states()
    held = np.searchsorted(states, c) - np.searchsorted(states, start, side="right")
    return (moves > 0) | (held > 0)


def _comma_after(t, p: np.ndarray) -> np.ndarray:
    """Whether a comma follows each position ``p`` before the end of its sentence and text."""
    soft = t.soft
    at = np.searchsorted(soft, p, side="right")
    nxt = soft[np.minimum(at, len(soft) - 1)]
    return (at < len(soft)) & (t.seg(nxt) == t.seg(p)) & _same_text(t, nxt, p)


def _same_text(t, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether positions ``a`` and ``b`` are in the same text (no text boundary between them)."""
    return np.searchsorted(t.sep, a) == np.searchsorted(t.sep, b)
