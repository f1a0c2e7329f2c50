"""What the tokenizing verbs accept: a corpus DataFrame, a Series or a list of texts (private).

Shared by :func:`~toolkit.tokenizing.sentences`, :func:`~toolkit.tokenizing.tokens` and
:func:`~toolkit.tokenizing.count_words`, so all three refuse the same bad input with the same message.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

__all__: list[str] = []  # private helpers; the verbs are in toolkit.tokenizing

#: corpus columns copied onto every sentence row when present (tokens join them: with_metadata)
CARRIED = ("date", "source")

SURROGATE = re.compile("[\ud800-\udfff]")


def ids_and_carried(corpus: pd.DataFrame) -> tuple[list, dict]:
    """A corpus frame's doc ids (positions without a ``doc_id`` column) and its :data:`CARRIED` columns."""
    doc_ids = corpus["doc_id"].tolist() if "doc_id" in corpus.columns else list(range(len(corpus)))
    return doc_ids, {c: corpus[c].array for c in CARRIED if c in corpus.columns}


def documents(corpus, text: str = "text"):
    """Normalise a corpus argument to (doc_ids, texts, carried columns dict)."""
    if isinstance(corpus, pd.DataFrame):
        if text not in corpus.columns:
            raise ValueError(
                f"the corpus has no text column {text!r}; columns present: {list(corpus.columns)}. "
                "Pass text=<name of the column holding the documents' text>."
            )
        doc_ids, carried = ids_and_carried(corpus)
        return doc_ids, corpus[text].tolist(), carried
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


def surrogate_error(doc_id, text: str) -> ValueError:
    """The error for a text holding an unpaired surrogate (undecodable bytes), naming the document."""
    at = SURROGATE.search(text).start()
    return ValueError(
        f"document {doc_id!r} holds an unpaired surrogate {text[at]!r} at character {at} (bytes that were "
        "not valid text); it cannot be stored as a string. Re-read the file with a correct encoding, or "
        "clean it: text.encode('utf-8', 'replace').decode('utf-8')"
    )


def clean_text(value, doc_id) -> str:
    """``value`` as a str: a missing text (None/NaN/NA) is ""; anything else but a str is refused."""
    if isinstance(value, str):
        if not value.isascii() and SURROGATE.search(value):
            raise surrogate_error(doc_id, value)
        return value
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return ""
    raise ValueError(
        f"document {doc_id!r} has a text of type {type(value).__name__} ({value!r:.60}); "
        "every text must be a str (or NaN/None for a missing text)"
    )


def take_ids(doc_ids: list, positions: np.ndarray):
    """doc_ids repeated per row: str ids stay str (arrow-backed), positions stay int."""
    if all(isinstance(d, str) for d in doc_ids):
        return pd.array(doc_ids, dtype="str").take(positions)
    if all(isinstance(d, (int, np.integer)) and not isinstance(d, bool) for d in doc_ids):
        return np.asarray(doc_ids, dtype=np.int64)[positions]
    ids = np.empty(len(doc_ids), dtype=object)
    ids[:] = doc_ids
    return ids[positions]
