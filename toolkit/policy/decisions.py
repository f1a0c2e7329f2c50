"""``policy_decisions``: one row per release that states a policy decision, with its vote."""
from __future__ import annotations

import math

import pandas as pd

from .levels import direction
from .sentence import is_decision_sentence, read_decision
from .votes import parse_votes

__all__ = ["policy_decisions", "COLUMNS"]

COLUMNS = ["doc_id", "date", "series", "instrument", "action", "level_low", "level_high", "change_bp",
           "n_dissents", "dissenters", "preferred", "sentence", "reason"]


def _decision_of(text: str) -> dict | None:
    """The decision a text states: its best decision sentence read (an action before none; the main
    instrument before a side one such as the discount rate; the earlier sentence), or None."""
    from toolkit.tokenizing import split_sentences

    best, key = None, None
    for n, (a, b) in enumerate(split_sentences(text)):
        sentence = text[a:b]
        if not is_decision_sentence(sentence):
            continue
        read = read_decision(sentence)
        if read is None:
            continue
        k = (read["action"] == "other", read["rank"], n)
        if key is None or k < key:
            best, key = read, k
    return best


def _read_first(rows: pd.DataFrame) -> pd.DataFrame:
    """Decision rows with the ones whose action was read (not "other") first, else in their order."""
    return rows.sort_values("action", key=lambda action: action.eq("other"), kind="stable")


def _direction_from_previous(out: pd.DataFrame) -> pd.DataFrame:
    """Rows whose sentence sets a level without a direction ("establish a target range of 0 to
    1/4 percent") take it from the last stated level of the same series and instrument family; with
    none known they are "other"."""
    last: dict = {}
    for i, row in out.iterrows():
        family = (row["series"], str(row["instrument"]).split(" ")[0])
        mid = (row["level_low"] + row["level_high"]) / 2
        prev = last.get(family, math.nan)
        if row["action"] == "set":
            if math.isnan(prev) or math.isnan(mid):
                out.at[i, "action"] = "other"
                out.at[i, "reason"] = "sets a level without a direction, and no earlier level of this series is known"
            else:
                out.at[i, "action"] = direction(mid, prev)
                out.at[i, "change_bp"] = round((mid - prev) * 100, 6)
                out.at[i, "reason"] = f"direction read from the previous stated level ({prev:g} percent)"
        elif row["action"] in ("raise", "lower") and math.isnan(row["change_bp"]) and not math.isnan(mid):
            if not math.isnan(prev):
                out.at[i, "change_bp"] = round((mid - prev) * 100, 6)
                out.at[i, "reason"] = f"change from the previous stated level ({prev:g} percent)"
        if not math.isnan(mid):
            last[family] = mid
    return out


def policy_decisions(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per document that states a policy decision: what was decided, at what level, who dissented.

    Columns: ``doc_id``, ``date``, ``series``, ``instrument`` (federal funds target or target range,
    policy rate, reserve requirement ratio, ...), ``action`` (raise / lower / maintain / other),
    ``level_low``/``level_high`` (percent, the new level; equal for a single target), ``change_bp``
    (signed, basis points; 0 for maintain; the stated size, else from the stated "from" level, else
    from the previous row's level -- midpoints for ranges -- with ``reason`` saying so),
    ``n_dissents`` (NaN when the release says nothing about the vote), ``dissenters`` ("; "-joined),
    ``preferred`` (what dissenters wanted, when stated), ``sentence`` (the evidence) and ``reason``
    (why something was not read, or how the direction was found).

    A form the rules do not know gives ``action="other"`` with its sentence: never a guess. A level
    set without a direction ("establish a target range of 0 to 1/4 percent") takes its direction
    from the previous stated level of the same series, and ``reason`` says so. Documents stating no
    decision get no row; their ids are in ``attrs["no_decision"]`` and the number of documents read
    in ``attrs["n_documents"]``. The words are data: ``toolkit/data/policy_forms.tsv``.

    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "date": pd.to_datetime(["2019-07-31", "2019-09-18"]),
    ...     "text": ["The Committee decided to lower the target range for the federal funds rate to 2 to 2-1/4 percent.",
    ...              "Growth was solid."]})
    >>> d = policy_decisions(corpus)
    >>> d[["doc_id", "action", "level_low", "level_high"]].values.tolist()
    [['a', 'lower', 2.0, 2.25]]
    >>> d.attrs["no_decision"]
    ['b']
    """
    if not isinstance(corpus, pd.DataFrame) or not {"doc_id", "text"} <= set(corpus.columns):
        got = list(corpus.columns) if isinstance(corpus, pd.DataFrame) else type(corpus).__name__
        raise ValueError(f"policy_decisions takes a corpus DataFrame with 'doc_id' and 'text' (toolkit.load_corpus); got {got}.")
    docs = corpus.sort_values("date", kind="stable") if "date" in corpus.columns else corpus
    from toolkit.compare import series_of

    series = series_of(docs).astype(str)  # the series column, row by row else "source: type" or the source
    rows, missing = [], []
    for (_, doc), name in zip(docs.iterrows(), series):
        text = "" if pd.isna(doc["text"]) else str(doc["text"])
        read = _decision_of(text)
        if read is None:
            missing.append(doc["doc_id"])
            continue
        rows.append({"doc_id": doc["doc_id"], "date": doc.get("date", pd.NaT), "series": name, **read,
                     **parse_votes(text)})
    out = pd.DataFrame(rows, columns=COLUMNS + ["rank", "level_from"])
    out = _direction_from_previous(out.reset_index(drop=True))[COLUMNS]
    out["date"] = pd.to_datetime(out["date"])
    out.attrs = {"no_decision": missing, "n_documents": len(docs)}
    return out
