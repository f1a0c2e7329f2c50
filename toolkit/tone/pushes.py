"""Pushes in the outlook scorer: a pressure with a direction moves what it presses on.

"downward pressure on prices" is prices pushed down (read against price stability), "upward pressure
on the exchange rate" a level pushed up (no news): :func:`_pressures_on` and :func:`_pushed_phrases`
give the direction word (or the phrase "downward pressure") the id of a push (``Lexicon.push_ids``: a
movement verb whose object moves) before the engine pairs; in pairing, a push ends with its object
(:func:`_push_end`) and a rise after it is more of the push (:func:`_push_rises`). "Downward pressure
on the economy" is left alone: the economy is no price. Position arrays only.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from toolkit.tone.rules import KINDS, MODIFIERS, FLAG

if TYPE_CHECKING:
    from toolkit.tone.engine import _Layout
    from toolkit.tone.pairing import _Words

__all__: list[str] = []  # internal: toolkit.tone.engine and toolkit.tone.pairing call these

INFL, LEVEL = KINDS.index("inflation"), KINDS.index("level")
_PACE = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "pace")
_PACE_SCOPE = max(m.scope for m in MODIFIERS if m.clause == "pace")


#: the words that give a pressure its direction ("upward pressure", "downward pressures")
_PUSH_WORDS = ("upward", "upwards", "downward", "downwards")
#: the words and lexicon phrases the pushes start from (toolkit.tone.triggers finds them once)
WORDS = _PUSH_WORDS + ("pressure", "pressures")
PHRASES = ("downward pressure", "downward pressures")


def _pressures_on(ids: np.ndarray, lex, found=None) -> None:
    """A pressure with a direction on prices or a level moves that quantity: "downward pressure on
    prices" is prices pushed down (read against price stability), "upward pressure on the exchange
    rate" a level pushed up (no news), not a rise of a pressure (bad news). Where "pressure(s)" after
    a direction word, or the phrase "downward pressure(s)", is followed by "on", over determiners, and
    a price or level quantity, the direction word becomes a push of that quantity, the pressure gets no role, or
    the phrase a push (``lex.push_ids``: a movement verb whose object moves). "Downward pressure on the economy" is
    left alone: the economy is no price. Changes ``ids`` in place. ``found``: the
    :class:`~toolkit.tone.triggers.Triggers` of ``ids`` (default: the words are looked for everywhere)."""
    def where(words):
        return np.flatnonzero(lex.word_mask(words)[ids]) if found is None else found.at(words)

    _pushed_phrases(ids, lex, where(_PUSH_WORDS))
    heads = where(("pressure", "pressures"))
    pids = [lex.phrase_of[w] for w in PHRASES if w in lex.phrase_of]
    phrases = where(pids)
    if not len(heads) and not len(phrases):
        return
    last = len(ids) - 1
    pushed = lex.word_mask(_PUSH_WORDS)[ids[np.maximum(heads - 1, 0)]] & (heads > 0)
    at = np.concatenate([heads[pushed], phrases])
    width = np.concatenate([np.zeros(int(pushed.sum()), np.int64), np.ones(len(phrases), np.int64)])
    p = on_at = np.minimum(at + width + 1, last)
    on = (ids[p] == lex.ids.get("on", -1)) & (at + width + 1 <= last)
    for _ in range(2):  # over determiners and the blanked words of a phrase
        nxt = np.minimum(p + 1, last)
        skip = lex.determiner_mask[ids[nxt]] | (ids[nxt] == 0)
        p = np.where(skip & (nxt > p), nxt, p)
    target = lex.qcode[ids[np.minimum(p + 1, last)]]
    ok = on & (p + 1 <= last) & ((target == INFL) | (target == LEVEL))
    way = lex.mdir[ids[np.maximum(at - 1, 0)]]  # the direction word before a bare "pressure"
    way[width == 1] = -1  # the phrase "downward pressure"
    word = at - 1 + width  # the direction word, or the phrase, takes the push
    ids[word[ok & (way > 0)]] = lex.push_ids["up"]
    ids[word[ok & (way < 0)]] = lex.push_ids["down"]
    ids[at[ok & (width == 0)]] = 0
    ids[on_at[ok]] = 0  # the push and its object are one noun phrase: its verb takes the object


def _pushed_phrases(ids: np.ndarray, lex, at: np.ndarray | None = None) -> None:
    """"upward pressure on inflation": a direction word right before a lexicon phrase "pressure(s) on
    ..." (a price quantity) becomes a push of it (``lex.push_ids``), so that a rise after it ("has
    increased") is more of the push, not a second rise of prices. Changes ``ids`` in place; ``at``:
    the positions of the direction words when the caller has them."""
    on_phrases = _on_phrases(lex)
    if at is None:
        words = [lex.ids[w] for w in _PUSH_WORDS if w in lex.ids]
        first = np.flatnonzero(lex.word_mask(words)[ids[:-1]])
    else:
        first = at[at < len(ids) - 1]
    d = first[lex.word_mask(on_phrases)[ids[first + 1]]]
    ways = lex.mdir[ids[d]]
    ids[d[ways > 0]] = lex.push_ids["up"]
    ids[d[ways < 0]] = lex.push_ids["down"]


def _on_phrases(lex) -> tuple:
    """The ids of the lexicon phrases "pressure(s) on ..." (found once per lexicon)."""
    found = getattr(lex, "_pressure_on_ids", None)
    if found is None:
        found = lex._pressure_on_ids = tuple(i for w, i in lex.phrase_of.items()
                                             if w.startswith(("pressure on ", "pressures on ")))
    return found


def _push_end(t: _Layout, w: _Words) -> np.ndarray:
    """Per movement word, where it ends: a push ("upward pressure on prices") ends with its object."""
    push = t.lex.word_mask(tuple(t.lex.push_ids.values()))[w.mid] & (w.qi >= 0)
    return np.where(push, np.maximum(w.mlast, w.qlast[np.maximum(w.qi, 0)]), w.mlast)


def _push_rises(t: _Layout, w: _Words):
    """"downward pressure on inflation has increased": a rising word after a push (``lex.push_ids``)
    that moves the push's object, within the pace scope in the same comma clause, says the push grew
    (factor 1), not that its object rose. Returns (the rising words, the pushes), indices into ``w``."""
    push = t.lex.word_mask(tuple(t.lex.push_ids.values()))[w.mid[:-1]]
    prev = np.flatnonzero(push)
    k = prev + 1
    ok = (t.lex.mdir[w.mid[k]] > 0) & ((t.lex.flags[w.mid[k]] & _PACE) == 0)
    ok &= (w.qi[prev] >= 0) & (w.qi[k] == w.qi[prev]) & (w.mpos[k] - _push_end(t, w)[prev] - 1 < _PACE_SCOPE)
    ok &= (t.com(w.mpos[k]) == t.com(w.mpos[prev])) & (t.seg(w.mpos[k]) == t.seg(w.mpos[prev]))
    return k[ok], prev[ok]
