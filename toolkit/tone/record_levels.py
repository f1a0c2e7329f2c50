"""A record before its quantity is a record high: "the company delivered record sales", "farmers
harvested a record crop", "record quarterly profits", "record losses". The lexicon has "record" as an
intensifier only (it sizes a movement: "a record decline"), so a quantity with "record" before it and
no movement had no tone ("record sales" read like "sales"). Here "record" right before a quantity (at
most :data:`GAP` words without a role between: "record quarterly profits") becomes a level word of
its own that says high ("record (a high)", kind ``up``), paired with that quantity like "high": good
news of a good quantity, bad news of a bad one ("record losses", "record unemployment"). Prices and
levels keep the intensifier ("due to record prices, farmers plan to plant more soybeans": the price
of a crop, no news of inflation; "record deposits", a figure).

"record high" / "record low" are lexicon phrases and keep their rows; "record" before a movement ("a
record decline"), a number ("a record 5 percent") or any other word keeps its intensifier role.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["The company delivered record sales.", "The group reported record losses."])["score"]
>>> bool(s[0] > 0.1), bool(s[1] < -0.1)
(True, True)
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import KINDS

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _record_levels

#: the word read (the lexicon's intensifier)
WORDS = ("record",)
#: the id the lexicon gives the level word "record" becomes (toolkit.tone.lexicon)
RECORD_HIGH = "record (a high)"
#: how many words without a role may stand between "record" and its quantity
GAP = 1


def _record_levels(ids: np.ndarray, lex) -> None:
    """Rewrite, in ``ids`` in place, each "record" right before a quantity (see the module) to the id
    of :data:`RECORD_HIGH`."""
    high, record = lex.ids.get(RECORD_HIGH), lex.ids.get("record")
    if high is None or record is None or len(ids) < 2:
        return
    at = np.flatnonzero(ids[:-1] == record)
    if not len(at):
        return
    good_or_bad = np.zeros(len(KINDS) + 1, dtype=bool)  # by qcode + 1 (-1: no quantity)
    good_or_bad[[KINDS.index("good") + 1, KINDS.index("bad") + 1]] = True
    open_ = np.ones(len(at), dtype=bool)  # no word with a role met yet after "record"
    for d in range(1, GAP + 2):
        p = np.minimum(at + d, len(ids) - 1)
        tid = ids[p]
        hit = open_ & good_or_bad[lex.qcode[tid] + 1] & (at + d < len(ids))
        ids[at[hit]] = high
        open_ &= ~hit & ~lex.active[tid]
