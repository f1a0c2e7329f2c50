"""Figures for comparing releases: word shift, keyness, similarity to the previous release,
change in theme shares. Each takes the table a ``toolkit.compare`` verb returns."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from toolkit.plots._common import set_alt_text


def _axes(ax: Axes | None, height: float = 4.5) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=(8, height))
    return ax


def _bars(ax: Axes, labels, values, colors) -> None:
    y = np.arange(len(labels))[::-1]
    ax.barh(y, values, color=colors)
    ax.set_yticks(y, labels=labels, fontsize=8)
    ax.axvline(0, color="0.3", linewidth=0.8)


def word_shift(shift, *, n: int = 15, title: str | None = None, ax: Axes | None = None) -> Axes:
    """Which terms pushed the tone up or down between two releases (a word-shift chart).

    ``shift`` is what ``toolkit.tone_shift`` returns (its ``words`` table is used) or that table
    itself (columns ``term``, ``rule``, ``shift``). The ``n`` terms with the largest absolute
    contribution are drawn, blue up, red down; a term counted under a negation or direction rule
    is labelled with that rule.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> words = pd.DataFrame({"term": ["weak", "strong"], "rule": ["", "negated"], "shift": [-0.02, 0.01]})
    >>> word_shift(words).get_xlabel()
    'contribution to the change in tone'
    """
    words = getattr(shift, "words", shift)
    if not isinstance(words, pd.DataFrame) or not {"term", "shift"} <= set(words.columns):
        raise ValueError("word_shift needs toolkit.tone_shift(...) or its .words table (columns term, shift).")
    ax = _axes(ax, height=max(3.0, 0.28 * min(n, len(words)) + 1.2))
    top = words.assign(_abs=words["shift"].abs()).sort_values("_abs", ascending=False).head(n)
    rule = top["rule"].fillna("").astype(str) if "rule" in top.columns else pd.Series("", index=top.index)
    labels = [t if not r else f"{t} ({r})" for t, r in zip(top["term"], rule)]
    _bars(ax, labels, top["shift"], ["C0" if v >= 0 else "C3" for v in top["shift"]])
    change = getattr(shift, "change", float(words["shift"].sum()))
    old, new = getattr(shift, "old", "old"), getattr(shift, "new", "new")
    ax.set_xlabel("contribution to the change in tone")
    ax.set_ylabel("term")
    ax.set_title(title or f"What moved the tone: {old} → {new} (change {change:+.3f})")
    ups = [lab for lab, v in zip(labels, top["shift"]) if v > 0][:3]
    downs = [lab for lab, v in zip(labels, top["shift"]) if v < 0][:3]
    set_alt_text(ax, f"Bar chart of the {len(top)} terms that moved the tone most from {old} to {new} "
                     f"(total change {change:+.3f}); pushing up: {', '.join(ups) or 'none'}; "
                     f"pushing down: {', '.join(downs) or 'none'}.")
    return ax


def keyness_bars(
    k: pd.DataFrame,
    *,
    n: int = 10,
    labels: tuple[str, str] = ("a", "b"),
    measure: str = "g2",
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """The ``n`` most key terms on each side of a ``toolkit.keyness`` table, as diverging bars.

    Terms key for the first group point right, for the second left; ``measure`` is ``"g2"``
    (signed log-likelihood) or ``"log_ratio"``. ``labels`` names the two groups.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> k = pd.DataFrame({"term": ["rose", "fell"], "g2": [5.0, 3.0], "log_ratio": [2.0, -1.5],
    ...                   "key_for": ["a", "b"]})
    >>> keyness_bars(k, labels=("2015-10", "2015-12")).get_title()
    'Key terms: 2015-10 vs 2015-12'
    """
    if measure not in ("g2", "log_ratio"):
        raise ValueError(f"measure must be 'g2' or 'log_ratio'; got {measure!r}.")
    need = {"term", "key_for", measure}
    if not need <= set(k.columns):
        raise ValueError(f"keyness_bars needs a toolkit.keyness table with columns {sorted(need)}; got {list(k.columns)}.")
    side = np.where(k["key_for"] == "a", 1.0, -1.0)
    value = k[measure].astype(float).abs() * side if measure == "g2" else k[measure].astype(float)
    table = k.assign(_v=value)
    top_a = table[table["_v"] > 0].sort_values("_v", ascending=False).head(n)
    top_b = table[table["_v"] < 0].sort_values("_v").head(n)
    both = pd.concat([top_a, top_b.iloc[::-1]])
    ax = _axes(ax, height=max(3.0, 0.28 * len(both) + 1.2))
    _bars(ax, both["term"].tolist(), both["_v"], ["C0" if v > 0 else "C1" for v in both["_v"]])
    ax.set_xlabel(("signed G²" if measure == "g2" else "log ratio (log2)") + f": + key for {labels[0]}, − key for {labels[1]}")
    ax.set_ylabel("term")
    ax.set_title(title or f"Key terms: {labels[0]} vs {labels[1]}")
    set_alt_text(ax, f"Diverging bar chart of key terms; for {labels[0]}: {', '.join(top_a['term'].head(5)) or 'none'}; "
                     f"for {labels[1]}: {', '.join(top_b['term'].head(5)) or 'none'}.")
    return ax


def similarity_line(timeline: pd.DataFrame, *, title: str | None = None, ax: Axes | None = None) -> Axes:
    """How similar each release is to the one before it (``similarity_prev`` of ``toolkit.timeline``).

    Dips are the releases that were rewritten most.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> t = pd.DataFrame({"date": pd.to_datetime(["2015-09-17", "2015-10-28", "2015-12-16"]),
    ...                   "similarity_prev": [None, 0.95, 0.71]})
    >>> similarity_line(t).get_ylabel()
    'cosine similarity to previous release'
    """
    if not {"date", "similarity_prev"} <= set(timeline.columns):
        raise ValueError("similarity_line needs a toolkit.timeline table (columns date, similarity_prev).")
    ax = _axes(ax, height=3.5)
    df = timeline.sort_values("date")
    x, y = pd.to_datetime(df["date"]), df["similarity_prev"].astype(float)
    ax.plot(x, y, color="C2", marker="o", markersize=2.5, linewidth=1.2)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("release date")
    ax.set_ylabel("cosine similarity to previous release")
    ax.set_title(title or "How much each release repeats the previous one")
    if y.notna().any():
        low = y.idxmin()
        desc = (f"Line chart of similarity to the previous release for {int(y.notna().sum())} releases; "
                f"median {y.median():.2f}, lowest {y[low]:.2f} on {pd.Timestamp(x[low]):%Y-%m-%d}.")
    else:
        desc = "Line chart of similarity to the previous release (needs at least two releases)."
    set_alt_text(ax, desc)
    return ax


def theme_share_change(
    data: pd.DataFrame,
    old=None,
    new=None,
    *,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Change in each theme's share between two releases, as bars.

    ``data`` is a ``toolkit.timeline`` table (theme shares in ``share_<theme>`` columns; ``old``
    and ``new`` pick rows by ``release`` label or position, default the last two) or a table with
    columns ``theme``, ``share_old``, ``share_new``.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> d = pd.DataFrame({"theme": ["inflation", "labour"], "share_old": [0.4, 0.6], "share_new": [0.5, 0.5]})
    >>> theme_share_change(d).get_xlabel()
    'change in share of theme mentions (percentage points)'
    """
    if {"theme", "share_old", "share_new"} <= set(data.columns):
        table = data[["theme", "share_old", "share_new"]]
        old_label, new_label = old or "old", new or "new"
    else:
        cols = [c for c in data.columns if c.startswith("share_")]
        if not cols or len(data) < 2:
            raise ValueError("theme_share_change needs a toolkit.timeline table with share_<theme> columns and "
                             "at least two releases, or a table with columns theme, share_old, share_new.")

        def pick(which, default):
            if which is None:
                return data.iloc[default]
            if isinstance(which, int):
                return data.iloc[which]
            hit = data[data["release"].astype(str) == str(which)] if "release" in data.columns else data.iloc[:0]
            if hit.empty:
                raise ValueError(f"no release {which!r}; available: {', '.join(map(str, data.get('release', [])))}")
            return hit.iloc[0]

        a, b = pick(old, -2), pick(new, -1)
        table = pd.DataFrame({"theme": [c[len("share_"):] for c in cols],
                              "share_old": [float(a[c]) for c in cols], "share_new": [float(b[c]) for c in cols]})
        old_label, new_label = str(a.get("release", "old")), str(b.get("release", "new"))
    change = 100 * (table["share_new"].astype(float).fillna(0) - table["share_old"].astype(float).fillna(0))
    table = table.assign(change=change).sort_values("change", key=np.abs, ascending=False)
    ax = _axes(ax, height=max(3.0, 0.3 * len(table) + 1.2))
    _bars(ax, table["theme"].tolist(), table["change"], ["C0" if v >= 0 else "C3" for v in table["change"]])
    ax.set_xlabel("change in share of theme mentions (percentage points)")
    ax.set_ylabel("theme")
    ax.set_title(title or f"Theme shares: {old_label} → {new_label}")
    top = table.head(3)
    set_alt_text(ax, f"Bar chart of the change in theme shares from {old_label} to {new_label}; largest moves: "
                     + ", ".join(f"{t} {c:+.1f} pp" for t, c in zip(top["theme"], top["change"])) + ".")
    return ax
