"""timeline and largest_shifts: one row per release, and the releases where tone or themes moved most."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .releases import _label_of, _release_keys, _release_text, _term_vectors, _usable

__all__ = ["timeline", "largest_shifts"]


def _bootstrap_tone(pos: np.ndarray, neg: np.ndarray, n_boot: int, rng, ci: float) -> tuple[float, float]:
    """Percentile interval of the aggregate tone, resampling the release's sentences."""
    from toolkit.sentiment import TONE_K

    m = len(pos)
    if m < 2 or n_boot < 1:
        t = (pos.sum() - neg.sum()) / (pos.sum() + neg.sum() + TONE_K) if m else 0.0
        return float(t), float(t)
    idx = rng.integers(0, m, size=(n_boot, m))
    p, n = pos[idx].sum(axis=1), neg[idx].sum(axis=1)
    tones = (p - n) / (p + n + TONE_K)
    return float(np.percentile(tones, (1 - ci) / 2 * 100)), float(np.percentile(tones, (1 + ci) / 2 * 100))



def timeline(
    corpus: pd.DataFrame,
    by: str = "date",
    *,
    method: str = "outlook",
    themes=None,
    n_boot: int = 200,
    ci: float = 0.95,
    seed: int = 0,
    progress: bool = True,
) -> pd.DataFrame:
    """One row per release in date order: how tone and themes moved from each release to the next.

    ``by`` makes the releases: ``"date"`` (all documents of one source on one date, the default),
    ``"doc"`` (each document) or a pandas period alias (``"M"``, ``"Q"``, ``"Y"``). Columns:

    - ``release`` (label), ``date`` (first document's date), ``source``, ``n_docs``, ``n_sentences``;
    - ``tone`` (``document_tone``'s rule over the release's sentences), ``ci_low``/``ci_high``
      (bootstrap percentile interval over sentences, ``n_boot`` draws, seeded), ``tone_change``
      (from the previous release);
    - ``uncertainty`` (hedge words per sentence), ``forward_share`` (share of forward-looking
      sentences);
    - ``similarity_prev``: cosine similarity of word counts (stopwords out) with the previous
      release (NaN for the first); ``theme_change``: half the sum of absolute changes in theme
      shares (0 = same mix, 1 = no theme in common);
    - ``share_<theme>``: each theme's share of the release's theme mentions.

    Flagged duplicates are dropped; empty and undated documents are excluded with a warning and
    listed with their reason in ``attrs["excluded"]``. Fewer than two releases is a ``ValueError``.

    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "source": "FOMC",
    ...     "date": pd.to_datetime(["2020-01-29", "2020-03-03"]),
    ...     "text": ["Growth was solid. Inflation rose.", "Risks to growth rose. Output fell sharply."]})
    >>> t = timeline(corpus, progress=False)
    >>> t[["release", "tone"]].round(2).values.tolist()
    [['FOMC 2020-01-29', 0.47], ['FOMC 2020-03-03', -0.28]]
    """
    from toolkit.sentiment import aggregate_tone, score_sentences
    from toolkit.themes import load_themes, theme_frequency
    from toolkit.tokenizing import sentences as split_corpus

    docs, excluded = _usable(corpus, need_date=by != "doc" or "date" in corpus.columns, verb="timeline")
    if docs.empty:
        raise ValueError("comparison needs two releases; no usable document in this corpus "
                         f"({len(excluded)} excluded, see the warning).")
    docs = docs.sort_values(["date", "doc_id"] if "date" in docs.columns else ["doc_id"], kind="stable")
    docs["_release"] = _release_keys(docs, by).to_numpy()
    keys = list(dict.fromkeys(docs["_release"]))
    if len(keys) < 2:
        raise ValueError(f"comparison needs two releases; this corpus gives one ({_label_of(docs, by, keys[0])!r}) "
                         f"with by={by!r}. Add releases or group by a finer period.")
    sents = split_corpus(docs[["doc_id", "text"]])
    sents = score_sentences(sents, method=method)
    release_of = dict(zip(docs["doc_id"].astype(str), docs["_release"]))
    sents["_release"] = sents["doc_id"].astype(str).map(release_of)

    names = list(load_themes(themes))
    tf = theme_frequency(docs[[c for c in ("doc_id", "date", "text") if c in docs.columns]], themes)
    tf["_release"] = tf["doc_id"].astype(str).map(release_of)
    counts = tf.pivot_table(index="_release", columns="theme", values="count", aggfunc="sum").reindex(
        index=keys, columns=names).fillna(0)
    totals = counts.sum(axis=1).replace(0, np.nan)
    shares = counts.div(totals, axis=0).fillna(0.0)

    rng = np.random.default_rng(seed)
    groups = dict(tuple(sents.groupby("_release", sort=False)))
    by_release = dict(tuple(docs.groupby("_release", sort=False)))
    rows = []
    iterator = keys
    if progress and len(keys) > 50:
        from tqdm.auto import tqdm

        iterator = tqdm(keys, desc="timeline", leave=False)
    for key in iterator:
        group = by_release[key]
        s = groups.get(key)
        pos = s["positive"].astype(float).fillna(0).to_numpy() if s is not None else np.zeros(0)
        neg = s["negative"].astype(float).fillna(0).to_numpy() if s is not None else np.zeros(0)
        lo, hi = _bootstrap_tone(pos, neg, n_boot, rng, ci)
        rows.append({
            "release": _label_of(group, by, key),
            "date": group["date"].min() if "date" in group.columns else pd.NaT,
            "source": ", ".join(sorted(set(group["source"].fillna("").astype(str)))) if "source" in group.columns else "",
            "n_docs": len(group), "n_sentences": 0 if s is None else len(s),
            "tone": aggregate_tone(pos, neg), "ci_low": lo, "ci_high": hi,
            "uncertainty": float(s["uncertainty"].astype(float).mean()) if s is not None else math.nan,
            "forward_share": float(s["forward_looking"].astype(float).mean()) if s is not None else math.nan,
            "_text": _release_text(group),
        })
    out = pd.DataFrame(rows)
    out["tone_change"] = out["tone"].diff()
    vec = _term_vectors(out["_text"].tolist())
    sim = np.asarray(vec[1:].multiply(vec[:-1]).sum(axis=1)).ravel()
    out["similarity_prev"] = np.concatenate([[np.nan], sim])
    share_values = shares.to_numpy()
    move = 0.5 * np.abs(np.diff(share_values, axis=0)).sum(axis=1) if len(share_values) > 1 else np.zeros(0)
    out["theme_change"] = np.concatenate([[np.nan], move])
    for theme in names:
        out[f"share_{theme}"] = shares[theme].to_numpy()
    out = out.drop(columns="_text")
    columns = ["release", "date", "source", "n_docs", "n_sentences", "tone", "ci_low", "ci_high",
               "tone_change", "uncertainty", "forward_share", "similarity_prev", "theme_change"]
    out = out[columns + [f"share_{t}" for t in names]]
    out.attrs = {"excluded": excluded, "by": by, "method": method, "themes": names}
    return out


def largest_shifts(timeline: pd.DataFrame, n: int = 5, on: str = "tone") -> pd.DataFrame:
    """The ``n`` releases where tone (or themes, or wording) moved most from the release before.

    ``on="tone"`` ranks by ``|tone_change|``; ``"z"`` by the change over its standard error (read
    off the two releases' intervals), which discounts jumps between short, noisy releases;
    ``"themes"`` by ``theme_change``; ``"similarity"`` by ``1 − similarity_prev``. Columns:
    ``release``, ``date``, ``previous`` (the release before), ``tone_prev``, ``tone``,
    ``tone_change``, ``theme_change``, ``similarity_prev``, ``themes_moved`` (the three largest
    share changes, in percentage points), ``z`` and ``clear`` (the two intervals do not overlap),
    largest first.

    >>> t = pd.DataFrame({"release": ["a", "b", "c"], "date": pd.to_datetime(["2020-01-01", "2020-02-01", "2020-03-01"]),
    ...                   "tone": [0.1, 0.2, -0.5], "theme_change": [None, 0.1, 0.3], "similarity_prev": [None, 0.9, 0.5]})
    >>> largest_shifts(t, n=1)[["release", "previous", "tone_change"]].round(2).values.tolist()
    [['c', 'b', -0.7]]
    """
    if not isinstance(timeline, pd.DataFrame) or not {"release", "tone"} <= set(timeline.columns):
        raise ValueError("largest_shifts needs the table from toolkit.timeline (columns release, tone, …).")
    if len(timeline) < 2:
        raise ValueError(f"comparison needs two releases; this timeline has {len(timeline)}.")
    if on not in ("tone", "themes", "similarity", "z"):
        raise ValueError(f"on must be 'tone', 'z', 'themes' or 'similarity'; got {on!r}.")
    t = timeline.sort_values("date", kind="stable").reset_index(drop=True) if "date" in timeline.columns else timeline.reset_index(drop=True)
    out = pd.DataFrame({
        "release": t["release"], "date": t["date"] if "date" in t.columns else pd.NaT,
        "previous": t["release"].shift(1), "tone_prev": t["tone"].shift(1), "tone": t["tone"],
        "tone_change": t["tone"] - t["tone"].shift(1),
        "theme_change": t["theme_change"] if "theme_change" in t.columns else np.nan,
        "similarity_prev": t["similarity_prev"] if "similarity_prev" in t.columns else np.nan,
    })
    share_cols = [c for c in t.columns if c.startswith("share_")]
    diffs = t[share_cols].diff() if share_cols else None

    def moved(i):
        if diffs is None or i == 0:
            return ""
        d = diffs.iloc[i].dropna()
        d = d[d.abs() > 0]
        d = d.reindex(d.abs().sort_values(ascending=False).index).head(3)
        return ", ".join(f"{c[len('share_'):]} {100 * v:+.0f}pp" for c, v in d.items())

    out["themes_moved"] = [moved(i) for i in range(len(t))]
    if {"ci_low", "ci_high"} <= set(t.columns):
        # standard errors read off the 95% intervals; z = change / combined standard error
        se = (t["ci_high"].astype(float) - t["ci_low"].astype(float)) / (2 * 1.96)
        combined = np.sqrt(se ** 2 + se.shift(1) ** 2)
        out["z"] = out["tone_change"] / combined.where(combined > 0)
        out["clear"] = (t["ci_low"] > t["ci_high"].shift(1)) | (t["ci_high"] < t["ci_low"].shift(1))
    else:
        out["z"], out["clear"] = np.nan, False
    key = {"tone": out["tone_change"].abs(), "themes": out["theme_change"],
           "similarity": 1 - out["similarity_prev"], "z": out["z"].abs()}[on]
    out = out.iloc[1:].assign(_k=key.iloc[1:]).dropna(subset=["_k"])
    return out.sort_values("_k", ascending=False, kind="stable").head(n).drop(columns="_k").reset_index(drop=True)
