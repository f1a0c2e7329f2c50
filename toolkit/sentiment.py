"""The old import path of the tone scorer: ``toolkit.sentiment`` re-exports :mod:`toolkit.tone`.

New code imports from ``toolkit.tone`` (or ``toolkit``); this module keeps every name that
``toolkit.sentiment`` offered before the scorer became a package, including the rule constants and
the lexicon kind codes, so ``from toolkit.sentiment import score_texts`` and
``from toolkit.sentiment import TONE_K`` keep working.

>>> from toolkit.sentiment import score_texts
>>> score_texts(["Unemployment fell."])["label"].tolist()
['positive']
"""
from __future__ import annotations

from toolkit.tone import *  # noqa: F401,F403
from toolkit.tone import KINDS
from toolkit.tone import __all__ as _tone_all
from toolkit.tone.rules import (ALPHA, COMMA_COST, CONCESSION, CONTRAST_BEFORE, HEDGE_FACTOR, HEDGE_SCOPE,
                                INTENS_SCOPE, INTENT_FACTOR, NEG_FACTOR, NEG_SCOPE, PURPOSE_FACTOR,
                                PURPOSE_SCOPE, WINDOW)

# the lexicon kind codes by their old names (the index of each kind in KINDS)
(GOOD, BAD, INFL, UP, DOWN, STATE, NEG, INTENS, CONTRAST, CONCESS, HEDGE, FORWARD, PURPOSE, NEUTRAL, IGNORE,
 INTENT) = (KINDS.index(k) for k in (
    "good", "bad", "inflation", "up", "down", "state", "negator", "intensifier", "contrast", "concession",
    "hedge", "forward", "purpose", "neutral", "ignore", "intent"))
HARD, SOFT = 16, 17  # the old codes of the sentence-internal boundaries: . ; : ! ?  and  ,

__all__ = list(_tone_all) + [
    "GOOD", "BAD", "INFL", "UP", "DOWN", "STATE", "NEG", "INTENS", "CONTRAST", "CONCESS", "HEDGE", "FORWARD",
    "PURPOSE", "NEUTRAL", "IGNORE", "INTENT", "HARD", "SOFT",
    "ALPHA", "COMMA_COST", "CONCESSION", "CONTRAST_BEFORE", "HEDGE_FACTOR", "HEDGE_SCOPE", "INTENS_SCOPE",
    "INTENT_FACTOR", "NEG_FACTOR", "NEG_SCOPE", "PURPOSE_FACTOR", "PURPOSE_SCOPE", "WINDOW",
]
