"""Pairing in the outlook scorer's core: which quantity each movement word moves (direction x valence).

Step 2 of :mod:`toolkit.tone.engine`, on its :class:`~toolkit.tone.engine._Layout`: each movement
word takes the nearest quantity of its clause (:func:`_nearest_quantity`), handed back to the head
noun across of/in/about/... (:func:`_head_nouns`); a second movement word says how the first changed
(:func:`_pace_words`, also before a movement noun: :func:`_pace_before`); the word after "from" is a
starting level (:func:`_origins`); "more" / "less" before a state word are its degree
(:func:`_degrees`); "job gains were weak": the predicate sizes the movement noun
(:func:`toolkit.tone.sized._sized_by_predicate`); a figure after a comma reaches back to the subject (:func:`_opening`); the
"growth" right after a quantity is its rate (:func:`_rates`). Subjects carried over a contrast or a
concession are in :mod:`toolkit.tone.subjects`, topics and figures in :mod:`toolkit.tone.topics`.
Position arrays and ``searchsorted`` only: no loop over tokens in Python.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from toolkit.tone.agents import _passive_agents
from toolkit.tone.carriers import _carrier_phrases, _carriers_of_moved
from toolkit.tone.claimed import _claimed_objects
from toolkit.tone.feared import _feared_movements
from toolkit.tone.clauses import _after
from toolkit.tone.forecast_topics import _forecast_topics
from toolkit.tone.fronted_comparisons import _fronted_comparisons
from toolkit.tone.noun_phrases import _attributive, _before_figure, _long_subjects, _participle_before_noun
from toolkit.tone.gaps import _gap_heads
from toolkit.tone.hedge_window import _hedge_phrase_tail
from toolkit.tone.origin_quantities import _origin_objects
from toolkit.tone.pace_nouns import _pace_nouns
from toolkit.tone.rate_comparisons import _rate_comparisons
from toolkit.tone.pace_objects import _governed_nouns, _pace_objects
from toolkit.tone.pace_verbs import _object_taken
from toolkit.tone.relative_movements import _relative_movements
from toolkit.tone.pushes import _push_end, _push_rises
from toolkit.tone.coordinated import _coordinated
from toolkit.tone.degrees import _comparatives
from toolkit.tone.equals import _equal_to_events
from toolkit.tone.frequency import _frequency_of_movements, _frequency_subjects
from toolkit.tone.own_nouns import _own_nouns
from toolkit.tone.sized import _sized_by_predicate
from toolkit.tone.sources_from import _cause_marks
from toolkit.tone.subjects import _DEGREE, _objects, _passive, _pronoun_after_concession, _subjectless
from toolkit.tone.topics import _state_complements
from toolkit.tone.interrupted import _subject_around_concession
from toolkit.tone.risk_heads import _head_gap, _head_prep, _unpaired_to_concern
from toolkit.tone.rules import COMMA_COST, F_HARD, F_SOFT, FLAG, MODIFIERS, WINDOW
from toolkit.tone.lexicon import BAD

if TYPE_CHECKING:
    from toolkit.tone.engine import _Layout

__all__: list[str] = []  # internal: toolkit.tone.engine calls these

_BLOCKS_PAIRS = sum(FLAG[m.kind] for m in MODIFIERS if m.blocks_pairs)
_FILLERS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "filler")
_SUBJECT = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "subject")
_SUBJECT_SCOPE = next(m.scope for m in MODIFIERS if m.clause == "subject")
_PACE = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "pace")
_PACE_SCOPE = max(m.scope for m in MODIFIERS if m.clause == "pace")
_ORIGIN = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "origin")
_FORECAST = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "unless past")
_STEADY = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "steady")
_OBJECT_ONLY = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "object only")
_TRANSITIVE = sum(FLAG[m.kind] for m in MODIFIERS if m.clause in ("object", "object only"))


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
    msel[msel] = ~_degrees(t, t.pos[msel])  # "more resilient": the degree of a state, no movement
    msel[msel] = ~_comparatives(t, t.pos[msel])  # "more competitive": that word's comparative, no movement
    msel[msel] = ~_own_nouns(t, t.pos[msel])  # "a greater impact on profits": the size of "impact"
    msel[msel] = ~_frequency_of_movements(t, t.pos[msel])  # "the decline in orders is pervasive"
    msel[msel] = ~_sized_by_predicate(t, t.pos[msel])  # "job gains were weak": the predicate says the size
    mpos, mid = t.pos[msel], t.tid[msel]
    words = _Words(qpos, qid, t.end_of(qpos), mpos, mid, t.end_of(mpos), np.full(len(mpos), -1))
    if len(qpos) and len(mpos):
        qi, use_prev, clauses = _nearest_quantity(t, words)
        qi, carried = _head_nouns(t, words._replace(qi=qi), use_prev, clauses)
        qi = _long_subjects(t, words._replace(qi=qi))  # "orders from overseas customers in the ... sector fell"
        qi = _unpaired_to_concern(t, words._replace(qi=qi))  # "uncertainty over the end of ... should decrease"
        qi = _gap_heads(t, words._replace(qi=qi))  # "the gap between supply and demand widened"
        qi = _origin_objects(t, words._replace(qi=qi))  # "a turnaround from the contraction"
        qi = _forecast_topics(t, words._replace(qi=qi))  # "the inflation forecast was revised up"
        qi, carried = _carrier_phrases(t, words, qi, carried)  # "strong growth in prices"
        qi = _subjectless(t, words._replace(qi=qi))
        qi = _pronoun_after_concession(t, words._replace(qi=qi))
        qi = _subject_around_concession(t, words._replace(qi=qi))  # "Uncertainty, while still high, has eased"
        qi = _claimed_objects(t, words._replace(qi=qi))  # "the strong dollar weighed on exports"
        qi = _feared_movements(t, words._replace(qi=qi))  # "fears of a decline"
        qi = _equal_to_events(t, words._replace(qi=qi))  # "the slowdown was similar to": it stays
        qi = _coordinated(t, words._replace(qi=qi))  # "sales were unchanged or fell modestly"
        qi = _frequency_subjects(t, words._replace(qi=qi))  # "discounting remained widespread and ... sales"
        qi = _passive_agents(t, words._replace(qi=qi))  # "prices were held down by discounting"
        qi = _relative_movements(t, words._replace(qi=qi))  # "exports, which have been falling."
        qi = _fronted_comparisons(t, words._replace(qi=qi))  # "Down from 5.5 percent, the unemployment rate"
        carried = _carriers_of_moved(t, words._replace(qi=qi), carried)  # "the growth rate of prices, which"
        words = words._replace(qi=qi, carried=carried)
        words = _pace_words(t, words)
        words = _rate_comparisons(t, words)  # "increased 0.52% in March, down from 0.81%": the rate's pace
        words = _pace_objects(t, words)  # "moderating the fall in the composite index"
        words = _pace_nouns(t, words)  # "amid a slower pace in public sector spending"
    elif len(mpos) > 1:  # no quantity in any text: the pace words that need none, so that a text
        words = _paces_without_quantities(t, words)  # scores alike alone and among others
    return words


def _paces_without_quantities(t: _Layout, w: _Words) -> _Words:
    """The pace readings that need no quantity, for a batch of texts without any ("A strong upturn is
    unlikely.": "strong" is the upturn's pace, as when the text is scored among others): a pace or
    rising word right before a movement noun (:func:`_pace_before`) and a pace verb before a movement
    noun object (:func:`toolkit.tone.pace_objects._pace_objects`)."""
    pace = np.full(len(w.mpos), -1)
    before, after = _pace_before(t, w, pace)
    pace[after] = before
    qi = w.qi.copy()
    qi[before] = -1
    return _pace_objects(t, w._replace(qi=qi, pace=pace))


def _origins(t: _Layout, mpos: np.ndarray, marks: np.ndarray | None = None) -> np.ndarray:
    """Per movement word, whether it names where a movement started: the first word after an
    origin word ("from"), over at most one determiner and intensifiers ("slowed from its strong
    pace", "rebounded from a sharp decline", "fell from high levels"), and a movement right after such
    a movement word ("after strong gains"). Such a word is no movement. ``marks``: the origin words to
    use (default: all of the text's)."""
    marks = t.marks(_ORIGIN) if marks is None else marks
    marks = marks[~_cause_marks(t, marks)]  # "benefiting from strong demand": a cause, no origin
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
    # a movement noun right after a dropped adjective is the same earlier movement ("after strong gains")
    nxt = np.minimum(t.end_of(np.minimum(p, last)) + 1, last)
    start[nxt[start[np.minimum(p, t.n)] & (lex.mdir[t.ids[np.minimum(p, last)]] != 0)]] = True
    return start[mpos]


def _pace_words(t: _Layout, w: _Words) -> _Words:
    """"grew more slowly", "the decline in output narrowed": a pace word right after a movement
    word (at most one token between), or after a movement noun ("the decline") with the same
    quantity, within the pace scope in the same comma clause, says how that movement changed; so does
    one right before a movement noun ("a slower decline in exports", :func:`_pace_before`). It
    leaves its own pair (``qi`` -1) and is recorded in ``pace`` for the movement it qualifies."""
    if len(w.mpos) < 2:
        return w
    k = np.flatnonzero((t.lex.flags[w.mid[1:]] & _PACE) > 0) + 1  # pace words with a movement before
    prev = k - 1
    gap = w.mpos[k] - _push_end(t, w)[prev] - 1
    before = _before_figure(t, np.maximum(w.mpos[prev] - 1, 0))  # a determiner or a clause's start: a movement noun
    noun = t.lex.determiner_mask[before] | ((t.lex.flags[before] & (F_HARD | F_SOFT)) > 0) | (w.mpos[prev] == 0)
    same = (w.qi[prev] >= 0) & (w.qi[k] == w.qi[prev])
    ok = ((gap <= 1) & (w.qi[prev] >= 0)) | (noun & same & (gap < _PACE_SCOPE))
    ok &= (t.com(w.mpos[k]) == t.com(w.mpos[prev])) \
        & (t.seg(w.mpos[k]) == t.seg(w.mpos[prev]))
    taken, obj = _object_taken(t, w, k)  # "higher rates slowed demand": demand slowed, not the rates' pace
    qi = w.qi.copy()
    qi[k[taken]] = obj[taken]
    crossed = k[taken] - 1  # "rising premiums and the slowing economy": the verb, not "rising", moves it
    qi[crossed[qi[crossed] == obj[taken]]] = -1
    w = w._replace(qi=qi)
    ok &= ~taken
    k, prev = k[ok], prev[ok]
    k2, prev2 = _push_rises(t, w)
    k, prev = np.concatenate([k, k2]), np.concatenate([prev, prev2])
    pace = np.full(len(w.mpos), -1)
    pace[prev] = k
    qi = w.qi.copy()
    qi[k] = -1
    before, after = _pace_before(t, w, pace)
    pace[after] = before
    qi[before] = -1
    return w._replace(qi=qi, pace=pace)


def _pace_before(t: _Layout, w: _Words, pace: np.ndarray):
    """"a slower decline in exports", "a faster rise in unemployment": a pace word after a determiner
    and right before a movement noun says how that movement goes ("is slowing down" is no noun phrase);
    a rising word there ("a strong pickup in bookings", "growing weakness in orders", a falling movement
    noun with a phrase of its own) is more of that movement, no pair of its own (factor 1). Returns (the pace words, the movement words after
    them), indices into ``w``; pace words already taken by a movement before them are left out."""
    paced = (t.lex.flags[w.mid[:-1]] & _PACE) > 0
    rising = (t.lex.mdir[w.mid[:-1]] > 0) & ~paced  # "growing weakness in output": more of that movement
    k = np.flatnonzero(paced | rising)
    if not len(k):
        return k, k
    taken = np.zeros(len(w.mpos), dtype=bool)
    taken[pace[pace >= 0]] = True
    nxt = k + 1
    ok = ~taken[k] & (pace[nxt] < 0) & (w.mpos[nxt] == w.mlast[k] + 1) & ((t.lex.flags[w.mid[nxt]] & _PACE) == 0)
    noun = t.lex.determiner_mask[t.ids[np.maximum(w.mpos[k] - 1, 0)]]  # a noun phrase: not "is slowing down"
    own = t.lex.prep_mask[t.ids[np.minimum(w.mlast[nxt] + 1, t.n - 1)]]  # "growing weakness in ..."
    ok &= noun | (rising[k] & own & (t.lex.mdir[w.mid[nxt]] < 0))
    return k[ok], nxt[ok]


def _nearest_quantity(t: _Layout, w: _Words):
    """Per movement word, the nearer of the quantities just before and just after it, if in the
    same sentence, within ``WINDOW`` tokens (a comma costs ``COMMA_COST``) and with no purpose
    marker between them. Returns (qi, whether the one before was taken, the quantities' (sentence,
    comma) counts)."""
    nq = len(w.qpos)
    fillers = _fillers(t)
    purpose = t.marks(_BLOCKS_PAIRS)
    seg_m, com_m, pur_m = t.seg(w.mpos), t.com(w.mpos), _after(purpose, w.mpos)
    seg_q, com_q, pur_q = t.seg(w.qpos), t.com(w.qpos), _after(purpose, w.qpos)
    j = np.searchsorted(w.qpos, w.mpos) - 1
    jc = np.clip(j, 0, nq - 1)
    comparison = (t.lex.flags[w.mid] & _SUBJECT) > 0  # "up from": the quantity before, commas free
    steady = (t.lex.flags[w.mid] & _STEADY) > 0  # "output was stable": the quantity before ("steady growth": none)
    # a movement that opens a comma clause (", up 4 percent", ", a year-on-year decrease of 2 percent")
    # may also reach back to the subject
    subject = comparison | ((t.lex.flags[t.ids[_opening(t, w)]] & F_SOFT) > 0)
    dprev = w.mpos - w.qlast[jc] - fillers(w.qlast[jc], w.mpos)
    # "inflation is projected to continue to remain moderate": a hedge phrase is one word (not back to
    # the subject of a transitive verb: "is expected to reduce the likelihood of drought")
    hedged = _hedge_phrase_tail(t)
    dprev -= np.where((t.lex.flags[w.mid] & _TRANSITIVE) > 0, 0, hedged(w.qlast[jc], w.mpos))
    dprev += np.where(subject, 0, COMMA_COST * (com_m - com_q[jc]))
    ok_prev = ((j >= 0) & (w.qlast[jc] < w.mpos) & (seg_q[jc] == seg_m)
               & (dprev <= np.where(subject, _SUBJECT_SCOPE, WINDOW))
               & (pur_q[jc] == pur_m))  # a purpose marker between them blocks the pair
    kc = np.clip(j + 1, 0, nq - 1)
    adjacent = w.qpos[kc] == w.mlast + 1  # "steady to declining delinquency rates": a range before its noun
    dnext = w.qpos[kc] - w.mlast + COMMA_COST * (com_q[kc] - com_m) - fillers(w.mlast, w.qpos[kc])
    dnext -= hedged(w.mlast, w.qpos[kc])
    # "stable delinquency rates": right before a bad quantity, a steady word holds it still (no news,
    # like "delinquency rates were stable"), not the quantity alone ("steady growth" keeps its reading)
    steady &= ~(adjacent & (t.lex.qcode[t.ids[w.qpos[kc]]] == BAD))
    ok_next = ((j + 1 < nq) & (w.qpos[kc] > w.mlast) & (seg_q[kc] == seg_m) & (dnext <= WINDOW)
               & (pur_q[kc] == pur_m) & ~(comparison & ~adjacent) & ~steady)
    # "gains in retail and declines in manufacturing": a movement noun whose own phrase ("in retail")
    # ends before another movement noun (after "and", "with", a determiner) does not take the quantity
    # after that one ("increases in fuel and materials costs" still does)
    own_phrase = t.lex.prep_mask[t.ids[np.minimum(w.mlast + 1, t.n - 1)]]
    before = t.ids[np.maximum(w.mpos - 1, 0)]
    noun = t.lex.determiner_mask[before] | t.lex.conjunction_mask[before] | _governed_nouns(t, w)
    nxt = np.minimum(np.arange(len(w.mpos)) + 1, len(w.mpos) - 1)  # the next movement word opens a phrase
    crossed = (np.searchsorted(w.mpos, w.qpos[kc]) > np.arange(len(w.mpos)) + 1) & noun[nxt]
    ok_next &= ~(own_phrase & crossed)
    # "softening rental rates and rising vacancy rates": a movement word with a noun of its own right
    # after it (a word without a role) does not take the quantity of the next movement word's phrase
    word = t.ids[np.minimum(w.mlast + 1, t.n - 1)]  # not "lower or flat sales": a conjunction is no noun
    own_noun = ~t.lex.active[word] & ~t.lex.conjunction_mask[word] & ~t.lex.prep_mask[word]
    own_noun &= ~t.lex.determiner_mask[word] & (w.mlast + 1 < w.qpos[kc])
    ok_next &= ~(own_noun & crossed & t.lex.conjunction_mask[before[nxt]])
    ok_next &= ~_subject_of_verb(t, w, w.qpos[kc])  # "tax cuts spurred spending": the verb's object
    topic, state = _state_complements(t, w.qpos, where=True)  # "grown more resilient against shocks"
    ok_next &= ~(topic[kc] & (state[kc] > w.mlast))  # the state word between them speaks of the quantity
    # "... and declines in manufacturing", "a rise in unemployment": a movement noun (after a determiner
    # or a conjunction) with a phrase of its own moves the quantity in that phrase, not the one before it
    objects = _objects(t, w, w.qpos[kc])
    only = (t.lex.flags[w.mid] & _OBJECT_ONLY) > 0  # "support": its object, or its subject in the passive
    ok_prev &= ~only | _passive(t, w)
    ok_next &= ~only | objects
    use_prev = ok_prev & (~ok_next | (dprev <= dnext) | _and_between(t, w.mlast, w.qpos[kc])) & ~(noun & own_phrase & ok_next)
    use_prev &= ~(ok_next & objects)  # "costs squeezed margins": the object moves
    use_prev &= ~(ok_next & comparison & adjacent)  # a range (kind comparison) right before its noun moves it
    use_prev &= ~(ok_next & _participle_before_noun(t, w, w.qpos[kc]))  # "weak demand and rising material costs"
    use_prev &= ~_attributive(t, w)  # "amid rising protectionism": the movement of a noun of its own
    qi = np.where(use_prev, jc, np.where(ok_next, kc, -1))
    return qi, use_prev, (seg_q, com_q)


def _subject_of_verb(t: _Layout, w: _Words, q: np.ndarray) -> np.ndarray:
    """Per movement word that moves its object itself ("cuts"), whether a verb that moves its object
    comes right after it, before the quantity ``q`` after it: the movement word is then a noun, that verb's subject ("tax cuts spurred
    spending", "wage cuts dampened spending"), and the object is the verb's, not its own
    ("cuts spending" is not read)."""
    after = t.ids[np.minimum(w.mlast + 1, t.n - 1)]
    verb = ((t.lex.flags[after] & _TRANSITIVE) > 0) & t.lex.active[after]
    for push in t.lex.push_ids.values():  # "increased downward pressure on prices": no verb
        verb &= after != push
    return verb & ((t.lex.flags[w.mid] & _TRANSITIVE) > 0) & (w.mlast + 1 < q)


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
    (up to two steps back, each over a gap of at most ``HEAD_GAP`` tokens that opens with a
    preposition: the head's own modifier, not a verb's "contributed to").
    A carrier head ("growth in unemployment slowed") does not: the movement stays with the quantity
    after it, and the carrier is marked so that it does not count alone. Returns (qi, carried)."""
    seg_q, com_q = clauses
    qi = w.qi.copy()
    carried = np.zeros(len(w.qpos), dtype=bool)
    move = np.flatnonzero(use_prev & (qi >= 1))
    if len(move):  # a relative word between the quantity and its movement keeps them together
        rel = np.flatnonzero(t.lex.relative_mask[t.ids])  # (how many before p: a binary search, no cumsum)
        move = move[np.searchsorted(rel, w.mpos[move]) == np.searchsorted(rel, w.qlast[qi[move]] + 1)]
    for _ in range(2):
        if not len(move):
            break
        q = qi[move]
        h = q - 1
        gap = w.qpos[q] - w.qlast[h]
        ok = (gap > 0) & _head_gap(t, w, h, q, gap) & (seg_q[h] == seg_q[q]) & (com_q[h] == com_q[q])
        # the preposition opens the head's modifier right after it ("pressures in some markets"), not
        # after a verb ("the depreciation contributed to inflation persisting at an increased level")
        ok &= _head_prep(t.lex, w.qid[h], t.ids[np.minimum(w.qlast[h] + 1, t.n - 1)])
        carrier = ok & t.lex.carrier_mask[w.qid[h]]
        carried[h[carrier]] = True
        ok &= ~carrier
        qi[move[ok]] = h[ok]
        move = move[ok & (h != 0)]
    return qi, carried


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


def _degrees(t: _Layout, mpos: np.ndarray) -> np.ndarray:
    """Per movement word, whether it is a comparative ("more", "less") right before a state word
    ("more resilient against shocks", "less difficult"): the state's degree, not a movement."""
    deg = (t.lex.flags[t.ids[mpos]] & _DEGREE) > 0
    nxt = t.ids[np.minimum(t.end_of(mpos) + 1, t.n - 1)]
    return deg & ~np.isnan(t.lex.state[nxt])


def _and_between(t: _Layout, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair of positions a < b, whether an "and" / "or" stands strictly between them: "inflation is
    not expected to slow and interest rates ...": the quantity after the conjunction opens the next
    conjunct, it is no object of the movement before it, so the quantity before it is its subject."""
    joins = t.lex.conjunction_mask.copy()
    joins[t.lex.ids.get("with", 0)] = False  # (id 0, unknown words, is no conjunction)
    conj = np.flatnonzero(joins[t.ids])  # sorted: how many stand before p is a binary search
    return np.searchsorted(conj, b) - np.searchsorted(conj, a + 1) > 0
