"""The clause rules of the outlook scorer: one function per clause rule of
:data:`toolkit.tone.rules.MODIFIERS`, and :func:`_apply_modifiers`, which applies every row in order.

Each function takes the layout (:class:`toolkit.tone.engine._Layout`), the tone units, the modifier
row, the units' sentence and comma counts and the multipliers; multiplies the units it reaches and
returns (reached, where) for the notes, or None.
"""
from __future__ import annotations

import math

import numpy as np

from toolkit.tone._arrays import _in_sorted
from toolkit.tone.actor_subjects import _subject_of
from toolkit.tone.addressees import _addressed
from toolkit.tone.company_plans import _company_units
from toolkit.tone.while_doing import _simultaneous
from toolkit.tone.agenda import _agenda_topics
from toolkit.tone.balance import _balanced_risks
from toolkit.tone.contrast_decides import _concession_decides, _contrast_decides
from toolkit.tone.contrast_next import _opens_next
from toolkit.tone.elided import _elided_contrast
from toolkit.tone.impacts import _effect_on_good
from toolkit.tone.short_of_hopes import _short_of_hopes
from toolkit.tone.upside_topics import _good_topic
from toolkit.tone.negator_nouns import _beyond_object
from toolkit.tone.effect_scope import _effect_phrase_end
from toolkit.tone.negated_reports import _negated_reports
from toolkit.tone.relatives import _clause_of
from toolkit.tone.signs import _signs_of_figures
from toolkit.tone.unrealised import _unrealised
from toolkit.tone.lexicon import GOOD, INFL
from toolkit.tone.rules import FLAG, MODIFIERS, STOPPED

__all__: list[str] = []  # internal: the engine calls _apply_modifiers

_ACTORS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "actor")
#: words that say prices move to their target ("to 2 percent"): the shortfall rule leaves their sentence alone
_TOWARD = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "toward target")
_CONTRAST = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "later")
_HELD_STILL = sum(FLAG[m.kind] for m in MODIFIERS if m.clause in ("steady", "unchanged"))  # stable, unchanged: no fall
#: words that end the reach of an intention: contrast, concession, observation ("which has")
_STOPS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause in ("later", "stop") or m.kind == "concession")


def _after(marks: np.ndarray, p):
    """How many of the sorted positions ``marks`` are <= p (a running count, like a cumsum at p)."""
    return np.searchsorted(marks, p, side="right")



def _marker_before(t, u, m, seg_u, com_u, mult):
    """"reaches", "comma clause", "sentence": the last marker before the tone word."""
    mk = t.marks(FLAG[m.kind])
    if m.clause == "after actor":
        mk = _after_actor(t, mk, m.scope)
    if not len(mk):
        return None
    scope = t.n if m.scope is None or m.clause == "after actor" else m.scope
    mkl = t.end_of(mk)
    if m.clause == "reaches":  # the last negator before the movement, reaching the tone word
        j = np.searchsorted(mk, u.anchor) - 1
        jc = np.clip(j, 0, len(mk) - 1)
        reach = _effect_phrase_end(t, mkl)  # "no appreciable effect in spurring borrowing": from "in"
        ok = (j >= 0) & (reach[jc] >= u.lo - scope) & (mkl[jc] < u.hi)
        ok &= ~_beyond_object(t, mkl[jc], u)  # "a lack of demand weighed on sales"
    else:  # the last marker ending before the (movement) word; an intention may be that word
        # ("Expand domestic demand.": the imperative's verb is the movement; toolkit.tone.imperatives)
        j = np.searchsorted(mkl, u.anchor, side="right" if m.clause == "sentence" else "left") - 1
        jc = np.clip(j, 0, len(mk) - 1)
        ok = (j >= 0) & (mkl[jc] >= u.anchor - scope)
        if m.clause == "comma clause" and m.kind == "concession":  # "except for X, which ...": one clause
            ok &= _clause_of(t, mk[jc]) == _clause_of(t, u.anchor)
        elif m.clause == "comma clause":
            ok &= t.com(mk[jc]) == com_u
        if m.clause in STOPPED or m.blocks_pairs:  # a contrast or an observation between them ends the reach
            stops = t.marks(_STOPS)
            kept = _simultaneous(t, stops)  # not "while deepening reform": the same actor goes on
            if len(kept) == len(stops):
                ok &= t.upto(_STOPS, mkl[jc]) == t.upto(_STOPS, u.anchor)
            else:
                ok &= _after(kept, mkl[jc]) == _after(kept, u.anchor)
    ok &= t.seg(mk[jc]) == seg_u
    if m.clause == "after actor":  # "the bank plans to hire 2,000 staff": a company's plan keeps its tone
        ok &= ~_company_units(t, u, ok, mk, jc, t.marks(_ACTORS))
    mult[ok] *= m.factor
    return ok, mk[jc]


def _after_actor(t, mk: np.ndarray, scope: int) -> np.ndarray:
    """The markers ``mk`` ("will", "shall") that follow an actor word ("the Committee", "we") as its
    subject, in the same comma clause and sentence: with at most ``scope - 1`` fillers between them
    ("also", "unanimously") or the rest of a name ("Bank of Korea"; :mod:`toolkit.tone.actor_subjects`);
    and a "should" said to an addressee ("banks should maintain ...": :mod:`toolkit.tone.addressees`)."""
    actors = t.marks(_ACTORS)
    if not len(mk):
        return mk
    told = _addressed(t, mk)
    if not len(actors):
        return mk[told]
    j = np.searchsorted(actors, mk) - 1
    jc = np.clip(j, 0, len(actors) - 1)
    a = actors[jc]
    ok = (j >= 0) & (t.end_of(a) >= mk - scope - 1) & (t.seg(a) == t.seg(mk)) \
        & (t.com(a) == t.com(mk))
    ok[ok] = _subject_of(t, a[ok], mk[ok], scope)
    return mk[ok | told]


def _marker_later(t, u, m, seg_u, com_u, mult):
    """"later": a marker later in the same sentence ("but") weighs down what comes before it; so
    does one opening the next clause of the text ("strong; however, ...": :func:`_opens_next`)."""
    mk = t.marks(FLAG[m.kind])
    if not len(mk):
        return None
    seg_end = np.append(t.hard, t.n)[seg_u]
    nxt = _after(mk, u.anchor)
    ok = (np.searchsorted(mk, seg_end) > nxt) | _opens_next(t, mk, seg_u)
    mult[ok] *= m.factor
    return ok, mk[np.minimum(nxt, len(mk) - 1)]


def _words_around(t, u, m, seg_u, com_u, mult):
    """"around": every intensifier within ``scope`` words of the tone unit, in its sentence; the
    factor is the product of their values, exactly (it does not depend on the other texts)."""
    isel = t.lex.ival[t.tid] != 1.0
    if not isel.any():
        return None
    ipos, ivals = t.end_of(t.pos[isel]), t.lex.ival[t.tid[isel]]
    seg_start = np.insert(t.hard + 1, 0, 0)[seg_u]
    seg_end = np.append(t.hard, t.n)[seg_u] - 1
    a = np.maximum(u.lo - m.scope, seg_start)
    b = np.minimum(u.hi + m.scope, seg_end)
    first, stop = np.searchsorted(ipos, a), _after(ipos, b)
    inside = np.ones(len(u.anchor))
    one = stop - first == 1
    inside[one] = ivals[first[one]]
    for k in np.flatnonzero(stop - first > 1).tolist():
        inside[k] = math.prod(ivals[first[k]:stop[k]].tolist())
    mult *= inside
    return np.abs(inside - 1.0) > 1e-12, (a, b, t.pos[isel], t.tid[isel])


def _pace_word(t, u, m, seg_u, com_u, mult):
    """"pace": the pace word found for the unit's movement word ("grew more slowly": x-1)."""
    if u.pace is None:
        return None
    at = np.maximum(u.pace, 0)
    ok = (u.pace >= 0) & ((t.lex.flags[t.ids[at]] & FLAG[m.kind]) > 0)
    if not ok.any():
        return None
    mult[ok] *= m.factor
    return ok, at


def _whole_sentence(t, u, m, seg_u, com_u, mult):
    """"whole sentence": a marker anywhere in the sentence ("Voting against the action was ...")
    multiplies the tone of every unit of that sentence."""
    mk = t.marks(FLAG[m.kind])
    if not len(mk):
        return None
    at = _per_sentence(t, mk)[seg_u]
    ok = at >= 0
    mult[ok] *= m.factor
    return ok, np.maximum(at, 0)


def _prices_in_sentence(t, u, m, seg_u, com_u, mult):
    """"inflation sentence": a marker anywhere in the sentence ("below 2 percent", "slack",
    "deflation") multiplies the tone of the sentence's price quantities, paired or alone; a fall of
    activity stated in the sentence ("economic activity weakened": not negated, not an aim - the
    factors so far apply) does the same to the falls of prices."""
    quantity = t.ids[np.where(u.kind == 0, u.other, u.anchor)]  # the pair's quantity, or the word alone
    prices = ((u.kind == 0) | (u.kind == 2)) & (t.lex.qcode[quantity] == INFL)
    if not prices.any():
        return None
    words = t.marks(FLAG[m.kind])
    slump = (u.kind == 0) & (t.lex.qcode[quantity] == GOOD) & (u.base * mult < 0)
    slump &= (t.lex.flags[t.ids[u.anchor]] & _HELD_STILL) == 0  # "a steady pace of sales" is no fall (round 11)
    # a shortfall word reaches back over a "but" ("inflation rose, but is still below 2 percent"),
    # not forward ("inflation is below 2 percent, but expectations remained stable")
    bounds = np.concatenate([t.hard, t.marks(_CONTRAST)])
    bounds.sort(kind="stable")
    sel = np.flatnonzero(prices | slump)  # only these units are looked up
    part = _after(bounds, u.anchor[sel])
    opened = np.append(-1, bounds)[part]  # the boundary that opens the unit's part
    last_word = np.full(len(t.hard) + 1, -1)  # per sentence, its last shortfall word
    last_word[t.seg(words)] = words
    by_slump = np.full(len(bounds) + 1, -1)  # per part, the position of a fall of activity
    is_slump = slump[sel]
    by_slump[part[is_slump]] = u.anchor[sel][is_slump]
    word_at, slump_at = np.full(len(u.anchor), -1), np.full(len(u.anchor), -1)
    found = last_word[seg_u[sel]]
    word_at[sel], slump_at[sel] = np.where(found > opened, found, -1), by_slump[part]
    toward = _per_sentence(t, t.marks(_TOWARD))[seg_u] >= 0  # a rise there is read by "toward target"
    ok = prices & ((word_at >= 0) | ((slump_at >= 0) & (u.base > 0))) & ~(toward & (u.base < 0))
    if not ok.any():
        return None
    mult[ok] *= m.factor
    return ok, np.where(word_at >= 0, word_at, np.maximum(slump_at, 0))


def _per_sentence(t, marks: np.ndarray) -> np.ndarray:
    """Per sentence, the position of its first marker in ``marks`` (sorted positions; -1: none)."""
    table = np.full(len(t.hard) + 1, -1)
    table[t.seg(marks[::-1])] = marks[::-1]  # written last to first: the earliest marker wins
    return table


def _prices_toward_target(t, u, m, seg_u, com_u, mult):
    """"toward target": a marker anywhere in the sentence ("to 2 percent", "toward its objective")
    multiplies the rises of the sentence's price quantities (paired, after the factors so far)."""
    marks = t.marks(FLAG[m.kind])
    if not len(marks):
        return None
    quantity = t.ids[np.where(u.kind == 0, u.other, u.anchor)]
    at = _per_sentence(t, marks)[seg_u]
    ok = (u.kind == 0) & (t.lex.qcode[quantity] == INFL) & (u.base * mult < 0) & (at >= 0)
    ok &= ~_in_sorted(u.anchor, marks)  # a band word that is the movement ("not back in the target range") is no rise
    if not ok.any():
        return None
    mult[ok] *= m.factor
    return ok, np.maximum(at, 0)


def _steady_pair(t, u, m, seg_u, com_u, mult):
    """"steady": a pair whose movement word says the quantity held still ("output was stable",
    "employment held steady") is multiplied by the factor unless the quantity is prices
    ("inflation expectations remained stable": price stability, read by the inflation rule);
    "unchanged" ("output was flat", "expectations are little changed"): whatever the quantity."""
    if not len(t.marks(FLAG[m.kind])):
        return None
    pairs = u.kind == 0
    still = pairs & ((t.lex.flags[t.ids[u.anchor]] & FLAG[m.kind]) > 0)
    ok = still if m.clause == "unchanged" else still & (t.lex.qcode[t.ids[np.maximum(u.other, 0)]] != INFL)
    if not ok.any():
        return None
    mult[ok] *= m.factor
    return ok, u.anchor


def _upside_risk(t, u, m, seg_u, com_u, mult):
    """"upside": a risk word of a quantity turning out higher ("upside risks") alone, followed by a
    preposition and, within the scope in the same comma clause, a good quantity ("upside risks to
    growth"): that chance is good news, so its tone (a risk, bad) is multiplied by the factor."""
    marks = t.marks(FLAG[m.kind])
    if not len(marks):
        return None
    # the risk alone, or the risk a verb moves ("upside risks to growth have increased": more upside)
    risk = np.where(u.kind == 0, u.other, u.anchor)
    heads = np.flatnonzero(((u.kind == 2) | (u.kind == 0)) & _in_sorted(risk, marks))
    if not len(heads):
        return None
    qpos = t.quantities()
    end = t.end_of(risk[heads])
    k = np.minimum(np.searchsorted(qpos, end + 1), len(qpos) - 1)
    q = qpos[k]
    ok = (q > end) & (q - end <= m.scope) & t.lex.prep_mask[t.ids[np.minimum(end + 1, t.n - 1)]]
    ok &= (t.com(q) == com_u[heads]) & (t.seg(q) == seg_u[heads])
    ok &= _good_topic(t, q)  # "the outlook for inflation": prices
    reached = np.zeros(len(u.anchor), dtype=bool)
    reached[heads[ok]] = True
    if not reached.any():
        return None
    mult[reached] *= m.factor
    where = np.zeros(len(u.anchor), dtype=np.int64)
    where[heads] = q
    return reached, where


def _degree(t, u, m, seg_u, com_u, mult):
    """"degree": a comparative word right before a state word ("less resilient", "more fragile")
    multiplies the state's tone by the factor."""
    marks = t.marks(FLAG[m.kind])
    if not len(marks) or not m.note:  # "more": no factor of its own, nothing to note
        return None
    states = np.flatnonzero(u.kind == 3)
    before = np.zeros(t.n + 1, dtype=bool)
    before[t.end_of(marks) + 1] = True
    ok = np.zeros(len(u.anchor), dtype=bool)
    ok[states[before[u.anchor[states]]]] = True
    if not ok.any():
        return None
    mult[ok] *= m.factor
    return ok, np.maximum(u.anchor - 1, 0)


#: clause rule of a modifier row -> the function that applies it
def _cause_of_prices(t, u, m, seg_u, com_u, mult):
    """"cause": a push verb ("added to", "fuelled") paired with a rise of prices ("could add to inflation
    pressures") makes the good news before it in its sentence ("increases in resource utilization")
    the source of that price risk: multiplied by the factor, unless a contrast, concession or
    observation word stands between them."""
    mk = t.marks(FLAG[m.kind])
    pair = (u.kind == 0) & _in_sorted(u.anchor, mk)
    if not pair.any():
        return None
    lex, q = t.lex, u.other[pair]
    rising = (lex.qcode[t.ids[q]] == INFL) & (lex.mdir[t.ids[u.anchor[pair]]] > 0)
    push = np.sort(u.anchor[pair][rising])
    if not len(push):
        return None
    nxt = np.searchsorted(push, u.anchor, side="right")  # the first push after the unit
    at = push[np.minimum(nxt, len(push) - 1)]
    ok = (nxt < len(push)) & (t.seg(at) == seg_u) & (u.base > 0) & (t.upto(_STOPS, u.anchor) == t.upto(_STOPS, at))
    mult[ok] *= m.factor
    return ok, at


_CLAUSE_RULES = {
    "reaches": _marker_before, "comma clause": _marker_before, "sentence": _marker_before,
    "after actor": _marker_before, "later": _marker_later, "around": _words_around,
    "pace": _pace_word,
    "whole sentence": _whole_sentence,
    "toward target": _prices_toward_target,
    "inflation sentence": _prices_in_sentence,
    "steady": _steady_pair,
    "unchanged": _steady_pair,
    "upside": _upside_risk,
    "degree": _degree,
    "cause": _cause_of_prices,
    "balance": _balanced_risks,
    "sign": _signs_of_figures,
    "elided": _elided_contrast,
    "good only": _effect_on_good,
    "short of hopes": _short_of_hopes,
    "decides": _contrast_decides,
    "main decides": _concession_decides,
    "agenda": _agenda_topics,
    "subject negated": _unrealised,
    "object pace": _pace_word,
    "negated report": _negated_reports,
}
#: the order in which the factors multiply: markers before the word (every clause rule but two),
#: then later markers, then the words around it (table order within each); floating-point products
#: depend on it
_PHASE = {rule: {"later": 1, "around": 2, "decides": 3, "main decides": 3}.get(rule, 0) for rule in _CLAUSE_RULES}
APPLY_ORDER = sorted((m for m in MODIFIERS if m.clause in _PHASE), key=lambda m: _PHASE[m.clause])


def _apply_modifiers(t, u) -> tuple[np.ndarray, dict]:
    """The multiplier of each unit, and per modifier kind what it reached, for the notes."""
    mult = np.ones(len(u.anchor))
    applied = {}
    if len(u.anchor):
        seg_u, com_u = t.seg(u.anchor), t.com(u.anchor)
        for m in APPLY_ORDER:
            found = _CLAUSE_RULES[m.clause](t, u, m, seg_u, com_u, mult)
            if found is not None:
                applied[m.kind] = found
    return mult, applied
