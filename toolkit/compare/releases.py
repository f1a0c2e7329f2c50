"""What a release is: the shared helpers of the compare verbs.

A *release* is a document, or all documents of one series on one date, or one period such as
``"2023Q1"``. The helpers here turn what a verb was given (a text, a corpus row or a corpus
DataFrame) into the release's text and label, group a corpus into releases, and leave out the
documents a comparison cannot use (flagged duplicates, empty or undated texts, same-date copies).

A *series* is one kind of release from one source; ``series.py`` says which series a document
belongs to. None of the helpers here is public: the verbs in the sibling modules are.
"""
from __future__ import annotations

import re
import warnings
from collections import Counter
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from .series import EACH, MIX, _main_series, _series_choice, series_of  # noqa: F401  (the verbs import them from here)

__all__: list[str] = []


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
