"""Compound adjectives of a level word: "high-end homes", "lower-priced models", "low-skilled workers".

A level word written with a hyphen onto the next word ("high-end", "low-cost", "higher-priced") names a
kind of good, worker or buyer, not a level reached: "sales of high-end homes were steady" says nothing
about sales being high. Both words of such a compound become one word without a role (the lexicon's
``compound_id``), so neither pairs with a quantity nor counts alone; like a month it is a filler of the
pairing window ("sales of semiconductors and other high-technology products strengthened" pairs). Left alone: "higher-than-expected"
and "low-to-moderate" (a comparison and a range: the level word is the reading), a hyphen at a line
break ("low- er") and a level word standing by itself ("sales were high").

>>> from toolkit.tone.lexicon import load_lexicon
>>> from toolkit.tone.text import _tokens
>>> lex = load_lexicon()
>>> ids = _tokens(["Sales of high-end homes rose."], lex)
>>> [lex.terms[i] for i in ids[:4]]
['sales', 'of', '(a compound)', '(a compound)']
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _in_sorted

__all__: list[str] = []  # internal: the tokenizer calls _compounds

#: level words that open a compound adjective with a hyphen ("high-end", "lower-priced")
_LEVEL_WORDS = ("high", "low", "higher", "lower", "highest", "lowest")
#: words after the hyphen that keep the level word a reading ("higher-than-expected", "low-to-moderate")
_READINGS = ("than", "to", "and", "or")
_HYPHEN = 45


def _letter(byte: np.ndarray) -> np.ndarray:
    low = byte | 32
    return (low >= 97) & (low <= 122)


def _compounds(ids: np.ndarray, starts: np.ndarray, raw: np.ndarray, off: np.ndarray, lex) -> None:
    """Mark the level words joined by a hyphen to the next word, and that word, as a compound (in place).

    ``ids`` are the token ids, ``starts`` the byte where each token starts, ``raw`` the text bytes
    (before symbols were blanked), ``off`` where each text starts: a compound never spans two texts."""
    at = np.flatnonzero(lex.word_mask(_LEVEL_WORDS)[ids])
    at = at[at + 1 < len(ids)]
    if not len(at):
        return
    lengths = lex.term_lengths[ids[at]]
    end = starts[at] + lengths  # the byte right after the level word
    inside = end + 1 < len(raw)
    at, end = at[inside], end[inside]
    joined = (raw[end] == _HYPHEN) & _letter(raw[end + 1]) & (starts[at + 1] == end + 1) & ~_in_sorted(end + 1, off)
    reading = lex.word_mask(_READINGS)[ids[at + 1]]
    at = at[joined & ~reading]
    ids[at] = lex.compound_id
    ids[at + 1] = lex.compound_id
