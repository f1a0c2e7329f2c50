"""Tables of articles (CSV, TSV, JSON Lines, JSON, Parquet): one corpus row per table row.

The text, date, id, source and title columns are found by name (``text``/``body``/``content``…,
``date``/``published``…, ``id``…) or given explicitly (``text_column=`` etc.); every other column is
kept as metadata. A format module only parses its bytes into a DataFrame
(``parse(data, opts) -> (table, encoding)``) and calls :func:`rows_from_table`.
"""
from __future__ import annotations

from typing import Any, Callable

import numpy as np
import pandas as pd

from toolkit.corpus.boilerplate import strip_boilerplate
from toolkit.corpus.columns import CORE_COLUMNS
from toolkit.corpus.dates import coerce_date, date_from_text
from toolkit.corpus.normalize import normalise
from toolkit.corpus.paths import rel_id
from toolkit.corpus.readers.base import UTF16_BOMS, SkipFile

__all__ = ["rows_from_table", "table_rows", "find_column"]

#: column names tried, in order, for each role (case-insensitive)
_CANDIDATES = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "story", "statement"),
    "date": ("date", "published", "published_at", "pub_date", "release_date", "datetime", "timestamp", "time"),
    "id": ("id", "doc_id", "article_id"),
    "source": ("source", "publisher", "outlet", "site", "media"),
    "title": ("title", "headline", "heading"),
}


def _missing(v) -> bool:
    """None or NaN (a NaN is the only value that differs from itself)."""
    return v is None or v != v


def rows_from_table(path: str, root: str, data: bytes, opts, parse: Callable, fmt: str,
                    binary: bool = False) -> list[dict]:
    """The rows of a table file: ``parse(data, opts)`` gives (DataFrame, encoding), any failure a skip.

    ``fmt`` goes to the ``format`` column; ``binary`` formats (Parquet) skip the NUL-byte check.
    """
    if not binary and b"\x00" in data[:8192] and not data.startswith(UTF16_BOMS):
        raise SkipFile("binary file (NUL bytes), not a text table")
    try:
        table, enc = parse(data, opts)
    except Exception as exc:  # noqa: BLE001 - any parser failure is a reported skip
        raise SkipFile(f"unparseable table ({type(exc).__name__}: {str(exc)[:120]})") from None
    return table_rows(path, root, table, enc, fmt, opts)


def find_column(columns, wanted: str | None, candidates: tuple[str, ...], what: str) -> str | None:
    """``wanted`` (which must exist), else the first candidate present (case-insensitive), else None."""
    if wanted is not None:
        if wanted not in columns:
            raise SkipFile(f"unparseable table: no column {wanted!r} for {what} (columns: {list(columns)[:12]})")
        return wanted
    lower = {str(c).lower(): c for c in columns}
    for c in candidates:
        if c in lower:
            return lower[c]
    return None


def _roles(cols: list, opts) -> dict[str, Any]:
    """role -> column (None when absent) for text, date, id, source, title; a skip without text."""
    text_col = find_column(cols, opts.text_column, _CANDIDATES["text"], "text")
    if text_col is None:
        raise SkipFile(f"unparseable table: no text column (looked for text/body/content/article; columns: "
                       f"{[str(c) for c in cols][:12]}); pass text_column=")
    return {
        "text": text_col,
        "date": find_column(cols, opts.date_column, _CANDIDATES["date"], "date"),
        "id": find_column(cols, opts.id_column, _CANDIDATES["id"], "id"),
        "source": find_column(cols, opts.source_column, _CANDIDATES["source"], "source"),
        "title": find_column(cols, opts.title_column, _CANDIDATES["title"], "title"),
    }


def _cell(rec: dict, col) -> Any:
    return rec.get(col) if col is not None else None


def _record_date(rec: dict, date_col, meta: dict, problems: list[str], opts) -> str | None:
    """The row's date from its date cell, else from a dateline boilerplate capture; a problem when none."""
    date = None
    if date_col is not None:
        v = rec.get(date_col)
        date = coerce_date(v, opts.dayfirst) if v is not None and v == v and v != "" else None
        if date is None and v not in (None, "") and v == v:
            problems.append(f"date {str(v)[:40]!r} not understood")
    if date is None:
        date = meta.get("dateline") and date_from_text(meta["dateline"])
    if not date:
        date = None
        problems.append("no date found (no date column value)")
    return date


def _record_row(i: int, rec: dict, roles: dict, others: list, stem: str, path: str, fmt: str, enc: str,
                table_problem: str | None, opts) -> dict:
    """The corpus row of table row ``i``: core columns, then the other cells, then boilerplate metadata."""
    problems = [table_problem] if table_problem else []
    raw = rec.get(roles["text"])
    raw = "" if raw is None or (isinstance(raw, float) and np.isnan(raw)) else str(raw)
    meta: dict[str, Any] = {}
    text = "\n\n".join(strip_boilerplate(normalise(raw, opts.headings), opts.boilerplate, meta))
    date = _record_date(rec, roles["date"], meta, problems, opts)
    if not text:
        problems.append("empty text")
    rid, src, ttl = _cell(rec, roles["id"]), _cell(rec, roles["source"]), _cell(rec, roles["title"])
    row = {
        "doc_id": str(rid) if not _missing(rid) and str(rid) != "" else f"{stem}/{i}", "date": date,
        "source": str(src) if not _missing(src) and str(src) else opts.default_source,
        "title": str(ttl) if not _missing(ttl) else "", "text": text, "path": str(path),
        "format": fmt, "encoding": enc, "problems": "; ".join(problems), "row": i,
    }
    for c in others:
        k = str(c)
        if k in row or k in CORE_COLUMNS:
            k = f"meta_{k}"
        row[k] = rec[c]
    for k, v in meta.items():
        row.setdefault(k, v)
    return row


def table_rows(path: str, root: str, table: pd.DataFrame, enc: str, fmt: str, opts) -> list[dict]:
    """One corpus row per row of ``table`` (read from ``path``); a skip when it has no text column or rows."""
    cols = list(table.columns)
    roles = _roles(cols, opts)
    used = set(roles.values())
    others = [c for c in cols if c not in used]
    stem = rel_id(path, root)
    problem = table.attrs.get("problem")
    rows = [_record_row(i, rec, roles, others, stem, path, fmt, enc, problem, opts)
            for i, rec in enumerate(table.to_dict("records"))]
    if not rows:
        raise SkipFile("unparseable table: no rows")
    return rows
