"""The headline infinitive of company news: "Componenta to cut 140 jobs in Finland", "Stora Enso to
close pulp mill", "Kesko to open 15 new stores in Russia". A headline says what a firm will do with
"to" and the bare verb; read as a purpose clause or not at all, its plan was no forecast (guidelines
F3: a plan is forward-looking) and, after "to", an aim with no outcome (rule 4 is about the
institution; a firm's plan states an outcome). Here the "to" becomes "will" when

* a name opens the sentence: one to :data:`MAX_NAME` words, each written with a capital, none with
  a role in the lexicon or a determiner ("Nokian Tyres", "UPM"; not "Sales to customers", "Due to");
* a verb of a firm's plans (:data:`PLANS`: cut, close, open, hire, acquire, sell, build ...) comes
  right after the "to" ("Access to credit", "Turning to the outlook", "Motions to lower" are left
  alone).

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Componenta to cut 140 jobs in Finland.", "Due to strong demand, sales rose."])
>>> s["forward_looking"].tolist(), bool(s["score"][0] < -0.1)
([True, False], True)
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _in_sorted
from toolkit.tone.rules import F_HARD

__all__: list[str] = []  # internal: toolkit.tone.text._tokens calls _headline_plans

#: the verbs of a firm's plans that follow a headline's "to"
PLANS = ("cut", "close", "open", "shut", "hire", "acquire", "buy", "sell", "merge", "build", "invest", "expand",
         "reduce", "shed", "slash", "eliminate", "lay", "axe", "launch", "divest", "exit", "halt", "resume",
         "double", "boost", "supply", "deliver", "restructure", "list", "relocate", "move", "create", "add")
#: how many words the name before "to" may have
MAX_NAME = 4
#: the lexicon needs ids for these words so that the rule can find them
WORDS = PLANS + ("to", "will")


def _headline_plans(ids: np.ndarray, starts: np.ndarray, raw: np.ndarray, off: np.ndarray, lex) -> None:
    """Rewrite, in ``ids`` in place, the "to" of a headline infinitive to "will" (see the module)."""
    to, will = lex.ids.get("to"), lex.ids.get("will")
    if to is None or will is None or len(ids) < 3:
        return
    at = np.flatnonzero(ids == to)
    at = at[(at >= 1) & (at + 1 < len(ids))]
    at = at[lex.word_mask(PLANS)[ids[np.minimum(at + 1, len(ids) - 1)]]]
    for k in at.tolist():
        for s in range(k - 1, max(k - MAX_NAME, 0) - 1, -1):
            i = ids[s]
            capital = 65 <= raw[starts[s]] <= 90
            if not capital or lex.active[i] or lex.determiner_mask[i]:
                break
            if s == 0 or _in_sorted(starts[s:s + 1], off[:-1])[0] or lex.flags[ids[s - 1]] & F_HARD:
                ids[k] = will  # the name opens its sentence
                break
