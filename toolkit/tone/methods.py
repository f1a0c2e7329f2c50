"""The three scoring methods by name, their label cut-offs, and the check of a ``method=`` argument."""
from __future__ import annotations

__all__ = ["METHODS", "LABEL_CUTOFF"]

METHODS = ("outlook", "vader", "lm")
#: label cut-offs on ``score`` per method (score above +cut is positive, below -cut negative)
LABEL_CUTOFF = {"outlook": 0.1, "vader": 0.05, "lm": 0.05}


def _check_method(method) -> str:
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)} "
                         "('outlook' is the economic scorer, 'vader' and 'lm' are baselines).")
    return method


def _label(score: float, cut: float) -> str:
    return "positive" if score > cut else ("negative" if score < -cut else "neutral")
