"""Topics and figures in the outlook scorer: quantities and movements that state no news of their own.

Called by :mod:`toolkit.tone.engine` and :mod:`toolkit.tone.pairing`: a movement of no known
quantity next to a figure is a statistic (:func:`_figures`); a quantity after a state word and a
preposition ("resilient against shocks", :func:`_state_complements`) or after "for" ("the
foundation for recovery", :func:`_aims`) names a topic and does not count alone; nor does a state word
that qualifies such a topic ("risks to sustainable growth", :func:`_topic_states`). The quantity after
a preposition of a head that speaks names its topic (:func:`_complements`; a risk's topic reaches over
"the attainment of both ..." and lists, :func:`_topic_lists`, and a movement after a listed topic moves
the risk, :func:`_topic_pairs`). Two readings decided before pairing: "prices" of a named good is a
level (:func:`_good_prices`), "moderate" after a modal is the verb (:func:`_verbs_moderate`). Position
arrays and ``searchsorted`` only.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from toolkit.tone._arrays import _phrase_start
from toolkit.tone.clauses import _after
from toolkit.tone.rules import F_HARD, F_SOFT, FIGURE_GAP, FLAG, HEAD_GAP, MODIFIERS, TOPIC_GAP

if TYPE_CHECKING:
    from toolkit.tone.engine import _Layout
    from toolkit.tone.pairing import _Words

__all__: list[str] = []  # internal: toolkit.tone.engine and toolkit.tone.pairing call these

_PURPOSE = FLAG["purpose"]
_AIM = next(m for m in MODIFIERS if m.clause == "aim list")
#: words that end a purpose clause's reach: contrast, concession, observation ("which has")
_GOOD = next(m for m in MODIFIERS if m.clause == "named good")
_FORECAST = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "unless past")
_HEDGES = sum(FLAG[m.kind] for m in MODIFIERS if m.counts == "uncertainty")
#: the most tokens from a topic quantity to the next one it lists: "growth and (the) (low) unemployment"
LIST_GAP = 3


def _risks(lex, qid: np.ndarray) -> np.ndarray:
    """Per quantity id, whether it is a risk head: a bad tone alone and a hedge ("risks", "uncertainty",
    "downside risks"), whose topic is what may happen, not what happened ("concerns about higher costs")."""
    return (lex.qalone[qid] < 0) & ((lex.flags[qid] & _HEDGES) > 0)
_ENDS = sum(FLAG[m.kind] for m in MODIFIERS if m.clause in ("later", "stop") or m.kind == "concession")


def _lists_topics(lex, qid: np.ndarray) -> np.ndarray:
    """Per quantity id, whether its topic goes on over "and" / "or": a risk head, or a forecast noun
    ("the outlook for both inflation and economic growth": growth is the outlook's topic too)."""
    return _risks(lex, qid) | ((lex.flags[qid] & _FORECAST) > 0)


def _figures(t: _Layout, mpos: np.ndarray, mlast: np.ndarray) -> np.ndarray:
    """Per movement word, whether it reports a figure: a number or a unit of size (not a month) starts
    at most ``FIGURE_GAP`` tokens after it ("increased by RMB870 billion", "a rise of about 7
    percent") or ends right before it ("a 2 percent increase"), in the same comma clause and
    sentence. Said of no known quantity, such a movement is a statistic quoted without evaluation."""
    fig = t.pos[t.lex.figure_mask[t.tid]]
    if not len(fig) or not len(mpos):
        return np.zeros(len(mpos), dtype=bool)
    k = np.minimum(np.searchsorted(fig, mlast + 1), len(fig) - 1)
    after = (fig[k] > mlast) & (fig[k] - mlast <= FIGURE_GAP)
    b = np.maximum(np.searchsorted(fig, mpos) - 1, 0)
    before = (fig[b] < mpos) & (t.end_of(fig[b]) == mpos - 1)
    near = np.where(after, fig[k], fig[b])
    same = (t.com(near) == t.com(mpos)) & (t.seg(near) == t.seg(mpos))
    return (after | before) & same


def _complements(t: _Layout, w: _Words):
    """Per quantity, whether it names the topic of a head quantity before it, and the head's index
    (-1: none). A complement follows the quantity just before it across a preposition, within
    ``HEAD_GAP`` tokens in the same comma clause ("risks to growth", "uncertainty over the recovery",
    "the outlook for growth"): a head with a tone of its own or a forecast noun speaks, the complement
    names its topic and does not count alone. A head without a tone ("the economy is subject to
    uncertainties") or a carrier ("growth in exports") leaves it alone. The topic of a head with a bad
    tone that is a hedge (a risk head: "risks", "uncertainty") opened by a preposition right after it
    reaches up to ``TOPIC_GAP`` tokens over words that
    are no movement ("risks to the attainment of both sustainable growth"), and a quantity joined to
    a complement by "and" / "or" is one more item of the same topic ("risks to growth and employment")."""
    head = np.full(len(w.qpos), -1)
    if len(w.qpos) < 2:
        return head >= 0, head
    q = np.arange(1, len(w.qpos))
    h = q - 1
    gap = w.qpos[q] - w.qlast[h]
    lex = t.lex  # a head that speaks: a tone of its own ("risks"), or a forecast noun ("the outlook")
    speaks = (lex.qalone[w.qid[h]] != 0) | ((lex.flags[w.qid[h]] & _FORECAST) > 0)
    after = lex.prep_mask[t.ids[np.minimum(w.qlast[h] + 1, t.n - 1)]]  # "risks to ..."
    worry = _risks(lex, w.qid[h]) & after & (gap <= TOPIC_GAP)
    worry[worry] = _no_movement_between(t, w.qlast[h[worry]], w.qpos[q[worry]], TOPIC_GAP)  # (looked at for these only)
    ok = (gap > 1) & ((gap <= HEAD_GAP) | worry) & speaks & ~lex.carrier_mask[w.qid[h]]
    q, h = q[ok], h[ok]
    same = (t.seg(w.qpos[q]) == t.seg(w.qpos[h])) & (t.com(w.qpos[q]) == t.com(w.qpos[h]))
    q, h = q[same], h[same]
    prep = np.zeros(len(q), dtype=bool)
    for d in range(1, HEAD_GAP):  # a preposition strictly between the two quantities
        at = w.qlast[h] + d
        prep |= (at < w.qpos[q]) & lex.prep_mask[t.ids[np.minimum(at, t.n - 1)]]
    head[q[prep]] = h[prep]
    return _topic_lists(t, w, _topic_chains(t, w, head)), head


def _topic_chains(t: _Layout, w: _Words, head: np.ndarray) -> np.ndarray:
    """A topic of a topic of a risk head is the risk's topic ("risks to the outlook for growth and
    employment have diminished": growth names what "the outlook" is about, and the outlook what the
    risks are about), so that lists and movements after it reach the risk (:func:`_topic_lists`,
    :func:`_topic_pairs`). One step up; fills ``head`` in place and returns it."""
    q = np.flatnonzero(head >= 0)
    up = head[head[q]]
    ok = up >= 0
    ok[ok] = _risks(t.lex, w.qid[up[ok]])
    head[q[ok]] = up[ok]
    return head


def _no_movement_between(t: _Layout, a: np.ndarray, b: np.ndarray, most: int) -> np.ndarray:
    """Per pair of positions, whether no movement word stands strictly between ``a`` and ``b`` (looked
    at over at most ``most`` tokens), but for an adjective right before ``b`` ("of both strong growth")."""
    still = np.ones(len(a), dtype=bool)
    for d in range(1, most):
        at = np.minimum(a + d, t.n - 1)
        still &= (at >= b - 1) | (t.lex.mdir[t.ids[at]] == 0)
    return still


def _topic_lists(t: _Layout, w: _Words, head: np.ndarray) -> np.ndarray:
    """Per quantity, whether it names a topic: a complement (``head`` >= 0, filled in place), or a
    quantity joined to a topic quantity of a risk head just before it by an "and" / "or" right after
    that one, within ``LIST_GAP`` tokens in the same comma clause ("the attainment of both sustainable growth
    and price stability", "risks to strong growth and low unemployment"; not "risks to growth remain
    and exports rose")."""
    joins = [t.lex.ids[c] for c in ("and", "or") if c in t.lex.ids]
    for _ in range(2):  # lists of up to three topics
        q = np.flatnonzero((head[:-1] >= 0) & (head[1:] < 0)) + 1
        q = q[_lists_topics(t.lex, w.qid[head[q - 1]])]
        a, b = w.qlast[q - 1], w.qpos[q]
        ok = (b - a <= LIST_GAP) & (t.com(a) == t.com(b)) & (t.seg(a) == t.seg(b))
        ok &= t.lex.word_mask(joins)[t.ids[np.minimum(a + 1, t.n - 1)]]  # "growth and (low) unemployment"
        if not ok.any():
            break
        head[q[ok]] = head[q[ok] - 1]
    return head >= 0


def _topic_pairs(t: _Layout, w: _Words, head: np.ndarray) -> np.ndarray:
    """The pairs once the topics of risk heads are known (``head`` from :func:`_complements`, "risks
    to ..."): a movement at most ``LIST_GAP`` tokens after a topic that lists quantities ("risks to
    growth and employment have risen") moves the head, not the last quantity listed, unless it is a
    noun ("remained a drag") or a verb with an object ("or eroding purchasing power"). Returns ``qi``.
    (A movement inside the topic, "concerns about higher fuel costs", keeps its pair: what a concern
    is about is often what happened.)"""
    qi = w.qi.copy()
    m = np.flatnonzero(qi >= 0)
    if not len(m) or not (head >= 0).any():
        return qi
    q = qi[m]
    h = np.maximum(head[q], 0)
    worry = (head[q] >= 0) & _risks(t.lex, w.qid[h])
    end = np.full(len(w.qpos), -1)  # per head, where its topic ends (its last listed quantity)
    np.maximum.at(end, head[head >= 0], w.qlast[head >= 0])
    listed = head[q] != q - 1  # a later item of a list ("... and employment"): the head noun step missed it
    lex, last = t.lex, t.n - 1
    before = t.ids[np.maximum(w.mpos[m] - 1, 0)]  # "remained a drag": a noun, no predicate
    nxt = t.ids[np.minimum(w.mlast[m] + 1, last)]  # "or eroding purchasing power": a verb with its object
    after = worry & listed & (w.mpos[m] > end[h]) & (w.mpos[m] - end[h] <= LIST_GAP)
    after &= ~lex.determiner_mask[before] & (lex.qcode[nxt] < 0)
    qi[m[after]] = h[after]
    return qi


def _state_complements(t: _Layout, qpos: np.ndarray, where: bool = False):
    """Per quantity, whether it names what a state word just before it is said of, across a
    preposition right after the state word, within ``HEAD_GAP`` tokens in the same comma clause
    ("resilient against shocks", "vulnerable to a slowdown in demand"): the state speaks, the
    quantity names its topic, does not count alone and takes no movement from before the state.
    ``where``: also return the state word's position per quantity. (Pairing and the units ask it of
    the same quantities: the answer for the last ``qpos`` is kept on the layout, copies are returned.)"""
    kept = getattr(t, "_state_complements", None)
    if kept is not None and kept[0] is qpos:
        ok, s = kept[1].copy(), kept[2].copy()
        return (ok, s) if where else ok
    spos = t.states()
    if not len(spos) or not len(qpos):
        none = np.zeros(len(qpos), dtype=bool)
        return (none, np.full(len(qpos), -1)) if where else none
    j = np.searchsorted(spos, qpos) - 1
    s = spos[np.maximum(j, 0)]
    se = t.end_of(s)
    ok = (j >= 0) & (se < qpos) & (qpos - se <= HEAD_GAP) & t.lex.prep_mask[t.ids[np.minimum(se + 1, t.n - 1)]]
    ok &= (t.com(s) == t.com(qpos)) & (t.seg(s) == t.seg(qpos))
    t._state_complements = (qpos, ok.copy(), s.copy())
    return (ok, s) if where else ok


def _aims(t: _Layout, qpos: np.ndarray) -> np.ndarray:
    """Per quantity, whether "for" (over a determiner) comes right before it: "the foundation for
    recovery", "support for growth", "room for expansion" name what something is for, not how the
    quantity stands, so it does not count alone (a movement still pairs with it)."""
    for_id = t.lex.ids.get("for", -1)
    p = np.maximum(qpos - 1, 0)
    p = np.where(t.lex.determiner_mask[t.ids[p]], np.maximum(p - 1, 0), p)
    return (t.ids[p] == for_id) & (p < qpos)


def _topic_states(t: _Layout, spos: np.ndarray, topics: np.ndarray) -> np.ndarray:
    """Per state word at ``spos``, whether it qualifies a topic: it ends right before a quantity of
    ``topics``, or one word without a role before it ("sustainable economic growth") (the positions of the quantities that name the topic of a head with a bad tone, "risks to
    the attainment of sustainable growth", "concerns about a severe recession"). It says what the risk
    is about, not how the economy stands, so it does not count ("the outlook for robust growth" keeps
    it: the engine passes only the topics of bad heads)."""
    if not len(spos) or not len(topics):
        return np.zeros(len(spos), dtype=bool)
    nxt = np.minimum(t.end_of(spos) + 1, t.n - 1)
    k = np.minimum(np.searchsorted(topics, nxt), len(topics) - 1)
    lex, tid = t.lex, t.ids[nxt]
    plain = ~lex.active[tid] & ~lex.prep_mask[tid] & ~lex.conjunction_mask[tid] & ~lex.determiner_mask[tid]
    return (topics[k] == nxt) | ((topics[k] == nxt + 1) & plain)


def _listed_aims(t: _Layout) -> np.ndarray:
    """The purpose marks of a text once lists of aims are followed: a goal verb ("improve", "ensuring")
    that opens a comma clause or follows "and" / "or", over at most the aim-list scope of adverbs
    ("further", "also"), continues a purpose clause ("to", "aimed at", or a list item before it) of the
    same or the previous comma clause in its sentence, with no contrast, concession or observation
    word between; the comma or "and" before it becomes a purpose mark ("to prevent new credit risks,
    further improve loan structure, strengthen liquidity management"). Returns sorted positions."""
    purpose = t.marks(_PURPOSE)
    verbs = t.marks(FLAG[_AIM.kind])
    if not len(purpose) or not len(verbs):
        return purpose
    lex, p = t.lex, verbs - 1
    for _ in range(_AIM.scope):  # over adverbs: intensifiers, words without a role
        tid = t.ids[np.maximum(p, 0)]
        adverb = (lex.ival[tid] != 1.0) | ~(lex.active[tid] | lex.english_mask[tid] | lex.prep_mask[tid]
                                            | lex.conjunction_mask[tid])
        p = np.where(adverb & (p > 0), p - 1, p)
    tid = t.ids[np.maximum(p, 0)]
    opener = ((lex.flags[tid] & F_SOFT) > 0) | lex.conjunction_mask[tid]
    p = p[opener]
    ends = t.marks(_ENDS)
    for _ in range(4):  # each found item may carry the list on
        j = np.searchsorted(purpose, p) - 1
        prev = purpose[np.maximum(j, 0)]
        ok = (j >= 0) & (t.seg(prev) == t.seg(p)) & (t.com(p) - t.com(prev) <= 1)
        ok &= _after(ends, prev) == _after(ends, p)
        new = np.setdiff1d(p[ok], purpose)
        if not len(new):
            break
        purpose = np.union1d(purpose, new)
    return purpose


def _good_prices(ids: np.ndarray, lex, ends: np.ndarray | None = None, at: np.ndarray | None = None) -> None:
    """Give "prices" the id of a good's price (a level, ``lex.good_price_id``) where it names the price
    of a named good (lexicon kind ``commodity``): right after one ("copper prices") or before "of" /
    "for" and one, over at most the rule's scope of other words ("prices for crude oil", "prices of
    the main metals"). The price of one good quoted without an evaluation is no news (guidelines rule
    10); "prices of goods and services" stay the price level. ``ends``: the last token of the phrase
    starting at each position (``_Layout.last``), so that a good of several words counts ("crude oil
    prices", "hotel room prices"); ``at``: the positions of "prices" when the caller has them. Changes
    ``ids`` in place."""
    if at is None:
        at = lex.positions(ids, "prices")
    if not len(at):
        return
    good = lex.flag_mask(FLAG[_GOOD.kind])  # by id: gathered at the few positions read
    last = len(ids) - 1
    before = np.maximum(at - 1, 0)
    before = _phrase_start(ends, before)  # the start of a phrase that ends right before "prices"
    named = good[ids[before]] & (at > 0)
    nxt = ids[np.minimum(at + 1, last)]
    link = (nxt == lex.ids.get("of", -1)) | (nxt == lex.ids.get("for", -1))
    for d in range(2, _GOOD.scope + 3):  # "of" then the good, over determiners and other words
        p = np.minimum(at + d, last)
        named |= link & good[ids[p]] & (at + d <= last)
        link &= ~((lex.flags[ids[p]] & (F_SOFT | F_HARD)) > 0) & ~lex.active[ids[p]] | lex.determiner_mask[ids[p]]
    ids[at[named]] = lex.good_price_id



#: the modal verbs after which "moderate" is a verb ("growth will moderate"; not "expect moderate growth")
_MODALS = frozenset(("will", "would", "should", "could", "may", "might", "shall", "must"))


def _verbs_moderate(ids: np.ndarray, lex, ends: np.ndarray | None = None, at: np.ndarray | None = None) -> None:
    """"Inflation is expected to moderate", "growth will moderate": "moderate" right after a modal
    (``_MODALS``) or a forecast phrase ending in "to" (of kind forward or hedge: "expected to", "likely
    to") is the verb, a fall like "moderated" (``lex.moderate_verb_id``), not
    the adjective, a diminisher ("a moderate pace", "rose to moderate levels"). ``ends`` as in
    :func:`_good_prices`; ``at``: the positions of "moderate" when the caller has them. Changes ``ids``
    in place. "Contract" is read the same way ("the economy is expected to contract", "output could
    contract": the verb, like "contracts"; not the noun, "a contract") (round 14, i13-r14b)."""
    if at is None:
        at = np.union1d(lex.positions(ids, "moderate"), lex.positions(ids, "contract"))
    at = at[at > 0]
    if not len(at):
        return
    before = at - 1
    before = _phrase_start(ends, before)
    prev = ids[before]
    said = (lex.flags[prev] & (FLAG["forward"] | FLAG["hedge"])) > 0
    text = lex.term_objects[prev]
    verbal = np.array([w in _MODALS or w.endswith(" to") for w in text], dtype=bool)
    verb = np.where(ids[at] == lex.ids.get("contract", -1), lex.ids.get("contracts", lex.moderate_verb_id),
                    lex.moderate_verb_id)
    ids[at[said & verbal]] = verb[said & verbal]
