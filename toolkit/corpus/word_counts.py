"""The word counts of one folder that :mod:`.run_together` decides on, from one tokenization.

A token is a whitespace-separated run of the text (as ``str.split`` cuts it) with its leading and
trailing marks taken off ("(growth)." is "growth"), lower-cased; marks inside stay ("year-over-year",
"china's", "u.s."). :func:`tokenize` cuts and numbers every token of a folder in pyarrow (C++, no
Python object per token), so only the distinct raw tokens are cleaned in Python (or in pyarrow when
they are all ASCII), and the pairs and the texts holding a word are found with numpy over the token
numbers: the Beige Book 1990-2009 (14 million characters, 2.2 million tokens, 34,000 distinct ones)
is tokenized in about 0.09 s, and the whole run-together step takes about 0.18 s.

* A hyphenated word also counts its parts ("market-based": "market", "based") and, inside a longer
  one, its hyphenated pairs ("month-on-month": "month-on", "on-month").
* Two words are a *pair* only when nothing but spaces stands between them ("policy. Should" is not
  the pair "policy should"); the last part of a hyphenated word pairs with the word after it
  ("market-based interest": "based interest").
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

import numpy as np

__all__ = ["Evidence", "FolderTokens", "tokenize", "raw_counts", "word_counts", "pair_counts", "case_cuts",
           "folder_evidence", "holds_any"]

#: (lower-case token counts, counts of the pairs "a b" asked for, lower-case form -> the cut points
#: where the folder writes it with a lower-upper case change, as in "SpendingRetail")
Evidence = tuple

_EDGE = "\"'()[]{}<>.,;:!?*_\u201c\u201d\u2018\u2019\u00ab\u00bb\u2013\u2014/\\|#~`"
_CASE_CHANGE = re.compile(r"[a-z](?=[A-Z])")
_ASCII_ONLY_SPACES = "\x1c\x1d\x1e\x1f"  # str.split cuts at these, pyarrow's ASCII split does not


class FolderTokens(NamedTuple):
    """The whitespace tokens of some texts: ``forms`` (the distinct raw tokens), ``ids`` (the form of
    each token, text after text), ``starts`` (text ``i`` has the tokens ``ids[starts[i]:starts[i + 1]]``),
    ``counts`` (how often each form occurs) and ``keys`` (each form's word: edge marks off, lower case)."""
    forms: list
    ids: np.ndarray
    starts: np.ndarray
    counts: np.ndarray
    keys: list


def tokenize(texts) -> FolderTokens:
    """The :class:`FolderTokens` of ``texts``: the tokens ``text.split()`` gives, cut in pyarrow.

    >>> toks = tokenize(["Rates rose.", " rates  rose"])
    >>> [toks.forms[i] for i in toks.ids], toks.starts.tolist()
    (['Rates', 'rose.', 'rates', 'rose'], [0, 2, 4])
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = list(texts)
    plain = all(t.isascii() for t in texts) and not any(c in t for t in texts for c in _ASCII_ONLY_SPACES)
    kind = pa.string() if sum(map(len, texts)) < 2**29 else pa.large_string()  # 32-bit offsets are faster
    lists = (pc.ascii_split_whitespace if plain else pc.utf8_split_whitespace)(pa.array(texts, kind))
    flat = lists.values  # pyarrow keeps an empty token for a space at either end of a text: drop it
    keep = pc.not_equal(flat, "")
    if not pc.all(keep).as_py():
        starts = np.concatenate([[0], np.cumsum(keep.to_numpy(zero_copy_only=False))])[lists.offsets.to_numpy()]
        flat = flat.filter(keep)
    else:
        starts = lists.offsets.to_numpy() - lists.offsets[0].as_py()
    encoded = flat.dictionary_encode()
    ids = encoded.indices.to_numpy(zero_copy_only=False)
    forms = encoded.dictionary.to_pylist()
    return FolderTokens(forms, ids, starts.astype(np.int64), np.bincount(ids, minlength=len(forms)),
                        _keys(encoded.dictionary, forms))


def _keys(dictionary, forms: list[str]) -> list[str]:
    """Each form's word (edge marks off, lower case): in pyarrow when every form is ASCII (the same
    answer as ``str.strip`` and ``str.lower`` there), else in Python."""
    import pyarrow.compute as pc

    if pc.all(pc.string_is_ascii(dictionary)).as_py() is not False:
        return pc.ascii_lower(pc.utf8_trim(dictionary, _EDGE)).to_pylist()
    return [tok.strip(_EDGE).lower() for tok in forms]


def raw_counts(tokens: FolderTokens) -> Counter:
    """The counts of the raw tokens (blocks of a corpus add up with ``+``).

    >>> raw_counts(tokenize(["a b a"]))
    Counter({'a': 2, 'b': 1})
    """
    return Counter(dict(zip(tokens.forms, tokens.counts.tolist())))


def _key(tok: str) -> str:
    return tok.strip(_EDGE).lower()


def holds_any(tokens: FolderTokens, forms: set[str]) -> list[bool]:
    """For each text, whether it has a token whose word, or a hyphenated part of it, is one of
    ``forms`` (lower case).

    >>> holds_any(tokenize(["The measuresTo,", "all well"]), {"measuresto"})
    [True, False]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    keys = pa.array(tokens.keys, pa.string())
    hit = np.append(pc.is_in(keys, value_set=pa.array(sorted(forms), pa.string())).to_numpy(zero_copy_only=False),
                    False)
    for i in np.flatnonzero(pc.match_substring(keys, "-").to_numpy(zero_copy_only=False)).tolist():
        hit[i] = hit[i] or any(p in forms for p in tokens.keys[i].split("-"))
    out = np.zeros(len(tokens.starts) - 1, bool)
    out[np.searchsorted(tokens.starts, np.flatnonzero(hit[tokens.ids]), side="right") - 1] = True
    return out.tolist()


def word_counts(raw: Counter | FolderTokens) -> Counter:
    """token -> count from the raw counts (or the :func:`tokenize` of the texts): marks at the edges
    off, lower case, hyphenated parts added.

    >>> word_counts(Counter({"(Month-on-month)": 1, "month.": 2}))["month"], word_counts(tokenize(["a-b b."]))
    (4, Counter({'b': 2, 'a-b': 1, 'a': 1}))
    """
    pairs = zip(raw.keys, raw.counts.tolist()) if isinstance(raw, FolderTokens) else zip(map(_key, raw), raw.values())
    plain: dict = {}
    for w, n in pairs:
        if w:
            plain[w] = plain.get(w, 0) + n
    counts = Counter(plain)
    for word, n in [(w, n) for w, n in counts.items() if "-" in w]:
        parts = word.split("-")
        for part in parts:  # "market-basedinterest": "market", "basedinterest"
            if part:
                counts[part] += n
        for a, b in zip(parts, parts[1:]) if len(parts) > 2 else ():  # "month-on-month": "month-on"
            counts[f"{a}-{b}"] += n
    return counts


def _ends(tokens: FolderTokens, words: set[str], end: int) -> dict[int, str]:
    """form number -> its word of ``words`` at its ``end`` (-1 last, 0 first; a hyphenated word's last or
    first part) for the forms with no mark at that end (the mark would stand between the two words)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    keys = pa.array(tokens.keys, pa.string())
    whole = pc.is_in(keys, value_set=pa.array(sorted(words), pa.string()))  # never hyphenated
    out = {}
    for i in np.flatnonzero(whole.to_numpy(zero_copy_only=False)).tolist():
        if tokens.forms[i].lower()[end:][:1].isalnum():
            out[i] = tokens.keys[i]
    for i in np.flatnonzero(pc.match_substring(keys, "-").to_numpy(zero_copy_only=False)).tolist():
        key = tokens.keys[i]
        part = key.rpartition("-")[2] if end else key.partition("-")[0]
        if part in words and tokens.forms[i].lower()[end:][:1].isalnum():
            out[i] = part
    return out


def pair_counts(tokens: FolderTokens, wanted: set[tuple[str, str]]) -> Counter:
    """(a, b) -> how often the words a, b follow each other with only spaces between, for ``wanted``.

    >>> pair_counts(tokenize(["Measures to act.", "measures-to be"]), {("measures", "to")})
    Counter({('measures', 'to'): 1})
    """
    if not wanted:
        return Counter()
    left_of = _ends(tokens, {a for a, _ in wanted}, -1)  # form number -> the word it ends with
    right_of = _ends(tokens, {b for _, b in wanted}, 0)  # form number -> the word it begins with
    words = sorted(set(left_of.values()) | set(right_of.values()))
    number, m, n = {w: k for k, w in enumerate(words)}, len(words) + 1, len(tokens.forms)
    left, right = np.full(n + 2, -1), np.full(n + 2, -1)  # form number -> number of its word, or -1
    left[list(left_of)] = [number[w] for w in left_of.values()]
    right[list(right_of)] = [number[w] for w in right_of.values()]
    ids = np.append(tokens.ids, n + 1)  # a stop after the last token
    at = np.flatnonzero((left >= 0)[ids])
    at = at[right[ids[at + 1]] >= 0]
    first = np.zeros(len(ids), bool)
    first[tokens.starts] = True
    at = at[~first[at + 1]]  # not the last token of one text and the first of the next
    codes = left[ids[at]] * m + right[ids[at + 1]]
    asked = np.array([number[a] * m + number[b] for a, b in wanted if a in number and b in number], np.int64)
    codes, times = np.unique(codes[np.isin(codes, asked)], return_counts=True)
    return Counter({(words[c // m], words[c % m]): k for c, k in zip(codes.tolist(), times.tolist())})


def case_cuts(raw: Counter, forms: set[str]) -> dict[str, set[int]]:
    """lower-case form -> the cut points where the folder writes it with a lower-upper change ("theRMB"),
    and 0 when the folder writes it capitalised every time (a name: "Welland", "Hardin").

    >>> case_cuts(Counter({"SpendingRetail": 1, "spendingretail": 1, "Welland": 2}), {"spendingretail", "welland"})
    {'spendingretail': {8}, 'welland': {0}}
    """
    out: dict[str, set[int]] = {}
    capital: Counter = Counter()
    lower: Counter = Counter()
    for tok, n in raw.items():
        if tok.islower():
            if tok.isalpha() and tok in forms:  # the common case, no edge marks to strip
                lower[tok] += n
            continue
        for part in tok.strip(_EDGE).split("-"):
            low = part.lower()
            if low not in forms:
                continue
            (capital if part[:1].isupper() else lower)[low] += n
            if _CASE_CHANGE.search(part):
                out.setdefault(low, set()).update(m.start() + 1 for m in _CASE_CHANGE.finditer(part))
    for low in capital:
        if not lower[low] and low not in out:
            out[low] = {0}
    return out


def folder_evidence(texts, wanted_pairs) -> Evidence:
    """(token counts, pair counts, case cuts) of one folder's texts (or of their :func:`tokenize`).
    ``wanted_pairs(counts)`` gives the candidate glued forms and the pairs to count for them:
    ``(forms, {(a, b), ...})``.

    >>> ev = folder_evidence(["measures to help"] * 3 + ["measuresTo"], lambda c: ({"measuresto"}, {("measures", "to")}))
    >>> ev[0]["measuresto"], ev[1][("measures", "to")], ev[2]
    (1, 3, {'measuresto': {8}})
    """
    if not isinstance(texts, FolderTokens):
        texts = tokenize(t for t in texts if t and isinstance(t, str))
    counts = word_counts(texts)
    forms, wanted = wanted_pairs(counts)
    if not wanted:
        return counts, Counter(), {}
    told = Counter({tok: n for tok, key, n in zip(texts.forms, texts.keys, texts.counts.tolist())
                    if key in forms or "-" in key})  # the raw tokens case_cuts can learn from
    return counts, pair_counts(texts, wanted), case_cuts(told, forms)
