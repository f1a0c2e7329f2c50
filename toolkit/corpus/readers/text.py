"""Text-like files: plain text (``txt``, any extension not known as something else), the seed
trade-press format and Markdown, read by one sequence of steps.

1. front matter (:mod:`~toolkit.corpus.readers.markdown`), in any file that opens with ``---``;
2. paragraphs with whitespace normalised (:mod:`~toolkit.corpus.normalize`);
3. Markdown headings/emphasis, or else the seed header (:mod:`~toolkit.corpus.readers.seed`);
4. date, district and source from the file name (:mod:`~toolkit.corpus.names`), unless seed;
5. links to their text, boilerplate paragraphs removed (:mod:`~toolkit.corpus.boilerplate`);
6. a dateline ("January 30, 2008") in the first two paragraphs when there is still no date;
7. still no date: the readings of the file name and the dates of the text head are left in the row
   for :func:`toolkit.corpus.dates_folder.resolve_dates`, which decides with the whole folder in view.
"""
from __future__ import annotations

import os

from toolkit.corpus.boilerplate import strip_boilerplate
from toolkit.corpus.dates import date_from_text
from toolkit.corpus.dates_name import name_dates
from toolkit.corpus.dates_text import text_dates
from toolkit.corpus.names import name_metadata
from toolkit.corpus.normalize import normalise
from toolkit.corpus.paths import rel_id
from toolkit.corpus.readers.base import Article, article_row, text_of
from toolkit.corpus.readers.markdown import markdown_paragraphs, read_front_matter, split_front_matter, strip_links
from toolkit.corpus.readers.seed import seed_header

__all__ = ["read_text", "read_markdown", "text_row"]


def read_text(path: str, root: str, data: bytes, opts) -> list[dict]:
    """Reader for plain text (and the seed format): one row.

    >>> from toolkit.corpus.options import make_options
    >>> row, = read_text("20080130.txt", "20080130.txt", b"The Committee decided.", make_options({}))
    >>> row["date"], row["format"]
    ('2008-01-30', 'txt')
    """
    raw, enc = text_of(data, opts)
    return [text_row(rel_id(path, root), path, raw, enc, opts, "txt")]


def read_markdown(path: str, root: str, data: bytes, opts) -> list[dict]:
    """Reader for ``.md``/``.markdown``/``.mdown`` files: one row (format "markdown")."""
    raw, enc = text_of(data, opts)
    return [text_row(rel_id(path, root), path, raw, enc, opts, "markdown")]


def _dateline(paras: list[str], article: Article) -> list[str]:
    """Take the date from a ``dateline`` boilerplate capture or from one of the first two paragraphs
    (a paragraph that is only a date; it leaves the text and is kept as ``dateline``)."""
    for p in (article.meta.get("dateline"),) + tuple(paras[:2]):
        if p:
            iso = date_from_text(p)
            if iso:
                article.date = iso
                if p in paras[:2]:
                    article.meta.setdefault("dateline", p)
                    paras.remove(p)
                break
    return paras


def text_row(doc_id: str, path: str, raw: str, encoding: str, opts, fmt_hint: str) -> dict:
    """The corpus row of one text-like file (``raw`` decoded), by the steps in the module notes."""
    article = Article(fmt=fmt_hint)
    body = raw[1:] if raw.startswith("\ufeff") else raw
    fm_text, body = split_front_matter(body)
    if fm_text is not None:
        article.fmt = "markdown"
        read_front_matter(fm_text, article, opts.dayfirst)
        if article.date:
            article.meta["date_source"] = "front matter"
    paras = normalise(body, opts.headings)
    if article.fmt == "markdown":
        paras, article.title = markdown_paragraphs(paras, article.title)
    elif paras:
        paras = seed_header(paras, opts, article)
    if article.fmt != "seed":
        name_metadata(path, article, opts.dayfirst)
    paras = strip_boilerplate([p for p in strip_links(paras) if p], opts.boilerplate, article.meta)
    named = name_dates(os.path.splitext(os.path.basename(path))[0]) if article.date is None else None
    if named is not None and len(set(named.full)) == 1 and not (named.eight or named.months or named.weak):
        article.date, article.meta["date_source"] = named.full[0], "file name"  # trusted over a dateline
    if article.date is None:
        paras = _dateline(paras, article)
        article.meta["date_source"] = "text" if article.date else None
    if article.date is None:
        _date_clues(named, paras, article)
    return article_row(doc_id, path, article, paras, encoding, opts)


def _date_clues(named, paras: list[str], article: Article) -> None:
    """Leave the file-name readings and the text-head dates in private keys of the row (``_name``,
    ``_text``, ``_head``) for :func:`~toolkit.corpus.dates_folder.resolve_dates`."""
    found, impossible = text_dates(paras, article.title)
    article.meta["_name"] = named
    article.meta["_text"] = found
    article.meta["_head"] = (paras[:8], article.title) if not found else None
    article.problems += [f"text date {s!r} is not a real date" for s in impossible]
