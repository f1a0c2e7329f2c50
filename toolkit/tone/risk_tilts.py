""""Risks to growth are tilted to the upside": the side a risk is tilted to, said after it.

Guidelines rule 7 and the task's inflation rule: upside risks to growth are good news, upside risks to
inflation bad news. The lexicon reads "upside risks to growth" so (kind ``upside``); said the other way
round ("the risks to growth are skewed to the upside", "the balance of risks has shifted to the upside"),
the head "risks" alone was a risk, bad news, and "upside" after it a good word of its own.
:func:`_tilted_upside` rewrites in place, before the layout keeps the words with a role, the risk head
("risk" / "risks", the last before it in its sentence, at most :data:`REACH` tokens back) of each
"upside" after "to / toward / towards / on the" to "upside risks" (so the kind ``upside`` reads what
the risks are to), and that "upside" to a word of no role. "To the downside" needs nothing: a risk
is bad news already.

>>> from toolkit.tone import score_texts
>>> score_texts(["Risks to growth are skewed to the upside."]).loc[0, "label"]
'positive'
>>> score_texts(["Risks to the inflation outlook remain tilted to the upside."]).loc[0, "label"]
'negative'
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_HARD

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _tilted_upside

#: round 14 (balance, i13-r14c): the side named after the risk
UPSIDE = ("upside",)
#: the words before it that make it a side: "to the upside", "towards the upside", "on the upside"
TOWARD = ("to", "toward", "towards", "on")
#: the risk heads, and what a head is read as
HEADS = ("risks", "risk")
AS_HEAD = {"risks": "upside risks", "risk": "upside risk"}
#: how far back (tokens) the head may stand: "the risks to the outlook for economic growth are tilted to the upside"
REACH = 14
#: the role-less id the "upside" after the head becomes
SIDE = "upside (the side of a tilt)"
#: the words the reading needs ids for (toolkit.tone.lexicon.READING_WORDS)
WORDS = UPSIDE + TOWARD + HEADS + ("the", SIDE)


def _tilted_upside(ids: np.ndarray, lex, at: np.ndarray) -> None:
    """Rewrite (in place) the risk head before each "to the upside" at the positions ``at`` (of
    "upside") to "upside risks", and the "upside" to :data:`SIDE`."""
    the, side = lex.ids.get("the"), lex.ids.get(SIDE)
    if not len(at) or the is None or side is None:
        return
    at = at[(at >= 2) & (ids[np.maximum(at - 1, 0)] == the)]
    at = at[lex.word_mask(TOWARD)[ids[np.maximum(at - 2, 0)]]]
    heads = {lex.ids[w]: lex.phrase_of.get(AS_HEAD[w]) for w in HEADS if w in lex.ids}
    for p in at.tolist():
        for q in range(p - 3, max(p - REACH, 0) - 1, -1):
            if lex.flags[ids[q]] & F_HARD:
                break
            target = heads.get(int(ids[q]))
            if target is not None:
                ids[q], ids[p] = target, side
                break
