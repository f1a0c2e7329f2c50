"""Place names that hold a movement word: "Sioux Falls", "Great Falls", "Wichita Falls", "Niagara Falls".

The Beige Book names its district's towns often ("hiring picked up in Sioux Falls, S.D."). A "Falls"
written with a capital F right after a word written with a capital, both in the middle of their
sentence, is a place name: both words become one word without a role (the lexicon's ``place_id``),
so "falls" moves no quantity and "Great" is no state. "falls" in lower case and a "Falls" opening its
sentence ("Falls in output were widespread") keep their reading.

>>> from toolkit.tone.lexicon import load_lexicon
>>> from toolkit.tone.text import _tokens
>>> lex = load_lexicon()
>>> [lex.terms[i] for i in _tokens(["Hiring picked up in Great Falls."], lex)[3:6]]
['in', '(a place name)', '(a place name)']
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _in_sorted
from toolkit.tone.rules import F_HARD

__all__: list[str] = []  # internal: the tokenizer calls _place_names

#: movement words that end a place name when written with a capital after a capitalized word
NAME_ENDS = ("falls",)


def _capital(raw: np.ndarray, at: np.ndarray) -> np.ndarray:
    return (raw[at] >= 65) & (raw[at] <= 90)


def _place_names(ids: np.ndarray, starts: np.ndarray, raw: np.ndarray, off: np.ndarray, lex) -> None:
    """Mark "<Capitalized> Falls" in the middle of a sentence as a place name (in place)."""
    at = np.flatnonzero(lex.word_mask(NAME_ENDS)[ids])
    at = at[at >= 2]  # a word before it, and that word not the first of all
    if not len(at):
        return
    prev = at - 1
    inside = ~_in_sorted(starts[prev], off[:-1])  # the word before does not open its text (off is sorted)
    inside &= (lex.flags[ids[prev - 1]] & F_HARD) == 0  # nor its sentence
    name = _capital(raw, starts[at]) & _capital(raw, starts[prev]) & inside
    name &= (lex.flags[ids[prev]] & F_HARD) == 0
    ids[at[name]] = lex.place_id
    ids[prev[name]] = lex.place_id
