""""helped (to) X": the verb after a past "helped" is an outcome, not a goal.

"Structural changes have helped to cap price increases", "the measures helped to reduce
unemployment", "competition has helped contain price pressures": what "helped" (or "has helped",
"have helped", kind ``holds``) governs happened. Two readings lost it: the purpose phrase "to reduce" /
"to contain" (kind ``purpose``) zeroed the tone after it as a goal, and a verb that holds its object
down without being a movement word ("cap", "limit", "contain") moved nothing, so "price increases"
kept its bad news; the lexicon's phrase "helped to cap" read it right only when "have helped" did not
take "helped" first.

:func:`_helped_outcomes` is a step of :class:`toolkit.tone.engine._Layout`, after the phrases: at the
word after a past "helped" (over a bare "to"), a purpose phrase "to X" becomes the verb X (its reading:
"reduce" lowers its object), and a verb that only holds back (:data:`RESTRAINTS`, or a word of flag
``restraint`` that is no movement, no negator) becomes the lexicon's "helped to cap" (its object held
down; with a movement noun as object that movement's news turns around,
:mod:`toolkit.tone.pace_objects`). When the word after it is then a movement, "helped" itself is
blanked: the verb carries the outcome, and "helped" no longer pairs over it with the object. The present "help(s)" is left: "will help to reduce", "help keep"
name an aim. Position arrays only: the trigger positions come from :class:`toolkit.tone.triggers.Triggers`.

>>> from toolkit.tone import score_texts
>>> float(score_texts(["Competition has helped to cap price increases."]).loc[0, "score"]) > 0
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _helped_outcomes

#: the past forms of "help" whose complement happened
HELPED = ("helped", "has helped", "have helped")
#: verbs that hold their object down without being movement words
RESTRAINTS = ("cap", "capped", "limit", "contain")
#: the lexicon term whose reading a held-back verb after "helped" takes
HELD_DOWN = "helped to cap"


def _id(lex, term: str):
    """The id of a word or phrase of the lexicon (None when it has neither)."""
    return lex.ids.get(term, lex.phrase_of.get(term))


def helped_ids(lex) -> tuple:
    """The ids of :data:`HELPED` the lexicon has (the trigger words of this reading)."""
    return tuple(i for i in (_id(lex, w) for w in HELPED) if i is not None)


def _verb_of_purpose(lex) -> np.ndarray:
    """Per id, the id of X for a purpose phrase "to X" whose X the lexicon has (else -1); cached."""
    found = lex._masks.get(("helped_outcomes", "verbs"))
    if found is None:
        found = np.full(len(lex.terms), -1, dtype=np.int64)
        purpose = FLAG["purpose"]
        for term, i in lex.phrase_of.items():
            verb = term[3:] if term.startswith("to ") else None
            if verb in lex.ids and lex.flags[i] & purpose:
                found[i] = lex.ids[verb]
        lex._masks[("helped_outcomes", "verbs")] = found
    return found


def _helped_outcomes(ids: np.ndarray, lex, last, at: np.ndarray) -> None:
    """Rewrite, in place, the word after each past "helped" at ``at``: "to X" -> X, a held-back verb ->
    "helped to cap" (``last`` is the phrase ends, or None when no phrase was found)."""
    held = _id(lex, HELD_DOWN)
    if not len(at) or held is None or "to" not in lex.ids:
        return
    end = len(ids) - 1
    q = np.minimum((at if last is None else last[at]) + 1, end)
    q = np.where(ids[q] == lex.ids["to"], np.minimum(q + 1, end), q)  # "have helped to cap"
    verb = _verb_of_purpose(lex)[ids[q]]
    ids[q[verb >= 0]] = verb[verb >= 0]  # "helped to reduce unemployment": reduced
    w = ids[q]
    restraint = lex.word_mask(RESTRAINTS)[w]
    restraint |= ((lex.flags[w] & FLAG["restraint"]) > 0) & (lex.mdir[w] == 0) & ((lex.flags[w] & FLAG["negation"]) == 0)
    ids[q[restraint]] = held
    ids[at[lex.mdir[ids[q]] != 0]] = 0  # the verb carries the outcome: "helped" pairs with nothing
