"""Phrase matching for the outlook scorer: multi-word lexicon entries found in bulk with numpy.

The ids of the L words from each possible start are packed into one integer (base = number of ids)
and looked up among the lexicon's L-word phrases (``Lexicon.ngram_codes``), longest first; the
first word of a phrase found takes the phrase's id, the others are blanked.
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: the engine calls _find_phrases


def _find_phrases(ids: np.ndarray, last: np.ndarray, lex: Lexicon) -> bool:
    """Replace the first word of each phrase found by the phrase id (longest first), blank the rest.

    Phrases are matched in bulk: the ids of the L words from each possible start are packed into
    one integer (base = number of ids) and looked up among the lexicon's L-word phrases. Returns
    whether any phrase was found."""
    n = len(ids)
    starts = np.flatnonzero(lex.phrase_start[ids[:-1]])
    if not len(starts):
        return False
    base = len(lex.terms)
    codes = ids[starts] * base + ids[starts + 1]
    at = np.minimum(np.searchsorted(lex.bigrams, codes), len(lex.bigrams) - 1)
    starts = starts[lex.bigrams[at] == codes]  # only where the first two words open a phrase
    if not len(starts):
        return False
    best_len = np.zeros(len(starts), dtype=np.int64)
    best_pid = np.zeros(len(starts), dtype=np.int64)
    padded = np.append(ids, np.zeros(lex.max_phrase, dtype=np.int64))
    for length in range(lex.max_phrase, 1, -1):  # longest first
        table_codes, table_pids = lex.ngram_codes[length]
        if not len(table_codes):
            continue
        code = np.zeros(len(starts), dtype=np.int64)
        for k in range(length):
            code = code * base + padded[starts + k]
        at = np.minimum(np.searchsorted(table_codes, code), len(table_codes) - 1)
        hit = (table_codes[at] == code) & (best_len == 0)
        best_len[hit], best_pid[hit] = length, table_pids[at[hit]]
    found = best_len > 0
    first, size, pids = starts[found], best_len[found] - 1, best_pid[found]
    if not len(first):
        return False
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
