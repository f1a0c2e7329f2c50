"""A comparison that opens its sentence moves the subject after it: "Down from 5.5 percent a year
earlier, the unemployment rate stood at 5.1 percent", "Up from 3.2 percent in the previous quarter,
GDP growth reached 4.1 percent". "up from" / "down from" (kind ``comparison``) move the sentence's
subject, which stands before them in the report style ("exports grew 5 percent, up from 3 percent");
put first, they have no quantity before them and moved nothing. Here such a word, the first word of
its sentence, with no pair, takes the first quantity after it in the same sentence, at most
:data:`SCOPE` tokens on (numbers, units and the comma do not count): the subject of the main clause.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Down from 5.5 percent a year earlier, the unemployment rate stood at "
...                    "5.1 percent."]).loc[0, "score"]) > 0.1
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_HARD, F_SEP, F_SOFT, FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.pairing._pair_movements calls _fronted_comparisons

_SUBJECT = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "subject")
_FILLERS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "filler")
#: how far after the comparison its subject may stand, figures and the comma not counted
SCOPE = 6


def _fronted_comparisons(t, w) -> np.ndarray:
    """Per movement word of ``w`` (a :class:`toolkit.tone.pairing._Words`), its quantity index; an
    unpaired comparison word that opens its sentence gets the first quantity after it (see the module)."""
    qi = w.qi
    k = np.flatnonzero((qi < 0) & ((t.lex.flags[w.mid] & _SUBJECT) > 0))
    if not len(k) or not len(w.qpos):
        return qi
    start = w.mpos[k]
    prev = t.ids[np.maximum(start - 1, 0)]
    opens = (start == 0) | ((t.lex.flags[prev] & (F_HARD | F_SEP)) > 0)
    k, start = k[opens], start[opens]
    nxt = np.searchsorted(w.qpos, w.mlast[k] + 1)
    ok = nxt < len(w.qpos)
    nc = np.minimum(nxt, len(w.qpos) - 1)
    q = w.qpos[nc]
    ok &= t.seg(q) == t.seg(start)
    ok &= _counted(t, w.mlast[k], q) <= SCOPE
    out = qi.copy()
    out[k[ok]] = nc[ok]
    return out


def _counted(t, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """How many tokens strictly between ``a`` and ``b`` count: not numbers, units or commas."""
    fill = np.union1d(t.marks(_FILLERS), t.soft)
    size = np.concatenate([[0], np.cumsum(t.end_of(fill) - fill + 1)]) if len(fill) else np.zeros(1, dtype=np.int64)
    before_b = np.searchsorted(fill, b)  # fillers starting before b
    after_a = np.searchsorted(fill, a, side="right")  # fillers starting after a
    return (b - a - 1) - (size[before_b] - size[after_a])
