"""A quantity said to be more or less than a benchmark: "layoffs were fewer than expected", "orders were
more than anticipated", "sales were less than a year ago".

The lexicon reads "more than", "less than", "fewer than" as units, the words of a figure ("more than
half of the firms", "sales rose more than 5 percent"). After a copula ("were", "was", "remained")
and before a benchmark (:data:`BENCHMARKS`: "expected", "anticipated", "usual", "normal",
"a year ago", "last year" ...) the phrase is the predicate instead: it says the quantity is above or
below the benchmark, a level word of its subject like "higher" / "lower" (the lexicon's
``than_ids``: "more than (a benchmark)" and the others). After a movement ("sales fell more than expected") the
movement keeps the news and the phrase stays a unit.

>>> from toolkit.tone import explain
>>> explain("Layoffs were fewer than expected.")["term"].tolist()[0]
'layoffs fewer than (a benchmark)'
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _than_benchmarks

#: the phrases, and whether each says "more"
PHRASES = {"more than": True, "less than": False, "fewer than": False}
#: verbs before the phrase that make it the predicate
COPULAS = ("was", "were", "is", "are", "been", "be", "remained", "remain", "remains", "ran", "running")
#: benchmarks after the phrase (words and lexicon phrases)
BENCHMARKS = ("expected", "anticipated", "projected", "planned", "hoped", "feared", "usual",
              "normal", "typical", "budgeted", "a year ago", "a year earlier", "last year", "previously",
              "last month", "last quarter", "in the spring", "seasonal", "initially", "predicted")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = COPULAS + tuple(b for b in BENCHMARKS if " " not in b)


def phrase_ids(lex) -> tuple:
    """The lexicon ids of :data:`PHRASES` (those the lexicon has)."""
    return tuple(lex.phrase_of[p] for p in PHRASES if p in lex.phrase_of)


def _than_benchmarks(ids: np.ndarray, lex, ends: np.ndarray | None, at: np.ndarray | None = None) -> None:
    """Give each "more / less / fewer than" between a copula and a benchmark the id of the comparison
    (in place). ``ends``: the last token of the phrase starting at each position (``_Layout.last``);
    ``at``: the positions of the phrases when the caller has them."""
    if ends is None:
        return
    if at is None:
        pids = [lex.phrase_of.get(p) for p in PHRASES]
        at = np.flatnonzero(lex.word_mask([i for i in pids if i is not None])[ids])
    at = at[at > 0]
    if not len(at):
        return
    last = len(ids) - 1
    bench = [lex.phrase_of.get(b, lex.ids.get(b)) for b in BENCHMARKS]
    after = ids[np.minimum(ends[at] + 1, last)]
    ok = lex.word_mask(COPULAS)[ids[at - 1]] & lex.word_mask([i for i in bench if i is not None])[after]
    ok &= ends[at] < last
    for phrase, new in lex.than_ids.items():
        mine = ok & (ids[at] == lex.phrase_of.get(phrase, -1))
        ids[at[mine]] = new
