"""Array helpers the scorer and its rules share.

``_in_sorted(values, sorted_)`` is ``np.isin(values, sorted_)`` for a ``sorted_`` array that is already
sorted (mark positions, text offsets): one binary search per value instead of sorting both arrays.
``_phrase_start(ends, p)`` is where the phrase ending at each position of ``p`` starts (by a binary search over
the phrases once the engine has fixed ``ends`` with ``_fix_phrases``).
``_plain_arrow`` hands the scorer an Arrow text column as it is when every text is plain.

>>> import numpy as np
>>> _in_sorted(np.array([3, 4, 9]), np.array([1, 3, 9])).tolist()
[True, False, True]
"""
from __future__ import annotations

import weakref

import numpy as np

__all__: list[str] = []  # internal


#: id(ends) -> (weak reference to ends, its phrases' ends sorted, their starts): see _fix_phrases
_FIXED: dict[int, tuple] = {}


def _fix_phrases(ends: np.ndarray) -> None:
    """Say that ``ends`` (``_Layout.last``) will not change any more: :func:`_phrase_start` then looks
    its phrases up by a binary search over the phrases alone, found once here, instead of a pass over
    every token per call. The entry goes when ``ends`` is freed.

    >>> ends = np.array([0, 3, 2, 3]); _fix_phrases(ends)
    >>> _phrase_start(ends, np.array([0, 3])).tolist()
    [0, 1]
    """
    first = np.flatnonzero(ends != np.arange(len(ends)))
    order = np.argsort(ends[first], kind="stable")  # of two phrases with one end, the later start wins
    key = id(ends)
    _FIXED[key] = (weakref.ref(ends, lambda _, key=key: _FIXED.pop(key, None)), ends[first][order], first[order])


def _phrase_start(ends: np.ndarray | None, p: np.ndarray) -> np.ndarray:
    """The start of the phrase that ends at each of ``p`` (``p`` itself for a single word); ``ends[i]``
    is where the phrase that starts at ``i`` ends (None: no phrases).

    >>> _phrase_start(np.array([0, 3, 2, 3]), np.array([0, 3])).tolist()
    [0, 1]
    """
    if ends is None:
        return p
    fixed = _FIXED.get(id(ends))
    if fixed is not None and fixed[0]() is ends:
        p = np.asarray(p)
        phrase_ends, starts = fixed[1], fixed[2]
        if not len(phrase_ends):
            return p.copy()
        j = np.searchsorted(phrase_ends, p, side="right") - 1
        jc = np.maximum(j, 0)
        return np.where((j >= 0) & (phrase_ends[jc] == p), starts[jc], p)
    start_of = np.arange(len(ends))
    first = np.flatnonzero(ends != start_of)
    start_of[ends[first]] = first
    return start_of[p]


def _in_sorted(values: np.ndarray, sorted_: np.ndarray) -> np.ndarray:
    """Whether each of ``values`` is in the sorted array ``sorted_``."""
    values = np.asarray(values)
    if not len(sorted_):
        return np.zeros(values.shape, dtype=bool)
    at = np.minimum(np.searchsorted(sorted_, values), len(sorted_) - 1)
    return sorted_[at] == values


def _plain_arrow(texts, max_chars: int, sep: str):
    """The pyarrow string array behind ``texts`` (a pandas Series or array backed by Arrow) when every
    text is plain — not null, not empty or blank, ASCII, at most ``max_chars`` characters, without
    ``sep`` — else None. The scorer then takes its texts straight from Arrow (no Python string per
    text, no second conversion); any other input keeps the per-text checks of ``score._clean``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from toolkit.tokenizing._memo import arrow_texts

    arrow = arrow_texts(texts)
    if arrow is None:
        return None
    arrow = arrow.combine_chunks() if isinstance(arrow, pa.ChunkedArray) else arrow
    if not (pa.types.is_string(arrow.type) or pa.types.is_large_string(arrow.type)) or arrow.null_count:
        return None
    if not len(arrow):
        return None
    length = pc.utf8_length(arrow)
    if pc.min(length).as_py() < 1 or pc.max(length).as_py() > max_chars:
        return None
    if not pc.all(pc.string_is_ascii(arrow)).as_py() or pc.any(pc.utf8_is_space(arrow)).as_py():
        return None
    if len(sep.encode()) == 1:  # one byte ("\x00"): look for it in the character data at once
        data = arrow.buffers()[2]
        if data is not None and (np.frombuffer(data, dtype=np.uint8) == sep.encode()[0]).any():
            return None   # (bytes outside the array's slice can only make it fall back, never pass)
    elif pc.any(pc.match_substring(arrow, sep)).as_py():
        return None
    return arrow.cast(pa.string()) if pa.types.is_large_string(arrow.type) else arrow
