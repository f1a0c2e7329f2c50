"""The one word rule: where tokens break, and which tokens are words. Every count uses it.

Tokens
    A text is cut into tokens by the rules below (in the spirit of the Treebank tokenizer). No token
    contains whitespace, and every other character belongs to exactly one token:

    * letters (and "_") and digits join: "growth", "1990s", "COVID19"; every other character is its
      own token, except that it joins its neighbours when it is
    * ".", ",", ":" or "/" between digits: "4.6", "1,000", "9:30", "1/4";
    * "-", "&" or "@" between letters/digits: "year-over-year", "COVID-19", "9-3/4", "AT&T";
    * a period in a run of single letters: "U.S.", "e.g.", "a.m.", "D.C.";
    * a period between two letters when a lower-case letter follows: "federalreserve.gov";
    * an apostrophe (straight or U+2019) inside a word: "don't", "O'Leary"; but the clitics 's 'd 'm
      're 've 'll are split off as their own tokens ("Committee" + "'s"), as Treebank does;
    * runs of periods ("...") and of hyphens ("--") stay one token.

Words
    A *word* is a token whose first character is a letter (``str.isalpha``; not "_", not a digit):
    "growth", "U.S.", "COVID-19", "year-over-year", "don't" and "AT&T" are one word each; "4.6",
    "2024", "1/4", "'s", "$" and "." are not words. The word keeps its case as written.

Who counts with it
    :func:`words` (the words of one text), :func:`count_words` (how many, for one text or many in one
    pass), the ``is_alpha`` column of :func:`toolkit.tokens` (True exactly for these tokens), and so
    ``theme_frequency``'s ``per_1k_words``. Keyness ``per_1k`` and "words per article" in reports are
    to count with :func:`count_words` / :func:`words` too, so a rate means the same everywhere.

The rules run vectorised over character classes in numpy (one pass classifies every character, a
few array rules decide where tokens break; no Python loop per token): about as fast as ``str.split``.

>>> words("The Committee's target is 0 to 1/4 percent in the U.S.")
['The', 'Committee', 'target', 'is', 'to', 'percent', 'in', 'the', 'U.S.']
>>> count_words("The Committee's target is 0 to 1/4 percent in the U.S.")
9
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from toolkit.pool import runs
from toolkit.tokenizing._chars import DIGIT, LETTER, OTHER, SPACE, Chars
from toolkit.tokenizing._input import clean_text

__all__ = ["words", "count_words"]


def _table(chars: str) -> np.ndarray:
    t = np.zeros(256, dtype=bool)
    t[[ord(c) for c in chars]] = True
    return t


_NUMBER_JOINERS = _table(".,:/")  # between digits: 4.6, 1,000, 9:30, 1/4
_WORD_JOINERS = _table("-&@")  # between letters/digits: year-over-year, AT&T
_LOWER = _table("abcdefghijklmnopqrstuvwxyz")
_CLITIC1 = _table("sSdDmM")
_RUNS = _table(".-")
_APOSTROPHE = ord("'")

_CHUNK = 1 << 20  # characters per block: keeps the working arrays in cache on long texts


def words(text) -> list[str]:
    """The words of one text, in order and as written (see the module docstring for what a word is).

    ``len(words(text)) == count_words(text)``, always. A missing text (None/NaN) has no words.

    >>> words("The U.S. economy grew 4.6 percent in 2024, year-over-year.")
    ['The', 'U.S.', 'economy', 'grew', 'percent', 'in', 'year-over-year']
    >>> words(None)
    []
    """
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return []
    if not isinstance(text, str):
        raise ValueError(f"words expects a str (one document's text), got {type(text).__name__}")
    chars = Chars(text)
    starts, ends = _token_spans(chars)
    keep = _is_word(chars, starts)
    return [text[a:b] for a, b in zip(starts[keep].tolist(), ends[keep].tolist())]


def count_words(text):
    """Number of word tokens in ``text``: the rows :func:`toolkit.tokens` would mark ``is_alpha``.

    Use it as the denominator of rates such as "mentions per 1,000 words". Numbers and punctuation
    are not words; "U.S.", "COVID-19", "year-over-year" and "don't" are one word each. A missing text
    (None/NaN) has 0 words. Give a list or Series of texts to count them all in one vectorised pass
    (much faster than one call per text); you get a numpy array of counts in the same order.

    >>> count_words("The U.S. economy grew 4.6 percent in 2024, year-over-year.")
    7
    >>> count_words(["Rates rose.", None, ""]).tolist()
    [2, 0, 0]
    """
    if isinstance(text, str):
        return int(_count_words_batch([text])[0])
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return 0
    if isinstance(text, (list, tuple, pd.Series, pd.Index, np.ndarray)):
        texts = [clean_text(t, i) for i, t in enumerate(list(text))]
        return _count_words_batch(texts)
    raise ValueError(f"count_words expects a str or a list/Series of str, got {type(text).__name__}")


def _count_words_batch(texts: list[str]) -> np.ndarray:
    """Words per text, in runs of texts of about 1 MB (``toolkit.pool.CACHE_CHARS``: the numpy passes
    of a run stay in cache and reuse the memory the last run freed)."""
    if not texts:
        return np.zeros(0, dtype=np.int64)
    parts = [_count_words_run(texts[a:b]) for a, b in runs(list(map(len, texts)))]
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def _count_words_run(texts: list[str]) -> np.ndarray:
    chars = Chars("\n".join(texts))
    starts, _ = _token_spans(chars)
    word = _is_word(chars, starts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
    doc_start = np.cumsum(lengths) - lengths
    doc = np.searchsorted(doc_start, starts[word], side="right") - 1
    return np.bincount(doc, minlength=len(texts)).astype(np.int64)


def _is_word(chars: Chars, starts: np.ndarray) -> np.ndarray:
    """The word rule on token starts: True where the token's first character is a letter (not "_")."""
    return (chars.cls[starts] == LETTER) & (chars.b[starts] != ord("_"))


def _token_spans(chars: Chars) -> tuple[np.ndarray, np.ndarray]:
    """Character spans (starts, ends) of the tokens of one text, following the rules above.

    Long texts are cut into blocks at whitespace (no token crosses whitespace, and every rule looks
    past a neighbour only when that neighbour is not a space, so blocks tokenize as the whole would).
    """
    n = chars.n
    if n <= _CHUNK:
        return _block_spans(chars, 0, n)
    starts, ends = [], []
    lo = 0
    while lo < n:
        hi = min(lo + _CHUNK, n)
        while hi < n and chars.cls[hi] != SPACE:  # move the cut to the next whitespace
            step = chars.cls[hi:hi + 4096]
            spaces = np.flatnonzero(step == SPACE)
            hi = hi + int(spaces[0]) if len(spaces) else min(hi + len(step), n)
        s, e = _block_spans(chars, lo, hi)
        starts.append(s + lo)
        ends.append(e + lo)
        lo = hi
    return np.concatenate(starts), np.concatenate(ends)


def _block_spans(chars: Chars, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
    """Spans of the tokens in ``chars[lo:hi]``, relative to ``lo``."""
    n, b, cls = hi - lo, chars.b[lo:hi], chars.cls[lo:hi]
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    nonspace = cls != SPACE
    start = np.empty(n, dtype=bool)  # a token starts after whitespace ...
    start[0] = nonspace[0]
    np.logical_and(nonspace[1:], ~nonspace[:-1], out=start[1:])
    # ... and around punctuation: only the non-word characters need rules; look at them sparsely
    o = np.flatnonzero(cls == OTHER)
    if len(o):
        at, after = _punctuation_starts(_Around(b, cls, o), chars, lo)
        start[o[at]] = True  # a token starts at the character ...
        start[o[after] + 1] = True  # ... and at the word character after it
    starts = np.flatnonzero(start)
    # a token ends where the next one starts or at the next space
    end = np.empty(n + 1, dtype=bool)
    end[0] = False
    end[1:] = nonspace
    end[1:-1] &= ~nonspace[1:] | start[1:]
    ends = np.flatnonzero(end)
    return starts, ends


class _Around:
    """The non-word characters ``o`` of a block with the bytes and classes two either side of each."""

    def __init__(self, b: np.ndarray, cls: np.ndarray, o: np.ndarray):
        n = len(b)
        pb = np.zeros(n + 4, dtype=np.uint8)
        pb[2:-2] = b
        pc = np.zeros(n + 4, dtype=np.int8)  # pads are SPACE
        pc[2:-2] = cls
        self.o = o
        self.c = b[o]
        self.c_prev, self.c_prev2, self.c_next, self.c_next2 = pb[o + 1], pb[o], pb[o + 3], pb[o + 4]
        self.k_prev, self.k_prev2, self.k_next, self.k_next2 = pc[o + 1], pc[o], pc[o + 3], pc[o + 4]
        self.word_prev = (self.k_prev == LETTER) | (self.k_prev == DIGIT)
        self.word_next = (self.k_next == LETTER) | (self.k_next == DIGIT)


def _punctuation_starts(x: _Around, chars: Chars, lo: int) -> tuple[np.ndarray, np.ndarray]:
    """Masks over ``x.o``: a token starts at the character (``at``), or just after it (``after``)."""
    is_dot = x.c == ord(".")
    joined = (_NUMBER_JOINERS[x.c] & (x.k_prev == DIGIT) & (x.k_next == DIGIT)) | (
        _WORD_JOINERS[x.c] & x.word_prev & x.word_next
    ) | (is_dot & (x.k_prev == LETTER) & (x.k_next == LETTER) & _LOWER[x.c_next])
    # abbreviation periods: after a single letter, next to another "L." ("U.S.", "e.g.")
    single_before = (x.k_prev == LETTER) & (x.k_prev2 != LETTER) & (x.k_prev2 != DIGIT)
    abbr_mid = is_dot & single_before & (x.k_next == LETTER) & (x.c_next2 == ord("."))
    mid_positions = x.o[abbr_mid]
    abbr_end = is_dot & single_before & (x.c_prev2 == ord("."))
    abbr_end[abbr_end] = np.isin(x.o[abbr_end] - 2, mid_positions)
    joined |= abbr_mid
    apos, clitic = _apostrophes(x, chars, lo)
    joined |= apos & ~clitic
    same_run = (x.c == x.c_prev) & _RUNS[x.c]
    at = (x.word_prev & ~joined & ~abbr_end) | ((x.k_prev == OTHER) & ~same_run)
    after = x.word_next & ~joined & ~clitic
    return at, after


def _apostrophes(x: _Around, chars: Chars, lo: int) -> tuple[np.ndarray, np.ndarray]:
    """Masks over ``x.o``: apostrophes inside a word, and those of them that start a clitic ('s 're …)."""
    is_apos = x.c == _APOSTROPHE
    if len(chars.right_quote):
        is_apos |= np.isin(x.o + lo, chars.right_quote)
    apos = is_apos & (x.k_prev == LETTER) & (x.k_next == LETTER)
    clitic = apos & _CLITIC1[x.c_next] & (x.k_next2 != LETTER) & (x.k_next2 != DIGIT)
    for i in np.flatnonzero(apos & ~clitic).tolist():
        tail = chars.text[lo + x.o[i] + 1:lo + x.o[i] + 4]
        if tail[:2].lower() in ("re", "ve", "ll") and not tail[2:3].isalnum():
            clitic[i] = True
    return apos, clitic
