"""Sentences of a release and their alignment: which sentence of the new release is which of the old.

The sentence split is :func:`toolkit.tokenizing.split_sentences` (after undoing hard wraps);
sentences are matched on a comparison key (:func:`_key`: case and words, not spacing or typographic
quotes) and paired by the similarity of their *similarity features* (:func:`_sim_words`).
"""
from __future__ import annotations

import re
import unicodedata
import warnings
from difflib import SequenceMatcher

import numpy as np

__all__ = ["STATUSES", "MAX_PAIRS"]

STATUSES = ("unchanged", "edited", "moved", "added", "removed")

_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "--",
                         "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
#: Similarity features of a sentence (not "words": runs of word characters and single punctuation
#: marks, so "4.6" is three features). They decide which sentences pair up and the ``similarity``
#: column of the redline; they stay apart from ``toolkit.tokens``' words because changing them
#: would change every published redline's pairing and similarity.
_SIM_WORD = re.compile(r"\w+|[^\w\s]")


def _unwrap(text: str) -> str:
    """Undo hard wrapping: paragraphs stay (blank lines), line breaks inside them become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"(?<=\w)-\n[ \t]*(?=\w)", "-", text)
    paragraphs = re.split(r"\n[ \t]*\n\s*", text)
    return "\n\n".join(p for p in (" ".join(q.split()) for q in paragraphs) if p)


def _spans(text: str) -> list[tuple[int, int]]:
    from toolkit.tokenizing import split_sentences

    return split_sentences(text)


def _split(text: str, paragraphs: bool = False):
    """Sentences of ``text`` (unwrapped), via toolkit.tokenizing.split_sentences (one sentence rule); with
    ``paragraphs=True`` also the paragraph number of each."""
    text = _unwrap(text)
    out, pars = [], []
    breaks = [m.start() for m in re.finditer("\n\n", text)]
    k = 0
    for start, end in _spans(text):
        s = " ".join(text[start:end].split())
        if s:
            while k < len(breaks) and breaks[k] < start:
                k += 1
            out.append(s)
            pars.append(k)
    return (out, pars) if paragraphs else out


def _key(sentence: str) -> str:
    """What must be equal for a sentence to count as unchanged: case and words, not spacing."""
    s = unicodedata.normalize("NFKC", sentence).translate(_DASHES)
    s = re.sub(r"(?<=\w)- (?=[a-z])", "-", s)
    return " ".join(s.split())


def _sim_words(sentence: str) -> list[str]:
    """The sentence's similarity features (:data:`_SIM_WORD`), lower-cased, on its comparison key."""
    return _SIM_WORD.findall(_key(sentence).lower())


def _similarity(a: list[str], b: list[str]) -> float:
    """Share of matching similarity features of two sentences (``difflib`` ratio; 1 for two empty)."""
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


#: Most sentence pairs redline weighs when pairing edits and finding moves (the work is quadratic).
MAX_PAIRS = 250_000


def _pair_block(old_w: list[list[str]], new_w: list[list[str]], threshold: float) -> list[tuple[int, int, float]]:
    """Order-preserving pairing of two runs of sentences maximising total similarity.

    Pairs below ``threshold`` are not made (the sentences are then added/removed)."""
    n, m = len(old_w), len(new_w)
    if n == 0 or m == 0:
        return []
    if n * m > MAX_PAIRS:  # weighing every pair is quadratic: giant rewrites stay added/removed
        warnings.warn(f"redline: a changed run of {n} old and {m} new sentences is too long to pair "
                      f"({n * m:,} pairs > {MAX_PAIRS:,}); its sentences are shown as removed/added",
                      stacklevel=4)
        return []
    sim = np.zeros((n, m))
    for i, a in enumerate(old_w):
        for j, b in enumerate(new_w):
            sm = SequenceMatcher(None, a, b, autojunk=False)
            if sm.real_quick_ratio() >= threshold and sm.quick_ratio() >= threshold:
                sim[i, j] = sm.ratio()
    best = np.zeros((n + 1, m + 1))
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = best[i + 1, j + 1] + sim[i, j] if sim[i, j] >= threshold else -1.0
            best[i, j] = max(take, best[i + 1, j], best[i, j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if sim[i, j] >= threshold and best[i, j] == best[i + 1, j + 1] + sim[i, j]:
            pairs.append((i, j, float(sim[i, j])))
            i, j = i + 1, j + 1
        elif best[i, j] == best[i + 1, j]:
            i += 1
        else:
            j += 1
    return pairs


def _align(old_s: list[str], new_s: list[str], threshold: float, moved_threshold: float) -> list[dict]:
    """Rows (dicts with old_id, new_id, status, similarity) in reading order: equal runs are
    unchanged, changed runs are paired by :func:`_pair_block`, then moves are found."""
    ok, nk = [_key(s) for s in old_s], [_key(s) for s in new_s]
    ow, nw = [_sim_words(s) for s in old_s], [_sim_words(s) for s in new_s]
    rows: list[dict] = []

    def row(i, j, status, sim):
        rows.append({"old_id": i, "new_id": j, "status": status, "similarity": sim})

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ok, nk, autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                row(i1 + k, j1 + k, "unchanged", 1.0)
            continue
        i, j = i1, j1
        for pi, pj, sim in _pair_block(ow[i1:i2], nw[j1:j2], threshold):
            for ii in range(i, i1 + pi):
                row(ii, None, "removed", 0.0)
            for jj in range(j, j1 + pj):
                row(None, jj, "added", 0.0)
            row(i1 + pi, j1 + pj, "unchanged" if ok[i1 + pi] == nk[j1 + pj] else "edited", sim)
            i, j = i1 + pi + 1, j1 + pj + 1
        for ii in range(i, i2):
            row(ii, None, "removed", 0.0)
        for jj in range(j, j2):
            row(None, jj, "added", 0.0)

    return _find_moves(rows, ow, nw, moved_threshold)


def _find_moves(rows: list[dict], ow, nw, moved_threshold: float) -> list[dict]:
    """Mark a removed sentence that reappears elsewhere (nearly) unchanged as moved: the added row
    becomes ``moved`` (most similar pairs first) and the removed row goes."""
    removed = [r for r in rows if r["status"] == "removed"]
    added = [r for r in rows if r["status"] == "added"]
    if len(removed) * len(added) > MAX_PAIRS:
        warnings.warn(f"redline: {len(removed)} removed and {len(added)} added sentences are too many to "
                      f"look for moved ones ({len(removed) * len(added):,} pairs > {MAX_PAIRS:,})", stacklevel=4)
    elif removed and added:
        cands = []
        for r in removed:
            for a in added:
                s = _similarity(ow[r["old_id"]], nw[a["new_id"]])
                if s >= moved_threshold:
                    cands.append((s, id(r), id(a), r, a))
        used: set[int] = set()
        for s, ir, ia, r, a in sorted(cands, key=lambda c: -c[0]):
            if ir in used or ia in used:
                continue
            used.update((ir, ia))
            a.update(old_id=r["old_id"], status="moved", similarity=s)
            r["status"] = "_drop"
        rows = [r for r in rows if r["status"] != "_drop"]
    return rows
