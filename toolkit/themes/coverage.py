"""Theme coverage: how much of a corpus the themes cover, and what they miss (how to grow the dictionary)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from toolkit.textstats._tokens import _as_tokens, _content
from toolkit.textstats.collocations import _score_collocations, _word_stream
from toolkit.themes._input import _as_corpus, _progress
from toolkit.themes.matching import _matcher

__all__ = ["theme_coverage", "ThemeCoverage"]


@dataclass
class ThemeCoverage:
    """What :func:`theme_coverage` returns: three tidy tables and the overall share.

    ``by_doc``: ``doc_id``, ``date``, ``content_tokens``, ``covered_tokens``, ``coverage``.
    ``words``: the most frequent content words no theme covers (``word``, ``count``, ``n_docs``).
    ``collocations``: the strongest collocations made only of uncovered words (as
    :func:`collocations`). ``share``: covered / content tokens over the whole corpus.
    """

    by_doc: pd.DataFrame
    words: pd.DataFrame
    collocations: pd.DataFrame

    @property
    def share(self) -> float:
        content = int(self.by_doc["content_tokens"].sum())
        return float(self.by_doc["covered_tokens"].sum() / content) if content else 0.0

    def __repr__(self) -> str:
        words = ", ".join(self.words["word"].head(8))
        colls = ", ".join(self.collocations["collocation"].head(5))
        return (
            f"ThemeCoverage(share={self.share:.1%} of {int(self.by_doc['content_tokens'].sum())} content tokens "
            f"in {len(self.by_doc)} documents; top uncovered words: {words or '-'}; "
            f"collocations: {colls or '-'})"
        )


def theme_coverage(
    corpus,
    themes=None,
    n: int = 30,
    inflect: bool = True,
    measure: str = "likelihood_ratio",
    min_count: int = 2,
) -> ThemeCoverage:
    """How much of a corpus the themes cover, and what they miss (how to grow the dictionary).

    A content token (alphabetic, not a stopword; :func:`toolkit.tokens`) is *covered* when it lies
    inside a theme match. Returns a :class:`ThemeCoverage`: ``.share`` overall, ``.by_doc`` per
    document, ``.words`` the ``n`` most frequent uncovered content words, ``.collocations`` the
    ``n`` strongest bigrams whose words are all uncovered (``measure``/``min_count`` as in
    :func:`collocations`).

    >>> cov = theme_coverage(["Exports rose and shipping costs rose. Shipping costs fell."],
    ...                      {"trade": ["export"]})
    >>> round(cov.share, 2), cov.words["word"].tolist()[:2], cov.collocations["collocation"].tolist()
    (0.12, ['costs', 'rose'], ['shipping costs'])
    """
    docs = _as_corpus(corpus, "theme_coverage")
    matcher = _matcher(themes, inflect)
    toks = _as_tokens(docs, "theme_coverage", need=["start", "end", "lower"])
    content = _content(toks, "lower").to_numpy()
    tok_doc = toks["doc_id"].astype(str).to_numpy()
    covered = _covered(docs, toks, tok_doc, matcher)
    per_doc = pd.DataFrame({"doc_id": tok_doc, "content": content, "covered": content & covered})
    sums = per_doc.groupby("doc_id", sort=False)[["content", "covered"]].sum()
    by_doc = docs[["doc_id", "date"]].copy()
    by_doc["content_tokens"] = by_doc["doc_id"].map(sums["content"]).fillna(0).astype("int64")
    by_doc["covered_tokens"] = by_doc["doc_id"].map(sums["covered"]).fillna(0).astype("int64")
    by_doc["coverage"] = np.where(
        by_doc["content_tokens"] > 0, by_doc["covered_tokens"] / by_doc["content_tokens"].clip(lower=1), 0.0
    )
    words = _uncovered_words(toks["lower"].to_numpy(), tok_doc, content & ~covered, n)
    stop = frozenset(toks.loc[toks["is_stop"].astype(bool), "lower"].dropna().astype(str))
    colls = _score_collocations(_word_stream(toks, "lower", breaks=covered), stop, n, measure, 2, min_count)
    return ThemeCoverage(by_doc=by_doc, words=words.astype({"word": "str"}), collocations=colls)


def _covered(docs: pd.DataFrame, toks: pd.DataFrame, tok_doc: np.ndarray, matcher) -> np.ndarray:
    """Per token: does it start inside a theme match of its document?"""
    covered = np.zeros(len(toks), dtype=bool)
    starts = toks["start"].to_numpy()
    rows_of = pd.Series(np.arange(len(toks))).groupby(tok_doc).indices if len(toks) else {}
    for doc_id, text in _progress(list(zip(docs["doc_id"], docs["text"])), len(docs), "theme_coverage"):
        spans = [(s, e) for _, _, s, e, _ in matcher.find(text)]
        if not spans or doc_id not in rows_of:
            continue
        rows = rows_of[doc_id]
        span_start = np.array([s for s, _ in spans])
        span_end = np.array([e for _, e in spans])
        at = np.searchsorted(span_start, starts[rows], side="right") - 1
        inside = (at >= 0) & (starts[rows] < span_end[np.maximum(at, 0)])
        covered[rows] = inside
    return covered


def _uncovered_words(lower: np.ndarray, tok_doc: np.ndarray, missed: np.ndarray, n: int) -> pd.DataFrame:
    """The ``n`` most frequent of the ``missed`` tokens: ``word``, ``count``, ``n_docs``."""
    table = pd.DataFrame({"word": lower, "doc_id": tok_doc})[missed]
    return (
        table.groupby("word", sort=False)
        .agg(count=("doc_id", "size"), n_docs=("doc_id", "nunique"))
        .reset_index()
        .sort_values(["count", "word"], ascending=[False, True])
        .head(n)
        .reset_index(drop=True)
    )
