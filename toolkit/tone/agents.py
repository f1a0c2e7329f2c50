"""The agent of a passive is what moved something, not what moved: "prices were held down by
discounting" is prices held down (discounting is the cause), like "sales were held back by weak
demand". A movement word with "by" right after it (the passive's agent) that pairs with a quantity
after the "by" pairs instead with the subject: the first quantity of its comma clause, before it and at most
``SUBJECT_REACH`` tokens from it ("prices for many retail items were held down by"). With no
quantity before it ("held down by discounting, prices ...") the pair stays. Position arrays and
``searchsorted`` only.

>>> from toolkit.tone import explain
>>> explain("Prices were held down by discounting.")["term"].tolist()
['prices down', 'discounting']
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from toolkit.tone.engine import _Layout
    from toolkit.tone.pairing import _Words

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _passive_agents

#: at most this many tokens from the subject to the movement ("prices for many retail items were held down")
SUBJECT_REACH = 12


def _passive_agents(t: _Layout, w: _Words) -> np.ndarray:
    """Per movement word, its quantity (``qi``), moved from a passive's agent after "by" to the
    quantity before the movement (see the module). Returns ``qi``."""
    qi = w.qi.copy()
    by = t.lex.ids.get("by", -1)
    after = t.ids[np.minimum(w.mlast + 1, t.n - 1)] == by
    paired = qi >= 0
    ok = after & paired & (w.mlast + 1 < t.n)
    ok &= w.qpos[np.maximum(qi, 0)] > w.mlast + 1  # it pairs with the agent after "by"
    if not ok.any():
        return qi
    # the subject: the first quantity of the movement's comma clause ("prices for many retail items
    # were held down by": prices, not retail)
    # (looked up for the passives only: the last comma or hard mark before each, not a merged copy of all marks)
    at = np.flatnonzero(ok)
    mpos = w.mpos[at]
    start = np.maximum(_last_before(t.soft, mpos), _last_before(t.hard, mpos)) + 1
    first = np.searchsorted(w.qpos, start)
    fc = np.minimum(first, len(w.qpos) - 1)
    moved = (first < len(w.qpos)) & (w.qlast[fc] < mpos) & (mpos - w.qpos[fc] <= SUBJECT_REACH)
    qi[at[moved]] = fc[moved]
    return qi


def _last_before(marks: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Per position of ``p``, the last of the sorted ``marks`` before it (-1: none)."""
    return np.append([-1], marks)[np.searchsorted(marks, p)]
