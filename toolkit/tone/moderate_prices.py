""""Moderate" as the predicate of prices: "inflation will remain moderate", "price pressures remained
moderate", "inflation is projected to continue to remain relatively moderate". Said of prices after a
copula, the adjective says prices are held in check, read like "contained" (guidelines, inflation
rule: inflation low, subdued, contained is 1). Elsewhere "moderate" stays a diminisher ("a moderate
pace", "growth remained moderate": growth keeps its own mild tone) or, after a modal, the verb
(:func:`toolkit.tone.topics._verbs_moderate`).

:func:`_prices_moderate` rewrites the token ids in place, before the layout keeps the words with a role
(like :func:`toolkit.tone.topics._verbs_moderate`): a "moderate" right after a copula (over one
diminisher: "relatively", "fairly") becomes the id of "contained" when the nearest quantity before it,
at most ``SUBJECT_REACH`` tokens back in its sentence, is a price quantity (lexicon kind
``inflation``). Position arrays only: the positions of "moderate" are found once, the look back is a
fixed number of array steps.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _phrase_start
from toolkit.tone.lexicon import INFL
from toolkit.tone.rules import F_HARD, F_SEP

__all__: list[str] = []  # internal: toolkit.tone.engine calls _prices_moderate

#: the copulas right before the predicate "moderate"
COPULAS = ("remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "is", "are", "was",
           "were", "be", "been")
#: the subject at most this many tokens before the copula
SUBJECT_REACH = 8


def _prices_moderate(ids: np.ndarray, lex, ends: np.ndarray | None = None, pos: np.ndarray | None = None) -> None:
    """Rewrite a predicate "moderate" of prices to "contained" in ``ids`` (see the module); ``ends`` as
    in :func:`toolkit.tone.topics._good_prices`; ``pos``: the positions of the words with a role, where
    "moderate" is looked for (default: everywhere; "contained" has a role too).

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["Inflation will remain moderate."]).loc[0, "score"]) > 0
    True
    """
    target = lex.ids.get("contained")
    mid = lex.ids.get("moderate", -1)
    at = lex.positions(ids, "moderate") if pos is None else pos[ids[pos] == mid]
    at = at[at > 1]
    if target is None or not len(at):
        return
    cop = lex.word_mask([c for c in COPULAS if c in lex.ids])
    soft = lex.ival[ids[at - 1]] < 1.0  # "remain relatively moderate"
    verb = np.where(soft, at - 2, at - 1)
    verb = np.maximum(verb, 0)
    ok = (cop[ids[verb]] | cop[ids[_phrase_start(ends, verb)]]) & (verb > 0)  # the word, or a phrase ending in it
    found = np.zeros(len(at), dtype=bool)
    done = ~ok
    for k in range(1, SUBJECT_REACH + 1):
        p = np.maximum(verb - k, 0)
        head = _phrase_start(ends, p)
        tid = ids[head]
        done |= (verb - k < 0) | ((lex.flags[tid] & (F_HARD | F_SEP)) > 0)  # the sentence's start
        quantity = lex.qcode[tid] >= 0
        found |= ~done & quantity & (lex.qcode[tid] == INFL)
        done |= quantity
    ids[at[ok & found]] = target
