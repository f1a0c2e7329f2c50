"""largest_shifts: the releases where tone or themes moved most from the release they follow."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .timeline import _previous

__all__ = ["largest_shifts"]

#: Interval level assumed for a timeline that does not record one in ``attrs["ci"]``.
DEFAULT_CI = 0.95


def largest_shifts(timeline: pd.DataFrame, n: int = 5, on: str = "tone") -> pd.DataFrame:
    """The ``n`` releases where tone (or themes, or wording) moved most from the release before.

    Each release is paired with the release the timeline compared it with (``prev_release``: by
    default the one before in its own series), so a shift never pairs two series unless the
    timeline was built to mix them (``timeline(corpus, series="all")``). A table without
    ``prev_release`` pairs each row with the row before of the same ``series`` (of any row when it
    has no ``series`` column either).

    ``on="tone"`` ranks by ``|tone_change|``; ``"z"`` by the change over its standard error (read
    off the two releases' intervals at the level the timeline was built with, ``attrs["ci"]``;
    95% when the table does not say), which discounts jumps between short, noisy releases;
    ``"themes"`` by ``theme_change``; ``"similarity"`` by ``1 − similarity_prev``. Columns:
    ``release``, ``series``, ``date``, ``previous`` (the release it is compared with),
    ``tone_prev``, ``tone``, ``tone_change``, ``theme_change``, ``similarity_prev``,
    ``themes_moved`` (the three largest share changes, in percentage points), ``z`` and ``clear``
    (the two intervals do not overlap), largest first.

    >>> t = pd.DataFrame({"release": ["a", "b", "c"], "date": pd.to_datetime(["2020-01-01", "2020-02-01", "2020-03-01"]),
    ...                   "tone": [0.1, 0.2, -0.5], "theme_change": [None, 0.1, 0.3], "similarity_prev": [None, 0.9, 0.5]})
    >>> largest_shifts(t, n=1)[["release", "previous", "tone_change"]].round(2).values.tolist()
    [['c', 'b', -0.7]]
    >>> t["series"] = ["s", "g", "s"]
    >>> largest_shifts(t, n=1)[["release", "previous", "tone_change"]].round(2).values.tolist()
    [['c', 'a', -0.6]]
    """
    if not isinstance(timeline, pd.DataFrame) or not {"release", "tone"} <= set(timeline.columns):
        raise ValueError("largest_shifts needs the table from toolkit.timeline (columns release, tone, …).")
    if len(timeline) < 2:
        raise ValueError(f"comparison needs two releases; this timeline has {len(timeline)}.")
    if on not in ("tone", "themes", "similarity", "z"):
        raise ValueError(f"on must be 'tone', 'z', 'themes' or 'similarity'; got {on!r}.")
    t = timeline.sort_values("date", kind="stable").reset_index(drop=True) if "date" in timeline.columns else timeline.reset_index(drop=True)
    prev = _pairs(t)
    before = pd.Series(np.where(prev >= 0, prev, 0))
    has = pd.Series(prev >= 0)

    def of_prev(col: pd.Series) -> pd.Series:
        return col.iloc[before].reset_index(drop=True).where(has)

    out = pd.DataFrame({
        "release": t["release"], "series": t["series"] if "series" in t.columns else "",
        "date": t["date"] if "date" in t.columns else pd.NaT,
        "previous": of_prev(t["release"].astype(object)), "tone_prev": of_prev(t["tone"]), "tone": t["tone"],
    })
    out["tone_change"] = out["tone"] - out["tone_prev"]
    out["theme_change"] = t["theme_change"] if "theme_change" in t.columns else np.nan
    out["similarity_prev"] = t["similarity_prev"] if "similarity_prev" in t.columns else np.nan
    out["themes_moved"] = _themes_moved(t, before, has)
    out["z"], out["clear"] = _z_and_clear(t, out["tone_change"], timeline.attrs.get("ci", DEFAULT_CI), of_prev)
    key = {"tone": out["tone_change"].abs(), "themes": out["theme_change"],
           "similarity": 1 - out["similarity_prev"], "z": out["z"].abs()}[on]
    out = out[has.to_numpy()].assign(_k=key[has.to_numpy()]).dropna(subset=["_k"])
    return out.sort_values("_k", ascending=False, kind="stable").head(n).drop(columns="_k").reset_index(drop=True)


def _pairs(t: pd.DataFrame) -> np.ndarray:
    """Per row of a date-ordered timeline, the position of the row it is compared with (-1: none):
    the row named by ``prev_release``, else the row before in its ``series``, else the row before."""
    if "prev_release" in t.columns and t["release"].is_unique:
        where = {r: i for i, r in enumerate(t["release"])}
        return np.array([where.get(p, -1) if isinstance(p, str) else -1 for p in t["prev_release"]])
    if "series" in t.columns:
        return _previous(t["series"], True)
    return _previous(t["release"], False)


def _themes_moved(t: pd.DataFrame, before: pd.Series, has: pd.Series) -> list[str]:
    """Per release, its three largest changes in theme share from the release it is compared with, in points."""
    share_cols = [c for c in t.columns if c.startswith("share_")]
    if not share_cols:
        return [""] * len(t)
    shares = t[share_cols].astype(float).reset_index(drop=True)
    diffs = shares - shares.iloc[before.to_numpy()].reset_index(drop=True)

    def moved(i):
        if not has.iloc[i]:
            return ""
        d = diffs.iloc[i].dropna()
        d = d[d.abs() > 0]
        d = d.reindex(d.abs().sort_values(ascending=False).index).head(3)
        return ", ".join(f"{c[len('share_'):]} {100 * v:+.0f}pp" for c, v in d.items())

    return [moved(i) for i in range(len(t))]


def _z_and_clear(t: pd.DataFrame, change: pd.Series, ci: float, of_prev):
    """``z`` (the tone change over its combined standard error) and ``clear`` (the two intervals do
    not overlap) per release, against the release ``of_prev`` picks; NaN and False when the
    timeline has no interval columns."""
    if not {"ci_low", "ci_high"} <= set(t.columns):
        return np.nan, False
    # standard errors read off the ci-level intervals; z = change / combined standard error
    low, high = t["ci_low"].astype(float), t["ci_high"].astype(float)
    se = (high - low) / (2 * _z_of(ci))
    combined = np.sqrt(se ** 2 + of_prev(se) ** 2)
    z = change / combined.where(combined > 0)
    clear = ((low > of_prev(high)) | (high < of_prev(low))).fillna(False).astype(bool)
    return z, clear


def _z_of(ci: float) -> float:
    """How many standard errors a two-sided normal interval of level ``ci`` spans on each side.

    The normal quantile ``Φ⁻¹((1 + ci) / 2)`` (1.95996… for 0.95); NaN for a level outside (0, 1),
    whose interval says nothing about a standard error (z is then NaN).

    >>> round(_z_of(0.95), 4), round(_z_of(0.5), 4)
    (1.96, 0.6745)
    """
    if not 0 < ci < 1:
        return math.nan
    from scipy.stats import norm

    return float(norm.ppf((1 + ci) / 2))
