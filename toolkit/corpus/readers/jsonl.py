"""JSON Lines (one object per line) and JSON files (a list of objects, or an object holding one under
``articles``/``data``/``records``/``items``/``rows``/``documents``/``docs``, or one object); format "jsonl".
"""
from __future__ import annotations

import io
import json

import pandas as pd

from toolkit.corpus.normalize import decode
from toolkit.corpus.readers.table import rows_from_table

__all__ = ["parse_jsonl", "parse_json", "read_jsonl", "read_json"]

_LIST_KEYS = ("articles", "data", "records", "items", "rows", "documents", "docs")


def parse_jsonl(data: bytes, opts) -> tuple[pd.DataFrame, str]:
    """(table, encoding) of a JSON Lines file."""
    text, enc = decode(data, opts.encoding)
    return pd.read_json(io.StringIO(text), lines=True, dtype=False), enc


def parse_json(data: bytes, opts) -> tuple[pd.DataFrame, str]:
    """(table, encoding) of a JSON file of article objects.

    >>> from toolkit.corpus.options import LoadOptions
    >>> parse_json(b'{"articles": [{"text": "A."}]}', LoadOptions())[0]["text"].tolist()
    ['A.']
    """
    text, enc = decode(data, opts.encoding)
    obj = json.loads(text)
    if isinstance(obj, dict):
        for key in _LIST_KEYS:
            if isinstance(obj.get(key), list):
                obj = obj[key]
                break
        else:
            obj = [obj]
    if not isinstance(obj, list) or not all(isinstance(r, dict) for r in obj):
        raise ValueError("expected a list of objects (one per article)")
    return pd.DataFrame.from_records(obj), enc


def read_jsonl(path: str, root: str, data: bytes, opts) -> list[dict]:
    """Reader for ``.jsonl``/``.ndjson`` files."""
    return rows_from_table(path, root, data, opts, parse_jsonl, "jsonl")


def read_json(path: str, root: str, data: bytes, opts) -> list[dict]:
    """Reader for ``.json`` files (format "jsonl", as the rows are the same)."""
    return rows_from_table(path, root, data, opts, parse_json, "jsonl")
