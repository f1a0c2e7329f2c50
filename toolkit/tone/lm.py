"""The ``lm`` baseline: word counts against the Loughran-McDonald master dictionary.

``score = (pos - neg) / (pos + neg)``. The dictionary may not be redistributed, so the toolkit does
not ship it: give its CSV with ``lm_path=`` or the ``TOOLKIT_LM_PATH`` environment variable.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from toolkit.tone.details import Term
from toolkit.tone.methods import LABEL_CUTOFF, _label
from toolkit.tone.text import _checked

__all__ = ["LM_URL", "LM_ENV"]

LM_URL = "https://sraf.nd.edu/loughranmcdonald-master-dictionary/"
LM_ENV = "TOOLKIT_LM_PATH"


def _lm_source(lm_path) -> Path:
    path = lm_path or os.environ.get(LM_ENV)
    if not path:
        raise FileNotFoundError(
            "method='lm' needs the Loughran-McDonald master dictionary CSV, which may not be "
            f"redistributed and so is not shipped. Download it from {LM_URL} and pass "
            f"lm_path='.../Loughran-McDonald_MasterDictionary.csv' or set {LM_ENV}.")
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"Loughran-McDonald dictionary {path} not found (from lm_path= or "
                                f"{LM_ENV}); download it from {LM_URL}.")
    return path


def _load_lm(lm_path):
    path = _lm_source(lm_path)
    return _cached_lm(str(path.resolve()), path.stat().st_mtime)


@lru_cache(maxsize=4)
def _cached_lm(path: str, mtime: float) -> dict[str, frozenset]:
    head = pd.read_csv(path, nrows=0)
    cols = {c.lower(): c for c in head.columns}
    need = ["word", "positive", "negative"]
    missing = [c for c in need if c not in cols]
    if missing:
        raise ValueError(f"{path} does not look like the Loughran-McDonald master dictionary: no "
                         f"column(s) {missing}; expected Word, Negative, Positive, Uncertainty, ... "
                         f"(get it from {LM_URL}).")
    use = [cols[c] for c in ("word", "positive", "negative", "uncertainty") if c in cols]
    df = pd.read_csv(path, usecols=use, keep_default_na=False)
    words = df[cols["word"]].astype(str).str.lower()
    lists = {}
    for name in ("positive", "negative", "uncertainty"):
        if name in cols:
            # a year means "added that year"; a negative year means "removed that year"
            flag = pd.to_numeric(df[cols[name]], errors="coerce").fillna(0) > 0
            lists[name] = frozenset(words[flag])
        else:
            lists[name] = frozenset()
    return lists


_WORD_RE = re.compile(r"[a-z]+")


def _score_lm(texts, lists: dict, max_chars: int) -> list:
    pos_set, neg_set, unc_set = lists["positive"], lists["negative"], lists["uncertainty"]
    cut = LABEL_CUTOFF["lm"]
    rows = []
    for text, clean, reason in _checked(texts, max_chars):
        if clean is None:
            rows.append((text, 0.0, "neutral", 0.0, 0.0, 0, False, [], reason))
            continue
        words = _WORD_RE.findall(clean.lower())
        terms = [Term(w, 1.0, "LM positive", "lm") if w in pos_set else Term(w, -1.0, "LM negative", "lm")
                 for w in words if w in pos_set or w in neg_set]
        p = sum(1 for t in terms if t[1] > 0)
        n = len(terms) - p
        score = (p - n) / (p + n) if p + n else 0.0
        rows.append((text, score, _label(score, cut), float(p), float(n),
                     sum(1 for w in words if w in unc_set), False, terms, reason))
    return rows
