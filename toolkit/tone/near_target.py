"""Prices said against their target in the FOMC's words: "close to the Committee's 2 percent objective".

The target-band phrases of the lexicon ("close to the target", "above the target") need their words
side by side; a statement puts a figure and an owner between them: "running close to the
Committee's 2 percent longer-run objective", "in line with its 2 percent target", "well above the 2
percent objective". A target noun (target, objective, goal) whose words before it, over at most
``_GAP`` owner, figure and filler words (the, its, the Committee's, 2 percent, longer-run, inflation,
unknown words), open with a relation word becomes the band phrase of that relation: "close to",
"closer to", "near", "at", "around", "in line with", "consistent with" read as "close to the target"
(prices at their target: price stability), "above" as "above the target" (high inflation). The
phrase then pairs only with prices before it, like the band phrases (of any other quantity: no news).
"to" / "toward" / "towards" right after a movement, with a figure in the span ("rise to the 2 percent
objective"), become the marker "toward its target": prices rising to their target were below it.
Runs on the token ids before the layout, like :func:`toolkit.tone.phrases._find_phrases`.

>>> from toolkit import score_texts
>>> float(score_texts(["Inflation has been running close to the Committee's 2 percent objective."]).score.iloc[0]) > 0
True
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine calls _near_targets

TARGETS = ("target", "objective", "goal", "targets", "objectives", "goals")
#: words that may stand between the relation and the target noun (besides unknown words, numbers and units)
FILLERS = ("the", "its", "their", "our", "s", "percent", "longer", "run", "longer-run", "inflation", "the committee",
           "per", "cent")
#: (words of the relation, read backwards from the target side, the band phrase it becomes)
RELATIONS = ((("to", "close"), "close to the target"), (("to", "closer"), "close to the target"),
             (("to", "nearer"), "close to the target"), (("with", "line", "in"), "close to the target"),
             (("with", "consistent"), "close to the target"), (("near",), "close to the target"),
             (("at",), "close to the target"), (("around",), "close to the target"),
             (("above",), "above the target"))
#: round 11: prices moving to their target with an owner or a figure between ("rise to the 2 percent
#: objective", "toward the Committee's 2 percent objective") read as the marker "toward its target"
#: (toolkit.tone.clauses: a rise of the sentence's prices came from below, good news), with a figure
#: in the span and a movement right before the relation ("posing risks to the Committee's 2 percent
#: objective", "committed to its 2 percent objective", "made progress toward the 2 percent objective"
#: say no direction of prices)
TOWARD = ((("toward",), "toward its target", True), (("towards",), "toward its target", True),
          (("to",), "toward its target", True))
_GAP = 8


#: words before "to" that say a movement into the target besides the movement words ("back to", "return to")
RETURNS = ("back", "return", "returns", "returned", "returning")


def _moves_into(ids: np.ndarray, lex, to: np.ndarray) -> np.ndarray:
    """Per position of a "to", whether a movement word ("rise", "picked up") or a return ("back")
    stands right before it, over at most one intensifier ("rise gradually to"): "committed to" is none."""
    prev = ids[np.maximum(to - 1, 0)]
    prev = np.where((lex.ival[prev] != 1) & (to > 1), ids[np.maximum(to - 2, 0)], prev)
    return (to > 0) & ((lex.mdir[prev] != 0) | lex.word_mask(RETURNS)[prev])


def _near_targets(ids: np.ndarray, lex, last: np.ndarray) -> bool:
    """Rewrite "<relation> ... <target noun>" to the band phrase of the relation, in place (its first
    word takes the phrase id, the rest are blanked, ``last`` marks the span). Returns whether any was found."""
    at = np.flatnonzero(lex.word_mask(TARGETS)[ids])
    if not len(at):
        return False
    filler = lex.word_mask(FILLERS + tuple(lex.phrase_of.get(w, 0) for w in FILLERS)) | lex.figure_mask
    filler[0] = True  # unknown words and the blanked words of a phrase
    start = at.copy()  # the first word before the target noun that is no filler
    moving = np.ones(len(at), dtype=bool)
    for _ in range(_GAP):
        prev = np.maximum(start - 1, 0)
        moving &= (start > 0) & filler[ids[prev]] & (lex.flags[ids[prev]] & 1 == 0)  # not across . ; :
        start = np.where(moving, prev, start)
    found = False
    figures = np.flatnonzero(lex.figure_mask[ids])  # where the figures stand (searchsorted: how many before i)
    for words, phrase, figure in tuple((w, p, False) for w, p in RELATIONS) + TOWARD:
        pid = lex.phrase_of.get(phrase)
        wid = [lex.ids.get(w) for w in words]
        if pid is None or None in wid:
            continue
        ok = start >= len(words)
        for k, w in enumerate(wid):
            ok &= ids[np.maximum(start - 1 - k, 0)] == w
        ok &= last[np.maximum(start - len(words), 0)] == np.maximum(start - len(words), 0)  # not inside a phrase
        if figure:  # "rise to the 2 percent objective": a figure in the span, a movement before "to"
            ok &= (np.searchsorted(figures, at) > np.searchsorted(figures, start)) & _moves_into(ids, lex, start - len(words))
        if not ok.any():
            continue
        first, end = start[ok] - len(words), at[ok]
        size = end - first
        ids[np.repeat(first + 1, size) + np.arange(int(size.sum())) - np.repeat(np.cumsum(size) - size, size)] = 0
        ids[first] = pid
        last[first] = end
        found = True
    return found
