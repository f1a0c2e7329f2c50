"""A size comparative as the predicate of a quantity: "losses were smaller than expected", "the deficit
was smaller than a year earlier", "profits were smaller than a year ago", "the surplus was larger
than expected". After a copula the comparative says where the quantity stands, like the level words
"lower" / "higher" (guidelines rule 1: a bad quantity lower is good news, a good one lower bad news;
rule 10 for prices and levels). Elsewhere the words keep their reading: "larger declines" ("larger" an
intensifier), "smaller firms" (no role).

:func:`_size_predicates` rewrites the token ids in place, before the layout keeps the words with a role
(like :func:`toolkit.tone.topics._verbs_moderate`): a comparative of :data:`SIZES` right after a copula
(over one intensifier: "were much smaller") that follows a quantity right away ("losses were larger";
not "the effects on disposable income would be larger", where the subject is no quantity) becomes the
id of its level word; when that quantity is the phrase of a movement noun ("the decline in exports was
smaller than expected") or a movement itself ("job gains were smaller") the comparative is the
movement's pace ("slower" / "faster": the decline slowed, good news). Position arrays only.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _phrase_start

__all__: list[str] = []  # internal: toolkit.tone.engine calls _size_predicates

#: size comparative -> the level word it reads as after a copula
SIZES = {"smaller": "lower", "larger": "higher", "bigger": "higher"}
#: size comparative -> the pace word it reads as when its subject is a movement noun ("the decline in
#: exports was smaller": the decline slowed)
PACES = {"smaller": "slower", "larger": "faster", "bigger": "faster"}
#: the prepositions between a movement noun and its quantity ("the decline in exports")
MOVEMENT_PREPS = ("in", "of")
#: the copulas right before the predicate
COPULAS = ("is", "are", "was", "were", "be", "been", "remain", "remains", "remained", "became", "become",
           "becomes", "turned out", "proved")


def _size_predicates(ids: np.ndarray, lex, ends: np.ndarray | None = None, pos: np.ndarray | None = None) -> None:
    """Rewrite a predicate size comparative to its level word in ``ids`` (see the module); ``ends`` as in
    :func:`toolkit.tone.topics._good_prices`; ``pos``: the positions of the words with a role, where
    the comparatives are looked for (default: everywhere; the rewrite keeps a word with a role).

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["Losses were smaller than expected."]).loc[0, "score"]) > 0
    True
    """
    sizes = [(lex.ids[s], lex.ids[w]) for s, w in SIZES.items() if s in lex.ids and w in lex.ids]
    if not sizes or len(ids) < 2:
        return
    mask = lex.word_mask([s for s, _ in sizes])
    at = np.flatnonzero(mask[ids]) if pos is None else pos[mask[ids[pos]]]
    at = at[at > 0]
    if not len(at):
        return
    cop = lex.word_mask([lex.phrase_of.get(c, lex.ids.get(c)) for c in COPULAS
                         if lex.phrase_of.get(c, lex.ids.get(c)) is not None])
    before = at - 1
    degree = (lex.ival[ids[_phrase_start(ends, before)]] != 1.0) & (before > 0)  # "were much smaller"
    before = np.where(degree, before - 1, before)
    ok = (cop[ids[before]] | cop[ids[_phrase_start(ends, before)]]) & (before > 0)
    subject = _phrase_start(ends, np.maximum(_phrase_start(ends, before) - 1, 0))  # the word before the copula: the quantity
    moving = lex.mdir[ids[subject]] != 0  # "job gains were smaller", "declines were larger": a movement
    ok &= (lex.qcode[ids[subject]] >= 0) | moving  # "losses were larger", not "the effects on income would be larger"
    # "the decline in exports was smaller": the size of a movement noun is its pace, not a level of exports
    prep = np.maximum(subject - 1, 0)
    noun = _phrase_start(ends, np.maximum(prep - 1, 0))
    paced = (lex.word_mask(MOVEMENT_PREPS)[ids[prep]] & (lex.mdir[ids[noun]] != 0) & (prep > 0)) | moving
    level = np.zeros(len(lex.terms), dtype=ids.dtype)
    pace = np.zeros(len(lex.terms), dtype=ids.dtype)
    for size, word in SIZES.items():
        if size in lex.ids and word in lex.ids:
            level[lex.ids[size]] = lex.ids[word]
            pace[lex.ids[size]] = lex.ids.get(PACES[size], lex.ids[word])
    ids[at[ok & ~paced]] = level[ids[at[ok & ~paced]]]
    ids[at[ok & paced]] = pace[ids[at[ok & paced]]]
