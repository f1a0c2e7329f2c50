"""Document tone: how sentence scores add up to one tone per document, and tone over time.

Document tone is additive over sentences: ``tone = sum(pos_i - neg_i) / (sum(pos_i + neg_i) + k)``
over a document's sentences (:func:`sentence_weights`, :func:`aggregate_tone`), so a change in tone
between two releases splits exactly into per-sentence contributions. :func:`tone_over_time`
bootstraps the documents of each period of each series (``toolkit.compare.timeline`` bootstraps
sentences).
"""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from toolkit._memory import lean_memory
from toolkit.tone.methods import _check_method
from toolkit.tone.score import _score_columns

__all__ = ["document_tone", "sentence_weights", "aggregate_tone", "tone_over_time", "TONE_K"]

#: additive smoothing of the document tone (see aggregate_tone)
TONE_K = 1.0


def sentence_weights(scored: pd.DataFrame, k: float = TONE_K) -> pd.Series:
    """Each sentence's contribution to its document's tone; they sum to :func:`document_tone`'s tone.

    The aggregation rule: a document's tone is its net evidence over its total evidence,
    ``tone = sum(positive - negative) / (sum(positive + negative) + k)`` over the document's
    sentences (``k`` = 1 keeps a document with little tone near 0). Sentence *i* therefore
    contributes ``(positive_i - negative_i) / (sum(positive + negative) + k)``; neutral sentences
    contribute 0 and the contributions of a document add up exactly to its tone, so a change of tone
    between two documents splits into per-sentence contributions. Needs columns ``doc_id``,
    ``positive``, ``negative`` (from :func:`score_sentences`).

    >>> s = pd.DataFrame({"doc_id": ["a", "a", "b"], "positive": [1.0, 0.0, 0.0],
    ...                   "negative": [0.0, 0.5, 0.0]})
    >>> sentence_weights(s).round(3).tolist()
    [0.4, -0.2, 0.0]
    """
    for col in ("doc_id", "positive", "negative"):
        if col not in scored.columns:
            raise ValueError(f"sentence_weights needs column {col!r} (score the sentences with "
                             "score_sentences first).")
    pos = scored["positive"].astype(float).fillna(0.0)
    neg = scored["negative"].astype(float).fillna(0.0)
    total = (pos + neg).groupby(scored["doc_id"], sort=False).transform("sum")
    return (pos - neg) / (total + k)


def aggregate_tone(positive, negative, k: float = TONE_K) -> float:
    """Tone of one document from its sentences' positive and negative evidence.

    ``sum(positive - negative) / (sum(positive + negative) + k)``, in (-1, 1); see
    :func:`sentence_weights` for the per-sentence split.

    >>> round(aggregate_tone([1.0, 0.0], [0.0, 0.5]), 3)
    0.2
    """
    p = float(np.nansum(np.asarray(positive, dtype=float)))
    n = float(np.nansum(np.asarray(negative, dtype=float)))
    return (p - n) / (p + n + k)


@lean_memory()  # fresh memory the cheap way: toolkit/_memory.py
def document_tone(corpus_or_sentences: pd.DataFrame, method: str = "outlook", k: float = TONE_K,
                  *, workers: int | None = None, **options) -> pd.DataFrame:
    """Tone of each document, one row per document, from its sentences.

    Takes a corpus (``load_corpus``: split with ``toolkit.sentences``) or a sentence table
    (with a ``sentence`` column, scored here unless it already has ``positive``/``negative``).
    Columns: ``doc_id, date, source`` (and ``series`` when the corpus or sentence table has one),
    ``tone, n_sentences, n_positive, n_negative, uncertainty, forward_share``. ``tone`` is the net evidence of the document over its total evidence (see
    :func:`sentence_weights`: additive over sentences); ``uncertainty`` is the mean number of hedge
    words per sentence, ``forward_share`` the share of forward-looking sentences. Documents with no
    sentence keep a row with tone 0. For ``vader`` and ``lm``, ``positive``/``negative`` are the
    methods' own evidence.

    Handed a corpus, it reuses the sentence split of an earlier ``toolkit.sentences(corpus)`` (kept
    per text content, so an edited text is split afresh). ``workers``: None splits a large corpus
    on a pool of processes and scores it on threads when cores are free (``toolkit/pool.py``), 1 forces
    one thread of one process, N asks for N; the table is the same either way.

    >>> corpus = pd.DataFrame({"doc_id": ["q1", "q2"], "date": pd.to_datetime(["2020-01-01", "2020-04-01"]),
    ...     "source": "x", "text": ["Growth picked up. Hiring was solid.", "Output fell sharply."]})
    >>> document_tone(corpus)[["doc_id", "tone"]].round(2).values.tolist()   # doctest: +SKIP
    [['q1', 0.6], ['q2', -0.6]]
    """
    _check_method(method)
    sents, docs = _sentences_of(corpus_or_sentences, workers)
    if not {"positive", "negative", "label"} <= set(sents.columns):
        sents = _scored(sents, method, {"detail": False, **options, "workers": workers})
    out = _per_document(sents, sentence_weights(sents, k=k))
    out = _with_metadata(out, docs if docs is not None else sents)
    out.attrs["method"] = method
    return out[["doc_id", "date", "source", *(["series"] if "series" in out.columns else []), "tone",
                "n_sentences", "n_positive", "n_negative", "uncertainty", "forward_share"]]


def _scored(sents: pd.DataFrame, method: str, options: dict) -> pd.DataFrame:
    """The columns of ``sents`` document tone needs, with the sentences' scores (not a copy of the
    whole sentence table: only ``doc_id``, the metadata and the score columns; ``label`` as Python
    strings, not a new string column)."""
    keep = [c for c in ("doc_id", "date", "source", "series") if c in sents.columns]
    cols = _score_columns(sents["sentence"], method=method, **options)
    light = sents[keep].copy(deep=False)
    for name, values in cols.items():
        light[name] = pd.array(values, dtype=object) if name == "label" else values
    return light


def _sentences_of(df, workers=None) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """(sentence table, corpus or None): a sentence table as given, a corpus split into sentences."""
    if not isinstance(df, pd.DataFrame):
        raise ValueError("document_tone takes a corpus (load_corpus) or a sentence table (sentences).")
    docs = None
    if "sentence" in df.columns:
        sents = df
    elif "text" in df.columns:
        if "doc_id" not in df.columns:
            raise ValueError("document_tone: the corpus has no 'doc_id' column; load it with load_corpus.")
        from toolkit.tokenizing import sentences

        docs = df
        sents = sentences(df, workers=workers)
    else:
        raise ValueError(f"document_tone needs a corpus with 'doc_id' and 'text' columns or a sentence "
                         f"table with 'doc_id' and 'sentence'; got columns {list(df.columns)}.")
    if "doc_id" not in sents.columns:
        raise ValueError("document_tone: the sentence table has no 'doc_id' column.")
    return sents, docs


def _per_document(sents: pd.DataFrame, w: pd.Series) -> pd.DataFrame:
    """Tone (the sum of the sentence weights ``w``), sentence counts, mean hedges and forward share
    per document, indexed by ``doc_id`` in order of first appearance."""
    fwd = pd.Series(sents["forward_looking"].astype("float"), index=sents.index)
    g = pd.DataFrame({"doc_id": sents["doc_id"].array, "w": w.to_numpy(),  # (the ids as they are: no object per row)
                      "pos": (sents["label"] == "positive").to_numpy(),
                      "neg": (sents["label"] == "negative").to_numpy(),
                      "unc": sents["uncertainty"].astype(float).to_numpy(),
                      "fwd": fwd.to_numpy()}).groupby("doc_id", sort=False)
    return pd.DataFrame({"tone": g["w"].sum(), "n_sentences": g.size(), "n_positive": g["pos"].sum(),
                         "n_negative": g["neg"].sum(), "uncertainty": g["unc"].mean(),
                         "forward_share": g["fwd"].mean()})


def _with_metadata(out: pd.DataFrame, meta_src: pd.DataFrame) -> pd.DataFrame:
    """One row per document of ``meta_src`` (a document without sentences gets tone 0), with its
    ``date``, ``source`` and, when it has one, ``series``."""
    keep = [c for c in ("doc_id", "date", "source", "series") if c in meta_src.columns]  # not the texts
    meta = meta_src[keep].drop_duplicates("doc_id").set_index("doc_id")
    ids = meta.index  # the documents in order of first appearance
    out = out.reindex(ids)
    out["tone"] = out["tone"].fillna(0.0)
    for col in ("n_sentences", "n_positive", "n_negative"):
        out[col] = out[col].fillna(0).astype(int)
    out.index.name = "doc_id"
    out = out.reset_index()
    out.insert(1, "date", meta["date"].reindex(ids).to_numpy() if "date" in meta.columns else pd.NaT)
    out.insert(2, "source", meta["source"].reindex(ids).to_numpy() if "source" in meta.columns else "")
    if "series" in meta.columns:  # like with like later: tone_over_time averages each series apart
        out.insert(3, "series", meta["series"].reindex(ids).to_numpy())
    out["date"] = pd.to_datetime(out["date"])
    return out


def tone_over_time(doc_tone: pd.DataFrame, freq: str = "Q", n_boot: int = 1000, seed: int = 0,
                   ci: float = 0.95, *, series="each") -> pd.DataFrame:
    """Mean document tone per period (of each series) with bootstrap confidence intervals.

    Groups :func:`document_tone`'s rows by ``date`` into periods of ``freq`` (pandas period alias:
    "M", "Q", "Y" ...), averages ``tone`` and resamples the period's documents ``n_boot`` times
    (seeded) for a ``ci`` percentile interval. A period with one document has a zero-width interval.
    The unit resampled is the document, because a period's tone here is the mean of its documents'
    tones; :func:`toolkit.timeline` resamples sentences instead, because a release's tone is one
    aggregate over its sentences and a release is often a single statement.

    Like with like: ``series="each"`` (the default) averages each series apart
    (:func:`toolkit.series_of`: a ``series`` column, else ``type``, else ``source``), so a
    strategy document does not move the mean of the meeting statements; ``"all"`` (or None) pools
    every document of a period; a series name (or a list) keeps those series. Columns: ``series``
    (``"all"`` when pooled), ``period`` (pandas Period), ``start`` (its first day), ``tone``,
    ``ci_low``, ``ci_high``, ``n_docs``, ordered by series then period. Documents without a date
    are left out and counted in a warning and in ``attrs["skipped"]``.

    >>> dt = pd.DataFrame({"date": pd.to_datetime(["2020-01-05", "2020-02-01", "2020-05-01"]),
    ...                    "tone": [0.2, 0.4, -0.1]})
    >>> tone_over_time(dt, n_boot=200)[["tone", "n_docs"]].round(2).values.tolist()
    [[0.3, 2.0], [-0.1, 1.0]]
    >>> dt["type"] = ["meeting", "goals", "meeting"]
    >>> tone_over_time(dt, n_boot=200)[["series", "tone", "n_docs"]].round(2).values.tolist()
    [['goals', 0.4, 1], ['meeting', 0.2, 1], ['meeting', -0.1, 1]]
    """
    for col in ("date", "tone"):
        if col not in doc_tone.columns:
            raise ValueError(f"tone_over_time needs a {col!r} column (the output of document_tone); "
                             f"got {list(doc_tone.columns)}.")
    from toolkit.compare.releases import _series_choice

    chosen, names, within = _series_choice(doc_tone, series, "tone_over_time")
    dates = pd.to_datetime(chosen["date"])
    undated = dates.isna()
    skipped = chosen.loc[undated]
    if undated.any():
        warnings.warn(f"tone_over_time: {int(undated.sum())} document(s) without a date left out "
                      "(see .attrs['skipped']).", stacklevel=2)
    groups = names[~undated] if within else pd.Series("all", index=names[~undated].index)
    rng = np.random.default_rng(seed)
    parts = [_periods_of(name, dates[~undated][groups == name], chosen.loc[~undated, "tone"][groups == name],
                         freq, n_boot, rng, ci) for name in sorted(set(groups))]
    out = pd.DataFrame([row for part in parts for row in part],
                       columns=["series", "period", "start", "tone", "ci_low", "ci_high", "n_docs"])
    out["n_docs"] = out["n_docs"].astype(int)
    out.attrs["skipped"] = skipped
    return out


def _periods_of(name: str, dates: pd.Series, tone: pd.Series, freq: str, n_boot: int, rng, ci: float) -> list[tuple]:
    """One row per period of one series: ``(series, period, start, mean, ci_low, ci_high, n_docs)``."""
    periods = dates.dt.to_period(freq)
    values = tone.astype(float).to_numpy()
    lo_q, hi_q = (1 - ci) / 2 * 100, (1 + ci) / 2 * 100
    rows = []
    codes, uniques = pd.factorize(periods, sort=True)
    for j, period in enumerate(uniques):
        v = values[codes == j]
        v = v[~np.isnan(v)]
        if len(v) == 0:
            continue
        means = v[rng.integers(0, len(v), size=(n_boot, len(v)))].mean(axis=1)
        rows.append((name, period, period.start_time, v.mean(), np.percentile(means, lo_q),
                     np.percentile(means, hi_q), len(v)))
    return rows
