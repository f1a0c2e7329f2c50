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
    ``"2023"``). Each argument may also be a list. Documents flagged ``is_duplicate`` are
    dropped unless ``drop_duplicates=False``. The rows come back in date order; when nothing
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
        return "\n\n".join(str(t) for t in rows["text"].dropna() if str(t).strip())
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
    return corpus[day == dates[0]], corpus[day == dates[1]]


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
    from toolkit.tokens import split_sentences

    return split_sentences(text)


def _split(text: str) -> list[str]:
    """Sentences of ``text`` (unwrapped), via toolkit.tokens.split_sentences."""
    text = _unwrap(text)
    out = []
    for start, end in _spans(text):
        s = " ".join(text[start:end].split())
        if s:
            out.append(s)
    return out


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


def _pair_block(old_w: list[list[str]], new_w: list[list[str]], threshold: float) -> list[tuple[int, int, float]]:
    """Order-preserving pairing of two runs of sentences maximising total similarity.

    Pairs below ``threshold`` are not made (the sentences are then added/removed)."""
    n, m = len(old_w), len(new_w)
    if n == 0 or m == 0:
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
    if removed and added:
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
      NaN when absent), ``tone_change`` = new − old counting an absent sentence as 0.

    ``old`` and ``new`` may be texts, corpus rows or corpus DataFrames (see :func:`select`).
    ``method=None`` skips scoring (tone columns are NaN).

    >>> r = redline("Growth slowed. Rates held.", "Growth picked up. Rates held.", method=None)
    >>> r[["status", "diff"]].values.tolist()
    [['edited', 'Growth [-slowed-]{+picked up+}.'], ['unchanged', 'Rates held.']]
    """
    if not 0 <= threshold <= 1 or not 0 <= moved_threshold <= 1:
        raise ValueError("threshold and moved_threshold are word similarities in [0, 1].")
    old_s, new_s = _split(_release_text(old)), _split(_release_text(new))
    rows = _align(old_s, new_s, threshold, moved_threshold)
    scores = _sentence_scores(old_s + new_s, method)
    s_old = scores["score"].to_numpy()[: len(old_s)] if scores is not None else None
    s_new = scores["score"].to_numpy()[len(old_s):] if scores is not None else None
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
        if r["status"] == "unchanged" and s_old is not None:
            t_new = t_old  # the same words score the same; keeps identical releases exactly at zero
        change = (0.0 if math.isnan(t_new) else t_new) - (0.0 if math.isnan(t_old) else t_old)
        records.append({
            "old_id": i, "new_id": j, "status": r["status"], "old": o, "new": n,
            "similarity": float(r["similarity"]), "diff": _markup(ops), "diff_ops": ops,
            "tone_old": t_old, "tone_new": t_new,
            "tone_change": change if scores is not None else math.nan,
        })
    columns = ["old_id", "new_id", "status", "old", "new", "similarity", "diff", "diff_ops",
               "tone_old", "tone_new", "tone_change"]
    out = pd.DataFrame.from_records(records, columns=columns)
    for c in ("old_id", "new_id"):
        out[c] = out[c].astype("Int64")
    for c in ("similarity", "tone_old", "tone_new", "tone_change"):
        out[c] = out[c].astype(float)
    out.attrs = {
        "old": _release_label(old, "old"), "new": _release_label(new, "new"), "method": method,
        "n_old": len(old_s), "n_new": len(new_s),
    }
    return out


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
    change when it moved. ``standalone=True`` wraps the result in a full HTML page.

    >>> r = redline("Rates <held>.", "Rates rose.", method=None)
    >>> print(redline_html(r))  # doctest: +NORMALIZE_WHITESPACE
    <div class="redline"><p><span class="edited" title="edited, similarity 0.50">Rates
    <del>&lt;held&gt;.</del><ins>rose.</ins></span></p></div>
    """
    _require_columns(r, ["status", "diff_ops"], "redline_html (a table from toolkit.redline)")
    esc = html.escape
    parts = []
    for rec in r.itertuples(index=False):
        inner = []
        for op, core, tail in _marked(rec.diff_ops):
            if op == "=":
                inner.append(esc(core))
            elif op == "-":
                inner.append(f"<del>{esc(core)}</del>{esc(tail)}")
            else:
                inner.append(f"<ins>{esc(core)}</ins>{esc(tail)}")
        note = ""
        change = getattr(rec, "tone_change", math.nan)
        if tone and change is not None and not pd.isna(change) and abs(change) > 1e-12:
            note = f' <span class="tone">(tone {change:+.2f})</span>'
        status = esc(str(rec.status))
        title = esc(f"{rec.status}, similarity {float(rec.similarity):.2f}")
        parts.append(f'<span class="{status}" title="{title}">{"".join(inner).strip()}</span>{note}')
    body = '<div class="redline"><p>' + " ".join(parts) + "</p></div>"
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
        from toolkit.tokens import load_stopwords
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
