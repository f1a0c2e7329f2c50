"""Sentences and tokens, offline: the second stage of the pipeline.

Everything here runs without downloads: the sentence splitter is a compiled regular expression plus
a short list of abbreviation rules tuned on Federal Reserve and trade-press text (about 15x faster
than NLTK's Punkt with hand-set abbreviations on the Beige Book; where the two disagree,
Punkt's extra splits were mostly wrong and ours mostly right, by a reviewed sample); the
tokenizer follows the Treebank conventions but runs as vectorised rules over character classes in
numpy (no Python loop per token); lemmas come from ``simplemma`` (which ships its data), cached per
distinct word form; stopwords from ``toolkit/data/stopwords.txt``. Timings:
``benchmarks/bench_tokens.py``.

Verbs (tidy: DataFrame in, DataFrame out; ids carried so later steps are a group-by away):

- :func:`sentences` -- one row per sentence ``[doc_id, sent_id, sentence, start, end, (date, source)]``
- :func:`tokens` -- one row per token ``[doc_id, sent_id, token_id, token, lower, lemma, is_stop,
  is_alpha, start, end, (date, source)]``
- :func:`ngrams` -- n-gram counts per document (never across sentence boundaries)
- :func:`load_stopwords` -- the bundled stopword list plus your own words

Helpers other modules may call on a plain string: :func:`split_sentences` (character spans) and
:func:`count_words` (number of word tokens, as :func:`tokens` counts ``is_alpha``).

>>> from toolkit.tokenizing import sentences
>>> sentences(["Rates rose 1/4 percent in the U.S. on Jan. 5. Mr. Smith agreed."])[["sent_id", "sentence"]]
   sent_id                                       sentence
0        0  Rates rose 1/4 percent in the U.S. on Jan. 5.
1        1                              Mr. Smith agreed.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "split_sentences",
    "sentences",
    "tokens",
    "ngrams",
    "load_stopwords",
    "count_words",
]

# ---------------------------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------------------------

# A candidate boundary: terminal punctuation (., !, ?, ellipsis), any closing quotes/brackets that
# belong to the sentence, whitespace, then something that can start a sentence (not a lower-case
# letter): an upper-case letter or digit, possibly behind opening quotes/brackets.
_CANDIDATE = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(\s+)(?=[\"'\u201c\u2018(\[]*[^\W_a-z])")
# A paragraph break (a blank line) always ends a sentence.
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")
_OPENERS = "\"'\u201c\u2018([{"
_NEXT_WORDS = re.compile(r"[\"'\u201c\u2018(\[]*([\w&-]+)[^\w\n]*([\w&-]*)")

# Abbreviations (case-sensitive, without the final period). Kept short on purpose: these are
# rules, not data; each group says when a period after it still ends a sentence.
# Titles before a name: never a boundary ("Mr. Hoenig", "Dr. Bernanke", "St. Louis").
_TITLES = frozenset(
    "Mr Mrs Ms Messrs Mmes Dr Drs Prof Gov Govs Sen Sens Rep Reps Gen Col Lt Capt Sgt Adm Maj Rev "
    "Hon Pres Supt St Ste Mt Ft".split()
)
# Before a number: no boundary when a digit follows ("No. 2 heating oil", "Jan. 5", "Fig. 3").
_BEFORE_NUMBER = frozenset(
    "No Nos no nos Nr Fig Figs fig figs Vol Vols vol Art Sec Ch ch pp p Jan Feb Mar Apr Jun Jul Aug "
    "Sep Sept Oct Nov Dec Q".split()
)
# Inside a sentence whatever follows ("e.g. Boston", "vs. Chicago", "approx. 5").
_INLINE = frozenset("e.g i.e eg ie cf vs v viz approx incl esp ca et al".split())
# Multi-letter abbreviations with internal periods that usually end a sentence when a capital follows.
_TIME = frozenset("a.m p.m A.M P.M".split())
_TIME_ZONES = frozenset("Eastern Central Mountain Pacific EST EDT ET CST CDT CT PST PDT PT GMT UTC".split())
# After "U.S.", "U.K.", "D.C." … a capital usually continues a name ("U.S. Department of Agriculture",
# "U.S. Steel"); a boundary only when the next word cannot continue one (function words, "However").
_NAME_CONTINUATIONS = frozenset(
    "Department Dept Treasury Treasuries Government Steel Trust Navy Army Postal Gulf District Court "
    "Senate Congress Census Bureau Chamber Embassy Mint Customs Attorney Armed Bankruptcy Maritime "
    "Secretary Bancorp Airways Airlines Gypsum Cellular Robotics Industries Surgical Inc Corp Co Ltd".split()
)


# Words before a period that need a closer look; anything else before a single period ends a sentence.
_SUSPECT = _TITLES | _BEFORE_NUMBER | _INLINE | {w.capitalize() for w in _INLINE} | {w.upper() for w in _INLINE}


def _is_boundary(text: str, word: str, after: int) -> bool:
    """Does the period after ``word`` end a sentence? ``after`` indexes the next non-space character."""
    nxt = text[after]
    while nxt in _OPENERS and after + 1 < len(text):
        after += 1
        nxt = text[after]
    if word in _TITLES or word.lower() in _INLINE:
        return False
    if word in _BEFORE_NUMBER:
        return not nxt.isdigit()
    if len(word) == 1:  # an initial: "Ben S. Bernanke", "Janet L. Yellen"
        return not word.isupper()
    if "." in word:  # U.S, U.K, D.C, a.m, Ph.D …
        if nxt.isdigit():
            return True
        m = _NEXT_WORDS.match(text, after)
        if m is None:
            return True
        first, second = m.group(1), m.group(2)
        if word in _TIME:  # "2:00 p.m. Eastern time" continues; "2 p.m. Markets rallied" does not
            return first not in _TIME_ZONES
        if first in _NAME_CONTINUATIONS or (len(first) > 1 and first.isupper()):  # "U.S. GDP", "U.S. TV"
            return False
        if first.lower() in _bundled_stopwords():
            return True
        # "U.S. Home Corp" (two capitalised words) continues a name; "U.S. Demand for" starts a sentence.
        return not second[:1].isupper()
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split one text into sentences; return ``(start, end)`` character spans into ``text``.

    Spans are trimmed of surrounding whitespace, so ``text[start:end]`` is the sentence. A blank line
    (paragraph break) always ends a sentence. Periods after abbreviations ("U.S.", "p.m.", "No. 2",
    "Jan. 5", "e.g.", "Mr.", "Inc."), initials ("Ben S. Bernanke"), decimals and fractions ("4.6",
    "0 to 1/4 percent", "$1.2 trillion") do not split; closing quotes and brackets stay with their
    sentence. A sentence never starts with a lower-case letter. Fast (tens of MB/s): one compiled
    regex finds candidates, a few rules veto them.

    >>> text = 'The target is 0 to 1/4 percent. Ben S. Bernanke said "rates stay low." Sales rose.'
    >>> [text[a:b] for a, b in split_sentences(text)]
    ['The target is 0 to 1/4 percent.', 'Ben S. Bernanke said "rates stay low."', 'Sales rose.']
    >>> split_sentences("  ")
    []
    """
    if not isinstance(text, str):
        raise ValueError(
            f"split_sentences expects a str, got {type(text).__name__}; pass one document's text "
            "(use sentences() for a corpus DataFrame, Series or list)"
        )
    ends: list[int] = []  # where a sentence ends ...
    nexts: list[int] = []  # ... and where the next one starts (both outside the whitespace between)
    for m in _CANDIDATE.finditer(text):
        dot = m.start()
        if text[dot] == "." and text[dot + 1] != ".":
            # the word before the period, minus opening quotes/brackets (abbreviations are short)
            before = text[max(0, dot - 9):dot].rsplit(None, 1)
            word = before[-1].lstrip(_OPENERS) if before else ""
            if "-" in word:  # "Minneapolis-St. Paul"
                word = word.rsplit("-", 1)[1]
            elif word.isdigit() and len(word) <= 3:  # "1. The Desk will …" at the start of a line
                at = dot - len(word)
                if at == 0 or text[at - 1] == "\n" or (nexts and at == nexts[-1]):
                    continue
            if (word in _SUSPECT or len(word) == 1 or "." in word) and not _is_boundary(text, word, m.end()):
                continue
        ends.append(m.start(1))
        nexts.append(m.end())
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip())
    if first >= last:
        return []
    if "\n" in text and _PARAGRAPH.search(text):
        cuts = set(zip(ends, nexts))
        for m in _PARAGRAPH.finditer(text):
            j = m.start()
            while j > 0 and text[j - 1].isspace():
                j -= 1
            cuts.add((j, m.end()))
        ordered = sorted(cuts)
        ends = [e for e, _ in ordered]
        nexts = [n for _, n in ordered]
        return [(a, b) for a, b in zip([first, *nexts], [*ends, last]) if a < b]
    return list(zip([first, *nexts], [*ends, last]))


# ---------------------------------------------------------------------------------------------
# Corpus input
# ---------------------------------------------------------------------------------------------

_CARRIED = ("date", "source")


def _documents(corpus, text: str = "text"):
    """Normalise a corpus argument to (doc_ids, texts, carried columns dict)."""
    if isinstance(corpus, pd.DataFrame):
        if text not in corpus.columns:
            raise ValueError(
                f"the corpus has no text column {text!r}; columns present: {list(corpus.columns)}. "
                "Pass text=<name of the column holding the documents' text>."
            )
        if "doc_id" in corpus.columns:
            doc_ids = corpus["doc_id"].tolist()
        else:
            doc_ids = list(range(len(corpus)))
        texts = corpus[text].tolist()
        carried = {c: corpus[c].array for c in _CARRIED if c in corpus.columns}
        return doc_ids, texts, carried
    if isinstance(corpus, pd.Series):
        return list(range(len(corpus))), corpus.tolist(), {}
    if isinstance(corpus, str):
        raise ValueError(
            "expected a corpus DataFrame (from load_corpus), a Series or a list of texts, got one str; "
            "wrap it in a list: sentences([text])"
        )
    if isinstance(corpus, Iterable):
        texts = list(corpus)
        return list(range(len(texts))), texts, {}
    raise ValueError(
        f"expected a corpus DataFrame (from load_corpus), a Series or a list of texts, got {type(corpus).__name__}"
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogate_error(doc_id, text: str) -> ValueError:
    at = _SURROGATE.search(text).start()
    return ValueError(
        f"document {doc_id!r} holds an unpaired surrogate {text[at]!r} at character {at} (bytes that were "
        "not valid text); it cannot be stored as a string. Re-read the file with a correct encoding, or "
        "clean it: text.encode('utf-8', 'replace').decode('utf-8')"
    )


def _clean_text(value, doc_id) -> str:
    if isinstance(value, str):
        if not value.isascii() and _SURROGATE.search(value):
            raise _surrogate_error(doc_id, value)
        return value
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return ""
    raise ValueError(
        f"document {doc_id!r} has a text of type {type(value).__name__} ({value!r:.60}); "
        "every text must be a str (or NaN/None for a missing text)"
    )


def sentences(corpus, text: str = "text", progress: bool | None = None) -> pd.DataFrame:
    """One row per sentence: ``[doc_id, sent_id, sentence, start, end]`` plus ``date``/``source`` if present.

    ``corpus`` is the DataFrame from :func:`toolkit.load_corpus` (``text`` names its text column), a
    Series, or a list of strings (then ``doc_id`` is the position). ``sent_id`` counts from 0 within a
    document; ``start``/``end`` are character offsets into that document's text, so
    ``text[start:end] == sentence``. Splitting is :func:`split_sentences`.

    Documents with an empty or missing (NaN/None) text give no rows; their ids are listed in
    ``result.attrs["empty_docs"]`` so document-level steps can still report them.

    ``progress``: show a progress bar (None: only for more than 2,000 documents on a terminal).

    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Growth slowed. Prices rose 4.6 percent.", ""]})
    >>> out = sentences(corpus)
    >>> out[["doc_id", "sent_id", "sentence", "start", "end"]]
      doc_id  sent_id                  sentence  start  end
    0      a        0            Growth slowed.      0   14
    1      a        1  Prices rose 4.6 percent.     15   39
    >>> out.attrs["empty_docs"]
    ['b']
    """
    doc_ids, texts, carried = _documents(corpus, text)
    spans: list[tuple[int, int]] = []
    sents: list[str] = []
    counts = np.zeros(len(texts), dtype=np.int64)
    empty = []
    rows = enumerate(zip(doc_ids, texts))
    if progress or (progress is None and len(texts) > 2000):
        from tqdm.auto import tqdm

        rows = tqdm(rows, total=len(texts), desc="sentences", unit="doc", disable=None if progress is None else False)
    for i, (doc_id, value) in rows:
        t = _clean_text(value, doc_id)
        doc_spans = split_sentences(t) if t else []
        if not doc_spans:
            empty.append(doc_id)
            continue
        counts[i] = len(doc_spans)
        spans += doc_spans
        sents += [t[a:b] for a, b in doc_spans]
    doc_pos = np.repeat(np.arange(len(texts)), counts)
    first = np.cumsum(counts) - counts
    sent_id = np.arange(len(doc_pos), dtype=np.int64) - np.repeat(first, counts)
    bounds = np.array(spans, dtype=np.int64).reshape(-1, 2)
    data = {
        "doc_id": _take_ids(doc_ids, doc_pos),
        "sent_id": sent_id,
        "sentence": pd.array(sents, dtype="str"),
        "start": bounds[:, 0],
        "end": bounds[:, 1],
    }
    for col, values in carried.items():
        data[col] = values.take(doc_pos)
    out = pd.DataFrame(data, copy=False)
    out.attrs["empty_docs"] = empty
    return out


def _take_ids(doc_ids: list, positions: np.ndarray):
    """doc_ids repeated per row: str ids stay str (arrow-backed), positions stay int."""
    if all(isinstance(d, str) for d in doc_ids):
        return pd.array(doc_ids, dtype="str").take(positions)
    if all(isinstance(d, (int, np.integer)) and not isinstance(d, bool) for d in doc_ids):
        return np.asarray(doc_ids, dtype=np.int64)[positions]
    ids = np.empty(len(doc_ids), dtype=object)
    ids[:] = doc_ids
    return ids[positions]


# ---------------------------------------------------------------------------------------------
# Stopwords
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# Tokenizing
# ---------------------------------------------------------------------------------------------
# The tokenizer works on character classes in numpy arrays rather than running a Python regex per
# token: one pass classifies every character, a few vectorised rules decide where tokens break, and
# the token strings are cut out of the UTF-8 buffer by pyarrow without a Python loop. The rules, in
# the spirit of the Treebank tokenizer:
#   * letters and digits join ("growth", "1990s", "COVID19"); every other character is its own token,
#     except that it joins its neighbours when it is
#   * ".", ",", ":" or "/" between digits: "4.6", "1,000", "9:30", "1/4";
#   * "-", "&" or "@" between letters/digits: "year-over-year", "COVID-19", "9-3/4", "AT&T";
#   * a period in a run of single letters: "U.S.", "e.g.", "a.m.", "D.C.";
#   * a period between two letters when a lower-case letter follows: "federalreserve.gov";
#   * an apostrophe inside a word: "don't", "O'Leary"; but the clitics 's 'd 'm 're 've 'll are split
#     off as their own tokens ("Committee" + "'s"), as Treebank does;
#   * runs of periods ("...") and of hyphens ("--") stay one token.

_SPACE, _LETTER, _DIGIT, _OTHER = 0, 1, 2, 3
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_PLACEHOLDER = ord("?")  # what str.encode("ascii", "replace") puts for a non-ASCII character


def _class_of(ch: str) -> int:
    if ch.isspace():
        return _SPACE
    if ch.isalpha() or ch == "_":
        return _LETTER
    if ch.isdigit():
        return _DIGIT
    return _OTHER


_ASCII_CLASS = np.array([_class_of(chr(c)) for c in range(128)] + [_OTHER] * 128, dtype=np.int8)


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
_RIGHT_QUOTE = "\u2019"


class _Chars:
    """One text as arrays: ``b`` one byte per character (non-ASCII shown as 0x80), ``cls`` its class."""

    def __init__(self, text: str):
        self.text = text
        self.n = len(text)
        b = np.frombuffer(text.encode("ascii", "replace"), dtype=np.uint8).copy()
        self.non_ascii = np.zeros(0, dtype=np.int64)
        if not text.isascii():
            pos = [m.start() for m in _NON_ASCII.finditer(text)]
            self.non_ascii = np.asarray(pos, dtype=np.int64)
            chars = [text[i] for i in pos]
            b[self.non_ascii] = 0x80
            cls = _ASCII_CLASS[b]
            cls[self.non_ascii] = [_class_of(c) for c in chars]
            self.right_quote = self.non_ascii[np.asarray([c == _RIGHT_QUOTE for c in chars], dtype=bool)]
            self.extra_bytes = np.asarray([len(c.encode("utf-8", "surrogatepass")) - 1 for c in chars], dtype=np.int64)
        else:
            cls = _ASCII_CLASS[b]
            self.right_quote = self.non_ascii
            self.extra_bytes = self.non_ascii
        self.b = b
        self.cls = cls

    def byte_offsets(self, char_offsets: np.ndarray) -> np.ndarray:
        """UTF-8 byte offsets of character offsets."""
        if not len(self.non_ascii):
            return char_offsets
        before = np.searchsorted(self.non_ascii, char_offsets, side="left")
        cum = np.concatenate(([0], np.cumsum(self.extra_bytes)))
        return char_offsets + cum[before]


_CHUNK = 1 << 20  # characters per block: keeps the working arrays in cache on long texts


def _token_spans(chars: _Chars) -> tuple[np.ndarray, np.ndarray]:
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
        while hi < n and chars.cls[hi] != _SPACE:  # move the cut to the next whitespace
            step = chars.cls[hi:hi + 4096]
            spaces = np.flatnonzero(step == _SPACE)
            hi = hi + int(spaces[0]) if len(spaces) else min(hi + len(step), n)
        s, e = _block_spans(chars, lo, hi)
        starts.append(s + lo)
        ends.append(e + lo)
        lo = hi
    return np.concatenate(starts), np.concatenate(ends)


def _block_spans(chars: _Chars, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
    """Spans of the tokens in ``chars[lo:hi]``, relative to ``lo``."""
    n, b, cls = hi - lo, chars.b[lo:hi], chars.cls[lo:hi]
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    nonspace = cls != _SPACE
    start = np.empty(n, dtype=bool)
    start[0] = nonspace[0]
    np.logical_and(nonspace[1:], ~nonspace[:-1], out=start[1:])

    # Only the non-word characters need rules; look at them and their neighbours sparsely.
    o = np.flatnonzero(cls == _OTHER)
    if len(o):
        pb = np.zeros(n + 4, dtype=np.uint8)
        pb[2:-2] = b
        pc = np.zeros(n + 4, dtype=np.int8)  # pads are _SPACE
        pc[2:-2] = cls
        c = b[o]
        c_prev, c_prev2, c_next, c_next2 = pb[o + 1], pb[o], pb[o + 3], pb[o + 4]
        k_prev, k_prev2, k_next, k_next2 = pc[o + 1], pc[o], pc[o + 3], pc[o + 4]
        word_prev = (k_prev == _LETTER) | (k_prev == _DIGIT)
        word_next = (k_next == _LETTER) | (k_next == _DIGIT)
        is_dot = c == ord(".")
        joined = (_NUMBER_JOINERS[c] & (k_prev == _DIGIT) & (k_next == _DIGIT)) | (
            _WORD_JOINERS[c] & word_prev & word_next
        ) | (is_dot & (k_prev == _LETTER) & (k_next == _LETTER) & _LOWER[c_next])
        # abbreviation periods: after a single letter, next to another "L." ("U.S.", "e.g.")
        single_before = (k_prev == _LETTER) & (k_prev2 != _LETTER) & (k_prev2 != _DIGIT)
        abbr_mid = is_dot & single_before & (k_next == _LETTER) & (c_next2 == ord("."))
        mid_positions = o[abbr_mid]
        abbr_end = is_dot & single_before & (c_prev2 == ord("."))
        abbr_end[abbr_end] = np.isin(o[abbr_end] - 2, mid_positions)
        joined |= abbr_mid
        # apostrophes inside words: joined ("don't", "O'Leary") unless they start a clitic ('s 're …)
        is_apos = c == _APOSTROPHE
        if len(chars.right_quote):
            is_apos |= np.isin(o + lo, chars.right_quote)
        apos = is_apos & (k_prev == _LETTER) & (k_next == _LETTER)
        clitic = apos & _CLITIC1[c_next] & (k_next2 != _LETTER) & (k_next2 != _DIGIT)
        for i in np.flatnonzero(apos & ~clitic).tolist():
            tail = chars.text[lo + o[i] + 1:lo + o[i] + 4]
            if tail[:2].lower() in ("re", "ve", "ll") and not tail[2:3].isalnum():
                clitic[i] = True
        joined |= apos & ~clitic
        same_run = (c == c_prev) & _RUNS[c]
        # a token starts at the character ...
        start[o[(word_prev & ~joined & ~abbr_end) | ((k_prev == _OTHER) & ~same_run)]] = True
        # ... and at the word character after it, unless it joins the two
        after = word_next & ~joined & ~clitic
        start[o[after] + 1] = True
    starts = np.flatnonzero(start)
    # a token ends where the next one starts or at the next space
    end = np.empty(n + 1, dtype=bool)
    end[0] = False
    end[1:] = nonspace
    end[1:-1] &= ~nonspace[1:] | start[1:]
    ends = np.flatnonzero(end)
    return starts, ends


# Where simplemma's general-English lemma is wrong for economic text ("Fed" is not "feed", "rose" is
# the past of "rise"; "goods" and "futures" are not "good"/"future" -- that matters to tone scoring).
_LEMMA_OVERRIDES = {"fed": "fed", "rose": "rise", "goods": "goods", "futures": "futures", "customs": "customs"}
_LEMMA_CACHE: dict[str, str] = {}


def _lemmatize_forms(forms: list[str]) -> list[str]:
    """Lemma of each (unique) form, calling simplemma once per form ever seen in this process."""
    missing = [f for f in forms if f not in _LEMMA_CACHE]
    if missing:
        import simplemma

        for form in missing:
            if form.lower() in _LEMMA_OVERRIDES:
                lemma = _LEMMA_OVERRIDES[form.lower()]
            elif form[:1].isalpha():
                lemma = simplemma.lemmatize(form, lang="en")
            else:
                lemma = form
            _LEMMA_CACHE[form] = lemma
    return [_LEMMA_CACHE[f] for f in forms]


_TOKEN_COLUMNS = ["doc_id", "sent_id", "token_id", "token", "lower", "lemma", "is_stop", "is_alpha", "start", "end"]


def _resolve_stopwords(stopwords) -> frozenset[str]:
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


def tokens(
    corpus_or_sentences,
    lowercase: bool = True,
    stopwords=None,
    lemmas: bool = True,
    text: str = "text",
) -> pd.DataFrame:
    """One row per token: ``[doc_id, sent_id, token_id, token, lower, lemma, is_stop, is_alpha, start, end]``.

    ``corpus_or_sentences`` is a corpus (the DataFrame from :func:`toolkit.load_corpus`, a Series or a
    list of strings; it is split with :func:`sentences` first) or the DataFrame :func:`sentences`
    returned (reused as is, never re-split). ``date`` and ``source`` are carried when present.

    Columns: ``token_id`` counts from 0 within each sentence; ``token`` is the text as written;
    ``lower`` its lower-case form; ``lemma`` the dictionary form from ``simplemma`` (of ``lower`` and
    lower-cased when ``lowercase`` is True; else of the form as written, so "U.S." or "Bernanke" keep
    their capitals; equal to ``lower`` when ``lemmas=False``; a few economic exceptions: "Fed" stays
    "fed", "rose" is "rise", "goods" stays "goods"; all-capital tokens are acronyms -- "US" is not
    "we" -- and keep their lower-cased form); ``is_stop`` whether ``lower`` is a stopword (never for
    all-capital tokens such as "US" or "IT", at the price of all-capital headlines);
    ``is_alpha`` True for word tokens (starting with a letter: "growth", "U.S.", "COVID-19",
    "don't"), False for numbers and punctuation -- :func:`count_words` counts these; ``start``/``end``
    character offsets into the document text. ``doc_id`` and ``lemma`` are categorical (they repeat
    a lot; group-bys see only the values present).

    ``stopwords``: None for the bundled list (:func:`load_stopwords`), False for none, else your own
    iterable of words or a path to a word-per-line file (it replaces the bundled list; to extend it
    pass ``load_stopwords(extra=...)``).

    Tokenizing keeps "U.S.", "e.g.", "4.6", "1/4", "1,000", "9-3/4", "COVID-19", "year-over-year",
    "AT&T" and "don't" whole, splits off "'s"/"'re"/"'ll"/… and separates punctuation.

    >>> toks = tokens(["The Committee's target is 0 to 1/4 percent."])
    >>> toks[["sent_id", "token_id", "token", "lemma", "is_stop", "is_alpha"]].head(6)
       sent_id  token_id      token      lemma  is_stop  is_alpha
    0        0         0        The        the     True      True
    1        0         1  Committee  committee    False      True
    2        0         2         's         's     True     False
    3        0         3     target     target    False      True
    4        0         4         is         be     True      True
    5        0         5          0          0    False     False
    >>> toks.token.tolist()[6:]
    ['to', '1/4', 'percent', '.']
    """
    if isinstance(corpus_or_sentences, pd.DataFrame) and "sentence" in corpus_or_sentences.columns and (
        text not in corpus_or_sentences.columns
    ):
        sents = corpus_or_sentences
        missing = [c for c in ("doc_id", "sent_id", "sentence", "start") if c not in sents.columns]
        if missing:
            raise ValueError(
                f"the sentences table lacks column(s) {missing}; columns present: {list(sents.columns)}. "
                "Pass the output of toolkit.sentences() or the corpus itself."
            )
    else:
        sents = sentences(corpus_or_sentences, text=text)
    stop = _resolve_stopwords(stopwords)

    sent_texts = sents["sentence"].tolist()
    try:
        joined = "\n".join(sent_texts)
    except TypeError:
        bad = next(s for s in sent_texts if not isinstance(s, str))
        raise ValueError(
            f"the sentence column holds a {type(bad).__name__} ({bad!r:.40}); every sentence must be a str. "
            "Drop missing sentences or pass the output of toolkit.sentences()."
        ) from None
    if not joined.isascii() and _SURROGATE.search(joined):
        bad = next(i for i, t in enumerate(sent_texts) if _SURROGATE.search(t))
        raise _surrogate_error(sents["doc_id"].iloc[bad], sent_texts[bad])
    lengths = np.fromiter(map(len, sent_texts), dtype=np.int64, count=len(sent_texts))
    sent_gstart = np.cumsum(lengths + 1) - (lengths + 1)  # where each sentence starts in `joined`

    chars = _Chars(joined)
    starts, ends = _token_spans(chars)
    n_tok = len(starts)
    # Tokens never straddle the "\n" between sentences, so sentence i owns tokens first[i]:first[i+1].
    first = np.searchsorted(starts, sent_gstart, side="left")
    per_sentence = np.diff(np.append(first, n_tok))
    token_id = np.arange(n_tok, dtype=np.int64) - np.repeat(first, per_sentence)  # position in sentence

    import pyarrow as pa
    import pyarrow.compute as pc

    token_arr = _slice_strings(chars, starts, ends)
    encoded = pc.dictionary_encode(token_arr)
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    # Everything per token is decided once per distinct form, then spread by `codes`.
    forms = encoded.dictionary.to_pylist()
    lower_forms = [f.lower() for f in forms]
    lower_index: dict[str, int] = {}
    lower_of_form = np.fromiter(
        (lower_index.setdefault(f, len(lower_index)) for f in lower_forms), dtype=np.int64, count=len(forms)
    )
    lower_uniques = list(lower_index)
    if not lemmas:
        lemma_per_form = lower_forms
    elif lowercase:
        lemma_of_lower = [lemma.lower() for lemma in _lemmatize_forms(lower_uniques)]
        lemma_per_form = [lemma_of_lower[i] for i in lower_of_form.tolist()]
    else:
        lemma_per_form = _lemmatize_forms(forms)
    # Acronyms ("US", "IT", "GDP") are not the pronoun or function word their lower case spells:
    # no stopword, and the lemma is the lower-cased acronym ("US" is not "we").
    acronym = [len(f) > 1 and f.isupper() for f in forms]
    if lemmas and any(acronym):
        lemma_per_form = list(lemma_per_form)
        for i in np.flatnonzero(acronym).tolist():
            lemma_per_form[i] = lower_forms[i] if lowercase else forms[i]
    lemma_index: dict[str, int] = {}
    lemma_code_of_form = np.fromiter(
        (lemma_index.setdefault(lm, len(lemma_index)) for lm in lemma_per_form), dtype=np.int32, count=len(forms)
    )
    is_stop_form = np.fromiter(
        (f in stop and not a for f, a in zip(lower_forms, acronym)), dtype=bool, count=len(forms)
    )
    is_alpha_form = np.fromiter((f[:1].isalpha() for f in forms), dtype=bool, count=len(forms))

    lower_arr = pa.array(lower_forms, type=pa.large_string()).take(encoded.indices)
    doc_codes, doc_uniques = pd.factorize(sents["doc_id"])
    # document offset = offset in `joined` + (sentence start in its document - sentence start in `joined`)
    shift = np.repeat(sents["start"].to_numpy(dtype=np.int64) - sent_gstart, per_sentence)
    data = {
        "doc_id": pd.Categorical.from_codes(np.repeat(doc_codes, per_sentence), categories=doc_uniques),
        "sent_id": np.repeat(sents["sent_id"].to_numpy(dtype=np.int64), per_sentence),
        "token_id": token_id,
        "token": pd.Series(token_arr, dtype="str"),
        "lower": pd.Series(lower_arr, dtype="str"),
        "lemma": pd.Categorical.from_codes(
            lemma_code_of_form[codes], categories=pd.Index(list(lemma_index), dtype="str")
        ),
        "is_stop": is_stop_form[codes],
        "is_alpha": is_alpha_form[codes],
        "start": starts + shift,
        "end": ends + shift,
    }
    for col in _CARRIED:
        if col in sents.columns:
            data[col] = sents[col].array.take(np.repeat(np.arange(len(sents)), per_sentence))
    out = pd.DataFrame(data, copy=False)
    out.attrs["empty_docs"] = list(sents.attrs.get("empty_docs", []))
    return out


def _slice_strings(chars: _Chars, starts: np.ndarray, ends: np.ndarray):
    """A pyarrow string array of ``text[s:e]`` for each span, cut from the UTF-8 bytes without a Python loop."""
    import pyarrow as pa

    n = len(starts)
    if n == 0:
        return pa.array([], type=pa.large_string())
    data = chars.text.encode("utf-8")
    # Interleave [s0, e0, s1, e1, ...]: a 2n-1 element array whose even elements are the tokens.
    offsets = np.empty(2 * n, dtype=np.int64)
    offsets[0::2] = chars.byte_offsets(starts)
    offsets[1::2] = chars.byte_offsets(ends)
    both = pa.LargeStringArray.from_buffers(2 * n - 1, pa.py_buffer(offsets), pa.py_buffer(data))
    return both.take(pa.array(np.arange(0, 2 * n - 1, 2)))


def count_words(text):
    """Number of word tokens in ``text``: the rows :func:`tokens` would mark ``is_alpha``.

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
        texts = [_clean_text(t, i) for i, t in enumerate(list(text))]
        return _count_words_batch(texts)
    raise ValueError(f"count_words expects a str or a list/Series of str, got {type(text).__name__}")


def _count_words_batch(texts: list[str]) -> np.ndarray:
    if not texts:
        return np.zeros(0, dtype=np.int64)
    chars = _Chars("\n".join(texts))
    starts, _ = _token_spans(chars)
    word = (chars.cls[starts] == _LETTER) & (chars.b[starts] != ord("_"))
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
    doc_start = np.cumsum(lengths) - lengths
    doc = np.searchsorted(doc_start, starts[word], side="right") - 1
    return np.bincount(doc, minlength=len(texts)).astype(np.int64)


def ngrams(
    tokens_df: pd.DataFrame,
    n: int = 2,
    by="doc_id",
    skip_stop: bool = True,
    column: str = "lower",
) -> pd.DataFrame:
    """Count n-grams of adjacent tokens: ``DataFrame[<by>, ngram, count]``, most frequent first per group.

    ``tokens_df`` is the output of :func:`tokens`. An n-gram is ``n`` tokens with consecutive
    ``token_id`` in one sentence (never across a sentence boundary, never across rows you filtered out),
    joined by a space from ``column`` ("lower", "lemma" or "token"). N-grams containing punctuation
    are dropped, and with ``skip_stop`` also those containing a stopword (``is_stop``). ``by`` is a
    column name, a list of names, or None for one count over everything.

    >>> toks = tokens(["Labor market conditions improved. Labor market slack fell."])
    >>> ngrams(toks, n=2)
       doc_id                ngram  count
    0       0         labor market      2
    1       0    market conditions      1
    2       0  conditions improved      1
    3       0         market slack      1
    4       0           slack fell      1
    """
    if not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive integer (2 for bigrams), got {n!r}")
    by_cols = [] if by is None else ([by] if isinstance(by, str) else list(by))
    needed = ["doc_id", "sent_id", "token_id", column, "is_alpha", *by_cols] + (["is_stop"] if skip_stop else [])
    missing = [c for c in dict.fromkeys(needed) if c not in tokens_df.columns]
    if missing:
        raise ValueError(
            f"ngrams needs column(s) {missing} in the tokens table; columns present: {list(tokens_df.columns)}. "
            "Pass the output of toolkit.tokens()."
        )
    words = tokens_df[column]
    word_codes, vocab = pd.factorize(words)
    m = len(tokens_df) - n + 1
    if m <= 0:
        return pd.DataFrame({**{c: [] for c in by_cols}, "ngram": pd.Series([], dtype="str"), "count": []})
    doc_codes = pd.factorize(tokens_df["doc_id"])[0]
    sent = tokens_df["sent_id"].to_numpy(dtype=np.int64)
    tid = tokens_df["token_id"].to_numpy(dtype=np.int64)
    vocab_list = [str(v) for v in vocab]
    has_alnum = np.fromiter((any(ch.isalnum() for ch in v) for v in vocab_list), dtype=bool, count=len(vocab_list))
    ok_token = has_alnum[word_codes] & (word_codes >= 0)
    if skip_stop:
        ok_token &= ~tokens_df["is_stop"].to_numpy(dtype=bool)
    valid = np.ones(m, dtype=bool)
    key = np.zeros(m, dtype=np.int64)
    width = max(len(vocab_list), 1)
    use_int_key = width ** n < 2**62
    for k in range(n):
        valid &= ok_token[k:k + m]
        if k:
            valid &= (doc_codes[k:k + m] == doc_codes[:m]) & (sent[k:k + m] == sent[:m]) & (tid[k:k + m] == tid[:m] + k)
        if use_int_key:
            key = key * width + word_codes[k:k + m]
    idx = np.flatnonzero(valid)
    if use_int_key:
        gram_id = pd.factorize(key[idx])[0]
    else:  # very large vocabularies: key by tuple of codes
        gram_id = pd.factorize(pd.MultiIndex.from_arrays([word_codes[k:k + m][idx] for k in range(n)]))[0]
    n_grams = int(gram_id.max()) + 1 if len(gram_id) else 0
    # the text of each distinct n-gram, joined in C from its first occurrence
    first_seen = np.empty(n_grams, dtype=np.int64)
    first_seen[gram_id[::-1]] = idx[::-1]
    import pyarrow as pa
    import pyarrow.compute as pc

    vocab_arr = pa.array(vocab_list, type=pa.string())
    parts = [vocab_arr.take(pa.array(word_codes[first_seen + k])) for k in range(n)]
    gram_text = pc.binary_join_element_wise(*parts, " ") if n > 1 else parts[0]

    frame = {}
    by_uniques = {}
    for c in by_cols:
        codes_c, by_uniques[c] = pd.factorize(tokens_df[c])
        frame[c] = codes_c[idx]
    frame["_gram"] = gram_id
    frame["_first"] = idx
    grouped = pd.DataFrame(frame).groupby([*by_cols, "_gram"], sort=False)
    counts = grouped.agg(count=("_first", "size"), _first=("_first", "min")).reset_index()
    counts = counts.sort_values(
        [*by_cols, "count", "_first"], ascending=[True] * len(by_cols) + [False, True], kind="stable"
    )
    out = {c: by_uniques[c].take(counts[c].to_numpy()) for c in by_cols}
    out["ngram"] = pd.Series(gram_text.take(pa.array(counts["_gram"].to_numpy())), dtype="str")
    out["count"] = counts["count"].to_numpy(dtype=np.int64)
    return pd.DataFrame(out)
