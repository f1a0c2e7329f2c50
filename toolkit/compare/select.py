"""select: pick the documents of one release (or several) from a corpus."""
from __future__ import annotations

import warnings

import pandas as pd

from .releases import _dates_of, _drop_copies, _listing, _require_columns, series_of

__all__ = ["select"]


def _nearest_dates(available: list[str], wanted: pd.Timestamp, k: int = 3) -> list[str]:
    if not available:
        return []
    ts = pd.to_datetime(pd.Series(available))
    order = (ts - wanted).abs().argsort()[:k]
    return sorted(available[i] for i in order)


def select(
    corpus: pd.DataFrame,
    doc_id=None,
    date=None,
    period=None,
    source=None,
    *,
    series=None,
    drop_duplicates: bool = True,
) -> pd.DataFrame:
    """Pick the documents of one release (or several) from a corpus.

    A release is a document (``doc_id``), all documents of one source on one date (``date`` and
    optionally ``source``) or one period (``period`` such as ``"2023Q1"``, ``"2023-03"`` or
    ``"2023"``); ``series`` keeps one series (:func:`series_of`, e.g. ``"Fed: meeting"``) so a
    date shared by a statement and another kind of release gives the statement alone. Each
    argument may also be a list. Documents flagged ``is_duplicate``, and
    near-identical copies of another document of the same date and source (the same statement
    loaded from two archives), are dropped with a warning unless ``drop_duplicates=False``. The rows come back in date order; when nothing
    matches, the ``ValueError`` lists what is available.

    >>> corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": "FOMC",
    ...     "date": pd.to_datetime(["2015-10-28", "2015-12-16", "2016-01-27"]),
    ...     "text": ["Rates held.", "Rates raised.", "Rates held again."]})
    >>> select(corpus, date="2015-12-16")["doc_id"].tolist()
    ['b']
    >>> select(corpus, period="2015Q4")["doc_id"].tolist()
    ['a', 'b']
    """
    _require_columns(corpus, ["doc_id", "text"], "select")
    if all(v is None for v in (doc_id, date, period, source, series)):
        raise ValueError("select needs at least one of doc_id=, date=, period=, source= or series=.")
    df = corpus
    if drop_duplicates and "is_duplicate" in df.columns:
        df = df[~df["is_duplicate"].fillna(False).astype(bool)]
    mask = pd.Series(True, index=df.index)
    dates = pd.to_datetime(df["date"], errors="coerce") if "date" in df.columns else None
    wanted: list[str] = []
    # each argument narrows the mask in turn; an error lists what is left after the ones before
    if source is not None:
        m, label = _by_source(df, source)
        mask, wanted = mask & m, wanted + [label]
    if series is not None:
        m, label = _by_series(df, mask, series)
        mask, wanted = mask & m, wanted + [label]
    if doc_id is not None:
        m, label = _by_doc_id(df, mask, doc_id)
        mask, wanted = mask & m, wanted + [label]
    if date is not None:
        m, label = _by_date(df, mask, dates, date, source)
        mask, wanted = mask & m, wanted + [label]
    if period is not None:
        m, label = _by_period(df, mask, dates, period)
        mask, wanted = mask & m, wanted + [label]

    out = _without_copies(df[mask]) if drop_duplicates else df[mask]
    if out.empty:
        raise ValueError(
            f"No document matches {' & '.join(wanted)}. Available dates: {_listing(_dates_of(df))}."
        )
    sort = [c for c in ("date", "doc_id") if c in out.columns]
    out = out.sort_values(sort, kind="stable") if sort else out
    out.attrs = {**corpus.attrs, "release": " ".join(wanted)}
    out.attrs.pop("skipped", None)
    return out


def _by_source(df: pd.DataFrame, source) -> tuple[pd.Series, str]:
    """Rows from ``source`` (a name or a list), and the label they add to the release."""
    if "source" not in df.columns:
        raise ValueError("select(source=…) needs a 'source' column; this corpus has none.")
    sources = [source] if isinstance(source, str) else list(source)
    m = df["source"].isin(sources)
    if not m.any():
        raise ValueError(
            f"No documents from source {sources}. Available sources: "
            f"{_listing(sorted(df['source'].dropna().unique()))}."
        )
    return m, " ".join(sources)


def _by_series(df: pd.DataFrame, mask: pd.Series, series) -> tuple[pd.Series, str]:
    """Rows of ``series`` (a name or a list, see :func:`series_of`), and the label they add."""
    names = series_of(df)
    wanted = [series] if isinstance(series, str) else list(series)
    m = names.isin(wanted)
    if not (m & mask).any():
        raise ValueError(f"No documents of series {wanted}. Series available: "
                         f"{_listing(sorted(set(names[mask])))}.")
    return m, " ".join(wanted)


def _by_doc_id(df: pd.DataFrame, mask: pd.Series, doc_id) -> tuple[pd.Series, str]:
    """Rows with ``doc_id`` (an id or a list); every id must be there (among ``mask``'s rows' ids)."""
    ids = [doc_id] if isinstance(doc_id, str) else list(doc_id)
    m = df["doc_id"].isin(ids)
    missing = [i for i in ids if i not in set(df["doc_id"])]
    if missing:
        raise ValueError(
            f"No document with doc_id {missing}. Available doc_ids: "
            f"{_listing(sorted(df.loc[mask, 'doc_id'].astype(str)))}."
        )
    return m, " ".join(map(str, ids))


def _by_date(df: pd.DataFrame, mask: pd.Series, dates, date, source) -> tuple[pd.Series, str]:
    """Rows dated ``date`` (a date or a list); each date must match a row of ``mask``."""
    if dates is None:
        raise ValueError("select(date=…) needs a 'date' column; this corpus has none.")
    values = [date] if isinstance(date, (str, pd.Timestamp)) or not hasattr(date, "__iter__") else list(date)
    stamps = [pd.Timestamp(v).normalize() for v in values]
    m = dates.dt.normalize().isin(stamps)
    available = _dates_of(df[mask])
    for s in stamps:
        if not (m & mask & (dates.dt.normalize() == s)).any():
            near = _nearest_dates(available, s)
            raise ValueError(
                f"No document dated {s:%Y-%m-%d}"
                + (f" from source {source!r}" if source is not None else "")
                + f". Nearest dates available: {', '.join(near) or 'none'}; all dates: "
                f"{_listing(available)}."
            )
    return m, " ".join(f"{s:%Y-%m-%d}" for s in stamps)


def _by_period(df: pd.DataFrame, mask: pd.Series, dates, period) -> tuple[pd.Series, str]:
    """Rows dated within ``period`` (a period or a list); each must hold a row of ``mask``."""
    if dates is None:
        raise ValueError("select(period=…) needs a 'date' column; this corpus has none.")
    values = [period] if isinstance(period, (str, pd.Period)) else list(period)
    m = pd.Series(False, index=df.index)
    for v in values:
        try:
            p = pd.Period(v)
        except (ValueError, TypeError) as exc:
            raise ValueError(
                f"period={v!r} is not a period; use e.g. '2023Q1', '2023-03' or '2023'."
            ) from exc
        hit = dates.notna() & (dates >= p.start_time) & (dates <= p.end_time)
        if not (hit & mask).any():
            have = sorted({str(d.to_period(p.freqstr)) for d in dates[mask].dropna()})
            raise ValueError(f"No document in period {v}. Periods available: {_listing(have)}.")
        m |= hit
    return m, " ".join(map(str, values))


def _without_copies(out: pd.DataFrame) -> pd.DataFrame:
    """``out`` without near-identical copies of another document of the same date (with a warning)."""
    if out.empty or "date" not in out.columns or len(out) <= 1:
        return out
    dated = out.assign(date=pd.to_datetime(out["date"], errors="coerce"))
    kept, copies = _drop_copies(dated)
    if len(copies):
        warnings.warn(f"select: {len(copies)} document(s) are near-identical copies of another document of "
                      f"the same date and were left out: {'; '.join(copies['doc_id'] + ' is a ' + copies['reason'])}.",
                      UserWarning, stacklevel=3)
        out = out.loc[kept.index]
    return out
