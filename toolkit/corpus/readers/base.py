"""What every reader shares: the :class:`SkipFile` signal, the :class:`Article` being built, the
checks that turn bytes into text (or a skip reason), and the final row of a text-like file.

A reader is a function ``reader(path, root, data, opts) -> list[dict]``: ``path`` the file,
``root`` the folder (or file) given to ``load_corpus``, ``data`` the file's bytes (never empty),
``opts`` the :class:`~toolkit.corpus.options.LoadOptions`. It returns one row per article, or raises
:class:`SkipFile` whose message is the reason listed in ``attrs["skipped"]``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from toolkit.corpus.normalize import CONTROL, decode

__all__ = ["SkipFile", "Article", "UTF16_BOMS", "NO_DATE", "text_of", "article_row"]

#: the problem of a text-like article with no date (removed when the folder step finds one)
NO_DATE = "no date found (not in the file name, the header or a dateline)"

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class SkipFile(Exception):
    """Raised by a reader for a file it does not load; the message is the reason shown to the user."""


@dataclass
class Article:
    """The fields of one text-like article as its reader works them out, step by step."""

    fmt: str
    date: str | None = None
    source: str = ""
    title: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def text_of(data: bytes, opts) -> tuple[str, str]:
    """(text, encoding) of a text file's bytes, or :class:`SkipFile` for binary, undecodable or empty data.

    >>> from toolkit.corpus.options import LoadOptions
    >>> text_of("Caf\\u00e9".encode("cp1252"), LoadOptions())
    ('Café', 'cp1252')
    """
    if b"\x00" in data and not data.startswith(UTF16_BOMS):
        raise SkipFile("binary file (NUL bytes), not text")
    try:
        raw, enc = decode(data, opts.encoding)
    except UnicodeDecodeError as exc:
        raise SkipFile(f"undecodable as {opts.encoding}: {exc.reason} at byte {exc.start}") from None
    if not raw.strip(" \t\r\n\ufeff"):
        raise SkipFile("empty file")
    head = raw[:8192]
    if not head.isascii() or CONTROL.search(head):
        n_control = len(CONTROL.findall(head))
        if n_control >= 5 and n_control > 0.01 * len(head):
            raise SkipFile(f"binary file ({n_control} control characters in the first {len(head)}), not text")
    return raw, enc


def article_row(doc_id: str, path: str, article: Article, paras: list[str], encoding: str, opts) -> dict:
    """The corpus row of a text-like article: core columns, then its metadata in the order found."""
    text = "\n\n".join(paras)
    if article.date is None:
        article.problems.append(NO_DATE)
    if not text:
        article.problems.append("empty text after removing boilerplate")
    row = {
        "doc_id": doc_id, "date": article.date, "source": article.source or opts.default_source,
        "title": article.title, "text": text, "path": path, "format": article.fmt, "encoding": encoding,
        "problems": "; ".join(article.problems),
    }
    for k, v in article.meta.items():
        row.setdefault(k, v)
    return row
