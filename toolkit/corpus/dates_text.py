"""Dates in the first part of a text: meeting headings, datelines, publication and release-date lines.

:func:`text_dates` reads only the head of a text (its title and first paragraphs, at most
:data:`HEAD_CHARS` characters), so a report that quotes dozens of dates later on is dated by its
heading, not by its body. Each date found is ``(iso, kind)``, best kind first:

* ``meeting``: a paragraph naming a meeting or discussion and its date ("Date of meeting: Thursday,
  December 15, 2016", "meeting held on 6 April 2016", "The discussions took place on 24 April 2006");
  a two-day meeting ("4 and 9 February 2022", "July 23-24, 2018") dates to its last day;
* ``heading``: a short paragraph that is a date, or a dateline ("Kuala Lumpur, 25 August 2004",
  "Santiago – 16 June 2020", "22 December 2021, Bank of Thailand");
* ``publication``: "Publication date: 26 January 2011", "Released on …", "Date of issue: …".

Patterns come first; :func:`dateparser_date` (the ``dateparser`` package, English only, strict
settings) is the fallback for other spellings, and only accepts what names a day, a month by name and
a four-digit year: bare numbers and words like "to" are not dates.
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache

from toolkit.corpus.dates import MONTH_NUM, valid

__all__ = ["HEAD_CHARS", "KIND_ORDER", "text_dates", "dateparser_date"]

#: how much of a text is searched for its date (title and first paragraphs)
HEAD_CHARS = 1500
#: the kinds of text date, most trusted first
KIND_ORDER = ("meeting", "heading", "publication", "dateparser")

_MON = "(" + "|".join(sorted(MONTH_NUM, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_RANGE = rf"{_DAY}(?:\s*(?:-|–|—|&|and|to)\s*{_DAY})?"
_YEAR = r"((?:19|20)\d\d)"
_MDY = re.compile(rf"\b{_MON}\s+{_RANGE},?\s+{_YEAR}\b", re.IGNORECASE)
_DMY = re.compile(rf"\b{_RANGE}(?:\s+of)?\s+{_MON},?\s+{_YEAR}\b", re.IGNORECASE)
_ISO = re.compile(rf"\b{_YEAR}-(\d\d)-(\d\d)\b")
_MEETING = re.compile(r"\b(meeting|meetings|discussions?|deliberations?|held on|took place)\b", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(publication|published|release[ds]?|issued?|date of issue)\b", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,3}\s*(?:,|–|—|-|:)\s*$")
_WEEKDAY = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$", re.IGNORECASE)


def _dates_in(p: str) -> list[tuple[str | None, int, int]]:
    """(ISO or None when impossible, start, end) of every written-out date in ``p``, in order."""
    found = []
    for m in _MDY.finditer(p):
        found.append((valid(int(m[4]), MONTH_NUM[m[1].lower()], int(m[3] or m[2])), m.start(), m.end()))
    for m in _DMY.finditer(p):
        if not any(s <= m.start() < e for _, s, e in found):
            found.append((valid(int(m[4]), MONTH_NUM[m[3].lower()], int(m[2] or m[1])), m.start(), m.end()))
    for m in _ISO.finditer(p):
        found.append((valid(int(m[1]), int(m[2]), int(m[3])), m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


def _kind(p: str, start: int, end: int) -> str | None:
    """The kind of the date at ``p[start:end]`` (see the module notes), or None for a date in a sentence."""
    before, after = p[:start], p[end:]
    if _PUBLISHED.search(before[-60:]):
        return "publication"
    if _MEETING.search(before[-80:]) or (len(p) <= 120 and _MEETING.search(p)):
        return "meeting"
    lead = before.strip(" *#_()[]").rstrip()
    if len(p) <= 80 and (not lead or _DATELINE.match(lead) or _WEEKDAY.match(lead)):
        return "heading"
    if not lead and len(after.strip()) <= 40:
        return "heading"
    return None


def text_dates(paras: list[str], title: str = "") -> tuple[list[tuple[str, str]], list[str]]:
    """(dates, impossible): the dates of the head of a text as ``(iso, kind)``, best kind first (then
    in text order), and the written dates in it that do not exist ("30 February 2023").

    >>> text_dates(["Bank of Thailand", "12 January 2011", "Publication date: 26 January 2011"])[0]
    [('2011-01-12', 'heading'), ('2011-01-26', 'publication')]
    >>> text_dates(["The Committee met on 3 May 2019 and again on 4 June 2019 to discuss rates."])
    ([], [])
    """
    found, impossible, used = [], [], 0
    for p in ([title] if title else []) + list(paras):
        if used >= HEAD_CHARS:
            break
        used += len(p)
        for iso, start, end in _dates_in(p[: HEAD_CHARS]):
            kind = _kind(p, start, end)
            if kind is None:
                continue
            if iso is None:
                impossible.append(p[start:end])
            else:
                found.append((iso, kind))
    found.sort(key=lambda f: KIND_ORDER.index(f[1]))
    return found, impossible


@lru_cache(maxsize=1)
def _search_dates():
    from dateparser.search import search_dates
    return search_dates


_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past",
             "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["absolute-time"]}


def dateparser_date(paras: list[str], title: str = "") -> str | None:
    """The first date ``dateparser`` finds in the short paragraphs (headings, datelines) of the head that
    names a day, a month by name and a year.

    Offline (``dateparser`` ships its language data); English only; a match without a month name and
    a four-digit year ("to", "12", "3.5") is not taken.

    >>> dateparser_date(["Issued the 14th day of August, 2019, Mexico City"])
    '2019-08-14'
    >>> dateparser_date(["Rates rose 0.25 to 5.25 percent."]) is None
    True
    """
    short = [p for p in ([title] if title else []) + list(paras)[:8] if len(p) <= 120]  # not a sentence's date
    head = "\n".join(short)[:HEAD_CHARS]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hits = _search_dates()(head, languages=["en"], settings=_SETTINGS) or []
    for text, when in hits:
        words = re.findall(r"[a-z]+", text.lower())
        if any(w in MONTH_NUM for w in words) and re.search(r"(?:19|20)\d\d", text):
            return when.date().isoformat()
    return None
