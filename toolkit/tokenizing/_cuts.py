"""The sentence splitter's candidate cuts for many ASCII texts at once, in numpy, and the sentences
cut out of ASCII texts in one pass (private).

:func:`toolkit.tokenizing.sentences._candidate_cuts` is the rule: a regular expression finds each
candidate (terminal punctuation, closing quotes or brackets, whitespace, then something that can
start a sentence), and :func:`~toolkit.tokenizing.sentences._keep` vetoes the candidates after an
abbreviation, an initial or a list number. On ASCII text the same candidates come out of a few
numpy passes over the bytes of all texts joined, and most vetoes are decided without Python: a
candidate ending in ``!``, ``?`` or ``..``, or a period after a word that is none of the
abbreviations, no single letter, holds no period and is no short number, always ends a sentence.
Only the others (about one in twenty on the Beige Book) go to ``_keep``, in order, text by text.
The result is the rule's, cut for cut (``tests/test_sentence_cuts.py`` compares them on every
shared corpus).

On ASCII text the regex's classes are byte classes: ``\\s`` is ``[\\t\\n\\v\\f\\r\\x1c-\\x1f ]``,
a character that can start a sentence (``[^\\W_a-z]``) is ``[A-Z0-9]``, and the curly quotes do not
occur. Texts with another character, or with a NUL (the separator here), take the regex.
"""
from __future__ import annotations

import numpy as np

from toolkit.pool import runs, thread_map
from toolkit.tokenizing._chars import slice_bytes

__all__: list[str] = []  # private: sentences._split_documents calls ascii_cuts

_TERMINAL, _CLOSER, _SPACE, _OPENER, _START, _STRIP = 1, 2, 4, 8, 16, 32
_CLASS = np.zeros(256, dtype=np.uint8)
for _chars, _flag in ((b".!?", _TERMINAL), (b"\"')]", _CLOSER), (b" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f", _SPACE),
                      (b"\"'([", _OPENER), (b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", _START),
                      (b"\"'([{", _STRIP)):  # _STRIP: sentences._OPENERS, stripped off the word
    _CLASS[list(_chars)] |= _flag
_DOT, _HYPHEN, _DIGIT0, _DIGIT9 = ord("."), ord("-"), ord("0"), ord("9")


def _code(word: bytes) -> int:
    """A word of at most 8 bytes as one integer (its bytes, first lowest)."""
    return int.from_bytes(word, "little")


def ascii_cuts(texts: list[str], suspect: frozenset[str], keep) -> list[tuple[list[int], list[int]]]:
    """``(ends, nexts)`` of each of ``texts`` (ASCII, no NUL), as ``_candidate_cuts`` gives them;
    ``suspect``: the words after which a period needs ``keep(text, dot, after, last_next)``.

    The texts go in runs of about :data:`toolkit.pool.CACHE_CHARS` characters (the passes of a run
    stay in the processor's cache and reuse the memory the last run freed), on threads when cores are
    free (numpy releases the GIL: :func:`toolkit.pool.thread_map`)."""
    if any(len(w) > 8 for w in suspect):
        raise ValueError("ascii_cuts packs a suspect word into 8 bytes: use the regex for longer ones")
    codes = np.array(sorted(_code(w.encode()) for w in suspect), dtype=np.uint64)
    parts = thread_map(lambda ab: _run_cuts(texts[ab[0]:ab[1]], codes, keep), runs(list(map(len, texts))))
    return [cut for part in parts for cut in part]


def _run_cuts(texts: list[str], suspect_codes: np.ndarray, keep) -> list[tuple[list[int], list[int]]]:
    """:func:`ascii_cuts` of one run of texts."""
    b = np.frombuffer(("\0".join(texts) + "\0").encode("ascii"), dtype=np.uint8)
    starts = np.cumsum([0] + [len(t) + 1 for t in texts])  # where each text begins in b
    cls = _CLASS[b]
    dot, ws_start, after = _candidates(cls)
    text_of = np.searchsorted(starts, dot, side="right") - 1
    plain = _plain(b, cls, dot, starts[text_of], suspect_codes)
    kept = plain.copy()
    for k in np.flatnonzero(~plain).tolist():  # in order: a list number looks at the cut before it
        i = int(text_of[k])
        prev = k - 1
        while prev >= 0 and text_of[prev] == i and not kept[prev]:
            prev -= 1
        last_next = int(after[prev] - starts[i]) if prev >= 0 and text_of[prev] == i else None
        kept[k] = keep(texts[i], int(dot[k] - starts[i]), int(after[k] - starts[i]), last_next)
    shift = starts[text_of]
    ends, nexts, owner = (ws_start - shift)[kept], (after - shift)[kept], text_of[kept]
    bounds = np.searchsorted(owner, np.arange(len(texts) + 1))
    ends, nexts = ends.tolist(), nexts.tolist()
    return [(ends[a:z], nexts[a:z]) for a, z in zip(bounds[:-1].tolist(), bounds[1:].tolist())]


def _run_end(mask: np.ndarray, at: np.ndarray, end: np.ndarray | None = None) -> np.ndarray:
    """For each position in ``at``, step forward while its character is in ``mask``, not beyond
    ``end`` (default: the last position, the final NUL, where ``mask`` is False)."""
    at = at.copy()
    end = np.full(len(at), len(mask) - 1) if end is None else end
    moving = np.flatnonzero((at < end) & mask[at])
    while len(moving):
        at[moving] += 1
        moving = moving[(at[moving] < end[moving]) & mask[at[moving]]]
    return at


def _candidates(cls: np.ndarray):
    """The regex's matches: where each starts (its first terminal mark), where its whitespace starts
    and where it ends."""
    terminal = (cls & _TERMINAL) > 0
    first = np.flatnonzero(terminal & ~np.concatenate(([False], terminal[:-1])))
    closed = _run_end((cls & _CLOSER) > 0, _run_end(terminal, first))
    spaced = (cls[closed] & _SPACE) > 0
    first, closed = first[spaced], closed[spaced]
    after = _run_end((cls & _SPACE) > 0, closed)
    opens = (cls[_run_end((cls & _OPENER) > 0, after)] & _START) > 0
    return first[opens], closed[opens], after[opens]


def _plain(b: np.ndarray, cls: np.ndarray, dot: np.ndarray, text_start: np.ndarray,
           suspect_codes: np.ndarray) -> np.ndarray:
    """Which candidates end a sentence whatever ``_keep``'s word rules say: not a lone period, or a
    period after a plain word (exactly the word ``_keep`` takes: the last whitespace-free run of the
    9 characters before the period, opening quotes and brackets stripped, the part after a hyphen)."""
    lone = (b[dot] == _DOT) & (b[dot + 1] != _DOT)
    plain = ~lone
    k = np.flatnonzero(lone)
    d, lo = dot[k], np.maximum(text_start[k], dot[k] - 9)
    space = (cls & _SPACE) > 0
    end = _walk_back(space, d, lo)          # trailing whitespace of the window dropped
    start = _walk_back(~space, end, lo)     # back to the whitespace before the word
    start = _run_end((cls & _STRIP) > 0, start, end)
    hyphen = _last_in(b == _HYPHEN, start, end)
    has_hyphen = hyphen >= 0
    start = np.where(has_hyphen, hyphen + 1, start)
    length = end - start
    has_dot = _last_in(b == _DOT, start, end) >= 0
    digits = _all_in((b >= _DIGIT0) & (b <= _DIGIT9), start, end) & (length > 0)
    code = np.zeros(len(k), dtype=np.uint64)
    for j in range(8):  # suspect words are at most 8 bytes (ascii_cuts checks): longer words never are
        code |= np.where(j < length, b[np.minimum(start + j, len(b) - 1)].astype(np.uint64), 0) << np.uint64(8 * j)
    listed = (length <= 8) & np.isin(code, suspect_codes)
    plain[k] = ~(listed | (length == 1) | has_dot | (~has_hyphen & digits & (length <= 3)))
    return plain


def _walk_back(mask: np.ndarray, at: np.ndarray, low: np.ndarray) -> np.ndarray:
    """For each ``at``, step back while the character before it is in ``mask`` (not below ``low``)."""
    at = at.copy()
    moving = np.flatnonzero((at > low) & mask[np.maximum(at - 1, 0)])
    while len(moving):
        at[moving] -= 1
        moving = moving[(at[moving] > low[moving]) & mask[np.maximum(at[moving] - 1, 0)]]
    return at


def _last_in(mask: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """The last position in ``[start, end)`` where ``mask`` holds, or -1 (spans of at most 9)."""
    found = np.full(len(start), -1, dtype=np.int64)
    for j in range(1, 10):
        at = end - j
        hit = (at >= start) & (found < 0) & mask[np.maximum(at, 0)]
        found[hit] = at[hit]
    return found


def _all_in(mask: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Whether ``mask`` holds everywhere in ``[start, end)`` (spans of at most 9)."""
    ok = np.ones(len(start), dtype=bool)
    for j in range(9):
        at = start + j
        ok &= (at >= end) | mask[np.minimum(at, len(mask) - 1)]
    return ok


def sentence_strings(texts: list[str], spans: np.ndarray, counts: np.ndarray):
    """The sentences of ASCII ``texts`` as one pyarrow large-string array, cut out of their bytes
    (:func:`~toolkit.tokenizing._chars.slice_bytes`: no Python string per sentence), a run of about
    :data:`toolkit.pool.CACHE_CHARS` characters of text at a time: ``spans`` are the (start, end) of
    every sentence in text order, ``counts`` the number of sentences of each text."""
    import pyarrow as pa

    sizes = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    first = np.cumsum(counts) - counts  # each text's first sentence
    pieces = []
    for a, z in runs(sizes):
        rows = slice(int(first[a]), int(first[z - 1] + counts[z - 1])) if z > a else slice(0, 0)
        shift = np.repeat(np.cumsum(sizes[a:z]) - sizes[a:z], counts[a:z])  # ASCII: characters are bytes
        run = slice_bytes("".join(texts[a:z]).encode("ascii"), spans[rows, 0] + shift, spans[rows, 1] + shift)
        pieces.append(run.cast(pa.large_string()))
    return pa.concat_arrays(pieces) if len(pieces) > 1 else pieces[0] if pieces else pa.array([], pa.large_string())
