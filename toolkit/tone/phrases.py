"""Phrase matching for the outlook scorer: multi-word lexicon entries found in bulk with numpy.

The lexicon's phrases are stored level by level, like a trie (:func:`_phrase_levels`): the distinct
first words of the phrases are numbered 0, 1, ... (``Lexicon.phrase_first``, -1 for a word that opens
no phrase), and the prefixes of k+1 words are numbered by their code ``prefix_id * n_terms +
next_word_id`` (prefix_id: the number of the prefix's first k words), looked up in one sorted array
per level (``Lexicon.phrase_levels``). A prefix number is below the number of distinct prefixes, so
no code exceeds (number of phrases) x (number of terms): phrases of any length in a lexicon of any
realistic size match exactly. :func:`_find_phrases` walks all the possible starts of a text down the
levels at once (one ``searchsorted`` per level, no loop over tokens), keeps at each start its longest
phrase, and lets the earlier of two overlapping phrases win.

>>> import numpy as np
>>> from toolkit.tone.lexicon import load_lexicon
>>> lex = load_lexicon()
>>> ids = np.array([lex.ids[w] for w in "the debt to gdp ratio rose".split()])  # "debt to gdp" too
>>> last = np.arange(len(ids))
>>> _find_phrases(ids, last, lex), lex.terms[ids[1]], ids[2:5].tolist(), int(last[1])
(True, 'debt to gdp ratio', [0, 0, 0], 4)
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: the lexicon calls _phrase_levels, the engine _find_phrases


def _phrase_levels(phrase_ids: dict, ids: dict, n: int) -> tuple:
    """``(max_phrase, phrase_first, levels)`` of the phrases ``{words: phrase id}`` for the matcher.

    ``phrase_first[w]`` numbers the distinct first words (-1: opens no phrase); ``levels[k - 1]`` is
    ``(codes, pids, nexts)``: the sorted codes ``prefix_id * n + word_id`` of the distinct (k+1)-word
    prefixes (the index of a code is that prefix's number at the next level), per code the id of the
    phrase that prefix is (0: only a prefix), and a mask of the words that stand (k+1)-th in a phrase
    (a cheap gather that spares most lookups). ``max_phrase`` is the longest phrase (0: none).

    >>> levels = _phrase_levels({("a", "b"): 5, ("a", "b", "c"): 6}, {"a": 1, "b": 2, "c": 3}, 7)
    >>> levels[0], levels[1].tolist(), [(c.tolist(), p.tolist()) for c, p, _ in levels[2]]
    (3, [-1, 0, -1, -1, -1, -1, -1], [([2], [5]), ([3], [6])])
    """
    keys = list(phrase_ids)
    max_phrase = max(map(len, keys), default=0)
    if max(1, len(keys)) * n >= 2 ** 63:  # no code reaches (number of phrases) x n
        raise ValueError(f"the lexicon has {len(keys)} phrases and {n} terms: their product reaches 2**63, "
                         "beyond the phrase matcher's int64 codes; split the lexicon into smaller ones.")
    phrase_first = np.full(n, -1, dtype=np.int64)
    firsts = sorted({ids[key[0]] for key in keys})
    phrase_first[firsts] = np.arange(len(firsts))
    number = {key[:1]: int(phrase_first[ids[key[0]]]) for key in keys}  # prefix -> its number
    levels = []
    for k in range(1, max_phrase):
        code_of = {key[:k + 1]: number[key[:k]] * n + ids[key[k]] for key in keys if len(key) > k}
        codes = np.array(sorted(set(code_of.values())), dtype=np.int64)
        rank = {c: r for r, c in enumerate(codes.tolist())}
        pids = np.zeros(len(codes), dtype=np.int64)
        nexts = np.zeros(n, dtype=bool)
        for prefix, code in code_of.items():
            number[prefix] = rank[code]
            pids[rank[code]] = phrase_ids.get(prefix, 0)
            nexts[ids[prefix[k]]] = True
        levels.append((codes, pids, nexts))
    return max_phrase, phrase_first, levels


def _step(ids: np.ndarray, where: np.ndarray, cur: np.ndarray, k: int, level: tuple) -> tuple:
    """Which of the starts ``where`` (their k-word prefixes numbered ``cur``) go on with a listed
    (k+1)-word prefix: their indices in ``where`` and the new prefixes' numbers."""
    codes, _, nexts = level
    idx = np.flatnonzero(nexts[ids[where + k]])
    code = cur[idx] * len(nexts) + ids[where[idx] + k]
    at = np.minimum(np.searchsorted(codes, code), len(codes) - 1)
    hit = codes[at] == code
    return idx[hit], at[hit]


#: the largest table of two-word prefixes :func:`_first_pairs` builds (cells; int32: 16 MB)
_DENSE_CELLS = 4_000_000


def _first_pairs(lex: Lexicon) -> tuple | None:
    """The two-word prefixes as a table, built once per lexicon: ``table[first, column[second]]`` is
    the number of the prefix (its index in ``phrase_levels[0]``'s codes; -1: no such prefix) of the
    first word numbered ``first`` and the word ``second``. Two gathers instead of a binary search per
    possible start (most starts stop at the second word). None when the table would pass
    ``_DENSE_CELLS`` cells (a very large lexicon: :func:`_step` then searches the codes)."""
    found = getattr(lex, "_first_pair_table", None)
    if found is None:
        codes, _, nexts = lex.phrase_levels[0]
        n, second = len(nexts), np.flatnonzero(nexts)
        rows = int(lex.phrase_first.max()) + 1
        found = False
        if rows * len(second) <= _DENSE_CELLS:
            column = np.full(n, -1, dtype=np.int64)
            column[second] = np.arange(len(second))
            table = np.full((rows, len(second)), -1, dtype=np.int32)
            table[codes // n, column[codes % n]] = np.arange(len(codes))
            found = (table, column)
        lex._first_pair_table = found
    return found or None


def _first_step(ids: np.ndarray, where: np.ndarray, lex: Lexicon) -> tuple:
    """:func:`_step` from the first word to the second (the same result), by :func:`_first_pairs`."""
    dense = _first_pairs(lex)
    if dense is None:
        return _step(ids, where, lex.phrase_first[ids[where]], 1, lex.phrase_levels[0])
    table, column = dense
    idx = np.flatnonzero(lex.phrase_levels[0][2][ids[where + 1]])
    at = table[lex.phrase_first[ids[where[idx]]], column[ids[where[idx] + 1]]]
    hit = at >= 0
    return idx[hit], at[hit].astype(np.int64)


def _longest_at(ids: np.ndarray, lex: Lexicon) -> tuple:
    """``(starts, lengths, pids)``: each position of ``ids`` where a lexicon phrase starts, the
    length of the longest phrase there and its id, in text order."""
    n, levels = len(ids), lex.phrase_levels
    where = np.flatnonzero(lex.phrase_start[ids[:-1]])  # starts + 1 < n: the second word is in the text
    idx, cur = _first_step(ids, where, lex)
    starts = where = where[idx]  # where the first two words of a phrase stand
    best_pid = levels[0][1][cur]
    best_len = np.where(best_pid > 0, 2, 0)
    row = np.arange(len(starts))  # index into starts
    for k in range(2, len(levels) + 1):
        inside = where + k < n  # a longer phrase must end inside the text
        idx, cur = _step(ids, where[inside], cur[inside], k, levels[k - 1])
        where, row = where[inside][idx], row[inside][idx]
        if not len(where):
            break
        pid = levels[k - 1][1][cur]
        full = pid > 0  # the prefix is a phrase, longer than any found before at its start
        best_len[row[full]], best_pid[row[full]] = k + 1, pid[full]
    found = best_len > 0
    return starts[found], best_len[found], best_pid[found]


def _find_phrases(ids: np.ndarray, last: np.ndarray, lex: Lexicon) -> bool:
    """Replace the first word of each phrase found by the phrase id (longest first), blank the rest.

    Phrases are matched level by level (see the module docstring); at each start the longest phrase
    wins, and of two overlapping phrases the earlier. ``last[p]`` becomes the last token of the
    phrase starting at ``p``. Returns whether any phrase was found."""
    if not lex.phrase_levels:
        return False
    first, length, pids = _longest_at(ids, lex)
    if not len(first):
        return False
    size = length - 1
    end = first + size
    if len(first) > 1:  # overlapping phrases: the earlier one wins
        clash = np.zeros(len(first), dtype=bool)
        clash[1:] = first[1:] <= np.maximum.accumulate(end)[:-1]
        if clash.any():  # a greedy pass over the clashing phrases and the phrase each run starts with
            keep = np.ones(len(first), dtype=bool)
            involved = clash.copy()
            involved[:-1] |= clash[1:]
            reach = -1
            for k in np.flatnonzero(involved).tolist():
                if first[k] > reach:
                    reach = end[k]
                else:
                    keep[k] = False
            first, size, pids, end = first[keep], size[keep], pids[keep], end[keep]
    blank = np.repeat(first + 1, size) + np.arange(int(size.sum())) - np.repeat(np.cumsum(size) - size, size)
    ids[blank] = 0
    ids[first] = pids
    last[first] = end
    return True
