"""keyness: which words and phrases are key to one text (or token table) against another.

Log-likelihood G² (Dunning 1993) with its p-value and Hardie's log ratio, for words and n-grams
that never span punctuation. ``g2_statistic`` is the 2×2 statistic on its own.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

__all__ = ["keyness", "g2_statistic"]


def _sequences(tokens) -> list[list[str]]:
    """Runs of lower-cased tokens, one per sentence, from any accepted input.

    A text is tokenized with ``toolkit.tokens`` (the one word rule) and read like a token table,
    from its ``lower`` column, so a text and its token table give the same counts. A corpus
    DataFrame is one release: its texts are joined in date order (empty ones left out with a
    warning) and tokenized the same way.
    """
    if isinstance(tokens, str):
        return _sequences(_tokenize(tokens))
    if isinstance(tokens, pd.DataFrame):
        col = "lower" if "lower" in tokens.columns else "token" if "token" in tokens.columns else None
        if col is None:
            if "text" in tokens.columns:
                from toolkit.compare.releases import _release_text

                return _sequences(_release_text(tokens))
            raise ValueError(
                "keyness needs tokens: a DataFrame from toolkit.tokens (column 'token' or 'lower'), "
                f"a list of tokens, or a text; got columns {list(tokens.columns)}."
            )
        words = tokens[col].astype(str).str.lower()
        keys = [c for c in ("doc_id", "sent_id") if c in tokens.columns]
        if not keys:
            return [words.tolist()]
        return [g.tolist() for _, g in words.groupby([tokens[k] for k in keys], sort=False)]
    if isinstance(tokens, (list, tuple, pd.Series, np.ndarray)):
        return [[str(t).lower() for t in tokens]]
    raise ValueError(f"keyness cannot read tokens from a {type(tokens).__name__}.")


def _tokenize(text: str) -> pd.DataFrame:
    """The token table of one text (no lemmas: keyness reads ``lower``)."""
    from toolkit.tokenizing import tokens

    return tokens([text], lemmas=False, stopwords=False)


def _default_stopwords() -> frozenset[str]:
    try:
        from toolkit.tokenizing import load_stopwords
    except ImportError:  # tokens module not available: keep every word
        return frozenset()
    return frozenset(load_stopwords())


def _ngram_counts(seqs: list[list[str]], sizes: Sequence[int], stop: frozenset[str]) -> tuple[Counter, Counter]:
    """Counts of kept (term, n) and, per n, of all n-grams (the denominators)."""
    counts: Counter = Counter()
    totals: Counter = Counter()
    for seq in seqs:
        # punctuation breaks a phrase: n-grams never span it
        runs, run = [], []
        for t in seq:
            if re.search(r"\w", t):
                run.append(t)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        for run in runs:
            for n in sizes:
                totals[n] += max(len(run) - n + 1, 0)
                for k in range(len(run) - n + 1):
                    gram = run[k:k + n]
                    if gram[0] in stop or gram[-1] in stop:
                        continue
                    counts[(" ".join(gram), n)] += 1
    return counts, totals


def g2_statistic(a, b, total_a, total_b) -> np.ndarray:
    """Log-likelihood G² of a term seen ``a`` times in ``total_a`` tokens and ``b`` in ``total_b``.

    The full 2×2 contingency-table statistic ``2 Σ O ln(O/E)`` (Dunning 1993), 0·ln 0 = 0.

    >>> round(float(g2_statistic(10, 0, 100, 100)), 3)
    14.39
    """
    from scipy.special import xlogy

    a, b = np.asarray(a, float), np.asarray(b, float)
    ta, tb = np.asarray(total_a, float), np.asarray(total_b, float)
    n = ta + tb
    observed = [a, b, ta - a, tb - b]
    row = [a + b, a + b, n - a - b, n - a - b]
    col = [ta, tb, ta, tb]
    g2 = np.zeros(np.broadcast(a, b, ta, tb).shape)
    for o, r, c in zip(observed, row, col):
        e = r * c / np.where(n > 0, n, 1)
        g2 = g2 + xlogy(o, o) - xlogy(o, np.where(e > 0, e, 1))
    return np.maximum(2 * g2, 0.0)


def keyness(
    tokens_a,
    tokens_b,
    *,
    ngram: int | Sequence[int] = (1, 2),
    min_count: int = 2,
    stopwords: Iterable[str] | None | bool = None,
) -> pd.DataFrame:
    """Which words and phrases are key to ``tokens_a`` versus ``tokens_b`` (log-likelihood G²).

    ``tokens_a`` and ``tokens_b`` may be token tables from ``toolkit.tokens`` (phrases stay inside
    a sentence), lists of tokens, texts, or corpus DataFrames; texts are tokenized with
    ``toolkit.tokens`` and counted from its ``lower`` column, so a text and its token table give
    the same counts (one word rule). ``ngram`` gives the phrase lengths;
    phrases never span punctuation, and a phrase (or word) that starts or ends with a stopword is
    skipped (``stopwords=None`` uses ``toolkit.load_stopwords()``, ``False`` keeps everything, or
    pass your own list). Terms seen fewer than ``min_count`` times in all are dropped.

    Columns: ``term``, ``n`` (words in the term), ``count_a``, ``count_b``, ``per_1k_a``,
    ``per_1k_b`` (per 1,000 n-grams of that length, stopwords included), ``g2`` (Dunning's log-likelihood),
    ``p_value`` (χ², 1 df), ``log_ratio`` (Hardie's effect size: log2 of the ratio of relative
    frequencies, a zero count taken as 0.5; positive = more frequent in a), ``key_for``
    (``"a"``/``"b"``), ``status`` (``"both"``, ``"only_a"`` – disappeared when a is the older
    release – or ``"only_b"`` – appeared). Sorted by G², largest first.

    >>> k = keyness("rates rose . rates rose again .", "rates fell . growth slowed .", ngram=1,
    ...             min_count=1, stopwords=False)
    >>> k.loc[k["term"] == "rose", ["count_a", "count_b", "key_for", "status"]].values.tolist()
    [[2, 0, 'a', 'only_a']]
    """
    sizes = [ngram] if isinstance(ngram, int) else sorted(set(ngram))
    if not sizes or min(sizes) < 1:
        raise ValueError(f"ngram must be a positive phrase length or a list of them; got {ngram!r}.")
    stop = _stopword_set(stopwords)
    ca, na = _ngram_counts(_sequences(tokens_a), sizes, stop)
    cb, nb = _ngram_counts(_sequences(tokens_b), sizes, stop)
    columns = ["term", "n", "count_a", "count_b", "per_1k_a", "per_1k_b", "g2", "p_value",
               "log_ratio", "key_for", "status"]
    keys = sorted(set(ca) | set(cb))
    df = pd.DataFrame({
        "term": [k[0] for k in keys], "n": [k[1] for k in keys],
        "count_a": [ca.get(k, 0) for k in keys], "count_b": [cb.get(k, 0) for k in keys],
    }).astype({"n": "int64", "count_a": "int64", "count_b": "int64"})
    if df.empty:
        return pd.DataFrame(columns=columns)
    df = _with_statistics(df[(df["count_a"] + df["count_b"]) >= min_count].copy(), na, nb)
    df = df.sort_values(["g2", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return df[columns]


def _stopword_set(stopwords) -> frozenset[str]:
    """``keyness``'s ``stopwords`` argument as a set: None/True the bundled list, False none."""
    if stopwords is None or stopwords is True:
        return _default_stopwords()
    if stopwords is False:
        return frozenset()
    return frozenset(w.lower() for w in stopwords)


def _with_statistics(df: pd.DataFrame, na: Counter, nb: Counter) -> pd.DataFrame:
    """Add ``per_1k_a/b``, ``g2``, ``p_value``, ``log_ratio``, ``key_for`` and ``status`` to the
    counts; ``na``/``nb`` are the numbers of n-grams of each length (stopwords included)."""
    from scipy.stats import chi2

    tot_a = df["n"].map(na).fillna(0).to_numpy(float)
    tot_b = df["n"].map(nb).fillna(0).to_numpy(float)
    a, b = df["count_a"].to_numpy(float), df["count_b"].to_numpy(float)
    df["per_1k_a"] = np.where(tot_a > 0, 1000 * a / np.where(tot_a > 0, tot_a, 1), 0.0)
    df["per_1k_b"] = np.where(tot_b > 0, 1000 * b / np.where(tot_b > 0, tot_b, 1), 0.0)
    df["g2"] = g2_statistic(a, b, tot_a, tot_b)
    df["p_value"] = chi2.sf(df["g2"].to_numpy(), 1)
    fa = np.where(a > 0, a, 0.5) / np.where(tot_a > 0, tot_a, 1)
    fb = np.where(b > 0, b, 0.5) / np.where(tot_b > 0, tot_b, 1)
    df["log_ratio"] = np.log2(fa / fb)
    df["key_for"] = np.where(a / np.maximum(tot_a, 1) >= b / np.maximum(tot_b, 1), "a", "b")
    df["status"] = np.select([b == 0, a == 0], ["only_a", "only_b"], "both")
    return df
