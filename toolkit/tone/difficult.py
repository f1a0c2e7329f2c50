"""What is hard to do did not happen: "competition made it difficult for firms to raise prices", "it
was hard for manufacturers to increase output", "builders found it tough to boost sales". A word of
difficulty (:data:`WORDS`) opening an infinitive - right before "to", or before "for" and its subject
("for firms to") - that names a movement right after "to" says the movement did not come about: the
"to" reads like "unable to" (a negator: "firms were unable to raise prices" is prices held back, good
news against price stability; "hard to increase output" is output held back, bad news), and the word
of difficulty gives no tone of its own (it is the negation). Elsewhere the word keeps its reading:
"conditions remained difficult", "it was difficult to find workers" (no movement after "to").

:func:`_difficult_to` rewrites the token ids in place, before the layout keeps the words with a role:
the word of difficulty becomes the lexicon's ``difficult_id`` (no role) and the "to" its
``difficult_to_id`` (the roles of "unable to"). Position arrays only: the caller hands the positions
of the words of difficulty (``toolkit.tone.triggers``).
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _difficult_to

#: the words of difficulty that open an infinitive ("difficult to", "hard for firms to")
WORDS = ("difficult", "hard", "harder", "tough", "tougher", "impossible")
#: at most this many tokens between "for" and "to" (the infinitive's subject: "for small firms to")
SUBJECT_GAP = 3


def _difficult_to(ids: np.ndarray, lex, at: np.ndarray) -> None:
    """Rewrite "difficult (for X) to <movement>" in ``ids`` (see the module); ``at``: the sorted
    positions of the words of difficulty.

    >>> from toolkit.tone import explain
    >>> explain("It was difficult for firms to raise prices.")["term"].tolist()
    ['raise prices']
    >>> explain("Conditions remained difficult.")["term"].tolist()
    ['difficult']
    """
    to, for_ = lex.ids.get("to", -1), lex.ids.get("for", -1)
    at = at[at + 2 < len(ids)]
    if not len(at):
        return
    n = len(ids)
    verb = np.where(ids[at + 1] == to, at + 2, -1)  # "difficult to raise"
    for gap in range(1, SUBJECT_GAP + 1):  # "difficult for (small) firms to raise"
        t = np.minimum(at + 2 + gap, n - 1)
        found = (verb < 0) & (ids[at + 1] == for_) & (ids[t] == to) & (at + 3 + gap < n)
        verb = np.where(found, np.minimum(t + 1, n - 1), verb)
    ok = (verb > 0) & (lex.mdir[ids[np.maximum(verb, 0)]] != 0)
    if not ok.any():
        return
    ids[verb[ok] - 1] = lex.difficult_to_id
    ids[at[ok]] = lex.difficult_id
