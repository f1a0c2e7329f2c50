"""The scoring verbs: :func:`score_texts` (one row per text) and :func:`score_sentences` (the same
columns added to a table), for the three methods; the outlook method scores all texts at once.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from itertools import chain

import numpy as np
import pandas as pd

from toolkit._memory import lean_memory
from toolkit.pool import cuts, pool_workers, run_blocks, runs, thread_map
from toolkit.tone._arrays import _plain_arrow
from toolkit.tone.engine import _core
from toolkit.tone.lexicon import Lexicon, load_lexicon
from toolkit.tone.lm import _load_lm, _score_lm
from toolkit.tone.methods import LABEL_CUTOFF, _check_method
from toolkit.tone.rules import ALPHA
from toolkit.tone.text import _SEP, MAX_CHARS, _ascii, _check, _tokens
from toolkit.tone.vader import _score_vader

__all__ = ["score_texts", "score_sentences", "OUT_COLUMNS"]

#: the columns the verbs add (after ``text``)
OUT_COLUMNS = ["score", "label", "positive", "negative", "uncertainty", "forward_looking", "terms",
               "reason"]


@lean_memory()  # fresh memory the cheap way: toolkit/_memory.py
def score_texts(texts, method: str = "outlook", lexicon=None, lm_path=None, inflation: str = "target",
                *, max_chars: int = MAX_CHARS, detail: bool = True, workers: int | None = None) -> pd.DataFrame:
    """Score each text's economic tone; one row per input, in input order.

    Columns: ``text``, ``score`` (float in [-1, 1]), ``label`` (positive | neutral | negative),
    ``positive`` and ``negative`` (summed positive / negative evidence), ``uncertainty`` (hedge
    words), ``forward_looking`` (bool), ``terms`` (list of :class:`~toolkit.tone.details.Term` that fired:
    (term, contribution, rule, kind, modifiers)),
    ``reason`` ("" or why the row was scored neutral: empty, missing, not English; or that a very
    long text was truncated). For ``vader`` ``positive``/``negative`` are VADER's proportions and
    ``uncertainty``/``forward_looking`` are missing; for ``lm`` they are word counts.

    ``method``: "outlook" (default), "vader" or "lm". ``lexicon``: a TSV path or DataFrame that
    extends/overrides the outlook lexicon. ``lm_path``: the Loughran-McDonald master dictionary CSV
    (else ``$TOOLKIT_LM_PATH``). ``inflation``: "target" (default: against price stability, half
    weight), "neutral", "bad" or "good" - how rising prices count in the outlook (see the module
    docstring). ``max_chars``: longer texts are scored
    on their first ``max_chars`` characters. ``detail=False`` skips building ``terms`` (None) for
    speed when only the scores are needed (document_tone does this). ``workers``: None scores a batch of
    more than 1 M characters in runs on threads when cores are free (``vader`` and ``lm``: from 5 M
    characters, on a pool of processes), 1 forces one thread, N asks for N threads or processes
    (``toolkit/pool.py``); the table is the same either way.

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
    sizes = _sizes(texts)
    n = pool_workers(sum(sizes), workers) if method != "outlook" else 1
    if n > 1 and len(texts) > 1:
        options = {"method": method, "lexicon": lexicon, "lm_path": lm_path, "inflation": inflation,
                   "max_chars": max_chars, "detail": detail}
        return _pooled(texts, index, n, options, sizes)
    if method == "outlook":
        cols = _outlook_columns(texts, lexicon, inflation, max_chars, detail, sizes, workers)
        out = pd.DataFrame({"text": _text_column(texts), **cols}, index=index)
    else:
        rows = _score_vader(texts, max_chars) if method == "vader" else \
            _score_lm(texts, _load_lm(lm_path), max_chars)
        out = pd.DataFrame(rows, columns=["text"] + OUT_COLUMNS, index=index)
        out["text"] = _text_column(texts)
    if out["score"].dtype != np.float64:
        out["score"] = out["score"].astype(float)
    if method == "vader":
        out["uncertainty"] = out["uncertainty"].astype(float)
        out["forward_looking"] = pd.array(out["forward_looking"], dtype="boolean")
    elif out["forward_looking"].dtype != bool:
        out["forward_looking"] = out["forward_looking"].astype(bool)
    out.attrs["method"] = method
    return out


def _outlook_columns(texts: list, lexicon, inflation: str, max_chars: int, detail, sizes: list[int],
                     workers) -> dict:
    """The score columns of the outlook method as arrays and lists (no frame yet)."""
    lex = load_lexicon(lexicon, inflation)
    with _gc_paused():
        return _score_outlook(texts, lex, max_chars, detail, sizes, workers)


def _score_columns(texts: list, method: str = "outlook", **options) -> dict:
    """For the document verbs: the columns of :func:`score_texts` but ``text``, ``terms`` and
    ``reason``, as numpy arrays by name, without building a frame (its string columns cost as much
    as a fifth of the scoring on a large corpus). ``options`` as for :func:`score_texts`."""
    wanted = ("score", "label", "positive", "negative", "uncertainty", "forward_looking")
    if method != "outlook":
        out = score_texts(texts, method=method, **options)
        return {c: out[c].to_numpy() if c != "forward_looking" else out[c].array for c in wanted}
    options = {"lexicon": None, "inflation": "target", "max_chars": MAX_CHARS, "detail": False,
               "workers": None, **options}
    options.pop("lm_path", None)  # the outlook method has no use for it
    arrow = _plain_arrow(texts, options["max_chars"], _SEP)  # an Arrow column of plain texts, as it is
    if arrow is None:
        texts = list(texts)
        sizes = _sizes(texts)
    else:
        import pyarrow.compute as pc

        texts, sizes = arrow, pc.utf8_length(arrow).to_pylist()
    cols = _outlook_columns(texts, options["lexicon"], options["inflation"], options["max_chars"],
                            options["detail"], sizes, options["workers"])
    return {c: cols[c] for c in wanted}


def _score_block(i: int, texts: list, bounds: list[int], options: dict) -> pd.DataFrame:
    """score_texts of block ``i`` of ``texts`` in a pool worker, without the ``text`` column (the
    caller has the texts; only the scores travel back)."""
    return score_texts(texts[bounds[i]:bounds[i + 1]], workers=1, **options).drop(columns="text")


def _pooled(texts: list, index, n: int, options: dict, sizes: list[int]) -> pd.DataFrame:
    """score_texts on ``n`` processes, one block of consecutive texts each: the same table."""
    bounds = cuts(sizes, n, first=0.4)  # this process
    # also joins the blocks, and document_tone aggregates after it: the workers take more
    parts = run_blocks(_score_block, len(bounds) - 1, texts, bounds, options)
    out = pd.concat(parts, ignore_index=True)
    if index is not None:
        out.index = index
    out.insert(0, "text", _text_column(texts))
    out.attrs = {"method": parts[0].attrs["method"]}
    return out


def score_sentences(sentences_df: pd.DataFrame, method: str = "outlook", text: str = "sentence",
                    **options) -> pd.DataFrame:
    """Add the score columns of :func:`score_texts` to a table of sentences (or any texts).

    ``sentences_df`` is the table from ``toolkit.sentences(corpus)``; ``text`` names its text column
    ("sentence" by default, "text" is used when there is no "sentence" column). Other options
    (``lexicon``, ``lm_path``, ``inflation``, ``workers``) go to :func:`score_texts`. Returns a copy with
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
    for col in OUT_COLUMNS:
        out[col] = scored[col].to_numpy() if col != "forward_looking" else scored[col].array
    out.attrs["method"] = method
    return out


def _text_column(texts: list):
    """The ``text`` column of score_texts: each input as given when it is a str, else None."""
    if not all(type(t) is str for t in texts):
        texts = [t if isinstance(t, str) else None for t in texts]
    return pd.array(texts, dtype=object)


def _clean(texts: list, max_chars: int):
    """(clean texts, valid mask, reasons). The common case (a non-empty ASCII string of normal
    length) skips the full check."""
    n = len(texts)
    fast = np.array([type(t) is str and 0 < len(t) <= max_chars and t.isascii() and _SEP not in t
                     and not t.isspace() for t in texts], dtype=bool)
    reason = [""] * n
    clean, valid = texts, fast
    if not fast.all():
        clean, valid = list(texts), fast.copy()
        for i in np.flatnonzero(~fast).tolist():
            text, reason[i] = _check(texts[i], max_chars)
            if text is not None:
                clean[i], valid[i] = _ascii(text), True
    return clean, valid, reason


def _foreign(ids: np.ndarray, sep: np.ndarray, n_units, unc, lex, m: int) -> np.ndarray:
    """Which of the ``m`` distinct texts are not English: no tone unit, no hedge, 8+ tokens and none
    of the English function words."""
    foreign = np.zeros(m, dtype=bool)
    cand = np.flatnonzero((n_units == 0) & (unc == 0))
    if len(cand):
        bounds = np.insert(sep, 0, -1)
        n_eng = np.concatenate([[0], np.cumsum(lex.english_mask[ids])])
        n_tok = bounds[cand + 1] - bounds[cand] - 1
        foreign[cand] = (n_tok >= 8) & (n_eng[bounds[cand + 1]] == n_eng[bounds[cand] + 1])
    return foreign


def _spread_terms(details: list, w: np.ndarray, j: np.ndarray, n: int, m: int, n_valid: int) -> list:
    """The ``terms`` list of each of the ``n`` rows from the lists of the ``m`` distinct texts:
    row ``w[k]`` gets distinct text ``j[k]``'s list; a repeated text gets its own copy."""
    if len(w) == m == n:  # each text once, all scored: the lists are the rows
        return details[:n]
    kept = list(map(details.__getitem__, j.tolist()))
    if m < n_valid:  # a repeated text: each repeat gets its own copy of the list
        repeat = np.ones(len(j), dtype=bool)
        repeat[np.unique(j, return_index=True)[1]] = False
        for r in np.flatnonzero(repeat).tolist():
            kept[r] = kept[r].copy()
    if len(w) == n:
        return kept
    terms = [[] for _ in range(n)]
    for i, row in zip(w.tolist(), kept):
        terms[i] = row
    return terms


def _sizes(texts: list) -> list[int]:
    """The weight of each text for blocks and pools: its length (0 for None, NaN or a number)."""
    try:
        return list(map(len, texts))
    except TypeError:
        return [len(t) if isinstance(t, str) else 0 for t in texts]


#: the outlook labels by code (0 negative, 1 neutral, 2 positive): a label column is an object array of
#: these three strings, not a new string per row
_LABELS = np.array(["negative", "neutral", "positive"], dtype=object)


def _score_outlook(texts, lex: Lexicon, max_chars: int, detail: bool, sizes: list[int], workers=None) -> dict:
    """The score columns of score_texts (all but ``text``) for the outlook method, in blocks of
    consecutive texts of about :data:`toolkit.pool.CACHE_CHARS` characters (``sizes``: the texts'
    lengths; :func:`_score_outlook_block` each, on threads: :func:`toolkit.pool.thread_map`), joined
    in input order."""
    blocks = runs(sizes)
    if len(blocks) == 1:
        return _score_outlook_block(texts, lex, max_chars, detail)
    parts = thread_map(lambda ab: _score_outlook_block(texts[ab[0]:ab[1]], lex, max_chars, detail), blocks, workers)
    return {col: np.concatenate([p[col] for p in parts]) if isinstance(first, np.ndarray)
            else list(chain.from_iterable(p[col] for p in parts)) for col, first in parts[0].items()}


def _score_outlook_block(texts, lex: Lexicon, max_chars: int, detail: bool = True) -> dict:
    """The score columns of score_texts for the outlook method: all ``texts`` are tokenised and scored at once.

    Identical texts are scored once (pyarrow's dictionary encoding finds them) and their results
    copied to every row that repeats them; each row still gets its own ``terms`` list."""
    import pyarrow as pa

    n = len(texts)
    if isinstance(texts, pa.Array):  # plain texts, checked by _plain_arrow
        clean, valid, reason = texts, np.ones(n, dtype=bool), [""] * n
    else:
        clean, valid, reason = _clean(texts, max_chars)
    where = np.flatnonzero(valid)
    score = np.zeros(n)
    positive, negative = np.zeros(n), np.zeros(n)
    uncertainty = np.zeros(n, dtype=np.int64)
    forward = np.zeros(n, dtype=bool)
    terms = None
    if len(where):
        if isinstance(clean, pa.Array):
            encoded = clean.dictionary_encode()
        else:
            encoded = pa.array(clean if len(where) == n else [clean[i] for i in where.tolist()],
                               type=pa.string()).dictionary_encode()
        distinct, inverse = encoded.dictionary, encoded.indices.to_numpy()
        ids = _tokens(distinct, lex)
        m = len(distinct)  # the _SEP after the last text opens an empty text: drop it
        raw, pos, neg, unc, fwd, n_units, sep, details = _core(ids, lex, detail)
        raw, pos, neg, unc, fwd, n_units = raw[:m], pos[:m], neg[:m], unc[:m], fwd[:m], n_units[:m]
        keep = ~_foreign(ids, sep, n_units, unc, lex, m)[inverse]
        w, j = where[keep], inverse[keep]
        score[w] = raw[j] / np.sqrt(raw[j] ** 2 + ALPHA)
        positive[w], negative[w], uncertainty[w], forward[w] = pos[j], neg[j], unc[j], fwd[j]
        for i in where[~keep].tolist():
            reason[i] = "not English"
        if detail:
            terms = _spread_terms(details, w, j, n, m, len(where))
    if terms is None:
        terms = [[] for _ in range(n)] if detail else [None] * n
    cut = LABEL_CUTOFF["outlook"]
    label = _LABELS[np.where(score > cut, 2, np.where(score < -cut, 0, 1))]  # the three names, shared
    return {"score": score, "label": label, "positive": positive, "negative": negative,
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
