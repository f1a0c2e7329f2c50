"""Workers taken on in a number: "firms hired fewer workers", "retailers hired additional seasonal
staff", "we plan to hire more employees". The verb of hiring has no role in the lexicon and the
worker noun has none either, so the comparative between them ("fewer", "more", "additional") had no
quantity to move. Here the worker noun after "hire(d) + comparative" is read as the employment it
adds (the lexicon's ``hiring``): "hired fewer workers" is hiring down, bad news; "hired additional
staff" hiring up, good news (guidelines rule 1: employment is a good quantity).

The construction: a verb of :data:`VERBS`, then right after it a comparative of :data:`AMOUNTS` or a
number (round 13, company news: "the company will hire 500 engineers" is hiring up, the number read
like "additional"), then
a worker noun of :data:`WORKERS` at most :data:`GAP` words later with only words without a role
between ("more seasonal workers", "additional full-time staff"). "hired workers" (no comparative or number),
"hired more quickly" (no worker noun) and "more workers retired" (no verb of hiring) keep their
reading (none). Negation and hedges reach the noun as they reach any quantity ("did not hire more
workers", "expect to hire more staff").

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Several firms hired fewer workers this year.", "Firms hired workers."])["score"]
>>> bool(s[0] < 0), float(s[1])
(True, 0.0)
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _hired_workers

#: the verbs of taking on workers
VERBS = ("hire", "hires", "hired")
#: the comparatives that say how many were taken on (the lexicon's movement words)
AMOUNTS = ("more", "fewer", "less", "additional", "extra")
#: the comparatives of :data:`AMOUNTS` with no role of their own, read like "more" here
ADDED = ("additional", "extra")
#: the nouns of the people taken on
WORKERS = ("workers", "worker", "employees", "employee", "staff", "people", "personnel", "hands",
           "help", "labor", "salespeople", "technicians", "engineers", "drivers", "nurses", "teachers")
#: how many words without a role may stand between the comparative and the worker noun
GAP = 2
#: the lexicon needs ids for these words so that the rule can find them
WORDS = VERBS + AMOUNTS + WORKERS


def _hired_workers(ids: np.ndarray, lex, at: np.ndarray | None = None) -> None:
    """Rewrite, in ``ids`` in place, the worker noun after "hire(d) + comparative" to the id of the
    lexicon's ``hiring`` (see the module); a lexicon without "hiring" reads nothing. ``at``: the
    positions of the verbs of hiring when the caller has them."""
    hiring = lex.ids.get("hiring")
    if hiring is None or len(ids) < 3:
        return
    at = np.flatnonzero(lex.word_mask(VERBS)[ids[:-2]]) if at is None else at[at < len(ids) - 2]
    at = at[lex.word_mask(AMOUNTS)[ids[at + 1]] | (ids[at + 1] == lex.num_id)]  # "hired 150 new employees"
    if not len(at):
        return
    workers, added, more = lex.word_mask(WORKERS), lex.word_mask(ADDED), lex.ids.get("more")
    open_ = np.ones(len(at), dtype=bool)  # no word with a role met yet between comparative and noun
    for d in range(2, GAP + 3):
        p = np.minimum(at + d, len(ids) - 1)
        tid = ids[p]
        hit = open_ & workers[tid] & (at + d < len(ids))
        ids[p[hit]] = hiring
        if more is not None:  # "hired additional staff", "hired 150 staff": the number added, read like "more"
            ids[(at + 1)[hit & (added[ids[at + 1]] | (ids[at + 1] == lex.num_id))]] = more
        open_ &= ~hit & ~lex.active[tid] & ~workers[tid]
