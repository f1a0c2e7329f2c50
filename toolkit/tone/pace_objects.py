"""A verb whose object is a movement noun says how that movement changed: "the export index rose,
moderating the fall in the composite index", "job gains slowed the rise in unemployment", "weak demand
accelerated the decline in prices", "the measures curbed the rise in unemployment", "structural changes
have helped to cap price increases". Like a pace word after the noun ("the fall in the index
moderated") or before it ("a slower fall"): a slowing verb (lexicon kind ``slower``: moderating,
easing, slowing, narrowing) or a verb that holds back (kind ``restrains``: curbed, contained, helped to
cap) turns the movement's news around (x-1: a fall that moderates is good news for a good quantity), a
quickening one (kind ``faster``: accelerated, intensified) keeps it (x1). The verb itself moves
nothing: without this rule it pairs with a quantity of its own ("indices moderating": bad news) and
the noun keeps its full movement.

:func:`_pace_objects` is a step of :func:`toolkit.tone.pairing._pair_movements`, after the pace words:
the verb must be a movement word and a verb (no determiner right before it); its object is the movement
noun after a determiner ("the", "a", "its") and/or one quantity word of a compound ("price increases",
"job losses"), or a bare movement noun before a preposition ("curbed increases in prices"), in the
same comma clause, with no pace word of its own. The object wins over a movement
before the verb that took it as its pace word ("job gains slowed the rise in unemployment" is the rise
that slowed, not the gains). Position arrays only: neighbouring movement words are compared by index.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_SEP, FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _pace_objects

_PACE = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "pace")
_RESTRAINS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "object pace")


def _pace_objects(t, w):
    """``w`` (a :class:`toolkit.tone.pairing._Words` with ``pace``) with each pace or restraining verb
    before a movement noun recorded as that noun's pace word and left unpaired.

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["Exports rose, moderating the fall in output."]).loc[0, "score"]) > 0
    True
    """
    if w.pace is None or len(w.mpos) < 2:
        return w
    lex, last = t.lex, t.n - 1
    v = np.flatnonzero(_verbs(t, w))  # with a movement word after them
    noun = v + 1
    start = w.mlast[v] + 1
    det = lex.determiner_mask[t.ids[np.minimum(start, last)]]
    start = np.where(det, start + 1, start)
    compound = (lex.qcode[t.ids[np.minimum(start, last)]] >= 0) & (w.mpos[noun] == t.end_of(np.minimum(start, last)) + 1)
    # "curbed increases in prices": a bare movement noun with its quantity after a preposition
    bare = ~det & ~compound & lex.prep_mask[t.ids[np.minimum(w.mlast[noun] + 1, last)]] & (w.mlast[noun] < last)
    ok = (det | compound | bare) & (w.mpos[noun] == np.where(compound, t.end_of(np.minimum(start, last)) + 1, start))
    ok &= (w.pace[noun] < 0) & ((lex.flags[w.mid[noun]] & (_PACE | _RESTRAINS)) == 0)
    ok &= t.com(w.mpos[v]) == t.com(w.mpos[noun])
    v, noun = v[ok], noun[ok]
    if not len(v):
        return w
    pace, qi = w.pace.copy(), w.qi.copy()
    verb = np.zeros(len(w.mpos), dtype=bool)
    verb[v] = True
    pace[(pace >= 0) & verb[np.maximum(pace, 0)]] = -1  # "job gains slowed the rise ...": the object's pace
    pace[noun] = v
    qi[v] = -1
    return w._replace(qi=qi, pace=pace)


def _governed_nouns(t, w) -> np.ndarray:
    """Per movement word of ``w``: True when a pace or restraining verb stands right before it
    ("curbed increases in prices", "moderated declines in employment"). Such a noun, like one after a
    determiner, moves the quantity of its own phrase ("in prices"), not the verb's subject ("weak demand
    curbed increases in prices" is prices held down, not demand).

    >>> from toolkit.tone import score_texts
    >>> [x.term for x in score_texts(["Weak demand curbed increases in prices."]).loc[0, "terms"]]
    ['weak demand', 'increases prices']
    """
    out = np.zeros(len(w.mpos), dtype=bool)
    if len(w.mpos) < 2:
        return out
    out[1:] = _verbs(t, w) & (w.mlast[:-1] + 1 == w.mpos[1:])
    return out


def _verbs(t, w) -> np.ndarray:
    """Per movement word of ``w`` but the last: whether it is a pace or restraining verb, not a noun
    after a determiner ("the easing") and not the word opening a text (after the separator, as at
    position 0, so a text scores alike alone and among others: "Easing costs supported exports.")."""
    lex, m = t.lex, w.mpos[:-1]
    before = t.ids[np.maximum(m - 1, 0)]
    return (((lex.flags[w.mid[:-1]] & (_PACE | _RESTRAINS)) > 0) & ~lex.determiner_mask[before] & (m > 0)
            & ((lex.flags[before] & F_SEP) == 0))
