""""The Bank said it would publish the report on Monday", "the Governor said the Bank would not
hesitate to act", "the company said it would close two plants": "would" of a plan said by its actor
is a commitment reported in the past, certain (round 14, i13-r14b).

The guidelines make "would" a hedge when it is hypothetical (certainty C1) and certain when it reports
a plan stated firmly (C6: "the bank said it would publish the report on Monday"). The scorer read
every "would" as a hedge, though an actor's "would" was already its commitment for tone
(``commit``: no tone after it). Here a "would" ("would continue to") whose subject is an actor (the
test of a commitment, :func:`toolkit.tone.clauses._after_actor`: "the Bank would", "it would") is no
hedge ("would continue to" is no hedge anyway), unless the next word is "be" or "have": "it would be appropriate to wait", "it would have
been better" are hypothetical judgements (C1). "Members agreed that growth would remain moderate"
(no actor as the subject) is left a hedge. A firm reported on ("the company said it would close two
plants": :mod:`toolkit.tone.reported_firms`) states its plan as firmly: its "would" is no hedge either.

>>> from toolkit.tone import score_texts
>>> score_texts(["The Bank said it would publish the report on Monday.",
...              "Members said it would be appropriate to wait.",
...              "Growth would slow."])["uncertainty"].tolist()
[0, 1, 1]
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine calls _plan_hedges

#: the words after "would" that make it hypothetical ("it would be appropriate")
HYPOTHETICAL = ("be", "have")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = HYPOTHETICAL


def _plan_hedges(t, hedges: np.ndarray) -> np.ndarray:
    """The hedge positions ``hedges`` without the "would" of a plan said by an actor (see the module)."""
    from toolkit.tone.clauses import _after_actor  # here: clauses imports the engine's readings

    lex, ids = t.lex, t.ids
    if not len(hedges):
        return hedges
    at = hedges[ids[hedges] == lex.ids.get("would", -1)]
    if not len(at):
        return hedges
    nxt = np.minimum(t.end_of(at) + 1, t.n - 1)
    at = at[~lex.word_mask(HYPOTHETICAL)[ids[nxt]] | (nxt == t.end_of(at))]
    said = _after_actor(t, at, 3)
    firm = at[ids[np.maximum(at - 1, 0)] == lex.firm_it_id]  # "the company said it would close two plants"
    return np.setdiff1d(hedges, np.union1d(said, firm), assume_unique=True)
