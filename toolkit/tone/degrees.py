"""Degrees in the outlook scorer's pairing: "more" / "less" / "fewer" before a word of their own.

"more competitive", "more time is needed", "less common", "fewer companies anticipated ...": a
comparative right before a content word the lexicon does not know (an adjective, or a noun that is
no quantity), with no quantity in the two tokens after it, says how much of *that word* there is; it is no movement of a quantity nearby ("labor
markets are more competitive" is no rise of labor markets). Before a quantity ("more jobs", "fewer
orders"), or an adjective of one ("more residential sales", "less dynamic hiring"), it stays a movement
of that quantity, before a function word or the clause's end ("rose
more in March", "sales were up more") a movement of the subject, and before a state word it is the
state's degree (:func:`toolkit.tone.pairing._degrees`). Position arrays only, like the rest of the
engine.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from toolkit.tone.rules import F_HARD, F_SOFT, FLAG, MODIFIERS

if TYPE_CHECKING:
    from toolkit.tone.engine import _Layout

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _comparatives

_DEGREE = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "degree")


def _comparatives(t: _Layout, mpos: np.ndarray) -> np.ndarray:
    """Per movement word, whether it is a comparative ("more", "less", "fewer": kind ``more`` /
    ``less``) right before a content word without a role: not a function word (the bundled stopwords),
    not a number or a unit, not punctuation, no quantity in the next two tokens ("more residential sales") and no "of" / "for" right after the word
    ("more chance of a job": the amount of what the phrase names).
    Such a word is no movement.

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["Industry sources say that more time is needed."]).loc[0, "score"])
    0.0
    """
    lex = t.lex
    comp = (lex.flags[t.ids[mpos]] & _DEGREE) > 0
    if not comp.any():
        return comp
    sel, mpos = np.flatnonzero(comp), mpos[comp]  # only the comparatives are looked at
    at = np.minimum(t.end_of(mpos) + 1, t.n - 1)
    nxt = t.ids[at]
    content = ~lex.active[nxt] & ~lex.function_mask[nxt] & ~lex.determiner_mask[nxt] \
        & ~lex.conjunction_mask[nxt] & ((lex.flags[nxt] & (F_HARD | F_SOFT)) == 0)
    of_quantity = np.zeros(len(mpos), dtype=bool)  # "more residential sales", "a more general business
    for d in (1, 2):                                # expansion": an adjective of a quantity
        of_quantity |= (lex.qcode[t.ids[np.minimum(at + d, t.n - 1)]] >= 0) & (at + d < t.n)
    of_for = [lex.ids[w] for w in ("of", "for") if w in lex.ids]
    of_phrase = lex.word_mask(of_for)[t.ids[np.minimum(at + 1, t.n - 1)]]  # "more chance of a job": an amount of it
    comp[sel] = content & ~of_quantity & ~of_phrase & (at > mpos)
    return comp
