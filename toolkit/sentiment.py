"""Score the tone of economic text: the `outlook` scorer, two baselines, and document tone.

Three methods, side by side, all returning one row per input text in input order:

``outlook`` (default)
    A compositional lexicon scorer written for economic writing. Its word list is a data file
    (``toolkit/data/outlook_lexicon.tsv``, original work, MIT); its rules live here:

    * **direction x valence** - a quantity whose rise is good news (growth, employment, profits) or
      bad news (unemployment, losses, defaults) is paired with the nearest movement or level word
      (rose, picked up, higher / fell, narrowed, subdued) in the same clause, in either order, within
      five tokens (a comma counts as three). The pair's tone is the product of the two signs:
      "unemployment fell" and "losses narrowed" are positive, "growth slowed" is negative. A word
      left unpaired keeps a small tone of its own (``value`` column of the TSV: "recovery" is good
      news, "fell" is mildly bad).
    * **state words** carry tone by themselves (solid, resilient, sluggish, headwinds, difficulties).
    * **negation**: a negator (not, no, without, failed to ...) up to three tokens before a tone
      word, in the same sentence, multiplies its tone by -0.75 ("did not improve").
    * **intensifiers / diminishers** within two tokens multiply it (sharply x1.6, slightly x0.5).
    * **contrast**: tone before "but / however / nonetheless" counts half; the clause opened by
      "although / despite / while" counts half, so the main clause weighs more.
    * **hedges** (may, could, uncertain, risks, volatility) count into ``uncertainty`` and soften the
      tone of the words that follow them in the clause (x0.8).
    * **purpose**: tone inside a purpose clause ("to support growth", "in order to address the
      difficulties") describes a goal, not the state of the economy, and counts half.
    * **intention**: after "should", "must", "efforts will be made", "it is necessary to" ... to the
      end of the clause, tone describes what should be done, not what happened, and counts half.
    * **neutral phrases** such as "price stability" or "repurchase agreement" mask the tone words they
      contain (kind ``neutral`` in the TSV).
    * **forward-looking** markers (expected, will, outlook, likely, projected) set ``forward_looking``.
    * **inflation** is ambiguous for the outlook (rising prices are bad news for households, falling
      prices are bad news in a slump), so by default it carries no tone: ``inflation="neutral"``.
      ``inflation="bad"`` treats rising prices like rising unemployment (the usual reading outside
      deflation scares); ``inflation="good"`` treats them like rising output (a deflation scare).

    The sentence score is ``raw / sqrt(raw**2 + 1)`` where ``raw`` is the sum of the contributions,
    so it lies in (-1, 1); ``label`` is positive above ``+0.1``, negative below ``-0.1``.

``vader``
    vaderSentiment's compound score (its bundled lexicon), labelled with the usual +/-0.05 cut-offs.

``lm``
    Word counts against the Loughran-McDonald master dictionary, ``(pos - neg) / (pos + neg)``.
    The dictionary may not be redistributed, so the toolkit does not ship it: give its CSV with
    ``lm_path=`` or the ``TOOLKIT_LM_PATH`` environment variable.

Bad input never crashes and is never dropped: empty, missing, non-English text gets a neutral row
with a ``reason``; text longer than ``max_chars`` is scored on its first ``max_chars`` characters and
says so in ``reason``.

Document tone is additive over sentences: ``tone = sum(pos_i - neg_i) / (sum(pos_i + neg_i) + 1)``
over a document's sentences (see :func:`sentence_weights` and :func:`aggregate_tone`), so a change in
tone between two releases splits exactly into per-sentence contributions.

Speed: the outlook scorer scores each distinct text once, tokenises all texts at once with numpy on
their bytes and one pyarrow hash lookup (no Python object per token), and applies every rule with
numpy over all texts at once (``_core``); the ``terms`` lists are assembled from numpy tables of term
and rule texts (``detail=False`` skips them). A text's score does not depend on the other texts
scored with it. ``benchmarks/bench_sentiment.py`` prints sentences per second against vaderSentiment.

Validation (``benchmarks/bench_sentiment.py``, ``tests/test_sentiment.py``): macro-F1 0.77 on the
ecosent gold headlines (VADER 0.49); document tone separates the FOMC statements issued in NBER
recessions from the others with AUC 0.89 (VADER 0.49); PBoC statements of 2008Q4-2009Q2 and 2020H1
score below the median PBoC statement.
"""
from __future__ import annotations

import gc
import math
import os
import re
import warnings
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

METHODS = ("outlook", "vader", "lm")
INFLATION_CHOICES = {"neutral": 0.0, "bad": -1.0, "good": 1.0}
LM_URL = "https://sraf.nd.edu/loughranmcdonald-master-dictionary/"
LM_ENV = "TOOLKIT_LM_PATH"
LEXICON_FILE = "outlook_lexicon.tsv"
MAX_CHARS = 20_000

#: label cut-offs on ``score`` per method (score above +cut is positive, below -cut negative)
LABEL_CUTOFF = {"outlook": 0.1, "vader": 0.05, "lm": 0.05}
#: additive smoothing of the document tone (see aggregate_tone)
TONE_K = 1.0

# rule constants of the outlook method
WINDOW = 5  # max token distance between a quantity and its movement word
COMMA_COST = 3  # a comma between them counts as this many tokens
NEG_SCOPE = 3  # a negator reaches this many tokens ahead
NEG_FACTOR = -0.75
INTENS_SCOPE = 2
CONTRAST_BEFORE = 0.5  # weight of tone before "but"
CONCESSION = 0.5  # weight of tone inside an "although" clause
HEDGE_SCOPE = 4
HEDGE_FACTOR = 0.8
PURPOSE_SCOPE = 6  # a purpose marker ("to support", "in order to") reaches this many tokens ahead
PURPOSE_FACTOR = 0.5  # tone of a goal is not an observation
INTENT_FACTOR = 0.5  # after "should", "efforts will be made", ... to the end of the clause: an intention
ALPHA = 1.0  # score = raw / sqrt(raw^2 + ALPHA)

KINDS = ("good", "bad", "inflation", "up", "down", "state", "negator", "intensifier",
         "contrast", "concession", "hedge", "forward", "purpose", "neutral", "ignore", "intent")
(GOOD, BAD, INFL, UP, DOWN, STATE, NEG, INTENS, CONTRAST, CONCESS, HEDGE, FORWARD, PURPOSE, NEUTRAL,
 IGNORE, INTENT) = range(16)
HARD, SOFT = 16, 17  # sentence-internal boundaries: . ; : ! ?  and  ,
(_F_NEG, _F_CONTRAST, _F_CONCESS, _F_HEDGE, _F_PURPOSE, _F_FORWARD, _F_HARD, _F_SOFT, _F_PHRASE,
 _F_SEP, _F_INTENS, _F_INTENT) = (1 << k for k in range(12))
_PREPOSITIONS = frozenset(("in", "of", "at", "across", "among", "for", "on"))

# Tokenising is a few C-level passes over all texts at once: lower-case, blank out symbols
# (str.translate, 1:1 so ASCII text takes CPython's fast path; apostrophes too, so "didn't" is the
# two-word phrase "didn t"), pad clause punctuation with spaces (a "." or "," only when a space
# follows, so "0.4" and "U.S." stay whole), split on whitespace.
_SEP = "\x00"  # token between two texts
_BLANK = str.maketrans({c: " " for c in '-"()[]{}/\\<>*&$#@+=_|~^`%\'\n\t\r\x0b\x0c'})
_NON_ASCII = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": " ", "\u201d": " ", "\u2013": " ",
                            "\u2014": " ", "\u2010": " ", "\u2011": " ", "\u00a0": " ", "\u2026": " . "})
_NON_ASCII_PAIRS = tuple((chr(k), v) for k, v in _NON_ASCII.items())
_PAD = ((". ", " . "), (", ", " , "), (";", " ; "), (":", " : "), ("!", " ! "), ("?", " ? "))
# a few function words that only English uses often; a text of 8+ tokens with none is not English
_ENGLISH = frozenset("the and of to are were has have that with for by from this its be been "
                     "will which on at as than".split())

_OUT_COLUMNS = ["score", "label", "positive", "negative", "uncertainty", "forward_looking", "terms",
                "reason"]


# --------------------------------------------------------------------------- lexicon
class Lexicon:
    """A compiled outlook lexicon: every word and phrase gets an id; per-id arrays hold its roles.

    Build one with :func:`load_lexicon`; pass it (or a TSV path) as ``lexicon=`` to the verbs.
    ``ids`` maps a token to its id (0: not in the lexicon), ``terms`` an id to its text;
    ``ngram_codes[L]`` holds the L-word phrases packed into integers, with their ids.
    """

    def __init__(self, table: pd.DataFrame, inflation: str = "neutral"):
        if inflation not in INFLATION_CHOICES:
            raise ValueError(f"inflation={inflation!r} is not one of {sorted(INFLATION_CHOICES)}; "
                             "pick 'neutral' (default: prices carry no tone), 'bad' or 'good'.")
        self.table = table
        self.inflation = inflation
        self.inflation_sign = INFLATION_CHOICES[inflation]
        self.ids: dict[str, int] = {}
        self.terms: list[str] = [""]
        roles: list[dict] = [{}]

        def new_id(term: str) -> int:
            self.terms.append(term)
            roles.append({})
            return len(self.terms) - 1

        phrase_ids: dict[tuple, int] = {}
        for key, kind, value in zip(table["key"], table["kind"], table["value"]):
            code = KINDS.index(kind)
            if code == IGNORE:
                continue
            if len(key) == 1:
                i = self.ids.get(key[0]) or self.ids.setdefault(key[0], new_id(key[0]))
            else:
                i = phrase_ids.get(key) or phrase_ids.setdefault(key, new_id(" ".join(key)))
            roles[i][code] = float(value)
        extra_flags = [(".;:!?", _F_HARD), (",", _F_SOFT), ((_SEP,), _F_HARD | _F_SEP)]
        for words, flag in extra_flags:
            for w in words:
                i = self.ids.get(w) or self.ids.setdefault(w, new_id(w))
                roles[i][-flag] = 1.0  # negative keys hold plain flags
        pairs = []
        for key in phrase_ids:  # every word of a phrase gets an id, the first a flag
            key_ids = [self.ids.get(w) or self.ids.setdefault(w, new_id(w)) for w in key]
            roles[key_ids[0]][-_F_PHRASE] = 1.0
            pairs.append((key_ids[0], key_ids[1]))
        for w in _PREPOSITIONS | _ENGLISH:  # known to the tokenizer, without a role
            self.ids.get(w) or self.ids.setdefault(w, new_id(w))
        self.prep_ids = frozenset(self.ids[w] for w in _PREPOSITIONS)
        self.prep_mask = np.zeros(len(self.terms), dtype=bool)
        self.prep_mask[list(self.prep_ids)] = True
        self.english_ids = frozenset(self.ids[w] for w in _ENGLISH)
        self.english_mask = np.zeros(len(self.terms), dtype=bool)
        self.english_mask[list(self.english_ids)] = True
        n = len(self.terms)
        self.qcode = np.full(n, -1, dtype=np.int8)  # GOOD, BAD or INFL
        self.qalone = np.zeros(n)
        self.mdir = np.zeros(n, dtype=np.int8)  # +1 up, -1 down
        self.malone = np.zeros(n)
        self.state = np.full(n, np.nan)
        self.ival = np.ones(n)
        self.flags = np.zeros(n, dtype=np.int64)
        flag_of = {NEG: _F_NEG, CONTRAST: _F_CONTRAST, CONCESS: _F_CONCESS, HEDGE: _F_HEDGE,
                   PURPOSE: _F_PURPOSE, FORWARD: _F_FORWARD, INTENT: _F_INTENT}
        for i, r in enumerate(roles):
            for code, value in r.items():
                if code < 0:
                    self.flags[i] |= -code
                elif code <= INFL:
                    self.qcode[i], self.qalone[i] = code, value
                elif code in (UP, DOWN):
                    self.mdir[i], self.malone[i] = (1 if code == UP else -1), value
                elif code == STATE:
                    self.state[i] = value
                elif code == INTENS:
                    self.ival[i] = value
                elif code in flag_of:
                    self.flags[i] |= flag_of[code]
        self.bigrams = np.unique(np.array([a * n + b for a, b in pairs], dtype=np.int64))
        # L-word phrases as packed integers (sorted) -> phrase id, for _find_phrases
        self.max_phrase = 2
        by_len: dict[int, list] = {}
        for key, pid in phrase_ids.items():
            if len(key) > 5:  # packed codes of more than five words would overflow int64
                raise ValueError(f"lexicon phrase {' '.join(key)!r} has more than five words.")
            code = 0
            for w in key:
                code = code * n + self.ids[w]
            by_len.setdefault(len(key), []).append((code, pid))
            self.max_phrase = max(self.max_phrase, len(key))
        if n ** self.max_phrase >= 2 ** 63:
            raise ValueError(f"the lexicon has {n} words and phrases of {self.max_phrase} words: too many "
                             "to pack a phrase into one integer; use shorter phrases or fewer terms.")
        self.ngram_codes = {}
        for length in range(2, self.max_phrase + 1):
            pairs_l = sorted(by_len.get(length, []))
            self.ngram_codes[length] = (np.array([c for c, _ in pairs_l], dtype=np.int64),
                                        np.array([p for _, p in pairs_l], dtype=np.int64))
        self._vocab = None
        self._notes = None
        self.pair_names: dict[int, str] = {}  # filled by _details
        pol = {GOOD: 1.0, BAD: -1.0, INFL: self.inflation_sign}
        self.qpol = np.array([pol.get(int(c), 0.0) for c in self.qcode])
        self.phrase_start = (self.flags & _F_PHRASE) > 0
        self.active = ((self.flags & ~_F_PHRASE) != 0) | (self.qcode >= 0) | (self.mdir != 0) | \
            ~np.isnan(self.state) | (self.ival != 1.0)  # ids with a role in _core
        self.term_objects = np.array(self.terms, dtype=object)  # id -> term, for numpy indexing

    @property
    def notes(self) -> dict:
        """Per modifier flag, the note text of each id (an object array) for the rule column."""
        if self._notes is None:
            names = {_F_NEG: "negation '{}' \u00d7{:g}", _F_CONCESS: "concession: inside '{}' clause \u00d7{:g}",
                     _F_HEDGE: "hedge '{}' \u00d7{:g}",
                     _F_PURPOSE: "purpose '{}': a goal, not an observation \u00d7{:g}",
                     _F_INTENT: "intention '{}': what should be done, not what happened \u00d7{:g}"}
            factors = {_F_NEG: NEG_FACTOR, _F_CONCESS: CONCESSION, _F_HEDGE: HEDGE_FACTOR,
                       _F_PURPOSE: PURPOSE_FACTOR, _F_INTENT: INTENT_FACTOR}
            self._notes = {flag: np.array([name.format(t, factors[flag]) for t in self.terms], dtype=object)
                           for flag, name in names.items()}
            self._notes[_F_INTENS] = np.array(
                [f"{'intensifier' if v > 1 else 'diminisher'} '{t}' \u00d7{v:g}"
                 for t, v in zip(self.terms, self.ival.tolist())], dtype=object)
        return self._notes

    @property
    def vocab(self):
        """Token strings by id (pyarrow array) for the tokenizer's lookup."""
        if self._vocab is None:
            import pyarrow as pa

            self._vocab = pa.array(self.terms, type=pa.string())
        return self._vocab

    def __repr__(self) -> str:
        return f"<Lexicon {len(self.table)} terms, inflation={self.inflation!r}>"


def _read_lexicon_tsv(source) -> pd.DataFrame:
    """Read a lexicon TSV (path or file object) into rows of (term, kind, value, key)."""
    try:
        raw = pd.read_csv(source, sep="\t", comment="#", dtype=str, keep_default_na=False)
    except FileNotFoundError:
        raise FileNotFoundError(f"lexicon file {source} not found; give the path of a TSV with columns "
                                "term, kind, value (see toolkit/data/outlook_lexicon.tsv).") from None
    return _expand_lexicon(raw, str(source))


def _expand_lexicon(raw: pd.DataFrame, where: str) -> pd.DataFrame:
    missing = {"term", "kind"} - set(raw.columns)
    if missing:
        raise ValueError(f"lexicon {where} lacks column(s) {sorted(missing)}; expected tab-separated "
                         "columns term, kind, value[, note].")
    rows = []
    for n, (term, kind, value) in enumerate(zip(raw["term"], raw["kind"],
                                                raw.get("value", pd.Series(["1"] * len(raw))))):
        kind = str(kind).strip().lower()
        if kind not in KINDS:
            raise ValueError(f"lexicon {where}, row {n + 1} ({term!r}): kind {kind!r} is not one of "
                             f"{', '.join(KINDS)}.")
        try:
            value = float(value) if str(value).strip() != "" else (1.0 if kind not in KINDS[:6] else 0.0)
        except ValueError:
            raise ValueError(f"lexicon {where}, row {n + 1} ({term!r}): value {value!r} is not a number."
                             ) from None
        for form in str(term).split("|"):
            key = tuple(t for t in _words(form) if t not in ".;:!?,")
            if key:
                rows.append((" ".join(key), kind, value, key))
    return pd.DataFrame(rows, columns=["term", "kind", "value", "key"])


@lru_cache(maxsize=1)
def _bundled_table() -> pd.DataFrame:
    with (resources.files("toolkit") / "data" / LEXICON_FILE).open("r", encoding="utf-8") as fh:
        return _read_lexicon_tsv(fh)


def load_lexicon(lexicon=None, inflation: str = "neutral") -> Lexicon:
    """The outlook lexicon, optionally extended or overridden by a user TSV or DataFrame.

    ``lexicon`` is None (the bundled ``outlook_lexicon.tsv``), a path to a TSV with columns
    ``term, kind, value`` (its rows replace the bundled rows of the same term and add new ones; kind
    ``ignore`` removes a term), a DataFrame with those columns, or a :class:`Lexicon` (used as is).

    >>> lex = load_lexicon()
    >>> i = lex.ids["unemployment"]
    >>> KINDS[lex.qcode[i]], float(lex.qalone[i])
    ('bad', -0.3)
    """
    if isinstance(lexicon, Lexicon):
        return lexicon if lexicon.inflation == inflation else Lexicon(lexicon.table, inflation)
    if lexicon is None:
        return _cached_lexicon(None, inflation)
    if isinstance(lexicon, (str, Path)):
        path = Path(lexicon)
        if not path.exists():
            raise FileNotFoundError(f"lexicon file {path} not found; give the path of a TSV with columns "
                                    "term, kind, value (see toolkit/data/outlook_lexicon.tsv).")
        return _cached_lexicon(str(path.resolve()), inflation, path.stat().st_mtime)
    if isinstance(lexicon, pd.DataFrame):
        return Lexicon(_merge(_bundled_table(), _expand_lexicon(lexicon.astype(str), "DataFrame")),
                       inflation)
    raise ValueError(f"lexicon must be None, a TSV path, a DataFrame or a Lexicon, not {type(lexicon).__name__}.")


@lru_cache(maxsize=16)
def _cached_lexicon(path, inflation, mtime=None) -> Lexicon:
    table = _bundled_table() if path is None else _merge(_bundled_table(), _read_lexicon_tsv(path))
    return Lexicon(table, inflation)


def _merge(base: pd.DataFrame, user: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([base[~base["term"].isin(set(user["term"]))], user], ignore_index=True)


# --------------------------------------------------------------------------- outlook core
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
    space, so "0.4" and "U.S." stay whole, or for a "," before such a "."). Each token is then the
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
    b = np.take(_LOWER_BLANK, np.frombuffer(dbuf, dtype=np.uint8)[off[0]:off[-1]]) if off[-1] > off[0] \
        else np.zeros(0, dtype=np.uint8)
    off -= off[0]
    filled = np.flatnonzero(off[1:] > off[:-1])
    space = b == 32
    before_space = np.append(space[1:], True)
    before_space[off[filled + 1] - 1] = True  # the end of a text counts as a space
    dot = (b == 46) & before_space
    alone = (b == 59) | (b == 58) | (b == 33) | (b == 63) | dot
    alone |= (b == 44) & (before_space | np.append(dot[1:], False))
    after_break = np.insert(space[:-1] | alone[:-1], 0, True)
    after_break[off[filled]] = True  # so does its start
    starts = np.flatnonzero(~space & (alone | after_break))
    flat = pa.StringArray.from_buffers(len(starts), pa.py_buffer(np.append(starts, len(b)).astype(np.int32)),
                                       pa.py_buffer(b))
    flat = pc.ascii_rtrim(flat, characters=" ")
    ids = pc.index_in(flat, value_set=lex.vocab).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    return np.insert(ids, np.searchsorted(starts, off[1:]), sep_id)


def _find_phrases(ids: np.ndarray, last: np.ndarray, lex: Lexicon) -> bool:
    """Replace the first word of each phrase found by the phrase id (longest first), blank the rest.

    Phrases are matched in bulk: the ids of the L words from each possible start are packed into
    one integer (base = number of ids) and looked up among the lexicon's L-word phrases. Returns
    whether any phrase was found."""
    n = len(ids)
    starts = np.flatnonzero(lex.phrase_start[ids[:-1]])
    if not len(starts):
        return False
    base = len(lex.terms)
    codes = ids[starts] * base + ids[starts + 1]
    at = np.minimum(np.searchsorted(lex.bigrams, codes), len(lex.bigrams) - 1)
    starts = starts[lex.bigrams[at] == codes]  # only where the first two words open a phrase
    if not len(starts):
        return False
    best_len = np.zeros(len(starts), dtype=np.int64)
    best_pid = np.zeros(len(starts), dtype=np.int64)
    padded = np.append(ids, np.zeros(lex.max_phrase, dtype=np.int64))
    for length in range(lex.max_phrase, 1, -1):  # longest first
        table_codes, table_pids = lex.ngram_codes[length]
        if not len(table_codes):
            continue
        code = np.zeros(len(starts), dtype=np.int64)
        for k in range(length):
            code = code * base + padded[starts + k]
        at = np.minimum(np.searchsorted(table_codes, code), len(table_codes) - 1)
        hit = (table_codes[at] == code) & (best_len == 0)
        best_len[hit], best_pid[hit] = length, table_pids[at[hit]]
    found = best_len > 0
    first, size, pids = starts[found], best_len[found] - 1, best_pid[found]
    if not len(first):
        return False
    end = first + size
    if len(first) > 1:  # overlapping phrases: the earlier one wins
        clash = np.zeros(len(first), dtype=bool)
        clash[1:] = first[1:] <= np.maximum.accumulate(end)[:-1]
        if clash.any():  # a greedy pass over the clashing phrases and the phrase each run starts with
            keep = np.ones(len(first), dtype=bool)
            involved = clash.copy()
            involved[:-1] |= clash[1:]
            reach = -1
            for k in np.flatnonzero(involved).tolist():
                if first[k] > reach:
                    reach = end[k]
                else:
                    keep[k] = False
            first, size, pids, end = first[keep], size[keep], pids[keep], end[keep]
    blank = np.repeat(first + 1, size) + np.arange(int(size.sum())) - np.repeat(np.cumsum(size) - size, size)
    ids[blank] = 0
    ids[first] = pids
    last[first] = end
    return True


def _after(marks: np.ndarray, p):
    """How many of the sorted positions ``marks`` are <= p (a running count, like a cumsum at p)."""
    return np.searchsorted(marks, p, side="right")


def _core(ids: np.ndarray, lex: Lexicon, detail):
    """Score every text at once, with numpy: ``ids`` are the lexicon ids of the tokens of all texts,
    each text followed by a _SEP token (from :func:`_tokens`).

    Only the positions of lexicon words are kept after the id lookup; clause, comma and text
    boundaries are sorted position arrays queried with searchsorted. Returns per-text arrays
    (raw, positive, negative, n_hedges, forward, n_units) and, when ``detail``, a list per text of
    (term, contribution, rule) tuples (``detail="full"``: (term, contribution, rule, base, multiplier,
    position), for :func:`explain`).
    """
    n = len(ids)  # ids is changed in place (phrases)
    last = None
    if n > 1:
        last = np.arange(n)
        if not _find_phrases(ids, last, lex):
            last = None
    pos = np.flatnonzero(lex.active[ids])  # words with a role (not "the", "of", unknown words)
    tid = ids[pos]
    flags = lex.flags[tid]

    def marks(flag):
        return pos[(flags & flag) > 0]

    sep, hard, soft, purpose = marks(_F_SEP), marks(_F_HARD), marks(_F_SOFT), marks(_F_PURPOSE)
    n_texts = len(sep) + 1 if n else 0

    def end_of(p):
        return p if last is None else last[p]

    qsel = lex.qcode[tid] >= 0
    qpos, qid = pos[qsel], tid[qsel]
    qlast = end_of(qpos)
    msel = lex.mdir[tid] != 0
    mpos, mid = pos[msel], tid[msel]
    mlast = end_of(mpos)
    nq = len(qpos)
    # --- direction x valence: each movement word takes the nearest quantity of its clause
    qi = np.full(len(mpos), -1)
    if nq and len(mpos):
        seg_m, com_m, pur_m = _after(hard, mpos), _after(soft, mpos), _after(purpose, mpos)
        seg_q, com_q, pur_q = _after(hard, qpos), _after(soft, qpos), _after(purpose, qpos)
        j = np.searchsorted(qpos, mpos) - 1
        jc = np.clip(j, 0, nq - 1)
        dprev = mpos - qlast[jc] + COMMA_COST * (com_m - com_q[jc])
        ok_prev = ((j >= 0) & (qlast[jc] < mpos) & (seg_q[jc] == seg_m) & (dprev <= WINDOW)
                   & (pur_q[jc] == pur_m))  # a purpose marker between them blocks the pair
        kc = np.clip(j + 1, 0, nq - 1)
        dnext = qpos[kc] - mlast + COMMA_COST * (com_q[kc] - com_m)
        ok_next = ((j + 1 < nq) & (qpos[kc] > mlast) & (seg_q[kc] == seg_m) & (dnext <= WINDOW)
                   & (pur_q[kc] == pur_m))
        use_prev = ok_prev & (~ok_next | (dprev <= dnext))
        qi = np.where(use_prev, jc, np.where(ok_next, kc, -1))
        # "pressures in some markets increased": the head noun before a preposition takes the movement
        # (up to two steps back, each over a gap of at most six tokens holding a preposition)
        move = np.flatnonzero(use_prev & (qi >= 1))
        for _ in range(2):
            if not len(move):
                break
            q = qi[move]
            h = q - 1
            gap = qpos[q] - qlast[h]
            ok = (gap > 0) & (gap <= 6) & (seg_q[h] == seg_q[q]) & (com_q[h] == com_q[q])
            prep = np.zeros(len(move), dtype=bool)
            for d in range(1, 6):  # a preposition strictly between the two quantities
                at = qlast[h] + d
                prep |= (at < qpos[q]) & lex.prep_mask[ids[np.minimum(at, n - 1)]]
            ok &= prep
            qi[move[ok]] = h[ok]
            move = move[ok & (h != 0)]
    paired = qi >= 0
    used = np.zeros(nq, dtype=bool)
    used[qi[paired]] = True
    pm, pmid, pq, pqid = mpos[paired], mid[paired], qpos[qi[paired]], qid[qi[paired]]
    asel = ~paired & (lex.malone[mid] != 0)
    am, amid = mpos[asel], mid[asel]
    bsel = ~used & (lex.qalone[qid] != 0)
    aq, aqid = qpos[bsel], qid[bsel]
    ssel = ~np.isnan(lex.state[tid])
    st, stid = pos[ssel], tid[ssel]
    anchor = np.concatenate([pm, am, aq, st])
    if detail:
        kind = np.concatenate([np.zeros(len(pm), np.int8), np.ones(len(am), np.int8),
                               np.full(len(aq), 2, np.int8), np.full(len(st), 3, np.int8)])
        other = np.concatenate([pq, np.full(len(anchor) - len(pq), -1)])
    lo = np.concatenate([np.minimum(pm, pq), am, aq, st])
    hi = np.concatenate([np.maximum(end_of(pm), end_of(pq)), end_of(am), end_of(aq), end_of(st)])
    base = np.concatenate([lex.qpol[pqid] * lex.mdir[pmid], lex.malone[amid], lex.qalone[aqid],
                           lex.state[stid]])
    # --- modifiers
    mult = np.ones(len(anchor))
    applied = {}
    if len(anchor):
        seg_u, com_u = _after(hard, anchor), _after(soft, anchor)
        for flag, factor, scope in ((_F_NEG, NEG_FACTOR, NEG_SCOPE), (_F_CONCESS, CONCESSION, n),
                                    (_F_HEDGE, HEDGE_FACTOR, HEDGE_SCOPE),
                                    (_F_PURPOSE, PURPOSE_FACTOR, PURPOSE_SCOPE),
                                    (_F_INTENT, INTENT_FACTOR, n)):
            mk = marks(flag)
            if not len(mk):
                continue
            mkl = end_of(mk)
            if flag == _F_NEG:  # the last negator before the movement, reaching the tone word
                j = np.searchsorted(mk, anchor) - 1
                jc = np.clip(j, 0, len(mk) - 1)
                ok = (j >= 0) & (mkl[jc] >= lo - scope) & (mkl[jc] < hi)
            else:  # the last marker ending before the (movement) word, in the same comma-clause
                j = np.searchsorted(mkl, anchor) - 1
                jc = np.clip(j, 0, len(mk) - 1)
                ok = (j >= 0) & (mkl[jc] >= anchor - scope)
                if flag != _F_INTENT:
                    ok &= _after(soft, mk[jc]) == com_u
            ok &= _after(hard, mk[jc]) == seg_u
            mult[ok] *= factor
            applied[flag] = (ok, mk[jc])
        contrast = marks(_F_CONTRAST)
        if len(contrast):  # a "but" later in the same clause halves what comes before it
            seg_end = np.append(hard, n)[seg_u]
            ok = np.searchsorted(contrast, seg_end) > _after(contrast, anchor)
            mult[ok] *= CONTRAST_BEFORE
            applied[_F_CONTRAST] = (ok, None)
        isel = lex.ival[tid] != 1.0
        if isel.any():  # every intensifier within two words of the tone word (or inside a pair)
            ipos, ivals = end_of(pos[isel]), lex.ival[tid[isel]]
            seg_start = np.insert(hard + 1, 0, 0)[seg_u]
            seg_end = np.append(hard, n)[seg_u] - 1
            a = np.maximum(lo - INTENS_SCOPE, seg_start)
            b = np.minimum(hi + INTENS_SCOPE, seg_end)
            # the product of the factors in [a, b], exactly (it does not depend on the other texts)
            first, stop = np.searchsorted(ipos, a), _after(ipos, b)
            inside = np.ones(len(anchor))
            one = stop - first == 1
            inside[one] = ivals[first[one]]
            for u in np.flatnonzero(stop - first > 1).tolist():
                inside[u] = math.prod(ivals[first[u]:stop[u]].tolist())
            mult *= inside
            applied[_F_INTENS] = (np.abs(inside - 1.0) > 1e-12, (a, b, pos[isel], tid[isel]))
    contrib = base * mult
    t_u = _after(sep, anchor)
    raw = np.bincount(t_u, weights=contrib, minlength=n_texts)
    positive = np.bincount(t_u, weights=np.clip(contrib, 0, None), minlength=n_texts)
    negative = np.bincount(t_u, weights=np.clip(-contrib, 0, None), minlength=n_texts)
    hedges = marks(_F_HEDGE)
    n_hedges = np.bincount(_after(sep, hedges), minlength=n_texts)
    forward = np.bincount(_after(sep, marks(_F_FORWARD)), minlength=n_texts) > 0
    n_units = np.bincount(t_u, minlength=n_texts)
    details = None
    if detail:
        details = _details(ids, lex, n_texts, sep, kind, anchor, other, lo, base, mult, contrib,
                           applied, hedges, detail == "full")
    return raw, positive, negative, n_hedges, forward, n_units, sep, details


_RULE = {0: None, 1: "movement alone", 2: "quantity alone", 3: "state"}
_HEDGE_RULE = "hedge (uncertainty)"


def _details(ids, lex, n_texts, sep, kind, anchor, other, lo, base, mult, contrib, applied, hedges,
             full: bool = True):
    """Per text, the (term, contribution, rule, base, multiplier, position) of each term that fired,
    in text order (hedges with contribution 0); with ``full=False`` only (term, contribution, rule).

    Term and rule strings come from small tables indexed with numpy; Python loops run only over the
    terms that a modifier touched (to write its note) and over the texts (to cut the list)."""
    terms = lex.terms
    nu = len(anchor)
    notes = lex.notes
    suffix = np.full(nu, "", dtype=object)  # "; note; note" per term, in the order the rules apply
    if _F_INTENS in applied:  # every intensifier that starts in the window, in text order
        ok, (a, b, istart, itid) = applied[_F_INTENS]
        first, stop = np.searchsorted(istart, a), _after(istart, b)
        count = np.where(ok, stop - first, 0)
        for k in range(int(count.max(initial=0))):
            sel = np.flatnonzero(count > k)
            suffix[sel] = suffix[sel] + "; " + notes[_F_INTENS][itid[first[sel] + k]]
    for flag in (_F_NEG, _F_CONCESS, _F_HEDGE, _F_PURPOSE, _F_INTENT):
        if flag in applied:
            ok, where = applied[flag]
            sel = np.flatnonzero(ok)
            suffix[sel] = suffix[sel] + "; " + notes[flag][ids[where[sel]]]
    if _F_CONTRAST in applied:
        sel = np.flatnonzero(applied[_F_CONTRAST][0])
        suffix[sel] = suffix[sel] + f"; contrast: before a 'but'-type word \u00d7{CONTRAST_BEFORE:g}"
    a_id, o_id = ids[anchor], ids[np.maximum(other, 0)]
    pair = kind == 0
    # term text: the word itself, or the pair in text order (built once per distinct pair)
    n_ids = len(terms)
    code = np.where(pair, (a_id * n_ids + o_id) * 2 + (other < anchor), -1 - a_id)
    uniq, inverse = np.unique(code, return_inverse=True)
    known = lex.pair_names  # code -> term text, kept between calls
    for c in uniq.tolist():
        if c not in known:
            if c < 0:
                known[c] = terms[-1 - c]
            else:
                first, (m, q) = c & 1, divmod(c >> 1, n_ids)
                known[c] = f"{terms[q]} {terms[m]}" if first else f"{terms[m]} {terms[q]}"
    term_of = np.empty(len(uniq), dtype=object)
    term_of[:] = list(map(known.__getitem__, uniq.tolist()))
    # rule: direction x valence (12 kinds), alone/state (3), hedge
    qc = np.maximum(lex.qcode[o_id], 0).astype(np.int64)
    rcode = np.where(pair, qc * 4 + (lex.mdir[a_id] > 0) * 2 + (base == 0), 11 + kind)
    rule = _RULE_OBJECTS[rcode] + suffix
    nh = len(hedges)
    h_id = ids[hedges]
    where = np.concatenate([lo, hedges])
    order = np.argsort(where, kind="stable")
    term_all = np.concatenate([term_of[inverse], lex.term_objects[h_id]])[order].tolist()
    rule_all = np.concatenate([rule, np.full(nh, _HEDGE_RULE, dtype=object)])[order].tolist()
    contrib_all = np.concatenate([contrib, np.zeros(nh)])[order].tolist()
    if full:
        base_all = np.concatenate([base, np.zeros(nh)])[order].tolist()
        mult_all = np.concatenate([mult, np.ones(nh)])[order].tolist()
        rows = list(zip(term_all, contrib_all, rule_all, base_all, mult_all, where[order].tolist()))
    else:
        rows = list(zip(term_all, contrib_all, rule_all))
    # positions run on across texts: cut the sorted rows at the text boundaries
    cuts = np.searchsorted(where[order], sep).tolist()
    starts = [0] + cuts
    ends = cuts + [len(rows)]
    return [rows[a:b] for a, b in zip(starts[:n_texts], ends[:n_texts])]


_PAIR_RULE = {
    (code, up, zero): "direction\u00d7valence ({}{}{})".format(
        {GOOD: "good", BAD: "bad", INFL: "inflation"}[code], "\u2191" if up else "\u2193",
        ", inflation='neutral'" if zero and code == INFL else "")
    for code in (GOOD, BAD, INFL) for up in (True, False) for zero in (True, False)
}
# rule codes: (qcode * 4 + up * 2 + zero) for pairs, 11 + kind for movement alone/quantity alone/state
_RULE_TABLE = [_PAIR_RULE[c, bool(k & 2), bool(k & 1)] for c in (GOOD, BAD, INFL) for k in range(4)] + \
    [_RULE[1], _RULE[2], _RULE[3]]
_RULE_OBJECTS = np.array(_RULE_TABLE, dtype=object)


def _squash(raw: float) -> float:
    return raw / math.sqrt(raw * raw + ALPHA)


def _tokenize(text: str) -> list[str]:
    return _words(text)


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


# --------------------------------------------------------------------------- public verbs
def score_texts(texts, method: str = "outlook", lexicon=None, lm_path=None, inflation: str = "neutral",
                *, max_chars: int = MAX_CHARS, detail: bool = True) -> pd.DataFrame:
    """Score each text's economic tone; one row per input, in input order.

    Columns: ``text``, ``score`` (float in [-1, 1]), ``label`` (positive | neutral | negative),
    ``positive`` and ``negative`` (summed positive / negative evidence), ``uncertainty`` (hedge
    words), ``forward_looking`` (bool), ``terms`` (list of (term, contribution, rule) that fired),
    ``reason`` ("" or why the row was scored neutral: empty, missing, not English; or that a very
    long text was truncated). For ``vader`` ``positive``/``negative`` are VADER's proportions and
    ``uncertainty``/``forward_looking`` are missing; for ``lm`` they are word counts.

    ``method``: "outlook" (default), "vader" or "lm". ``lexicon``: a TSV path or DataFrame that
    extends/overrides the outlook lexicon. ``lm_path``: the Loughran-McDonald master dictionary CSV
    (else ``$TOOLKIT_LM_PATH``). ``inflation``: "neutral" (default), "bad" or "good" - how rising
    prices count in the outlook (see the module docstring). ``max_chars``: longer texts are scored
    on their first ``max_chars`` characters. ``detail=False`` skips building ``terms`` (None) for
    speed when only the scores are needed (document_tone does this).

    >>> df = score_texts(["Unemployment fell sharply.", "Growth slowed.", ""])
    >>> df["label"].tolist()
    ['positive', 'negative', 'neutral']
    >>> df.loc[2, "reason"]
    'empty'
    """
    method = _check_method(method)
    if isinstance(texts, str):
        texts = [texts]
    elif isinstance(texts, pd.DataFrame):
        raise ValueError("score_texts takes texts (a list or Series of strings); for a table of "
                         "sentences use score_sentences(df), for a corpus use document_tone(corpus).")
    index = texts.index if isinstance(texts, pd.Series) else None
    texts = list(texts)
    if method == "outlook":
        lex = load_lexicon(lexicon, inflation)
        with _gc_paused():
            cols = _score_outlook(texts, lex, max_chars, detail)
        out = pd.DataFrame(cols, index=index)
    else:
        rows = _score_vader(texts, max_chars) if method == "vader" else \
            _score_lm(texts, _load_lm(lm_path), max_chars)
        out = pd.DataFrame(rows, columns=["text"] + _OUT_COLUMNS, index=index)
        out["text"] = pd.array([t if isinstance(t, str) else None for t in texts], dtype=object)
    if out["score"].dtype != np.float64:
        out["score"] = out["score"].astype(float)
    if method == "vader":
        out["uncertainty"] = out["uncertainty"].astype(float)
        out["forward_looking"] = pd.array(out["forward_looking"], dtype="boolean")
    elif out["forward_looking"].dtype != bool:
        out["forward_looking"] = out["forward_looking"].astype(bool)
    out.attrs["method"] = method
    return out


def _check_method(method) -> str:
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)} "
                         "('outlook' is the economic scorer, 'vader' and 'lm' are baselines).")
    return method


def _label(score: float, cut: float) -> str:
    return "positive" if score > cut else ("negative" if score < -cut else "neutral")


def _score_outlook(texts, lex: Lexicon, max_chars: int, detail: bool = True) -> dict:
    """Columns of score_texts for the outlook method: all texts are tokenised and scored at once.

    Identical texts are scored once (pyarrow's dictionary encoding finds them) and their results
    copied to every row that repeats them; each row still gets its own ``terms`` list."""
    import pyarrow as pa

    n = len(texts)
    # the common case (a non-empty ASCII string of normal length) skips the full check
    fast = np.array([type(t) is str and 0 < len(t) <= max_chars and t.isascii() and _SEP not in t
                     and not t.isspace() for t in texts], dtype=bool)
    reason = [""] * n
    clean = texts
    valid = fast
    if not fast.all():
        clean, valid = list(texts), fast.copy()
        for i in np.flatnonzero(~fast).tolist():
            text, reason[i] = _check(texts[i], max_chars)
            if text is not None:
                clean[i], valid[i] = _ascii(text), True
    where = np.flatnonzero(valid)
    score = np.zeros(n)
    positive, negative = np.zeros(n), np.zeros(n)
    uncertainty = np.zeros(n, dtype=np.int64)
    forward = np.zeros(n, dtype=bool)
    terms = None
    if len(where):
        encoded = pa.array(clean if len(where) == n else [clean[i] for i in where.tolist()],
                           type=pa.string()).dictionary_encode()
        distinct, inverse = encoded.dictionary, encoded.indices.to_numpy()
        ids = _tokens(distinct, lex)
        m = len(distinct)  # the _SEP after the last text opens an empty text: drop it
        raw, pos, neg, unc, fwd, n_units, sep, details = _core(ids, lex, detail)
        raw, pos, neg, unc, fwd, n_units = raw[:m], pos[:m], neg[:m], unc[:m], fwd[:m], n_units[:m]
        foreign = np.zeros(m, dtype=bool)
        cand = np.flatnonzero((n_units == 0) & (unc == 0))
        if len(cand):  # 8+ tokens and none of the English function words
            bounds = np.insert(sep, 0, -1)
            n_eng = np.concatenate([[0], np.cumsum(lex.english_mask[ids])])
            n_tok = bounds[cand + 1] - bounds[cand] - 1
            foreign[cand] = (n_tok >= 8) & (n_eng[bounds[cand + 1]] == n_eng[bounds[cand] + 1])
        keep = ~foreign[inverse]
        w, j = where[keep], inverse[keep]
        score[w] = raw[j] / np.sqrt(raw[j] ** 2 + ALPHA)
        positive[w], negative[w], uncertainty[w], forward[w] = pos[j], neg[j], unc[j], fwd[j]
        for i in where[~keep].tolist():
            reason[i] = "not English"
        if detail and len(w) == m == n:  # each text once, all scored: the lists are the rows
            terms = details[:n]
        elif detail:
            kept = list(map(details.__getitem__, j.tolist()))
            if m < len(where):  # a repeated text: each repeat gets its own copy of the list
                repeat = np.ones(len(j), dtype=bool)
                repeat[np.unique(j, return_index=True)[1]] = False
                for r in np.flatnonzero(repeat).tolist():
                    kept[r] = kept[r].copy()
            if len(w) == n:
                terms = kept
            else:
                terms = [[] for _ in range(n)]
                for i, row in zip(w.tolist(), kept):
                    terms[i] = row
    if terms is None:
        terms = [[] if detail else None for _ in range(n)]
    cut = LABEL_CUTOFF["outlook"]
    label = np.where(score > cut, "positive", np.where(score < -cut, "negative", "neutral"))
    text = texts if fast.all() else [t if isinstance(t, str) else None for t in texts]
    return {"text": pd.array(text, dtype=object),
            "score": score, "label": label, "positive": positive, "negative": negative,
            "uncertainty": uncertainty, "forward_looking": forward, "terms": terms, "reason": reason}


@contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while the outlook scorer builds its many small, acyclic
    lists and tuples (``terms``): collections triggered by them cost up to a quarter of the time on
    large batches. The collector is switched back on only if it was on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _checked(texts, max_chars: int):
    """(text, clean or None, reason) for each text, with the English check of the baselines."""
    for text in texts:
        clean, reason = _check(text, max_chars)
        if clean is not None and _not_english(_tokenize(clean)):
            clean, reason = None, "not English"
        yield text, clean, reason


def _score_vader(texts, max_chars: int) -> list:
    analyzer, cut = _vader(), LABEL_CUTOFF["vader"]
    rows = []
    for text, clean, reason in _checked(texts, max_chars):
        if clean is None:
            rows.append((text, 0.0, "neutral", 0.0, 0.0, np.nan, pd.NA, [], reason))
            continue
        s = analyzer.polarity_scores(clean)
        rows.append((text, s["compound"], _label(s["compound"], cut), s["pos"], s["neg"], np.nan, pd.NA,
                     [], reason))
    return rows


# --------------------------------------------------------------------------- Loughran-McDonald
def _lm_source(lm_path) -> Path:
    path = lm_path or os.environ.get(LM_ENV)
    if not path:
        raise FileNotFoundError(
            "method='lm' needs the Loughran-McDonald master dictionary CSV, which may not be "
            f"redistributed and so is not shipped. Download it from {LM_URL} and pass "
            f"lm_path='.../Loughran-McDonald_MasterDictionary.csv' or set {LM_ENV}.")
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"Loughran-McDonald dictionary {path} not found (from lm_path= or "
                                f"{LM_ENV}); download it from {LM_URL}.")
    return path


def _load_lm(lm_path):
    path = _lm_source(lm_path)
    return _cached_lm(str(path.resolve()), path.stat().st_mtime)


@lru_cache(maxsize=4)
def _cached_lm(path: str, mtime: float) -> dict[str, frozenset]:
    head = pd.read_csv(path, nrows=0)
    cols = {c.lower(): c for c in head.columns}
    need = ["word", "positive", "negative"]
    missing = [c for c in need if c not in cols]
    if missing:
        raise ValueError(f"{path} does not look like the Loughran-McDonald master dictionary: no "
                         f"column(s) {missing}; expected Word, Negative, Positive, Uncertainty, ... "
                         f"(get it from {LM_URL}).")
    use = [cols[c] for c in ("word", "positive", "negative", "uncertainty") if c in cols]
    df = pd.read_csv(path, usecols=use, keep_default_na=False)
    words = df[cols["word"]].astype(str).str.lower()
    lists = {}
    for name in ("positive", "negative", "uncertainty"):
        if name in cols:
            # a year means "added that year"; a negative year means "removed that year"
            flag = pd.to_numeric(df[cols[name]], errors="coerce").fillna(0) > 0
            lists[name] = frozenset(words[flag])
        else:
            lists[name] = frozenset()
    return lists


_WORD_RE = re.compile(r"[a-z]+")


def _score_lm(texts, lists: dict, max_chars: int) -> list:
    pos_set, neg_set, unc_set = lists["positive"], lists["negative"], lists["uncertainty"]
    cut = LABEL_CUTOFF["lm"]
    rows = []
    for text, clean, reason in _checked(texts, max_chars):
        if clean is None:
            rows.append((text, 0.0, "neutral", 0.0, 0.0, 0, False, [], reason))
            continue
        words = _WORD_RE.findall(clean.lower())
        terms = [(w, 1.0, "LM positive") if w in pos_set else (w, -1.0, "LM negative")
                 for w in words if w in pos_set or w in neg_set]
        p = sum(1 for t in terms if t[1] > 0)
        n = len(terms) - p
        score = (p - n) / (p + n) if p + n else 0.0
        rows.append((text, score, _label(score, cut), float(p), float(n),
                     sum(1 for w in words if w in unc_set), False, terms, reason))
    return rows


# --------------------------------------------------------------------------- tables
def score_sentences(sentences_df: pd.DataFrame, method: str = "outlook", text: str = "sentence",
                    **options) -> pd.DataFrame:
    """Add the score columns of :func:`score_texts` to a table of sentences (or any texts).

    ``sentences_df`` is the table from ``toolkit.sentences(corpus)``; ``text`` names its text column
    ("sentence" by default, "text" is used when there is no "sentence" column). Other options
    (``lexicon``, ``lm_path``, ``inflation``) go to :func:`score_texts`. Returns a copy with
    ``score, label, positive, negative, uncertainty, forward_looking, terms, reason`` added.

    >>> sents = pd.DataFrame({"doc_id": ["a", "a"], "sentence": ["Output rose.", "Losses widened."]})
    >>> score_sentences(sents)["label"].tolist()
    ['positive', 'negative']
    """
    if not isinstance(sentences_df, pd.DataFrame):
        raise ValueError("score_sentences takes a DataFrame with a 'sentence' column (from "
                         "toolkit.sentences(corpus)); for plain strings use score_texts(texts).")
    column = text if text in sentences_df.columns else ("text" if "text" in sentences_df.columns else None)
    if column is None:
        raise ValueError(f"score_sentences: no column {text!r} (nor 'text') in the table; it has "
                         f"{list(sentences_df.columns)}. Pass text='your_column'.")
    scored = score_texts(sentences_df[column].tolist(), method=method, **options)
    out = sentences_df.copy()
    for col in _OUT_COLUMNS:
        out[col] = scored[col].to_numpy() if col != "forward_looking" else scored[col].array
    out.attrs["method"] = method
    return out


def sentence_weights(scored: pd.DataFrame, k: float = TONE_K) -> pd.Series:
    """Each sentence's contribution to its document's tone; they sum to :func:`document_tone`'s tone.

    The aggregation rule: a document's tone is its net evidence over its total evidence,
    ``tone = sum(positive - negative) / (sum(positive + negative) + k)`` over the document's
    sentences (``k`` = 1 keeps a document with little tone near 0). Sentence *i* therefore
    contributes ``(positive_i - negative_i) / (sum(positive + negative) + k)``; neutral sentences
    contribute 0 and the contributions of a document add up exactly to its tone, so a change of tone
    between two documents splits into per-sentence contributions. Needs columns ``doc_id``,
    ``positive``, ``negative`` (from :func:`score_sentences`).

    >>> s = pd.DataFrame({"doc_id": ["a", "a", "b"], "positive": [1.0, 0.0, 0.0],
    ...                   "negative": [0.0, 0.5, 0.0]})
    >>> sentence_weights(s).round(3).tolist()
    [0.4, -0.2, 0.0]
    """
    for col in ("doc_id", "positive", "negative"):
        if col not in scored.columns:
            raise ValueError(f"sentence_weights needs column {col!r} (score the sentences with "
                             "score_sentences first).")
    pos = scored["positive"].astype(float).fillna(0.0)
    neg = scored["negative"].astype(float).fillna(0.0)
    total = (pos + neg).groupby(scored["doc_id"], sort=False).transform("sum")
    return (pos - neg) / (total + k)


def aggregate_tone(positive, negative, k: float = TONE_K) -> float:
    """Tone of one document from its sentences' positive and negative evidence.

    ``sum(positive - negative) / (sum(positive + negative) + k)``, in (-1, 1); see
    :func:`sentence_weights` for the per-sentence split.

    >>> round(aggregate_tone([1.0, 0.0], [0.0, 0.5]), 3)
    0.2
    """
    p = float(np.nansum(np.asarray(positive, dtype=float)))
    n = float(np.nansum(np.asarray(negative, dtype=float)))
    return (p - n) / (p + n + k)


def document_tone(corpus_or_sentences: pd.DataFrame, method: str = "outlook", k: float = TONE_K,
                  **options) -> pd.DataFrame:
    """Tone of each document, one row per document, from its sentences.

    Takes a corpus (``load_corpus``: split with ``toolkit.sentences``) or a sentence table
    (with a ``sentence`` column, scored here unless it already has ``positive``/``negative``).
    Columns: ``doc_id, date, source, tone, n_sentences, n_positive, n_negative, uncertainty,
    forward_share``. ``tone`` is the net evidence of the document over its total evidence (see
    :func:`sentence_weights`: additive over sentences); ``uncertainty`` is the mean number of hedge
    words per sentence, ``forward_share`` the share of forward-looking sentences. Documents with no
    sentence keep a row with tone 0. For ``vader`` and ``lm``, ``positive``/``negative`` are the
    methods' own evidence.

    >>> corpus = pd.DataFrame({"doc_id": ["q1", "q2"], "date": pd.to_datetime(["2020-01-01", "2020-04-01"]),
    ...     "source": "x", "text": ["Growth picked up. Hiring was solid.", "Output fell sharply."]})
    >>> document_tone(corpus)[["doc_id", "tone"]].round(2).values.tolist()   # doctest: +SKIP
    [['q1', 0.6], ['q2', -0.6]]
    """
    _check_method(method)
    df = corpus_or_sentences
    if not isinstance(df, pd.DataFrame):
        raise ValueError("document_tone takes a corpus (load_corpus) or a sentence table (sentences).")
    docs = None
    if "sentence" in df.columns:
        sents = df
    elif "text" in df.columns:
        if "doc_id" not in df.columns:
            raise ValueError("document_tone: the corpus has no 'doc_id' column; load it with load_corpus.")
        from toolkit.tokenizing import sentences

        docs = df
        sents = sentences(df)
    else:
        raise ValueError(f"document_tone needs a corpus with 'doc_id' and 'text' columns or a sentence "
                         f"table with 'doc_id' and 'sentence'; got columns {list(df.columns)}.")
    if "doc_id" not in sents.columns:
        raise ValueError("document_tone: the sentence table has no 'doc_id' column.")
    if not {"positive", "negative", "label"} <= set(sents.columns):
        sents = score_sentences(sents, method=method, **{"detail": False, **options})
    w = sentence_weights(sents, k=k)
    fwd = pd.Series(sents["forward_looking"].astype("float"), index=sents.index)
    g = pd.DataFrame({"doc_id": sents["doc_id"].to_numpy(), "w": w.to_numpy(),
                      "pos": (sents["label"] == "positive").to_numpy(),
                      "neg": (sents["label"] == "negative").to_numpy(),
                      "unc": sents["uncertainty"].astype(float).to_numpy(),
                      "fwd": fwd.to_numpy()}).groupby("doc_id", sort=False)
    out = pd.DataFrame({"tone": g["w"].sum(), "n_sentences": g.size(), "n_positive": g["pos"].sum(),
                        "n_negative": g["neg"].sum(), "uncertainty": g["unc"].mean(),
                        "forward_share": g["fwd"].mean()})
    meta_src = docs if docs is not None else sents
    meta = meta_src.drop_duplicates("doc_id").set_index("doc_id")
    ids = pd.Index(meta_src["doc_id"].drop_duplicates())
    out = out.reindex(ids)
    out["tone"] = out["tone"].fillna(0.0)
    for col in ("n_sentences", "n_positive", "n_negative"):
        out[col] = out[col].fillna(0).astype(int)
    out.index.name = "doc_id"
    out = out.reset_index()
    out.insert(1, "date", meta["date"].reindex(ids).to_numpy() if "date" in meta.columns else pd.NaT)
    out.insert(2, "source", meta["source"].reindex(ids).to_numpy() if "source" in meta.columns else "")
    out["date"] = pd.to_datetime(out["date"])
    out.attrs["method"] = method
    return out[["doc_id", "date", "source", "tone", "n_sentences", "n_positive", "n_negative",
                "uncertainty", "forward_share"]]


def tone_over_time(doc_tone: pd.DataFrame, freq: str = "Q", n_boot: int = 1000, seed: int = 0,
                   ci: float = 0.95) -> pd.DataFrame:
    """Mean document tone per period with bootstrap confidence intervals.

    Groups :func:`document_tone`'s rows by ``date`` into periods of ``freq`` (pandas period alias:
    "M", "Q", "Y" ...), averages ``tone`` and resamples the period's documents ``n_boot`` times
    (seeded) for a ``ci`` percentile interval. A period with one document has a zero-width interval.
    Columns: ``period`` (pandas Period), ``start`` (its first day), ``tone``, ``ci_low``,
    ``ci_high``, ``n_docs``. Documents without a date are left out and counted in a warning and in
    ``attrs["skipped"]``.

    >>> dt = pd.DataFrame({"date": pd.to_datetime(["2020-01-05", "2020-02-01", "2020-05-01"]),
    ...                    "tone": [0.2, 0.4, -0.1]})
    >>> tone_over_time(dt, n_boot=200)[["tone", "n_docs"]].round(2).values.tolist()
    [[0.3, 2.0], [-0.1, 1.0]]
    """
    for col in ("date", "tone"):
        if col not in doc_tone.columns:
            raise ValueError(f"tone_over_time needs a {col!r} column (the output of document_tone); "
                             f"got {list(doc_tone.columns)}.")
    dates = pd.to_datetime(doc_tone["date"])
    undated = dates.isna()
    skipped = doc_tone.loc[undated]
    if undated.any():
        warnings.warn(f"tone_over_time: {int(undated.sum())} document(s) without a date left out "
                      "(see .attrs['skipped']).", stacklevel=2)
    periods = dates[~undated].dt.to_period(freq)
    tone = doc_tone.loc[~undated, "tone"].astype(float).to_numpy()
    rng = np.random.default_rng(seed)
    lo_q, hi_q = (1 - ci) / 2 * 100, (1 + ci) / 2 * 100
    rows = []
    codes, uniques = pd.factorize(periods, sort=True)
    for j, period in enumerate(uniques):
        v = tone[codes == j]
        v = v[~np.isnan(v)]
        if len(v) == 0:
            continue
        means = v[rng.integers(0, len(v), size=(n_boot, len(v)))].mean(axis=1)
        rows.append((period, period.start_time, v.mean(), np.percentile(means, lo_q),
                     np.percentile(means, hi_q), len(v)))
    out = pd.DataFrame(rows, columns=["period", "start", "tone", "ci_low", "ci_high", "n_docs"])
    out["n_docs"] = out["n_docs"].astype(int)
    out.attrs["skipped"] = skipped
    return out


def explain(text: str, lexicon=None, inflation: str = "neutral") -> pd.DataFrame:
    """Each term's contribution to a text's outlook score and the rule that produced it.

    Columns: ``term``, ``contribution`` (what it adds to the raw score), ``rule``
    (direction x valence, state, quantity/movement alone, with negation, intensifier, contrast,
    concession, hedge noted), ``base`` (tone before modifiers), ``multiplier``, ``position`` (token
    index). ``attrs`` holds the text's ``score``, ``label`` and ``raw`` sum.

    >>> explain("Unemployment did not fall.")[["term", "contribution"]].values.tolist()
    [['unemployment fall', -0.75]]
    """
    lex = load_lexicon(lexicon, inflation)
    clean, reason = _check(text, MAX_CHARS)
    details = []
    raw = 0.0
    if clean is not None:
        res = _core(_tokens([_ascii(clean)], lex), lex, "full")
        raw, details = float(res[0][0]) if len(res[0]) else 0.0, (res[-1][0] if res[-1] else [])
    out = pd.DataFrame(details, columns=["term", "contribution", "rule", "base", "multiplier", "position"])
    score = _squash(raw)
    out.attrs.update(score=score, label=_label(score, LABEL_CUTOFF["outlook"]), raw=raw, reason=reason)
    return out
