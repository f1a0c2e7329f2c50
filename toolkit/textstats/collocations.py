"""Collocations: word pairs and triples that occur together more than chance says (NLTK's finders).

Words are streamed in order with a break at every sentence end and non-word token, so no
collocation crosses a sentence or punctuation; :func:`toolkit.themes.theme_coverage` adds breaks at
the spans the themes cover and scores what is left.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd

from toolkit.textstats._tokens import _as_tokens

__all__ = ["collocations"]

_MEASURES = ("likelihood_ratio", "pmi", "chi_sq", "student_t", "raw_freq", "poisson_stirling", "jaccard")


def _word_stream(toks: pd.DataFrame, column: str, breaks: np.ndarray | None = None) -> list:
    """Words in order with ``None`` at every sentence end, non-word token and break, so NLTK's
    finders never join words across a sentence, a comma or a covered span."""
    order = toks.sort_values(["doc_id", "sent_id", "token_id"], kind="stable") if len(toks) else toks
    words = order[column].astype(object).where(order["is_alpha"].astype(bool), None)
    if breaks is not None:
        words = words.where(~pd.Series(breaks, index=toks.index).loc[order.index].to_numpy(), None)
    sent = (order["doc_id"].astype(str) + "\x00" + order["sent_id"].astype(str)).to_numpy()
    stream: list = []
    previous = None
    for word, s in zip(words.to_numpy(), sent):
        if s != previous:
            stream.append(None)
            previous = s
        stream.append(word if isinstance(word, str) else None)
    stream.append(None)
    return stream


def _score_collocations(stream: list, stop: frozenset, n: int, measure: str, size: int, min_count: int) -> pd.DataFrame:
    from nltk.collocations import (
        BigramAssocMeasures,
        BigramCollocationFinder,
        TrigramAssocMeasures,
        TrigramCollocationFinder,
    )

    if size == 2:
        finder = BigramCollocationFinder.from_words(stream)
        finder.apply_ngram_filter(lambda a, b: a in stop or b in stop)
        score_fn = getattr(BigramAssocMeasures, measure)
    else:
        finder = TrigramCollocationFinder.from_words(stream)
        # a stopword may sit inside a trigram ("rule of law"), never at its ends
        finder.apply_ngram_filter(lambda a, b, c: a in stop or c in stop)
        score_fn = getattr(TrigramAssocMeasures, measure)
    if min_count > 1:
        finder.apply_freq_filter(min_count)
    rows = []
    if finder.ngram_fd:
        for gram, score in finder.score_ngrams(score_fn):
            rows.append((" ".join(gram), size, int(finder.ngram_fd[gram]), float(score)))
    out = pd.DataFrame(rows, columns=["collocation", "size", "count", "score"])
    out = out.sort_values(["score", "count", "collocation"], ascending=[False, False, True], kind="stable")
    return out.head(n).reset_index(drop=True).astype(
        {"collocation": "str", "size": "int64", "count": "int64", "score": "float64"}
    )


def collocations(
    tokens,
    n: int = 20,
    measure: str = "likelihood_ratio",
    size: int = 2,
    min_count: int = 2,
    stopwords: Iterable[str] | None = None,
    column: str = "lower",
) -> pd.DataFrame:
    """Word pairs (``size=2``) or triples (``size=3``) that occur together more than chance says,
    scored with NLTK's collocation finders (no data download).

    Never across sentence boundaries or punctuation; stopword-aware: a bigram with a stopword and a
    trigram starting or ending with one are dropped (``"small and medium"`` stays). ``measure`` is
    one of NLTK's association measures: ``likelihood_ratio`` (default), ``pmi``, ``chi_sq``,
    ``student_t``, ``raw_freq``, ``poisson_stirling``, ``jaccard``. ``min_count`` drops rarer
    n-grams; ``stopwords`` defaults to the tokens' ``is_stop`` words. Returns ``collocation``,
    ``size``, ``count``, ``score``, best first.

    >>> text = "New energy vehicles sold well. New energy vehicles and solar panels. Solar panels rose."
    >>> collocations([text], n=3)["collocation"].tolist()
    ['energy vehicles', 'new energy', 'solar panels']
    """
    if measure not in _MEASURES:
        raise ValueError(f"collocations: unknown measure {measure!r}; choose one of {', '.join(_MEASURES)}.")
    if size not in (2, 3):
        raise ValueError(f"collocations: size must be 2 (bigrams) or 3 (trigrams), got {size!r}.")
    toks = _as_tokens(tokens, "collocations", need=[column, "doc_id", "sent_id", "token_id"])
    if stopwords is None:
        stop = frozenset(toks.loc[toks["is_stop"].astype(bool), column].dropna().astype(str))
    else:
        stop = frozenset(str(w).lower() for w in stopwords)
    return _score_collocations(_word_stream(toks, column), stop, n, measure, size, min_count)
