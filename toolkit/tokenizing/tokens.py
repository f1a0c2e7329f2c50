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

from toolkit._memory import lean_memory
from toolkit.pool import runs, thread_map
from toolkit.tokenizing import _lemmas, _memo
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


@lean_memory()  # a table of tens of MB, filled once: toolkit/_memory.py
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

    More than 1 MB of sentences is tokenized in runs on threads when cores are free
    (``toolkit/pool.py``; ``TOOLKIT_WORKERS=1`` keeps one thread); the table is the same either way.

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
    sent_texts = sents["sentence"].tolist()
    _check_sentences(sent_texts, sents["doc_id"])
    doc_codes, doc_uniques = pd.factorize(sents["doc_id"])
    doc_codes = doc_codes.astype(_code_dtype(len(doc_uniques)))
    sent_ids = _int32(sents["sent_id"].to_numpy(dtype=np.int64))
    sent_starts = sents["start"].to_numpy(dtype=np.int64)
    # In runs of sentences of about 1 MB (toolkit.pool.CACHE_CHARS): the numpy passes of a run stay
    # in the processor's cache and reuse the memory the last run freed; only the table is full-length.
    # The runs go to threads (numpy and pyarrow release the GIL: toolkit.pool.thread_map).
    parts = thread_map(lambda ab: _run_tokens(*(x[ab[0]:ab[1]] for x in (sent_texts, doc_codes, sent_ids, sent_starts))),
                       runs(list(map(len, sent_texts))))
    codes, forms = _global_codes([p.pop("forms") for p in parts], [p.pop("codes") for p in parts])
    column = {k: parts[0][k] if len(parts) == 1 else np.concatenate([p[k] for p in parts]) for k in parts[0]}
    data = {
        "doc_id": _categorical(column["doc_id"], doc_uniques),
        "sent_id": column["sent_id"],
        "token_id": column["token_id"],  # counts from 0 in each sentence
        **_form_columns(codes, forms, stop, lemmas, lowercase),  # token lower lemma is_stop
        "is_alpha": column["is_alpha"],
        "start": column["start"],
        "end": column["end"],
    }
    out = pd.DataFrame(data, copy=False)
    out.attrs["empty_docs"] = list(sents.attrs.get("empty_docs", []))
    _memo.words_from_tokens(sents, column["doc_id"], doc_uniques, column["is_alpha"])  # for theme_frequency
    return out


def _run_tokens(sent_texts: list[str], doc_codes: np.ndarray, sent_ids: np.ndarray,
                sent_starts: np.ndarray) -> dict:
    """The per-token columns of a run of sentences, with the run's token forms as codes into
    ``forms`` (its own dictionary: :func:`_global_codes` merges the runs')."""
    import pyarrow.compute as pc

    chars, sent_gstart = _joined(sent_texts)
    starts, ends = _token_spans(chars)
    is_alpha = _is_word(chars, starts)
    encoded = pc.dictionary_encode(slice_strings(chars, starts, ends))
    # Tokens never straddle the "\n" between sentences, so sentence i owns tokens first[i]:first[i+1].
    first = np.searchsorted(starts, sent_gstart, side="left")
    spread = _Spread(np.diff(np.append(first, len(starts))), len(starts))
    # document offset = offset in the joined text + (sentence start in its document - in the joined text)
    shift = sent_starts - sent_gstart
    return {"doc_id": spread(doc_codes), "sent_id": spread(sent_ids), "token_id": spread.within(first),
            "is_alpha": is_alpha, "start": spread.add(starts, shift), "end": spread.add(ends, shift),
            "codes": encoded.indices.to_numpy(zero_copy_only=False), "forms": encoded.dictionary}


def _global_codes(forms: list, codes: list[np.ndarray]) -> tuple[np.ndarray, list[str]]:
    """One code per token into one list of distinct forms, from each run's codes into its own forms."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(forms) == 1:
        return codes[0], forms[0].to_pylist()
    distinct = pc.unique(pa.chunked_array(forms, type=forms[0].type))
    mapped = [pc.index_in(f, value_set=distinct).to_numpy(zero_copy_only=False).astype(np.int32)[c]
              for f, c in zip(forms, codes)]
    return np.concatenate(mapped), distinct.to_pylist()


def _form_columns(codes: np.ndarray, forms: list[str], stop: frozenset[str], lemmas: bool,
                  lowercase: bool) -> dict:
    """The ``token``, ``lower``, ``lemma`` and ``is_stop`` columns of the tokens (``codes`` into the
    distinct ``forms``): decided once per distinct form, spread back by the form's code."""
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


def _check_sentences(sent_texts: list, doc_ids: pd.Series) -> None:
    """Every sentence is a str without lone surrogates (else a ValueError that names the document)."""
    for bad in sent_texts:
        if not isinstance(bad, str):
            raise ValueError(
                f"the sentence column holds a {type(bad).__name__} ({bad!r:.40}); every sentence must be a "
                "str. Drop missing sentences or pass the output of toolkit.sentences()."
            )
    ascii_ = np.fromiter(map(str.isascii, sent_texts), dtype=bool, count=len(sent_texts))
    for i in np.flatnonzero(~ascii_).tolist():
        if SURROGATE.search(sent_texts[i]):
            raise surrogate_error(doc_ids.iloc[i], sent_texts[i])


def _joined(sent_texts: list[str]) -> tuple[Chars, np.ndarray]:
    """The sentences joined by "\\n" as one :class:`Chars`, and where each sentence starts in it."""
    lengths = np.fromiter(map(len, sent_texts), dtype=np.int64, count=len(sent_texts))
    return Chars("\n".join(sent_texts)), np.cumsum(lengths + 1) - (lengths + 1)


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
