"""The outlook scorer's numpy core: every rule applied to all texts at once.

:func:`_core` takes the lexicon ids of the tokens of all texts (from
:func:`toolkit.tone.text._tokens`, each text followed by a separator token) and returns per-text
sums. Only the positions of lexicon words are kept after the id lookup; clause, comma and text
boundaries are sorted position arrays queried with ``searchsorted``, so no step loops over tokens
in Python. The steps, one function each:

1. :class:`_Layout` - phrases, the positions of words with a role, the boundaries;
2. :func:`_pair_movements` - direction x valence: each movement word takes the nearest quantity of
   its clause (:func:`_nearest_quantity`, then :func:`_head_nouns`);
3. :func:`_units` - the tone units: pairs, movements alone, quantities alone, state words;
4. :func:`~toolkit.tone.clauses._apply_modifiers` - the rows of :data:`toolkit.tone.rules.MODIFIERS`,
   one function per clause rule (``toolkit.tone.clauses``);
5. :func:`_totals` - per-text sums and counts; the ``terms`` lists come from
   :func:`toolkit.tone.details._details`.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from toolkit.tone.clauses import _after, _apply_modifiers
from toolkit.tone.phrases import _find_phrases
from toolkit.tone.rules import COMMA_COST, F_HARD, F_SEP, F_SOFT, FLAG, HEAD_GAP, MODIFIERS, WINDOW

__all__: list[str] = []  # internal: toolkit.tone.score and toolkit.tone.explain call _core

_BLOCKS_PAIRS = sum(FLAG[m.kind] for m in MODIFIERS if m.blocks_pairs)
_COUNTED = [(m.counts, FLAG[m.kind], m.clause == "unless past") for m in MODIFIERS if m.counts]
_FILLERS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "filler")
_SUBJECT = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "subject")
_SUBJECT_SCOPE = next(m.scope for m in MODIFIERS if m.clause == "subject")
_PAST = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "past")
_HEDGES = FLAG[next(m.kind for m in MODIFIERS if m.counts == "uncertainty")]
_PACE = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "pace")
_PACE_SCOPE = max(m.scope for m in MODIFIERS if m.clause == "pace")
_ORIGIN = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "origin")
_FORECAST = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "unless past")
_STEADY = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "steady")


class _Layout:
    """The token stream of all texts as the engine sees it: phrases merged (``last[p]`` is the last
    token of the phrase starting at ``p``), the positions ``pos`` and ids ``tid`` of the words with a
    role (not "the", "of", unknown words), and the sorted boundaries ``sep`` (texts), ``hard``
    (. ; : ! ?) and ``soft`` (commas)."""

    def __init__(self, ids: np.ndarray, lex):
        self.ids, self.lex, self.n = ids, lex, len(ids)  # ids is changed in place (phrases)
        self.last = None
        if self.n > 1:
            last = np.arange(self.n)
            if _find_phrases(ids, last, lex):
                self.last = last
        self.pos = np.flatnonzero(lex.active[ids])
        self.tid = ids[self.pos]
        self.flags = lex.flags[self.tid]
        self._marks: dict[int, np.ndarray] = {}
        self.sep, self.hard, self.soft = self.marks(F_SEP), self.marks(F_HARD), self.marks(F_SOFT)
        self.n_texts = len(self.sep) + 1 if self.n else 0

    def marks(self, flag: int) -> np.ndarray:
        """Sorted positions of the words with ``flag`` (computed once per flag)."""
        found = self._marks.get(flag)
        if found is None:
            found = self._marks[flag] = self.pos[(self.flags & flag) > 0]
        return found

    def end_of(self, p):
        """The last token of the word or phrase at ``p``."""
        return p if self.last is None else self.last[p]


class _Words(NamedTuple):
    """Quantities and movement words: positions, ids, last tokens; ``qi`` is, per movement word, the
    index of the quantity it pairs with (-1: none)."""

    qpos: np.ndarray
    qid: np.ndarray
    qlast: np.ndarray
    mpos: np.ndarray
    mid: np.ndarray
    mlast: np.ndarray
    qi: np.ndarray
    carried: np.ndarray | None = None  #: per quantity, whether it is a carrier ("growth") kept off
    pace: np.ndarray | None = None  #: per movement word, the index of its pace word (-1: none)


def _pair_movements(t: _Layout) -> _Words:
    """Direction x valence: pair each movement word with the nearest quantity of its clause."""
    lex = t.lex
    qsel = lex.qcode[t.tid] >= 0
    qpos, qid = t.pos[qsel], t.tid[qsel]
    msel = lex.mdir[t.tid] != 0
    msel[msel] = ~_origins(t, t.pos[msel])  # "fell from high levels": "high" is where it started
    mpos, mid = t.pos[msel], t.tid[msel]
    words = _Words(qpos, qid, t.end_of(qpos), mpos, mid, t.end_of(mpos), np.full(len(mpos), -1))
    if len(qpos) and len(mpos):
        qi, use_prev, clauses = _nearest_quantity(t, words)
        qi, carried = _head_nouns(t, words._replace(qi=qi), use_prev, clauses)
        words = words._replace(qi=qi, carried=carried)
        words = _pace_words(t, words)
    return words


def _origins(t: _Layout, mpos: np.ndarray) -> np.ndarray:
    """Per movement word, whether it names where a movement started: the first word after an
    origin word ("from"), over at most one determiner and intensifiers ("slowed from its strong
    pace", "rebounded from a sharp decline", "fell from high levels"). Such a word is no movement."""
    marks = t.marks(_ORIGIN)
    if not len(marks) or not len(mpos):
        return np.zeros(len(mpos), dtype=bool)
    lex, last = t.lex, t.n - 1
    p = t.end_of(marks) + 1
    for _ in range(3):  # a determiner, then up to two intensifiers
        tid = t.ids[np.minimum(p, last)]
        skip = (p < last) & (lex.determiner_mask[tid] | (lex.ival[tid] != 1.0))
        p = np.where(skip, t.end_of(np.minimum(p, last)) + 1, p)
    start = np.zeros(t.n + 1, dtype=bool)
    start[np.minimum(p, t.n)] = True
    return start[mpos]


def _pace_words(t: _Layout, w: _Words) -> _Words:
    """"grew more slowly", "the decline in output narrowed": a pace word right after a movement
    word (at most one token between), or after a movement noun ("the decline") with the same
    quantity, within the pace scope in the same comma clause, says how that movement changed. It
    leaves its own pair (``qi`` -1) and is recorded in ``pace`` for the movement before it."""
    k = np.flatnonzero((t.lex.flags[w.mid[1:]] & _PACE) > 0) + 1  # pace words with a movement before
    if not len(k):
        return w
    prev = k - 1
    gap = w.mpos[k] - w.mlast[prev] - 1
    noun = t.lex.determiner_mask[t.ids[np.maximum(w.mpos[prev] - 1, 0)]]
    same = (w.qi[prev] >= 0) & (w.qi[k] == w.qi[prev])
    ok = ((gap <= 1) & (w.qi[prev] >= 0)) | (noun & same & (gap < _PACE_SCOPE))
    ok &= (_after(t.soft, w.mpos[k]) == _after(t.soft, w.mpos[prev])) \
        & (_after(t.hard, w.mpos[k]) == _after(t.hard, w.mpos[prev]))
    k, prev = k[ok], prev[ok]
    pace = np.full(len(w.mpos), -1)
    pace[prev] = k
    qi = w.qi.copy()
    qi[k] = -1
    return w._replace(qi=qi, pace=pace)


def _nearest_quantity(t: _Layout, w: _Words):
    """Per movement word, the nearer of the quantities just before and just after it, if in the
    same sentence, within ``WINDOW`` tokens (a comma costs ``COMMA_COST``) and with no purpose
    marker between them. Returns (qi, whether the one before was taken, the quantities' (sentence,
    comma) counts)."""
    nq = len(w.qpos)
    fillers = _fillers(t)
    purpose = t.marks(_BLOCKS_PAIRS)
    seg_m, com_m, pur_m = _after(t.hard, w.mpos), _after(t.soft, w.mpos), _after(purpose, w.mpos)
    seg_q, com_q, pur_q = _after(t.hard, w.qpos), _after(t.soft, w.qpos), _after(purpose, w.qpos)
    j = np.searchsorted(w.qpos, w.mpos) - 1
    jc = np.clip(j, 0, nq - 1)
    comparison = (t.lex.flags[w.mid] & _SUBJECT) > 0  # "up from": the quantity before, commas free
    steady = (t.lex.flags[w.mid] & _STEADY) > 0  # "output was stable": the quantity before ("steady growth": none)
    # a movement that opens a comma clause (", up 4 percent", ", a year-on-year decrease of 2 percent")
    # may also reach back to the subject
    subject = comparison | ((t.lex.flags[t.ids[_opening(t, w)]] & F_SOFT) > 0)
    dprev = w.mpos - w.qlast[jc] - fillers(w.qlast[jc], w.mpos)
    dprev += np.where(subject, 0, COMMA_COST * (com_m - com_q[jc]))
    ok_prev = ((j >= 0) & (w.qlast[jc] < w.mpos) & (seg_q[jc] == seg_m)
               & (dprev <= np.where(subject, _SUBJECT_SCOPE, WINDOW))
               & (pur_q[jc] == pur_m))  # a purpose marker between them blocks the pair
    kc = np.clip(j + 1, 0, nq - 1)
    dnext = w.qpos[kc] - w.mlast + COMMA_COST * (com_q[kc] - com_m) - fillers(w.mlast, w.qpos[kc])
    ok_next = ((j + 1 < nq) & (w.qpos[kc] > w.mlast) & (seg_q[kc] == seg_m) & (dnext <= WINDOW)
               & (pur_q[kc] == pur_m) & ~comparison & ~steady)
    use_prev = ok_prev & (~ok_next | (dprev <= dnext))
    qi = np.where(use_prev, jc, np.where(ok_next, kc, -1))
    return qi, use_prev, (seg_q, com_q)


def _opening(t: _Layout, w: _Words) -> np.ndarray:
    """Per movement word, the position before it once units and a determiner are passed over
    (", a year-on-year decrease of 2 percent": the comma). Over a determiner only for a movement
    noun that names a figure: "of", a number or a unit, or the clause's end follows it (not "a more
    accommodative stance")."""
    fill = t.marks(_FILLERS)
    fend = t.end_of(fill)
    p = np.maximum(w.mpos - 1, 0)
    nxt = t.ids[np.minimum(w.mlast + 1, t.n - 1)]
    figure = (nxt == t.lex.ids.get("of", -1)) | ((t.lex.flags[nxt] & (_FILLERS | F_SOFT | F_HARD)) > 0)
    for _ in range(3):
        k = np.minimum(np.searchsorted(fend, p), max(len(fend) - 1, 0))
        is_fill = (fend[k] == p) if len(fend) else np.zeros(len(p), dtype=bool)
        det = t.lex.determiner_mask[t.ids[p]] & figure
        p = np.maximum(np.where(is_fill, fill[k] - 1 if len(fend) else p, np.where(det, p - 1, p)), 0)
    return p


def _fillers(t: _Layout):
    """A function ``(a, b) -> how many tokens strictly between positions a < b are numbers or units``
    (percent, billion, year on year, month names): they do not count towards the pairing window."""
    fill = t.marks(_FILLERS)
    if not len(fill):
        return lambda a, b: 0
    size = np.concatenate([[0], np.cumsum(t.end_of(fill) - fill + 1)])
    return lambda a, b: np.maximum(size[_after(fill, b - 1)] - size[_after(fill, a)], 0)


def _head_nouns(t: _Layout, w: _Words, use_prev: np.ndarray, clauses):
    """"pressures in some markets increased": the head noun before a preposition takes the movement
    (up to two steps back, each over a gap of at most ``HEAD_GAP`` tokens holding a preposition).
    A carrier head ("growth in unemployment slowed") does not: the movement stays with the quantity
    after it, and the carrier is marked so that it does not count alone. Returns (qi, carried)."""
    seg_q, com_q = clauses
    qi = w.qi.copy()
    carried = np.zeros(len(w.qpos), dtype=bool)
    move = np.flatnonzero(use_prev & (qi >= 1))
    if len(move):  # a relative word between the quantity and its movement keeps them together
        n_rel = np.concatenate([[0], np.cumsum(t.lex.relative_mask[t.ids])])
        move = move[n_rel[w.mpos[move]] == n_rel[w.qlast[qi[move]] + 1]]
    for _ in range(2):
        if not len(move):
            break
        q = qi[move]
        h = q - 1
        gap = w.qpos[q] - w.qlast[h]
        ok = (gap > 0) & (gap <= HEAD_GAP) & (seg_q[h] == seg_q[q]) & (com_q[h] == com_q[q])
        prep = np.zeros(len(move), dtype=bool)
        for d in range(1, HEAD_GAP):  # a preposition strictly between the two quantities
            at = w.qlast[h] + d
            prep |= (at < w.qpos[q]) & t.lex.prep_mask[t.ids[np.minimum(at, t.n - 1)]]
        ok &= prep
        carrier = ok & t.lex.carrier_mask[w.qid[h]]
        carried[h[carrier]] = True
        ok &= ~carrier
        qi[move[ok]] = h[ok]
        move = move[ok & (h != 0)]
    return qi, carried


def _complements(t: _Layout, w: _Words) -> np.ndarray:
    """Per quantity, whether it is the complement of the quantity just before it, across a
    preposition, within ``HEAD_GAP`` tokens in the same comma clause ("risks to growth", "uncertainty
    over the recovery", "the outlook for growth"): a head with a tone of its own or a forecast noun
    speaks, the complement names its topic and does not count alone. A head without a tone ("the
    economy is subject to uncertainties") or a carrier ("growth in exports") leaves it alone."""
    out = np.zeros(len(w.qpos), dtype=bool)
    if len(w.qpos) < 2:
        return out
    q = np.arange(1, len(w.qpos))
    h = q - 1
    gap = w.qpos[q] - w.qlast[h]
    lex = t.lex  # a head that speaks: a tone of its own ("risks"), or a forecast noun ("the outlook")
    speaks = (lex.qalone[w.qid[h]] != 0) | ((lex.flags[w.qid[h]] & _FORECAST) > 0)
    ok = (gap > 1) & (gap <= HEAD_GAP) & speaks & ~lex.carrier_mask[w.qid[h]]
    q, h = q[ok], h[ok]
    same = (_after(t.hard, w.qpos[q]) == _after(t.hard, w.qpos[h])) \
        & (_after(t.soft, w.qpos[q]) == _after(t.soft, w.qpos[h]))
    q, h = q[same], h[same]
    prep = np.zeros(len(q), dtype=bool)
    for d in range(1, HEAD_GAP):  # a preposition strictly between the two quantities
        at = w.qlast[h] + d
        prep |= (at < w.qpos[q]) & lex.prep_mask[t.ids[np.minimum(at, t.n - 1)]]
    out[q[prep]] = True
    return out


def _rates(t: _Layout, w: _Words) -> np.ndarray:
    """Per quantity, the index of the quantity it is the rate of (-1: none): a carrier ("growth")
    right after another quantity ("debt growth", "sales growth", "price growth") names how fast that
    quantity moves, so a movement of it reads with that quantity's valence, and alone it counts the
    carrier's tone times that valence ("substantial sales growth" good, "credit growth" no news)."""
    out = np.full(len(w.qpos), -1)
    if len(w.qpos) > 1:
        q = np.flatnonzero(t.lex.carrier_mask[w.qid[1:]]) + 1
        q = q[w.qpos[q] == w.qlast[q - 1] + 1]
        out[q] = q - 1
    return out


class _Units(NamedTuple):
    """The tone units of all texts, in the order pairs, movements alone, quantities alone, states:
    ``anchor`` (the movement word of a pair, else the word), ``kind`` (0-3: a key of
    ``SCORING_RULES`` in order), ``other`` (the pair's quantity, else -1), the span ``lo``-``hi``
    and the tone ``base`` before modifiers."""

    anchor: np.ndarray
    kind: np.ndarray
    other: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    base: np.ndarray
    pace: np.ndarray | None = None  #: the position of the unit's pace word (-1: none)


def _units(t: _Layout, w: _Words) -> _Units:
    """Pairs, then the movement words and quantities left unpaired that have a tone alone, then the
    state words."""
    lex, end_of = t.lex, t.end_of
    paired = w.qi >= 0
    used = np.zeros(len(w.qpos), dtype=bool)
    used[w.qi[paired]] = True
    if w.carried is not None:
        used |= w.carried
    pm, pmid, pq, pqid = w.mpos[paired], w.mid[paired], w.qpos[w.qi[paired]], w.qid[w.qi[paired]]
    rate_of = _rates(t, w)  # "debt growth": the rate of the quantity before it, with its valence
    pval = np.where(rate_of[w.qi[paired]] >= 0, w.qid[np.maximum(rate_of[w.qi[paired]], 0)], pqid)
    rate = rate_of >= 0  # alone, a rate counts for its quantity: the carrier's tone with its valence
    used[rate_of[rate]] = True
    alone = lex.qalone[w.qid]
    alone[rate] *= lex.qpol[w.qid[rate_of[rate]]]
    asel = ~paired & (lex.malone[w.mid] != 0)
    pace = None
    if w.pace is not None:  # a pace word is no unit of its own; the pair before it keeps its position
        absorbed = np.zeros(len(w.mpos), dtype=bool)
        absorbed[w.pace[w.pace >= 0]] = True
        asel &= ~absorbed
        pace_pos = np.where(w.pace >= 0, w.mpos[np.maximum(w.pace, 0)], -1)
    am, amid = w.mpos[asel], w.mid[asel]
    bsel = ~used & (alone != 0) & ~_complements(t, w)
    aq, aqid, aval = w.qpos[bsel], w.qid[bsel], alone[bsel]
    ssel = ~np.isnan(lex.state[t.tid])
    st, stid = t.pos[ssel], t.tid[ssel]
    anchor = np.concatenate([pm, am, aq, st])
    kind = np.concatenate([np.zeros(len(pm), np.int8), np.ones(len(am), np.int8),
                           np.full(len(aq), 2, np.int8), np.full(len(st), 3, np.int8)])
    other = np.concatenate([pq, np.full(len(anchor) - len(pq), -1)])
    lo = np.concatenate([np.minimum(pm, pq), am, aq, st])
    hi = np.concatenate([np.maximum(end_of(pm), end_of(pq)), end_of(am), end_of(aq), end_of(st)])
    base = np.concatenate([lex.qpol[pval] * lex.mdir[pmid], lex.malone[amid], aval,
                           lex.state[stid]])
    if w.pace is not None:
        pace = np.concatenate([pace_pos[paired], np.full(len(anchor) - len(pm), -1)])
    return _Units(anchor, kind, other, lo, hi, base, pace)



def _totals(t: _Layout, anchor: np.ndarray, contrib: np.ndarray) -> tuple:
    """Per text: raw sum, positive and negative evidence, hedge count, forward-looking, units."""
    n_texts, sep = t.n_texts, t.sep
    t_u = _after(sep, anchor)
    raw = np.bincount(t_u, weights=contrib, minlength=n_texts)
    positive = np.bincount(t_u, weights=np.clip(contrib, 0, None), minlength=n_texts)
    negative = np.bincount(t_u, weights=np.clip(-contrib, 0, None), minlength=n_texts)
    counts = {column: np.zeros(n_texts, dtype=np.int64) for column, _, _ in _COUNTED}
    for column, flag, unless_past in _COUNTED:
        marks = t.marks(flag)
        if unless_past and len(marks):  # not in a sentence with a past word
            marks = marks[~np.isin(_after(t.hard, marks), _after(t.hard, t.marks(_PAST)))]
        counts[column] += np.bincount(_after(sep, marks), minlength=n_texts)
    n_units = np.bincount(t_u, minlength=n_texts)
    return raw, positive, negative, counts["uncertainty"], counts["forward_looking"] > 0, n_units


def _core(ids: np.ndarray, lex, detail):
    """Score every text at once, with numpy: ``ids`` are the lexicon ids of the tokens of all texts,
    each text followed by a _SEP token (from :func:`toolkit.tone.text._tokens`).

    Returns per-text arrays (raw, positive, negative, n_hedges, forward, n_units), the text
    boundaries and, when ``detail``, a list per text of :class:`~toolkit.tone.details.Term`
    (``detail="full"``: (Term, base, multiplier, position), for :func:`toolkit.tone.explain`).
    """
    from toolkit.tone.details import _details  # here: details imports this module's _after

    t = _Layout(ids, lex)
    u = _units(t, _pair_movements(t))
    mult, applied = _apply_modifiers(t, u)
    contrib = u.base * mult
    totals = _totals(t, u.anchor, contrib)
    details = None
    if detail:
        details = _details(t, u, mult, contrib, applied, t.marks(_HEDGES), detail == "full")
    return (*totals, t.sep, details)
