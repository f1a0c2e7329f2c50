"""Subjects carried over in the outlook scorer's pairing: a clause with no subject of its own.

Called by :func:`toolkit.tone.pairing._pair_movements` after the nearest-quantity and head-noun
steps: after a contrast word, "..., but remains elevated" moves the subject of the clause before
(:func:`_subjectless`); after a concession clause, "it" / "they" opening the main clause stand for
the concession's subject (:func:`_pronoun_after_concession`). Between the opener and the movement
word only linking words ("remains", "is still") and intensifiers may stand (:func:`_linked`), so
"it was pointed out that ..." hands nothing over. A transitive verb moves its object, not its subject
("costs squeezed margins", :func:`_objects`), unless it is a passive (:func:`_passive`). Position
arrays and ``searchsorted`` only.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from toolkit.tone.clauses import _CONTRAST, _after
from toolkit.tone.rules import F_SOFT, FLAG, MODIFIERS, OBJECT_GAP, SUBJECTLESS_GAP

if TYPE_CHECKING:
    from toolkit.tone.engine import _Layout
    from toolkit.tone.pairing import _Words

__all__: list[str] = []  # internal: toolkit.tone.pairing calls these

_CONCESSION = FLAG["concession"]
_DEGREE = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "degree")
_OBJECT = sum(FLAG[m.kind] for m in MODIFIERS if m.clause in ("object", "object only"))
_BE = ("is", "are", "was", "were", "be", "been", "being")
#: a counterweight ("outweighed by", "offset by") names a new subject: "were outweighed by gains in services"
_COUNTERWEIGHT = FLAG["counterweight"]


def _subjectless(t: _Layout, w: _Words) -> np.ndarray:
    """"Inflation has eased over the past year but remains elevated": a movement word at most
    ``SUBJECTLESS_GAP`` tokens after a contrast word, with only linking words between ("remains", "is
    still", "they remain"), has no subject of its own: it pairs with the first quantity of the clause
    before the contrast word (that clause starts after the last comma, a comma right before the
    contrast word passed over), unless it already pairs with a quantity after it, or the contrast word
    is a counterweight ("outweighed by gains in services": the gains are not the subject's). Returns ``qi``."""
    qi = w.qi.copy()
    ct = t.marks(_CONTRAST)
    if not len(ct):
        return qi
    j = np.searchsorted(ct, w.mpos) - 1
    c = ct[np.maximum(j, 0)]
    ce = t.end_of(c)
    ok = (j >= 0) & (ce < w.mpos) & (w.mpos - ce - 1 <= SUBJECTLESS_GAP - 1)
    ok &= t.seg(c) == t.seg(w.mpos)
    ok &= _linked(t, ce, w.mpos) & ~((qi >= 0) & (w.qpos[np.maximum(qi, 0)] > w.mpos))
    ok &= (t.lex.flags[w.mid] & _DEGREE) == 0  # "but more disconcerting": a degree, not the subject's movement
    ok &= (t.lex.flags[t.ids[c]] & _COUNTERWEIGHT) == 0  # "outweighed by gains": the gains are the counterweight's
    if not ok.any():
        return qi
    comma_before = (t.lex.flags[t.ids[np.maximum(c - 1, 0)]] & F_SOFT) > 0
    edge = np.where(comma_before, c - 2, c - 1)
    # edge is -1 for a contrast word opening the text: _after counts 0 there (t.seg would wrap)
    start = np.maximum(np.append([-1], t.hard)[_after(t.hard, edge)],
                       np.append([-1], t.soft)[_after(t.soft, edge)]) + 1
    s = np.searchsorted(w.qpos, start)
    sc = np.minimum(s, len(w.qpos) - 1)
    ok &= (s < len(w.qpos)) & (w.qpos[sc] < c)
    qi[ok] = sc[ok]
    return qi


def _linked(t: _Layout, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether b is at most ``SUBJECTLESS_GAP`` tokens after a, in the same sentence, with only linking
    words ("remains", "is still", "they") and intensifiers strictly between them."""
    ok = (a < b) & (b - a <= SUBJECTLESS_GAP) & (t.seg(a) == t.seg(b))
    for d in range(1, SUBJECTLESS_GAP):
        at = np.minimum(a + d, t.n - 1)
        tid = t.ids[at]
        ok &= (at >= b) | t.lex.linking_mask[tid] | (t.lex.ival[tid] != 1.0)
    return ok


def _pronoun_after_concession(t: _Layout, w: _Words) -> np.ndarray:
    """"While core inflation is slowing, it remains above historical averages": a main clause that
    opens with "it" or "they" right after a concession clause ("although", "while", "despite" ...
    then a comma) speaks of the concession's subject: a movement word reached from the pronoun over
    linking words only pairs with the first quantity after the concession word, unless it already
    pairs with a quantity after it. An "it" that is no such subject ("it was pointed out") reaches
    no movement over linking words. Returns ``qi``."""
    qi = w.qi.copy()
    pron = np.flatnonzero(t.lex.pronoun_mask[t.ids])
    pron = pron[(pron > 0) & ((t.lex.flags[t.ids[np.maximum(pron - 1, 0)]] & F_SOFT) > 0)]
    cons = t.marks(_CONCESSION)
    if not len(pron) or not len(cons):
        return qi
    j = np.searchsorted(pron, w.mpos) - 1
    p = pron[np.maximum(j, 0)]
    k = cons[np.maximum(np.searchsorted(cons, p) - 1, 0)]  # the last concession word before the pronoun
    ok = (j >= 0) & (k < p) & (t.seg(k) == t.seg(p)) & _linked(t, p, w.mpos)
    ok &= (t.lex.flags[w.mid] & _DEGREE) == 0  # "it is more structural": a degree
    ok &= t.com(k) + 1 == t.com(p - 1)  # the comma before the pronoun ends the concession clause
    ok &= ~((qi >= 0) & (w.qpos[np.maximum(qi, 0)] > w.mpos))
    if not ok.any():
        return qi
    s = np.searchsorted(w.qpos, t.end_of(k) + 1)
    sc = np.minimum(s, len(w.qpos) - 1)
    ok &= (s < len(w.qpos)) & (w.qpos[sc] < p - 1)
    qi[ok] = sc[ok]
    return qi


def _objects(t: _Layout, w: _Words, nxt_q: np.ndarray) -> np.ndarray:
    """Per movement word, whether it is a transitive verb ("squeezed", "eroded", "boosted") whose
    object is the quantity after it (``nxt_q``, the next quantity's position): at most ``OBJECT_GAP``
    tokens between them, each a word without a role (not a function word), a determiner or an
    intensifier ("squeezed profit margins", "eroded the real value of", "boosted consumer spending"), or an
    adjective with a tone of its own ("squeezed already thin margins", "boosted strong demand").
    A "by" ("margins were squeezed by costs"), "as", a comma or any other word with a role between
    them leaves the subject."""
    verb = (t.lex.flags[w.mid] & _OBJECT) > 0
    gap = nxt_q - w.mlast - 1
    verb &= (gap >= 0) & (gap <= OBJECT_GAP)
    lex = t.lex
    for d in range(1, OBJECT_GAP + 1):  # every token between is a filler of the noun phrase
        at = np.minimum(w.mlast + d, t.n - 1)
        tid = t.ids[at]
        plain = ~lex.active[tid] & ~lex.english_mask[tid] & ~lex.prep_mask[tid] & ~lex.conjunction_mask[tid]
        filler = plain | lex.determiner_mask[tid] | (lex.ival[tid] != 1.0)
        filler |= ~np.isnan(lex.state[tid]) | (lex.mdir[tid] != 0)  # an adjective: "boosted strong demand"
        verb &= (d > gap) | filler
    return verb


def _passive(t: _Layout, w: _Words) -> np.ndarray:
    """Per movement word, whether it is a passive participle: "by" right after it ("supported by
    exports") or a form of "be" right before it ("growth was supported")."""
    ids = t.lex.ids
    by = t.ids[np.minimum(w.mlast + 1, t.n - 1)] == ids.get("by", -1)
    be = t.lex.word_mask([ids[b] for b in _BE if b in ids])[t.ids[np.maximum(w.mpos - 1, 0)]]
    return by | be
