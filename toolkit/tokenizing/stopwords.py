"""Stopwords: the bundled English list (``toolkit/data/stopwords.txt``) and your own additions.

:func:`load_stopwords` is the public verb; :func:`~toolkit.tokenizing.tokens` resolves its
``stopwords=`` argument here (None: the bundled list, False: none, a list, or a word-per-line file).
"""
from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

__all__ = ["load_stopwords"]

_STOPWORDS_CACHE: frozenset[str] | None = None


def _read_word_lines(lines: Iterable[str]) -> list[str]:
    words = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line.lower())
    return words


def _bundled_stopwords() -> frozenset[str]:
    global _STOPWORDS_CACHE
    if _STOPWORDS_CACHE is None:
        path = resources.files("toolkit") / "data" / "stopwords.txt"
        _STOPWORDS_CACHE = frozenset(_read_word_lines(path.read_text(encoding="utf-8").splitlines()))
    return _STOPWORDS_CACHE


def load_stopwords(extra=None) -> frozenset[str]:
    """The bundled English stopword list (``toolkit/data/stopwords.txt``), lower-cased, plus ``extra``.

    ``extra`` is an iterable of words, or a path to a text file with one word per line (``#`` starts
    a comment). Words are lower-cased.

    >>> sw = load_stopwords(extra=["percent", "district"])
    >>> "the" in sw, "percent" in sw, "inflation" in sw
    (True, True, False)
    """
    words = _bundled_stopwords()
    if extra is None:
        return words
    if isinstance(extra, (str, Path)):
        added = _read_word_lines(_stopword_file(extra).read_text(encoding="utf-8").splitlines())
    else:
        try:
            added = [str(w).strip().lower() for w in extra]
        except TypeError:
            raise ValueError(
                f"extra stopwords must be a list of words or a path to a file, got {type(extra).__name__}"
            ) from None
    return words | frozenset(w for w in added if w)


def _resolve_stopwords(stopwords) -> frozenset[str]:
    """The stopword set of ``tokens(stopwords=...)``: None bundled, False none, a path or an iterable."""
    if stopwords is None:
        return _bundled_stopwords()
    if stopwords is False:
        return frozenset()
    if isinstance(stopwords, (str, Path)):
        return frozenset(_read_word_lines(_stopword_file(stopwords).read_text(encoding="utf-8").splitlines()))
    return frozenset(str(w).lower() for w in stopwords)


def _stopword_file(path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(
            f"stopword file {str(path)!r} not found; pass a path to a text file with one word per "
            "line, or a list of words"
        )
    return path
