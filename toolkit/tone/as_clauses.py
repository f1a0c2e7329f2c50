""""As" opening a clause about a quantity states an outcome inside an intention: "The Committee will
keep rates low as growth has slowed", "the ministry will step up support as exports weaken"
(round 13, i13-r13a).

Guidelines rule 4: a commitment is neutral unless it states an outcome, and the reason it gives is
one ("efforts will be made to stabilise employment, which has come under pressure" is -1). The
observation words (kind ``outcome``: "which has", "because", "amid", "given that") end the reach of
an intention; "as" was not one, because it is mostly something else ("as appropriate", "such as",
"as well as", "as a result", "act as a drag"). Here an "as" is an observation word when the next
word, over a determiner (:data:`DETERMINERS`), is a quantity of the lexicon ("as growth", "as the
economy", "as domestic demand") and the word before it is none of :data:`NOT_BEFORE` ("such as
exports", "as well as sales", "the same as output").

>>> from toolkit.tone import score_texts
>>> score_texts(["The Committee will keep rates low as growth has slowed.",
...              "The PBC will support sectors such as exports and consumption."])["label"].tolist()
['negative', 'neutral']
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine calls _as_clauses

#: words that may stand between "as" and its quantity
DETERMINERS = ("the", "a", "an", "its", "their", "our", "this", "these", "overall", "domestic", "external",
               "global", "economic", "consumer", "business", "both", "aggregate")
#: words before "as" that make it no clause ("such as", "as well as", "the same as")
NOT_BEFORE = ("such", "well", "same", "so", "just", "much", "many", "twice", "regarded", "seen", "viewed",
              "known", "serve", "serves", "served", "act", "acts", "acted", "defined", "measured", "counted")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = DETERMINERS + NOT_BEFORE + ("as",)


def _as_clauses(ids: np.ndarray, lex) -> None:
    """Rewrite the "as" that open a clause about a quantity (see the module) to ``lex.as_clause_id``,
    an observation word (kind ``outcome``). In place."""
    word = lex.ids.get("as")
    if word is None or len(ids) < 2:
        return
    at = np.flatnonzero(ids[:-1] == word)
    if not len(at):
        return
    nxt = at + 1
    for _ in range(2):  # over at most two determiners: "as the domestic economy"
        skip = lex.word_mask(DETERMINERS)[ids[nxt]] & (nxt < len(ids) - 1)
        nxt[skip] += 1
    ok = lex.qcode[ids[nxt]] >= 0
    ok &= ~lex.word_mask(NOT_BEFORE)[ids[np.maximum(at - 1, 0)]] | (at == 0)
    ids[at[ok]] = lex.as_clause_id
