"""What fired in a text: the structured ``terms`` of :func:`toolkit.tone.score_texts`.

Each item of a ``terms`` list is a :class:`Term`, a named tuple ``(term, contribution, rule, kind,
modifiers)``; ``t[0]``, ``t[1]`` and ``t[2]`` are the term, what it adds to the raw score and the
human-readable rule. The texts come from small tables indexed with numpy; Python loops run only
over the terms that a modifier touched (to write its note) and over the texts (to cut the list).
"""
from __future__ import annotations

from itertools import repeat
from typing import NamedTuple

import numpy as np

from toolkit.tone.clauses import _PHASE
from toolkit.tone.engine import _after
from toolkit.tone.rules import MODIFIERS, SCORING_RULES

__all__ = ["Term"]


class Term(NamedTuple):
    """One term that fired in a text (an item of a ``terms`` list).

    ``term``: the word, phrase or pair ("unemployment fell", in text order); ``contribution``: what
    it adds to the raw score; ``rule``: the rule text as displayed, the base rule then one
    "; note" per modifier; ``kind``: the scoring rule (a key of
    :data:`toolkit.tone.rules.SCORING_RULES`: "direction", "movement", "quantity", "state",
    "hedge"; "lm" for the Loughran-McDonald baseline); ``modifiers``: the modifier kinds that
    applied, one per note, in the order of the notes (e.g. ``("intensifier", "negation")``).

    >>> from toolkit.tone import score_texts
    >>> t = score_texts(["Unemployment did not fall sharply."]).loc[0, "terms"][0]
    >>> t.term, t.kind, t.modifiers, t.negated
    ('unemployment fall', 'direction', ('intensifier', 'negation'), True)
    >>> t.base_rule
    'direction×valence (bad↓)'
    """

    term: str
    contribution: float
    rule: str
    kind: str
    modifiers: tuple = ()

    @property
    def base_rule(self) -> str:
        """The rule text without the modifiers' notes (base rule texts hold no ";")."""
        return self.rule.split(";", 1)[0]

    @property
    def stance(self) -> str:
        """"intention" when the term sits in a commitment, intention or decision of the institution
        ("the Committee will ...", "efforts will be made to ...", "the Committee decided today to
        ..."; it adds nothing to the score), else
        "observation"."""
        return "intention" if {"intention", "commitment", "decision"} & set(self.modifiers) else "observation"

    @property
    def negated(self) -> bool:
        """Whether a negation applied."""
        return "negation" in self.modifiers


_KIND_NAMES = np.array(list(SCORING_RULES), dtype=object)  # unit kind code -> Term.kind
_HEDGE_KIND = "hedge"
_NO_MODIFIERS = np.empty(1, dtype=object)
_NO_MODIFIERS[0] = ()


def _pair_rules() -> np.ndarray:
    """Rule texts by rule code: ``qcode * 4 + up * 2 + zero`` for the 16 kinds of pairs, then
    movement alone, quantity alone, state (codes 16-18, ``15 + unit kind``)."""
    head = SCORING_RULES["direction"]
    pair = ["{} ({}{}{})".format(head, valence, "\u2191" if k & 2 else "\u2193",
                                 ", inflation='neutral'" if k & 1 and valence == "inflation" else "")
            for valence in ("good", "bad", "inflation", "level") for k in range(4)]
    return np.array(pair + [SCORING_RULES[k] for k in ("movement", "quantity", "state")], dtype=object)


_RULE_OBJECTS = _pair_rules()

#: order of the notes in a rule text: the words around the tone word first, then the markers
#: before it, then the later ones (table order within each) - the multiplying order of
#: ``toolkit.tone.clauses._PHASE`` with "around" moved to the front, so a new clause rule needs one entry
_NOTE_PHASE = {rule: {2: 0, 0: 1, 1: 2, 3: 3}[phase] for rule, phase in _PHASE.items()}  # 3: "decides", last
_NOTE_ORDER = sorted((m for m in MODIFIERS if m.clause in _NOTE_PHASE), key=lambda m: _NOTE_PHASE[m.clause])


def _notes(t, nu: int, applied: dict) -> tuple[np.ndarray, np.ndarray]:
    """Per unit, the "; note; note" suffix of its rule text and the tuple of modifier names."""
    notes = t.lex.notes
    suffix = np.full(nu, "", dtype=object)
    mods = np.empty(nu, dtype=object)
    mods.fill(())
    for m in _NOTE_ORDER:
        if m.kind not in applied:
            continue
        text, names = notes[m.kind]
        ok, where = applied[m.kind]
        if m.clause == "around":  # every intensifier that starts in the window, in text order
            a, b, istart, itid = where
            first, stop = np.searchsorted(istart, a), _after(istart, b)
            count = np.where(ok, stop - first, 0)
            for k in range(int(count.max(initial=0))):
                sel = np.flatnonzero(count > k)
                at = itid[first[sel] + k]
                suffix[sel] = suffix[sel] + "; " + text[at]
                mods[sel] = mods[sel] + names[at]
        else:
            sel = np.flatnonzero(ok)
            at = t.ids[where[sel]]
            suffix[sel] = suffix[sel] + "; " + text[at]
            mods[sel] = mods[sel] + names[at]
    return suffix, mods


def _term_texts(t, u) -> np.ndarray:
    """Per unit, the term text: the word itself, or the pair in text order (built once per distinct
    pair and kept in ``lex.pair_names`` between calls)."""
    lex, terms = t.lex, t.lex.terms
    a_id, o_id = t.ids[u.anchor], t.ids[np.maximum(u.other, 0)]
    n_ids = len(terms)
    code = np.where(u.kind == 0, (a_id * n_ids + o_id) * 2 + (u.other < u.anchor), -1 - a_id)
    uniq, inverse = np.unique(code, return_inverse=True)
    known = lex.pair_names  # code -> term text
    for c in uniq.tolist():
        if c not in known:
            if c < 0:
                known[c] = terms[-1 - c]
            else:
                first, (m, q) = c & 1, divmod(c >> 1, n_ids)
                known[c] = f"{terms[q]} {terms[m]}" if first else f"{terms[m]} {terms[q]}"
    term_of = np.empty(len(uniq), dtype=object)
    term_of[:] = list(map(known.__getitem__, uniq.tolist()))
    return term_of[inverse]


def _base_rules(t, u) -> np.ndarray:
    """Per unit, the rule text before the notes: direction x valence (16 kinds), alone or state."""
    lex = t.lex
    a_id, o_id = t.ids[u.anchor], t.ids[np.maximum(u.other, 0)]
    qc = np.maximum(lex.qcode[o_id], 0).astype(np.int64)
    rcode = np.where(u.kind == 0, qc * 4 + (lex.mdir[a_id] > 0) * 2 + (u.base == 0), 15 + u.kind)
    return _RULE_OBJECTS[rcode]


def _details(t, u, mult, contrib, applied, hedges, full: bool = True) -> list:
    """Per text, the :class:`Term` of each unit that fired and of each hedge (contribution 0), in
    text order; with ``full``, ``(Term, base, multiplier, position)`` rows (for explain)."""
    suffix, mods = _notes(t, len(u.anchor), applied)
    nh = len(hedges)
    where = np.concatenate([u.lo, hedges])
    order = np.argsort(where, kind="stable")
    columns = [
        np.concatenate([_term_texts(t, u), t.lex.term_objects[t.ids[hedges]]]),
        np.concatenate([contrib, np.zeros(nh)]),
        np.concatenate([_base_rules(t, u) + suffix, np.full(nh, SCORING_RULES[_HEDGE_KIND], dtype=object)]),
        np.concatenate([_KIND_NAMES[u.kind], np.full(nh, _HEDGE_KIND, dtype=object)]),
        np.concatenate([mods, np.repeat(_NO_MODIFIERS, nh)]),
    ]
    # Terms from the zipped columns, made by tuple.__new__ in C (no Python-level call per term)
    rows = list(map(tuple.__new__, repeat(Term, len(order)), zip(*(c[order].tolist() for c in columns))))
    if full:
        base_all = np.concatenate([u.base, np.zeros(nh)])[order].tolist()
        mult_all = np.concatenate([mult, np.ones(nh)])[order].tolist()
        rows = list(zip(rows, base_all, mult_all, where[order].tolist()))
    # positions run on across texts: cut the sorted rows at the text boundaries
    cuts = np.searchsorted(where[order], t.sep).tolist()
    starts = [0] + cuts
    ends = cuts + [len(rows)]
    return [rows[a:b] for a, b in zip(starts[:t.n_texts], ends[:t.n_texts])]
