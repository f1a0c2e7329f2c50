"""tf-idf terms: the words most distinctive of each release or period."""
from __future__ import annotations

import warnings

import numpy as np

from toolkit.textstats._tokens import _as_tokens, _content, _group_columns

__all__ = ["tfidf_terms"]


def tfidf_terms(tokens, by="doc_id", n: int = 10, freq: str | None = None, column: str = "lower") -> pd.DataFrame:
    """The words most distinctive of each release or period: content words ranked by tf-idf.

    ``tf`` is the word's share of the group's content words, ``idf = ln(groups / groups using
    the word)``, so a word every group uses scores 0. ``by`` is ``"doc_id"`` (default) or any
    column; ``freq="Y"``/``"Q"`` groups by period of ``date`` instead. Returns the group column,
    ``term``, ``count``, ``tf``, ``idf``, ``tf_idf`` and ``rank`` (``n`` rows per group at most).

    >>> docs = ["Exports rose. Exports fell.", "Housing rose. Housing cooled."]
    >>> tfidf_terms(docs, n=1)[["term", "tf_idf"]].round(3).values.tolist()
    [['exports', 0.347], ['housing', 0.347]]
    """
    toks = _as_tokens(tokens, "tfidf_terms", need=[column])
    toks, groups = _group_columns(toks, by, freq, "tfidf_terms")
    if not groups:
        raise ValueError("tfidf_terms needs groups: by='doc_id', another column, or freq='Y'/'Q'.")
    content = toks.loc[_content(toks, column), [*groups, column]].rename(columns={column: "term"})
    counted = content.groupby([*groups, "term"], observed=True, sort=False).size().rename("count").reset_index()
    n_groups = counted[groups].drop_duplicates().shape[0]
    if n_groups == 1:
        warnings.warn("tfidf_terms: only one group, so every idf (and tf_idf) is 0.", UserWarning, stacklevel=2)
    counted["tf"] = counted["count"] / counted.groupby(groups, observed=True)["count"].transform("sum")
    doc_freq = counted.groupby("term", observed=True)[groups[0]].transform("size")
    counted["idf"] = np.log(n_groups / doc_freq.to_numpy(dtype=float)) if n_groups else 0.0
    counted["tf_idf"] = counted["tf"] * counted["idf"]
    counted = counted.sort_values(
        [*groups, "tf_idf", "count", "term"], ascending=[True] * len(groups) + [False, False, True]
    )
    counted["rank"] = counted.groupby(groups, observed=True).cumcount() + 1
    out = counted[counted["rank"] <= n].reset_index(drop=True)
    return out.astype({"term": "str", "count": "int64", "rank": "int64"})
