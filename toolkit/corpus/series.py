"""The ``series`` of each document: who publishes it and which kind of release it is, so that later
steps compare like with like ("fomc: statement" with the previous statement, not with the
longer-run goals published the next day).

``series`` is ``"<source>: <kind>"``, a non-empty ``str``:

* the **source** is the ``source`` column, or, when that is empty, the name of the nearest folder
  that is not a year ("2019"), a range of years ("2006-2025") or a generic name ("data",
  "statements"), with ``_``/``-`` read as spaces and kind words left out ("fomc-statements" ->
  "fomc"); a file at the top of the corpus gives the corpus folder's name.
* the **kind** is the first kind of ``toolkit/data/release_kinds.tsv`` (minutes, statement, press
  release, longer-run goals, implementation note, monetary policy report, …) found, in this order of
  trust, in the front-matter ``type``, the title, the file-name stem (dates, month names and roman
  numerals left out), the folder names, then the first short heading-like paragraphs of the text.
  With no kind found, a file-name stem that recurs in 3 or more files of the folder (a word of 4+ letters, not the
  source's name) is the kind
  ("mas monetary policy statement - april 2019" has one; "quarterly bulletin q1" gives "quarterly
  bulletin"); else the series is the source alone. A kind already in the source is not repeated.

``series=`` (an option of ``load_corpus``) overrides it: a column name (its values, as text), a
mapping (looked up by ``doc_id``, then ``path``, then the found series; others keep theirs) or a
function of the row (a dict) returning the label. An empty label is an error.

>>> rows = [{"doc_id": "a", "path": "fomc/2019/a.md", "source": "", "title": "FOMC statement", "text": ""}]
>>> add_series(rows)[0]["series"]
'fomc: statement'
"""
from __future__ import annotations

import os
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from toolkit.corpus.chrome import chrome_folder

__all__ = ["release_kinds", "kind_of", "name_words", "folder_source", "recurring_stems", "add_series"]

_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_ROMAN = "i ii iii iv v vi vii viii ix x xi xii".split()
_DROP = set(_MONTHS) | set(_ROMAN) | {"st", "nd", "rd", "th", "en", "eng", "english", "final", "web", "q"}
_GENERIC = {"data", "docs", "documents", "files", "text", "texts", "raw", "clean", "cleaned", "corpus",
            "releases", "release", "en", "english", "md", "txt", "output", "scraped", "html"}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[^a-z]+")
_YEARS = re.compile(r"(?:19|20)\d{2}(?:\s*[-_]\s*(?:(?:19|20)?\d{2}))?")


@lru_cache(maxsize=1)
def release_kinds() -> tuple[tuple[str, re.Pattern], ...]:
    """The (kind, pattern) rows of ``toolkit/data/release_kinds.tsv``, in their order of trust.

    >>> release_kinds()[0][0]
    'longer-run goals'
    """
    text = resources.files("toolkit").joinpath("data", "release_kinds.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, pattern = line.split("\t", 1)
            rows.append((kind.strip(), re.compile(pattern.strip(), re.IGNORECASE)))
    return tuple(rows)


def kind_of(text) -> str | None:
    """The first release kind found in ``text`` (a type, title, stem or heading), or None.

    >>> kind_of("Minutes of the Monetary Policy Board Meeting"), kind_of("longer-run-goals"), kind_of("Home")
    ('minutes', 'longer-run goals', None)
    """
    if not isinstance(text, str) or not text.strip():
        return None
    text = " ".join(re.sub(r"[_\-]+", " ", text).split())
    for kind, pattern in release_kinds():
        if pattern.search(text):
            return kind
    return None


@lru_cache(maxsize=8192)
def name_words(name: str) -> str:
    """A file or folder name as words, without extension, digits, month names or roman numerals.

    >>> name_words("MPC_Minutes_32019_hfo2n2nc.md"), name_words("min20190918225.md"), name_words("mi_iv2007en")
    ('mpc minutes hfo nc', 'min', 'mi')
    """
    stem = os.path.splitext(os.path.basename(name))[0] if "." in name[-9:] else os.path.basename(name)
    words = [w for w in _SPLIT.split(_CAMEL.sub(" ", stem).lower()) if w]
    return " ".join(w for w in words if w not in _DROP and not (len(w) == 1 and w != "a"))


def folder_source(path: str) -> str:
    """The source a folder name gives (see the module notes), "" when no folder has a name.

    >>> folder_source("corpora/fomc-statements/2006-2025/data/statements/x.md")
    'fomc'
    >>> folder_source("central-banks/bank_of_israel/2019/july-8-2019-minutes.md")
    'bank of israel'
    """
    return _folder_source(os.path.dirname(os.path.abspath(os.fspath(path))))


@lru_cache(maxsize=4096)
def _folder_source(folder: str) -> str:
    while folder and folder != os.path.dirname(folder):
        name = os.path.basename(folder)
        words = [w for w in re.split(r"[\s_\-.]+", name.lower()) if w]
        kept = [w for w in words if w not in _GENERIC and kind_of(w) is None and not w.isdigit()]
        if kept and not _YEARS.fullmatch(name):
            return " ".join(kept)
        folder = os.path.dirname(folder)
    return ""


def _head_kind(text) -> str | None:
    """The kind named by one of the first five paragraphs of a text that is a heading (200 characters at
    most, not ending with a full stop, ! or ?); of several, the one first in the table of kinds."""
    if not isinstance(text, str):
        return None
    heads = [p for p in text.split("\n\n", 5)[:5] if len(p) <= 200 and not p.rstrip().endswith((".", "!", "?"))]
    found = {kind_of(p) for p in heads} - {None}
    return next((kind for kind, _ in release_kinds() if kind in found), None)


def recurring_stems(paths) -> dict[str, set[str]]:
    """folder -> the file-name stems (as words, one of 4+ letters) shared by 3 or more of its files.

    >>> recurring_stems([f"b/qb_{q}_2019.md" for q in "1234"] + ["b/other.md"])
    {'b': set()}
    >>> recurring_stems([f"b/Quarterly_Bulletin_{q}_2019.md" for q in "1234"])
    {'b': {'quarterly bulletin'}}
    """
    counts: dict[str, Counter] = {}
    for path in paths:
        path = os.fspath(path)
        counts.setdefault(chrome_folder(path), Counter())[name_words(path)] += 1
    return {f: {s for s, n in c.items() if n >= 3 and max(map(len, s.split()), default=0) >= 4}
            for f, c in counts.items()}


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _found_series(row: dict, stems: dict[str, set[str]]) -> str:
    """The series of one row from its own fields (see the module notes)."""
    path = os.fspath(row.get("path", ""))
    source = str(row.get("source") or "").strip() or folder_source(path) or "corpus"
    folders = [name_words(f) for f in os.path.dirname(path).split(os.sep)[-3:]]
    kind = (kind_of(row.get("type")) or kind_of(row.get("title")) or kind_of(name_words(path))
            or next((k for k in map(kind_of, reversed(folders)) if k), None) or _head_kind(row.get("text")))
    if kind is None:
        stem = name_words(path)
        kind = stem if stem in stems.get(chrome_folder(path), ()) and _letters(stem) not in _letters(source) else None
    if kind is None or kind.lower() in source.lower():
        return source
    return f"{source}: {kind}"


def _override(row: dict, found: str, series):
    """The label ``series=`` gives this row (column name, mapping or function), ``found`` when none."""
    if isinstance(series, str):
        if series not in row:
            raise ValueError(f"series={series!r}: no such column in the corpus; give a column name (e.g. 'type'), "
                             "a mapping {doc_id: label} or a function of the row")
        value = row[series]
    elif isinstance(series, dict):
        value = series.get(row.get("doc_id"), series.get(row.get("path"), series.get(found, found)))
    elif callable(series):
        value = series(dict(row, series=found))
    else:
        raise TypeError(f"series= must be a column name, a mapping or a function, not {type(series).__name__}")
    return found if value is None else str(value)


def add_series(rows: list[dict], series=None, stems: dict[str, set[str]] | None = None) -> list[dict]:
    """Give every row a ``series`` (in place; see the module notes); ``series=`` overrides it.

    ``stems``: :func:`recurring_stems` of every file of the corpus, when ``rows`` are only part of it.
    """
    stems = recurring_stems(r.get("path", "") for r in rows) if stems is None else stems
    for row in rows:
        found = _found_series(row, stems)
        label = found if series is None else _override(row, found, series).strip()
        if not label:
            raise ValueError(f"series= gave an empty label for {row.get('doc_id')!r}; every document needs a "
                             "series (return the source name, e.g. 'Federal Reserve: statement')")
        row["series"] = label
    return rows
