"""timeline and largest_shifts: one row per release, and the releases where tone or themes moved most."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .releases import _label_of, _release_keys, _release_text, _term_vectors, _usable
from .weights import _tone_of_sums

__all__ = ["timeline", "largest_shifts"]

#: Interval level assumed for a timeline that does not record one in ``attrs["ci"]``.
DEFAULT_CI = 0.95

_COLUMNS = ["release", "date", "source", "n_docs", "n_sentences", "tone", "ci_low", "ci_high",
            "tone_change", "uncertainty", "forward_share", "similarity_prev", "theme_change"]


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
    - ``similarity_prev``: cosine similarity of similarity-feature counts (below) with the previous
      release (NaN for the first); ``theme_change``: half the sum of absolute changes in theme
      shares (0 = same mix, 1 = no theme in common);
    - ``share_<theme>``: each theme's share of the release's theme mentions.

    The bootstrap resamples **sentences**: each draw takes as many sentences as the release has,
    with replacement, and applies ``toolkit.aggregate_tone`` to their evidence. The tone of a
    release is one aggregate over its sentences (not a mean of document tones), and a release is
    often a single statement, so there are no documents to resample; the interval says how much
    the tone rests on which sentences the release happens to contain. (``toolkit.tone_over_time``
    resamples documents instead: its tone is the mean of the documents' tones in a period.)

    Similarity features (``similarity_prev`` and the same-date copy check) are runs of letters
    (with inner apostrophes or hyphens), lower-cased, stopwords out: not the token table's words,
    and kept so because changing them would move every similarity already published.

    Flagged duplicates are dropped; empty and undated documents are excluded with a warning and
    listed with their reason in ``attrs["excluded"]``. ``attrs`` also records ``by``, ``method``,
    ``themes``, ``ci`` (the interval level, which :func:`largest_shifts` reads) and ``n_boot``.
    Fewer than two releases is a ``ValueError``.

    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "source": "FOMC",
    ...     "date": pd.to_datetime(["2020-01-29", "2020-03-03"]),
    ...     "text": ["Growth was solid. Inflation rose.", "Risks to growth rose. Output fell sharply."]})
    >>> t = timeline(corpus, progress=False)
    >>> t[["release", "tone"]].round(2).values.tolist()
    [['FOMC 2020-01-29', 0.47], ['FOMC 2020-03-03', -0.28]]
    >>> t.attrs["ci"]
    0.95
    """
    docs, excluded, keys = _releases(corpus, by)
    sents = _scored_sentences(docs, method)
    names, shares = _theme_shares(docs, themes, keys)
    rng = np.random.default_rng(seed)
    rows = [_release_row(group, sents.get(key), by, key, n_boot, rng, ci)
            for key, group in _each_release(docs, keys, progress)]
    out = _with_changes(pd.DataFrame(rows), shares, names).drop(columns="_text")
    out = out[_COLUMNS + [f"share_{t}" for t in names]]
    out.attrs = {"excluded": excluded, "by": by, "method": method, "themes": names, "ci": ci, "n_boot": n_boot}
    return out


def _releases(corpus: pd.DataFrame, by: str) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """The usable documents in date order with their release key in ``_release``, the excluded
    documents, and the release keys in order; fewer than two releases is a ``ValueError``."""
    docs, excluded = _usable(corpus, need_date=by != "doc" or "date" in corpus.columns, verb="timeline",
                             stacklevel=4)
    if docs.empty:
        raise ValueError("comparison needs two releases; no usable document in this corpus "
                         f"({len(excluded)} excluded, see the warning).")
    docs = docs.sort_values(["date", "doc_id"] if "date" in docs.columns else ["doc_id"], kind="stable")
    docs["_release"] = _release_keys(docs, by).to_numpy()
    keys = list(dict.fromkeys(docs["_release"]))
    if len(keys) < 2:
        raise ValueError(f"comparison needs two releases; this corpus gives one ({_label_of(docs, by, keys[0])!r}) "
                         f"with by={by!r}. Add releases or group by a finer period.")
    return docs, excluded, keys


def _release_of(docs: pd.DataFrame) -> dict:
    return dict(zip(docs["doc_id"].astype(str), docs["_release"]))


def _scored_sentences(docs: pd.DataFrame, method: str) -> dict:
    """The scored sentences of each release, ``{release key: sentence table}``."""
    from toolkit.tone import score_sentences
    from toolkit.tokenizing import sentences as split_corpus

    sents = split_corpus(docs[["doc_id", "text"]])
    sents = score_sentences(sents, method=method)
    sents["_release"] = sents["doc_id"].astype(str).map(_release_of(docs))
    return dict(tuple(sents.groupby("_release", sort=False)))


def _theme_shares(docs: pd.DataFrame, themes, keys: list[str]) -> tuple[list[str], pd.DataFrame]:
    """The theme names and each release's share of theme mentions (rows: releases, columns: themes)."""
    from toolkit.themes import load_themes, theme_frequency

    names = list(load_themes(themes))
    tf = theme_frequency(docs[[c for c in ("doc_id", "date", "text") if c in docs.columns]], themes)
    tf["_release"] = tf["doc_id"].astype(str).map(_release_of(docs))
    counts = tf.pivot_table(index="_release", columns="theme", values="count", aggfunc="sum").reindex(
        index=keys, columns=names).fillna(0)
    totals = counts.sum(axis=1).replace(0, np.nan)
    return names, counts.div(totals, axis=0).fillna(0.0)


def _each_release(docs: pd.DataFrame, keys: list[str], progress: bool):
    """``(key, documents)`` per release in order, with a progress bar for more than 50."""
    by_release = dict(tuple(docs.groupby("_release", sort=False)))
    iterator = keys
    if progress and len(keys) > 50:
        from tqdm.auto import tqdm

        iterator = tqdm(keys, desc="timeline", leave=False)
    for key in iterator:
        yield key, by_release[key]


def _release_row(group: pd.DataFrame, s: pd.DataFrame | None, by: str, key: str, n_boot: int, rng,
                 ci: float) -> dict:
    """One release's row of the timeline (``_text`` holds its text for the similarity)."""
    from toolkit.tone import aggregate_tone

    pos = s["positive"].astype(float).fillna(0).to_numpy() if s is not None else np.zeros(0)
    neg = s["negative"].astype(float).fillna(0).to_numpy() if s is not None else np.zeros(0)
    lo, hi = _bootstrap_tone(pos, neg, n_boot, rng, ci)
    return {
        "release": _label_of(group, by, key),
        "date": group["date"].min() if "date" in group.columns else pd.NaT,
        "source": ", ".join(sorted(set(group["source"].fillna("").astype(str)))) if "source" in group.columns else "",
        "n_docs": len(group), "n_sentences": 0 if s is None else len(s),
        "tone": aggregate_tone(pos, neg), "ci_low": lo, "ci_high": hi,
        "uncertainty": float(s["uncertainty"].astype(float).mean()) if s is not None else math.nan,
        "forward_share": float(s["forward_looking"].astype(float).mean()) if s is not None else math.nan,
        "_text": _release_text(group),
    }


def _bootstrap_tone(pos: np.ndarray, neg: np.ndarray, n_boot: int, rng, ci: float) -> tuple[float, float]:
    """Percentile interval of the release's tone: ``aggregate_tone`` of ``n_boot`` resamples of its
    sentences (see :func:`timeline` for why sentences); a zero-width interval under two sentences."""
    from toolkit.tone import aggregate_tone

    m = len(pos)
    if m < 2 or n_boot < 1:
        t = aggregate_tone(pos, neg)
        return t, t
    idx = rng.integers(0, m, size=(n_boot, m))
    tones = _tone_of_sums(pos[idx].sum(axis=1), neg[idx].sum(axis=1))  # aggregate_tone per draw
    return float(np.percentile(tones, (1 - ci) / 2 * 100)), float(np.percentile(tones, (1 + ci) / 2 * 100))


def _with_changes(out: pd.DataFrame, shares: pd.DataFrame, names: list[str]) -> pd.DataFrame:
    """Add what moved from the previous release: tone, similarity, theme mix, and the theme shares."""
    out["tone_change"] = out["tone"].diff()
    vec = _term_vectors(out["_text"].tolist())
    sim = np.asarray(vec[1:].multiply(vec[:-1]).sum(axis=1)).ravel()
    out["similarity_prev"] = np.concatenate([[np.nan], sim])
    share_values = shares.to_numpy()
    move = 0.5 * np.abs(np.diff(share_values, axis=0)).sum(axis=1) if len(share_values) > 1 else np.zeros(0)
    out["theme_change"] = np.concatenate([[np.nan], move])
    for theme in names:
        out[f"share_{theme}"] = shares[theme].to_numpy()
    return out


def largest_shifts(timeline: pd.DataFrame, n: int = 5, on: str = "tone") -> pd.DataFrame:
    """The ``n`` releases where tone (or themes, or wording) moved most from the release before.

    ``on="tone"`` ranks by ``|tone_change|``; ``"z"`` by the change over its standard error (read
    off the two releases' intervals at the level the timeline was built with, ``attrs["ci"]``;
    95% when the table does not say), which discounts jumps between short, noisy releases;
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
    out["themes_moved"] = _themes_moved(t)
    out["z"], out["clear"] = _z_and_clear(t, out["tone_change"], timeline.attrs.get("ci", DEFAULT_CI))
    key = {"tone": out["tone_change"].abs(), "themes": out["theme_change"],
           "similarity": 1 - out["similarity_prev"], "z": out["z"].abs()}[on]
    out = out.iloc[1:].assign(_k=key.iloc[1:]).dropna(subset=["_k"])
    return out.sort_values("_k", ascending=False, kind="stable").head(n).drop(columns="_k").reset_index(drop=True)


def _themes_moved(t: pd.DataFrame) -> list[str]:
    """Per release, its three largest changes in theme share from the release before, in points."""
    share_cols = [c for c in t.columns if c.startswith("share_")]
    diffs = t[share_cols].diff() if share_cols else None

    def moved(i):
        if diffs is None or i == 0:
            return ""
        d = diffs.iloc[i].dropna()
        d = d[d.abs() > 0]
        d = d.reindex(d.abs().sort_values(ascending=False).index).head(3)
        return ", ".join(f"{c[len('share_'):]} {100 * v:+.0f}pp" for c, v in d.items())

    return [moved(i) for i in range(len(t))]


def _z_and_clear(t: pd.DataFrame, change: pd.Series, ci: float):
    """``z`` (the tone change over its combined standard error) and ``clear`` (the two intervals do
    not overlap) per release; NaN and False when the timeline has no interval columns."""
    if not {"ci_low", "ci_high"} <= set(t.columns):
        return np.nan, False
    # standard errors read off the ci-level intervals; z = change / combined standard error
    se = (t["ci_high"].astype(float) - t["ci_low"].astype(float)) / (2 * _z_of(ci))
    combined = np.sqrt(se ** 2 + se.shift(1) ** 2)
    z = change / combined.where(combined > 0)
    clear = (t["ci_low"] > t["ci_high"].shift(1)) | (t["ci_high"] < t["ci_low"].shift(1))
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
