"""Sentences and tokens, offline: the second stage of the pipeline.

Everything here runs without downloads: the sentence splitter is a compiled regular expression plus
a short list of abbreviation rules tuned on Federal Reserve and trade-press text, the tokenizer is
a regular expression in the spirit of NLTK's Treebank/regexp tokenizers, lemmas come from
``simplemma`` (which ships its data) and stopwords from ``toolkit/data/stopwords.txt``.

Verbs (tidy: DataFrame in, DataFrame out; ids carried so later steps are a group-by away):

- :func:`sentences` -- one row per sentence ``[doc_id, sent_id, sentence, start, end, (date, source)]``
- :func:`tokens` -- one row per token ``[doc_id, sent_id, token_id, token, lower, lemma, is_stop,
  is_alpha, start, end, (date, source)]``
- :func:`ngrams` -- n-gram counts per document (never across sentence boundaries)
- :func:`load_stopwords` -- the bundled stopword list plus your own words

Helpers other modules may call on a plain string: :func:`split_sentences` (character spans) and
:func:`count_words` (number of word tokens, as :func:`tokens` counts ``is_alpha``).

>>> from toolkit.tokens import sentences
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
    "load_stopwords",
]

# ---------------------------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------------------------

# A candidate boundary: terminal punctuation (., !, ?, ellipsis), any closing quotes/brackets that
# belong to the sentence, whitespace, then something that can start a sentence (not a lower-case
# letter): an upper-case letter or digit, possibly behind opening quotes/brackets.
_CANDIDATE = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(\s+)(?=[\"'\u201c\u2018(\[]*[^\W_a-z])")
# A paragraph break (a blank line) always ends a sentence.
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")
_OPENERS = "\"'\u201c\u2018([{"
_NEXT_WORDS = re.compile(r"[\"'\u201c\u2018(\[]*([\w&-]+)[^\S\n]+([\w&-]*)")

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
# After "U.S.", "U.K.", "D.C." … a capital usually continues a name ("U.S. Department of Agriculture",
# "U.S. Steel"); a boundary only when the next word cannot continue one (function words, "However").
_NAME_CONTINUATIONS = frozenset(
    "Department Dept Treasury Treasuries Government Steel Trust Navy Army Postal Gulf District Court "
    "Senate Congress Census Bureau Chamber Embassy Mint Customs Attorney Armed Bankruptcy Maritime "
    "Secretary Bancorp Airways Airlines Gypsum Cellular Robotics Industries Surgical Inc Corp Co Ltd".split()
)


def _function_words() -> frozenset[str]:
    return _bundled_stopwords()


def _is_boundary(text: str, dot: int, after: int) -> bool:
    """Decide whether the period ending at ``dot`` (index of the '.') ends a sentence.

    ``after`` is the index of the first character of the next sentence candidate.
    """
    # The word before the period: back to the previous whitespace, minus opening quotes/brackets.
    lo = max(0, dot - 40)
    chunk = text[lo:dot]
    cut = max(chunk.rfind(" "), chunk.rfind("\n"), chunk.rfind("\t"))
    word = chunk[cut + 1:].lstrip(_OPENERS)
    if not word:
        return True
    nxt = text[after]
    while nxt in _OPENERS and after + 1 < len(text):
        after += 1
        nxt = text[after]
    if word in _TITLES:
        return False
    if word in _INLINE or word.lower() in _INLINE:
        return False
    if word in _BEFORE_NUMBER:
        return not nxt.isdigit()
    if len(word) == 1 and word.isupper():  # an initial: "Ben S. Bernanke", "Janet L. Yellen"
        return False
    if "." in word:  # U.S, U.K, D.C, a.m, Ph.D …
        if word in _TIME:
            return True
        if nxt.isdigit():
            return True
        m = _NEXT_WORDS.match(text, after)
        if m is None:
            return True
        first, second = m.group(1), m.group(2)
        if first in _NAME_CONTINUATIONS:
            return False
        if first.lower() in _function_words():
            return True
        # "U.S. Home Corp" (two capitalised words) continues a name; "U.S. Demand for" starts a sentence.
        return not (second[:1].isupper())
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split one text into sentences; return ``(start, end)`` character spans into ``text``.

    Spans are trimmed of surrounding whitespace, so ``text[start:end]`` is the sentence. A blank line
    (paragraph break) always ends a sentence. Periods after abbreviations ("U.S.", "p.m.", "No. 2",
    "Jan. 5", "e.g.", "Mr.", "Inc."), initials ("Ben S. Bernanke"), decimals and fractions ("4.6",
    "0 to 1/4 percent", "$1.2 trillion") do not split; closing quotes and brackets stay with their
    sentence. Fast (tens of MB/s): one compiled regex finds candidates, a few rules veto them.

    >>> text = 'The target is 0 to 1/4 percent. Ben S. Bernanke said "rates stay low." Sales rose.'
    >>> [text[a:b] for a, b in split_sentences(text)]
    ['The target is 0 to 1/4 percent.', 'Ben S. Bernanke said "rates stay low."', 'Sales rose.']
    >>> split_sentences("")
    []
    """
    if not isinstance(text, str):
        raise ValueError(
            f"split_sentences expects a str, got {type(text).__name__}; pass one document's text "
            "(use sentences() for a corpus DataFrame, Series or list)"
        )
    cuts: list[tuple[int, int]] = []  # (end of sentence, start of next)
    for m in _CANDIDATE.finditer(text):
        ws_start, ws_end = m.span(1)
        if text[m.start()] == "." and m.group().count(".") == 1:
            if not _is_boundary(text, m.start(), ws_end) and text.count("\n", ws_start, ws_end) < 2:
                continue
        cuts.append((ws_start, ws_end))
    for m in _PARAGRAPH.finditer(text):
        cuts.append(m.span())
    if len(cuts) > 1:
        cuts.sort()
    spans: list[tuple[int, int]] = []
    pos = 0
    for end, nxt in cuts:
        if end > pos:
            _append_trimmed(text, pos, end, spans)
        if nxt > pos:
            pos = nxt
    _append_trimmed(text, pos, len(text), spans)
    return spans


def _append_trimmed(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    seg = text[a:b]
    stripped = seg.strip()
    if stripped:
        a += len(seg) - len(seg.lstrip())
        spans.append((a, a + len(stripped)))


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
        carried = {c: corpus[c].to_numpy() for c in _CARRIED if c in corpus.columns}
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


def _clean_text(value, doc_id) -> str:
    if isinstance(value, str):
        return value
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return ""
    raise ValueError(
        f"document {doc_id!r} has a text of type {type(value).__name__} ({value!r:.60}); "
        "every text must be a str (or NaN/None for a missing text)"
    )


def sentences(corpus, text: str = "text") -> pd.DataFrame:
    """One row per sentence: ``[doc_id, sent_id, sentence, start, end]`` plus ``date``/``source`` if present.

    ``corpus`` is the DataFrame from :func:`toolkit.load_corpus` (``text`` names its text column), a
    Series, or a list of strings (then ``doc_id`` is the position). ``sent_id`` counts from 0 within a
    document; ``start``/``end`` are character offsets into that document's text, so
    ``text[start:end] == sentence``. Splitting is :func:`split_sentences`.

    Documents with an empty or missing (NaN/None) text give no rows; their ids are listed in
    ``result.attrs["empty_docs"]`` so document-level steps can still report them.

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
    doc_index: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    sents: list[str] = []
    counts = np.zeros(len(texts), dtype=np.int64)
    empty = []
    for i, (doc_id, value) in enumerate(zip(doc_ids, texts)):
        t = _clean_text(value, doc_id)
        spans = split_sentences(t) if t else []
        if not spans:
            empty.append(doc_id)
            continue
        counts[i] = len(spans)
        for a, b in spans:
            starts.append(a)
            ends.append(b)
            sents.append(t[a:b])
    doc_pos = np.repeat(np.arange(len(texts)), counts)
    first = np.cumsum(counts) - counts
    sent_id = np.arange(len(doc_pos), dtype=np.int64) - np.repeat(first, counts)
    ids = np.empty(len(doc_ids), dtype=object)
    ids[:] = doc_ids
    data = {
        "doc_id": _same_kind(ids[doc_pos], doc_ids),
        "sent_id": sent_id,
        "sentence": pd.array(sents, dtype="str"),
        "start": np.asarray(starts, dtype=np.int64),
        "end": np.asarray(ends, dtype=np.int64),
    }
    for col, values in carried.items():
        data[col] = values[doc_pos]
    out = pd.DataFrame(data)
    out.attrs["empty_docs"] = empty
    return out


def _same_kind(values: np.ndarray, doc_ids: list):
    """doc_ids as str when they were str, int when they were positions."""
    if doc_ids and all(isinstance(d, (int, np.integer)) for d in doc_ids[:1]) and all(
        isinstance(d, (int, np.integer)) for d in doc_ids
    ):
        return values.astype(np.int64)
    if all(isinstance(d, str) for d in doc_ids):
        return pd.array(values, dtype="str")
    return values


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
        path = Path(extra)
        if not path.is_file():
            raise FileNotFoundError(
                f"stopword file {str(path)!r} not found; pass a path to a text file with one word per "
                "line, or a list of words"
            )
        added = _read_word_lines(path.read_text(encoding="utf-8").splitlines())
    else:
        try:
            added = [str(w).strip().lower() for w in extra]
        except TypeError:
            raise ValueError(
                f"extra stopwords must be a list of words or a path to a file, got {type(extra).__name__}"
            ) from None
    return words | frozenset(w for w in added if w)
