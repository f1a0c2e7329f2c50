"""One reader per file format, in a registry ``{extension: reader}``.

A reader is ``reader(path, root, data, opts) -> list[dict]`` (see :mod:`toolkit.corpus.readers.base`):
one row per article, or :class:`~toolkit.corpus.readers.base.SkipFile` with the reason it is not loaded.

* :mod:`.text` -- plain text and the seed trade-press format (``.txt`` and any extension not listed
  here), Markdown (``.md``); the Markdown steps live in :mod:`.markdown`, the seed header in :mod:`.seed`;
* :mod:`.delimited` (``.csv``, ``.tsv``), :mod:`.jsonl` (``.jsonl``, ``.ndjson``, ``.json``),
  :mod:`.parquet` (``.parquet``, ``.pq``): tables, one row per table row, through :mod:`.table`.

To add a format, write ``readers/<format>.py`` with a ``read_<format>`` function and add one line for
each of its extensions to :data:`TEXT_READERS` or :data:`TABLE_READERS` below (a table format usually
needs only a ``parse(data, opts) -> (DataFrame, encoding)`` and :func:`~.table.rows_from_table`).

>>> reader_for(".csv").__name__, reader_for(".xt").__name__
('read_csv', 'read_text')
"""
from __future__ import annotations

from typing import Callable

from toolkit.corpus.readers import delimited, jsonl, parquet, text
from toolkit.corpus.readers.base import SkipFile

__all__ = ["Reader", "TEXT_READERS", "TABLE_READERS", "READERS", "NOT_ARTICLE_EXT", "reader_for", "SkipFile"]

Reader = Callable[[str, str, bytes, object], list]

TEXT_READERS: dict[str, Reader] = {
    ".md": text.read_markdown,
    ".markdown": text.read_markdown,
    ".mdown": text.read_markdown,
}
TABLE_READERS: dict[str, Reader] = {
    ".csv": delimited.read_csv,
    ".tsv": delimited.read_tsv,
    ".jsonl": jsonl.read_jsonl,
    ".ndjson": jsonl.read_jsonl,
    ".json": jsonl.read_json,
    ".parquet": parquet.read_parquet,
    ".pq": parquet.read_parquet,
}
#: extension (lower-case, with the dot) -> reader; any other extension is read as plain text
READERS: dict[str, Reader] = {**TEXT_READERS, **TABLE_READERS}

#: Files that are certainly not articles (code, configuration, markup, documents, archives, images). Any
#: other extension that decodes as text is read as plain text: real corpora have typos like "20080916.xt".
NOT_ARTICLE_EXT = {".py", ".ipynb", ".js", ".css", ".sh", ".bat", ".ps1", ".yml", ".yaml", ".toml",
                   ".ini", ".cfg", ".xml", ".html", ".htm", ".pdf", ".doc", ".docx", ".odt", ".rtf",
                   ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".gz", ".bz2", ".xz", ".7z", ".tar",
                   ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".pickle", ".pkl"}


def reader_for(ext: str) -> Reader:
    """The reader of extension ``ext`` (lower-case, with the dot); :class:`SkipFile` for a type that is
    not an article, plain text for any other."""
    reader = READERS.get(ext)
    if reader is not None:
        return reader
    if ext in NOT_ARTICLE_EXT:
        raise SkipFile(f"unsupported file type {ext!r}: load_corpus reads plain text and Markdown, and tables "
                       f"({', '.join(sorted(TABLE_READERS))}); convert it to text first")
    return text.read_text
