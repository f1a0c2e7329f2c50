"""The token-table argument of the text statistics, and their grouping (private).

Shared by :mod:`toolkit.textstats` (top terms, collocations, tf-idf) and by
:func:`toolkit.themes.theme_coverage`: a token table is passed through, a corpus is tokenized with
:func:`toolkit.tokens` (``date``/``source`` carried), ``by``/``freq`` become group columns, and
*content* words are the word tokens (``is_alpha``) that are not stopwords.
"""
from __future__ import annotations

from typing import Iterable

import pandas as pd

__all__: list[str] = []  # private helpers; TOKEN_COLUMNS is re-exported by toolkit.themes

TOKEN_COLUMNS = ["doc_id", "sent_id", "token_id", "lower", "is_stop", "is_alpha"]


def _as_tokens(data, verb: str, need: Iterable[str] = ()) -> pd.DataFrame:
    """A token table: passed through when it has the token columns, else built with toolkit.tokens
    from a corpus (a DataFrame with ``text``, or a list of texts); corpus ``date``/``source`` carried."""
    if isinstance(data, pd.DataFrame) and {"lower", "is_stop", "is_alpha"} <= set(data.columns):
        toks = data
    elif isinstance(data, pd.DataFrame) and "text" in data.columns or isinstance(data, (list, tuple, pd.Series)):
        from toolkit.tokenizing import tokens as _tokens

        from toolkit.tokenizing import with_metadata

        toks = _tokens(data)
        if isinstance(data, pd.DataFrame) and "doc_id" in data.columns:
            extra = [c for c in ("date", "source") if c in data.columns and c not in toks.columns]
            if extra:
                toks = with_metadata(toks, data.drop_duplicates("doc_id"), extra)
    else:
        raise ValueError(
            f"{verb} takes a token table (toolkit.tokens(corpus)) with columns lower, is_stop, is_alpha, "
            f"or a corpus with a 'text' column; got {type(data).__name__}"
            + (f" with columns {list(data.columns)}" if isinstance(data, pd.DataFrame) else "")
            + "."
        )
    missing = [c for c in need if c not in toks.columns]
    if missing:
        raise ValueError(f"{verb} needs token columns {missing}; got {list(toks.columns)}. Build it with toolkit.tokens(corpus).")
    return toks


def _group_columns(toks: pd.DataFrame, by, freq: str | None, verb: str) -> tuple[pd.DataFrame, list[str]]:
    """Resolve ``by`` (a column or list of columns) and ``freq`` (a pandas period such as "Y" or "Q",
    which groups on a ``period`` column made from ``date``)."""
    if freq is not None:
        if "date" not in toks.columns:
            raise ValueError(
                f"{verb}(freq={freq!r}) needs a 'date' column; pass the corpus instead, or join its dates on: "
                "toolkit.with_metadata(toks, corpus)."
            )
        toks = toks.assign(period=pd.to_datetime(toks["date"]).dt.to_period(freq).astype(str))
        return toks, ["period"]
    if by is None:
        return toks, []
    cols = [by] if isinstance(by, str) else list(by)
    missing = [c for c in cols if c not in toks.columns]
    if missing:
        raise ValueError(
            f"{verb}: by={by!r} names column(s) {missing} that the token table lacks (columns: {list(toks.columns)}). "
            "Use 'doc_id', a corpus column joined with toolkit.with_metadata(toks, corpus, [...]), or freq='Y'/'Q' "
            "to group by period."
        )
    return toks, cols


def _content(toks: pd.DataFrame, column: str) -> pd.Series:
    mask = toks["is_alpha"].astype(bool) & ~toks["is_stop"].astype(bool)
    return mask & toks[column].notna()

