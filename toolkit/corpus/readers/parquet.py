"""Parquet tables (format "parquet"; encoding "binary"), read with pandas' Parquet engine."""
from __future__ import annotations

import io

import pandas as pd

from toolkit.corpus.readers.table import rows_from_table

__all__ = ["parse_parquet", "read_parquet"]


def parse_parquet(data: bytes, opts) -> tuple[pd.DataFrame, str]:
    """(table, "binary") of a Parquet file's bytes."""
    return pd.read_parquet(io.BytesIO(data)), "binary"


def read_parquet(path: str, root: str, data: bytes, opts) -> list[dict]:
    """Reader for ``.parquet``/``.pq`` files."""
    return rows_from_table(path, root, data, opts, parse_parquet, "parquet", binary=True)
