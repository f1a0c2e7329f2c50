"""A movement said of a carrier with a phrase of its own: "strong growth in regulated prices" is a rise of
prices, not strong growth; "slower growth of unit labour costs" is costs moving more slowly.

Step 2 of :mod:`toolkit.tone.engine`, after :func:`toolkit.tone.pairing._head_nouns`: a movement or
level word right before a carrier ("growth") that is followed by "in" / "of" and, within ``HEAD_GAP``
tokens in the same comma clause, another quantity, moves that quantity (so does a verb before it:
"curbed the rapid growth of credit" moves credit, a level); the carrier is marked so that
it does not count alone. "Strong growth" with no such phrase ("strong growth in recent months" names
no quantity) keeps its own reading.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["There was rapid growth in costs."]).loc[0, "score"]) < 0
True
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from toolkit.tone.rules import HEAD_GAP

if TYPE_CHECKING:
    from toolkit.tone.engine import _Layout
    from toolkit.tone.pairing import _Words

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _carrier_phrases

#: the prepositions that open a carrier's own phrase ("growth in prices", "growth of wages")
_CARRIER_PREPS = ("in", "of")


def _carrier_phrases(t: _Layout, w: _Words, qi: np.ndarray, carried: np.ndarray) -> tuple:
    """Per movement word paired with a carrier after it ("strong growth", "curbed the rapid growth"),
    the quantity of the carrier's phrase ("in regulated prices", "of money and credit") instead, when
    there is one. Returns (qi, carried)."""
    lex = t.lex
    m = np.flatnonzero(qi >= 0)
    q = qi[m]
    ok = lex.carrier_mask[w.qid[q]] & (w.mlast[m] < w.qpos[q]) & (q + 1 < len(w.qpos))
    m, q = m[ok], q[ok]
    if not len(m):
        return qi, carried
    preps = [lex.ids[p] for p in _CARRIER_PREPS if p in lex.ids]
    after = t.ids[np.minimum(w.qlast[q] + 1, t.n - 1)]
    nxt = q + 1
    gap = w.qpos[nxt] - w.qlast[q]
    ok = lex.word_mask(preps)[after] & (gap > 1) & (gap <= HEAD_GAP)
    ok &= (t.seg(w.qpos[nxt]) == t.seg(w.qpos[q])) & (t.com(w.qpos[nxt]) == t.com(w.qpos[q]))
    ok &= ~lex.carrier_mask[w.qid[nxt]]
    qi, carried = qi.copy(), carried.copy()
    qi[m[ok]] = nxt[ok]
    carried[q[ok]] = True
    return qi, carried


def _carriers_of_moved(t: _Layout, w: _Words, carried: np.ndarray) -> np.ndarray:
    """``carried`` with each carrier marked whose own phrase ("the growth rate of services prices")
    names a quantity that a movement took, wherever the movement stands ("..., which has been
    rising"): the movement is that quantity's, so the carrier does not count alone (round 12).

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["The key figure is the growth of prices, which has been rising."]).loc[0, "score"]) < 0
    True
    """
    lex = t.lex
    h = np.flatnonzero(lex.carrier_mask[w.qid[:-1]] & ~carried[:-1])
    if not len(h):
        return carried
    preps = lex.word_mask(_CARRIER_PREPS)
    nxt = h + 1
    gap = w.qpos[nxt] - w.qlast[h]
    ok = preps[t.ids[np.minimum(w.qlast[h] + 1, t.n - 1)]] & (gap > 1) & (gap <= HEAD_GAP)
    ok &= (t.seg(w.qpos[nxt]) == t.seg(w.qpos[h])) & (t.com(w.qpos[nxt]) == t.com(w.qpos[h]))
    moved = np.zeros(len(w.qpos), dtype=bool)
    moved[w.qi[w.qi >= 0]] = True
    ok &= moved[nxt] & ~lex.carrier_mask[w.qid[nxt]]
    carried = carried.copy()
    carried[h[ok]] = True
    return carried
