"""A text as numpy arrays, for the vectorised tokenizer (private).

:class:`Chars` holds one byte per character (non-ASCII shown as 0x80) and its character class
(space, letter, digit, other); :func:`slice_strings` cuts token strings out of the UTF-8 buffer with
pyarrow, without a Python loop per token (:func:`slice_bytes`, which the splitter also uses for its
sentences). The rules that use these arrays are in
:mod:`toolkit.tokenizing.words`.
"""
from __future__ import annotations

import re

import numpy as np

__all__: list[str] = []  # private helpers of toolkit.tokenizing

SPACE, LETTER, DIGIT, OTHER = 0, 1, 2, 3
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_RIGHT_QUOTE = "\u2019"


def class_of(ch: str) -> int:
    """The class of one character: letters and "_" are LETTER, then DIGIT, SPACE, else OTHER."""
    if ch.isspace():
        return SPACE
    if ch.isalpha() or ch == "_":
        return LETTER
    if ch.isdigit():
        return DIGIT
    return OTHER


_ASCII_CLASS = np.array([class_of(chr(c)) for c in range(128)] + [OTHER] * 128, dtype=np.int8)


class Chars:
    """One text as arrays: ``b`` one byte per character (non-ASCII shown as 0x80), ``cls`` its class."""

    def __init__(self, text: str):
        self.text = text
        self.n = len(text)
        ascii_bytes = text.encode("ascii", "replace")
        # An ASCII text's bytes are its UTF-8 (kept for slice_strings) and are never written to.
        self.utf8 = ascii_bytes if text.isascii() else None
        b = np.frombuffer(ascii_bytes, dtype=np.uint8)
        self.non_ascii = np.zeros(0, dtype=np.int64)
        if self.utf8 is None:
            b = b.copy()
            pos = [m.start() for m in _NON_ASCII.finditer(text)]
            self.non_ascii = np.asarray(pos, dtype=np.int64)
            chars = [text[i] for i in pos]
            b[self.non_ascii] = 0x80
            cls = _ASCII_CLASS[b]
            cls[self.non_ascii] = [class_of(c) for c in chars]
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


def slice_strings(chars: Chars, starts: np.ndarray, ends: np.ndarray):
    """A pyarrow string array of ``text[s:e]`` for each span, cut from the UTF-8 bytes without a Python loop."""
    data = chars.utf8 if chars.utf8 is not None else chars.text.encode("utf-8")
    return slice_bytes(data, chars.byte_offsets(starts), chars.byte_offsets(ends))


def slice_bytes(data: bytes, starts: np.ndarray, ends: np.ndarray):
    """A pyarrow string array of ``data[s:e]`` for each span of UTF-8 byte offsets, without a Python loop."""
    import pyarrow as pa

    n = len(starts)
    if n == 0:
        return pa.array([], type=pa.large_string())
    # Interleave [s0, e0, s1, e1, ...]: a 2n-1 element array whose even elements are the spans
    # (32-bit offsets below 2 GB of text: half the temporary memory).
    small = len(data) <= np.iinfo(np.int32).max
    offsets = np.empty(2 * n, dtype=np.int32 if small else np.int64)
    offsets[0::2] = starts
    offsets[1::2] = ends
    kind = pa.StringArray if small else pa.LargeStringArray
    both = kind.from_buffers(2 * n - 1, pa.py_buffer(offsets), pa.py_buffer(data))
    return both.take(pa.array(np.arange(0, 2 * n - 1, 2, dtype=offsets.dtype)))
