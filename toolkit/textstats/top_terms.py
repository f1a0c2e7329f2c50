"""Top terms: the most frequent content words, overall or per group (document, source, period)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from toolkit.textstats._tokens import _as_tokens, _content, _group_columns

__all__ = ["top_terms"]


def top_terms(tokens, by=None, n: int = 20, column: str = "lower", freq: str | None = None) -> pd.DataFrame:
    """The ``n`` most frequent content words (alphabetic, not stopwords), overall or per group.

    ``tokens`` is a token table (:func:`toolkit.tokens`) or a corpus. ``by`` is a column to group on
    (``"doc_id"``, ``"source"`` -- a corpus brings its ``date`` and ``source``; join them onto a token
    table with :func:`toolkit.with_metadata` --, a period column you added), or use ``freq="Y"``/``"Q"``
    to group by period of ``date``. ``column`` is ``"lower"`` (default) or ``"lemma"``. Returns the group
    columns, ``term``, ``count``, ``share`` (of the group's content words) and ``rank`` (1 = most
    frequent; ties broken alphabetically).

    >>> top_terms(["Demand rose. Demand and exports rose again; exports rose."], n=2)
         term  count  share  rank
    0    rose      3  0.375     1
    1  demand      2  0.250     2
    """
    toks = _as_tokens(tokens, "top_terms", need=[column])
    toks, groups = _group_columns(toks, by, freq, "top_terms")
    content = toks.loc[_content(toks, column), [*groups, column]].rename(columns={column: "term"})
    keys = [*groups, "term"]
    counted = content.groupby(keys, observed=True, sort=False).size().rename("count").reset_index()
    if groups:
        counted["share"] = counted["count"] / counted.groupby(groups, observed=True)["count"].transform("sum")
    else:
        counted["share"] = counted["count"] / max(int(counted["count"].sum()), 1)
    counted = counted.sort_values([*groups, "count", "term"], ascending=[True] * len(groups) + [False, True])
    counted["rank"] = counted.groupby(groups, observed=True).cumcount() + 1 if groups else np.arange(1, len(counted) + 1)
    out = counted[counted["rank"] <= n].reset_index(drop=True)
    return out.astype({"term": "str", "count": "int64", "share": "float64", "rank": "int64"})
