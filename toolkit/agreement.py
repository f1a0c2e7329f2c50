"""How far two annotations of the same sentences agree: the human ceiling a scorer is measured against.

``annotator_agreement(first, second)`` joins two labelled tables on their ``id`` and compares, per
measure (tone ``label``, ``forward_looking``, ``certainty``) and per group, the labels both annotators
kept. A scorer's macro-F1 against one annotator means little without this figure: when two careful
readers agree at 0.75, a scorer at 0.75 reads as well as a second reader.

The figures, all symmetric in the two annotations:

* ``agreement``: share of rows with the same label;
* ``kappa``: Cohen's kappa, (agreement − chance) / (1 − chance), chance from each annotator's own
  label shares;
* ``macro_f1``: mean over the measure's classes of the F1 of one annotator read against the other (the
  figure the scorer is reported with; F1 per class does not depend on which side is "truth");
* ``f1``: for the yes/no flags, the F1 of the positive class (``yes``, ``uncertain``), the figure
  ``flag_agreement`` reports for the scorer; NaN for tone.

No row is left out silently: ``n_first_only`` / ``n_second_only`` count ids only one side labelled, and
``n_dropped`` rows that one side kept and the other dropped (``label == "drop"``) — they are not compared.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["annotator_agreement", "AGREEMENT_COLUMNS"]

#: the measures and their classes; the first class listed last is the positive class of a flag
MEASURES = {"label": ("-1", "0", "1"), "forward_looking": ("no", "yes"), "certainty": ("certain", "uncertain")}
AGREEMENT_COLUMNS = ["measure", "n", "agreement", "kappa", "macro_f1", "f1", "n_first_only", "n_second_only",
                     "n_dropped"]


def _table(data, name: str, on: str) -> pd.DataFrame:
    if isinstance(data, (str, Path)):
        if not Path(data).is_file():
            raise FileNotFoundError(f"annotator_agreement: no file at {data} for the {name} annotation")
        data = pd.read_csv(data, dtype=str, keep_default_na=False)
    if not isinstance(data, pd.DataFrame):
        raise ValueError(f"annotator_agreement: the {name} annotation must be a CSV path or a DataFrame, "
                         f"not {type(data).__name__}")
    if on not in data.columns:
        raise ValueError(f"annotator_agreement: the {name} annotation has no {on!r} column to join on; "
                         f"its columns are {list(data.columns)}")
    repeated = data[on][data[on].duplicated()].tolist()
    if repeated:
        raise ValueError(f"annotator_agreement: the {name} annotation labels {len(repeated)} id(s) twice, "
                         f"e.g. {repeated[:5]}; keep one row per id")
    return data.astype({c: str for c in data.columns if c in MEASURES or c == on}).set_index(on)


def _normal(values: pd.Series, measure: str) -> pd.Series:
    """The values as their measure's class names; a tone label read as ``evaluate`` reads it (-1/0/1
    as numbers or text, "+1", the words), "drop" and empty kept, anything else left for the check."""
    out = values.fillna("").astype(str).str.strip().str.lower()
    if measure == "label":
        from toolkit.evaluation import _canonical  # evaluation imports this module

        sign = {"negative": "-1", "neutral": "0", "positive": "1"}
        out = out.map(lambda v: sign.get(_canonical(v), v))
    return out


def _figures(a: np.ndarray, b: np.ndarray, classes: tuple) -> dict:
    n = len(a)
    if n == 0:
        return {"n": 0, "agreement": np.nan, "kappa": np.nan, "macro_f1": np.nan, "f1": np.nan}
    observed = float((a == b).mean())
    chance = float(sum((a == c).mean() * (b == c).mean() for c in classes))
    f1s = {}
    for c in classes:
        both, either = float(((a == c) & (b == c)).sum()), float((a == c).sum() + (b == c).sum())
        if either:
            f1s[c] = 2 * both / either
    kappa = (observed - chance) / (1 - chance) if chance < 1 else np.nan
    flag = classes[-1] if len(classes) == 2 else None
    return {"n": n, "agreement": observed, "kappa": kappa, "macro_f1": float(np.mean(list(f1s.values()))),
            "f1": f1s.get(flag, 0.0) if flag else np.nan}


def annotator_agreement(first, second, *, on: str = "id", by: str | None = None) -> pd.DataFrame:
    """Agreement of two annotations of the same rows, per measure (and per ``by`` group, plus ``"all"``).

    ``first`` and ``second`` are CSV paths or DataFrames with an ``on`` column (the row id) and any of
    ``label`` (-1/0/1, or ``drop``), ``forward_looking`` (yes/no), ``certainty`` (certain/uncertain);
    ``by`` names a column of ``first`` (e.g. ``split`` or ``source``). Rows a side dropped or left
    empty are counted, not compared; a value outside a measure's classes raises a ``ValueError``.

    >>> a = pd.DataFrame({"id": ["s1", "s2", "s3", "s4"], "label": ["1", "0", "-1", "0"],
    ...                   "forward_looking": ["yes", "no", "no", "no"]})
    >>> b = pd.DataFrame({"id": ["s1", "s2", "s3", "s5"], "label": ["1", "-1", "-1", "1"],
    ...                   "forward_looking": ["yes", "no", "yes", "no"]})
    >>> t = annotator_agreement(a, b)
    >>> t[["measure", "n", "agreement", "n_first_only", "n_second_only"]].round(3).to_dict("records")[0]
    {'measure': 'label', 'n': 3, 'agreement': 0.667, 'n_first_only': 1, 'n_second_only': 1}
    """
    one, two = _table(first, "first", on), _table(second, "second", on)
    measures = [m for m in MEASURES if m in one.columns and m in two.columns]
    if not measures:
        raise ValueError(f"annotator_agreement: the annotations share none of {list(MEASURES)}; "
                         f"first has {list(one.columns)}, second {list(two.columns)}")
    if by is not None and by not in one.columns:
        raise ValueError(f"annotator_agreement: the first annotation has no column {by!r} to group by")
    shared = one.index.intersection(two.index, sort=False)
    counts = {"n_first_only": int(len(one.index.difference(two.index))),
              "n_second_only": int(len(two.index.difference(one.index)))}
    kept = np.ones(len(shared), dtype=bool)
    for table in (one, two):
        if "label" in table.columns:
            kept &= (_normal(table.loc[shared, "label"], "label") != "drop").to_numpy()
    groups = [("all", np.ones(len(shared), dtype=bool))]
    if by is not None:
        keys = one.loc[shared, by].astype(str).to_numpy()
        groups += [(g, keys == g) for g in sorted(set(keys))]
    rows = []
    for measure in measures:
        a, b = (_normal(t.loc[shared, measure], measure).to_numpy() for t in (one, two))
        bad = sorted({v for v in np.r_[a[kept], b[kept]] if v and v not in MEASURES[measure]})
        if bad:
            raise ValueError(f"annotator_agreement: {measure!r} has values {bad[:5]} outside "
                             f"{list(MEASURES[measure])} (or 'drop' for label)")
        filled = kept & (a != "") & (b != "")
        for g, mask in groups:
            use = filled & mask
            rows.append({**({by: g} if by else {}), "measure": measure,
                         **_figures(a[use], b[use], MEASURES[measure]), **counts,
                         "n_dropped": int((mask & ~kept).sum())})
    return pd.DataFrame(rows, columns=([by] if by else []) + AGREEMENT_COLUMNS)
