"""Figures of a loaded corpus: how many articles over time, and how long they are.

``plot_releases`` (articles per year or month) and ``plot_lengths`` (words per article, counted
with :func:`toolkit.tokenizing.count_words`, the word rule every count uses). Both take the table
from :func:`toolkit.load_corpus` and an optional ``ax``, set alt text, and return the ``Axes``.
"""
from __future__ import annotations

import pandas as pd

from toolkit.plots._common import set_alt_text

__all__ = ["plot_releases", "plot_lengths"]


def plot_releases(docs: pd.DataFrame, ax=None):
    """Bar chart of articles per year (per month when the corpus spans under two years); returns the Axes.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> df = pd.DataFrame({"date": pd.to_datetime(["2020-01-01", "2021-05-01"])})
    >>> plot_releases(df).get_title()
    'Articles per month'
    """
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(8, 3))
    dated = docs["date"].dropna()
    by_year = dated.dt.year.nunique() > 2
    keys = dated.dt.year.astype(str) if by_year else dated.dt.strftime("%Y-%m")
    counts = keys.value_counts().sort_index()
    unit = "year" if by_year else "month"
    ax.bar(counts.index.tolist(), counts.to_numpy(), color="#4C72B0")
    ax.set(title=f"Articles per {unit}", xlabel=unit.capitalize(), ylabel="Articles")
    ax.tick_params(axis="x", labelrotation=90)
    span = f"from {counts.index[0]} to {counts.index[-1]}" if len(counts) else "(no dated articles)"
    peak = f"; most in {counts.idxmax()} ({counts.max()})" if len(counts) else ""
    return set_alt_text(ax, f"Bar chart of articles per {unit}, {len(dated)} dated articles {span}{peak}.")


def plot_lengths(docs: pd.DataFrame, ax=None):
    """Histogram of article length in words (:func:`toolkit.tokenizing.count_words`); returns the Axes.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> plot_lengths(pd.DataFrame({"text": ["a b c", "a b"]})).get_xlabel()
    'Words per article'
    """
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(8, 3))
    from toolkit.tokenizing import count_words

    words = pd.Series(count_words(docs["text"].fillna("").astype(str).tolist()), index=docs.index, dtype="int64")
    ax.hist(words, bins=min(30, max(5, len(words) // 3)), color="#55A868")
    ax.set(title="Article length", xlabel="Words per article", ylabel="Articles")
    desc = (f"Histogram of article length: median {int(words.median())} words, "
            f"shortest {int(words.min())}, longest {int(words.max())}.") if len(words) else "No articles."
    return set_alt_text(ax, desc)
