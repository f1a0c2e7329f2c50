"""Compare releases: what changed since the last one, and did the outlook get better or worse?

Verbs (each takes DataFrames or texts and returns a DataFrame, except :func:`tone_shift`,
which returns a :class:`ToneShift` holding three tables):

==========================  ==========================================================
``select``                  pick one release (a document, a source on a date, a period)
``redline``                 sentence-aligned redline of two releases, with tone per row
``redline_html``            the redline as HTML with ``<ins>``/``<del>``, all text escaped
``tone_shift``              the change in document tone split into sentences, words, themes
``theme_tone``              tone of the sentences that mention each theme, per release
``keyness``                 log-likelihood G², p-value and log ratio for words and n-grams
``timeline``                one row per release: tone with interval, themes, similarity
``largest_shifts``          the releases where tone or themes moved most
==========================  ==========================================================

A *release* is a document, or all documents of one source on one date, or one period such as
``"2023Q1"``. Wherever a verb takes a release it accepts a plain string, a corpus DataFrame (its
``text`` is joined in date order), or one row of a corpus.
"""
from __future__ import annotations

import html
import math
import re
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

STATUSES = ("unchanged", "edited", "moved", "added", "removed")

# --------------------------------------------------------------------------------------------
# Releases
# --------------------------------------------------------------------------------------------


def _require_columns(df: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(
            f"{what} needs a corpus DataFrame with columns {list(columns)}; missing {missing}. "
            "Load one with toolkit.load_corpus(path)."
        )


def _listing(values: Sequence, limit: int = 12) -> str:
    values = [str(v) for v in values]
    if len(values) <= limit:
        return ", ".join(values)
    head = ", ".join(values[: limit // 2])
    tail = ", ".join(values[-(limit // 2):])
    return f"{head}, … , {tail} ({len(values)} in all)"


def _dates_of(df: pd.DataFrame) -> list[str]:
    dates = pd.to_datetime(df["date"], errors="coerce").dropna()
    return sorted({d.strftime("%Y-%m-%d") for d in dates})


def _nearest_dates(available: list[str], wanted: pd.Timestamp, k: int = 3) -> list[str]:
    if not available:
        return []
    ts = pd.to_datetime(pd.Series(available))
    order = (ts - wanted).abs().argsort()[:k]
    return sorted(available[i] for i in order)


def select(
    corpus: pd.DataFrame,
    doc_id=None,
    date=None,
    period=None,
    source=None,
    *,
    drop_duplicates: bool = True,
) -> pd.DataFrame:
    """Pick the documents of one release (or several) from a corpus.

    A release is a document (``doc_id``), all documents of one source on one date (``date`` and
    optionally ``source``) or one period (``period`` such as ``"2023Q1"``, ``"2023-03"`` or
    ``"2023"``). Each argument may also be a list. Documents flagged ``is_duplicate``, and
    near-identical copies of another document of the same date and source (the same statement
    loaded from two archives), are dropped with a warning unless ``drop_duplicates=False``. The rows come back in date order; when nothing
    matches, the ``ValueError`` lists what is available.

    >>> corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": "FOMC",
    ...     "date": pd.to_datetime(["2015-10-28", "2015-12-16", "2016-01-27"]),
    ...     "text": ["Rates held.", "Rates raised.", "Rates held again."]})
    >>> select(corpus, date="2015-12-16")["doc_id"].tolist()
    ['b']
    >>> select(corpus, period="2015Q4")["doc_id"].tolist()
    ['a', 'b']
    """
    _require_columns(corpus, ["doc_id", "text"], "select")
    if all(v is None for v in (doc_id, date, period, source)):
        raise ValueError("select needs at least one of doc_id=, date=, period= or source=.")
    df = corpus
    if drop_duplicates and "is_duplicate" in df.columns:
        df = df[~df["is_duplicate"].fillna(False).astype(bool)]
    mask = pd.Series(True, index=df.index)
    dates = pd.to_datetime(df["date"], errors="coerce") if "date" in df.columns else None
    wanted: list[str] = []

    if source is not None:
        if "source" not in df.columns:
            raise ValueError("select(source=…) needs a 'source' column; this corpus has none.")
        sources = [source] if isinstance(source, str) else list(source)
        m = df["source"].isin(sources)
        if not m.any():
            raise ValueError(
                f"No documents from source {sources}. Available sources: "
                f"{_listing(sorted(df['source'].dropna().unique()))}."
            )
        mask &= m
        wanted.append(" ".join(sources))
    if doc_id is not None:
        ids = [doc_id] if isinstance(doc_id, str) else list(doc_id)
        m = df["doc_id"].isin(ids)
        missing = [i for i in ids if i not in set(df["doc_id"])]
        if missing:
            raise ValueError(
                f"No document with doc_id {missing}. Available doc_ids: "
                f"{_listing(sorted(df.loc[mask, 'doc_id'].astype(str)))}."
            )
        mask &= m
        wanted.append(" ".join(map(str, ids)))
    if date is not None:
        if dates is None:
            raise ValueError("select(date=…) needs a 'date' column; this corpus has none.")
        values = [date] if isinstance(date, (str, pd.Timestamp)) or not hasattr(date, "__iter__") else list(date)
        stamps = [pd.Timestamp(v).normalize() for v in values]
        m = dates.dt.normalize().isin(stamps)
        available = _dates_of(df[mask])
        for s in stamps:
            if not (m & mask & (dates.dt.normalize() == s)).any():
                near = _nearest_dates(available, s)
                raise ValueError(
                    f"No document dated {s:%Y-%m-%d}"
                    + (f" from source {source!r}" if source is not None else "")
                    + f". Nearest dates available: {', '.join(near) or 'none'}; all dates: "
                    f"{_listing(available)}."
                )
        mask &= m
        wanted.append(" ".join(f"{s:%Y-%m-%d}" for s in stamps))
    if period is not None:
        if dates is None:
            raise ValueError("select(period=…) needs a 'date' column; this corpus has none.")
        values = [period] if isinstance(period, (str, pd.Period)) else list(period)
        m = pd.Series(False, index=df.index)
        for v in values:
            try:
                p = pd.Period(v)
            except (ValueError, TypeError) as exc:
                raise ValueError(
                    f"period={v!r} is not a period; use e.g. '2023Q1', '2023-03' or '2023'."
                ) from exc
            hit = dates.notna() & (dates >= p.start_time) & (dates <= p.end_time)
            if not (hit & mask).any():
                have = sorted({str(d.to_period(p.freqstr)) for d in dates[mask].dropna()})
                raise ValueError(f"No document in period {v}. Periods available: {_listing(have)}.")
            m |= hit
        mask &= m
        wanted.append(" ".join(map(str, values)))

    out = df[mask]
    if drop_duplicates and not out.empty and "date" in out.columns and len(out) > 1:
        dated = out.assign(date=pd.to_datetime(out["date"], errors="coerce"))
        kept, copies = _drop_copies(dated)
        if len(copies):
            warnings.warn(f"select: {len(copies)} document(s) are near-identical copies of another document of "
                          f"the same date and were left out: {'; '.join(copies['doc_id'] + ' is a ' + copies['reason'])}.",
                          UserWarning, stacklevel=2)
            out = out.loc[kept.index]
    if out.empty:
        raise ValueError(
            f"No document matches {' & '.join(wanted)}. Available dates: {_listing(_dates_of(df))}."
        )
    sort = [c for c in ("date", "doc_id") if c in out.columns]
    out = out.sort_values(sort, kind="stable") if sort else out
    out.attrs = {**corpus.attrs, "release": " ".join(wanted)}
    out.attrs.pop("skipped", None)
    return out


def _release_text(release) -> str:
    """The text of a release given as a string, a corpus row, or a corpus DataFrame."""
    if release is None:
        raise ValueError("comparison needs two releases; got None.")
    if isinstance(release, str):
        return release
    if isinstance(release, pd.Series):
        if "text" in release.index:
            return "" if pd.isna(release["text"]) else str(release["text"])
        return "\n\n".join(str(t) for t in release.dropna())
    if isinstance(release, pd.DataFrame):
        _require_columns(release, ["text"], "a release")
        rows = release.sort_values("date", kind="stable") if "date" in release.columns else release
        empty = rows["text"].isna() | (rows["text"].astype(str).str.strip() == "")
        if empty.any():
            ids = rows.loc[empty, "doc_id"].astype(str).tolist() if "doc_id" in rows.columns else list(rows.index[empty])
            warnings.warn(f"{int(empty.sum())} document(s) of this release have no text and are left out: "
                          f"{_listing(ids)}.", UserWarning, stacklevel=3)
        return "\n\n".join(str(t) for t in rows.loc[~empty, "text"])
    raise ValueError(
        f"a release must be a text, a corpus row or a corpus DataFrame; got {type(release).__name__}."
    )


def _release_label(release, default: str) -> str:
    if isinstance(release, pd.DataFrame):
        label = release.attrs.get("release")
        if label:
            return str(label)
        if "date" in release.columns and release["date"].notna().any():
            return " ".join(_dates_of(release))
    if isinstance(release, pd.Series) and "date" in release.index and pd.notna(release["date"]):
        return pd.Timestamp(release["date"]).strftime("%Y-%m-%d")
    return default


def _two_releases(corpus: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split a corpus holding exactly two release dates into (old, new)."""
    _require_columns(corpus, ["text", "date"], "comparison")
    dates = _dates_of(corpus)
    if len(dates) != 2:
        raise ValueError(
            f"comparison needs two releases; this corpus holds {len(dates)} release date(s)"
            f"{': ' + _listing(dates) if dates else ''}. Pass old and new separately, e.g. "
            "tone_shift(select(corpus, date=d1), select(corpus, date=d2))."
        )
    day = pd.to_datetime(corpus["date"]).dt.strftime("%Y-%m-%d")
    parts = []
    for d in dates:
        part = corpus[day == d].copy()
        part.attrs = {"release": d}
        parts.append(part)
    return parts[0], parts[1]


# --------------------------------------------------------------------------------------------
# Sentences and their alignment
# --------------------------------------------------------------------------------------------

_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "--",
                         "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_WORD = re.compile(r"\w+(?:[-'\u2019/.,]\w+)*\s*|[^\w\s]+\s*")
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
    """Sentences of ``text`` (unwrapped), via toolkit.tokenizing.split_sentences; with
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
    return _SIM_WORD.findall(_key(sentence).lower())


def _similarity(a: list[str], b: list[str]) -> float:
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


def _word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level diff as (op, text) with op in "=", "-", "+"; joining "=" and "-" gives ``old``."""
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


def _align(old_s: list[str], new_s: list[str], threshold: float, moved_threshold: float) -> list[dict]:
    """Rows (dicts with old_id, new_id, status, similarity) in reading order."""
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

    # A removed sentence that reappears elsewhere (nearly) unchanged has moved.
    removed = [r for r in rows if r["status"] == "removed"]
    added = [r for r in rows if r["status"] == "added"]
    if len(removed) * len(added) > MAX_PAIRS:
        warnings.warn(f"redline: {len(removed)} removed and {len(added)} added sentences are too many to "
                      f"look for moved ones ({len(removed) * len(added):,} pairs > {MAX_PAIRS:,})", stacklevel=3)
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


def _sentence_scores(sentences: list[str], method: str | None) -> pd.DataFrame | None:
    if method is None or not sentences:
        return None
    from toolkit.sentiment import score_texts

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
    records = []
    for r in rows:
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
        records.append({
            "old_id": i, "new_id": j, "status": r["status"], "old": o, "new": n,
            "old_par": old_p[i] if i is not None else None, "new_par": new_p[j] if j is not None else None,
            "similarity": float(r["similarity"]), "diff": _markup(ops), "diff_ops": ops,
            "tone_old": t_old, "tone_new": t_new,
            "tone_change": change if scores is not None else math.nan,
        })
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
    out = pd.DataFrame(data, columns=columns)
    out.attrs = {
        "old": _release_label(old, "old"), "new": _release_label(new, "new"), "method": method,
        "n_old": len(old_s), "n_new": len(new_s),
    }
    return out, old_s, new_s, sc_old, sc_new


def redline(
    old,
    new,
    *,
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
    - ``old``, ``new``: the sentence text ("" when absent); ``similarity`` in [0, 1] (word-level
      ratio, 1 for unchanged, 0 for added/removed);
    - ``diff``: the word-level diff as a string with ``[-deleted-]`` and ``{+inserted+}`` marks;
      ``diff_ops``: the same as a list of ``(op, text)`` with op in ``"="``, ``"-"``, ``"+"``;
    - ``tone_old``, ``tone_new``: the sentence scores (``method`` of ``toolkit.score_texts``;
      NaN when absent), ``tone_change`` = new − old counting an absent sentence as 0;
    - ``old_par``, ``new_par``: the paragraph (0-based) the sentence sits in on each side.

    ``old`` and ``new`` may be texts, corpus rows or corpus DataFrames (see :func:`select`).
    ``method=None`` skips scoring (tone columns are NaN). For each sentence's share of the change
    in *document* tone use :func:`tone_shift`.

    >>> r = redline("Growth slowed. Rates held.", "Growth picked up. Rates held.")
    >>> r[["status", "diff"]].values.tolist()
    [['edited', 'Growth [-slowed-]{+picked up+}.'], ['unchanged', 'Rates held.']]
    >>> r["tone_change"].round(2).tolist()
    [1.41, 0.0]
    """
    return _redline_rows(old, new, method, threshold, moved_threshold)[0]


_CSS = (
    ".redline{font-family:Georgia,serif;line-height:1.5;max-width:48em}"
    ".redline ins{background:#d4f7d4;text-decoration:none}"
    ".redline del{background:#fbd5d5;color:#7a1f1f}"
    ".redline .moved{border-left:3px solid #6a8fd8;padding-left:.4em}"
    ".redline .tone{color:#555;font-size:.8em}"
)


def redline_html(r: pd.DataFrame, *, tone: bool = True, standalone: bool = False) -> str:
    """Render a :func:`redline` table as HTML: insertions in ``<ins>``, deletions in ``<del>``.

    Every piece of text is HTML-escaped, so a statement containing markup cannot inject any.
    Each sentence is a ``<span class="status">``; ``tone=True`` appends the sentence's tone
    change when it moved (its contribution to the document's tone change for the
    ``sentences`` table of :func:`tone_shift`). ``standalone=True`` wraps the result in a full HTML page.

    >>> r = redline("Rates <held>.", "Rates rose.", method=None)
    >>> print(redline_html(r))  # doctest: +NORMALIZE_WHITESPACE
    <div class="redline"><p><span class="edited" title="edited, similarity 0.50">Rates
    <del>&lt;held&gt;.</del><ins>rose.</ins></span></p></div>
    """
    _require_columns(r, ["status", "diff_ops"], "redline_html (a table from toolkit.redline)")
    esc = html.escape
    parts = []
    last_old = last_new = None
    which, what = ("contribution", "tone contribution") if "contribution" in r.columns else ("tone_change", "tone")
    for rec in r.itertuples(index=False):
        o_par = getattr(rec, "old_par", None)
        n_par = getattr(rec, "new_par", None)
        o_par, n_par = (None if pd.isna(o_par) else o_par), (None if pd.isna(n_par) else n_par)
        if parts and ((n_par is not None and last_new is not None and n_par != last_new)
                      or (n_par is None and o_par is not None and last_old is not None and o_par != last_old)):
            parts.append("</p><p>")
        last_old = o_par if o_par is not None else last_old
        last_new = n_par if n_par is not None else last_new
        inner = []
        for op, core, tail in _marked(rec.diff_ops):
            if op == "=":
                inner.append(esc(core))
            elif op == "-":
                inner.append(f"<del>{esc(core)}</del>{esc(tail)}")
            else:
                inner.append(f"<ins>{esc(core)}</ins>{esc(tail)}")
        note = ""
        change = getattr(rec, which, math.nan)
        if tone and change is not None and not pd.isna(change) and abs(change) > 5e-4:
            note = f' <span class="tone">({what} {change:+.3f})</span>'
        status = esc(str(rec.status))
        title = esc(f"{rec.status}, similarity {float(rec.similarity):.2f}")
        parts.append(f'<span class="{status}" title="{title}">{"".join(inner).strip()}</span>{note}')
    body = ('<div class="redline"><p>' + " ".join(parts) + "</p></div>").replace(" </p><p> ", "</p>\n<p>")
    if standalone:
        title = esc(f"Redline: {r.attrs.get('old', 'old')} → {r.attrs.get('new', 'new')}")
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
                f"<style>{_CSS}</style></head><body><h1>{title}</h1>{body}</body></html>")
    return body


# --------------------------------------------------------------------------------------------
# Keyness
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+(?:[-'\u2019./]\w+)*|[^\w\s]")


def _sequences(tokens) -> list[list[str]]:
    """Runs of lower-cased tokens (one per sentence when known) from any accepted input."""
    if isinstance(tokens, str):
        return [[t.lower() for t in _TOKEN.findall(_unwrap(tokens))]]
    if isinstance(tokens, pd.DataFrame):
        col = "lower" if "lower" in tokens.columns else "token" if "token" in tokens.columns else None
        if col is None:
            if "text" in tokens.columns:
                return _sequences(_release_text(tokens))
            raise ValueError(
                "keyness needs tokens: a DataFrame from toolkit.tokens (column 'token' or 'lower'), "
                f"a list of tokens, or a text; got columns {list(tokens.columns)}."
            )
        words = tokens[col].astype(str).str.lower()
        keys = [c for c in ("doc_id", "sent_id") if c in tokens.columns]
        if not keys:
            return [words.tolist()]
        return [g.tolist() for _, g in words.groupby([tokens[k] for k in keys], sort=False)]
    if isinstance(tokens, (list, tuple, pd.Series, np.ndarray)):
        return [[str(t).lower() for t in tokens]]
    raise ValueError(f"keyness cannot read tokens from a {type(tokens).__name__}.")


def _default_stopwords() -> frozenset[str]:
    try:
        from toolkit.tokenizing import load_stopwords
    except ImportError:  # tokens module not available: keep every word
        return frozenset()
    return frozenset(load_stopwords())


def _ngram_counts(seqs: list[list[str]], sizes: Sequence[int], stop: frozenset[str]) -> tuple[Counter, Counter]:
    """Counts of kept (term, n) and, per n, of all n-grams (the denominators)."""
    counts: Counter = Counter()
    totals: Counter = Counter()
    for seq in seqs:
        # punctuation breaks a phrase: n-grams never span it
        runs, run = [], []
        for t in seq:
            if re.search(r"\w", t):
                run.append(t)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        for run in runs:
            for n in sizes:
                totals[n] += max(len(run) - n + 1, 0)
                for k in range(len(run) - n + 1):
                    gram = run[k:k + n]
                    if gram[0] in stop or gram[-1] in stop:
                        continue
                    counts[(" ".join(gram), n)] += 1
    return counts, totals


def g2_statistic(a, b, total_a, total_b) -> np.ndarray:
    """Log-likelihood G² of a term seen ``a`` times in ``total_a`` tokens and ``b`` in ``total_b``.

    The full 2×2 contingency-table statistic ``2 Σ O ln(O/E)`` (Dunning 1993), 0·ln 0 = 0.

    >>> round(float(g2_statistic(10, 0, 100, 100)), 3)
    14.39
    """
    from scipy.special import xlogy

    a, b = np.asarray(a, float), np.asarray(b, float)
    ta, tb = np.asarray(total_a, float), np.asarray(total_b, float)
    n = ta + tb
    observed = [a, b, ta - a, tb - b]
    row = [a + b, a + b, n - a - b, n - a - b]
    col = [ta, tb, ta, tb]
    g2 = np.zeros(np.broadcast(a, b, ta, tb).shape)
    for o, r, c in zip(observed, row, col):
        e = r * c / np.where(n > 0, n, 1)
        g2 = g2 + xlogy(o, o) - xlogy(o, np.where(e > 0, e, 1))
    return np.maximum(2 * g2, 0.0)


def keyness(
    tokens_a,
    tokens_b,
    *,
    ngram: int | Sequence[int] = (1, 2),
    min_count: int = 2,
    stopwords: Iterable[str] | None | bool = None,
) -> pd.DataFrame:
    """Which words and phrases are key to ``tokens_a`` versus ``tokens_b`` (log-likelihood G²).

    ``tokens_a`` and ``tokens_b`` may be token tables from ``toolkit.tokens`` (phrases stay inside
    a sentence), lists of tokens, texts, or corpus DataFrames. ``ngram`` gives the phrase lengths;
    phrases never span punctuation, and a phrase (or word) that starts or ends with a stopword is
    skipped (``stopwords=None`` uses ``toolkit.load_stopwords()``, ``False`` keeps everything, or
    pass your own list). Terms seen fewer than ``min_count`` times in all are dropped.

    Columns: ``term``, ``n`` (words in the term), ``count_a``, ``count_b``, ``per_1k_a``,
    ``per_1k_b`` (per 1,000 n-grams of that length, stopwords included), ``g2`` (Dunning's log-likelihood),
    ``p_value`` (χ², 1 df), ``log_ratio`` (Hardie's effect size: log2 of the ratio of relative
    frequencies, a zero count taken as 0.5; positive = more frequent in a), ``key_for``
    (``"a"``/``"b"``), ``status`` (``"both"``, ``"only_a"`` – disappeared when a is the older
    release – or ``"only_b"`` – appeared). Sorted by G², largest first.

    >>> k = keyness("rates rose . rates rose again .", "rates fell . growth slowed .", ngram=1,
    ...             min_count=1, stopwords=False)
    >>> k.loc[k["term"] == "rose", ["count_a", "count_b", "key_for", "status"]].values.tolist()
    [[2, 0, 'a', 'only_a']]
    """
    sizes = [ngram] if isinstance(ngram, int) else sorted(set(ngram))
    if not sizes or min(sizes) < 1:
        raise ValueError(f"ngram must be a positive phrase length or a list of them; got {ngram!r}.")
    if stopwords is None or stopwords is True:
        stop = _default_stopwords()
    elif stopwords is False:
        stop = frozenset()
    else:
        stop = frozenset(w.lower() for w in stopwords)
    ca, na = _ngram_counts(_sequences(tokens_a), sizes, stop)
    cb, nb = _ngram_counts(_sequences(tokens_b), sizes, stop)
    columns = ["term", "n", "count_a", "count_b", "per_1k_a", "per_1k_b", "g2", "p_value",
               "log_ratio", "key_for", "status"]
    keys = sorted(set(ca) | set(cb))
    df = pd.DataFrame({
        "term": [k[0] for k in keys], "n": [k[1] for k in keys],
        "count_a": [ca.get(k, 0) for k in keys], "count_b": [cb.get(k, 0) for k in keys],
    }).astype({"n": "int64", "count_a": "int64", "count_b": "int64"})
    if df.empty:
        return pd.DataFrame(columns=columns)
    df = df[(df["count_a"] + df["count_b"]) >= min_count].copy()
    # denominators: every n-gram of that length, stopwords included
    tot_a = df["n"].map(na).fillna(0).to_numpy(float)
    tot_b = df["n"].map(nb).fillna(0).to_numpy(float)
    a, b = df["count_a"].to_numpy(float), df["count_b"].to_numpy(float)
    from scipy.stats import chi2

    df["per_1k_a"] = np.where(tot_a > 0, 1000 * a / np.where(tot_a > 0, tot_a, 1), 0.0)
    df["per_1k_b"] = np.where(tot_b > 0, 1000 * b / np.where(tot_b > 0, tot_b, 1), 0.0)
    df["g2"] = g2_statistic(a, b, tot_a, tot_b)
    df["p_value"] = chi2.sf(df["g2"].to_numpy(), 1)
    fa = np.where(a > 0, a, 0.5) / np.where(tot_a > 0, tot_a, 1)
    fb = np.where(b > 0, b, 0.5) / np.where(tot_b > 0, tot_b, 1)
    df["log_ratio"] = np.log2(fa / fb)
    df["key_for"] = np.where(a / np.maximum(tot_a, 1) >= b / np.maximum(tot_b, 1), "a", "b")
    df["status"] = np.select([b == 0, a == 0], ["only_a", "only_b"], "both")
    df = df.sort_values(["g2", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return df[columns]


# --------------------------------------------------------------------------------------------
# Tone-change attribution
# --------------------------------------------------------------------------------------------


def _evidence(scores: pd.DataFrame | None, n: int) -> tuple[np.ndarray, np.ndarray]:
    if scores is None or n == 0:
        return np.zeros(n), np.zeros(n)
    return (scores["positive"].astype(float).fillna(0.0).to_numpy(),
            scores["negative"].astype(float).fillna(0.0).to_numpy())


def _denominator(pos: np.ndarray, neg: np.ndarray) -> float:
    """Σ(positive + negative) + k: the denominator of ``toolkit.sentiment.aggregate_tone``."""
    from toolkit.sentiment import TONE_K

    return float(pos.sum() + neg.sum()) + TONE_K


def _main_rule(rule: str) -> tuple[str, bool]:
    """The scorer's rule without the scaling modifiers, and whether a negation flipped it."""
    parts = [p.strip() for p in str(rule).split(";")]
    negated = any(p.startswith("negation") for p in parts[1:])
    return parts[0] + ("; negated" if negated else ""), negated


def _term_rows(scores: pd.DataFrame | None, denom: float, side: str) -> list[tuple]:
    rows = []
    if scores is None:
        return rows
    for terms in scores["terms"]:
        for item in terms if isinstance(terms, (list, tuple)) else ():
            term, contribution, rule = item[0], float(item[1]), item[2] if len(item) > 2 else ""
            if contribution == 0:
                continue
            main, negated = _main_rule(rule)
            rows.append((str(term), main, negated, side, contribution, contribution / denom))
    return rows


@dataclass
class ToneShift:
    """What :func:`tone_shift` returns: the change in tone, split three ways.

    - ``sentences``: the :func:`redline` rows plus ``contribution`` (each sentence's part of
      ``change``; they sum to it), ``weight_old``/``weight_new`` (the sentence's contribution to
      each release's tone);
    - ``words``: the word-shift table, one row per term and scorer rule: ``term``, ``rule`` (the
      scorer's rule, "; negated" when a negation flipped it), ``negated``, ``n_old``, ``n_new``,
      ``contribution_old``/``contribution_new`` (raw scorer contributions), ``shift`` (its part
      of ``change``; they sum to it), ``direction`` (up/down), sorted by ``|shift|``;
    - ``themes``: :func:`theme_tone` of both releases side by side, the themes that moved most first;
    - ``tone_old``, ``tone_new``, ``change`` (new − old), ``old``, ``new`` (labels), ``method``.
    """

    sentences: pd.DataFrame
    words: pd.DataFrame
    themes: pd.DataFrame
    tone_old: float
    tone_new: float
    change: float
    old: str = "old"
    new: str = "new"
    method: str = "outlook"
    notes: list = field(default_factory=list)

    def __repr__(self) -> str:
        moved = self.sentences["status"].value_counts().to_dict() if len(self.sentences) else {}
        return (f"ToneShift({self.old} → {self.new}: tone {self.tone_old:+.3f} → {self.tone_new:+.3f}, "
                f"change {self.change:+.3f}; sentences {moved}; {len(self.words)} terms, "
                f"{len(self.themes)} themes)")


def tone_shift(
    old,
    new=None,
    *,
    method: str = "outlook",
    themes=None,
    threshold: float = 0.5,
    moved_threshold: float = 0.8,
) -> ToneShift:
    """Split the change in document tone between two releases into sentences, words and themes.

    The tone of a release follows ``toolkit.document_tone``'s additive rule,
    ``Σ(positive − negative) / (Σ(positive + negative) + k)`` over its sentences, so each sentence
    contributes ``(positive − negative) / denominator`` and the change splits exactly: a sentence
    row of the redline contributes ``weight_new − weight_old`` (an unchanged sentence contributes a
    little when the other sentences change the denominator). A sentence's ``positive − negative``
    is the sum of its scorer ``terms``, so the same split runs down to each term with the rule the
    scorer applied (direction × valence, negation, …): the word shifts also sum to the change.

    ``old`` and ``new`` are releases (texts, rows or corpus DataFrames, see :func:`select`); or
    pass one corpus holding exactly two release dates as ``old``. ``themes`` goes to
    :func:`theme_tone` (None = bundled dictionary). Identical releases give zero everywhere.

    >>> s = tone_shift("Growth slowed. Rates held.", "Growth picked up. Rates held.")
    >>> [round(float(x), 3) for x in (s.change, s.sentences["contribution"].sum(), s.words["shift"].sum())]
    [1.0, 1.0, 1.0]
    >>> s.words[["term", "shift"]].round(2).values.tolist()
    [['growth picked up', 0.5], ['growth slowed', 0.5]]
    """
    if new is None:
        if not isinstance(old, pd.DataFrame):
            raise ValueError("comparison needs two releases: tone_shift(old, new), or one corpus "
                             "holding exactly two release dates.")
        old, new = _two_releases(old)
    table, old_s, new_s, sc_old, sc_new = _redline_rows(old, new, method, threshold, moved_threshold)
    p_old, n_old = _evidence(sc_old, len(old_s))
    p_new, n_new = _evidence(sc_new, len(new_s))
    d_old, d_new = _denominator(p_old, n_old), _denominator(p_new, n_new)
    w_old, w_new = (p_old - n_old) / d_old, (p_new - n_new) / d_new
    tone_old, tone_new = float(w_old.sum()), float(w_new.sum())
    change = tone_new - tone_old

    def pick(w, ids):
        return np.array([w[int(i)] if not pd.isna(i) else 0.0 for i in ids], dtype=float)

    table["weight_old"] = pick(w_old, table["old_id"])
    table["weight_new"] = pick(w_new, table["new_id"])
    table["contribution"] = table["weight_new"] - table["weight_old"]
    if not np.isclose(table["contribution"].sum(), change, atol=1e-9):  # every sentence is a row
        raise AssertionError("internal: sentence contributions do not add up to the tone change")

    rows = _term_rows(sc_old, d_old, "old") + _term_rows(sc_new, d_new, "new")
    t = pd.DataFrame(rows, columns=["term", "rule", "negated", "side", "raw", "weight"])
    words = _word_shift_table(t)
    notes = []
    residual = change - float(words["shift"].sum()) if len(words) else change
    if abs(residual) > 1e-9:
        notes.append(f"{residual:+.4f} of the change is not attributed to terms (method {method!r} "
                     "reports no per-term contributions for it)")
        words = pd.concat([words, pd.DataFrame([{
            "term": "(not attributed to terms)", "rule": "", "negated": False, "n_old": 0, "n_new": 0,
            "contribution_old": 0.0, "contribution_new": 0.0, "shift": residual,
            "direction": "up" if residual > 0 else "down"}])], ignore_index=True)

    theme_table = _theme_shift(old_s, new_s, sc_old, sc_new, w_old, w_new, themes)
    return ToneShift(table, words, theme_table, tone_old, tone_new, change,
                     table.attrs["old"], table.attrs["new"], method, notes)


def _word_shift_table(t: pd.DataFrame) -> pd.DataFrame:
    columns = ["term", "rule", "negated", "n_old", "n_new", "contribution_old", "contribution_new",
               "shift", "direction"]
    if t.empty:
        return pd.DataFrame(columns=columns)
    t = t.assign(
        n_old=(t["side"] == "old").astype(int), n_new=(t["side"] == "new").astype(int),
        contribution_old=np.where(t["side"] == "old", t["raw"], 0.0),
        contribution_new=np.where(t["side"] == "new", t["raw"], 0.0),
        shift=np.where(t["side"] == "new", t["weight"], -t["weight"]),
    )
    g = t.groupby(["term", "rule", "negated"], sort=False, as_index=False)[
        ["n_old", "n_new", "contribution_old", "contribution_new", "shift"]].sum()
    g = g[g["shift"].abs() > 1e-15] if len(g) > 1 else g
    g["direction"] = np.where(g["shift"] >= 0, "up", "down")
    g = g.assign(_a=g["shift"].abs()).sort_values(["_a", "term"], ascending=[False, True], kind="stable")
    return g.drop(columns="_a").reset_index(drop=True)[columns]


# --------------------------------------------------------------------------------------------
# Theme-attributed tone
# --------------------------------------------------------------------------------------------


def _theme_hits(sentences: list[str], themes) -> list[set[str]]:
    """The themes each sentence mentions (toolkit.themes matching rules)."""
    from toolkit.themes import theme_matches

    hits: list[set[str]] = [set() for _ in sentences]
    if not sentences:
        return hits
    m = theme_matches(list(sentences), themes)
    for doc, theme in zip(m["doc_id"].astype(int), m["theme"]):
        hits[doc].add(theme)
    return hits


def _theme_stats(hits: list[set[str]], pos, neg, weights, names: list[str]) -> pd.DataFrame:
    from toolkit.sentiment import aggregate_tone

    rows = []
    for theme in names:
        idx = [i for i, h in enumerate(hits) if theme in h]
        rows.append({
            "theme": theme, "n_sentences": len(idx),
            "tone": aggregate_tone(pos[idx], neg[idx]) if idx else math.nan,
            "contribution": float(np.sum(weights[idx])) if idx else 0.0,
            "sentence_share": len(idx) / len(hits) if hits else 0.0,
        })
    return pd.DataFrame(rows, columns=["theme", "n_sentences", "tone", "contribution", "sentence_share"])


def _theme_shift(old_s, new_s, sc_old, sc_new, w_old, w_new, themes) -> pd.DataFrame:
    from toolkit.themes import load_themes

    names = list(load_themes(themes))
    p_old, n_old = _evidence(sc_old, len(old_s))
    p_new, n_new = _evidence(sc_new, len(new_s))
    a = _theme_stats(_theme_hits(old_s, themes), p_old, n_old, w_old, names)
    b = _theme_stats(_theme_hits(new_s, themes), p_new, n_new, w_new, names)
    out = a.merge(b, on="theme", suffixes=("_old", "_new"))
    out["tone_change"] = out["tone_new"] - out["tone_old"]
    out["contribution_change"] = out["contribution_new"] - out["contribution_old"]
    out["share_change"] = out["sentence_share_new"] - out["sentence_share_old"]
    out = out[(out["n_sentences_old"] + out["n_sentences_new"]) > 0]
    order = out["contribution_change"].abs() + out["tone_change"].abs().fillna(0) * 1e-6
    return out.assign(_o=order).sort_values(["_o", "theme"], ascending=[False, True]).drop(columns="_o").reset_index(drop=True)


def theme_tone(corpus, themes=None, *, by: str = "doc", method: str = "outlook") -> pd.DataFrame:
    """Tone of the sentences that mention each theme, per release.

    A sentence counts for every theme it mentions (``toolkit.themes`` matching). Per release and
    theme: ``n_sentences``, ``tone`` (the ``document_tone`` rule over those sentences only; NaN
    when none), ``contribution`` (what those sentences add to the release's tone) and
    ``sentence_share`` (share of the release's sentences mentioning the theme). ``by`` groups
    documents into releases as in :func:`timeline` ("doc", "date" or a period alias such as "Q").
    ``corpus`` may be a corpus DataFrame, a selected release, or a text.

    >>> t = theme_tone("Inflation rose. Unemployment fell. Employment rose.",
    ...                {"labour": ["unemployment", "employment"], "prices": ["inflation"]})
    >>> t[["theme", "n_sentences", "tone"]].round(2).values.tolist()
    [['labour', 2, 0.67], ['prices', 1, 0.0]]
    """
    from toolkit.sentiment import score_texts
    from toolkit.themes import load_themes

    if isinstance(corpus, str):
        corpus = pd.DataFrame({"doc_id": ["text"], "date": [pd.NaT], "text": [corpus]})
    docs, _ = _usable(corpus, need_date=by not in ("doc",), verb="theme_tone")
    keys = _release_keys(docs, by)
    names = list(load_themes(themes))
    frames = []
    for key, group in docs.groupby(keys, sort=False):
        sents = _split(_release_text(group))
        sc = _sentence_scores(sents, method)
        pos, neg = _evidence(sc, len(sents))
        weights = (pos - neg) / _denominator(pos, neg)
        stats = _theme_stats(_theme_hits(sents, themes), pos, neg, weights, names)
        stats.insert(0, "release", _label_of(group, by, key))
        stats.insert(1, "date", group["date"].min() if "date" in group.columns else pd.NaT)
        frames.append(stats)
    return pd.concat(frames, ignore_index=True)


# --------------------------------------------------------------------------------------------
# Timeline
# --------------------------------------------------------------------------------------------


def _usable(corpus: pd.DataFrame, need_date: bool, verb: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Drop flagged duplicates; exclude empty and (when needed) undated documents, with a reason."""
    _require_columns(corpus, ["doc_id", "text"], verb)
    docs = corpus
    if "is_duplicate" in docs.columns:
        docs = docs[~docs["is_duplicate"].fillna(False).astype(bool)]
    empty = docs["text"].isna() | (docs["text"].astype(str).str.strip() == "")
    reasons = pd.Series("", index=docs.index, dtype=object)
    reasons[empty] = "empty text"
    if need_date:
        dates = pd.to_datetime(docs["date"], errors="coerce") if "date" in docs.columns else pd.Series(pd.NaT, index=docs.index)
        reasons[(reasons == "") & dates.isna()] = "no date (cannot be placed in time)"
    bad = reasons != ""
    excluded = pd.DataFrame({"doc_id": docs.loc[bad, "doc_id"].astype(str).to_numpy(),
                             "reason": reasons[bad].to_numpy()})
    if len(excluded):
        warnings.warn(
            f"{verb}: {len(excluded)} document(s) excluded ({'; '.join(sorted(set(excluded['reason'])))}); "
            "see .attrs['excluded'].", UserWarning, stacklevel=3)
    out = docs[~bad].copy()
    if "date" in out.columns:
        out["date"] = pd.to_datetime(out["date"], errors="coerce")
        out, copies = _drop_copies(out)
        if len(copies):
            warnings.warn(f"{verb}: {len(copies)} document(s) are near-identical copies of another document "
                          "of the same date and were left out (see .attrs['excluded']).", UserWarning, stacklevel=3)
            excluded = pd.concat([excluded, copies], ignore_index=True)
    return out, excluded


def _drop_copies(docs: pd.DataFrame, min_similarity: float = 0.97) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Leave out documents whose words match an earlier document of the same date and source
    (cosine ≥ ``min_similarity``): the same statement loaded from two archives, say."""
    keys = docs["date"].dt.strftime("%Y-%m-%d").fillna("")
    if "source" in docs.columns:
        keys = keys + "\x00" + docs["source"].fillna("").astype(str)
    dup = keys.duplicated(keep=False) & (keys != "")
    drop, reasons = [], []
    for _, group in docs[dup].groupby(keys[dup], sort=False):
        vec = _term_vectors(group["text"].astype(str).tolist())
        sim = (vec @ vec.T).toarray()
        kept: list[int] = []
        for i in range(len(group)):
            twin = next((k for k in kept if sim[i, k] >= min_similarity), None)
            if twin is None:
                kept.append(i)
            else:
                drop.append(group.index[i])
                reasons.append(f"same-date copy of {group['doc_id'].iloc[twin]} (word similarity {sim[i, twin]:.3f})")
    copies = pd.DataFrame({"doc_id": docs.loc[drop, "doc_id"].astype(str).to_numpy(), "reason": reasons})
    return docs.drop(index=drop), copies


def _release_keys(docs: pd.DataFrame, by: str) -> pd.Series:
    if by == "doc":
        return docs["doc_id"].astype(str)
    source = docs["source"].fillna("").astype(str) if "source" in docs.columns else pd.Series("", index=docs.index)
    if by == "date":
        return source + "\x00" + docs["date"].dt.strftime("%Y-%m-%d")
    try:
        periods = docs["date"].dt.to_period(by).astype(str)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"by={by!r}: use 'doc', 'date' or a pandas period alias such as 'M', 'Q' or 'Y'.") from exc
    return source + "\x00" + periods


def _label_of(group: pd.DataFrame, by: str, key: str) -> str:
    if by == "doc":
        return str(key)
    source, when = str(key).split("\x00", 1)
    return f"{source} {when}" if source else when


def _bootstrap_tone(pos: np.ndarray, neg: np.ndarray, n_boot: int, rng, ci: float) -> tuple[float, float]:
    """Percentile interval of the aggregate tone, resampling the release's sentences."""
    from toolkit.sentiment import TONE_K

    m = len(pos)
    if m < 2 or n_boot < 1:
        t = (pos.sum() - neg.sum()) / (pos.sum() + neg.sum() + TONE_K) if m else 0.0
        return float(t), float(t)
    idx = rng.integers(0, m, size=(n_boot, m))
    p, n = pos[idx].sum(axis=1), neg[idx].sum(axis=1)
    tones = (p - n) / (p + n + TONE_K)
    return float(np.percentile(tones, (1 - ci) / 2 * 100)), float(np.percentile(tones, (1 + ci) / 2 * 100))


def _term_vectors(texts: list[str]):
    """L2-normalised sparse term-count rows (lower-cased words, stopwords out)."""
    from scipy.sparse import csr_matrix

    stop = _default_stopwords()
    vocab: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for text in texts:
        counts = Counter(w for w in re.findall(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", text.lower()) if w not in stop)
        for w, c in counts.items():
            indices.append(vocab.setdefault(w, len(vocab)))
            data.append(float(c))
        indptr.append(len(indices))
    m = csr_matrix((data, indices, indptr), shape=(len(texts), max(len(vocab), 1)))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(m.multiply(1 / norms[:, None]))


def timeline(
    corpus: pd.DataFrame,
    by: str = "date",
    *,
    method: str = "outlook",
    themes=None,
    n_boot: int = 200,
    ci: float = 0.95,
    seed: int = 0,
    progress: bool = True,
) -> pd.DataFrame:
    """One row per release in date order: how tone and themes moved from each release to the next.

    ``by`` makes the releases: ``"date"`` (all documents of one source on one date, the default),
    ``"doc"`` (each document) or a pandas period alias (``"M"``, ``"Q"``, ``"Y"``). Columns:

    - ``release`` (label), ``date`` (first document's date), ``source``, ``n_docs``, ``n_sentences``;
    - ``tone`` (``document_tone``'s rule over the release's sentences), ``ci_low``/``ci_high``
      (bootstrap percentile interval over sentences, ``n_boot`` draws, seeded), ``tone_change``
      (from the previous release);
    - ``uncertainty`` (hedge words per sentence), ``forward_share`` (share of forward-looking
      sentences);
    - ``similarity_prev``: cosine similarity of word counts (stopwords out) with the previous
      release (NaN for the first); ``theme_change``: half the sum of absolute changes in theme
      shares (0 = same mix, 1 = no theme in common);
    - ``share_<theme>``: each theme's share of the release's theme mentions.

    Flagged duplicates are dropped; empty and undated documents are excluded with a warning and
    listed with their reason in ``attrs["excluded"]``. Fewer than two releases is a ``ValueError``.

    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "source": "FOMC",
    ...     "date": pd.to_datetime(["2020-01-29", "2020-03-03"]),
    ...     "text": ["Growth was solid. Inflation rose.", "Risks to growth rose. Output fell sharply."]})
    >>> t = timeline(corpus, progress=False)
    >>> t[["release", "tone"]].round(2).values.tolist()
    [['FOMC 2020-01-29', 0.47], ['FOMC 2020-03-03', -0.28]]
    """
    from toolkit.sentiment import aggregate_tone, score_sentences
    from toolkit.themes import load_themes, theme_frequency
    from toolkit.tokenizing import sentences as split_corpus

    docs, excluded = _usable(corpus, need_date=by != "doc" or "date" in corpus.columns, verb="timeline")
    if docs.empty:
        raise ValueError("comparison needs two releases; no usable document in this corpus "
                         f"({len(excluded)} excluded, see the warning).")
    docs = docs.sort_values(["date", "doc_id"] if "date" in docs.columns else ["doc_id"], kind="stable")
    docs["_release"] = _release_keys(docs, by).to_numpy()
    keys = list(dict.fromkeys(docs["_release"]))
    if len(keys) < 2:
        raise ValueError(f"comparison needs two releases; this corpus gives one ({_label_of(docs, by, keys[0])!r}) "
                         f"with by={by!r}. Add releases or group by a finer period.")
    sents = split_corpus(docs[["doc_id", "text"]])
    sents = score_sentences(sents, method=method)
    release_of = dict(zip(docs["doc_id"].astype(str), docs["_release"]))
    sents["_release"] = sents["doc_id"].astype(str).map(release_of)

    names = list(load_themes(themes))
    tf = theme_frequency(docs[[c for c in ("doc_id", "date", "text") if c in docs.columns]], themes)
    tf["_release"] = tf["doc_id"].astype(str).map(release_of)
    counts = tf.pivot_table(index="_release", columns="theme", values="count", aggfunc="sum").reindex(
        index=keys, columns=names).fillna(0)
    totals = counts.sum(axis=1).replace(0, np.nan)
    shares = counts.div(totals, axis=0).fillna(0.0)

    rng = np.random.default_rng(seed)
    groups = dict(tuple(sents.groupby("_release", sort=False)))
    by_release = dict(tuple(docs.groupby("_release", sort=False)))
    rows = []
    iterator = keys
    if progress and len(keys) > 50:
        from tqdm.auto import tqdm

        iterator = tqdm(keys, desc="timeline", leave=False)
    for key in iterator:
        group = by_release[key]
        s = groups.get(key)
        pos = s["positive"].astype(float).fillna(0).to_numpy() if s is not None else np.zeros(0)
        neg = s["negative"].astype(float).fillna(0).to_numpy() if s is not None else np.zeros(0)
        lo, hi = _bootstrap_tone(pos, neg, n_boot, rng, ci)
        rows.append({
            "release": _label_of(group, by, key),
            "date": group["date"].min() if "date" in group.columns else pd.NaT,
            "source": ", ".join(sorted(set(group["source"].fillna("").astype(str)))) if "source" in group.columns else "",
            "n_docs": len(group), "n_sentences": 0 if s is None else len(s),
            "tone": aggregate_tone(pos, neg), "ci_low": lo, "ci_high": hi,
            "uncertainty": float(s["uncertainty"].astype(float).mean()) if s is not None else math.nan,
            "forward_share": float(s["forward_looking"].astype(float).mean()) if s is not None else math.nan,
            "_text": _release_text(group),
        })
    out = pd.DataFrame(rows)
    out["tone_change"] = out["tone"].diff()
    vec = _term_vectors(out["_text"].tolist())
    sim = np.asarray(vec[1:].multiply(vec[:-1]).sum(axis=1)).ravel()
    out["similarity_prev"] = np.concatenate([[np.nan], sim])
    share_values = shares.to_numpy()
    move = 0.5 * np.abs(np.diff(share_values, axis=0)).sum(axis=1) if len(share_values) > 1 else np.zeros(0)
    out["theme_change"] = np.concatenate([[np.nan], move])
    for theme in names:
        out[f"share_{theme}"] = shares[theme].to_numpy()
    out = out.drop(columns="_text")
    columns = ["release", "date", "source", "n_docs", "n_sentences", "tone", "ci_low", "ci_high",
               "tone_change", "uncertainty", "forward_share", "similarity_prev", "theme_change"]
    out = out[columns + [f"share_{t}" for t in names]]
    out.attrs = {"excluded": excluded, "by": by, "method": method, "themes": names}
    return out


def largest_shifts(timeline: pd.DataFrame, n: int = 5, on: str = "tone") -> pd.DataFrame:
    """The ``n`` releases where tone (or themes, or wording) moved most from the release before.

    ``on="tone"`` ranks by ``|tone_change|``; ``"z"`` by the change over its standard error (read
    off the two releases' intervals), which discounts jumps between short, noisy releases;
    ``"themes"`` by ``theme_change``; ``"similarity"`` by ``1 − similarity_prev``. Columns:
    ``release``, ``date``, ``previous`` (the release before), ``tone_prev``, ``tone``,
    ``tone_change``, ``theme_change``, ``similarity_prev``, ``themes_moved`` (the three largest
    share changes, in percentage points), ``z`` and ``clear`` (the two intervals do not overlap),
    largest first.

    >>> t = pd.DataFrame({"release": ["a", "b", "c"], "date": pd.to_datetime(["2020-01-01", "2020-02-01", "2020-03-01"]),
    ...                   "tone": [0.1, 0.2, -0.5], "theme_change": [None, 0.1, 0.3], "similarity_prev": [None, 0.9, 0.5]})
    >>> largest_shifts(t, n=1)[["release", "previous", "tone_change"]].round(2).values.tolist()
    [['c', 'b', -0.7]]
    """
    if not isinstance(timeline, pd.DataFrame) or not {"release", "tone"} <= set(timeline.columns):
        raise ValueError("largest_shifts needs the table from toolkit.timeline (columns release, tone, …).")
    if len(timeline) < 2:
        raise ValueError(f"comparison needs two releases; this timeline has {len(timeline)}.")
    if on not in ("tone", "themes", "similarity", "z"):
        raise ValueError(f"on must be 'tone', 'z', 'themes' or 'similarity'; got {on!r}.")
    t = timeline.sort_values("date", kind="stable").reset_index(drop=True) if "date" in timeline.columns else timeline.reset_index(drop=True)
    out = pd.DataFrame({
        "release": t["release"], "date": t["date"] if "date" in t.columns else pd.NaT,
        "previous": t["release"].shift(1), "tone_prev": t["tone"].shift(1), "tone": t["tone"],
        "tone_change": t["tone"] - t["tone"].shift(1),
        "theme_change": t["theme_change"] if "theme_change" in t.columns else np.nan,
        "similarity_prev": t["similarity_prev"] if "similarity_prev" in t.columns else np.nan,
    })
    share_cols = [c for c in t.columns if c.startswith("share_")]
    diffs = t[share_cols].diff() if share_cols else None

    def moved(i):
        if diffs is None or i == 0:
            return ""
        d = diffs.iloc[i].dropna()
        d = d[d.abs() > 0]
        d = d.reindex(d.abs().sort_values(ascending=False).index).head(3)
        return ", ".join(f"{c[len('share_'):]} {100 * v:+.0f}pp" for c, v in d.items())

    out["themes_moved"] = [moved(i) for i in range(len(t))]
    if {"ci_low", "ci_high"} <= set(t.columns):
        # standard errors read off the 95% intervals; z = change / combined standard error
        se = (t["ci_high"].astype(float) - t["ci_low"].astype(float)) / (2 * 1.96)
        combined = np.sqrt(se ** 2 + se.shift(1) ** 2)
        out["z"] = out["tone_change"] / combined.where(combined > 0)
        out["clear"] = (t["ci_low"] > t["ci_high"].shift(1)) | (t["ci_high"] < t["ci_low"].shift(1))
    else:
        out["z"], out["clear"] = np.nan, False
    key = {"tone": out["tone_change"].abs(), "themes": out["theme_change"],
           "similarity": 1 - out["similarity_prev"], "z": out["z"].abs()}[on]
    out = out.iloc[1:].assign(_k=key.iloc[1:]).dropna(subset=["_k"])
    return out.sort_values("_k", ascending=False, kind="stable").head(n).drop(columns="_k").reset_index(drop=True)
