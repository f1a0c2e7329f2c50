"""The corpus argument of the theme verbs, and their progress bar (private)."""
from __future__ import annotations

import pandas as pd

from toolkit.tokenizing import _memo

__all__: list[str] = []  # private helpers of toolkit.themes


def _as_corpus(corpus, verb: str) -> pd.DataFrame:
    """doc_id (str), date (datetime64[ns]), text (str) from a corpus DataFrame or a list of texts."""
    if isinstance(corpus, (str, bytes)):
        raise TypeError(
            f"{verb} takes a corpus DataFrame (toolkit.load_corpus(path)) or a list of texts, got a single "
            "string; wrap one text in a list: [text]."
        )
    if isinstance(corpus, pd.DataFrame):
        if "text" not in corpus.columns:
            raise ValueError(
                f"{verb} needs a corpus DataFrame with a 'text' column (toolkit.load_corpus(path)); "
                f"got columns {list(corpus.columns)}."
            )
        doc_id = corpus["doc_id"] if "doc_id" in corpus.columns else pd.Series(corpus.index, index=corpus.index)
        date = corpus["date"] if "date" in corpus.columns else pd.Series(pd.NaT, index=corpus.index)
        text = corpus["text"]
    else:
        text = pd.Series(list(corpus), dtype=object)
        doc_id = pd.Series(range(len(text)))
        date = pd.Series(pd.NaT, index=text.index)
    out = pd.DataFrame(
        {
            "doc_id": doc_id.astype(str).to_numpy(),
            "date": pd.to_datetime(date, errors="coerce").astype("datetime64[ns]").to_numpy(),
            # an Arrow str column without gaps is taken as it is (no copy of the texts)
            "text": text.array if _memo.arrow_texts(text) is not None and not text.hasnans
            else [t if isinstance(t, str) else "" for t in text],
        }
    )
    return out


def _progress(items, total: int, desc: str):
    if total < 500:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, total=total, desc=desc, leave=False)
