"""The outlook scorer's numpy core: every rule applied to all texts at once.

:func:`_core` takes the lexicon ids of the tokens of all texts (from
:func:`toolkit.tone.text._tokens`, each text followed by a separator token) and returns per-text
sums. Only the positions of lexicon words are kept after the id lookup; clause, comma and text
boundaries are sorted position arrays queried with ``searchsorted``, so no step loops over tokens
in Python. The steps, one function each:

1. :class:`_Layout` - phrases, the positions of words with a role, the boundaries;
2. :func:`~toolkit.tone.pairing._pair_movements` - direction x valence: each movement word takes
   the nearest quantity of its clause (``toolkit.tone.pairing``: nearest quantity, head nouns, pace
   words, origins, complements, rates);
3. :func:`_units` - the tone units: pairs, movements alone, quantities alone, state words;
4. :func:`~toolkit.tone.clauses._apply_modifiers` - the rows of :data:`toolkit.tone.rules.MODIFIERS`,
   one function per clause rule (``toolkit.tone.clauses``);
5. :func:`_totals` - per-text sums and counts; the ``terms`` lists come from
   :func:`toolkit.tone.details._details`.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from toolkit.tone._arrays import _fix_phrases, _in_sorted
from toolkit.tone.assessed_outlooks import _assessed_prospects
from toolkit.tone.bare_rates import RATES, _bare_rates
from toolkit.tone.alternatives import _alternatives, phrase_ids as _alternative_ids
from toolkit.tone.clauses import _after, _apply_modifiers
from toolkit.tone.gaps import _gap_sides
from toolkit.tone.moderate_prices import _prices_moderate
from toolkit.tone.origin_quantities import _origin_quantities
from toolkit.tone.helped_outcomes import _helped_outcomes, helped_ids
from toolkit.tone.forecast_complements import FORECASTERS, _forecast_complements
from toolkit.tone.pace_states import WEAK as WEAK_PACES, _pace_states
from toolkit.tone.homographs import SPELLINGS, _noun_fuel
from toolkit.tone.inventories import _inventory_stocks
from toolkit.tone.market_lookalikes import LOOKS, _market_lookalikes
from toolkit.tone.negation_links import _NEGATOR, _negation_relays
from toolkit.tone.undone_causes import _undone_causes
from toolkit.tone.origin_states import _origin_states
from toolkit.tone.own_nouns import _own_noun_topics
from toolkit.tone.driver_topics import _driver_topics
from toolkit.tone.pairing import _pair_movements, _rates, _Words
from toolkit.tone.pushes import _pressures_on
from toolkit.tone.topics import (_aims, _complements, _figures, _good_prices, _listed_aims, _state_complements,
                                 _topic_pairs, _topic_states, _verbs_moderate)
from toolkit.tone.near_target import _near_targets
from toolkit.tone.unknown_objects import _unknown_objects
from toolkit.tone.phrases import _find_phrases
from toolkit.tone.pricing import _price_nouns
from toolkit.tone.rules import F_HARD, F_SEP, F_SOFT, FLAG, MODIFIERS
from toolkit.tone.difficult import WORDS as DIFFICULT, _difficult_to
from toolkit.tone.recouped import _recouped
from toolkit.tone.record_levels import _record_levels
from toolkit.tone.up_to import _at_most
from toolkit.tone.hires import VERBS as HIRES, _hired_workers
from toolkit.tone.establishments import PLACES, _opened_closed
from toolkit.tone.reported_firms import _reported_it
from toolkit.tone.orders_won import _won_orders, noun_ids as order_ids
from toolkit.tone.size_predicates import _size_predicates
from toolkit.tone.contrast_next import STILL, _clause_still
from toolkit.tone.one_hand import _other_halves, phrase_ids as one_hand_ids
from toolkit.tone.risk_tilts import UPSIDE, _tilted_upside
from toolkit.tone.negator_quantifiers import LITTLE, _little_quantifiers
from toolkit.tone.slack_adjective import _slack_adjective
from toolkit.tone.than import _than_benchmarks, phrase_ids as _than_phrase_ids
from toolkit.tone.triggers import Triggers
from toolkit.tone.probable import _probable_marks, _should_be_forecasts
from toolkit.tone.reported_plans import _plan_hedges
from toolkit.tone.imperatives import _imperative_marks
from toolkit.tone.as_clauses import _as_clauses
from toolkit.tone.past_modals import _past_modals

__all__: list[str] = []  # internal: toolkit.tone.score and toolkit.tone.explain call _core

_COUNTED = [(m.counts, FLAG[m.kind], m.clause == "unless past") for m in MODIFIERS if m.counts]
_PAST = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "past")
_HEDGES = FLAG[next(m.kind for m in MODIFIERS if m.counts == "uncertainty")]


class _Layout:
    """The token stream of all texts as the engine sees it: phrases merged (``last[p]`` is the last
    token of the phrase starting at ``p``), the positions ``pos`` and ids ``tid`` of the words with a
    role (not "the", "of", unknown words), and the sorted boundaries ``sep`` (texts), ``hard``
    (. ; : ! ?) and ``soft`` (commas)."""

    def __init__(self, ids: np.ndarray, lex):
        self.ids, self.lex, self.n = ids, lex, len(ids)  # ids is changed in place (phrases)
        self.last = None
        self.triggers = None
        if self.n > 1:
            last = np.arange(self.n)
            found = _find_phrases(ids, last, lex)
            if _near_targets(ids, lex, last) or found:  # "close to the Committee's 2 percent objective"
                self.last = last
                _fix_phrases(last)  # the phrases are final: _phrase_start looks them up by a binary search
        found = self.triggers = Triggers(ids, lex)  # the words the round-10 readings start from
        _slack_adjective(ids, lex, found.at(("slack",)))  # "demand was slack": weak, not the noun
        _alternatives(ids, lex, self.last, found.at(_alternative_ids(lex)))  # "rather than slowing"
        _difficult_to(ids, lex, found.at(DIFFICULT))  # "difficult for firms to raise prices": not raised
        _than_benchmarks(ids, lex, self.last, found.at(_than_phrase_ids(lex)))  # "fewer than expected"
        _price_nouns(ids, lex, found.at(("price",)))  # "price increases": the prices firms charge (before the goods' prices)
        _noun_fuel(ids, lex, self.last, found.at(SPELLINGS))  # "fuel prices": the good, not the verb
        _good_prices(ids, lex, self.last, found.at(("prices",)))  # "prices for crude oil": a good's price, a level
        _inventory_stocks(ids, lex, self.last, found.at(("stock", "stocks")))  # "stocks of coal": inventories
        _market_lookalikes(ids, lex, self.last, found.at(LOOKS))  # "corn yields", "buyer interest"
        _verbs_moderate(ids, lex, self.last, found.at(("moderate", "contract")))  # "expected to moderate": the verb
        _should_be_forecasts(ids, lex, self.last)  # "sales should be weak": a forecast, not an instruction
        _past_modals(ids, lex, self.last)  # "growth may have slowed": a hedge about the past
        _pressures_on(ids, lex, found)  # "downward pressure on prices": prices pushed down
        _helped_outcomes(ids, lex, self.last, found.at(helped_ids(lex)))  # "have helped to cap price increases"
        _forecast_complements(ids, lex, found.at(FORECASTERS))  # "contacts expect sales to improve": the forecast, not a goal
        _pace_states(ids, lex, found.at(WEAK_PACES))  # "grew at a sluggish pace": the growth was sluggish
        _bare_rates(ids, lex, self.last, found.at(RATES))  # "unemployment rates fell": the quantity's rate
        _hired_workers(ids, lex, found.at(HIRES))  # "hired fewer workers": the workers are the hiring, moved
        _opened_closed(ids, lex, found.at(PLACES))  # "plants closed", "openings of stores": the compounds
        _reported_it(ids, lex)  # "Nokia said it will cut jobs": the firm reported on, no actor
        _won_orders(ids, lex, found.at(order_ids(lex)))  # "wins EUR 6 mn contract": an order won
        _as_clauses(ids, lex)  # "will keep rates low as growth has slowed": an outcome stated (after the
        # readings that look for "as": "demand fell as rates rose")
        _record_levels(ids, lex)  # "record sales": a record high of sales
        _at_most(ids, lex)  # "up to 80 jobs": at most, no movement
        _clause_still(ids, lex, found.at(STILL))  # "weak; still, ...": the contrast word
        _other_halves(ids, lex, found.at(one_hand_ids(lex)))  # "on the one hand ..., on the other ...": no contrast
        _tilted_upside(ids, lex, found.at(UPSIDE))  # "risks to growth are tilted to the upside": upside risks
        _little_quantifiers(ids, lex, found.at(LITTLE))  # "little growth": hardly any, a negator
        self.pos = np.flatnonzero(lex.active[ids])
        # words with a role rewritten to other words with a role (the positions stay those of self.pos)
        _prices_moderate(ids, lex, self.last, self.pos)  # "inflation will remain moderate": held in check
        _size_predicates(ids, lex, self.last, self.pos)  # "losses were smaller than expected": lower
        _recouped(ids, lex, self.pos)  # "recover losses": losses made good, like "reduced losses"
        self.tid = ids[self.pos]
        self.flags = lex.flags[self.tid]
        self._marks: dict[int, np.ndarray] = {}
        self._quantities: np.ndarray | None = None
        self._states: np.ndarray | None = None
        self._counts: dict[str, np.ndarray] = {}
        self.sep, self.hard, self.soft = self.marks(F_SEP), self.marks(F_HARD), self.marks(F_SOFT)
        self.n_texts = len(self.sep) + 1 if self.n else 0
        self._marks[FLAG["purpose"]] = _listed_aims(self)  # "to prevent risks, improve ... and strengthen ..."
        self._marks[_NEGATOR] = _negation_relays(self)  # "not often translating into higher wages"
        undone = _undone_causes(self)  # "a reversal of the factors that had weighed on growth"
        if len(undone):
            self._marks[_NEGATOR] = np.union1d(self._marks[_NEGATOR], undone)
        self._marks[FLAG["probable"]] = _probable_marks(self)  # "demand should pick up"; not "the PBC should"
        self._marks[_HEDGES] = _plan_hedges(self, self.marks(_HEDGES))  # "the Bank said it would publish ...": no hedge
        bare = _imperative_marks(self)  # "Expand domestic demand and boost consumption.": an instruction
        if len(bare):
            self._marks[FLAG["intention"]] = np.union1d(self.marks(FLAG["intention"]), bare)

    def quantities(self) -> np.ndarray:
        """Sorted positions of the quantity words (computed once)."""
        if self._quantities is None:
            self._quantities = self.pos[self.lex.qcode[self.tid] >= 0]
        return self._quantities

    def states(self) -> np.ndarray:
        """Sorted positions of the state words (computed once)."""
        if self._states is None:
            self._states = self.pos[self.lex.has_state[self.tid]]
        return self._states

    def marks(self, flag: int) -> np.ndarray:
        """Sorted positions of the words with ``flag`` (computed once per flag)."""
        found = self._marks.get(flag)
        if found is None:
            found = self._marks[flag] = self.pos[(self.flags & flag) > 0]
        return found

    def seg(self, p):
        """The sentence number of the positions ``p``: how many hard marks (. ; : ! ?) are at or before
        each (``_after(self.hard, p)``, by a lookup in a running count made once)."""
        return self._running("hard", self.hard)[p]

    def com(self, p):
        """How many commas are at or before the positions ``p`` (``_after(self.soft, p)``)."""
        return self._running("soft", self.soft)[p]

    def upto(self, flag: int, p):
        """How many words with ``flag`` are at or before the positions ``p`` (``_after(self.marks(flag),
        p)``, by a lookup in a running count made once per flag: for marks asked of many positions
        many times, as the stops of every modifier row)."""
        return self._running(flag, self.marks(flag))[p]

    def text_of(self, p):
        """The text number of the positions ``p`` (``_after(self.sep, p)``)."""
        return self._running("sep", self.sep)[p]

    def _running(self, name: str | int, marks: np.ndarray) -> np.ndarray:
        """The running count of ``marks`` at every token position (built on first use)."""
        found = self._counts.get(name)
        if found is None:
            found = np.zeros(self.n, dtype=np.int32 if len(marks) < 2**31 else np.int64)
            found[marks] = 1
            found = self._counts[name] = np.cumsum(found, dtype=found.dtype)
        return found

    def end_of(self, p):
        """The last token of the word or phrase at ``p``."""
        return p if self.last is None else self.last[p]


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
    topic, head = _complements(t, w)
    w = w._replace(qi=_topic_pairs(t, w, head))  # "risks to growth and employment have risen"
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
    asel[asel] = ~_figures(t, w.mpos[asel], w.mlast[asel])  # "increased by RMB870 billion": a statistic
    asel[asel] = ~_unknown_objects(t, w.mpos[asel], w.mlast[asel])  # "expanded its operations": no news of the economy
    pace = None
    if w.pace is not None:  # a pace word is no unit of its own; the pair before it keeps its position
        absorbed = np.zeros(len(w.mpos), dtype=bool)
        absorbed[w.pace[w.pace >= 0]] = True
        asel &= ~absorbed
        pace_pos = np.where(w.pace >= 0, w.mpos[np.maximum(w.pace, 0)], -1)
    am, amid = w.mpos[asel], w.mid[asel]
    bsel = ~used & (alone != 0) & ~topic & ~_state_complements(t, w.qpos) & ~_aims(t, w.qpos)
    bsel[bsel] = ~_origin_quantities(t, w.qpos[bsel])  # "recovered from the recession": where it started
    bsel[bsel] = ~_gap_sides(t, w.qpos[bsel])  # "a gap between the growth of demand and supply"
    bsel[bsel] = ~_own_noun_topics(t, w.qpos[bsel])  # "a greater impact on profits": a topic
    bsel[bsel] = ~_driver_topics(t, w.qpos[bsel])  # "the key driver of growth": a topic
    aq, aqid, aval = w.qpos[bsel], w.qid[bsel], alone[bsel]
    states = t.states()
    ssel = np.ones(len(states), dtype=bool)
    # a topic of a bad head: "risks to sustainable growth"
    worry = topic & ~used & (lex.qalone[w.qid[np.maximum(head, 0)]] < 0)
    ssel[ssel] = ~_topic_states(t, states[ssel], w.qpos[worry])
    ssel[ssel] = ~_origin_states(t, states[ssel])  # "tapered from the improved levels": where it started
    st = states[ssel]
    stid = t.ids[st]
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
    n_texts = t.n_texts
    t_u = t.text_of(anchor)
    raw = np.bincount(t_u, weights=contrib, minlength=n_texts)
    positive = np.bincount(t_u, weights=np.clip(contrib, 0, None), minlength=n_texts)
    negative = np.bincount(t_u, weights=np.clip(-contrib, 0, None), minlength=n_texts)
    counts = {column: np.zeros(n_texts, dtype=np.int64) for column, _, _ in _COUNTED}
    for column, flag, unless_past in _COUNTED:
        marks = t.marks(flag)
        if unless_past and len(marks):  # not in a sentence with a past word, unless an assessment of prospects
            past = _in_sorted(t.seg(marks), t.seg(t.marks(_PAST)))  # sentence numbers of sorted marks: sorted
            marks = marks[~past | _assessed_prospects(t, marks)]  # "the outlook remains uncertain"
        counts[column] += np.bincount(t.text_of(marks), minlength=n_texts)
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
