"""tone_shift: the change in document tone between two releases, split into sentences, words, themes."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .redline import _redline_rows
from .releases import EACH, _two_releases
from .theme_tone import _theme_shift
from .weights import _evidence, _weights

__all__ = ["ToneShift", "tone_shift"]


def _term_rows(scores: pd.DataFrame | None, denom: float, side: str) -> list[tuple]:
    """One row per scored term: (term, rule, negated, side, raw contribution, part of the tone).

    The rule is the scorer's rule without its scaling modifiers (:attr:`toolkit.tone.Term.base_rule`),
    with "; negated" when a negation flipped it, so one term under one rule is one word-shift row.
    """
    rows = []
    if scores is None:
        return rows
    for terms in scores["terms"]:
        for t in terms if isinstance(terms, (list, tuple)) else ():
            if t.contribution == 0:
                continue
            rule = t.base_rule + ("; negated" if t.negated else "")
            rows.append((str(t.term), rule, t.negated, side, float(t.contribution), t.contribution / denom))
    return rows


@dataclass
class ToneShift:
    """What :func:`tone_shift` returns: the change in tone, split three ways.

    - ``sentences``: the :func:`redline` rows plus ``contribution`` (each sentence's part of
      ``change``; they sum to it), ``weight_old``/``weight_new`` (the sentence's contribution to
      each release's tone);
    - ``words``: the word-shift table, one row per term and scorer rule: ``term``, ``rule`` (the
      scorer's rule, "; negated" when a negation flipped it), ``negated``, ``n_old``, ``n_new``,
      ``contribution_old``/``contribution_new`` (raw scorer contributions), ``shift`` (its part
      of ``change``; they sum to it), ``direction`` (up/down), sorted by ``|shift|``;
    - ``themes``: :func:`theme_tone` of both releases side by side, the themes that moved most first;
    - ``tone_old``, ``tone_new``, ``change`` (new − old), ``old``, ``new`` (labels), ``method``.
    """

    sentences: pd.DataFrame
    words: pd.DataFrame
    themes: pd.DataFrame
    tone_old: float
    tone_new: float
    change: float
    old: str = "old"
    new: str = "new"
    method: str = "outlook"
    notes: list = field(default_factory=list)

    def __repr__(self) -> str:
        moved = self.sentences["status"].value_counts().to_dict() if len(self.sentences) else {}
        return (f"ToneShift({self.old} → {self.new}: tone {self.tone_old:+.3f} → {self.tone_new:+.3f}, "
                f"change {self.change:+.3f}; sentences {moved}; {len(self.words)} terms, "
                f"{len(self.themes)} themes)")


def tone_shift(
    old,
    new=None,
    *,
    series=EACH,
    method: str = "outlook",
    themes=None,
    threshold: float = 0.5,
    moved_threshold: float = 0.8,
) -> ToneShift:
    """Split the change in document tone between two releases into sentences, words and themes.

    The tone of a release follows ``toolkit.document_tone``'s additive rule,
    ``Σ(positive − negative) / (Σ(positive + negative) + k)`` over its sentences, so each sentence
    contributes ``(positive − negative) / denominator`` and the change splits exactly: a sentence
    row of the redline contributes ``weight_new − weight_old`` (an unchanged sentence contributes a
    little when the other sentences change the denominator). A sentence's ``positive − negative``
    is the sum of its scorer ``terms``, so the same split runs down to each term with the rule the
    scorer applied (direction × valence, negation, …): the word shifts also sum to the change.

    ``old`` and ``new`` are releases (texts, rows or corpus DataFrames, see :func:`select`); or
    pass one corpus holding exactly two releases of one series as ``old`` (``series``: "each",
    the default, refuses a corpus that mixes series and says how to keep one; "all" compares its
    two dates whatever their series; a name keeps that series). ``themes`` goes to
    :func:`theme_tone` (None = bundled dictionary). Identical releases give zero everywhere.

    >>> s = tone_shift("Growth slowed. Rates held.", "Growth picked up. Rates held.")
    >>> [round(float(x), 3) for x in (s.change, s.sentences["contribution"].sum(), s.words["shift"].sum())]
    [1.0, 1.0, 1.0]
    >>> s.words[["term", "shift"]].round(2).values.tolist()
    [['growth picked up', 0.5], ['growth slowed', 0.5]]
    """
    if new is None:
        if not isinstance(old, pd.DataFrame):
            raise ValueError("comparison needs two releases: tone_shift(old, new), or one corpus "
                             "holding exactly two releases of one series.")
        old, new = _two_releases(old, series)
    table, old_s, new_s, sc_old, sc_new = _redline_rows(old, new, method, threshold, moved_threshold)
    p_old, n_old = _evidence(sc_old, len(old_s))
    p_new, n_new = _evidence(sc_new, len(new_s))
    (w_old, d_old), (w_new, d_new) = _weights(p_old, n_old), _weights(p_new, n_new)
    tone_old, tone_new = float(w_old.sum()), float(w_new.sum())
    change = tone_new - tone_old

    table["weight_old"] = _pick(w_old, table["old_id"])
    table["weight_new"] = _pick(w_new, table["new_id"])
    table["contribution"] = table["weight_new"] - table["weight_old"]
    if not np.isclose(table["contribution"].sum(), change, atol=1e-9):  # every sentence is a row
        raise AssertionError("internal: sentence contributions do not add up to the tone change")

    rows = _term_rows(sc_old, d_old, "old") + _term_rows(sc_new, d_new, "new")
    t = pd.DataFrame(rows, columns=["term", "rule", "negated", "side", "raw", "weight"])
    words = _word_shift_table(t)
    words, notes = _with_residual(words, change, method)

    theme_table = _theme_shift(old_s, new_s, sc_old, sc_new, w_old, w_new, themes)
    return ToneShift(table, words, theme_table, tone_old, tone_new, change,
                     table.attrs["old"], table.attrs["new"], method, notes)


def _pick(w: np.ndarray, ids) -> np.ndarray:
    """The weight of each redline row's sentence on one side (0 where the row has none there)."""
    return np.array([w[int(i)] if not pd.isna(i) else 0.0 for i in ids], dtype=float)


def _with_residual(words: pd.DataFrame, change: float, method: str) -> tuple[pd.DataFrame, list[str]]:
    """The word shifts plus a "(not attributed to terms)" row when they do not add up to ``change``
    (a method that reports no per-term contributions), and the note that says so."""
    notes = []
    residual = change - float(words["shift"].sum()) if len(words) else change
    if abs(residual) > 1e-9:
        notes.append(f"{residual:+.4f} of the change is not attributed to terms (method {method!r} "
                     "reports no per-term contributions for it)")
        words = pd.concat([words, pd.DataFrame([{
            "term": "(not attributed to terms)", "rule": "", "negated": False, "n_old": 0, "n_new": 0,
            "contribution_old": 0.0, "contribution_new": 0.0, "shift": residual,
            "direction": "up" if residual > 0 else "down"}])], ignore_index=True)
    return words, notes


def _word_shift_table(t: pd.DataFrame) -> pd.DataFrame:
    columns = ["term", "rule", "negated", "n_old", "n_new", "contribution_old", "contribution_new",
               "shift", "direction"]
    if t.empty:
        return pd.DataFrame(columns=columns)
    t = t.assign(
        n_old=(t["side"] == "old").astype(int), n_new=(t["side"] == "new").astype(int),
        contribution_old=np.where(t["side"] == "old", t["raw"], 0.0),
        contribution_new=np.where(t["side"] == "new", t["raw"], 0.0),
        shift=np.where(t["side"] == "new", t["weight"], -t["weight"]),
    )
    g = t.groupby(["term", "rule", "negated"], sort=False, as_index=False)[
        ["n_old", "n_new", "contribution_old", "contribution_new", "shift"]].sum()
    g = g[g["shift"].abs() > 1e-15] if len(g) > 1 else g
    g["direction"] = np.where(g["shift"] >= 0, "up", "down")
    g = g.assign(_a=g["shift"].abs()).sort_values(["_a", "term"], ascending=[False, True], kind="stable")
    return g.drop(columns="_a").reset_index(drop=True)[columns]


