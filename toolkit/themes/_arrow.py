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

Counting per theme then takes two kernels: every match is wrapped in ``\\x01...\\x02``
(``replace_substring_regex``), and each theme's forms are counted between the markers
(``count_substring_regex``). A text holding ``\\x01``/``\\x02`` itself, or any non-ASCII character,
is left to the Python path; so is every text when the pattern does not compile in RE2 (too large).
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


def _trie_pattern(forms) -> str:
    """All ``forms`` in one RE2 pattern: a character trie, longer continuations first, with the word
    boundary of each form's first and last character."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, last: str) -> str:
        branches = [_piece(ch) + build(child, ch) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(_boundary(last))  # ending here comes after every longer continuation
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + "|".join(_boundary(ch) + _piece(ch) + build(child, ch) for ch, child in sorted(trie.items())) + ")"


@dataclass(frozen=True)
class ArrowCounter:
    """The RE2 patterns of one dictionary: all forms, and per theme its forms between markers."""

    pattern: str
    theme_patterns: tuple[str | None, ...]

    def counts(self, texts):
        """``(counts, done)``: matches per text and theme, and which texts RE2 counted (the others
        are zero rows, for the caller's Python path); ``None`` when RE2 refuses the pattern."""
        import pyarrow as pa
        import pyarrow.compute as pc

        arr = pa.array(texts, type=pa.large_string())
        counts = np.zeros((len(arr), len(self.theme_patterns)), dtype=np.int64)
        done = pc.and_(pc.string_is_ascii(arr), pc.invert(pc.match_substring_regex(arr, "[\x01\x02]")))
        done = done.fill_null(False).to_numpy(zero_copy_only=False)
        rows = np.flatnonzero(done)
        if not len(rows):
            return counts, done
        try:
            lower = pc.ascii_lower(arr if len(rows) == len(arr) else arr.take(pa.array(rows)))
            marked = pc.replace_substring_regex(lower, pattern=self.pattern,
                                                replacement=_OPEN + r"\0" + _CLOSE)
            for i, pat in enumerate(self.theme_patterns):
                if pat is not None:
                    found = pc.count_substring_regex(marked, pattern=pat)
                    counts[rows, i] = found.to_numpy(zero_copy_only=False)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            return None
        return counts, done


def arrow_counter(lookup: dict[str, tuple[int, str]], n_themes: int) -> ArrowCounter | None:
    """The :class:`ArrowCounter` of a matcher's ``lookup`` (form -> (theme index, term)), or None when
    no form could match (empty) or a form holds a marker character."""
    if not lookup or any(_OPEN in f or _CLOSE in f for f in lookup):
        return None
    # a form with a non-ASCII character never matches an ASCII text (re's path agrees: it matches the
    # lower-cased forms against the lower-cased text), so RE2 gets the ASCII forms only
    ascii_forms = [f for f in lookup if f.isascii()]
    if not ascii_forms:
        return None
    per_theme: list[list[str]] = [[] for _ in range(n_themes)]
    for form in ascii_forms:
        per_theme[lookup[form][0]].append(form)
    theme_patterns = tuple(
        _OPEN + "(?:" + "|".join("".join(map(_piece, f)) for f in forms) + ")" + _CLOSE if forms else None
        for forms in per_theme
    )
    return ArrowCounter(_trie_pattern(ascii_forms), theme_patterns)
