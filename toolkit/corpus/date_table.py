"""The ``dates=`` option of ``load_corpus``: a table of release dates that wins over every other source.

Two shapes are read, from a CSV path or a DataFrame:

* ``path`` (or ``doc_id`` / ``file``) and ``date``: one date per file, the path relative to the folder
  given to ``load_corpus`` ("2019/statement.md") or the ``doc_id`` ("2019/statement");
* ``year``, ``month``, ``day`` (or ``date`` alone): one release per month, as the Beige Book's
  ``_meta/dates.csv``; it gives the day to every article dated to that month only ("1970-05-ny.txt").
"""
from __future__ import annotations

import os

import pandas as pd

from toolkit.corpus.dates import coerce_date, valid

__all__ = ["date_table"]

_PATH_COLUMNS = ("path", "doc_id", "file")


def _frame(value) -> pd.DataFrame:
    if isinstance(value, pd.DataFrame):
        return value
    path = os.path.expanduser(os.fspath(value))
    if not os.path.isfile(path):
        raise FileNotFoundError(f"dates={str(value)!r}: no such file; give a CSV with columns path,date "
                                "(or year,month,day) or a DataFrame")
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _iso(value, where: str) -> str:
    iso = coerce_date(value)
    if iso is None:
        raise ValueError(f"dates=: {value!r} ({where}) is not a date; write dates as YYYY-MM-DD")
    return iso


def date_table(value) -> dict[str, str] | None:
    """``dates=`` as a mapping: relative path or doc_id -> ISO date, and ``"month:YYYY-MM"`` -> ISO date.

    >>> date_table(pd.DataFrame({"path": ["2019/a.md"], "date": ["2019-03-20"]}))
    {'2019/a.md': '2019-03-20'}
    >>> date_table(pd.DataFrame({"year": [1970], "month": [5], "day": [20]}))
    {'month:1970-05': '1970-05-20'}
    """
    if value is None:
        return None
    df = _frame(value)
    cols = {str(c).lower(): c for c in df.columns}
    key = next((cols[c] for c in _PATH_COLUMNS if c in cols), None)
    out: dict[str, str] = {}
    if key is not None and "date" in cols:
        for i, (k, v) in enumerate(zip(df[key], df[cols["date"]])):
            out[str(k).replace("\\", "/")] = _iso(v, f"row {i + 1}")
    elif {"year", "month", "day"} <= set(cols) or "date" in cols:
        for i, rec in enumerate(df.to_dict("records")):
            if "date" in cols:
                iso = _iso(rec[cols["date"]], f"row {i + 1}")
            else:
                iso = valid(int(rec[cols["year"]]), int(rec[cols["month"]]), int(rec[cols["day"]]))
                if iso is None:
                    raise ValueError(f"dates=: row {i + 1} ({rec}) is not a real date")
            if f"month:{iso[:7]}" in out and out[f"month:{iso[:7]}"] != iso:
                raise ValueError(f"dates=: two dates in {iso[:7]} ({out[f'month:{iso[:7]}']}, {iso}); "
                                 "give path,date columns to date each file")
            out[f"month:{iso[:7]}"] = iso
    else:
        raise ValueError(f"dates=: columns {list(df.columns)} not understood; expected path,date "
                         "(or doc_id,date) or year,month,day")
    return out
