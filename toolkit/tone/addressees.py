""""Should" said to the agents an institution addresses: "financial institutions should strengthen risk
management", "banks should maintain adequate capital", "all parties should work together",
"monetary policy should remain prudent" are instructions, not forecasts (round 14, i13-r14b).

The guidelines read "should" of obligation as certain (certainty C7) and an instruction as an
intention with no tone (rule 4: "efforts should be made to ..."). Round 13 (:mod:`toolkit.tone.probable`)
made "should" certain and an intention only when an actor, the institution, is its subject ("the PBC
should ...", "all localities should ..."); said to banks, firms or a policy it stayed a hedged
forecast, so "banks should maintain adequate capital buffers" was uncertain and positive.

Here a "should" (or "should continue to", "should also", "should further") is an instruction when the
word right before it is an addressee (:data:`ADDRESSEES`: banks, institutions, enterprises, firms,
insurers, parties, states, policy; the head noun of "financial institutions", "member states",
"fiscal policy"), and the verb after it is not one that says what will befall the subject
(:data:`BEFALL`: "exporters should benefit", "firms should see lower costs" stay forecasts). Only
"should" is read so: "banks will raise lending" says what banks are expected to do, with its tone, and
"demand should pick up" (no addressee) stays a forecast.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Banks should maintain adequate capital buffers.",
...                  "Firms should benefit from lower costs.",
...                  "Demand should pick up."])
>>> s["label"].tolist(), s["uncertainty"].tolist()
(['neutral', 'positive', 'positive'], [0, 1, 1])
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.clauses._after_actor calls _addressed

#: the head nouns of the agents an instruction is addressed to
ADDRESSEES = ("banks", "institutions", "enterprises", "companies", "firms", "businesses", "insurers",
              "lenders", "parties", "states", "policy", "policies", "intermediaries")
#: the words of "should" that an addressee makes an instruction
SHOULD = ("should", "should continue to", "should also", "should further")
#: verbs that say what befalls the subject, not what it is told to do ("firms should benefit")
BEFALL = ("benefit", "see", "experience", "face", "find", "feel", "gain", "enjoy", "suffer", "become",
          "be", "remain", "continue", "get", "receive")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = ADDRESSEES + BEFALL


def _addressed(t, mk: np.ndarray) -> np.ndarray:
    """Per marker ``mk``: True for a "should" with an addressee right before it and no :data:`BEFALL`
    verb right after it (see the module)."""
    lex, ids = t.lex, t.ids
    out = lex.word_mask(lex.term_ids(SHOULD))[ids[mk]] & (mk > 0)
    if not out.any():
        return out
    out &= lex.word_mask(ADDRESSEES)[ids[np.maximum(mk - 1, 0)]]
    after = np.minimum(t.end_of(mk) + 1, t.n - 1)
    out &= ~lex.word_mask(BEFALL)[ids[after]] | (after == t.end_of(mk))
    return out
