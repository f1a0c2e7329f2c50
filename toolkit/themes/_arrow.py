"""Theme counts on pyarrow's RE2 kernels, for the texts where they give exactly Python ``re``'s counts
(private; :meth:`toolkit.themes.matching._Matcher.counts` decides per text and falls back).

Python's matcher is ``(?<!\\w)<trie of forms>(?!\\w)`` on the lower-cased text. RE2 has no lookarounds
and its ``\\b``/``\\w``/``\\s`` are ASCII, so the same matches come out of RE2 only on ASCII text, where:

* ``(?<!\\w)`` before a form's first character is ``\\b`` when that character is a word character, else
  ``\\B`` (and the same for ``(?!\\w)`` after its last): the boundary is written per form in the trie;
* ``\\s`` (re) is ``[\\t\\n\\v\\f\\r\\x1c-\\x1f ]`` on ASCII text; RE2's ``\\s`` lacks ``\\v`` and
  ``\\x1c-\\x1f``, so spaces in a term become that class, spelled out;
* the trie's order (at each node: a longer continuation before ending there) is leftmost-first in both
  engines, so each position picks the same (longest) form.

Counting then takes one RE2 pass: every match is wrapped in ``\\x01...\\x02``
(``replace_substring_regex``); the matched texts are cut out between the markers (``split_pattern``)
and each distinct one is given its theme by the same lookup as on the ``re`` path. A text holding
``\\x01``/``\\x02`` itself, or any non-ASCII character, is left to the ``re`` path; so is every
text when RE2 refuses the pattern (e.g. over its memory budget).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

__all__: list[str] = []

#: what Python's ``\s`` matches in an ASCII string (RE2's ``\s`` is only ``[\t\n\f\r ]``)
_SPACE = r"[\t\n\x0b\x0c\r\x1c-\x1f ]+"
_OPEN, _CLOSE = "\x01", "\x02"
_WORD = re.compile(r"\w")


def _piece(ch: str) -> str:
    if ch == " ":
        return _SPACE
    if ch == "'":
        return "['’]"
    return re.escape(ch)


def _boundary(ch: str) -> str:
    """RE2 for ``(?<!\\w)`` before / ``(?!\\w)`` after the character ``ch`` of a form (ASCII text)."""
    return r"\b" if _WORD.match(ch) else r"\B"


def char_trie(forms) -> dict:
    """``forms`` as nested dicts, one level per character; ``""`` marks where a form ends."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _trie_pattern(forms) -> str:
    """All ``forms`` in one RE2 pattern: a character trie, longer continuations first, with the word
    boundary of each form's first and last character."""
    trie = char_trie(forms)

    def build(node: dict, last: str) -> str:
        branches = [_piece(ch) + build(child, ch) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(_boundary(last))  # ending here comes after every longer continuation
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + "|".join(_boundary(ch) + _piece(ch) + build(child, ch) for ch, child in sorted(trie.items())) + ")"


@dataclass(frozen=True)
class ArrowCounter:
    """The RE2 pattern of one dictionary's forms, and the counting that runs it."""

    pattern: str

    def counts(self, texts, theme_of, n_themes: int):
        """``(counts, done)``: matches per text and theme, and which texts RE2 counted (the others are
        zero rows, for the caller's ``re`` path); ``None`` when RE2 refuses the pattern.
        ``texts``: a pyarrow string array (:func:`as_arrow`); ``theme_of(matched text)`` is the theme
        index of a match (or None), the lookup of the ``re`` path."""
        import pyarrow as pa
        import pyarrow.compute as pc

        counts = np.zeros((len(texts), n_themes), dtype=np.int64)
        done = pc.and_(pc.string_is_ascii(texts), pc.invert(pc.match_substring_regex(texts, "[\x01\x02]")))
        done = done.fill_null(False).to_numpy(zero_copy_only=False)
        rows = np.flatnonzero(done)
        if not len(rows):
            return counts, done
        try:
            lower = pc.ascii_lower(texts if len(rows) == len(texts) else texts.take(pa.array(rows)))
            marked = pc.replace_substring_regex(lower, pattern=self.pattern, replacement=_OPEN + r"\0" + _CLOSE)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            return None
        doc, found = _matched(marked)
        enc = pc.dictionary_encode(found)
        ids = np.array([-1 if (i := theme_of(f)) is None else i for f in enc.dictionary.to_pylist()], dtype=np.int64)
        theme = ids[enc.indices.to_numpy(zero_copy_only=False)] if len(ids) else np.zeros(0, np.int64)
        hit = theme >= 0
        flat = np.bincount(rows[doc[hit]] * n_themes + theme[hit], minlength=len(texts) * n_themes)
        return flat.reshape(len(texts), n_themes), done


def _matched(marked):
    """From texts with every match written ``\\x01match\\x02``: the text index of each match, and its text."""
    import pyarrow.compute as pc

    # keep only "\x01match" runs: drop the text before the first match and after each "\x02"
    only = pc.replace_substring_regex(marked, pattern=f"(?:^|{_CLOSE})[^{_OPEN}]*", replacement="")
    pieces = pc.split_pattern(only, _OPEN)  # per text ["", match, match, ...], or [""] without a match
    parents = pc.list_parent_indices(pieces).to_numpy(zero_copy_only=False)
    keep = np.ones(len(parents), dtype=bool)
    keep[np.flatnonzero(np.diff(parents, prepend=-1))] = False  # each text's leading ""
    return parents[keep], pc.list_flatten(pieces).filter(keep)


def as_arrow(texts):
    """``texts`` (a str Series or a list of str) as one pyarrow string array, without a copy when the
    Series is Arrow-backed."""
    import pyarrow as pa

    if isinstance(texts, pa.Array):
        return texts
    try:
        arr = pa.array(texts, type=pa.large_string(), from_pandas=True)
    except pa.ArrowException:
        arr = None
    if isinstance(arr, pa.ChunkedArray):  # one chunk as it is; several cast alike (their types may differ)
        chunks = arr.chunks
        arr = chunks[0] if len(chunks) == 1 else pa.array([], type=pa.large_string()) if not chunks \
            else pa.concat_arrays([c.cast(pa.large_string()) for c in chunks])
    if arr is None or not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        arr = pa.array([t if isinstance(t, str) else "" for t in texts], type=pa.large_string())
    return arr.fill_null("")


def arrow_counter(lookup: dict[str, tuple[int, str]]) -> ArrowCounter | None:
    """The :class:`ArrowCounter` of a matcher's ``lookup`` (form -> (theme index, term)), or None when
    no form could match an ASCII text or a form holds a marker character."""
    # a form with a non-ASCII character never matches an ASCII text (re's path agrees: it matches the
    # lower-cased forms against the lower-cased text), so RE2 gets the ASCII forms only
    ascii_forms = [f for f in lookup if f.isascii()]
    if not ascii_forms or any(_OPEN in f or _CLOSE in f for f in ascii_forms):
        return None
    return ArrowCounter(_trie_pattern(ascii_forms))
