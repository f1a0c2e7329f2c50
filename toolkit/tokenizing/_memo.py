"""What was derived from a text, remembered per text content: its sentence split and its word count.

Every verb handed a corpus (``sentences``, ``document_tone``, ``timeline``, ``theme_frequency``,
``tone_shift``, ``redline``) asks here before splitting a text or counting its words, so the second
verb over the same corpus -- or over a subset, a sorted copy or one block of it -- reuses the split.

The key is the text itself (a ``dict`` keyed by the string: Python compares the whole string on a
hash match), so the memo can never serve a stale split: a text edited in place in its frame, or a
copied frame with one text changed, is a different string and is split afresh. Nothing depends on
``doc_id``, the frame or its object identity.

Texts shorter than :data:`MIN_CHARS` (2,000 characters: sentences, headlines) are not remembered:
splitting one again costs less than remembering it. Memory is bounded: each memo is a
least-recently-used table holding at most ``TOOLKIT_MEMO_MB`` megabytes (default 128) of texts,
counted with ``sys.getsizeof`` (one byte per character for ASCII text), plus the spans (16 bytes
per sentence). The key is a reference to the str the caller passed,
so with object-dtype corpora it costs nothing more; with Arrow strings it is one copy of the text.
``TOOLKIT_MEMO_MB=0`` turns the memo off. :func:`clear` empties both tables.

A third memo, :data:`TABLES`, keeps whole sentence tables, because building one from known spans
still costs a pass over every character (the sentences cut out, one new Arrow string array). Its key
is the corpus's text column itself, when it is an Arrow string column (what ``load_corpus`` gives):
an Arrow array is immutable, and pandas replaces it, never edits it, when a text is set, so the same
array object means the same texts. The doc ids and the carried columns (``date``, ``source``: one
value per document) are compared too. An entry goes when its text array is garbage-collected, and
the table memo holds at most the same ``TOOLKIT_MEMO_MB`` budget of sentence text. ``tokens`` of
such a table leaves each document's word count in :data:`WORDS` (:func:`words_from_tokens`).

>>> from toolkit.tokenizing import _memo
>>> _memo.clear()
>>> text = "Rates rose. " * 200
>>> spans = _memo.spans_of(text, lambda t: [(12 * i, 12 * i + 11) for i in range(200)])
>>> _memo.spans_of(text, lambda t: 1 / 0)[:2]   # served from the memo
[(0, 11), (12, 23)]
"""
from __future__ import annotations

import copy
import os
import sys
import threading
import weakref
from collections import OrderedDict
from itertools import chain

import numpy as np

__all__: list[str] = []  # private: used by the verbs of toolkit.tokenizing, toolkit.tone, toolkit.themes

#: default budget of each memo, in MB of text (override with $TOOLKIT_MEMO_MB; 0 disables)
DEFAULT_MB = 128
#: shorter texts are not remembered: splitting or counting them again costs less than the look-up
MIN_CHARS = 2_000


def _budget() -> int:
    raw = os.environ.get("TOOLKIT_MEMO_MB", "")
    try:
        return int(float(raw) * 1e6) if raw.strip() else DEFAULT_MB * 1_000_000
    except ValueError:
        raise ValueError(f"TOOLKIT_MEMO_MB={raw!r}: give a number of megabytes (0 turns the memo off)") from None


class TextMemo:
    """A least-recently-used table ``text -> value`` holding at most ``budget()`` bytes of texts."""

    def __init__(self, extra_bytes=lambda value: 0):
        self._table: OrderedDict[str, object] = OrderedDict()
        self._bytes = 0
        self._extra = extra_bytes
        self._lock = threading.Lock()

    def get(self, text: str):
        """The value stored for ``text`` (an equal string), or None."""
        with self._lock:
            value = self._table.get(text)
            if value is not None:
                self._table.move_to_end(text)
            return value

    def put(self, text: str, value) -> None:
        """Remember ``value`` for ``text``; forget the least recently used texts beyond the budget."""
        budget = _budget()
        size = sys.getsizeof(text) + self._extra(value)
        if size > budget:
            return
        with self._lock:
            old = self._table.pop(text, None)
            if old is not None:
                self._bytes -= sys.getsizeof(text) + self._extra(old)
            self._table[text] = value
            self._bytes += size
            while self._bytes > budget and self._table:
                key, dropped = self._table.popitem(last=False)
                self._bytes -= sys.getsizeof(key) + self._extra(dropped)

    def clear(self) -> None:
        with self._lock:
            self._table.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._table)

    @property
    def nbytes(self) -> int:
        """Bytes of texts and values held now (what the budget counts)."""
        return self._bytes


#: text -> read-only int64 array of shape (n, 2): the (start, end) spans of split_sentences
SPLITS = TextMemo(lambda spans: spans.nbytes)
#: text -> number of words (count_words)
WORDS = TextMemo()


def spans_of(text: str, split) -> list:
    """The sentence spans of ``text``, a list of ``(start, end)`` pairs (a fresh list the caller
    may keep): from the memo, else ``split(text)``, remembered when ``text`` is long enough."""
    pairs = known_spans(text)
    if pairs is None:
        pairs = split(text)
        remember(text, pairs)
    return pairs


def known_spans(text: str) -> list | None:
    """The remembered spans of ``text`` as a fresh list of ``(start, end)``, or None."""
    spans = SPLITS.get(text) if len(text) >= MIN_CHARS else None
    return None if spans is None else list(map(tuple, spans.tolist()))


def remember(text: str, pairs) -> None:
    """Keep the spans ``pairs`` of ``text`` (when it is long enough), compactly: 16 bytes a sentence."""
    if len(text) >= MIN_CHARS:
        spans = np.fromiter(chain.from_iterable(pairs), dtype=np.int64, count=2 * len(pairs)).reshape(-1, 2)
        spans.flags.writeable = False
        SPLITS.put(text, spans)


def word_counts(texts: list[str], count) -> np.ndarray:
    """Words per text (``count(list_of_texts)`` -> array for the texts not yet known), remembered."""
    out = np.zeros(len(texts), dtype=np.int64)
    missing = []
    for i, t in enumerate(texts):
        n = WORDS.get(t) if len(t) >= MIN_CHARS else None
        if n is None:
            missing.append(i)
        else:
            out[i] = n
    if missing:
        fresh = np.asarray(count([texts[i] for i in missing]), dtype=np.int64)
        out[missing] = fresh
        for i, n in zip(missing, fresh.tolist()):
            if len(texts[i]) >= MIN_CHARS:
                WORDS.put(texts[i], n)
    return out


class TableMemo:
    """Sentence tables by the identity of the immutable Arrow text column they were built from."""

    def __init__(self):
        self._table: OrderedDict[int, tuple] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, texts, doc_ids: list, carried: dict):
        """A shallow copy of the table built from the Arrow array ``texts`` with these ``doc_ids``
        and ``carried`` columns, or None."""
        with self._lock:
            entry = self._table.get(id(texts))
            if entry is None or entry[0]() is not texts:
                return None
            self._table.move_to_end(id(texts))
        _, ids, cols, table = entry
        if ids != doc_ids or cols.keys() != carried.keys() or not all(
                cols[c].equals(carried[c]) for c in cols):
            return None
        return _detached(table)

    def put(self, texts, doc_ids: list, carried: dict, table) -> None:
        """Remember ``table`` for the Arrow array ``texts`` while it lives (within the budget)."""
        budget = _budget()
        if table["sentence"].array.nbytes > budget:
            return
        key = id(texts)
        ref = weakref.ref(texts, lambda _, key=key: self._forget(key))
        with self._lock:
            self._table[key] = (ref, list(doc_ids), {c: v.copy() for c, v in carried.items()}, _detached(table))
            while sum(e[3]["sentence"].array.nbytes for e in self._table.values()) > budget:
                self._table.popitem(last=False)

    def source_of(self, table):
        """``(texts, doc_ids)`` of the corpus a remembered sentence table came from, when ``table`` holds
        that table's own sentence column (the same immutable Arrow array) and equal doc ids; else None."""
        sentence = arrow_texts(table["sentence"]) if "sentence" in table.columns else None
        if sentence is None:
            return None
        with self._lock:
            entries = list(self._table.values())
        for ref, ids, _, known in entries:
            texts = ref()
            if texts is not None and arrow_texts(known["sentence"]) is sentence and \
                    known["doc_id"].equals(table["doc_id"]):
                return texts, ids
        return None

    def _forget(self, key: int) -> None:
        with self._lock:
            entry = self._table.get(key)
            if entry is not None and entry[0]() is None:
                del self._table[key]

    def clear(self) -> None:
        with self._lock:
            self._table.clear()

    def __len__(self) -> int:
        return len(self._table)


def _detached(table):
    """A copy of ``table`` that shares its data until either side is edited (pandas' copy-on-write),
    with its own ``attrs``: the memo's table and the caller's never change each other."""
    out = table.copy(deep=False)
    out.attrs = copy.deepcopy(table.attrs)
    return out


#: id(Arrow text array) -> (weak reference to it, doc ids, carried columns, sentence table)
TABLES = TableMemo()


def arrow_texts(column):
    """The immutable pyarrow array behind an Arrow-backed str column (the same object on every call),
    or None: a numpy or Python-backed column is mutable in place, so it gets no table memo."""
    import pandas as pd

    array = getattr(column, "array", None)
    if not isinstance(array, pd.arrays.ArrowExtensionArray) or array.dtype.kind not in "OUT":
        return None
    return array.__arrow_array__()


def words_from_tokens(sents, doc_codes, doc_uniques, is_alpha) -> None:
    """Remember each document's word count (its ``is_alpha`` tokens) when ``sents`` is a sentence
    table of a corpus :data:`TABLES` knows: the count of a text's sentences' words is
    ``count_words`` of the text (tokens never cross sentences, and only whitespace lies between
    them; ``tests/test_memo_pool.py`` compares the two on every shared corpus), so
    ``theme_frequency(corpus)`` after ``tokens(sentences(corpus))`` does not count again.
    ``doc_codes``: each token's position in ``doc_uniques``, the documents' ids."""
    found = TABLES.source_of(sents) if _budget() > 0 else None
    if found is None:
        return
    texts, ids = found
    where = {d: i for i, d in enumerate(ids)}
    if len(where) != len(ids):  # repeated doc ids: no way to tell the documents apart
        return
    counts = np.bincount(doc_codes, weights=is_alpha, minlength=len(doc_uniques)).astype(np.int64)
    for doc, n in zip(doc_uniques.tolist(), counts.tolist()):
        i = where.get(doc)
        text = texts[i].as_py() if i is not None else None
        if isinstance(text, str) and len(text) >= MIN_CHARS:
            WORDS.put(text, n)


def _after_fork_in_child() -> None:
    """A forked child gets fresh locks (another thread may have held one at the fork)."""
    for memo in (SPLITS, WORDS, TABLES):
        memo._lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def clear() -> None:
    """Forget every remembered split, word count and sentence table (recomputed on the next call)."""
    SPLITS.clear()
    WORDS.clear()
    TABLES.clear()
