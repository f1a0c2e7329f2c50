"""Cleaning and tokenizing for the outlook scorer: ASCII folding, the input checks, and the numpy
tokenizer that turns all texts into lexicon ids at once.

Tokenising is a few C-level passes over all texts at once: lower-case, blank out symbols
(str.translate, 1:1 so ASCII text takes CPython's fast path; apostrophes too, so "didn't" is the
two-word phrase "didn t"), pad clause punctuation with spaces (a "." or "," only when a space
follows, so "0.4" and "U.S." stay whole), split on whitespace. :func:`_words` does it on one string
(lexicon entries, the baselines' English check), :func:`_tokens` on the bytes of many texts at once.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from toolkit.tone._arrays import _in_sorted
from toolkit.tone.compounds import _compounds
from toolkit.tone.figure_comparisons import _bracketed_figures, _compared_figures
from toolkit.tone.headlines import _headline_plans
from toolkit.tone.places import _place_names
from toolkit.tone.rules import F_HARD
from toolkit.tone.seasons import _seasons

__all__ = ["MAX_CHARS"]

MAX_CHARS = 20_000
#: words that hand a movement back to the head noun before them ("uncertainty about the outlook has risen")
_PREPOSITIONS = frozenset(("in", "of", "at", "across", "among", "for", "on", "about", "to", "over",
                           "surrounding", "regarding", "against"))
#: head nouns that only name a rate of change: "growth in unemployment slowed" is said of unemployment,
#: so the movement stays with the quantity after the preposition (and the carrier is not counted alone)
_CARRIERS = frozenset(("growth", "growth rate"))  # round 12: "the growth rate of prices" ("rates" after growth: bare_rates)
#: words that open a relative clause: "uncertainty in an economy that was weak" - the movement after
#: them is said of the noun just before them, never handed back to a head noun further left
_RELATIVES = frozenset(("that", "which", "who", "whose"))
#: words that make the movement word after them a noun ("the decline in output narrowed"): a later
#: pace word ("narrowed", "slowed") then says how that movement changed
_DETERMINERS = frozenset(("the", "a", "an", "this", "its", "their"))
#: words after which a movement word is a noun that opens a phrase of its own ("... and declines in manufacturing")
_CONJUNCTIONS = frozenset(("and", "or", "with"))
#: subjects that stand for the subject of a concession clause before them ("Although X slowed, it remains ...")
_PRONOUNS = frozenset(("it", "they"))
#: the words a clause without a subject of its own may open with after a contrast word ("..., but
#: remains elevated", "but is still low", "but they remain strong"): its movement is the subject's
_LINKING = frozenset("remain remains remained stay stays stayed is are was were has have been be continue "
                     "continues continued to still it they instead".split())
#: round 13 (contrast, i13-r13b): verbs of a movement's start link like "continue to" ("Although
#: inflation remains high, it has begun to ease", "... but has started to improve")
_LINKING = _LINKING | frozenset("begin begins began begun beginning start starts started starting".split())

def _function_words() -> frozenset[str]:
    """The bundled English stopwords (``toolkit/data/stopwords.txt``: articles, prepositions, auxiliaries
    ...), one token each: the words that are no content word ("more during the quarter")."""
    from importlib import resources

    text = (resources.files("toolkit") / "data" / "stopwords.txt").read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(w for w in words if w and " " not in w and "'" not in w)


_SEP = "\x00"  # token between two texts
_BLANK = str.maketrans({c: " " for c in '-"()[]{}/\\<>*&$#@+=_|~^`%\'\n\t\r\x0b\x0c'})
_NON_ASCII = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": " ", "\u201d": " ", "\u2013": " ",
                            "\u2014": " ", "\u2010": " ", "\u2011": " ", "\u00a0": " ", "\u2026": " . "})
_NON_ASCII_PAIRS = tuple((chr(k), v) for k, v in _NON_ASCII.items())
_PAD = ((". ", " . "), (", ", " , "), (";", " ; "), (":", " : "), ("!", " ! "), ("?", " ? "))
# a few function words that only English uses often; a text of 8+ tokens with none is not English
_ENGLISH = frozenset("the and of to are were has have that with for by from this its be been "
                     "will which on at as than".split())


def _ascii(text: str) -> str:
    """ASCII form of a text for the tokenizer (typographic quotes and dashes mapped, accents dropped)."""
    if _SEP in text:  # the separator between texts may not occur inside one
        text = text.replace(_SEP, " ")
    if text.isascii():
        return text
    for c, r in _NON_ASCII_PAIRS:  # as text.translate(_NON_ASCII), without a dict lookup per character
        if c in text:
            text = text.replace(c, r)
    return text.encode("ascii", "ignore").decode("ascii")


def _words(text: str) -> list[str]:
    """Lower-cased word and clause-punctuation tokens of ``text`` as strings (lexicon entries and
    the baselines' English check; texts to score go through :func:`_tokens`, which splits alike)."""
    text = _ascii(text).lower().translate(_BLANK) + " "
    for a, b in _PAD:
        if a in text:
            text = text.replace(a, b)
    return text.split()


# byte table of the tokenizer: lower-case and blank symbols in one lookup
_LOWER_BLANK = np.arange(256, dtype=np.uint8)
_LOWER_BLANK[65:91] += 32
_LOWER_BLANK[list(_BLANK)] = 32


def _tokens(texts, lex: Lexicon) -> np.ndarray:
    """Lexicon ids (0: unknown word) of the tokens of ASCII ``texts`` (list or pyarrow string array),
    each text followed by a _SEP token, without a Python object per token.

    numpy works on the bytes of all texts at once: lower-case and blank symbols by table lookup,
    mark where tokens start (after a space; at ; : ! ? and at a "." or "," that stands alone - before a
    space, so "0.4" and "U.S." stay whole, and not after an initial, so "Esther L. George" is one
    sentence - or for a "," before such a "."). Each token is then the
    bytes from its start to the next start, trailing spaces trimmed, as a pyarrow string array whose
    ids come from pyarrow's hash lookup. Splits as :func:`_words` does."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = texts if isinstance(texts, pa.Array) else pa.array(texts, type=pa.string())
    if arr.type != pa.string():
        arr = arr.cast(pa.string())
    n = len(arr)
    sep_id = lex.ids[_SEP]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    _, obuf, dbuf = arr.buffers()
    off = np.frombuffer(obuf, dtype=np.int32)[arr.offset:arr.offset + n + 1].astype(np.int64)
    arr_start = int(off[0])
    # _LOWER_BLANK[bytes], not np.take: take first copies the uint8 indices to a full int64 array (8x the text)
    b = _LOWER_BLANK[np.frombuffer(dbuf, dtype=np.uint8)[off[0]:off[-1]]] if off[-1] > off[0] \
        else np.zeros(0, dtype=np.uint8)
    off -= off[0]
    filled = np.flatnonzero(off[1:] > off[:-1])
    space = b == 32
    before_space = np.append(space[1:], True)
    before_space[off[filled + 1] - 1] = True  # the end of a text counts as a space
    dot = (b == 46) & before_space
    raw = np.frombuffer(dbuf, dtype=np.uint8)[arr_start:arr_start + len(b)]
    initial = np.flatnonzero(dot[1:] & (raw[:-1] >= 65) & (raw[:-1] <= 90)) + 1  # "Esther L. George"
    initial = initial[(initial < 2) | space[np.maximum(initial - 2, 0)]]  # a capital alone before the dot
    dot[initial] = False  # an initial ends no sentence
    alone = (b == 59) | (b == 58) | (b == 33) | (b == 63) | dot
    alone |= (b == 44) & (before_space | np.append(dot[1:], False))
    after_break = np.insert(space[:-1] | alone[:-1], 0, True)
    after_break[off[filled]] = True  # so does its start
    starts = np.flatnonzero(~space & (alone | after_break))
    flat = pa.StringArray.from_buffers(len(starts), pa.py_buffer(np.append(starts, len(b)).astype(np.int32)),
                                       pa.py_buffer(b))
    flat = pc.ascii_rtrim(flat, characters=" ")
    ids = pc.index_in(flat, value_set=lex.vocab).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    first = b[starts]
    ids[(first >= 48) & (first <= 57) & (ids == 0)] = lex.num_id  # numbers: fillers of the pairing window
    _months(ids, starts, raw, off, lex)
    _compounds(ids, starts, raw, off, lex)
    _place_names(ids, starts, raw, off, lex)
    _seasons(ids, starts, off, lex)
    _compared_figures(ids, starts, raw, off, lex)  # "was EUR 5.6 mn, compared with EUR 9.8 mn": down from
    _bracketed_figures(ids, starts, raw, off, lex)  # "EUR 6.8 mn (EUR 4.2 mn)": up from
    _headline_plans(ids, starts, raw, off, lex)  # "Componenta to cut 140 jobs": will cut
    return np.insert(ids, np.searchsorted(starts, off[1:]), sep_id)


#: the words after a sentence-opening "May" that make it the modal ("May we ...", "May it ...")
_MAY_WE = ("we", "i", "you", "he", "she", "it", "they", "this", "that", "the", "these", "those")


def _months(ids: np.ndarray, starts: np.ndarray, raw: np.ndarray, off: np.ndarray, lex) -> None:
    """"May" the month is not the hedge "may": a "May" written with a capital M and a small a becomes
    a word without a role (in place), unless it opens its text or sentence before a pronoun ("May we
    ...") or a question mark ("May output recover soon?"): a sentence does not open with the modal otherwise ("May retail sales rose", "May saw a
    rise in orders": the month; round 13)."""
    at = lex.positions(ids, "may")
    if not len(at):
        return
    s = starts[at]
    capital = (raw[s] == 77) & (raw[np.minimum(s + 1, len(raw) - 1)] == 97)
    opens = _in_sorted(s, off[:-1]) | (at == 0)  # off is sorted: a binary search, not a sort
    opens |= (lex.flags[ids[np.maximum(at - 1, 0)]] & F_HARD) > 0
    asks = lex.word_mask(_MAY_WE)[ids[np.minimum(at + 1, len(ids) - 1)]]  # "May we ...", "May it ..."
    ends = np.flatnonzero((lex.flags[ids] & F_HARD) > 0)  # "May output recover soon?": a question
    end = ends[np.minimum(np.searchsorted(ends, at), len(ends) - 1)] if len(ends) else at
    asks |= (ids[end] == lex.ids.get("?", -1)) & (end > at)
    ids[at[capital & ~(opens & asks)]] = lex.month_id


def _check(text, max_chars: int):
    """(clean text or None, reason)."""
    if text is None or (isinstance(text, float) and math.isnan(text)) or text is pd.NA:
        return None, "missing (None/NaN)"
    if not isinstance(text, str):
        text = str(text)
    if not text.strip():
        return None, "empty"
    reason = ""
    if len(text) > max_chars:
        text = text[:max_chars]
        reason = f"too long, truncated to the first {max_chars} characters"
    if not text.isascii() and len(text.encode("ascii", "ignore")) < 0.5 * len(text):
        return None, "not English (mostly non-Latin characters)"
    return text, reason


def _not_english(toks: list[str]) -> bool:
    return len(toks) >= 8 and _ENGLISH.isdisjoint(toks)


def _checked(texts, max_chars: int):
    """(text, clean or None, reason) for each text, with the English check of the baselines."""
    for text in texts:
        clean, reason = _check(text, max_chars)
        if clean is not None and _not_english(_words(clean)):
            clean, reason = None, "not English"
        yield text, clean, reason
