"""N-grams: counts of adjacent tokens per document (or any group), never across a sentence boundary.

The counting is vectorised: every n-gram is keyed by the integer codes of its words, so a corpus is
counted with one factorize and one group-by, and the text of each distinct n-gram is joined by
pyarrow from its first occurrence.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["ngrams"]


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

    >>> from toolkit.tokenizing import tokens
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
    word_codes, vocab = pd.factorize(tokens_df[column])
    m = len(tokens_df) - n + 1
    if m <= 0:
        return pd.DataFrame({**{c: [] for c in by_cols}, "ngram": pd.Series([], dtype="str"), "count": []})
    vocab_list = [str(v) for v in vocab]
    idx, gram_id = _gram_ids(tokens_df, n, word_codes, vocab_list, skip_stop)
    gram_text = _gram_text(idx, gram_id, n, word_codes, vocab_list)
    return _count(tokens_df, by_cols, idx, gram_id, gram_text)


def _gram_ids(tokens_df: pd.DataFrame, n: int, word_codes: np.ndarray, vocab_list: list[str], skip_stop: bool):
    """Rows where a valid n-gram starts (``idx``), and an id per distinct n-gram for each of them."""
    m = len(tokens_df) - n + 1
    doc_codes = pd.factorize(tokens_df["doc_id"])[0]
    sent = tokens_df["sent_id"].to_numpy(dtype=np.int64)
    tid = tokens_df["token_id"].to_numpy(dtype=np.int64)
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
    return idx, gram_id


def _gram_text(idx: np.ndarray, gram_id: np.ndarray, n: int, word_codes: np.ndarray, vocab_list: list[str]):
    """The text of each distinct n-gram (a pyarrow array by gram id), joined in C from its first occurrence."""
    import pyarrow as pa
    import pyarrow.compute as pc

    n_grams = int(gram_id.max()) + 1 if len(gram_id) else 0
    first_seen = np.empty(n_grams, dtype=np.int64)
    first_seen[gram_id[::-1]] = idx[::-1]
    vocab_arr = pa.array(vocab_list, type=pa.string())
    parts = [vocab_arr.take(pa.array(word_codes[first_seen + k])) for k in range(n)]
    return pc.binary_join_element_wise(*parts, " ") if n > 1 else parts[0]


def _count(tokens_df: pd.DataFrame, by_cols: list[str], idx: np.ndarray, gram_id: np.ndarray, gram_text):
    """``[<by>, ngram, count]``: most frequent first per group, ties in order of first occurrence."""
    import pyarrow as pa

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
