"""Rows to the corpus table: sorted, ids made unique, duplicates flagged, columns in contract order.

Also :class:`SkippedFiles`, the table of entries not loaded (``df.attrs["skipped"]``).
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from toolkit.corpus.columns import BASE_EXTRA, CORE_COLUMNS
from toolkit.corpus.duplicates import make_ids_unique, mark_duplicates

__all__ = ["SkippedFiles", "build_frame", "empty_frame"]


class SkippedFiles(pd.DataFrame):
    """``df.attrs["skipped"]``: a DataFrame[path, reason] of the entries ``load_corpus`` did not load.

    Unlike a plain DataFrame, ``skipped == other_frame`` gives one bool (``DataFrame.equals``), so pandas
    can compare ``attrs`` when corpora are concatenated (``pd.concat`` does that). Column comparisons
    (``skipped["reason"] == "empty file"``) work as usual.
    """

    @property
    def _constructor(self):
        return SkippedFiles

    def __eq__(self, other):  # type: ignore[override]
        if isinstance(other, pd.DataFrame):
            return self.equals(other)
        return super().__eq__(other)

    def __ne__(self, other):  # type: ignore[override]
        if isinstance(other, pd.DataFrame):
            return not self.equals(other)
        return super().__ne__(other)

    __hash__ = None  # type: ignore[assignment]


def empty_frame() -> pd.DataFrame:
    """The corpus table with no rows: core and base columns with their dtypes."""
    return pd.DataFrame({
        "doc_id": pd.Series([], dtype=object), "date": pd.Series([], dtype="datetime64[ns]"),
        "source": pd.Series([], dtype=object), "title": pd.Series([], dtype=object),
        "text": pd.Series([], dtype=object), "path": pd.Series([], dtype=object),
        "format": pd.Series([], dtype=object), "is_duplicate": pd.Series([], dtype=bool),
        "duplicate_of": pd.Series([], dtype=object), "encoding": pd.Series([], dtype=object),
        "problems": pd.Series([], dtype=object),
        "chrome_removed": pd.Series([], dtype="int64"), "words_split": pd.Series([], dtype="int64"),
        "series": pd.Series([], dtype=object),  # issue 12
    })


def build_frame(rows: list[dict]) -> pd.DataFrame:
    """The corpus table of ``rows`` (from :func:`~toolkit.corpus.parse_files`; sorted in place).

    Rows are sorted by date (undated last), then ``doc_id``; ``doc_id`` values are made unique and
    duplicates flagged; the columns are :data:`CORE_COLUMNS`, ``encoding``, ``problems``, then every
    other key in order of first appearance. No rows give the empty table with those columns.

    >>> from toolkit.corpus import build_frame, parse_files
    >>> rows, skipped = parse_files(["data/000_bc21e2d4d2f283e7.txt"], "data")
    >>> build_frame(rows).loc[0, ["doc_id", "source"]].tolist()
    ['000_bc21e2d4d2f283e7', 'China Powder News']
    """
    if not rows:
        return empty_frame()
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["doc_id"], r["path"]))
    make_ids_unique(rows)
    mark_duplicates(rows)
    keys: dict[str, None] = dict.fromkeys(CORE_COLUMNS + BASE_EXTRA)
    for r in rows:
        for k in r:
            if k not in keys:
                keys[k] = None
    cols: dict[str, Any] = {}
    for k in keys:
        values = [r.get(k) for r in rows]
        if k == "date":
            cols[k] = np.array([v if v else "NaT" for v in values], dtype="datetime64[ns]")
        elif k == "is_duplicate":
            cols[k] = np.array(values, dtype=bool)
        else:
            cols[k] = values
    return pd.DataFrame(cols)
