""""slack" the adjective: "demand was slack", "sales remained slack" - weak, not the noun slack.

The lexicon reads "slack" as the noun of the labour market or of capacity ("slack diminished"), a bad
quantity with a small tone alone, and a shortfall beside prices. After a copula (:data:`COPULAS`: was,
were, remained, stayed ...), over intensifiers ("remained very slack"), it is the adjective: its
subject is weak, a down word like "sluggish" (the lexicon's ``slack_adjective_id``), so "demand was
slack" is demand down, bad news, not "slack" counted alone; it stays a shortfall beside prices. The
noun stays where the copula is existential ("there is considerable slack") or a phrase of the
quantity that is slack follows ("is slack in the labor market"; not "remained slack in most areas").

>>> from toolkit.tone import explain
>>> explain("Demand remained slack.")["term"].tolist()
['demand slack (weak)']
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _slack_adjective

#: verbs after which "slack" is an adjective
COPULAS = ("was", "were", "is", "are", "been", "be", "remained", "remain", "remains", "stayed", "stay",
           "stays", "became", "become", "becomes", "seemed", "appeared", "continued")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = COPULAS + ("slack", "there", "in", "of")


def _slack_adjective(ids: np.ndarray, lex, at: np.ndarray | None = None) -> None:
    """Give each "slack" after a copula (over up to two intensifiers) ``lex.slack_adjective_id`` (in place).
    ``at``: the positions of "slack" when the caller has them (:class:`toolkit.tone.triggers.Triggers`)."""
    if at is None:
        at = np.flatnonzero(ids == lex.ids["slack"])
    if not len(at):
        return
    p = at - 1
    for _ in range(2):  # "remained very slack"
        skip = (p > 0) & (lex.ival[ids[np.maximum(p, 0)]] != 1.0)
        p = np.where(skip, p - 1, p)
    ok = (p >= 0) & lex.word_mask(COPULAS)[ids[np.maximum(p, 0)]]
    ok &= ~((p > 0) & (ids[np.maximum(p - 1, 0)] == lex.ids["there"]))  # "there is considerable slack"
    last = len(ids) - 1
    phrase = lex.word_mask(("in", "of"))[ids[np.minimum(at + 1, last)]]  # "slack in the labor market"
    of_quantity = np.zeros(len(at), dtype=bool)
    for d in (2, 3, 4):
        of_quantity |= (lex.qcode[ids[np.minimum(at + d, last)]] >= 0) & (at + d <= last)
    ok &= ~(phrase & of_quantity)
    ids[at[ok]] = lex.slack_adjective_id
