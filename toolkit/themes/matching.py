"""Matching a theme dictionary against texts: one compiled regular expression per dictionary.

:func:`theme_matches` lists every match; :func:`~toolkit.themes.theme_frequency` and
:func:`~toolkit.themes.theme_coverage` use the same compiled matcher. The rules:

* case-insensitive, on word boundaries (a term never matches inside a longer word);
* a space in a term matches any run of whitespace, so phrases match across line breaks;
* the longest term wins: at each position the longest matching term is taken and the text it
  covers is not counted again, so "new energy vehicles" counts once for its theme and the
  "energy" inside it does not count for another;
* plurals match through lemmas: the last word of a term also matches its regular plural
  (``-s``; ``-es`` after s/x/z/ch/sh; ``-ies`` for consonant + y; ``-is`` -> ``-es``) when
  simplemma's English lemma of that plural is the word itself, or simplemma does not know the
  plural (acronyms: "SME" -> "SMEs"). So "enterprise" matches "enterprises" and "crisis"
  matches "crises", but "new" never matches "news". :func:`~toolkit.themes.term_forms` lists the
  forms of a term;
* with ``inflect=False`` a term matches exactly as written, so its count equals a plain
  ``re.findall(r"\\bterm\\b", text, re.I)`` count (with ``\\s+`` for its spaces) whenever no
  longer term overlaps it;
* hyphens and other punctuation are literal ("low-carbon" and "low carbon" are two terms).

Counting (:func:`~toolkit.themes.theme_frequency`) runs the same matcher on pyarrow's RE2 kernels for
ASCII texts, where RE2 finds exactly the matches Python's ``re`` finds (:mod:`toolkit.themes._arrow`
says why), about 4x faster; other texts take the ``re`` path. Listing matches (:func:`theme_matches`,
:func:`~toolkit.themes.theme_coverage`) always uses ``re``.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable

import numpy as np
import pandas as pd

from toolkit.themes._arrow import ArrowCounter, arrow_counter, as_arrow, char_trie
from toolkit.themes._input import _as_corpus
from toolkit.themes.dictionary import _key, load_themes, term_forms
from toolkit.tokenizing import _lemmas

__all__ = ["theme_matches", "MATCH_COLUMNS"]

MATCH_COLUMNS = ["doc_id", "theme", "term", "match", "start", "end"]


def _piece(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’]"
    return re.escape(ch)


def _trie_pattern(forms: Iterable[str]) -> str:
    """A regex matching any of ``forms``, longest first at each position (a character trie whose
    optional tails are greedy, so the regex engine tries the longer term before the shorter)."""
    trie = char_trie(forms)

    def build(node: dict) -> str:
        branches = [_piece(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@dataclass(frozen=True)
class _Matcher:
    pattern: str | None  # the regex of every form (None: no form)
    lookup: dict[str, tuple[int, str]]  # form -> (theme index, term)
    themes: tuple[str, ...]
    memo: dict = field(default_factory=dict, compare=False)  # matched text -> lookup hit (or None)
    # the same matcher on pyarrow's RE2 kernels, for the texts where it is exact (see themes/_arrow.py)
    arrow: ArrowCounter | None = None

    # Python's regexes are compiled on first use: RE2 counts most corpora without them
    @cached_property
    def regex(self) -> re.Pattern | None:
        return None if self.pattern is None else re.compile(self.pattern, re.IGNORECASE)

    @cached_property
    def lower_regex(self) -> re.Pattern | None:
        """The pattern without re.IGNORECASE: on ASCII text, lower-cased first, it finds the same
        matches about 2.5x faster (case-insensitive matching folds case at every comparison)."""
        return None if self.pattern is None else re.compile(self.pattern)

    def _hit(self, found: str):
        try:
            return self.memo[found]
        except KeyError:
            pass
        hit = self.lookup.get(_key(found))
        if hit is None:  # exotic case folding (e.g. U+017F long s); resolve form by form
            hit = next(
                (v for f, v in self.lookup.items() if re.fullmatch(_trie_pattern([f]), found, re.I)),
                None,
            )
        self.memo[found] = hit
        return hit

    def find(self, text: str):
        """Yield (theme index, term, start, end, matched text) for each match in ``text``."""
        if self.pattern is None or not text:
            return
        for m in self.regex.finditer(text):
            hit = self._hit(m.group())
            if hit is not None:
                yield hit[0], hit[1], m.start(), m.end(), m.group()

    def theme_ids(self, text: str) -> list[int]:
        """The theme index of each match in ``text`` (what :func:`theme_frequency` counts)."""
        if self.pattern is None or not text:
            return []
        if text.isascii():
            found = self.lower_regex.findall(text.lower())
        else:
            found = [m.group() for m in self.regex.finditer(text)]
        hits = map(self._hit, found)
        return [h[0] for h in hits if h is not None]

    def counts(self, texts, progress=lambda items, total: items) -> np.ndarray:
        """Matches per text and theme, ``(len(texts), len(themes))``: on RE2 kernels for the texts where
        they are exact (ASCII, see :mod:`toolkit.themes._arrow`), :meth:`theme_ids` for the others
        (``progress`` wraps that loop). The counts are the same either way."""
        n_themes = len(self.themes)
        result = None
        if self.arrow is not None and len(texts):
            result = self.arrow.counts(as_arrow(texts), lambda found: (self._hit(found) or (None,))[0], n_themes)
        counts, done = result if result is not None else (np.zeros((len(texts), n_themes), np.int64), None)
        rest = np.arange(len(texts)) if done is None else np.flatnonzero(~done)
        if len(rest) and hasattr(texts, "take") and hasattr(texts, "to_pylist"):  # a pyarrow array
            texts = dict(zip(rest.tolist(), [t or "" for t in texts.take(rest).to_pylist()]))
        return self.re_counts(texts, rest, progress, counts)

    def re_counts(self, texts, rows=None, progress=lambda items, total: items, counts=None) -> np.ndarray:
        """Matches per text and theme with Python's ``re`` (:meth:`theme_ids`), text by text: the path
        for the texts RE2 cannot count exactly, and the reference the RE2 counts are tested against.
        ``rows``: only these texts (the others stay as in ``counts``, zeros by default)."""
        n_themes = len(self.themes)
        counts = np.zeros((len(texts), n_themes), np.int64) if counts is None else counts
        rows = np.arange(len(texts)) if rows is None else rows
        values = texts.array if isinstance(texts, pd.Series) else texts
        for d in progress(rows.tolist(), len(rows)):
            text = values[d]
            ids = self.theme_ids(text if isinstance(text, str) else "")
            if ids:
                counts[d] = np.bincount(ids, minlength=n_themes)
        return counts


@lru_cache(maxsize=64)
def _compile(items: tuple[tuple[str, tuple[str, ...]], ...], inflect: bool) -> _Matcher:
    lookup: dict[str, tuple[int, str]] = {}
    collisions = []
    with _lemmas.batch():  # the plurals' simplemma answers: one write to the lemma table
        forms_of = [[term_forms(term, inflect) for term in terms] for _, terms in items]
    for i, (theme, terms) in enumerate(items):
        for term, forms in zip(terms, forms_of[i]):
            for form in forms:
                if form in lookup and lookup[form][0] != i:
                    collisions.append(f"{form!r} ({items[lookup[form][0]][0]!r} and {theme!r})")
                    continue
                lookup.setdefault(form, (i, term))
    if collisions:
        warnings.warn(
            f"{len(collisions)} plural form(s) belong to terms of two themes and count for the first: "
            f"{'; '.join(collisions[:10])}. Keep each word in one theme or pass inflect=False.",
            UserWarning,
            stacklevel=4,
        )
    pattern = r"(?<!\w)" + _trie_pattern(lookup) + r"(?!\w)" if lookup else None
    return _Matcher(pattern, lookup, tuple(theme for theme, _ in items), arrow=arrow_counter(lookup))


def _matcher(themes, inflect: bool) -> _Matcher:
    loaded = load_themes(themes)
    return _compile(tuple((t, tuple(terms)) for t, terms in loaded.items()), bool(inflect))


def theme_matches(corpus, themes=None, inflect: bool = True) -> pd.DataFrame:
    """Every theme match: ``doc_id``, ``theme``, ``term`` (dictionary entry), ``match`` (the text
    as written), ``start``/``end`` (character offsets into the document's ``text``).

    Use it to see why a document scores on a theme.

    >>> m = theme_matches(["New Energy\\nVehicles and energy storage"], {"nev": ["new energy vehicle"],
    ...                                                                 "energy": ["energy"]})
    >>> m[["theme", "term", "match"]].values.tolist()
    [['nev', 'new energy vehicle', 'New Energy\\nVehicles'], ['energy', 'energy', 'energy']]
    """
    docs = _as_corpus(corpus, "theme_matches")
    matcher = _matcher(themes, inflect)
    rows = []
    for doc_id, text in zip(docs["doc_id"], docs["text"]):
        for i, term, start, end, found in matcher.find(text):
            rows.append((doc_id, matcher.themes[i], term, found, start, end))
    out = pd.DataFrame(rows, columns=MATCH_COLUMNS)
    return out.astype({"doc_id": "str", "theme": "str", "term": "str", "match": "str", "start": "int64", "end": "int64"})
