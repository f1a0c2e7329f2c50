"""The column contract of the corpus table: the core columns every row has, in this order.

Metadata found in a file (front-matter fields, table columns, boilerplate captures) goes after them;
a metadata name that clashes with a core column is stored as ``meta_<name>`` (see :func:`free_name`).
"""
from __future__ import annotations

__all__ = ["CORE_COLUMNS", "BASE_EXTRA", "free_name"]

CORE_COLUMNS = ["doc_id", "date", "source", "title", "text", "path", "format", "is_duplicate", "duplicate_of"]
#: the two columns that follow the core ones in every corpus table
BASE_EXTRA = ["encoding", "problems"]


def free_name(name: str) -> str:
    """``name`` for a metadata column, or ``meta_<name>`` when it is a core or base column.

    >>> free_name("type"), free_name("text")
    ('type', 'meta_text')
    """
    return f"meta_{name}" if name in CORE_COLUMNS or name in BASE_EXTRA else name
