""""Should" of probability: "demand should pick up", "growth should be strong next year" are hedged
forecasts, "efforts should be made", "we should continue to ...", "credit support should be
increased" are instructions (round 13, i13-r13a).

The guidelines read "should" two ways (certainty C7): of obligation it is certain and, said of the
institution, an intention with no tone (rule 4); of probability it hedges a forecast, which keeps
its tone (rule 8) and makes the sentence uncertain (C1). Before this module "should be" was always
an intention (kind ``intent``), so "sales should be weak in the fourth quarter" lost its tone, and
no "should" counted into ``uncertainty``.

* :func:`_should_be_forecasts` rewrites "should be" / "should also be" to ``lex.should_likely_id``
  (kinds ``forward`` and ``probable``, no ``intent``) when the next word, over adverbs ("further",
  "fairly", a word in -ly: "should be steadily advanced" stays an instruction), is a state or movement word that is not a passive participle ("should be strong",
  "should be weaker", "should be subdued"), or a comparative of degree ("more", "less"). A participle
  ("should be increased", "should be kept"), an unknown word or anything else leaves the
  instruction.
* :func:`_probable_marks` gives the positions that count into ``uncertainty`` for the modifier
  ``probable`` (clause rule "unless actor"): its words ("should", "should continue to", "should be
  (likely)") unless an actor is their subject ("the PBC should ...", "all localities should ...":
  the same test as a commitment's, :func:`toolkit.tone.clauses._after_actor`).

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Sales should be weak in the fourth quarter.",
...                  "Credit support should be increased for small firms.",
...                  "Demand should pick up.", "The PBC should keep liquidity ample."])
>>> s["label"].tolist(), s["uncertainty"].tolist()
(['negative', 'neutral', 'positive', 'neutral'], [1, 0, 1, 0])
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.engine calls these

#: the phrases of an instruction that a forecast word after them makes a forecast
PHRASES = ("should be", "should also be")
#: adverbs that may stand between "should be" and its word ("should be fairly strong")
ADVERBS = ("further", "fairly", "quite", "relatively", "somewhat", "very", "still", "even", "slightly",
           "considerably", "significantly", "substantially", "broadly", "generally", "roughly", "a", "little")
#: adjectives in -ed that are no passive ("growth should be subdued", "the impact should be limited")
ADJECTIVES = ("subdued", "elevated", "muted", "depressed", "limited", "mixed", "sustained", "balanced")
#: comparatives of degree that make the next words a forecast ("should be more resilient")
DEGREES = ("more", "less", "higher", "lower", "stronger", "weaker", "better", "worse", "greater", "smaller")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = ADVERBS + ADJECTIVES + DEGREES
_PROBABLE = next(m for m in MODIFIERS if m.clause == "unless actor")


def _forecast_words(lex) -> np.ndarray:
    """Per id: a word after "should be" that makes it a forecast (a state or movement word whose
    text does not end like a participle, an adjective of :data:`ADJECTIVES`, a degree)."""
    found = getattr(lex, "_after_should", None)
    if found is None:
        tone = ~np.isnan(lex.state) | (lex.mdir != 0)
        passive = np.array([t.endswith(("ed", "en")) for t in lex.terms], dtype=bool)
        found = lex._after_should = (tone & ~passive) | lex.word_mask(ADJECTIVES) | lex.word_mask(DEGREES)
    return found


def _adverbs(lex) -> np.ndarray:
    """Per id: an adverb that may stand after "should be" (:data:`ADVERBS`, or a word in -ly: "should be
    steadily advanced" is an instruction, "should be fairly strong" a forecast)."""
    found = getattr(lex, "_should_adverbs", None)
    if found is None:
        ly = np.array([t.endswith("ly") for t in lex.terms], dtype=bool)
        found = lex._should_adverbs = lex.word_mask(ADVERBS) | ly
    return found


def _should_be_forecasts(ids: np.ndarray, lex, ends: np.ndarray | None) -> None:
    """Rewrite "should be" before a forecast word to ``lex.should_likely_id`` (see the module).
    ``ends[p]``: the last token of the phrase starting at ``p`` (None: no phrases). In place."""
    wanted = [lex.phrase_of[p] for p in PHRASES if p in lex.phrase_of]
    if not wanted or ends is None:
        return
    at = np.flatnonzero(lex.word_mask(wanted)[ids])
    if not len(at):
        return
    nxt = np.minimum(ends[at] + 1, len(ids) - 1)
    adverbs = _adverbs(lex)
    for _ in range(2):  # over at most two adverbs: "should be a little stronger"
        skip = adverbs[ids[nxt]] & (nxt < len(ids) - 1)
        nxt[skip] = np.minimum(ends[nxt[skip]] + 1, len(ids) - 1)
    forecast = _forecast_words(lex)[ids[nxt]]
    ids[at[forecast]] = lex.should_likely_id


def _probable_marks(t) -> np.ndarray:
    """Positions of the ``probable`` words that count into ``uncertainty``: those without an actor
    as their subject (see the module)."""
    from toolkit.tone.clauses import _after_actor

    mk = t.pos[(t.flags & FLAG[_PROBABLE.kind]) > 0]
    if not len(mk):
        return mk
    said = _after_actor(t, mk, _PROBABLE.scope)
    return np.setdiff1d(mk, said, assume_unique=True)
