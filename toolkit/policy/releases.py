"""The decision of each release, for the comparison's ``timeline`` (one row per release)."""
from __future__ import annotations

import pandas as pd

from .decisions import _read_first, policy_decisions

__all__ = ["DECISION_COLUMNS", "release_decisions"]

#: What ``toolkit.timeline`` carries of a release's decision.
DECISION_COLUMNS = ["action", "level_low", "level_high", "change_bp", "n_dissents"]


def release_decisions(docs: pd.DataFrame, release: pd.Series, keys: list, when=None) -> pd.DataFrame | None:
    """The decision columns of each release in ``keys`` (rows in that order), or None.

    ``docs`` are the corpus rows, ``release`` their release key. A release whose documents state
    several decisions takes the first read one (raise / lower / maintain before "other"), in date
    order. ``when``: True always gives the columns (empty where no decision is stated), False never,
    None (the default) only when at least one release states a decision.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "date": pd.to_datetime(["2020-01-29", "2020-03-03"]),
    ...     "text": ["Growth was solid.", "The Committee decided to lower the target range for the federal "
    ...              "funds rate to 1 to 1-1/4 percent."]})
    >>> release_decisions(docs, pd.Series(["r1", "r2"]), ["r1", "r2"])["action"].tolist()
    [None, 'lower']
    >>> release_decisions(docs.iloc[:1], pd.Series(["r1"]), ["r1"]) is None
    True
    """
    if when is False:
        return None
    # what policy_decisions reads, and what series_of needs to tell the series apart without a series column
    found = policy_decisions(docs[[c for c in ("doc_id", "date", "series", "type", "source", "text") if c in docs.columns]])
    if found.empty and when is None:
        return None
    of_doc = dict(zip(docs["doc_id"].astype(str), release.to_numpy()))
    found["_release"] = found["doc_id"].astype(str).map(of_doc)
    first = _read_first(found).drop_duplicates("_release").set_index("_release")
    out = first.reindex(keys)[DECISION_COLUMNS].reset_index(drop=True)
    out["action"] = out["action"].astype(object).where(out["action"].notna(), None)
    return out
