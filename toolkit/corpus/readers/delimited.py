"""CSV and TSV tables (format "csv"): ``,`` unless the header plainly uses ``;``, tab or ``|``.

Every cell is read as text (no type guessing, empty cells stay ""). A row with more cells than the
header keeps its columns (the extra cells are dropped and the table's rows get a problem note).
"""
from __future__ import annotations

import io
import warnings

import pandas as pd

from toolkit.corpus.normalize import decode
from toolkit.corpus.readers.table import rows_from_table

__all__ = ["sniff_delimiter", "parse_delimited", "read_csv", "read_tsv"]


def sniff_delimiter(text: str) -> str:
    """',' unless the header line plainly uses ';', tab or '|' (European spreadsheets use ';').

    >>> sniff_delimiter("date;text\\n2021-01-01;Prix en hausse, nettement.\\n")
    ';'
    """
    header = text[: text.find("\n")] if "\n" in text else text
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts[","] else ","


def parse_delimited(data: bytes, opts, sep: str | None = None) -> tuple[pd.DataFrame, str]:
    """(table of text cells, encoding); ``sep`` None sniffs the delimiter from the header."""
    text, enc = decode(data, opts.encoding)
    sep = sep or sniff_delimiter(text)
    # index_col=False: a first row with more cells than the header must not shift the columns (pandas
    # would take its leading cells as the index and read the "text" from a later cell)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = pd.read_csv(io.StringIO(text), sep=sep, dtype=object, keep_default_na=False, index_col=False)
    if any(issubclass(w.category, pd.errors.ParserWarning) for w in caught):
        table.attrs["problem"] = "ragged table: rows with more cells than the header (extra cells dropped)"
    return table, enc


def _parse_tsv(data: bytes, opts) -> tuple[pd.DataFrame, str]:
    return parse_delimited(data, opts, "\t")


def read_csv(path: str, root: str, data: bytes, opts) -> list[dict]:
    """Reader for ``.csv`` files."""
    return rows_from_table(path, root, data, opts, parse_delimited, "csv")


def read_tsv(path: str, root: str, data: bytes, opts) -> list[dict]:
    """Reader for ``.tsv`` files (tab-separated; format "csv")."""
    return rows_from_table(path, root, data, opts, _parse_tsv, "csv")
