"""The vote on a policy decision: who dissented, and what they preferred.

Forms read: the FOMC voting paragraph ("Voting for the monetary policy action were ...; Voting
against this action was X, who preferred ..."; "President X preferred ..."), counts such as
"voted 5 to 2" or "by a majority of 7 to 2", and "unanimously". A release that says nothing about
the vote gives ``n_dissents`` NaN: unknown, not zero.
"""
from __future__ import annotations

import math
import re

__all__ = ["parse_votes"]

_AGAINST = re.compile(
    r"\bVoting against (?:the|this|these|that)\b[^.]{0,60}?\b(?:action|actions|decision)s? (?:was|were):?\s+"
    r"(?P<names>.*?)(?=,? who\b|;|(?<=[a-z]{2})\.(?:\s|$)|$)", re.I | re.S)
_FOR = re.compile(r"\bVoting for (?:the|this)\b[^.]{0,60}?\b(?:action|actions|decision)s? (?:was|were)\b", re.I)
_PREFERRED = re.compile(r"\bpreferred\s+(?P<what>.*?)(?=(?<=[a-z]{2})\.(?:\s|$)|$)", re.I | re.S)
_COUNT = re.compile(r"\b(?:voted|by a (?:majority )?(?:vote )?of|by a vote of)\s+(?P<a>\d+|[a-z]+)\s*(?:to|-|–|against)\s*"
                    r"(?P<b>\d+|[a-z]+)\b", re.I)
_UNANIMOUS = re.compile(r"\bunanimously\s+(?:voted|decided|agreed)|\b(?:voted|decided|agreed)\s+unanimously|"
                        r"\bunanimous (?:decision|vote)", re.I)
_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV)\.?$")


def _number(word: str) -> float:
    return float(word) if word.isdigit() else float(_WORDS.get(word.lower(), math.nan))


def _names(text: str) -> list[str]:
    """Names in "A, B, and C" (suffixes such as "Jr." stay with their name)."""
    out: list[str] = []
    for piece in re.split(r",\s*(?:and\s+)?|\s+and\s+", " ".join(text.split())):
        piece = piece.strip(" .:")
        if not piece:
            continue
        if _SUFFIX.match(piece) and out:
            out[-1] += f", {piece}."
        else:
            out.append(piece)
    return out


def parse_votes(text: str) -> dict:
    """``n_dissents``, ``dissenters`` (names, "; "-joined) and ``preferred`` of one release.

    >>> v = parse_votes("Voting for the monetary policy action were Jerome H. Powell, Chair; and Lisa D. Cook. "
    ...                 "Voting against this action were Michelle W. Bowman and Christopher J. Waller, who "
    ...                 "preferred to lower the target range by 1/4 percentage point at this meeting.")
    >>> v["n_dissents"], v["dissenters"]
    (2, 'Michelle W. Bowman; Christopher J. Waller')
    >>> v["preferred"]
    'to lower the target range by 1/4 percentage point at this meeting'
    >>> parse_votes("The Committee therefore voted 5 to 2 to cut the policy rate.")["n_dissents"]
    2
    >>> math.isnan(parse_votes("The Committee decided to keep the rate at 2 percent.")["n_dissents"])
    True
    """
    text = " ".join(str(text).replace("*", " ").split())
    against = [m for m in _AGAINST.finditer(text)]
    if against:
        names = [n for m in against for n in _names(m.group("names"))]
        tail = text[against[0].start():]
        preferred = "; ".join(p.group("what").strip() for p in _PREFERRED.finditer(tail))
        return {"n_dissents": len(names), "dissenters": "; ".join(names), "preferred": preferred}
    if _FOR.search(text):
        return {"n_dissents": 0, "dissenters": "", "preferred": ""}
    count = _COUNT.search(text)
    if count:
        a, b = _number(count.group("a")), _number(count.group("b"))
        if not (math.isnan(a) or math.isnan(b)) and a + b <= 25:
            return {"n_dissents": int(min(a, b)), "dissenters": "", "preferred": ""}
    if _UNANIMOUS.search(text):
        return {"n_dissents": 0, "dissenters": "", "preferred": ""}
    return {"n_dissents": math.nan, "dissenters": "", "preferred": ""}
