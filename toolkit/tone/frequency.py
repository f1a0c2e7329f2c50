"""How often a thing is reported: "layoffs were rare", "price increases were less widespread", "widespread
layoffs" - and "the decline in orders is pervasive", where the thing is itself a movement.

The lexicon reads the frequency words (round 10: "widespread", "prevalent", "more common" / "rare",
"uncommon", "less common") as level words of their quantity's count: "layoffs were rare" is few
layoffs (good news), "layoffs were widespread" many. Said of a movement ("the decline in orders is
pervasive", "gains in sales were widespread", "weakness was widespread") a word of "many" tells how
far the movement reaches, not a second movement the other way: :func:`_frequency_of_movements` finds
such a word - a movement word before it in its comma clause and sentence - and it is no movement;
the movement keeps its tone; so is one right before a movement ("widespread price reductions"). A word of "few" after a movement stays a movement of the quantity
("gains in sales were rare": fewer sales gains, against the gains). A quantity after a frequency word
is its own only right after it (:func:`_frequency_subjects`: "discounting remained widespread and
reports on sales were mixed" says nothing of sales).

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Layoffs were rare.", "The decline in orders is pervasive."])["score"]
>>> bool(s[0] > 0.1), bool(s[1] < -0.1)
(True, True)
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _frequency_of_movements, _frequency_subjects

#: the frequency words of the lexicon that say "many" (kind up, value 0); those that say "few" ("rare",
#: "less widespread") stay movements after a movement: "gains were rare" is fewer gains
FREQUENCY = ("widespread", "more widespread", "increasingly widespread", "prevalent", "more prevalent",
             "pervasive", "more pervasive", "more common", "increasingly common", "more frequent",
             "more numerous")


#: how many tokens before a movement word a word of "many" may stand and be said of it ("widespread
#: price reductions", "widespread signs of weakening")
_BEFORE = 3


#: the frequency words of "few" (kind down, value 0)
FEW = ("rare", "rarer", "uncommon", "infrequent", "less common", "less widespread", "less prevalent",
       "less pervasive", "less frequent", "less numerous", "few and far between")


def _frequency_of_movements(t, mpos: np.ndarray) -> np.ndarray:
    """Per movement word at ``mpos``, whether it is a frequency word said of a movement before it in
    its comma clause and sentence, or right before one ("widespread price reductions"): no movement
    of its own."""
    lex = t.lex
    ids = [lex.phrase_of.get(p, lex.ids.get(p)) for p in FREQUENCY]
    freq = lex.word_mask([i for i in ids if i is not None])[t.ids[mpos]]
    if not freq.any():
        return freq
    others = mpos[~freq]
    j = np.searchsorted(others, mpos) - 1
    prev = others[np.maximum(j, 0)] if len(others) else mpos
    said = (j >= 0) & (t.seg(prev) == t.seg(mpos)) & (t.com(prev) == t.com(mpos))
    k = np.minimum(j + 1, len(others) - 1)  # "widespread price reductions": the movement right after it
    nxt = others[np.maximum(k, 0)] if len(others) else mpos
    said |= (j + 1 < len(others)) & (nxt > mpos) & (nxt - t.end_of(mpos) <= _BEFORE)
    return freq & said


def _frequency_subjects(t, w) -> np.ndarray:
    """``w.qi`` with each frequency word unpaired from a quantity after it that is not right after it:
    the word is said of its subject ("layoffs were rare") or of the noun it comes before ("widespread
    layoffs"), not of a quantity in the next clause ("discounting remained widespread and reports on
    sales were mixed")."""
    lex = t.lex
    ids = [lex.phrase_of.get(p, lex.ids.get(p)) for p in FREQUENCY + FEW]
    k = np.flatnonzero(lex.word_mask([i for i in ids if i is not None])[w.mid] & (w.qi >= 0))
    if not len(k):
        return w.qi
    q = w.qpos[w.qi[k]]
    far = (q > w.mpos[k]) & (q - w.mlast[k] > _BEFORE)
    qi = w.qi.copy()
    qi[k[far]] = -1
    return qi
