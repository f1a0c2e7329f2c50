"""A movement word before "pace of" / "pace in": "amid a slower pace in public sector spending", "a
faster pace of hiring", "a slower pace of increase in unemployment". The adjective says how the thing
after the preposition moves: the quantity there (spending slowed) or, when a movement noun stands there,
that movement (the increase in unemployment slowed: good news), like a pace word right before a
movement noun ("a slower increase", :func:`toolkit.tone.pairing._pace_before`). Without this, the
nearer quantity before the noun phrase takes the adjective ("sustain domestic demand amid a slower
pace": domestic demand slower).

:func:`_pace_nouns` is a step of :func:`toolkit.tone.pairing._pair_movements`, after the pace words: a
movement word right after a determiner and right before a word of :data:`PACE_NOUNS` and a preposition
of :data:`PACE_PREPS` pairs with the first quantity after the preposition (at most ``PACE_REACH``
tokens, same comma clause), or becomes the pace word of a movement noun right after the preposition.
Position arrays only.
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _pace_nouns

#: the nouns that name how fast something moves
PACE_NOUNS = ("pace", "rate", "speed", "rates")
#: the prepositions that name what moves
PACE_PREPS = ("of", "in")
#: the quantity at most this many tokens after the preposition ("in public sector spending")
PACE_REACH = 4


def _pace_nouns(t, w):
    """``w`` (a :class:`toolkit.tone.pairing._Words`) with the movement words before "pace of" paired
    with what moves (see the module).

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["A slower pace of increase in unemployment was recorded."]).loc[0, "score"]) > 0
    True
    """
    if not len(w.mpos) or not len(w.qpos):
        return w
    if w.pace is None:  # a single movement word: no pace words were looked for
        w = w._replace(pace=np.full(len(w.mpos), -1))
    lex, last = t.lex, t.n - 1
    noun = np.minimum(w.mlast + 1, last)
    prep = np.minimum(noun + 1, last)
    ok = lex.word_mask(PACE_NOUNS)[t.ids[noun]] & lex.word_mask(PACE_PREPS)[t.ids[prep]] & (w.mlast + 2 < last)
    ok &= lex.determiner_mask[t.ids[np.maximum(w.mpos - 1, 0)]] & (w.mpos > 0)  # "a slower pace", not "grew at"
    k = np.flatnonzero(ok)
    if not len(k):
        return w
    start = prep[k] + 1
    qi, pace = w.qi.copy(), w.pace.copy()
    nxt_m = np.minimum(k + 1, len(w.mpos) - 1)  # a movement noun right after the preposition
    moving = (k + 1 < len(w.mpos)) & (w.mpos[nxt_m] == start) & (pace[nxt_m] < 0)
    pace[nxt_m[moving]] = k[moving]
    qi[k[moving]] = -1
    rest = k[~moving]
    j = np.searchsorted(w.qpos, start[~moving])
    jc = np.minimum(j, len(w.qpos) - 1)
    near = (j < len(w.qpos)) & (w.qpos[jc] - start[~moving] < PACE_REACH) \
        & (t.com(w.qpos[jc]) == t.com(w.mpos[rest])) & (t.seg(w.qpos[jc]) == t.seg(w.mpos[rest]))
    qi[rest[near]] = jc[near]
    return w._replace(qi=qi, pace=pace)
