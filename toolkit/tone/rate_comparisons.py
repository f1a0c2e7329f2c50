"""A rise stated as a rate, then compared with an earlier rate: "the IPCA increased 0.52% in March,
down from 0.81% in February", "exports grew 7.1 percent year on year, up from 5.3 percent".

The comparison after the figure says how the *rate* moved, so it is the pace of the rise (like "grew
more slowly"), not a second movement of the subject: "down from" slows the rise (x-1: the quantity's
growth slowed; inflation slowing is good news), "up from" quickens it (x1). Before, the two cancelled
("increased 0.52%" against "down from"), so a slowing was read as no news. Only a rise followed by its
figure (a number right after the verb or after "by"; not "rose to 5 percent", a level) and, before the
comparison, only figures, months, periods, prepositions, determiners and commas ("in March", "in the
month", "year on year in the first quarter") is read so (round 14, lead).

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Industrial output rose 4.2 percent, down from 6.0 percent in March.",
...                  "Exports grew 7.1 percent year on year, up from 5.3 percent."])["score"]
>>> bool(s[0] < -0.1), bool(s[1] > 0.1)
(True, True)
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_HARD, F_SOFT, FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _rate_comparisons

_SUBJECT = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "subject")  # "up from", "down from"
_FILLERS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "filler")
#: the most tokens between the rise and its comparison ("grew 7.1 percent year on year in the first
#: quarter, up from")
REACH = 12
#: the word between a rise and its figure ("rose by 3 percent")
BY = ("by",)
#: words of a period that may stand between the figure and the comparison ("in the first quarter")
PERIODS = ("first", "second", "third", "fourth", "quarter", "month", "year", "half", "week", "period")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = BY + PERIODS
#: the comparisons and the pace each gives the rise before it (the lexicon makes a copy of the
#: phrase with that pace role: ``Lexicon.rate_pace_ids``)
PACES = {"down from": "slower", "up from": "faster"}


def _rate_comparisons(t, w):
    """``w`` with each "up from" / "down from" that follows a rise and its rate made the pace of
    that rise (``pace`` of the rise, no pair of its own). The comparison's token id in ``t.ids``
    becomes the lexicon's copy of the phrase with the pace role (``Lexicon.rate_pace_ids``), which the
    pace modifier reads; the copy keeps every flag of the phrase, so marks the layout has cached stay
    true of it."""
    if w.pace is None or len(w.mpos) < 2:
        return w
    lex, last = t.lex, t.n - 1
    k = np.flatnonzero((lex.flags[w.mid[1:]] & _SUBJECT) > 0) + 1
    if not len(k):
        return w
    prev = k - 1
    ok = (w.qi[prev] >= 0) & (w.qi[k] == w.qi[prev]) & (w.pace[prev] < 0) & (lex.mdir[w.mid[prev]] > 0)
    ok &= (w.mpos[k] - w.mlast[prev] - 1 <= REACH) & (t.seg(w.mpos[k]) == t.seg(w.mpos[prev]))
    figure = np.minimum(w.mlast[prev] + 1, last)
    figure = np.where(lex.word_mask(BY)[t.ids[figure]], np.minimum(figure + 1, last), figure)
    ok &= t.ids[figure] == lex.num_id
    plain = ((lex.flags & (_FILLERS | F_SOFT)) > 0) | lex.prep_mask | lex.determiner_mask
    plain |= lex.word_mask(BY + PERIODS)
    plain &= (lex.flags & F_HARD) == 0
    plain[lex.num_id] = True
    at = w.mlast[prev] + 1
    for _ in range(REACH):  # word by word (a phrase is one: "year on year"), a fixed number of gathers
        inside = at < w.mpos[k]
        ok &= ~inside | plain[t.ids[np.minimum(at, last)]]
        at = np.where(inside, t.end_of(np.minimum(at, last)) + 1, at)
    if not ok.any():
        return w
    k, prev = k[ok], prev[ok]
    pace, qi = w.pace.copy(), w.qi.copy()
    pace[prev] = k
    qi[k] = -1
    for phrase, i in lex.rate_pace_ids.items():  # the word now reads as the rise's pace
        way = w.mid[k] == lex.phrase_of[phrase]
        t.ids[w.mpos[k][way]] = i
    return w._replace(qi=qi, pace=pace)
