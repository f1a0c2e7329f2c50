""""expect sales to improve": the infinitive after a forecast verb and its object is the forecast, not a
goal (round 14, Beige Book, i13-r14a).

"Contacts expect sales to improve", "bankers anticipate loan demand to strengthen", "the Committee
expects labor market conditions to strengthen further": the "to X" after a forecast verb and its
object says what the forecaster expects to happen. Guidelines rule 8: a forecast counts like a
statement of fact. The lexicon's purpose phrases ("to improve", "to strengthen", "to reduce", kind
``purpose``) read it as a goal and zeroed its tone, so these sentences were neutral while "contacts
expect sales to rise" (no purpose phrase) kept its tone.

:func:`_forecast_complements` is a step of :class:`toolkit.tone.engine._Layout`, after the phrases: a
purpose phrase "to X" whose verb the lexicon has (:func:`toolkit.tone.helped_outcomes._verb_of_purpose`)
becomes the verb X when a forecast verb (:data:`FORECASTERS`) stands 2 to :data:`GAP` tokens before it,
with its object between and no punctuation, no "to" between. The object is needed: "expect to" and "expected to" are
phrases of their own (a plan, a hedge), and an aim stays an aim ("contacts expect the Bank to act to
support growth": the "to support" is farther than the object). Position arrays only.

>>> from toolkit.tone import score_texts
>>> score_texts(["Contacts expect sales to improve.", "Bankers expect loan demand to strengthen.",
...              "The Bank raised rates to strengthen the currency."])["label"].tolist()
['positive', 'positive', 'neutral']
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.helped_outcomes import _verb_of_purpose
from toolkit.tone.rules import F_HARD, F_SOFT

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _forecast_complements

#: the forecast verbs whose object an infinitive follows ("expect sales to improve")
FORECASTERS = ("expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated",
               "anticipating", "predict", "predicts", "predicted", "foresee", "foresees", "forecast",
               "forecasts", "projected")
#: the most tokens from the forecast verb to its "to X" (the object between: "expect residential real
#: estate sales to improve")
GAP = 6
#: the lexicon needs ids for these words so that the rule can find them
WORDS = FORECASTERS


def _forecast_complements(ids: np.ndarray, lex, seen: np.ndarray) -> None:
    """Rewrite, in ``ids`` in place, each purpose phrase "to X" that completes a forecast verb at
    ``seen`` (sorted positions of :data:`FORECASTERS`) and its object (see the module) to the id of
    its verb X."""
    if not len(seen):
        return
    verb = _verb_of_purpose(lex)
    stop = lex.flag_mask(F_HARD | F_SOFT)
    to = lex.ids.get("to", -1)
    end = len(ids) - 1
    open_ = np.ones(len(seen), dtype=bool)  # no comma, clause end or other infinitive yet
    for d in range(1, GAP + 1):  # the words after each forecast verb, one gather per offset
        q = np.minimum(seen + d, end)
        w = ids[q]
        purpose = verb[w] >= 0
        hit = open_ & purpose & (d >= 2)
        ids[q[hit]] = verb[w[hit]]
        open_ &= ~(stop[w] | purpose | (w == to))
        if not open_.any():
            return
