"""Checks of decisions: do actions agree with the stated levels, and what tone came before a move?"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["decision_agreement", "tone_before_moves"]


def decision_agreement(decisions: pd.DataFrame) -> pd.DataFrame:
    """Each raise / lower / maintain against the move of the stated level from the previous decision.

    Adds ``prev_level`` (midpoint of the previous row's level, same series and instrument family),
    ``moved`` (raise / lower / maintain from the levels) and ``agrees`` (None where either level is
    not stated); ``attrs["share"]`` is the share of comparable rows that agree.

    >>> d = pd.DataFrame({"series": "s", "instrument": "policy rate", "action": ["maintain", "raise", "lower"],
    ...                   "level_low": [2.0, 2.25, 2.5], "level_high": [2.0, 2.25, 2.5]})
    >>> a = decision_agreement(d)
    >>> a["agrees"].tolist(), a.attrs["share"]
    ([None, True, False], 0.5)
    """
    out = decisions.copy()
    mid = (out["level_low"].astype(float) + out["level_high"].astype(float)) / 2
    family = out["series"].astype(str) + "|" + out["instrument"].astype(str).str.split(" ").str[0]
    prev = mid.groupby(family).transform(lambda s: s.ffill().shift())
    moved = np.where(mid > prev, "raise", np.where(mid < prev, "lower", "maintain"))
    known = mid.notna() & prev.notna() & out["action"].isin(["raise", "lower", "maintain"])
    agrees = out["action"].to_numpy() == moved  # compared once, kept where both levels are known
    out["prev_level"] = prev
    out["moved"] = pd.Series(np.where(known, moved, None), index=out.index, dtype=object)
    out["agrees"] = pd.Series([bool(a) if k else None for a, k in zip(agrees, known)], index=out.index, dtype=object)
    out.attrs = {"share": float(agrees[known.to_numpy()].mean()) if known.any() else float("nan"),
                 "n_compared": int(known.sum())}
    return out


def tone_before_moves(doc_tone: pd.DataFrame, decisions: pd.DataFrame) -> pd.DataFrame:
    """Tone of the release *before* each cut and each hike, per action (a sanity check of the scorer).

    ``doc_tone`` is ``toolkit.document_tone`` output (``doc_id``, ``tone``); ``decisions`` is
    :func:`policy_decisions` output. For each raise or lower, the release before it in its series
    (the previous row of ``decisions``) gives the tone. One row per action: ``action``, ``n_moves``,
    ``mean_tone``, ``median_tone``; the per-move table is in ``attrs["moves"]``. A tone scorer
    that reads the outlook should find the statement before a cut darker than the one before a hike.

    >>> dt = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "tone": [0.5, 0.4, -0.3, -0.2]})
    >>> dec = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "series": "s",
    ...                     "action": ["maintain", "raise", "maintain", "lower"]})
    >>> tone_before_moves(dt, dec)[["action", "n_moves", "mean_tone"]].values.tolist()
    [['lower', 1, -0.3], ['raise', 1, 0.5]]
    """
    missing = {"doc_id", "tone"} - set(doc_tone.columns) or {"doc_id", "series", "action"} - set(decisions.columns)
    if missing:
        raise ValueError(f"tone_before_moves needs document_tone output and policy_decisions output; missing {sorted(missing)}.")
    tone = doc_tone.groupby("doc_id")["tone"].mean()
    dec = decisions.reset_index(drop=True)
    dec["before"] = dec.groupby(dec["series"].astype(str))["doc_id"].shift()
    moves = dec[dec["action"].isin(["raise", "lower"]) & dec["before"].notna()].copy()
    moves["tone_before"] = moves["before"].map(tone).astype(float)
    moves = moves.dropna(subset=["tone_before"])
    out = (moves.groupby("action")["tone_before"].agg(n_moves="size", mean_tone="mean", median_tone="median")
           .reset_index())
    out.attrs = {"moves": moves[["doc_id", "before", "action", "tone_before"]]}
    return out
