"""The word counts of one folder that :mod:`.run_together` decides on, in one ``str.split`` pass.

A token is a whitespace-separated run of the text with its leading and trailing marks taken off
("(growth)." is "growth"), lower-cased; marks inside stay ("year-over-year", "china's", "u.s.").
Counting the distinct raw tokens first and cleaning each distinct one once keeps the cost near that
of ``str.split`` (the Beige Book 1990-2009, 14 million characters, in about half a second).

* A hyphenated word also counts its parts ("market-based": "market", "based") and, inside a longer
  one, its hyphenated pairs ("month-on-month": "month-on", "on-month").
* Two words are a *pair* only when nothing but spaces stands between them ("policy. Should" is not
  the pair "policy should"); the last part of a hyphenated word pairs with the word after it
  ("market-based interest": "based interest").
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import chain, pairwise

__all__ = ["Evidence", "raw_counts", "word_counts", "pair_counts", "case_cuts", "folder_evidence", "holds_any"]

#: (lower-case token counts, counts of the pairs "a b" asked for, lower-case form -> the cut points
#: where the folder writes it with a lower-upper case change, as in "SpendingRetail")
Evidence = tuple

_EDGE = "\"'()[]{}<>.,;:!?*_\u201c\u201d\u2018\u2019\u00ab\u00bb\u2013\u2014/\\|#~`"
_CASE_CHANGE = re.compile(r"[a-z](?=[A-Z])")


def raw_counts(token_lists: list[list[str]]) -> Counter:
    """The counts of the raw tokens of all texts; ``token_lists``: ``text.split()`` of each text."""
    return Counter(chain.from_iterable(token_lists))


def _key(tok: str) -> str:
    return tok.strip(_EDGE).lower()


def holds_any(token_lists: list[list[str]], forms: set[str], raw: Counter | None = None) -> list[bool]:
    """For each text (its ``text.split()``), whether it has a token whose word, or a hyphenated part of
    it, is one of ``forms`` (lower case); ``raw``: their :func:`raw_counts`, when known.

    >>> holds_any([["The", "measuresTo,"], ["all", "well"]], {"measuresto"})
    [True, False]
    """
    raw = raw_counts(token_lists) if raw is None else raw
    hits = {tok for tok in raw if _key(tok) in forms or any(p in forms for p in _key(tok).split("-"))}
    return [not hits.isdisjoint(toks) for toks in token_lists]


def word_counts(raw: Counter) -> Counter:
    """token -> count from the raw counts: marks at the edges off, lower case, hyphenated parts added.

    >>> word_counts(Counter({"(Month-on-month)": 1, "month.": 2}))["month"]
    4
    """
    counts: Counter = Counter()
    for tok, n in raw.items():
        w = _key(tok)
        if w:
            counts[w] += n
    for word, n in [(w, n) for w, n in counts.items() if "-" in w]:
        parts = word.split("-")
        for part in parts:  # "market-basedinterest": "market", "basedinterest"
            if part:
                counts[part] += n
        for a, b in zip(parts, parts[1:]) if len(parts) > 2 else ():  # "month-on-month": "month-on"
            counts[f"{a}-{b}"] += n
    return counts


def pair_counts(token_lists: list[list[str]], raw: Counter, wanted: set[tuple[str, str]]) -> Counter:
    """(a, b) -> how often the words a, b follow each other with only spaces between, for ``wanted``.

    >>> pair_counts([["Measures", "to", "act."], ["measures-to", "be"]], Counter(), {("measures", "to")})
    Counter({('measures', 'to'): 1})
    """
    if not wanted:
        return Counter()
    raw = raw or raw_counts(token_lists)
    lefts, rights = {a for a, _ in wanted}, {b for _, b in wanted}
    as_left: dict[str, list[str]] = {}
    as_right: dict[str, list[str]] = {}
    for tok in raw:
        low = tok.lower()
        last = low.lstrip(_EDGE).rsplit("-", 1)[-1]  # nothing may follow the left word
        if last in lefts and low[-1:].isalnum():
            as_left.setdefault(last, []).append(tok)
        first = low.rstrip(_EDGE).split("-", 1)[0]  # nothing may precede the right word
        if first in rights and low[:1].isalnum():
            as_right.setdefault(first, []).append(tok)
    spelled = {(x, y): (a, b) for a, b in wanted for x in as_left.get(a, ()) for y in as_right.get(b, ())}
    found = Counter(filter(spelled.__contains__, chain.from_iterable(map(pairwise, token_lists))))
    out: Counter = Counter()
    for pair, n in found.items():
        out[spelled[pair]] += n
    return out


def case_cuts(raw: Counter, forms: set[str]) -> dict[str, set[int]]:
    """lower-case form -> the cut points where the folder writes it with a lower-upper change ("theRMB"),
    and 0 when the folder writes it capitalised every time (a name: "Welland", "Hardin").

    >>> case_cuts(Counter({"SpendingRetail": 1, "spendingretail": 1, "Welland": 2}), {"spendingretail", "welland"})
    {'spendingretail': {8}, 'welland': {0}}
    """
    out: dict[str, set[int]] = {}
    capital: Counter = Counter()
    lower: Counter = Counter()
    for tok, n in raw.items():
        if tok.islower():
            if tok.isalpha() and tok in forms:  # the common case, no edge marks to strip
                lower[tok] += n
            continue
        for part in tok.strip(_EDGE).split("-"):
            low = part.lower()
            if low not in forms:
                continue
            (capital if part[:1].isupper() else lower)[low] += n
            if _CASE_CHANGE.search(part):
                out.setdefault(low, set()).update(m.start() + 1 for m in _CASE_CHANGE.finditer(part))
    for low in capital:
        if not lower[low] and low not in out:
            out[low] = {0}
    return out


def folder_evidence(texts, wanted_pairs, raw: Counter | None = None) -> Evidence:
    """(token counts, pair counts, case cuts) of one folder's texts (or of their ``text.split()``
    lists). ``wanted_pairs(counts)`` gives the
    candidate glued forms and the pairs to count for them: ``(forms, {(a, b), ...})``.

    >>> ev = folder_evidence(["measures to help"] * 3 + ["measuresTo"], lambda c: ({"measuresto"}, {("measures", "to")}))
    >>> ev[0]["measuresto"], ev[1][("measures", "to")], ev[2]
    (1, 3, {'measuresto': {8}})
    """
    lists = [t if isinstance(t, list) else t.split() for t in texts if t and isinstance(t, (str, list))]
    raw = raw_counts(lists) if raw is None else raw
    counts = word_counts(raw)
    forms, wanted = wanted_pairs(counts)
    if not wanted:
        return counts, Counter(), {}
    return counts, pair_counts(lists, raw, wanted), case_cuts(raw, forms)
