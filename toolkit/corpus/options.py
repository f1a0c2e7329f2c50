"""The options of :func:`toolkit.load_corpus`, checked once and resolved into :class:`LoadOptions`.

Also the default exclusion patterns (:data:`DEFAULT_EXCLUDE`): entries of a corpus folder that are
not articles (hidden files, licence and read-me files, ``_meta`` folders, system files).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from toolkit.corpus.boilerplate import load_boilerplate, load_known_sources
from toolkit.corpus.date_table import date_table

__all__ = ["DEFAULT_EXCLUDE", "LICENCE_NAMES", "KNOWN_OPTIONS", "REPORT_OPTIONS", "LoadOptions", "make_options"]

#: names of licence/metadata files (one list: DEFAULT_EXCLUDE and the skip reason both use it)
LICENCE_NAMES = ("SOURCE.txt", "SOURCE", "LICENSE*", "LICENCE*", "COPYING*", "README*", "CHANGELOG*")
DEFAULT_EXCLUDE: tuple[str, ...] = (
    ".*",
    *LICENCE_NAMES,
    "_meta",
    "__pycache__",
    "*.pyc",
    "Thumbs.db",
    "desktop.ini",
)

#: the options the reports (``python -m toolkit report`` and the notebooks) load a corpus with: the
#: cleaner, slower reading of PDF-extracted and one-line texts (off by default in ``load_corpus``)
REPORT_OPTIONS = {"run_together": True, "headings": True}

KNOWN_OPTIONS = frozenset({"sources", "boilerplate", "exclude", "text_column", "date_column", "id_column",
                           "source_column", "title_column", "default_source", "encoding", "dayfirst",
                           "progress", "workers", "dates", "chrome", "series", "run_together", "headings"})


@dataclass(frozen=True)
class LoadOptions:
    """The resolved load options: known sources and boilerplate rules read and compiled."""

    sources: tuple[str, ...] = ()
    boilerplate: tuple[tuple[str, Any], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    text_column: str | None = None
    date_column: str | None = None
    id_column: str | None = None
    source_column: str | None = None
    title_column: str | None = None
    default_source: str = ""
    encoding: str | None = None
    dayfirst: bool = True
    dates: dict | None = None
    extra: dict = field(default_factory=dict)
    chrome: Any = True  # True / False / extra notice regexes (toolkit.corpus.chrome)
    run_together: bool = False  # split words run together by PDF extraction (toolkit.corpus.run_together)
    headings: bool = False  # run-in section headings their own paragraph (toolkit.corpus.headings)


def _check_encoding(enc: str | None) -> None:
    if enc is None:
        return
    import codecs

    try:
        codecs.lookup(enc)
    except LookupError:
        raise ValueError(f"encoding={enc!r} is not a known codec; use e.g. 'utf-8', 'gb18030', 'cp1252', "
                         "or leave it out to detect it per file") from None


def make_options(options: dict) -> LoadOptions:
    """Check the keyword options of ``load_corpus`` and resolve them (``progress``/``workers`` ignored).

    Raises ``TypeError`` for an unknown option, ``ValueError`` for an unknown encoding or a bad
    boilerplate pattern, ``FileNotFoundError`` for a missing boilerplate file.

    >>> make_options({"exclude": "drafts"}).exclude
    ('drafts',)
    """
    unknown = sorted(set(options) - KNOWN_OPTIONS)
    if unknown:
        raise TypeError(f"load_corpus() got unknown option(s) {unknown}; known options: {sorted(KNOWN_OPTIONS)}")
    exclude = options.get("exclude")
    if exclude is None:
        exclude = DEFAULT_EXCLUDE
    elif isinstance(exclude, str):
        exclude = (exclude,)
    enc = options.get("encoding")
    _check_encoding(enc)
    run_together = options.get("run_together", False)
    if run_together not in (True, False):
        raise ValueError(f"run_together={run_together!r}: give True (split words run together) "
                         "or False (keep every text as extracted, the default)")
    headings = options.get("headings", False)
    if headings not in (True, False):
        raise ValueError(f"headings={headings!r}: give True (section headings run into a one-line text get a "
                         "paragraph of their own) or False (keep the text's lines as they are, the default)")
    return LoadOptions(
        sources=load_known_sources(options.get("sources")),
        boilerplate=load_boilerplate(options.get("boilerplate")),
        exclude=tuple(exclude),
        text_column=options.get("text_column"),
        date_column=options.get("date_column"),
        id_column=options.get("id_column"),
        source_column=options.get("source_column"),
        title_column=options.get("title_column"),
        default_source=options.get("default_source") or "",
        encoding=enc,
        dayfirst=bool(options.get("dayfirst", True)),
        chrome=options.get("chrome", True),
        run_together=bool(run_together),
        headings=bool(headings),
        dates=date_table(options.get("dates")),
    )
