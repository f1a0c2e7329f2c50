"""What a series is: one kind of release from one source ("Federal Reserve: statement").

The compare verbs compare like with like, a release with the one before in its own series, unless
asked to mix. :func:`series_of` is the one place that says which series a document belongs to;
``_series_choice`` reads the verbs' ``series=`` argument and ``_main_series`` names the series a
reader follows (the reports' default pair).
"""
from __future__ import annotations

import pandas as pd

__all__ = ["series_of"]

#: What the ``series=`` argument of the compare verbs takes to mix series (compare across them).
MIX = ("all", None)
#: The default of ``series=``: releases are compared within their own series.
EACH = "each"


def _names(values: list[str], limit: int = 12) -> str:
    shown = ", ".join(map(str, values[:limit]))
    return shown + (f", … ({len(values)} in all)" if len(values) > limit else "")


def series_of(corpus: pd.DataFrame) -> pd.Series:
    """The series of each document of ``corpus`` (a string per row, never empty), on its index.

    A series is one kind of release from one source: the verbs compare a release with the one
    before *in its series*, so a meeting statement is not set against a strategy document. Read,
    row by row, from the first of these that is filled in:

    1. the ``series`` column (``load_corpus`` fills it: "Federal Reserve: statement");
    2. the ``type`` column (front matter such as ``type: meeting``), as "source: type", or the type
       alone when the source is empty (tables loaded before ``series`` existed);
    3. the ``source``; else "(no source)".

    >>> docs = pd.DataFrame({"source": ["Fed", "Fed", ""], "type": ["meeting", None, None]})
    >>> series_of(docs).tolist()
    ['Fed: meeting', 'Fed', '(no source)']
    >>> series_of(pd.DataFrame({"series": ["Fed: minutes"], "type": ["meeting"]})).tolist()
    ['Fed: minutes']
    """
    if not isinstance(corpus, pd.DataFrame):
        raise ValueError(f"series_of takes a corpus DataFrame; got {type(corpus).__name__}.")

    def column(name: str) -> pd.Series:
        if name not in corpus.columns:
            return pd.Series("", index=corpus.index, dtype=object)
        return corpus[name].astype(object).where(corpus[name].notna(), "").astype(str).str.strip()

    source, kind = column("source"), column("type")
    by_type = (source + ": " + kind).where(source != "", kind).where(kind != "", "")
    out = column("series")
    for fallback in (by_type, source):
        out = out.where(out != "", fallback)
    return out.where(out != "", "(no source)").rename("series")


def _series_choice(docs: pd.DataFrame, series, verb: str) -> tuple[pd.DataFrame, pd.Series, bool]:
    """``(docs, their series, within)`` for a verb's ``series=`` argument.

    ``"each"`` (the default): compare within each series; ``"all"`` or None: mix the series;
    a series name or a list of names: keep those series and compare within each. An unknown name is
    a ``ValueError`` listing the series there are.
    """
    names = series_of(docs)
    if isinstance(series, str) and series == EACH:
        return docs, names, True
    if series is None or (isinstance(series, str) and series in MIX):
        return docs, names, False
    wanted = [series] if isinstance(series, str) else list(series)
    unknown = [w for w in wanted if w not in set(names)]
    if unknown:
        raise ValueError(f"{verb}: no document of series {unknown}. Series in this corpus: "
                         f"{_names(sorted(set(names)))}. Pass series='each' (the default) to compare "
                         "within every series or series='all' to mix them.")
    keep = names.isin(wanted)
    return docs[keep], names[keep], True


def _main_series(corpus: pd.DataFrame) -> str:
    """The series a reader follows: the one with the most release dates (ties: the latest release).

    >>> docs = pd.DataFrame({"source": "Fed", "type": ["goals", "meeting", "meeting", "meeting", "goals"],
    ...     "date": pd.to_datetime(["2024-01-30", "2024-01-31", "2024-03-20", "2025-07-30", "2025-08-22"])})
    >>> _main_series(docs)
    'Fed: meeting'
    """
    names = series_of(corpus)
    if "date" not in corpus.columns:
        return names.value_counts().index[0]
    dates = pd.to_datetime(corpus["date"], errors="coerce")
    per = pd.DataFrame({"series": names, "day": dates.dt.normalize()}).dropna(subset=["day"])
    if per.empty:
        return names.value_counts().index[0]
    stats = per.groupby("series")["day"].agg(["nunique", "max"])
    return str(stats.sort_values(["nunique", "max"], ascending=False, kind="stable").index[0])
