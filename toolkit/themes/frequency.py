"""Theme frequency: per document and theme, ``count``, ``per_1k_words`` and ``share``.

Words per document are counted with the one word rule of :mod:`toolkit.tokenizing.words`
(:func:`~toolkit.tokenizing.count_words`, or the ``is_alpha`` column of a token table you pass).
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from toolkit._memory import lean_memory
from toolkit.pool import cuts, runs, thread_count, thread_map
from toolkit.themes._arrow import as_arrow
from toolkit.themes._input import _as_corpus, _progress
from toolkit.themes.matching import _matcher
from toolkit.tokenizing import _memo, count_words

__all__ = ["theme_frequency", "FREQUENCY_COLUMNS"]

FREQUENCY_COLUMNS = ["doc_id", "date", "theme", "count", "per_1k_words", "share"]


@lean_memory()  # fresh memory the cheap way: toolkit/_memory.py
def theme_frequency(corpus, themes=None, inflect: bool = True, tokens=None, *,
                    workers: int | None = None) -> pd.DataFrame:
    """Count each theme in each document, in long form (one row per document and theme, zeros
    included, documents in corpus order, themes in dictionary order).

    Columns: ``doc_id``, ``date``, ``theme``, ``count`` (matches of the theme's terms),
    ``per_1k_words`` (count per 1,000 words of the document, words as :func:`toolkit.tokenizing.count_words`
    counts them, i.e. the tokens marked ``is_alpha``; 0 for a document without words) and
    ``share`` (the theme's part of all theme matches in the document; 0 when there are none).

    ``corpus`` is a corpus DataFrame (``toolkit.load_corpus``) or a list of texts; ``themes`` is
    ``None`` (bundled), a dict or a TOML path (see :func:`load_themes`). Matching rules are in the
    module docstring: case-insensitive, whole words, phrases across line breaks, longest term
    wins, regular plurals through lemmas (``inflect=False`` for exact terms only).

    ``tokens``: the token table of this corpus (``toolkit.tokens``), when you have it: the words per
    document are then counted from its ``is_alpha`` column instead of tokenizing every text again
    (the same numbers, faster). Without it, each text's word count is remembered per text content
    (``toolkit/tokenizing/_memo.py``), so a second call, or a ``timeline`` after it, does not count
    again; ``tokens(sentences(corpus))`` leaves the counts of its documents there too.

    ``workers``: None counts a corpus of more than 1 M characters per block of documents on
    threads when cores are free (``toolkit/pool.py``: RE2 and numpy release the GIL), 1 forces one
    thread, N asks for N threads; the table is the same either way.

    >>> corpus = ["New energy vehicles and photovoltaics lead.", "Demand is insufficient."]
    >>> tf = theme_frequency(corpus)
    >>> tf[tf["count"] > 0][["doc_id", "theme", "count"]].values.tolist()
    [['0', 'new energy vehicles', 1], ['0', 'photovoltaics and new energy', 1], ['1', 'demand and consumption', 1]]
    """
    docs = _as_corpus(corpus, "theme_frequency")
    matcher = _matcher(themes, inflect)
    n_docs, n_themes = len(docs), len(matcher.themes)
    texts = as_arrow(docs["text"])  # the corpus's own Arrow texts when it has them: no copy
    sizes = pc.binary_length(texts).to_numpy(zero_copy_only=False)
    n = thread_count(workers) if len(runs(sizes)) > 1 else 1  # more than a run of text: threads
    bounds = cuts(sizes, n) if n > 1 else [0, n_docs]
    parts = thread_map(lambda i: _count_block(texts.slice(bounds[i], bounds[i + 1] - bounds[i]), matcher, n_themes,
                                              tokens is None, progress=i == 0), range(len(bounds) - 1), n)
    counts = np.concatenate([c for c, _ in parts]) if parts else np.zeros((0, n_themes), dtype=np.int64)
    if tokens is None:
        words = np.concatenate([w for _, w in parts]) if parts else np.zeros(0, dtype=np.int64)
    else:
        words = _words_from_tokens(tokens, docs["doc_id"])
    total = counts.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_1k = np.where(words[:, None] > 0, counts * 1000.0 / words[:, None], 0.0)
        share = np.where(total > 0, counts / np.maximum(total, 1), 0.0)
    out = pd.DataFrame(
        {
            "doc_id": np.repeat(docs["doc_id"].to_numpy(), n_themes),
            "date": np.repeat(docs["date"].to_numpy(), n_themes),
            "theme": np.tile(np.array(matcher.themes, dtype=object), n_docs),
            "count": counts.ravel(),
            "per_1k_words": per_1k.ravel(),
            "share": share.ravel(),
        }
    )
    return out.astype({"doc_id": "str", "date": "datetime64[ns]", "theme": "str"})


def _count_block(texts, matcher, n_themes: int, words: bool, progress: bool):
    """Theme counts (documents x themes) and, when ``words``, word counts of ``texts`` (a pyarrow
    string array: one block of the corpus, on one thread)."""
    quiet = lambda rest, n: rest  # noqa: E731 - one bar, the first block's
    counts = matcher.counts(texts, (lambda rest, n: _progress(rest, n, "theme_frequency")) if progress else quiet)
    n_words = _memo.word_counts(texts.to_pylist(), count_words) if words else None
    return counts, n_words


def _words_from_tokens(tokens, doc_ids: pd.Series) -> np.ndarray:
    """Words per document (``is_alpha`` tokens), in the order of ``doc_ids``, from a token table."""
    if not isinstance(tokens, pd.DataFrame) or not {"doc_id", "is_alpha"} <= set(tokens.columns):
        raise ValueError(
            "theme_frequency(tokens=...) takes the token table of the same corpus (toolkit.tokens(corpus)) "
            "with 'doc_id' and 'is_alpha' columns; leave tokens out to count the words from the texts."
        )
    per_doc = tokens["is_alpha"].groupby(tokens["doc_id"], observed=True, sort=False).sum()
    per_doc.index = per_doc.index.astype(str)
    unknown = per_doc.index.difference(pd.Index(doc_ids))
    if len(unknown):
        raise ValueError(
            f"theme_frequency(tokens=...): {len(unknown)} doc_id(s) of the token table are not in the corpus "
            f"(e.g. {unknown[0]!r}); pass the tokens of this corpus, or leave tokens out."
        )
    return per_doc.reindex(pd.Index(doc_ids), fill_value=0).to_numpy(dtype=np.int64)
