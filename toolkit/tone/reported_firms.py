"""A firm's plan reported by the news: "Nokia said it will cut 1,700 jobs", "the group announced that
it would close two factories", "a manufacturer announced that it intends to hire 200 workers". The
lexicon reads "it" as an actor (the institution: "It will continue to monitor ..."), so the plan
after its "will" counted as a commitment of the institution and lost its tone (guidelines rule 4 is
about the institution's intentions; a company's plan to cut jobs states an outcome, -1). Here an
"it" right after a verb of report (:data:`REPORTS`, over an optional "that") is the subject of that
verb's report, not the institution, unless an actor stands at most :data:`BACK` words before the verb
in its sentence ("the Committee indicated that it would continue ...", "the Bank said it will ...").
Such an "it" loses its actor role (it becomes ``Lexicon.firm_it_id``, a word without a role); the
"will" after it is a bare forecast or plan, with its tone. An "it" before a form of "be" ("noted that
it would be important to ...", "said it was appropriate to ...": :data:`BE`) is no subject reported on
and stays as it was.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Nokia said it will cut 1,700 jobs.", "The Committee said it will cut rates."])["score"]
>>> bool(s[0] < -0.1), float(s[1])
(True, 0.0)
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_HARD, FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _reported_it

#: the verbs of report whose "it" is the one reported on
REPORTS = ("said", "says", "announced", "announces", "reported", "reports", "stated", "states", "indicated",
           "indicates", "noted", "notes", "added", "adds", "confirmed", "confirms", "disclosed", "discloses",
           "warned", "warns", "told")
#: the pronoun read here and the word that may stand between it and its verb of report
IT, THAT = "it", "that"
#: the forms of "be" after which "it" opens an impersonal clause ("it would be important to")
BE = ("is", "was", "be", "seems", "seemed", "appears", "appeared")
#: how far after "it" its "be" may stand ("it would therefore be")
BE_REACH = 3
#: how far before the verb of report an actor makes the "it" the institution's ("the Bank of Korea said")
BACK = 6
#: the lexicon needs ids for these words so that the rule can find them
WORDS = REPORTS + BE + (IT, THAT)
_ACTORS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "actor")


def _reported_it(ids: np.ndarray, lex) -> None:
    """Rewrite, in ``ids`` in place, each "it" reported by a verb of :data:`REPORTS` whose subject is
    no actor to a word without a role (see the module)."""
    it, that = lex.ids.get(IT), lex.ids.get(THAT)
    if it is None or len(ids) < 3:
        return
    at = np.flatnonzero(ids == it)
    at = at[at >= 2]
    if not len(at):
        return
    reports = lex.word_mask(REPORTS)
    verb = np.where(ids[at - 1] == that, at - 2, at - 1)
    be = lex.word_mask(BE)
    impersonal = np.zeros(len(at), dtype=bool)
    for d in range(1, BE_REACH + 1):  # "it would therefore be better to ..."
        impersonal |= be[ids[np.minimum(at + d, len(ids) - 1)]]
    keep = reports[ids[verb]] & ~impersonal
    at, verb = at[keep], verb[keep]
    for a, v in zip(at.tolist(), verb.tolist()):
        before = ids[max(v - BACK, 0):v][::-1]
        hard = np.cumsum((lex.flags[before] & F_HARD) > 0)
        if not ((lex.flags[before[hard == 0]] & _ACTORS) > 0).any():
            ids[a] = lex.firm_it_id
