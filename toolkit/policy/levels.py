"""Levels and changes of a policy rate as written in releases: "4-1/4", "1/4", "5.25", "50 basis points"."""
from __future__ import annotations

import math
import re

__all__ = ["parse_level", "parse_change_bp", "NUMBER"]

_VULGAR = {"¼": "1/4", "½": "1/2", "¾": "3/4", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8", "⅞": "7/8"}

#: A number as releases write it: "4-1/4", "4 3/4", "1/4", "4¼", "5.25", "5,25" is not accepted.
NUMBER = r"(?:\d+(?:[- ]| and )?\d/\d|\d/\d|\d+[¼½¾⅛⅜⅝⅞]|[¼½¾⅛⅜⅝⅞]|\d+(?:\.\d+)?)"
_PERCENT = r"(?:percent|per cent|%)"
_UNIT = r"(?P<unit>basis[- ]points?|bps?\b|percentage[- ]points?|ppts?\b|pp\b)"
_CHANGE = re.compile(rf"(?P<num>{NUMBER})\s*[- ]?\s*{_UNIT}", re.I)


def direction(new: float, old: float) -> str:
    """The action that moves a level from ``old`` to ``new``: "raise", "lower" or "maintain".

    >>> direction(2.5, 2.25), direction(1.0, 1.5), direction(3.0, 3.0)
    ('raise', 'lower', 'maintain')
    """
    return "raise" if new > old else "lower" if new < old else "maintain"


def parse_level(text: str) -> float:
    """The number ``text`` writes, in percent (NaN when it is not a number).

    >>> [parse_level(s) for s in ["4-1/4", "4 3/4", "1/4", "0", "5.25", "4½", "1 and 1/2"]]
    [4.25, 4.75, 0.25, 0.0, 5.25, 4.5, 1.5]
    >>> math.isnan(parse_level("four"))
    True
    """
    s = str(text).strip()
    for glyph, frac in _VULGAR.items():
        s = re.sub(rf"(\d){glyph}", rf"\1-{frac}", s).replace(glyph, frac)
    m = re.fullmatch(r"(?:(\d+)(?:[- ]| and ))?(\d)/(\d)|(\d+(?:\.\d+)?)", s)
    if not m:
        return math.nan
    if m.group(4) is not None:
        return float(m.group(4))
    whole = float(m.group(1) or 0)
    den = float(m.group(3))
    return whole + float(m.group(2)) / den if den else math.nan


def parse_change_bp(text: str) -> float:
    """The size of a move ``text`` states, in basis points, unsigned (NaN when none is stated).

    >>> [parse_change_bp(s) for s in ["by 25 basis points", "a 50-basis-point decrease",
    ...                                 "by 1/2 percentage point to", "by 0.25 percentage point", "by 25 bp"]]
    [25.0, 50.0, 50.0, 25.0, 25.0]
    >>> math.isnan(parse_change_bp("to 5 percent"))
    True
    """
    m = _CHANGE.search(str(text))
    if not m:
        return math.nan
    value = parse_level(m.group("num"))
    unit = m.group("unit").lower()
    return round(value if unit.startswith("b") else value * 100, 6)
