"""Instructions in the imperative: "Continue to implement a prudent monetary policy.", "Strengthen
counter-cyclical adjustment and keep liquidity reasonably ample.", "Further improve the transmission
of monetary policy." (round 13, i13-r13a).

PBoC and MIIT releases list their tasks as bare verbs at the head of a sentence. Such a sentence is
an intention of the institution (guidelines rule 4: no tone unless it states an outcome; F3:
forward-looking), like "efforts will be made to ...". Before this module nothing marked it, so
"Expand domestic demand and boost consumption." read as good news and as a statement of the past.

:func:`_imperative_marks` finds the sentences whose first word, over at most one adverb of manner
(:data:`ADVERBS`: "further", "vigorously"), is a verb of :data:`VERBS` in its base form; those verb
positions join the marks of the modifier ``intention`` (clause rule "sentence": tone to the end of
the sentence counts zero, until an observation word such as "which has" or "because"). Words that
open sentences as adjectives or nouns in the corpora ("Lower interest rates", "Support from the
government", "Advance bookings", "Increase in ...") are not in the list; a gerund ("Strengthening
demand lifted orders") is another word.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Expand domestic demand and boost consumption.",
...                  "Lower interest rates supported housing demand."])
>>> s["label"].tolist(), s["forward_looking"].tolist()
(['neutral', 'positive'], [True, False])
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine calls _imperative_marks

#: verbs in the base form that open an instruction
VERBS = ("continue", "continue to", "strengthen", "promote", "guide", "expand", "keep", "maintain", "improve", "deepen",
         "implement", "enhance", "optimize", "optimise", "stabilize", "stabilise", "ensure", "accelerate",
         "foster", "encourage", "prevent", "resolve", "intensify", "develop", "boost", "reduce", "make",
         "give", "refine", "facilitate", "uphold", "adhere", "coordinate", "consolidate", "step up",
         "speed up", "push forward", "press ahead", "strive")
#: adverbs of manner that may stand before the verb ("Further improve ...", "Vigorously develop ...")
ADVERBS = ("further", "vigorously", "actively", "firmly", "steadily", "continuously", "effectively",
           "resolutely", "comprehensively", "earnestly", "unswervingly", "properly", "appropriately",
           "steadfastly", "also", "always", "constantly")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = tuple(dict.fromkeys(w for v in VERBS + ADVERBS for w in v.split()))


def _verb_mask(lex) -> np.ndarray:
    """Per id: a verb of :data:`VERBS` (a word, or a phrase of the lexicon such as "step up")."""
    found = getattr(lex, "_imperative_verbs", None)
    if found is None:
        ids = [lex.ids.get(v, lex.phrase_of.get(v)) for v in VERBS]
        found = lex._imperative_verbs = lex.word_mask(tuple(i for i in ids if i is not None))
    return found


def _imperative_marks(t) -> np.ndarray:
    """Sorted positions of the verbs that open an instruction (see the module)."""
    if not t.n:
        return np.zeros(0, dtype=np.int64)
    lex, ids = t.lex, t.ids
    starts = np.concatenate([[0], t.hard + 1])
    starts = starts[starts < t.n]
    adverb = lex.word_mask(ADVERBS)[ids[starts]]
    after = np.minimum(t.end_of(starts) + 1, t.n - 1)
    verb = np.where(adverb, after, starts)
    ok = _verb_mask(lex)[ids[verb]] | _two_words(lex, ids, verb)
    ok &= ~adverb | (after > starts)
    return np.unique(verb[ok])


def _two_words(lex, ids: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Whether a verb of two words that is no lexicon phrase ("step up", "speed up") starts at ``at``."""
    ok = np.zeros(len(at), dtype=bool)
    nxt = ids[np.minimum(at + 1, len(ids) - 1)]
    for verb in VERBS:
        first, _, second = verb.partition(" ")
        if second and verb not in lex.phrase_of and first in lex.ids and second in lex.ids:
            ok |= (ids[at] == lex.ids[first]) & (nxt == lex.ids[second]) & (at + 1 < len(ids))
    return ok
