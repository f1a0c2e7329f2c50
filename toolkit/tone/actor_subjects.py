"""The institution as the subject of its own "will": "The Bank will continue to ...", "the Board of
Governors unanimously voted to ...", and not "the Committee expects growth will pick up".

A commitment ("will", "shall", "expects to") or a decision ("decided to", "voted to") is the
institution's own only when the actor word is its subject. Before this module any actor ending at
most ``scope`` words before the marker made it one, so "the Committee expects growth will pick up"
and "the Bank said inflation will ease" lost their forecast (guidelines rule 4: an expected outcome
has tone), and a subject the actor list did not name ("The Bank", "The Board", "Copom", "Bank
Negara Malaysia") left "The Bank will continue to support growth" positive (guidelines rule 3: an
intention is neutral).

Here the words between the actor and its marker must all be :data:`FILLERS` (adverbs and auxiliaries
that leave the actor the subject: "also", "therefore", "unanimously", "has", "was", "today"), or the
words after the actor must start with "of" followed by words with no role (the rest of a name: "Bank
of Korea", "Board of Governors", "Central Bank of the Philippines"). A verb ("expects", "said"), a
noun with a role ("growth", "lending") or any other word between them ends the actor's reach.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["The Bank will continue to support growth.",
...                  "The Committee expects growth will pick up.",
...                  "Bank profits will continue to grow."])["label"].tolist()
>>> s
['neutral', 'positive', 'positive']
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.clauses._after_actor calls _subject_of

#: words that may stand between an actor and its marker and leave the actor the subject
FILLERS = ("also", "thus", "therefore", "hence", "accordingly", "consequently", "further", "furthermore",
           "moreover", "likewise", "still", "now", "then", "again", "once", "already", "recently", "today",
           "unanimously", "generally", "jointly", "likely", "firmly", "fully", "has", "have", "had", "is",
           "was", "were", "been", "members", "member")
#: the word that opens the rest of a name after an institution word ("Bank of Korea")
OF = "of"
#: the lexicon needs ids for these words so that the rule can find them
WORDS = FILLERS + (OF,)


def _subject_of(t, a: np.ndarray, mk: np.ndarray, scope: int) -> np.ndarray:
    """For each actor ``a`` and the marker ``mk`` after it: True when the words between them leave
    the actor the marker's subject (see the module): at most ``scope - 1`` fillers, or a name of at
    most ``scope`` words opened by "of"."""
    lex, ids = t.lex, t.ids
    start = t.end_of(a) + 1
    gap = mk - start
    ok = gap <= 0
    if not len(a):
        return ok
    if ok.all():
        return ok
    fillers, of = lex.word_mask(FILLERS), lex.ids.get(OF)
    named = (ids[np.minimum(start, t.n - 1)] == of) & (gap > 0) if of is not None else np.zeros(len(a), bool)
    ok_fill = np.ones(len(a), dtype=bool)
    ok_name = named.copy()
    for d in range(int(gap.max())):
        inside = d < gap
        p = np.minimum(start + d, t.n - 1)
        tid = ids[p]
        ok_fill &= ~inside | fillers[tid]
        if d:
            ok_name &= ~inside | ~lex.active[tid]
    return ok | ((gap > 0) & ((ok_fill & (gap < scope)) | (ok_name & (gap <= scope))))
