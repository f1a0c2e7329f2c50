"""What an upside risk is a risk to: the quantity a forecast noun names, and the risk moved by a verb.

"Upside risks to the outlook for inflation" and "upside risks to the inflation outlook" are chances
that prices turn out higher, bad news under the default inflation reading, although "outlook" alone
is a good quantity ("the outlook improved"). So the topic of an upside risk is read through a
forecast noun: over "for" / "of" to the quantity after it ("the outlook for inflation"), and a
forecast phrase whose first word is a price quantity ("inflation outlook", "price outlook") names
prices. A bare forecast noun ("upward risks to the projections") does not say what it forecasts
(in a central bank's statement it is mostly inflation): a risk, not good news. "Upside risks to the
economic outlook" and "... to the outlook for growth" stay good news.

>>> from toolkit import score_texts
>>> float(score_texts(["There are upside risks to the outlook for inflation."]).score.iloc[0]) < 0
True
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.lexicon import GOOD, INFL
from toolkit.tone.rules import FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.clauses calls _good_topic

_FORECAST = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "unless past")
#: a forecast noun's topic after "for" / "of", over at most this many words ("the outlook for
#: consumer price inflation")
_REACH = 3


def _price_forecasts(lex) -> np.ndarray:
    """Per id, whether the term is a forecast phrase that names prices ("inflation outlook"); cached."""
    found = lex._masks.get("(price forecasts)")
    if found is None:
        first = np.array([lex.ids.get(term.split(" ")[0], 0) if " " in term else 0 for term in lex.terms])
        found = ((lex.flags & _FORECAST) > 0) & (lex.qcode[first] == INFL) & (first > 0)
        lex._masks["(price forecasts)"] = found
    return found


def _one_word(lex) -> np.ndarray:
    """Per id, whether the term is one word (not a phrase such as "economic outlook"); cached."""
    found = lex._masks.get("(one word)")
    if found is None:
        found = lex._masks["(one word)"] = np.array([" " not in term for term in lex.terms])
    return found


def _good_topic(t, q: np.ndarray) -> np.ndarray:
    """Per quantity position ``q`` (the topic of an upside risk), whether what it names is a good
    quantity: through a forecast noun to the quantity after its "for" / "of", and not a forecast
    phrase of prices."""
    lex = t.lex
    forecast = (lex.flags[t.ids[q]] & _FORECAST) > 0
    bare = forecast & _one_word(lex)[t.ids[q]]  # "the projections": of what, the sentence does not say
    good = (lex.qcode[t.ids[q]] == GOOD) & ~_price_forecasts(lex)[t.ids[q]] & ~bare
    after = np.minimum(t.end_of(q) + 1, t.n - 1)
    of_for = lex.word_mask(("for", "of"))[t.ids[after]]
    through = forecast & of_for
    if through.any():
        qpos = t.quantities()
        k = np.minimum(np.searchsorted(qpos, after[through]), len(qpos) - 1)
        named = qpos[k]
        near = (named > after[through]) & (named - after[through] <= _REACH) & (t.seg(named) == t.seg(q[through]))
        code = lex.qcode[t.ids[named]]
        good[through] = np.where(near, (code == GOOD) & ~_price_forecasts(lex)[t.ids[named]], good[through])
    return good
