"""timeline: one row per release, compared with the release before in its series."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .releases import (EACH, _label_of, _release_groups, _release_keys, _release_text, _series_choice,
                       _term_vectors, _usable)
from .weights import _tone_of_sums

__all__ = ["timeline"]

_COLUMNS = ["release", "series", "date", "source", "n_docs", "n_sentences", "tone", "ci_low", "ci_high",
            "prev_release", "tone_change", "uncertainty", "forward_share", "similarity_prev", "theme_change"]


def timeline(
    corpus: pd.DataFrame,
    by: str = "date",
    *,
    series=EACH,
    method: str = "outlook",
    themes=None,
    n_boot: int = 200,
    ci: float = 0.95,
    seed: int = 0,
    progress: bool = True,
    decisions: bool | None = None,
) -> pd.DataFrame:
    """One row per release in date order: how tone and themes moved from each release to the next.

    ``by`` makes the releases: ``"date"`` (all documents of one series on one date, the default),
    ``"doc"`` (each document) or a pandas period alias (``"M"``, ``"Q"``, ``"Y"``).

    ``series`` says what a release is compared with. ``"each"`` (the default): the release before
    *in its own series* (:func:`toolkit.series_of`: a statement with the statement before, not with
    a strategy document published the day before); ``"all"`` (or None): the release before,
    whatever its series (releases of one date then pool all series); a series name or a list of
    names: only those series, each compared within itself. Rows stay in date order. Columns:

    - ``release`` (label: the series and date when the corpus holds several series, else the source
      and date), ``series``, ``date`` (first document's date), ``source``, ``n_docs``,
      ``n_sentences``;
    - ``tone`` (``document_tone``'s rule over the release's sentences), ``ci_low``/``ci_high``
      (bootstrap percentile interval over sentences, ``n_boot`` draws, seeded);
    - ``prev_release``: the release each row is compared with (None for the first of its series),
      ``tone_change`` (from it);
    - ``uncertainty`` (hedge words per sentence), ``forward_share`` (share of forward-looking
      sentences);
    - ``similarity_prev``: cosine similarity of similarity-feature counts (below) with the previous
      release (NaN for the first of a series); ``theme_change``: half the sum of absolute changes in theme
      shares (0 = same mix, 1 = no theme in common);
    - ``share_<theme>``: each theme's share of the release's theme mentions;
    - the release's policy decision (:func:`toolkit.policy_decisions`): ``action``, ``level_low``,
      ``level_high``, ``change_bp``, ``n_dissents`` -- after the other columns, when ``decisions``
      is True, or (None, the default) when at least one release states a decision; never with False.

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
    listed with their reason in ``attrs["excluded"]``. ``attrs`` also records ``by``, ``series``,
    ``method``, ``themes``, ``ci`` (the interval level, which :func:`largest_shifts` reads) and
    ``n_boot``. Fewer than two releases is a ``ValueError``.

    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "source": "FOMC",
    ...     "date": pd.to_datetime(["2020-01-29", "2020-03-03"]),
    ...     "text": ["Growth was solid. Inflation rose.", "Risks to growth rose. Output fell sharply."]})
    >>> t = timeline(corpus, progress=False)
    >>> t[["release", "tone", "prev_release"]].round(2).values.tolist()
    [['FOMC 2020-01-29', 0.17, None], ['FOMC 2020-03-03', -0.71, 'FOMC 2020-01-29']]
    >>> t.attrs["ci"]
    0.95
    """
    docs, excluded, keys, within = _releases(corpus, by, series)
    sents = _scored_sentences(docs, method)
    names, shares = _theme_shares(docs, themes, keys)
    rng = np.random.default_rng(seed)
    rows = [_release_row(group, sents.get(key), by, key, n_boot, rng, ci)
            for key, group in _each_release(docs, keys, progress)]
    out = pd.DataFrame(rows)
    prev = _previous(out["series"], within)
    out = _with_changes(out, shares, names, prev).drop(columns="_text")
    out = out[_COLUMNS + [f"share_{t}" for t in names]]
    out = _with_decisions(out, docs, keys, decisions)
    out.attrs = {"excluded": excluded, "by": by, "series": series if within else "all", "method": method,
                 "themes": names, "ci": ci, "n_boot": n_boot}
    return out


def _with_decisions(out: pd.DataFrame, docs: pd.DataFrame, keys: list[str], decisions) -> pd.DataFrame:
    """``out`` with each release's decision columns appended (see :func:`timeline`, ``decisions``)."""
    from toolkit.policy.releases import release_decisions

    found = release_decisions(docs, docs["_release"], keys, when=decisions)
    if found is None:
        return out
    return pd.concat([out.reset_index(drop=True), found], axis=1)


def _releases(corpus: pd.DataFrame, by: str, series) -> tuple[pd.DataFrame, pd.DataFrame, list[str], bool]:
    """The usable documents in date order with their release key in ``_release`` and series in
    ``_series``, the excluded documents, the release keys in order, and whether releases are
    compared within their series; fewer than two releases is a ``ValueError``."""
    _require_frame(corpus)
    chosen, names, within = _series_choice(corpus, series, "timeline")
    docs, excluded = _usable(chosen, need_date=by != "doc" or "date" in corpus.columns, verb="timeline",
                             stacklevel=4)
    if docs.empty:
        raise ValueError("comparison needs two releases; no usable document in this corpus "
                         f"({len(excluded)} excluded, see the warning).")
    docs = docs.sort_values(["date", "doc_id"] if "date" in docs.columns else ["doc_id"], kind="stable")
    docs["_series"] = names.reindex(docs.index).to_numpy()
    docs["_release"] = _release_keys(docs, by, _release_groups(docs, docs["_series"], within)).to_numpy()
    keys = list(dict.fromkeys(docs["_release"]))
    if len(keys) < 2:
        raise ValueError(f"comparison needs two releases; this corpus gives one ({_label_of(docs, by, keys[0])!r}) "
                         f"with by={by!r}. Add releases or group by a finer period.")
    return docs, excluded, keys, within


def _require_frame(corpus) -> None:
    if not isinstance(corpus, pd.DataFrame):
        raise ValueError(f"timeline takes a corpus DataFrame (toolkit.load_corpus); got {type(corpus).__name__}.")


def _previous(series: pd.Series, within: bool) -> np.ndarray:
    """Per row, the position of the row it is compared with (-1 for none): the row before in the
    same series (``within``), else simply the row before.

    >>> _previous(pd.Series(["s", "g", "s", "g"]), True).tolist(), _previous(pd.Series(["s", "g"]), False).tolist()
    ([-1, -1, 0, 1], [-1, 0])
    """
    n = len(series)
    if not within:
        return np.arange(n) - 1
    last: dict[str, int] = {}
    prev = np.full(n, -1)
    for i, name in enumerate(series.astype(str)):
        prev[i] = last.get(name, -1)
        last[name] = i
    return prev


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
        "series": ", ".join(sorted(set(group["_series"].astype(str)))),
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


def _with_changes(out: pd.DataFrame, shares: pd.DataFrame, names: list[str], prev: np.ndarray) -> pd.DataFrame:
    """Add what moved from the release each row is compared with (``prev``: its position, -1 for
    none): its label, the change in tone, the similarity, the change in theme mix, and the shares."""
    has = prev >= 0
    before = np.where(has, prev, 0)
    out["prev_release"] = pd.Series(np.where(has, out["release"].to_numpy()[before], None), dtype=object)
    tone = out["tone"].to_numpy(dtype=float)
    out["tone_change"] = np.where(has, tone - tone[before], np.nan)
    vec = _term_vectors(out["_text"].tolist())
    sim = np.asarray(vec.multiply(vec[before]).sum(axis=1)).ravel()
    out["similarity_prev"] = np.where(has, sim, np.nan)
    share_values = shares.to_numpy()
    move = 0.5 * np.abs(share_values - share_values[before]).sum(axis=1)
    out["theme_change"] = np.where(has, move, np.nan)
    for theme in names:
        out[f"share_{theme}"] = shares[theme].to_numpy()
    return out
