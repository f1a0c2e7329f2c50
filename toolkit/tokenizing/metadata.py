"""Document metadata on a per-token (or per-sentence) table, by join: the verb :func:`with_metadata`.

:func:`~toolkit.tokenizing.tokens` keeps one row per token and the document's ``doc_id`` beside it, not
a copy of the document's ``date``, ``source`` or ``title`` on every token (that copy was most of the
table's memory). When a step needs them -- a group-by per source, a period from the date -- join them on.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["with_metadata"]

#: the columns joined when none are named: what the token table used to carry per token
DEFAULT_COLUMNS = ("date", "source")


def with_metadata(table: pd.DataFrame, corpus: pd.DataFrame, columns=None) -> pd.DataFrame:
    """``table`` with corpus columns added by ``doc_id``: one value per row, from its document.

    ``table`` is any table with a ``doc_id`` column (``toolkit.tokens``, ``toolkit.sentences``,
    ``toolkit.ngrams(by="doc_id")``, ...); ``corpus`` the corpus it was made from (``load_corpus``;
    a corpus without ``doc_id`` is numbered 0, 1, ... as the verbs number a list of texts).
    ``columns``: a column name or a list of them; None for ``date`` and ``source`` (those the corpus
    has). The added columns keep the corpus dtypes; ``table`` itself is not changed.

    >>> import pandas as pd
    >>> from toolkit.tokenizing import tokens
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "source": ["Fed", "ECB"],
    ...                        "date": pd.to_datetime(["2024-01-31", "2024-03-07"]),
    ...                        "text": ["Rates held.", "Rates fell."]})
    >>> toks = with_metadata(tokens(corpus), corpus)
    >>> toks[["doc_id", "token", "date", "source"]]
      doc_id  token       date source
    0      a  Rates 2024-01-31    Fed
    1      a   held 2024-01-31    Fed
    2      a      . 2024-01-31    Fed
    3      b  Rates 2024-03-07    ECB
    4      b   fell 2024-03-07    ECB
    5      b      . 2024-03-07    ECB
    """
    cols = _columns(table, corpus, columns)
    positions = _positions(table["doc_id"], corpus)
    added = {c: corpus[c].array.take(positions) for c in cols}
    return table.assign(**added)


def _columns(table, corpus, columns) -> list[str]:
    """The corpus columns to join, checked: present in the corpus, absent from the table."""
    if not isinstance(table, pd.DataFrame) or "doc_id" not in table.columns:
        raise ValueError(
            "with_metadata takes a table with a 'doc_id' column (e.g. toolkit.tokens(corpus)) as its first "
            f"argument; got {type(table).__name__}"
            + (f" with columns {list(table.columns)}" if isinstance(table, pd.DataFrame) else "") + "."
        )
    if not isinstance(corpus, pd.DataFrame):
        raise ValueError(
            "with_metadata takes the corpus DataFrame (toolkit.load_corpus(path)) as its second argument, "
            f"got {type(corpus).__name__}; a list of texts has no metadata to join."
        )
    if columns is None:
        return [c for c in DEFAULT_COLUMNS if c in corpus.columns and c not in table.columns]
    cols = [columns] if isinstance(columns, str) else list(columns)
    missing = [c for c in cols if c not in corpus.columns]
    if missing:
        raise ValueError(f"with_metadata: the corpus has no column(s) {missing}; its columns: {list(corpus.columns)}.")
    clash = [c for c in cols if c in table.columns]
    if clash:
        raise ValueError(
            f"with_metadata: the table already has column(s) {clash}; drop them first "
            "(table.drop(columns=[...])) or leave them out of columns=."
        )
    return cols


def _positions(doc_ids: pd.Series, corpus: pd.DataFrame):
    """Row of ``corpus`` for each row's ``doc_id`` (looked up once per distinct id)."""
    ids = pd.Index(corpus["doc_id"] if "doc_id" in corpus.columns else range(len(corpus)))
    if not ids.is_unique:
        dup = ids[ids.duplicated()][0]
        raise ValueError(
            f"with_metadata: doc_id {dup!r} appears more than once in the corpus, so its metadata is ambiguous; "
            "give every document its own doc_id (e.g. corpus.drop_duplicates('doc_id'))."
        )
    codes, uniques = pd.factorize(doc_ids)
    where = ids.get_indexer(pd.Index(np.asarray(uniques)))
    if (where < 0).any():
        unknown = [u for u, w in zip(uniques, where) if w < 0]
        raise ValueError(
            f"with_metadata: {len(unknown)} doc_id(s) of the table are not in the corpus (e.g. {unknown[0]!r}); "
            "pass the corpus the table was made from."
        )
    if (codes < 0).any():
        raise ValueError("with_metadata: the table has rows without a doc_id; drop them or fill them first.")
    return where[codes]
