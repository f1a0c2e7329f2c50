"""A modal of the past: "growth may have slowed", "without the strike, output would have risen"
(round 13, i13-r13a).

A modal followed by "have" and a past participle speaks of what happened or might have happened:
a hedge about the past ("Growth may have slowed in the third quarter": certainty C1, uncertain) or
a counterfactual ("Without the strike, output would have risen": F4, not forward-looking). Before
this module the modal counted as a forward cue. :func:`_past_modals` rewrites such a modal to
``lex.past_modal_id``, a hedge (kind ``hedge``: it still counts into ``uncertainty`` and softens
its clause as before) that is no forward cue. "Would have to", "could have an impact on", "may
have a significant effect" are the future: the word after "have" is no participle there.

A participle is "been" or a word of the lexicon whose text ends in -ed or -en, or one of
:data:`IRREGULAR` ("risen", "fallen", "grown"); a word the lexicon does not know leaves the modal.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Growth may have slowed in the third quarter.", "Growth may slow next year."])
>>> s["forward_looking"].tolist(), s["uncertainty"].tolist()
([False, True], [1, 1])
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine calls _past_modals

#: the modals that "have" + a participle puts in the past
MODALS = ("may", "might", "could", "would", "should", "must")
#: participles that do not end in -ed / -en
IRREGULAR = ("been", "risen", "fallen", "grown", "done", "seen", "shown", "made", "held", "kept", "had",
             "hit", "cut", "set", "put", "led", "lost", "won", "built", "brought", "bought", "sold", "spent")
#: phrases of the lexicon that are "have" and a participle ("have been", kind past)
PERFECT_PHRASES = ("have been", "have had")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = MODALS + IRREGULAR + ("have",)


def _participles(lex) -> np.ndarray:
    """Per id: a past participle (see the module)."""
    found = getattr(lex, "_participles", None)
    if found is None:
        ends = np.array([t.endswith(("ed", "en")) and " " not in t for t in lex.terms], dtype=bool)
        ends[0] = False  # id 0: a word the lexicon does not know
        found = lex._participles = ends | lex.word_mask(IRREGULAR)
    return found


def _past_modals(ids: np.ndarray, lex, ends: np.ndarray | None) -> None:
    """Rewrite a modal before "have" and a participle to ``lex.past_modal_id`` (in place; ``ends[p]``:
    the last token of the phrase starting at ``p``, None: no phrases)."""
    have = lex.ids.get("have")
    if have is None or len(ids) < 3:
        return
    at = np.flatnonzero(lex.word_mask(MODALS)[ids[:-2]])
    if not len(at):
        return
    after = at + 1 if ends is None else ends[at] + 1
    ok = (after < len(ids) - 1) & (at == (at if ends is None else ends[at]))
    after = np.minimum(after, len(ids) - 2)
    been = [lex.phrase_of[p] for p in PERFECT_PHRASES if p in lex.phrase_of]  # "might have been": a phrase
    ok &= ((ids[after] == have) & _participles(lex)[ids[after + 1]]) | lex.word_mask(tuple(been))[ids[after]]
    ids[at[ok]] = lex.past_modal_id
