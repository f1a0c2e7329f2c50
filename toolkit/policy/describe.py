"""A release's decision and vote in one sentence, for notebooks and the report's index."""
from __future__ import annotations

import math

import pandas as pd

from .decisions import _read_first


__all__ = ["describe_decision"]

_VERB = {"raise": "raised", "lower": "lowered", "maintain": "held"}


def _level(low: float, high: float, word: str) -> str:
    if math.isnan(low):
        return ""
    both = f"{low:g}" if low == high else f"{low:g} to {high:g}"
    return f" {word} {both} percent"


def _vote(row) -> str:
    n = row["n_dissents"]
    if pd.isna(n):
        return ""
    if n == 0:
        return "; no dissent"
    names = f" ({row['dissenters']})" if row["dissenters"] else ""
    wanted = f", preferring {row['preferred']}" if row["preferred"] else ""
    return f"; {int(n)} dissent{'s' if n > 1 else ''}{names}{wanted}"


def describe_decision(decisions: pd.DataFrame, doc_ids) -> str:
    """The decision of the release made of ``doc_ids``, in words ("" when it states none).

    ``decisions`` is :func:`policy_decisions` output. An action left "other" is said so, with the
    start of its sentence, never read into a direction.

    >>> d = pd.DataFrame({"doc_id": ["a"], "instrument": "federal funds target range", "action": "maintain",
    ...     "level_low": 4.25, "level_high": 4.5, "change_bp": 0.0, "n_dissents": 2.0,
    ...     "dissenters": "Michelle W. Bowman; Christopher J. Waller", "preferred": "to lower the target range",
    ...     "sentence": "...", "reason": ""})
    >>> describe_decision(d, ["a"])
    'held the federal funds target range at 4.25 to 4.5 percent; 2 dissents (Michelle W. Bowman; Christopher J. Waller), preferring to lower the target range'
    >>> describe_decision(d, ["b"])
    ''
    """
    rows = decisions[decisions["doc_id"].isin(list(doc_ids))]
    if rows.empty:
        return ""
    row = _read_first(rows).iloc[0]
    if row["action"] == "other":
        return f"a decision on the {row['instrument']} not read (\u201c{str(row['sentence'])[:120]}\u201d)"
    change = "" if pd.isna(row["change_bp"]) or row["action"] == "maintain" else f" ({row['change_bp']:+g} bp)"
    return (f"{_VERB[row['action']]} the {row['instrument']}{_level(row['level_low'], row['level_high'], 'at' if row['action'] == 'maintain' else 'to')}{change}"
            f"{_vote(row)}")
