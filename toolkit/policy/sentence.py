"""One decision sentence read: instrument, action, levels and the size of the move."""
from __future__ import annotations

import math
import re

from .forms import policy_forms
from .levels import _PERCENT as _P
from .levels import NUMBER, direction, parse_change_bp, parse_level

__all__ = ["read_decision", "is_decision_sentence"]

_TRIGGER = re.compile(r"\b(?:decided|decides|decide|decision to|agreed|voted|votes|approved|announced|made no change|"
                      r"determined|resolved|will (?:maintain|keep|leave|hold))\b", re.I)
_NOT_OURS = re.compile(r"\b(?:prefer(?:red|s)?|dissent\w*|voting against|expects?|anticipates?|would|could|"
                       r"might|if|intends?|plans?)\b", re.I)
_FROM_TO = re.compile(rf"\bfrom\s+(?P<a>{NUMBER})\s*{_P}?\s+to\s+(?P<b>{NUMBER})\s*{_P}", re.I)
_RANGE = re.compile(rf"(?P<a>{NUMBER})\s*{_P}?\s*(?:to|-|–)\s*(?P<b>{NUMBER})\s*{_P}", re.I)
_SINGLE = re.compile(rf"\b(?:at|to|of|around)\s+(?:around\s+|about\s+)?(?P<a>{NUMBER})\s*{_P}", re.I)
_BY = re.compile(rf"\bby\s+{NUMBER}\s*[- ]?\s*(?:basis[- ]points?|bps?|percentage[- ]points?)|"
                 rf"{NUMBER}[- ]basis[- ]points?", re.I)


def is_decision_sentence(sentence: str) -> bool:
    """Whether a sentence reports a decision: a decision word, and no preference, forecast or
    condition before the instrument it names.

    >>> is_decision_sentence("The Committee decided to maintain the target range at 4-1/4 to 4-1/2 percent.")
    True
    >>> is_decision_sentence("The Committee expects to maintain this target range until it is confident.")
    False
    >>> is_decision_sentence("The Committee will maintain the target range for the federal funds rate at 0 to 1/4 "
    ...                      "percent and anticipates low rates.")
    True
    """
    if not _TRIGGER.search(sentence):  # most sentences: no decision word, no instrument search
        return False
    found = _instrument(sentence)
    head = sentence[:found[3]] if found else sentence
    return not _NOT_OURS.search(head)


def _instrument(sentence: str):
    """The main instrument a sentence names: ``(name, rank, start, end)`` or None."""
    found = []
    for pattern, name, rank in policy_forms()[0]:
        for m in pattern.finditer(sentence):
            found.append((rank, m.start(), -(m.end() - m.start()), name, m.end()))
    if not found:
        return None
    rank, start, _, name, end = min(found)
    return name, rank, start, end


def _action(sentence: str, start: int, end: int) -> str | None:
    """The action word nearest before the instrument in its clause, else the first just after it."""
    before = re.split(r";", sentence[max(0, start - 90):start])[-1]
    after = sentence[end:end + 45]
    best = None
    for pattern, action in policy_forms()[1]:
        for m in pattern.finditer(before):
            if best is None or m.start() > best[0]:
                best = (m.start(), action)
    if best:
        return best[1]
    first = min(((m.start(), a) for p, a in policy_forms()[1] for m in [p.search(after)] if m), default=None)
    return first[1] if first else None


def _levels(rest: str, ranged: bool) -> tuple[float, float, float]:
    """``(low, high, from)`` of the level stated after the instrument (NaN when not stated)."""
    rest = _BY.sub(" ", rest)
    m = _FROM_TO.search(rest)
    if m:
        new = parse_level(m.group("b"))
        return new, new, parse_level(m.group("a"))
    m = _RANGE.search(rest) if ranged else None
    if m:
        return parse_level(m.group("a")), parse_level(m.group("b")), math.nan
    m = _SINGLE.search(rest)
    if m:
        return parse_level(m.group("a")), parse_level(m.group("a")), math.nan
    return math.nan, math.nan, math.nan


def read_decision(sentence: str) -> dict | None:
    """What a decision sentence says, or None when it names no instrument.

    ``action`` is raise / lower / maintain, "set" when the sentence sets a level without a
    direction ("establish a target range of 0 to 1/4 percent"), or "other"; ``reason`` says why
    when something could not be read.

    >>> d = read_decision("The Committee decided to raise the target range for the federal funds rate to 1/4 to 1/2 percent.")
    >>> d["action"], d["instrument"], d["level_low"], d["level_high"]
    ('raise', 'federal funds target range', 0.25, 0.5)
    >>> read_decision("The Board decided to lower the policy rate by 0.25 percentage point to 1.75 percent.")["change_bp"]
    -25.0
    """
    s = " ".join(sentence.replace("*", " ").replace("`", " ").split())
    found = _instrument(s)
    if found is None:
        return None
    name, rank, start, end = found
    action = _action(s, start, end)
    rest = s[end:]
    low, high, was = _levels(rest, ranged="range" in s.lower())
    size = parse_change_bp(rest) if action in ("raise", "lower") else (0.0 if action == "maintain" else math.nan)
    reason = ""
    if action is None:
        action, reason = "other", "no action word (raise, lower, maintain, ...) before or just after the instrument"
    if not math.isnan(was) and not math.isnan(low) and action in ("raise", "lower", "maintain"):
        moved = direction(low, was)
        if moved != action:
            action, reason = "other", f"the action word says {action} but the levels go from {was:g} to {low:g}"
    if math.isnan(size) and not math.isnan(was) and not math.isnan(low):
        size = abs(low - was) * 100
    change = -size if action == "lower" else size if action in ("raise", "maintain") else math.nan
    return {"instrument": name, "rank": rank, "action": action, "level_low": low, "level_high": high,
            "level_from": was, "change_bp": change, "sentence": s, "reason": reason}
