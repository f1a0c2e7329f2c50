"""redline: the sentence-aligned redline of two releases, with a word-level diff and tone per row."""
from __future__ import annotations

import math
import re
from difflib import SequenceMatcher

import numpy as np
import pandas as pd

from .align import _align, _key, _split
from .releases import EACH, _release_label, _release_text, _two_releases

__all__ = ["redline"]

#: Diff units of the word-level diff (not "words"): a run of word characters joined by - ' / . ,
#: or a run of punctuation, each *with the spaces after it*, so joining the units gives the
#: sentence back exactly and the marked-up diff keeps its spacing. They are not ``toolkit.tokens``'
#: words because tokens drop the spaces, and changing the units would change every redline's
#: ``diff`` column.
_WORD = re.compile(r"\w+(?:[-'\u2019/.,]\w+)*\s*|[^\w\s]+\s*")


def _word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level diff as (op, text) with op in "=", "-", "+"; joining "=" and "-" gives ``old``.

    The units compared are diff units (:data:`_WORD`), matched on their comparison key."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    ka, kb = [_key(t) for t in a], [_key(t) for t in b]
    ops: list[tuple[str, str]] = []

    def push(op, parts):
        text = "".join(parts)
        if not text:
            return
        if ops and ops[-1][0] == op:
            ops[-1] = (op, ops[-1][1] + text)
        else:
            ops.append((op, text))

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "equal":
            push("=", a[i1:i2])
        else:
            push("-", a[i1:i2])
            push("+", b[j1:j2])
    return ops


def _marked(ops: list[tuple[str, str]]):
    """(op, core, tail) per diff op; a deletion right before an insertion keeps no trailing space."""
    for k, (op, text) in enumerate(ops):
        core = text if op == "=" else text.rstrip()
        tail = text[len(core):]
        if op == "-" and k + 1 < len(ops) and ops[k + 1][0] == "+":
            tail = ""
        yield op, core, tail


def _markup(ops: list[tuple[str, str]]) -> str:
    marks = {"=": ("", ""), "-": ("[-", "-]"), "+": ("{+", "+}")}
    return "".join(marks[op][0] + core + marks[op][1] + tail for op, core, tail in _marked(ops)).strip()


def _sentence_scores(sentences: list[str], method: str | None) -> pd.DataFrame | None:
    if method is None or not sentences:
        return None
    from toolkit.tone import score_texts

    return score_texts(list(sentences), method=method).reset_index(drop=True)


def _redline_rows(old, new, method, threshold, moved_threshold):
    """The redline table plus the two sentence lists and their score tables (or None)."""
    if not 0 <= threshold <= 1 or not 0 <= moved_threshold <= 1:
        raise ValueError("threshold and moved_threshold are word similarities in [0, 1].")
    (old_s, old_p), (new_s, new_p) = _split(_release_text(old), True), _split(_release_text(new), True)
    rows = _align(old_s, new_s, threshold, moved_threshold)
    scores = _sentence_scores(old_s + new_s, method)
    sc_old = scores.iloc[: len(old_s)].reset_index(drop=True) if scores is not None else None
    sc_new = scores.iloc[len(old_s):].reset_index(drop=True) if scores is not None else None
    s_old = sc_old["score"].to_numpy(float) if sc_old is not None else None
    s_new = sc_new["score"].to_numpy(float) if sc_new is not None else None
    records = [_record(r, old_s, new_s, old_p, new_p, s_old, s_new, scores is not None) for r in rows]
    out = _redline_frame(records)
    out.attrs = {
        "old": _release_label(old, "old"), "new": _release_label(new, "new"), "method": method,
        "n_old": len(old_s), "n_new": len(new_s),
    }
    return out, old_s, new_s, sc_old, sc_new


def _record(r: dict, old_s, new_s, old_p, new_p, s_old, s_new, scored: bool) -> dict:
    """One redline row from one alignment row: texts, paragraphs, diff and the tone columns."""
    i, j = r["old_id"], r["new_id"]
    o = old_s[i] if i is not None else ""
    n = new_s[j] if j is not None else ""
    if r["status"] == "unchanged":
        ops = [("=", n)]
    elif r["status"] == "added":
        ops = [("+", n)]
    elif r["status"] == "removed":
        ops = [("-", o)]
    else:
        ops = _word_diff(o, n)
    t_old = float(s_old[i]) if s_old is not None and i is not None else math.nan
    t_new = float(s_new[j]) if s_new is not None and j is not None else math.nan
    change = (0.0 if math.isnan(t_new) else t_new) - (0.0 if math.isnan(t_old) else t_old)
    return {
        "old_id": i, "new_id": j, "status": r["status"], "old": o, "new": n,
        "old_par": old_p[i] if i is not None else None, "new_par": new_p[j] if j is not None else None,
        "similarity": float(r["similarity"]), "diff": _markup(ops), "diff_ops": ops,
        "tone_old": t_old, "tone_new": t_new,
        "tone_change": change if scored else math.nan,
    }


def _redline_frame(records: list[dict]) -> pd.DataFrame:
    """The redline rows as a table with stable column types (Int64 ids, str texts, float tones)."""
    columns = ["old_id", "new_id", "status", "old", "new", "similarity", "diff", "diff_ops",
               "tone_old", "tone_new", "tone_change", "old_par", "new_par"]
    data = {c: [rec[c] for rec in records] for c in columns}
    for c in ("old_id", "new_id", "old_par", "new_par"):
        data[c] = pd.array(data[c], dtype="Int64")
    for c in ("similarity", "tone_old", "tone_new", "tone_change"):
        data[c] = np.asarray(data[c], dtype=float)
    for c in ("status", "old", "new", "diff"):
        data[c] = pd.Series(data[c], dtype="str")
    data["diff_ops"] = pd.Series(data["diff_ops"], dtype=object)
    return pd.DataFrame(data, columns=columns)


def redline(
    old,
    new=None,
    *,
    series=EACH,
    method: str | None = "outlook",
    threshold: float = 0.5,
    moved_threshold: float = 0.8,
) -> pd.DataFrame:
    """Sentence-aligned redline of two releases, one row per sentence of either, in reading order.

    Sentences are aligned on their words (spacing, hard wraps and typographic quotes/dashes do not
    count), so a one-word change is one ``edited`` row, not a removal plus an addition. Columns:

    - ``old_id``, ``new_id``: the sentence's position in each release (``<NA>`` when absent);
    - ``status``: ``unchanged``, ``edited`` (paired, word similarity ≥ ``threshold``), ``moved``
      (a sentence that left one place and reappears elsewhere, similarity ≥ ``moved_threshold``),
      ``added`` or ``removed``;
    - ``old``, ``new``: the sentence text ("" when absent); ``similarity`` in [0, 1] (ratio of
      matching similarity features -- runs of word characters and punctuation marks, not
      ``toolkit.tokens``' words --, 1 for unchanged, 0 for added/removed);
    - ``diff``: the word-level diff (its units keep their trailing spaces, so the text reads as
      written) as a string with ``[-deleted-]`` and ``{+inserted+}`` marks;
      ``diff_ops``: the same as a list of ``(op, text)`` with op in ``"="``, ``"-"``, ``"+"``;
    - ``tone_old``, ``tone_new``: the sentence scores (``method`` of ``toolkit.score_texts``;
      NaN when absent), ``tone_change`` = new − old counting an absent sentence as 0;
    - ``old_par``, ``new_par``: the paragraph (0-based) the sentence sits in on each side.

    ``old`` and ``new`` may be texts, corpus rows or corpus DataFrames (see :func:`select`); or
    pass one corpus holding exactly two releases of one series as ``old`` (``series`` as in
    :func:`tone_shift`: by default a corpus mixing series is refused, ``"all"`` mixes).
    ``method=None`` skips scoring (tone columns are NaN). For each sentence's share of the change
    in *document* tone use :func:`tone_shift`.

    >>> r = redline("Growth slowed. Rates held.", "Growth picked up. Rates held.")
    >>> r[["status", "diff"]].values.tolist()
    [['edited', 'Growth [-slowed-]{+picked up+}.'], ['unchanged', 'Rates held.']]
    >>> r["tone_change"].round(2).tolist()
    [1.41, 0.0]
    """
    if new is None:
        if not isinstance(old, pd.DataFrame):
            raise ValueError("comparison needs two releases: redline(old, new), or one corpus holding "
                             "exactly two releases of one series.")
        old, new = _two_releases(old, series)
    return _redline_rows(old, new, method, threshold, moved_threshold)[0]


