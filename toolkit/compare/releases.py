"""What a release is: the shared helpers of the compare verbs.

A *release* is a document, or all documents of one series on one date, or one period such as
``"2023Q1"``. The helpers here turn what a verb was given (a text, a corpus row or a corpus
DataFrame) into the release's text and label, group a corpus into releases, and leave out the
documents a comparison cannot use (flagged duplicates, empty or undated texts, same-date copies).

A *series* is one kind of release from one source ("Federal Reserve: statement"): the verbs
compare like with like, within a series, unless asked to mix. :func:`series_of` is the one place
that says which series a document belongs to; the other helpers are private.
"""
from __future__ import annotations

import re
import warnings
from collections import Counter
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

__all__ = ["series_of"]

#: What the ``series=`` argument of the compare verbs takes to mix series (compare across them).
MIX = ("all", None)
#: The default of ``series=``: releases are compared within their own series.
EACH = "each"


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


def series_of(corpus: pd.DataFrame) -> pd.Series:
    """The series of each document of ``corpus`` (a string per row, never empty), on its index.

    A series is one kind of release from one source: the verbs compare a release with the one
    before *in its series*, so a meeting statement is not set against a strategy document. Read,
    row by row, from the first of these that is filled in:

    1. the ``series`` column (``load_corpus`` fills it: "Federal Reserve: statement");
    2. the ``type`` column (front matter such as ``type: meeting``), as "source: type", or the type
       alone when the source is empty (tables loaded before ``series`` existed);
    3. the ``source``; else "(no source)".

    >>> docs = pd.DataFrame({"source": ["Fed", "Fed", ""], "type": ["meeting", None, None]})
    >>> series_of(docs).tolist()
    ['Fed: meeting', 'Fed', '(no source)']
    >>> series_of(pd.DataFrame({"series": ["Fed: minutes"], "type": ["meeting"]})).tolist()
    ['Fed: minutes']
    """
    if not isinstance(corpus, pd.DataFrame):
        raise ValueError(f"series_of takes a corpus DataFrame; got {type(corpus).__name__}.")

    def column(name: str) -> pd.Series:
        if name not in corpus.columns:
            return pd.Series("", index=corpus.index, dtype=object)
        return corpus[name].astype(object).where(corpus[name].notna(), "").astype(str).str.strip()

    source, kind = column("source"), column("type")
    by_type = (source + ": " + kind).where(source != "", kind).where(kind != "", "")
    out = column("series")
    for fallback in (by_type, source):
        out = out.where(out != "", fallback)
    return out.where(out != "", "(no source)").rename("series")


def _series_choice(docs: pd.DataFrame, series, verb: str) -> tuple[pd.DataFrame, pd.Series, bool]:
    """``(docs, their series, within)`` for a verb's ``series=`` argument.

    ``"each"`` (the default): compare within each series; ``"all"`` or None: mix the series;
    a series name or a list of names: keep those series and compare within each. An unknown name is
    a ``ValueError`` listing the series there are.
    """
    names = series_of(docs)
    if isinstance(series, str) and series == EACH:
        return docs, names, True
    if series is None or (isinstance(series, str) and series in MIX):
        return docs, names, False
    wanted = [series] if isinstance(series, str) else list(series)
    unknown = [w for w in wanted if w not in set(names)]
    if unknown:
        raise ValueError(f"{verb}: no document of series {unknown}. Series in this corpus: "
                         f"{_listing(sorted(set(names)))}. Pass series='each' (the default) to compare "
                         "within every series or series='all' to mix them.")
    keep = names.isin(wanted)
    return docs[keep], names[keep], True


def _main_series(corpus: pd.DataFrame) -> str:
    """The series a reader follows: the one with the most release dates (ties: the latest release).

    >>> docs = pd.DataFrame({"source": "Fed", "type": ["goals", "meeting", "meeting", "meeting", "goals"],
    ...     "date": pd.to_datetime(["2024-01-30", "2024-01-31", "2024-03-20", "2025-07-30", "2025-08-22"])})
    >>> _main_series(docs)
    'Fed: meeting'
    """
    names = series_of(corpus)
    if "date" not in corpus.columns:
        return names.value_counts().index[0]
    dates = pd.to_datetime(corpus["date"], errors="coerce")
    per = pd.DataFrame({"series": names, "day": dates.dt.normalize()}).dropna(subset=["day"])
    if per.empty:
        return names.value_counts().index[0]
    stats = per.groupby("series")["day"].agg(["nunique", "max"])
    return str(stats.sort_values(["nunique", "max"], ascending=False, kind="stable").index[0])


def _dates_of(df: pd.DataFrame) -> list[str]:
    dates = pd.to_datetime(df["date"], errors="coerce").dropna()
    return sorted({d.strftime("%Y-%m-%d") for d in dates})



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


def _two_releases(corpus: pd.DataFrame, series=EACH) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split a corpus holding exactly two releases of one series into (old, new).

    ``series`` as in :func:`_series_choice`: by default a corpus mixing series is a ``ValueError``
    naming them (pick one, or pass ``series="all"`` to compare two dates whatever their series).
    """
    _require_columns(corpus, ["text", "date"], "comparison")
    docs, names, within = _series_choice(corpus, series, "comparison")
    if within and names.nunique() > 1:
        counts = ", ".join(f"{n!r} ({len(_dates_of(docs[names == n]))} release(s))" for n in sorted(set(names)))
        raise ValueError(
            f"comparison needs two releases of one series; this corpus mixes {names.nunique()} series: {counts}. "
            "Keep one with select(corpus, series=...), or pass series='all' to compare the two dates "
            "whatever their series.")
    dates = _dates_of(docs)
    if len(dates) != 2:
        raise ValueError(
            f"comparison needs two releases; this corpus holds {len(dates)} release date(s)"
            f"{': ' + _listing(dates) if dates else ''}. Pass old and new separately, e.g. "
            "tone_shift(select(corpus, date=d1), select(corpus, date=d2)).")
    day = pd.to_datetime(docs["date"]).dt.strftime("%Y-%m-%d")
    parts = []
    for d in dates:
        part = docs[day == d].copy()
        part.attrs = {"release": d}
        parts.append(part)
    return parts[0], parts[1]


def _usable(corpus: pd.DataFrame, need_date: bool, verb: str, stacklevel: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
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
            "see .attrs['excluded'].", UserWarning, stacklevel=stacklevel)
    out = docs[~bad].copy()
    if "date" in out.columns:
        out["date"] = pd.to_datetime(out["date"], errors="coerce")
        out, copies = _drop_copies(out)
        if len(copies):
            warnings.warn(f"{verb}: {len(copies)} document(s) are near-identical copies of another document "
                          "of the same date and were left out (see .attrs['excluded']).", UserWarning, stacklevel=stacklevel)
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


def _release_keys(docs: pd.DataFrame, by: str, group: pd.Series | None = None) -> pd.Series:
    """Each document's release key: its doc_id (``by="doc"``), else ``group`` (the label prefix:
    its series or its source, see :func:`_release_groups`) and its date or period."""
    if by == "doc":
        return docs["doc_id"].astype(str)
    if group is None:
        group = docs["source"].fillna("").astype(str) if "source" in docs.columns else pd.Series("", index=docs.index)
    if by == "date":
        return group + "\x00" + docs["date"].dt.strftime("%Y-%m-%d")
    try:
        periods = docs["date"].dt.to_period(by).astype(str)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"by={by!r}: use 'doc', 'date' or a pandas period alias such as 'M', 'Q' or 'Y'.") from exc
    return group + "\x00" + periods


def _release_groups(docs: pd.DataFrame, names: pd.Series, within: bool) -> pd.Series:
    """What a release key groups by besides its date: the series when releases are compared within
    several series, else the source (as before series existed, so one-series labels stay the same)."""
    if within and names.nunique() > 1:
        return names.astype(str)
    return docs["source"].fillna("").astype(str) if "source" in docs.columns else pd.Series("", index=docs.index)


def _label_of(group: pd.DataFrame, by: str, key: str) -> str:
    if by == "doc":
        return str(key)
    source, when = str(key).split("\x00", 1)
    return f"{source} {when}" if source else when


def _term_vectors(texts: list[str]):
    """L2-normalised sparse rows of similarity-feature counts, one per text.

    The features are runs of letters with inner apostrophes or hyphens (no digits), lower-cased,
    stopwords out: not ``toolkit.tokens``' words ("don't" is one feature, "4.6" none). They feed
    the timeline's ``similarity_prev`` and the same-date copy check, and stay as they are because
    changing them would move every published similarity.
    """
    from scipy.sparse import csr_matrix

    stop = _stopwords()
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




def _stopwords() -> frozenset[str]:
    """The bundled stopword list (``toolkit.load_stopwords()``), left out of the similarity features."""
    from toolkit.tokenizing import load_stopwords

    return frozenset(load_stopwords())
