"""A company's plans for its workforce and its places of business state an outcome: "the bank plans to
hire 2,000 staff", "it would close two factories and shed 1,100 jobs", "the board plans to lay off
1,200 workers" are company news with a tone (round 14, i13-r14b).

The guidelines make the institution's intentions neutral (rule 4: "the PBC will ..."), but only the
institution's: a commercial bank or a company that will hire or cut jobs, or open or close plants,
says what will happen to employment and business (rule 1: jobs up is good news, plants closing bad
news). The scorer took "bank", "the bank", "board", "the board" and "it" for the institution
(actor words, so that "The Bank will continue to ..." is a commitment), and zeroed the company's
plan with the commitment rule.

Here a commitment said by one of those words that name a company as readily as the institution
(:data:`COMPANY_ACTORS`) does not reach a tone unit of the workforce or of places of business
(:data:`WORKFORCE`: hiring, jobs, layoffs, plant closings, store openings; "lay off"): the company's
plan keeps its tone. The institution named as such ("the government will create 10 million jobs",
"the PBC will ...", "local governments will close outdated mines") keeps its commitment, and other
units after "the Bank will" ("support growth") stay an intention.

>>> from toolkit.tone import score_texts
>>> score_texts(["The bank plans to cut 5,000 jobs worldwide.",
...              "The government will create 10 million jobs.",
...              "The Bank will continue to support growth."])["label"].tolist()
['negative', 'neutral', 'neutral']
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.clauses._marker_before calls _company_units

#: actor words that name a company as readily as the institution
COMPANY_ACTORS = ("it", "bank", "the bank", "board", "the board")
#: the tone words of a company's workforce and places of business
WORKFORCE = ("hiring", "jobs", "job", "layoffs", "layoff", "job cuts", "job losses", "redundancies",
             "plant closings", "store openings", "lay off", "lays off", "laid off")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = ("it", "bank", "board", "jobs", "job")


def _company_units(t, u, ok: np.ndarray, mk: np.ndarray, jc: np.ndarray, actors: np.ndarray) -> np.ndarray:
    """Per tone unit: True where the commitment marker ``mk[jc]`` that reaches it (``ok``) was said by
    a company actor (the last of ``actors`` before it) and the unit is of the workforce (see the
    module)."""
    lex, ids = t.lex, t.ids
    out = np.zeros(len(ok), dtype=bool)
    if not ok.any() or not len(actors):
        return out
    word = np.where(u.other >= 0, u.other, u.anchor)
    out = ok & lex.word_mask(lex.term_ids(WORKFORCE))[ids[word]]
    if not out.any():
        return out
    a = actors[np.clip(np.searchsorted(actors, mk[jc]) - 1, 0, len(actors) - 1)]
    return out & lex.word_mask(lex.term_ids(COMPANY_ACTORS))[ids[a]]
