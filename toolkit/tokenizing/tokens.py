"""Tokens: the verb :func:`tokens`, one row per token with its lemma, stopword and word flags.

Where tokens break and which are words is :mod:`toolkit.tokenizing.words` (the one word rule);
this module adds the per-token columns. Everything per token is decided once per distinct form and
spread back with the form's code, so a corpus costs one lemma lookup per distinct word. Lemmas
come from ``simplemma`` (which ships its data), cached per form for the process and, across
processes, in a form -> lemma table in the cache folder (:mod:`toolkit.tokenizing._lemmas`), so
simplemma's dictionary is loaded only when a form is new.

The table is compact (about 4x the text on the Beige Book): strings are categorical (one code per
token, each distinct form stored once), ids and offsets int32, and no document metadata per token
-- :func:`~toolkit.tokenizing.with_metadata` joins ``date``, ``source`` or any corpus column on.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from toolkit.tokenizing import _lemmas
from toolkit.tokenizing._chars import Chars, slice_strings
from toolkit.tokenizing._input import SURROGATE, surrogate_error
from toolkit.tokenizing.sentences import sentences
from toolkit.tokenizing.stopwords import _resolve_stopwords
from toolkit.tokenizing.words import _is_word, _token_spans

__all__ = ["tokens"]

_TOKEN_COLUMNS = ["doc_id", "sent_id", "token_id", "token", "lower", "lemma", "is_stop", "is_alpha", "start", "end"]

# Where simplemma's general-English lemma is wrong for economic text ("Fed" is not "feed", "rose" is
# the past of "rise"; "goods" and "futures" are not "good"/"future" -- that matters to tone scoring).
_LEMMA_OVERRIDES = {"fed": "fed", "rose": "rise", "goods": "goods", "futures": "futures", "customs": "customs"}
_LEMMA_CACHE: dict[str, str] = {}


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
    returned (reused as is, never re-split). Document metadata is not copied onto every token: join it
    with ``with_metadata(toks, corpus)`` (``date``, ``source``, or the corpus columns you name).

    Columns: ``token_id`` counts from 0 within each sentence; ``token`` is the text as written;
    ``lower`` its lower-case form; ``lemma`` the dictionary form from ``simplemma`` (of ``lower`` and
    lower-cased when ``lowercase`` is True; else of the form as written, so "U.S." or "Bernanke" keep
    their capitals; equal to ``lower`` when ``lemmas=False``; a few economic exceptions: "Fed" stays
    "fed", "rose" is "rise", "goods" stays "goods"; all-capital tokens are acronyms -- "US" is not
    "we" -- and keep their lower-cased form); ``is_stop`` whether ``lower`` is a stopword (never for
    all-capital tokens such as "US" or "IT", at the price of all-capital headlines);
    ``is_alpha`` True for word tokens (starting with a letter: "growth", "U.S.", "COVID-19",
    "don't"), False for numbers and punctuation -- the word rule of :mod:`toolkit.tokenizing.words`,
    which :func:`~toolkit.tokenizing.count_words` counts; ``start``/``end``
    character offsets into the document text. ``doc_id``, ``token``, ``lower`` and ``lemma`` are
    categorical (they repeat a lot; each distinct string is stored once; ``token``, ``lower`` and
    ``lemma`` have sorted categories, so sorting by them is alphabetical); ``sent_id``, ``token_id``,
    ``start`` and ``end`` are int32.

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
    sents = _sentence_table(corpus_or_sentences, text)
    stop = _resolve_stopwords(stopwords)
    chars, sent_gstart = _joined_sentences(sents)
    starts, ends = _token_spans(chars)
    # The per-form columns first, then the text can go: the peak memory is the text's arrays or the
    # token table, not both (each fresh MB costs a page fault on a VM).
    is_alpha = _is_word(chars, starts)
    form_columns = _form_columns(slice_strings(chars, starts, ends), stop, lemmas, lowercase)
    del chars
    # Tokens never straddle the "\n" between sentences, so sentence i owns tokens first[i]:first[i+1].
    first = np.searchsorted(starts, sent_gstart, side="left")
    per_sentence = np.diff(np.append(first, len(starts)))
    doc_codes, doc_uniques = pd.factorize(sents["doc_id"])
    # Per-sentence values are made in their final dtype and spread once (no full-length int64 copies:
    # on a fresh VM page every MB of temporaries costs about as much as the work done in it).
    spread = _Spread(per_sentence, len(starts))
    # document offset = offset in the joined text + (sentence start in its document - in the joined text)
    shift = sents["start"].to_numpy(dtype=np.int64) - sent_gstart
    data = {
        "doc_id": _categorical(spread(doc_codes.astype(_code_dtype(len(doc_uniques)))), doc_uniques),
        "sent_id": spread(_int32(sents["sent_id"].to_numpy(dtype=np.int64))),
        "token_id": spread.within(first),  # counts from 0 in each sentence
        **form_columns,  # token lower lemma is_stop
        "is_alpha": is_alpha,
        "start": spread.add(starts, shift),
        "end": spread.add(ends, shift),
    }
    out = pd.DataFrame(data, copy=False)
    out.attrs["empty_docs"] = list(sents.attrs.get("empty_docs", []))
    return out


def _form_columns(token_arr, stop: frozenset[str], lemmas: bool, lowercase: bool) -> dict:
    """The ``token``, ``lower``, ``lemma`` and ``is_stop`` columns of the tokens in ``token_arr``
    (a pyarrow string array): decided once per distinct form, spread back by the form's code."""
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(token_arr)
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    forms = encoded.dictionary.to_pylist()
    lower_forms, lemma_code_of_form, lemma_names, is_stop_form = _per_form(forms, stop, lemmas, lowercase)
    lower_code_of_form, lower_names = pd.factorize(np.asarray(lower_forms, dtype=object))
    return {
        "token": _sorted_categorical(codes, np.arange(len(forms)), forms),
        "lower": _sorted_categorical(codes, lower_code_of_form, list(lower_names)),
        "lemma": _sorted_categorical(codes, lemma_code_of_form, lemma_names),
        "is_stop": is_stop_form[codes],
    }


def _sorted_categorical(codes: np.ndarray, name_of_form: np.ndarray, names: list[str]) -> pd.Categorical:
    """Strings as a categorical: ``names[name_of_form[codes]]``, stored once each, categories sorted.

    The per-form map is composed first, so the full-length codes are gathered once, in the dtype
    pandas keeps them in."""
    names_arr = np.empty(len(names), dtype=object)
    names_arr[:] = names
    order = np.argsort(names_arr, kind="stable")
    categories = pd.Index(names_arr[order], dtype="str")
    rank = np.empty(len(order), dtype=_code_dtype(len(order)))
    rank[order] = np.arange(len(order))
    return _categorical(rank[name_of_form][codes], categories)


def _code_dtype(n_categories: int) -> type:
    """The integer dtype pandas stores the codes of ``n_categories`` categories in (no copy later)."""
    for dtype in (np.int8, np.int16, np.int32):
        if n_categories < np.iinfo(dtype).max:
            return dtype
    return np.int64


def _categorical(codes: np.ndarray, categories) -> pd.Categorical:
    """``pd.Categorical.from_codes`` for codes this module built (in range by construction)."""
    categories = pd.Index(categories)
    return pd.Categorical.from_codes(codes.astype(_code_dtype(len(categories)), copy=False),
                                     categories=categories, validate=False)


class _Spread:
    """Spread per-sentence values onto the sentences' tokens (``per_sentence`` tokens each)."""

    def __init__(self, per_sentence: np.ndarray, n_tokens: int):
        self.per_sentence, self.n = per_sentence, n_tokens

    def __call__(self, values: np.ndarray) -> np.ndarray:
        return np.repeat(values, self.per_sentence)

    def within(self, first: np.ndarray) -> np.ndarray:
        """Position of each token in its sentence (its sentence's first token is ``first``)."""
        dtype = np.int32 if self.n <= np.iinfo(np.int32).max else np.int64
        out = np.arange(self.n, dtype=dtype)
        out -= self(first.astype(dtype))
        return out

    def add(self, offsets: np.ndarray, shift: np.ndarray) -> np.ndarray:
        """``offsets`` plus their sentence's ``shift``, as int32 (int64 past 2**31)."""
        big = np.iinfo(np.int32).max
        if not len(offsets) or (int(offsets[-1]) + max(int(shift.max()), 0) <= big and int(shift.min()) >= -big):
            out = offsets.astype(np.int32)
            out += self(shift.astype(np.int32))
            return out
        return _int32(offsets + self(shift))


def _int32(values: np.ndarray) -> np.ndarray:
    """``values`` as int32 (ids and offsets), or int64 for a document past 2**31 characters."""
    if len(values) and int(values.max()) > np.iinfo(np.int32).max:
        return values.astype(np.int64, copy=False)
    return values.astype(np.int32)


def _sentence_table(corpus_or_sentences, text: str) -> pd.DataFrame:
    """A sentences table as given (checked for the columns tokens needs), or made from a corpus."""
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
        return sents
    return sentences(corpus_or_sentences, text=text)


def _joined_sentences(sents: pd.DataFrame) -> tuple[Chars, np.ndarray]:
    """All sentences joined by "\\n" as one :class:`Chars`, and where each sentence starts in it."""
    sent_texts = sents["sentence"].tolist()
    try:
        joined = "\n".join(sent_texts)
    except TypeError:
        bad = next(s for s in sent_texts if not isinstance(s, str))
        raise ValueError(
            f"the sentence column holds a {type(bad).__name__} ({bad!r:.40}); every sentence must be a str. "
            "Drop missing sentences or pass the output of toolkit.sentences()."
        ) from None
    if not joined.isascii() and SURROGATE.search(joined):
        bad = next(i for i, t in enumerate(sent_texts) if SURROGATE.search(t))
        raise surrogate_error(sents["doc_id"].iloc[bad], sent_texts[bad])
    lengths = np.fromiter(map(len, sent_texts), dtype=np.int64, count=len(sent_texts))
    return Chars(joined), np.cumsum(lengths + 1) - (lengths + 1)


def _per_form(forms: list[str], stop: frozenset[str], lemmas: bool, lowercase: bool):
    """For each distinct token form: its lower case, lemma code (and the lemma names), is it a stopword."""
    lower_forms = [f.lower() for f in forms]
    if not lemmas:
        lemma_per_form = lower_forms
    elif lowercase:
        lower_index: dict[str, int] = {}
        lower_of_form = [lower_index.setdefault(f, len(lower_index)) for f in lower_forms]
        lemma_of_lower = [lemma.lower() for lemma in _lemmatize_forms(list(lower_index))]
        lemma_per_form = [lemma_of_lower[i] for i in lower_of_form]
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
    return lower_forms, lemma_code_of_form, list(lemma_index), is_stop_form


def _lemmatize_forms(forms: list[str]) -> list[str]:
    """Lemma of each (unique) form: simplemma's (through the cached table) once per form and process,
    with the economic exceptions; a form not starting with a letter is its own lemma."""
    missing = [f for f in forms if f not in _LEMMA_CACHE]
    if missing:
        asked = [f for f in missing if f.lower() not in _LEMMA_OVERRIDES and f[:1].isalpha()]
        answers = dict(zip(asked, _lemmas.lemmatize(asked)))
        for form in missing:
            _LEMMA_CACHE[form] = _LEMMA_OVERRIDES.get(form.lower(), answers.get(form, form))
    return [_LEMMA_CACHE[f] for f in forms]
