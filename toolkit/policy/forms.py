"""The words of a decision, read from ``toolkit/data/policy_forms.tsv``: instruments and action words."""
from __future__ import annotations

import functools
import re
from importlib import resources

__all__ = ["policy_forms"]


@functools.lru_cache(maxsize=1)
def policy_forms() -> tuple[list[tuple[re.Pattern, str, int]], list[tuple[re.Pattern, str]]]:
    """``(instruments, actions)``: instruments as ``(pattern, name, rank)``, actions as ``(pattern, action)``.

    >>> instruments, actions = policy_forms()
    >>> [name for p, name, rank in instruments if p.search("the target range for the federal funds rate")][:1]
    ['federal funds target range']
    """
    text = resources.files("toolkit.data").joinpath("policy_forms.tsv").read_text(encoding="utf-8")
    instruments, actions = [], []
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    for kind, pattern, value, *rank in rows[1:]:
        compiled = re.compile(rf"\b(?:{pattern})(?!\w)", re.I)
        if kind == "instrument":
            instruments.append((compiled, value, int(rank[0])))
        elif kind == "action":
            actions.append((compiled, value))
        else:
            raise ValueError(f"policy_forms.tsv: unknown kind {kind!r} (expected instrument or action).")
    return instruments, actions
