"""Evaluate tone scorers on labelled sentences: accuracy, macro-F1, per-class scores, side by side.

==========================  ==========================================================
``evaluate``                one row per scoring method: accuracy, macro-F1, per-class
                            precision / recall / F1 / support, seconds, note
``confusion``               the 3×3 confusion matrix of one method (true × predicted)
``flag_agreement``          the scorer's forward_looking / uncertainty flags against labels
``annotator_agreement``     two annotations of the same rows: agreement, kappa, F1 (the
                            human ceiling; in ``toolkit/agreement.py``)
``label_metrics``           the same metrics for two label sequences you already have
``confusion_matrix``        the 3×3 matrix for two label sequences
``parse_labels``            -1/0/1 or negative/neutral/positive → canonical words
``nber_recessions``         US recessions (NBER peak and trough months) as a table, for
                            checking that tone is lower in recessions
==========================  ==========================================================

Design: :func:`evaluate` returns a flat table (numbers only, one row per method, so it prints,
sorts and saves like any other table); the confusion matrices are kept out of the cells and are
returned by :func:`confusion`, and also ride along in ``result.attrs["confusion"]`` (a dict
``method -> DataFrame``) so a notebook can show them without scoring twice.

Metrics, implemented here with numpy/pandas (no scikit-learn):

* ``accuracy`` = share of rows whose predicted label equals the true one;
* per class c: ``precision_c`` = TP / (TP + FP), ``recall_c`` = TP / (TP + FN),
  ``f1_c`` = 2·P·R / (P + R). A ratio whose denominator is 0 (no row predicted as c, or no row truly
  c) is 0.0, as is F1 when P + R = 0 — but a class that appears neither in the truth nor in the
  predictions has NaN precision/recall/F1;
* ``macro_f1`` = unweighted mean of the per-class F1 over the classes that appear in the truth or in
  the predictions (NaN classes left out), which is scikit-learn's default.
"""
from __future__ import annotations

import time
import warnings
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np
import pandas as pd
from importlib.resources import files

from toolkit.agreement import annotator_agreement

__all__ = ["evaluate", "flag_agreement", "annotator_agreement", "confusion", "label_metrics", "confusion_matrix", "parse_labels", "nber_recessions",
           "DEV_SET", "LABELLED_SET", "SECOND_ANNOTATION", "NBER_RECESSIONS", "CLASSES"]

DEV_SET = Path(str(files("toolkit") / "data" / "outlook_dev.csv"))
"""The bundled outlook development set: 325 hand-labelled sentences (FOMC, PBoC, Beige Book, trade
press) with columns ``id, text, label, source, doc, date, origin, note``; labelling guidelines in
``docs/labelling/GUIDELINES.md``. ``evaluate(DEV_SET)`` scores the methods on it."""

LABELLED_SET = Path(str(files("toolkit") / "data" / "outlook_labelled.csv"))
"""The bundled labelled outlook set: 3,815 sentences of 14 sources (10 central banks, FOMC, PBoC,
Beige Book, trade press) and 9 kinds of release, each labelled for tone (``label`` -1/0/1),
``forward_looking`` (yes/no) and ``certainty`` (certain/uncertain), split into ``dev`` and ``test`` by
document: 1,643 rows of a first draw (ids to L1672, about half dev, half test) and 2,172 of a second
draw from other documents (ids from L2001, all dev). Columns ``id, source, kind, doc_id, date, split,
text, label, forward_looking, certainty, origin``; guidelines and provenance in ``docs/labelling/``. Tune on ``split == "dev"`` only; the ``test``
rows are for the figures reported at the end of a round of tuning, never for choosing a rule.

>>> import pandas as pd
>>> dev = pd.read_csv(LABELLED_SET).query("split == 'dev'")
"""

SECOND_ANNOTATION = Path(str(files("toolkit") / "data" / "outlook_labelled_second.csv"))
"""A second, independent annotation of the first draw of :data:`LABELLED_SET` (1,643 rows) under the same guidelines, by other
annotators who saw neither the first labels nor the scorer: ``id, label, forward_looking, certainty,
note`` (``label`` -1/0/1 or ``drop``). ``annotator_agreement(LABELLED_SET, SECOND_ANNOTATION)`` gives the
human agreement the scorer's figures are read against; the first annotation stays the reference.
"""

NBER_RECESSIONS = Path(str(files("toolkit") / "data" / "nber_recessions.csv"))
"""The bundled NBER business-cycle peak and trough months (``peak,trough`` as ``YYYY-MM``); see
:func:`nber_recessions`."""

CLASSES = ("negative", "neutral", "positive")
_WORDS = {"-1": "negative", "0": "neutral", "1": "positive", "+1": "positive",
          "negative": "negative", "neutral": "neutral", "positive": "positive"}
METRIC_COLUMNS = (
    ["accuracy", "macro_f1"]
    + [f"f1_{c}" for c in CLASSES]
    + [f"precision_{c}" for c in CLASSES]
    + [f"recall_{c}" for c in CLASSES]
    + [f"support_{c}" for c in CLASSES]
)
RESULT_COLUMNS = ["method", "n", *METRIC_COLUMNS, "seconds", "note"]


# ---------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------


def _canonical(value) -> str | None:
    """One label value as a canonical word, or None when it is not a label."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, np.integer)):
        key = str(int(value))
    elif isinstance(value, (float, np.floating)):
        if not np.isfinite(value) or float(value) != int(value):
            return None
        key = str(int(value))
    else:
        key = str(value).strip().lower()
        try:  # "1.0", "-1.0" from a CSV read as text
            f = float(key)
            if np.isfinite(f) and f == int(f):
                key = str(int(f))
        except ValueError:
            pass
    return _WORDS.get(key)


def parse_labels(values: Iterable, name: str = "label") -> pd.Series:
    """Turn tone labels into the words ``negative``/``neutral``/``positive``.

    Accepts -1/0/1 (as numbers or text, ``+1`` too) and the words in any case. Anything else,
    missing values included, raises a ``ValueError`` that lists the bad values and their row
    positions (0-based), so they can be fixed in the file.

    >>> parse_labels([-1, 0, 1, "Positive", " NEGATIVE "]).tolist()
    ['negative', 'neutral', 'positive', 'positive', 'negative']
    """
    values = list(values.tolist() if isinstance(values, (pd.Series, pd.Index, np.ndarray)) else values)
    words = [_canonical(v) for v in values]
    bad = [(i, v) for i, (v, w) in enumerate(zip(values, words)) if w is None]
    if bad:
        shown = "; ".join(f"row {i}: {v!r}" for i, v in bad[:20])
        more = f" (and {len(bad) - 20} more)" if len(bad) > 20 else ""
        raise ValueError(
            f"column {name!r} has {len(bad)} value(s) that are not tone labels: {shown}{more}. "
            "Expected -1/0/1 or negative/neutral/positive (any case); fix or drop those rows."
        )
    return pd.Series(words, dtype="string", name=name)


# ---------------------------------------------------------------------------------------------
# Metrics on two label sequences
# ---------------------------------------------------------------------------------------------


def confusion_matrix(true: Iterable, predicted: Iterable) -> pd.DataFrame:
    """Counts of true label (rows) × predicted label (columns), always 3×3 in the order
    negative, neutral, positive. Labels may be -1/0/1 or words.

    >>> cm = confusion_matrix([1, 1, 0, -1], ["positive", "neutral", "neutral", "positive"])
    >>> cm.index.name, cm.columns.name, cm.to_numpy().tolist()
    ('true', 'predicted', [[0, 0, 1], [0, 1, 0], [0, 1, 1]])
    """
    t = parse_labels(true, "true")
    p = parse_labels(predicted, "predicted")
    if len(t) != len(p):
        raise ValueError(f"true has {len(t)} labels but predicted has {len(p)}; they must pair up row by row")
    idx = {c: i for i, c in enumerate(CLASSES)}
    counts = np.zeros((3, 3), dtype=np.int64)
    np.add.at(counts, (t.map(idx).to_numpy(dtype=int), p.map(idx).to_numpy(dtype=int)), 1)
    return pd.DataFrame(
        counts,
        index=pd.Index(CLASSES, name="true"),
        columns=pd.Index(CLASSES, name="predicted"),
    )


def _ratio(num: float, den: float) -> float:
    return float(num / den) if den else 0.0


def _metrics_from_matrix(cm: pd.DataFrame) -> dict:
    m = cm.to_numpy(dtype=float)
    out: dict = {}
    n = m.sum()
    out["accuracy"] = float(np.trace(m) / n) if n else float("nan")
    f1s = []
    for i, c in enumerate(CLASSES):
        tp, n_pred, n_true = m[i, i], m[:, i].sum(), m[i, :].sum()
        if n_pred == 0 and n_true == 0:
            p = r = f = float("nan")
        else:
            p, r = _ratio(tp, n_pred), _ratio(tp, n_true)
            f = _ratio(2 * p * r, p + r)
            f1s.append(f)
        out[f"precision_{c}"], out[f"recall_{c}"], out[f"f1_{c}"] = p, r, f
        out[f"support_{c}"] = int(n_true)
    out["macro_f1"] = float(np.mean(f1s)) if f1s else float("nan")
    return {k: out[k] for k in METRIC_COLUMNS}


def label_metrics(true: Iterable, predicted: Iterable) -> pd.Series:
    """Accuracy, macro-F1 and per-class precision/recall/F1/support for two label sequences.

    >>> m = label_metrics([1, 1, 0, -1], [1, 0, 0, 1])
    >>> float(m["accuracy"]), round(float(m["f1_positive"]), 3), float(m["recall_negative"])
    (0.5, 0.5, 0.0)
    """
    return pd.Series(_metrics_from_matrix(confusion_matrix(true, predicted)), dtype=object)


# ---------------------------------------------------------------------------------------------
# Scoring labelled data
# ---------------------------------------------------------------------------------------------


def _read(data, text: str, label: str) -> pd.DataFrame:
    if isinstance(data, (str, Path)):
        path = Path(data)
        if not path.is_file():
            raise FileNotFoundError(
                f"no labelled file at {path}; pass a CSV path with a {text!r} and a {label!r} column, "
                "or a DataFrame"
            )
        df = pd.read_csv(path, dtype={label: str})
    elif isinstance(data, pd.DataFrame):
        df = data
    else:
        raise ValueError(
            f"evaluate() takes a CSV path or a pandas DataFrame, not {type(data).__name__}"
        )
    missing = [c for c in (text, label) if c not in df.columns]
    if missing:
        raise ValueError(
            f"labelled data has no column {missing[0]!r}; its columns are {list(map(str, df.columns))}. "
            f"Name the columns with text=... and label=... (e.g. text='translation', label='value')."
        )
    if len(df) == 0:
        raise ValueError("labelled data has no rows; nothing to evaluate")
    return df.reset_index(drop=True)


def _default_scorer() -> Callable:
    from toolkit.tone import score_texts

    return score_texts


def _predict(texts: list, method: str, scorer: Callable | None, score_kwargs: dict) -> pd.Series:
    """Predicted labels of one method; raises whatever the scorer raises."""
    fn = scorer if scorer is not None else _default_scorer()
    scored = fn(texts, method=method, **score_kwargs)
    if not isinstance(scored, pd.DataFrame) or "label" not in scored.columns:
        raise ValueError(f"scorer for {method!r} did not return a DataFrame with a 'label' column")
    if len(scored) != len(texts):
        raise ValueError(f"scorer for {method!r} returned {len(scored)} rows for {len(texts)} texts")
    return parse_labels(scored["label"], f"{method} predictions")


def _texts(df: pd.DataFrame, text: str) -> list:
    return [None if (v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA) else str(v)
            for v in df[text].tolist()]


def _failed_row(method: str, n: int, note: str) -> dict:
    return {"method": method, "n": n, **{c: float("nan") for c in METRIC_COLUMNS}, "seconds": float("nan"),
            "note": note}


def _groups(df: pd.DataFrame, by) -> list[tuple[str, np.ndarray]]:
    """``[("all", every row), (group, its rows), ...]`` of ``df`` grouped on column ``by`` (None: all)."""
    if by is not None and by not in df.columns:
        raise ValueError(f"labelled data has no column {by!r} to group by; its columns are {list(df.columns)}")
    groups = [("all", np.ones(len(df), dtype=bool))]
    if by is not None:
        keys = df[by].astype("string").fillna("<NA>")
        groups += [(g, (keys == g).to_numpy()) for g in sorted(keys.unique())]
    return groups


def evaluate(
    data,
    text: str = "text",
    label: str = "label",
    methods: Sequence[str] | str = ("outlook", "vader"),
    *,
    by: str | None = None,
    scorer: Callable | None = None,
    **score_kwargs,
) -> pd.DataFrame:
    """Score labelled sentences with each method and compare the predictions with the labels.

    Parameters
    ----------
    data : path to a CSV file, or a DataFrame, with a text column and a label column.
    text, label : names of those columns (ecosent gold: ``text="translation", label="value"``).
        Labels are -1/0/1 or negative/neutral/positive in any case; anything else raises a
        ``ValueError`` listing the bad values and their rows.
    methods : scoring methods passed to ``toolkit.tone.score_texts(texts, method=m)``.
    by : optional column to group by (e.g. ``"source"``); adds that column and gives one row per
        group and method, plus an ``"all"`` group.
    scorer : a function ``(texts, method=..., **score_kwargs) -> DataFrame`` with a ``label`` column,
        used instead of ``toolkit.tone.score_texts`` (for tests or other scorers).
    **score_kwargs : passed on to the scorer (e.g. ``lm_path=...``, ``lexicon=...``).

    Returns
    -------
    DataFrame with columns ``method, n, accuracy, macro_f1, f1_negative, f1_neutral, f1_positive,
    precision_*, recall_*, support_*, seconds, note`` (``by`` first when given; ``support_c`` is the
    number of rows truly labelled c; ``seconds`` is the scorer's wall time on all rows). A method that cannot
    run (e.g. ``"lm"`` without a dictionary path) gets NaN metrics and the reason in ``note``, and a
    warning, instead of stopping the others. ``result.attrs["confusion"]`` maps each method that ran
    to its confusion matrix on all rows (see :func:`confusion`).

    Example
    -------
    >>> import pandas as pd
    >>> gold = pd.DataFrame({"text": ["Growth picked up.", "Exports fell.", "The meeting was held."],
    ...                      "label": [1, -1, 0]})
    >>> def always_neutral(texts, method):
    ...     return pd.DataFrame({"label": ["neutral"] * len(texts)})
    >>> table = evaluate(gold, methods=["toy"], scorer=always_neutral)
    >>> table[["method", "n", "accuracy", "f1_neutral"]].round(3).to_dict("records")
    [{'method': 'toy', 'n': 3, 'accuracy': 0.333, 'f1_neutral': 0.5}]
    """
    df = _read(data, text, label)
    groups = _groups(df, by)
    truth = parse_labels(df[label], label)
    texts = _texts(df, text)
    if isinstance(methods, str):
        methods = [methods]

    rows, matrices = [], {}
    for method in methods:
        start = time.perf_counter()
        try:
            predicted = _predict(texts, method, scorer, score_kwargs)
        except Exception as exc:  # a method that cannot run is reported, not fatal
            note = f"{method!r} could not run: {type(exc).__name__}: {exc}"
            warnings.warn(note, stacklevel=2)
            for g, mask in groups:
                rows.append({**({by: g} if by else {}), **_failed_row(method, int(mask.sum()), note)})
            continue
        seconds = time.perf_counter() - start
        for g, mask in groups:
            cm = confusion_matrix(truth[mask], predicted[mask])
            if g == "all":
                matrices[method] = cm
            rows.append({**({by: g} if by else {}), "method": method, "n": int(mask.sum()),
                         **_metrics_from_matrix(cm), "seconds": seconds, "note": ""})
    columns = ([by] if by else []) + RESULT_COLUMNS
    result = pd.DataFrame(rows, columns=columns)
    result[list(METRIC_COLUMNS) + ["seconds"]] = result[list(METRIC_COLUMNS) + ["seconds"]].astype(float)
    result["n"] = result["n"].astype(int)
    result.attrs["confusion"] = matrices
    return result


def confusion(
    data,
    text: str = "text",
    label: str = "label",
    method: str = "outlook",
    *,
    scorer: Callable | None = None,
    **score_kwargs,
) -> pd.DataFrame:
    """Confusion matrix of one scoring method on labelled data: true labels as rows, predicted
    labels as columns, both in the order negative, neutral, positive. Errors from the scorer
    (e.g. a method that cannot run) are raised, since there is no matrix to show.

    >>> import pandas as pd
    >>> gold = pd.DataFrame({"text": ["Growth picked up.", "Exports fell."], "label": [1, -1]})
    >>> def always_positive(texts, method):
    ...     return pd.DataFrame({"label": ["positive"] * len(texts)})
    >>> confusion(gold, method="toy", scorer=always_positive).loc[:, "positive"].to_dict()
    {'negative': 1, 'neutral': 0, 'positive': 1}
    """
    df = _read(data, text, label)
    truth = parse_labels(df[label], label)
    return confusion_matrix(truth, _predict(_texts(df, text), method, scorer, score_kwargs))


# ---------------------------------------------------------------------------------------------
# Reference dates
# ---------------------------------------------------------------------------------------------


def nber_recessions(path=None) -> pd.DataFrame:
    """US recessions as dated by the NBER: one row each, oldest first.

    Columns: ``peak`` and ``trough`` (the first day of the NBER's peak and trough months),
    ``start`` (= ``peak``) and ``end`` (the last day of the trough month), so a date is in a
    recession when ``start <= date <= end``; and ``label`` ("2001", "2007-09"). ``path`` reads
    another file with ``peak,trough`` columns (``#`` lines are comments); by default the bundled
    :data:`NBER_RECESSIONS` (post-war cycles, source named in its header). The table can be given
    to ``plots.tone_timeline(shade=...)`` as it is.

    >>> rec = nber_recessions()
    >>> rec.loc[rec["label"] == "2007-09", ["start", "end"]].astype(str).values.tolist()
    [['2007-12-01', '2009-06-30']]
    """
    source = Path(path) if path is not None else NBER_RECESSIONS
    table = pd.read_csv(source, comment="#", dtype=str)
    missing = {"peak", "trough"} - set(table.columns)
    if missing:
        raise ValueError(f"{source} has no {sorted(missing)} column(s); expected peak,trough as YYYY-MM "
                         f"(got {list(table.columns)})")
    peak = pd.to_datetime(table["peak"].str.strip(), format="%Y-%m")
    trough = pd.to_datetime(table["trough"].str.strip(), format="%Y-%m")
    end = trough + pd.offsets.MonthEnd(0)
    label = [f"{a.year}" if a.year == b.year else f"{a.year}-{b.year % 100:02d}" for a, b in zip(peak, trough)]
    out = pd.DataFrame({"peak": peak, "trough": trough, "start": peak, "end": end, "label": label})
    return out.sort_values("start", ignore_index=True)


FLAG_COLUMNS = ["measure", "n", "n_true", "precision", "recall", "f1"]


def flag_agreement(data, text: str = "text", *, by: str | None = None, scored: pd.DataFrame | None = None,
                   **score_kwargs) -> pd.DataFrame:
    """How well the outlook scorer's ``forward_looking`` and ``uncertainty`` agree with labels.

    ``data`` is a CSV path or a DataFrame with a ``text`` column and the labelled set's
    ``forward_looking`` (yes / no) and/or ``certainty`` (certain / uncertain) columns, such as
    :data:`LABELLED_SET`. One row per measure (and per ``by`` group, plus ``"all"``):
    ``forward_looking`` compares the scorer's flag with ``forward_looking == "yes"``,
    ``uncertain`` compares ``uncertainty > 0`` with ``certainty == "uncertain"``; ``precision``,
    ``recall`` and ``f1`` are those of the positive class, ``n_true`` its count. ``scored``: other
    predictions to check instead of the outlook scorer's, one row per row of ``data`` with a
    ``forward_looking`` (bool) and an ``uncertainty`` (number) column (e.g. a keyword baseline).

    >>> labelled = pd.DataFrame({"text": ["Growth will pick up next year.", "Output fell in May."],
    ...                          "forward_looking": ["yes", "no"], "certainty": ["certain", "certain"]})
    >>> flag_agreement(labelled)[["measure", "n", "f1"]].to_dict("records")[0]
    {'measure': 'forward_looking', 'n': 2, 'f1': 1.0}
    """
    df = _read(data, text, text)
    wanted = [(m, c, v) for m, c, v in (("forward_looking", "forward_looking", "yes"),
                                        ("uncertain", "certainty", "uncertain")) if c in df.columns]
    if not wanted:
        raise ValueError("flag_agreement needs a 'forward_looking' (yes/no) or 'certainty' (certain/uncertain) "
                         f"column, as in toolkit.evaluation.LABELLED_SET; got {list(df.columns)}")
    groups = _groups(df, by)
    if scored is None:
        from toolkit.tone import score_texts

        scored = score_texts(_texts(df, text), **score_kwargs)
    elif len(scored) != len(df):
        raise ValueError(f"flag_agreement: scored has {len(scored)} rows for {len(df)} labelled rows")
    predicted = {"forward_looking": scored["forward_looking"].fillna(False).to_numpy(bool),
                 "uncertain": (scored["uncertainty"].fillna(0) > 0).to_numpy()}
    labelled = {measure: (df[column].astype(str).str.strip().str.lower() == positive).to_numpy()
                for measure, column, positive in wanted}
    rows = []
    for g, mask in groups:
        for measure, _, _ in wanted:
            truth = labelled[measure][mask]
            guess = predicted[measure][mask]
            tp = float((truth & guess).sum())
            precision = _ratio(tp, float(guess.sum()))
            recall = _ratio(tp, float(truth.sum()))
            rows.append({**({by: g} if by else {}), "measure": measure, "n": int(mask.sum()),
                         "n_true": int(truth.sum()), "precision": precision, "recall": recall,
                         "f1": _ratio(2 * precision * recall, precision + recall)})
    return pd.DataFrame(rows, columns=([by] if by else []) + FLAG_COLUMNS)
